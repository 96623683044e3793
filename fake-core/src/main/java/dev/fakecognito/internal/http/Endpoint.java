package dev.fakecognito.internal.http;

import com.nimbusds.jose.util.JSONObjectUtils;
import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.branding.UiCustomizationOperations;
import dev.fakecognito.internal.facade.FakeCognitoIdentityProviderClient;
import dev.fakecognito.internal.http.LoopbackServer.Request;
import dev.fakecognito.internal.http.LoopbackServer.Response;
import dev.fakecognito.internal.users.UserImportOperations;
import dev.fakecognito.internal.oauth.ManagedLogin;
import dev.fakecognito.internal.oauth.TokenEndpoint;
import dev.fakecognito.internal.oauth.WebExchange;
import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.util.Ids;
import dev.fakecognito.recording.HttpCall;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * A fake served over HTTP/1.1 on 127.0.0.1: Cognito's JSON 1.1 API at {@code POST /}, each
 * pool's OpenID configuration and JWKS under {@code /<poolId>/.well-known/}, the managed login
 * token endpoint at {@code POST /oauth2/token} ({@link TokenEndpoint}), managed login's pages and
 * other endpoints ({@link ManagedLogin}: authorize, login, logout, userInfo, revoke), and the pre-signed
 * upload URLs of user import jobs under {@code /user-import/}, and the classic hosted UI logos at their
 * ImageUrl paths. Every API call runs the same facade as the in-process client, so state, clock,
 * outbox and triggers are shared.
 *
 * <p>Signatures are not checked: signed and unsigned requests are both accepted, and {@link
 * #calls()} says which each was. Every response
 * carries CORS headers, and {@code OPTIONS} is answered on every path, so that a page on another
 * origin can call the fake.
 *
 * <p>It runs on {@link LoopbackServer}: each connection is served on a thread of its own, so a
 * call is answered on the thread that read it.
 */
public final class Endpoint implements AutoCloseable {

  static final int MAX_BODY_BYTES = 1 << 20;
  private static final String TARGET_PREFIX = "AWSCognitoIdentityProviderService.";
  private static final String JSON_1_1 = "application/x-amz-json-1.1";
  private static final String EXPOSED_HEADERS = "x-amzn-RequestId, x-amzn-ErrorType, x-amzn-ErrorMessage, Date";
  /** Operations by name, or empty for a name the SDK on the class path does not know. */
  private static final Map<String, Optional<Operation>> OPERATIONS = new ConcurrentHashMap<>();

  private final FakeCognitoIdentityProviderClient facade;
  private final TokenEndpoint tokenEndpoint;
  private final ManagedLogin managedLogin;
  private final Backend backend;
  private final LoopbackServer server;
  private final URI uri;
  /** Guarded by itself; appended to on every call, so not a copy-on-write list. */
  private final List<HttpCall> calls = new ArrayList<>();

  /**
   * Starts serving on {@code port} of 127.0.0.1, or on a free port if it is 0.
   *
   * @throws IllegalStateException if the port cannot be bound
   */
  public Endpoint(FakeCognitoIdentityProviderClient facade, Backend backend, int port) {
    this.facade = facade;
    this.backend = backend;
    this.managedLogin = new ManagedLogin(backend);
    this.tokenEndpoint = new TokenEndpoint(backend, managedLogin);
    try {
      server = new LoopbackServer(port, MAX_BODY_BYTES, "fake-cognito-http", this::handle);
    } catch (IOException e) {
      throw new IllegalStateException("cannot serve on 127.0.0.1:" + port + ": " + e.getMessage(), e);
    }
    uri = URI.create("http://127.0.0.1:" + server.port());
  }

  /** The base URI, {@code http://127.0.0.1:<port>}. */
  public URI uri() {
    return uri;
  }

  /** The API calls served so far, oldest first. */
  public List<HttpCall> calls() {
    synchronized (calls) {
      return List.copyOf(calls);
    }
  }

  /** Stops serving and frees the port; calls in progress are cut off. */
  @Override
  public void close() {
    server.close();
  }

  private Response handle(Request request) {
    String method = request.method();
    String path = request.path();
    Response response;
    if (method.equals("OPTIONS")) {
      response = preflight(request);
    } else if (path.startsWith(UserImportOperations.UPLOAD_PREFIX)) {
      response = upload(request);
    } else if (path.equals("/") && method.equals("POST")) {
      response = api(request);
    } else if (path.equals(TokenEndpoint.PATH) && method.equals("POST")) {
      response = token(request);
    } else if (ManagedLogin.serves(path)) {
      response = managedLogin(request);
    } else if ((method.equals("GET") || method.equals("HEAD")) && UiCustomizationOperations.isImagePath(path)) {
      response = logo(path);
    } else if (method.equals("GET") || method.equals("HEAD")) {
      response = wellKnown(path);
    } else {
      response = json(405, "application/json", error("MethodNotAllowedException", method + " is not served on " + path));
    }
    return cors(request, response);
  }

  /* ---- JSON 1.1 API ---- */

  private Response api(Request request) {
    String target = request.header("x-amz-target");
    Response response = apiCall(request, target);
    if (target != null && target.startsWith(TARGET_PREFIX)) {
      String accessKeyId = accessKeyId(request.header("authorization"));
      HttpCall call = new HttpCall(target.substring(TARGET_PREFIX.length()), accessKeyId != null, accessKeyId,
          response.status);
      synchronized (calls) {
        calls.add(call);
      }
    }
    return response;
  }

  /**
   * The access key ID of a Signature Version 4 {@code Authorization} header ({@code
   * AWS4-HMAC-SHA256 Credential=<key>/<date>/<region>/<service>/aws4_request, ...}), or null.
   */
  static @Nullable String accessKeyId(@Nullable String authorization) {
    if (authorization == null || !authorization.startsWith("AWS4-")) {
      return null;
    }
    int credential = authorization.indexOf("Credential=");
    if (credential < 0) {
      return null;
    }
    int start = credential + "Credential=".length();
    int end = authorization.indexOf('/', start);
    return end > start ? authorization.substring(start, end) : null;
  }

  /** Answers one API call. */
  private Response apiCall(Request request, @Nullable String target) {
    String requestId = Ids.uuid();
    try {
      Operation operation = operation(target);
      SdkPojo builder = operation.builder();
      JsonCodec.read(json(body(request)), builder);
      Object response = call(operation.method(), ((SdkBuilder<?, ?>) builder).build());
      return json(200, JSON_1_1, JSONObjectUtils.toJSONString(JsonCodec.write((SdkPojo) response)))
          .header("x-amzn-RequestId", requestId);
    } catch (CognitoIdentityProviderException e) {
      String type = e.awsErrorDetails().errorCode();
      String id = e.requestId() == null ? requestId : e.requestId();
      return errorResponse(e.statusCode(), type, e.awsErrorDetails().errorMessage(), id);
    } catch (WireException e) {
      return errorResponse(e.status(), e.type(), e.getMessage(), requestId);
    } catch (UnsupportedOperationException e) {
      return errorResponse(400, "UnknownOperationException", e.getMessage(), requestId);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return errorResponse(500, "InternalErrorException", "fake-cognito failed: " + e, requestId);
    }
  }

  /** An operation: the client interface's method, and its request's static {@code builder()}. */
  private record Operation(Method method, Method builderFactory) {
    SdkPojo builder() throws ReflectiveOperationException {
      return (SdkPojo) builderFactory.invoke(null);
    }
  }

  /** The target's operation. */
  private static Operation operation(@Nullable String target) {
    if (target == null || !target.startsWith(TARGET_PREFIX)) {
      throw new WireException(400, "UnknownOperationException",
          "X-Amz-Target must be " + TARGET_PREFIX + "<Operation>, not " + target + ".");
    }
    String name = target.substring(TARGET_PREFIX.length());
    return OPERATIONS.computeIfAbsent(name, Endpoint::find).orElseThrow(() ->
        new WireException(400, "UnknownOperationException", "No operation " + name + "."));
  }

  /**
   * The client method named after the operation: the SDK keeps the wire name's spelling and only
   * lower-cases its first letter ({@code SetUserMFAPreference} is {@code setUserMFAPreference},
   * taking a {@code SetUserMfaPreferenceRequest}).
   */
  private static Optional<Operation> find(String name) {
    if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
      return Optional.empty();
    }
    String methodName = Character.toLowerCase(name.charAt(0)) + name.substring(1);
    for (Method method : CognitoIdentityProviderClient.class.getMethods()) {
      if (method.getName().equals(methodName) && method.getParameterCount() == 1
          && SdkRequest.class.isAssignableFrom(method.getParameterTypes()[0])) {
        try {
          return Optional.of(new Operation(method, method.getParameterTypes()[0].getMethod("builder")));
        } catch (NoSuchMethodException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private Object call(Method operation, Object request) throws IllegalAccessException {
    try {
      return operation.invoke(facade, request);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static byte[] body(Request request) {
    byte[] body = request.body();
    if (request.tooLarge() || body == null) {
      throw new WireException(413, "SerializationException",
          "The request body is larger than " + MAX_BODY_BYTES + " bytes.");
    }
    return body;
  }

  private static Map<String, Object> json(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    if (text.isBlank()) {
      return Map.of();
    }
    try {
      return JSONObjectUtils.parse(text);
    } catch (ParseException e) {
      throw WireException.serialization("The request body is not a JSON object.");
    }
  }

  /* ---- User import files ---- */

  /**
   * A user import job's pre-signed URL, {@code /user-import/<poolId>/<jobId>}: a {@code PUT}
   * stores the job's CSV file and is answered as S3 answers one, 200 with the content's MD5 as
   * {@code ETag}; other methods, and refused uploads, get S3's XML error. The query's signature is
   * not checked.
   */
  private Response upload(Request request) {
    String[] parts = request.path().substring(UserImportOperations.UPLOAD_PREFIX.length()).split("/", -1);
    if (!request.method().equals("PUT")) {
      return s3Error(405, "MethodNotAllowed", "The specified method is not allowed against this resource.");
    }
    if (parts.length != 2) {
      return s3Error(403, "SignatureDoesNotMatch",
          "The request signature we calculated does not match the signature you provided.");
    }
    byte[] body = request.body();
    if (request.tooLarge() || body == null) {
      return s3Error(400, "EntityTooLarge", "Your proposed upload exceeds the maximum allowed size");
    }
    try {
      String etag = UserImportOperations.upload(backend, parts[0], parts[1], body);
      return new Response(200, new byte[0]).header("ETag", etag).header("x-amz-request-id", Ids.uuid());
    } catch (UserImportOperations.UploadRefused e) {
      return s3Error(e.status(), e.code(), e.getMessage());
    }
  }

  private static Response s3Error(int status, String code, String message) {
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>"
        + message.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</Message></Error>";
    return new Response(status, xml.getBytes(StandardCharsets.UTF_8)).header("Content-Type", "application/xml");
  }

  /* ---- Managed login ---- */

  private Response token(Request request) {
    byte[] body = request.body();
    if (request.tooLarge() || body == null) {
      return json(413, "application/json", "{\"error\":\"invalid_request\"}");
    }
    TokenEndpoint.Reply reply = tokenEndpoint.handle(request.header("content-type"), request.header("authorization"),
        body);
    return json(reply.status(), "application/json;charset=UTF-8", reply.body())
        .header("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate")
        .header("Pragma", "no-cache");
  }

  private Response managedLogin(Request request) {
    byte[] body = request.body();
    if (request.tooLarge() || body == null) {
      return json(413, "application/json", "{\"error\":\"invalid_request\"}");
    }
    WebExchange.Reply reply = managedLogin.handle(new WebExchange.Request(request.method(), request.path(),
        request.query(), request.headers(), body, request.remoteAddress()));
    Response response = new Response(reply.status(), reply.body());
    reply.headers().forEach(response::header);
    reply.cookies().forEach(response::cookie);
    return response;
  }

  /** The logo of the classic hosted UI at the path of its ImageUrl. */
  private Response logo(String path) {
    UiCustomizationOperations.Image image = UiCustomizationOperations.image(backend, path);
    if (image == null) {
      return json(404, "application/json", error("NotFoundException", "Nothing is served at " + path + "."));
    }
    return new Response(200, image.bytes()).header("Content-Type", image.contentType())
        .header("Cache-Control", "max-age=300");
  }

  /* ---- Discovery and keys ---- */

  private Response wellKnown(String path) {
    String[] parts = path.split("/");
    // "/<poolId>/.well-known/<document>" splits into "", poolId, ".well-known", document.
    if (parts.length != 4 || !parts[2].equals(".well-known")
        || !(parts[3].equals("jwks.json") || parts[3].equals("openid-configuration"))) {
      return json(404, "application/json", error("NotFoundException", "Nothing is served at " + path + "."));
    }
    String poolId = parts[1];
    String document;
    try {
      backend.pool(poolId);
      document = parts[3].equals("jwks.json") ? backend.tokens().jwks(poolId) : discovery(poolId);
    } catch (CognitoIdentityProviderException e) {
      return json(404, "application/json", error(e.awsErrorDetails().errorCode(), e.awsErrorDetails().errorMessage()));
    }
    return json(200, "application/json", document).header("Cache-Control", "max-age=300");
  }

  private String discovery(String poolId) {
    // Cognito lists its OAuth endpoints only for a pool with a domain; here they sit at the root.
    // Keys in the order of a real document.
    UserPool pool = backend.findPool(poolId);
    boolean domain = pool != null && (pool.prefixDomain() != null || pool.customDomain() != null);
    Map<String, Object> document = new LinkedHashMap<>();
    if (domain) {
      document.put("authorization_endpoint", uri + "/oauth2/authorize");
      document.put("end_session_endpoint", uri + "/logout");
    }
    document.put("id_token_signing_alg_values_supported", List.of("RS256"));
    document.put("issuer", backend.tokens().issuer(poolId));
    document.put("jwks_uri", uri + "/" + poolId + "/.well-known/jwks.json");
    document.put("response_types_supported", List.of("code", "token"));
    if (domain) {
      document.put("revocation_endpoint", uri + "/oauth2/revoke");
    }
    document.put("scopes_supported", List.of("openid", "email", "phone", "profile"));
    document.put("subject_types_supported", List.of("public"));
    if (domain) {
      document.put("token_endpoint", uri + TokenEndpoint.PATH);
    }
    document.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
    if (domain) {
      document.put("userinfo_endpoint", uri + "/oauth2/userInfo");
    }
    return JSONObjectUtils.toJSONString(document);
  }

  /* ---- Responses ---- */

  private static Response cors(Request request, Response response) {
    String origin = request.header("origin");
    response.header("Access-Control-Allow-Origin", origin == null ? "*" : origin);
    response.header("Access-Control-Expose-Headers", EXPOSED_HEADERS);
    if (origin != null) {
      response.header("Vary", "Origin");
    }
    return response;
  }

  private static Response preflight(Request request) {
    String requested = request.header("access-control-request-headers");
    return new Response(204, new byte[0])
        .header("Access-Control-Allow-Methods", "GET, POST, PUT, OPTIONS")
        .header("Access-Control-Allow-Headers", requested == null ? "*" : requested)
        .header("Access-Control-Max-Age", "86400");
  }

  private static Response errorResponse(int status, String type, String message, String requestId) {
    Response response = json(status, JSON_1_1, error(type, message))
        .header("x-amzn-RequestId", requestId)
        .header("x-amzn-ErrorType", type + ":");
    // A header cannot carry a line break; such a message travels in the body only.
    return message.chars().noneMatch(c -> c < 0x20 || c == 0x7f) ? response.header("x-amzn-ErrorMessage", message)
        : response;
  }

  private static String error(String type, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("__type", type);
    body.put("message", message);
    return JSONObjectUtils.toJSONString(body);
  }

  private static Response json(int status, String contentType, String body) {
    return new Response(status, body.getBytes(StandardCharsets.UTF_8)).header("Content-Type", contentType);
  }
}
