package dev.fakecognito.internal.http;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.facade.FakeCognitoIdentityProviderClient;
import dev.fakecognito.internal.util.Ids;
import dev.fakecognito.recording.HttpCall;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * A fake served over HTTP/1.1 on 127.0.0.1: Cognito's JSON 1.1 API at {@code POST /}, and each
 * pool's OpenID configuration and JWKS under {@code /<poolId>/.well-known/}. Every API call runs
 * the same facade as the in-process client, so state, clock, outbox and triggers are shared.
 *
 * <p>Signatures are not checked: signed and unsigned requests are both accepted, and {@link
 * #calls()} says which each was. Every response
 * carries CORS headers, and {@code OPTIONS} is answered on every path, so that a page on another
 * origin can call the fake.
 */
public final class Endpoint implements AutoCloseable {

  /** The JDK's server waits for more data before sending small responses unless told not to. */
  static {
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  static final int MAX_BODY_BYTES = 1 << 20;
  private static final String TARGET_PREFIX = "AWSCognitoIdentityProviderService.";
  private static final String MODEL = "software.amazon.awssdk.services.cognitoidentityprovider.model.";
  private static final String JSON_1_1 = "application/x-amz-json-1.1";
  private static final AtomicInteger THREADS = new AtomicInteger();
  /** Operations by name, or empty for a name the SDK on the class path does not know. */
  private static final Map<String, Optional<Operation>> OPERATIONS = new ConcurrentHashMap<>();

  private final FakeCognitoIdentityProviderClient facade;
  private final Backend backend;
  private final HttpServer server;
  private final ExecutorService executor;
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
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    } catch (IOException e) {
      throw new IllegalStateException("cannot serve on 127.0.0.1:" + port + ": " + e.getMessage(), e);
    }
    executor = Executors.newCachedThreadPool(task -> {
      Thread thread = new Thread(task, "fake-cognito-http-" + THREADS.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
    uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
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
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      cors(exchange);
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getPath();
      if (method.equals("OPTIONS")) {
        preflight(exchange);
      } else if (path.equals("/") && method.equals("POST")) {
        api(exchange);
      } else if (method.equals("GET") || method.equals("HEAD")) {
        wellKnown(exchange, path);
      } else {
        send(exchange, 405, "application/json", error("MethodNotAllowedException", method + " is not served on " + path));
      }
    }
  }

  /* ---- JSON 1.1 API ---- */

  private void api(HttpExchange exchange) throws IOException {
    String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
    int status = apiCall(exchange);
    if (target != null && target.startsWith(TARGET_PREFIX)) {
      String accessKeyId = accessKeyId(exchange.getRequestHeaders().getFirst("Authorization"));
      HttpCall call = new HttpCall(target.substring(TARGET_PREFIX.length()), accessKeyId != null, accessKeyId, status);
      synchronized (calls) {
        calls.add(call);
      }
    }
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

  /** Answers one API call; returns the HTTP status sent. */
  private int apiCall(HttpExchange exchange) throws IOException {
    String requestId = Ids.uuid();
    try {
      Operation operation = operation(exchange.getRequestHeaders().getFirst("X-Amz-Target"));
      byte[] body = body(exchange.getRequestBody());
      SdkPojo builder = operation.builder();
      JsonCodec.read(json(body), builder);
      Object response = call(operation.method(), ((SdkBuilder<?, ?>) builder).build());
      exchange.getResponseHeaders().set("x-amzn-RequestId", requestId);
      send(exchange, 200, JSON_1_1, JSONObjectUtils.toJSONString(JsonCodec.write((SdkPojo) response)));
      return 200;
    } catch (CognitoIdentityProviderException e) {
      String type = e.awsErrorDetails().errorCode();
      String id = e.requestId() == null ? requestId : e.requestId();
      sendError(exchange, e.statusCode(), type, e.awsErrorDetails().errorMessage(), id);
      return e.statusCode();
    } catch (WireException e) {
      sendError(exchange, e.status(), e.type(), e.getMessage(), requestId);
      return e.status();
    } catch (UnsupportedOperationException e) {
      sendError(exchange, 400, "UnknownOperationException", e.getMessage(), requestId);
      return 400;
    } catch (ReflectiveOperationException | RuntimeException e) {
      sendError(exchange, 500, "InternalErrorException", "fake-cognito failed: " + e, requestId);
      return 500;
    }
  }

  /** An operation: the client interface's method, and its request's static {@code builder()}. */
  private record Operation(Method method, Method builderFactory) {
    SdkPojo builder() throws ReflectiveOperationException {
      return (SdkPojo) builderFactory.invoke(null);
    }
  }

  /** The target's operation. */
  private static Operation operation(String target) {
    if (target == null || !target.startsWith(TARGET_PREFIX)) {
      throw new WireException(400, "UnknownOperationException",
          "X-Amz-Target must be " + TARGET_PREFIX + "<Operation>, not " + target + ".");
    }
    String name = target.substring(TARGET_PREFIX.length());
    return OPERATIONS.computeIfAbsent(name, Endpoint::find).orElseThrow(() ->
        new WireException(400, "UnknownOperationException", "No operation " + name + "."));
  }

  private static Optional<Operation> find(String name) {
    if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
      return Optional.empty();
    }
    try {
      Class<?> request = Class.forName(MODEL + name + "Request", false, CognitoIdentityProviderClient.class.getClassLoader());
      String methodName = Character.toLowerCase(name.charAt(0)) + name.substring(1);
      return Optional.of(new Operation(CognitoIdentityProviderClient.class.getMethod(methodName, request),
          request.getMethod("builder")));
    } catch (ClassNotFoundException | NoSuchMethodException e) {
      return Optional.empty();
    }
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

  private static byte[] body(InputStream in) throws IOException {
    byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
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

  /* ---- Discovery and keys ---- */

  private void wellKnown(HttpExchange exchange, String path) throws IOException {
    String[] parts = path.split("/");
    // "/<poolId>/.well-known/<document>" splits into "", poolId, ".well-known", document.
    if (parts.length != 4 || !parts[2].equals(".well-known")
        || !(parts[3].equals("jwks.json") || parts[3].equals("openid-configuration"))) {
      send(exchange, 404, "application/json", error("NotFoundException", "Nothing is served at " + path + "."));
      return;
    }
    String poolId = parts[1];
    String document;
    try {
      backend.pool(poolId);
      document = parts[3].equals("jwks.json") ? backend.tokens().jwks(poolId) : discovery(poolId);
    } catch (CognitoIdentityProviderException e) {
      send(exchange, 404, "application/json", error(e.awsErrorDetails().errorCode(), e.awsErrorDetails().errorMessage()));
      return;
    }
    exchange.getResponseHeaders().set("Cache-Control", "max-age=300");
    send(exchange, 200, "application/json", document);
  }

  private String discovery(String poolId) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("id_token_signing_alg_values_supported", List.of("RS256"));
    document.put("issuer", backend.tokens().issuer(poolId));
    document.put("jwks_uri", uri + "/" + poolId + "/.well-known/jwks.json");
    document.put("response_types_supported", List.of("code", "token"));
    document.put("scopes_supported", List.of("openid", "email", "phone", "profile"));
    document.put("subject_types_supported", List.of("public"));
    document.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
    return JSONObjectUtils.toJSONString(document);
  }

  /* ---- Responses ---- */

  private static void cors(HttpExchange exchange) {
    Headers headers = exchange.getResponseHeaders();
    String origin = exchange.getRequestHeaders().getFirst("Origin");
    headers.set("Access-Control-Allow-Origin", origin == null ? "*" : origin);
    headers.set("Access-Control-Expose-Headers", "x-amzn-RequestId, x-amzn-ErrorType, x-amzn-ErrorMessage, Date");
    if (origin != null) {
      headers.set("Vary", "Origin");
    }
  }

  private static void preflight(HttpExchange exchange) throws IOException {
    Headers headers = exchange.getResponseHeaders();
    headers.set("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
    String requested = exchange.getRequestHeaders().getFirst("Access-Control-Request-Headers");
    headers.set("Access-Control-Allow-Headers", requested == null ? "*" : requested);
    headers.set("Access-Control-Max-Age", "86400");
    exchange.sendResponseHeaders(204, -1);
  }

  private static void sendError(HttpExchange exchange, int status, String type, String message, String requestId)
      throws IOException {
    Headers headers = exchange.getResponseHeaders();
    headers.set("x-amzn-RequestId", requestId);
    headers.set("x-amzn-ErrorType", type + ":");
    headers.set("x-amzn-ErrorMessage", message);
    send(exchange, status, JSON_1_1, error(type, message));
  }

  private static String error(String type, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("__type", type);
    body.put("message", message);
    return JSONObjectUtils.toJSONString(body);
  }

  private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }
}
