package dev.fakecognito.idp;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.IdentityProviderType;

/**
 * A small OpenID Connect provider on loopback, for testing sign-in through an external OIDC
 * identity provider on fake-cognito's managed login.
 *
 * <pre>{@code
 * try (FakeOidcProvider idp = FakeOidcProvider.start(fake.clock())) {
 *   idp.user("alice-sub", Map.of("email", "alice@example.com", "name", "Alice"));
 *   idp.register(fake.client(), poolId, "Corp", Map.of("email", "email"));
 *   // enable "Corp" on the app client, then open
 *   // <fake endpoint>/oauth2/authorize?identity_provider=Corp&...
 * }
 * }</pre>
 *
 * <p>It serves discovery ({@code /.well-known/openid-configuration}), its keys ({@code /jwks}),
 * {@code /authorize} (a page with one button per user; or, after {@link #signInAs}, a redirect
 * straight back), {@code /token} (client_secret_post or client_secret_basic) and {@code /userinfo}
 * (GET or POST with a bearer token). ID tokens are RS256 with a key shared by every provider in the
 * JVM, made on first use; their times come from the clock given at start, which should be the
 * fake's, since fake-cognito checks {@code exp} on its own clock. {@link #failWith} makes the next
 * sign-ins fail in one of the ways an IdP can, and {@link #requests()} records what it was sent.
 */
public final class FakeOidcProvider implements AutoCloseable {

  /** The app client ID the provider knows fake-cognito by. */
  public static final String CLIENT_ID = "fake-cognito";

  private static final List<String> SOCIAL_TYPES = List.of("Google", "Facebook", "LoginWithAmazon",
      "SignInWithApple");

  /** A way for the provider to fail the sign-ins after {@link #failWith} is called. */
  public enum Failure {
    /** {@code /authorize} sends the browser back with {@code error=access_denied}. */
    ERROR_RESPONSE,
    /** {@code /token} answers 400 {@code invalid_grant}. */
    TOKEN_ERROR,
    /** The ID token is signed with a key the provider does not publish. */
    BAD_SIGNATURE,
    /** The ID token's {@code iss} is not the provider's issuer. */
    WRONG_ISSUER,
    /** The ID token's {@code aud} is another client. */
    WRONG_AUDIENCE,
    /** The ID token expired a minute before it was issued. */
    EXPIRED,
    /** The ID token carries another nonce than the authorize request sent. */
    WRONG_NONCE,
    /** {@code /userinfo} answers 401. */
    USERINFO_ERROR
  }

  /**
   * One request the provider received.
   *
   * @param method the HTTP method
   * @param path the path, such as {@code /token}
   * @param parameters the query and form parameters
   * @param headers the headers, by lower-case name (first value)
   */
  public record Request(String method, String path, Map<String, String> parameters, Map<String, String> headers) {}

  private record Grant(String subject, String clientId, String redirectUri, @Nullable String nonce, String scope) {}

  private volatile Clock clock;
  private final HttpServer server;
  private final ExecutorService executor;
  private final String issuer;
  private final String clientSecret = UUID.randomUUID().toString();
  private final Map<String, Map<String, Object>> users = new ConcurrentHashMap<>();
  private final Map<String, Map<String, Object>> userInfoOnly = new ConcurrentHashMap<>();
  private final Map<String, Grant> codes = new ConcurrentHashMap<>();
  private final Map<String, String> accessTokens = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private volatile @Nullable String preselected;
  private volatile @Nullable Failure failure;

  private FakeOidcProvider(Clock clock) throws IOException {
    this.clock = clock;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    this.executor = Executors.newFixedThreadPool(2, task -> {
      Thread thread = new Thread(task, "fake-oidc-provider");
      thread.setDaemon(true);
      return thread;
    });
    this.issuer = "http://127.0.0.1:" + server.getAddress().getPort();
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Starts a provider on a free loopback port, with the system clock for its tokens' times. */
  public static FakeOidcProvider start() {
    return start(Clock.systemUTC());
  }

  /** Starts a provider on a free loopback port; {@code clock} gives its tokens' times (pass the fake's). */
  public static FakeOidcProvider start(Clock clock) {
    try {
      return new FakeOidcProvider(clock);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start the fake OIDC provider", e);
    }
  }

  /** Makes the provider take its tokens' times from {@code clock} from now on, such as the fake's. */
  public FakeOidcProvider clock(Clock clock) {
    this.clock = java.util.Objects.requireNonNull(clock, "clock");
    return this;
  }

  /** The issuer, {@code http://127.0.0.1:<port>}, which is also the base of every endpoint. */
  public String issuer() {
    return issuer;
  }

  /** The discovery document's address, {@code <issuer>/.well-known/openid-configuration}. */
  public URI discoveryUri() {
    return URI.create(issuer + "/.well-known/openid-configuration");
  }

  /** The client secret fake-cognito must send to {@code /token}. */
  public String clientSecret() {
    return clientSecret;
  }

  /**
   * Defines (or redefines) a user: {@code subject} becomes the {@code sub} claim, and {@code
   * claims} go into the ID token and the userInfo answer.
   */
  public FakeOidcProvider user(String subject, Map<String, ?> claims) {
    users.put(subject, new LinkedHashMap<>(claims));
    return this;
  }

  /** Adds claims of a defined user that only {@code /userinfo} gives, not the ID token. */
  public FakeOidcProvider userInfoClaims(String subject, Map<String, ?> claims) {
    userInfoOnly.put(subject, new LinkedHashMap<>(claims));
    return this;
  }

  /** From now on {@code /authorize} signs in this user at once and redirects straight back; null shows the page. */
  public FakeOidcProvider signInAs(@Nullable String subject) {
    this.preselected = subject;
    return this;
  }

  /** Makes every later sign-in fail in this way, until called with null. */
  public FakeOidcProvider failWith(@Nullable Failure failure) {
    this.failure = failure;
    return this;
  }

  /** The requests received so far, oldest first. */
  public List<Request> requests() {
    return List.copyOf(requests);
  }

  /** The requests received so far at {@code path}, oldest first. */
  public List<Request> requests(String path) {
    return requests.stream().filter(r -> r.path().equals(path)).toList();
  }

  /**
   * Registers this provider with a pool in one call: CreateIdentityProvider of type OIDC with its
   * issuer, client ID and secret, scopes {@code openid email profile} and GET for userInfo.
   *
   * <p>A {@code providerName} that is a social provider type ({@code Google}, {@code Facebook},
   * {@code LoginWithAmazon}, {@code SignInWithApple}) creates a provider of that type with this
   * provider's client ID and secret instead; sign-in reaches this provider only if the fake was
   * built with {@link dev.fakecognito.FakeCognito.Builder#socialProviderAt} for the type and this
   * provider's issuer.
   *
   * @param attributeMapping pool attribute to claim, such as {@code email -> email}
   */
  public IdentityProviderType register(CognitoIdentityProviderClient cognito, String userPoolId, String providerName,
      Map<String, String> attributeMapping) {
    return register(cognito, userPoolId, providerName, attributeMapping, List.of());
  }

  /** As {@link #register(CognitoIdentityProviderClient, String, String, Map)}, with IdP identifiers. */
  public IdentityProviderType register(CognitoIdentityProviderClient cognito, String userPoolId, String providerName,
      Map<String, String> attributeMapping, List<String> idpIdentifiers) {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("client_id", CLIENT_ID);
    details.put("client_secret", clientSecret);
    details.put("authorize_scopes", "openid email profile");
    String type = SOCIAL_TYPES.contains(providerName) ? providerName : "OIDC";
    if (type.equals("OIDC")) {
      details.put("oidc_issuer", issuer);
      details.put("attributes_request_method", "GET");
    } else if (type.equals("SignInWithApple")) {
      // Apple signs its client secret with these; this provider takes the plain secret above.
      details.put("team_id", "TEAM000000");
      details.put("key_id", "KEY0000000");
      details.put("private_key", "-----BEGIN PRIVATE KEY-----\nunused\n-----END PRIVATE KEY-----");
    }
    return cognito.createIdentityProvider(r -> r.userPoolId(userPoolId).providerName(providerName)
        .providerType(type).providerDetails(details).attributeMapping(attributeMapping)
        .idpIdentifiers(idpIdentifiers)).identityProvider();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  /* ---- Endpoints ---- */

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getPath();
      Map<String, String> parameters = new LinkedHashMap<>(parse(exchange.getRequestURI().getRawQuery()));
      if (method.equals("POST")) {
        try (InputStream body = exchange.getRequestBody()) {
          parameters.putAll(parse(new String(body.readAllBytes(), StandardCharsets.UTF_8)));
        }
      }
      Map<String, String> headers = new LinkedHashMap<>();
      exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT),
          values.isEmpty() ? "" : values.get(0)));
      requests.add(new Request(method, path, Collections.unmodifiableMap(parameters),
          Collections.unmodifiableMap(headers)));
      switch (path) {
        case "/.well-known/openid-configuration" -> json(exchange, 200, discovery());
        case "/jwks" -> json(exchange, 200, new JWKSet(SigningKeys.published().toPublicJWK()).toString());
        case "/authorize" -> authorize(exchange, method, parameters);
        case "/token" -> token(exchange, method, parameters, headers);
        case "/userinfo" -> userInfo(exchange, headers);
        default -> send(exchange, 404, "text/plain", "not found");
      }
    }
  }

  private String discovery() {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("issuer", issuer);
    document.put("authorization_endpoint", issuer + "/authorize");
    document.put("token_endpoint", issuer + "/token");
    document.put("userinfo_endpoint", issuer + "/userinfo");
    document.put("jwks_uri", issuer + "/jwks");
    document.put("response_types_supported", List.of("code"));
    document.put("subject_types_supported", List.of("public"));
    document.put("id_token_signing_alg_values_supported", List.of("RS256"));
    document.put("token_endpoint_auth_methods_supported", List.of("client_secret_post", "client_secret_basic"));
    document.put("scopes_supported", List.of("openid", "email", "profile"));
    return JSONObjectUtils.toJSONString(document);
  }

  private void authorize(HttpExchange exchange, String method, Map<String, String> q) throws IOException {
    String redirectUri = q.get("redirect_uri");
    if (!CLIENT_ID.equals(q.get("client_id")) || redirectUri == null || !"code".equals(q.get("response_type"))) {
      send(exchange, 400, "text/plain", "invalid authorize request");
      return;
    }
    Map<String, String> back = new LinkedHashMap<>();
    if (failure == Failure.ERROR_RESPONSE) {
      back.put("error", "access_denied");
      back.put("error_description", "The user denied the request");
    } else {
      String subject = method.equals("POST") ? q.get("subject") : preselected;
      if (subject == null) {
        send(exchange, 200, "text/html;charset=UTF-8", page(q));
        return;
      }
      if (!users.containsKey(subject)) {
        send(exchange, 400, "text/plain", "unknown user " + subject);
        return;
      }
      String code = UUID.randomUUID().toString();
      codes.put(code, new Grant(subject, CLIENT_ID, redirectUri, q.get("nonce"), q.getOrDefault("scope", "openid")));
      back.put("code", code);
    }
    if (q.get("state") != null) {
      back.put("state", q.get("state"));
    }
    StringBuilder location = new StringBuilder(redirectUri);
    char separator = redirectUri.contains("?") ? '&' : '?';
    for (Map.Entry<String, String> parameter : back.entrySet()) {
      location.append(separator).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
      separator = '&';
    }
    exchange.getResponseHeaders().set("Location", location.toString());
    send(exchange, 302, "text/plain", "");
  }

  /** A page with one button per user, posting back to {@code /authorize} with the request's parameters. */
  private String page(Map<String, String> q) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>Fake OIDC provider</title></head>"
        + "<body><h1>Sign in to the fake OIDC provider</h1><form name=\"signIn\" method=\"post\" action=\"/authorize\">");
    for (String name : List.of("client_id", "redirect_uri", "response_type", "scope", "state", "nonce")) {
      if (q.get(name) != null) {
        html.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"").append(escape(q.get(name)))
            .append("\">");
      }
    }
    for (String subject : users.keySet().stream().sorted().toList()) {
      html.append("<button type=\"submit\" name=\"subject\" value=\"").append(escape(subject)).append("\">")
          .append(escape(subject)).append("</button>");
    }
    return html.append("</form></body></html>").toString();
  }

  private void token(HttpExchange exchange, String method, Map<String, String> form, Map<String, String> headers)
      throws IOException {
    if (!method.equals("POST")) {
      send(exchange, 405, "text/plain", "POST only");
      return;
    }
    String clientId = form.get("client_id");
    String secret = form.get("client_secret");
    String authorization = headers.get("authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
          StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      clientId = URLDecoder.decode(decoded.substring(0, Math.max(colon, 0)), StandardCharsets.UTF_8);
      secret = URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8);
    }
    if (!CLIENT_ID.equals(clientId) || !clientSecret.equals(secret)) {
      json(exchange, 401, "{\"error\":\"invalid_client\"}");
      return;
    }
    Grant grant = form.get("code") == null ? null : codes.remove(form.get("code"));
    if (failure == Failure.TOKEN_ERROR || !"authorization_code".equals(form.get("grant_type")) || grant == null
        || !grant.redirectUri().equals(form.get("redirect_uri"))) {
      json(exchange, 400, "{\"error\":\"invalid_grant\"}");
      return;
    }
    String accessToken = UUID.randomUUID().toString();
    accessTokens.put(accessToken, grant.subject());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("access_token", accessToken);
    body.put("token_type", "Bearer");
    body.put("expires_in", 3600);
    body.put("id_token", idToken(grant));
    json(exchange, 200, JSONObjectUtils.toJSONString(body));
  }

  private String idToken(Grant grant) {
    Failure failing = failure;
    Instant now = clock.instant();
    Instant issued = failing == Failure.EXPIRED ? now.minus(Duration.ofHours(1)) : now;
    Instant expires = failing == Failure.EXPIRED ? now.minus(Duration.ofMinutes(1)) : now.plus(Duration.ofHours(1));
    JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder();
    users.getOrDefault(grant.subject(), Map.of()).forEach(claims::claim);
    claims.subject(grant.subject())
        .issuer(failing == Failure.WRONG_ISSUER ? issuer + "/other" : issuer)
        .audience(failing == Failure.WRONG_AUDIENCE ? "another-client" : grant.clientId())
        .issueTime(Date.from(issued))
        .expirationTime(Date.from(expires));
    if (grant.nonce() != null || failing == Failure.WRONG_NONCE) {
      claims.claim("nonce", failing == Failure.WRONG_NONCE ? "another-nonce" : grant.nonce());
    }
    RSAKey key = failing == Failure.BAD_SIGNATURE ? SigningKeys.other() : SigningKeys.published();
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(SigningKeys.KEY_ID).build(),
        claims.build());
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign the ID token", e);
    }
    return jwt.serialize();
  }

  private void userInfo(HttpExchange exchange, Map<String, String> headers) throws IOException {
    String authorization = headers.get("authorization");
    String subject = authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)
        ? null : accessTokens.get(authorization.substring(7).trim());
    if (subject == null || failure == Failure.USERINFO_ERROR) {
      exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      json(exchange, 401, "{\"error\":\"invalid_token\"}");
      return;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("sub", subject);
    body.putAll(users.getOrDefault(subject, Map.of()));
    body.putAll(userInfoOnly.getOrDefault(subject, Map.of()));
    json(exchange, 200, JSONObjectUtils.toJSONString(body));
  }

  /* ---- Helpers ---- */

  private static void json(HttpExchange exchange, int status, String body) throws IOException {
    send(exchange, status, "application/json", body);
  }

  private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private static Map<String, String> parse(@Nullable String encoded) {
    Map<String, String> parameters = new LinkedHashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return parameters;
    }
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
      String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
      parameters.putIfAbsent(name, value);
    }
    return parameters;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String escape(String value) {
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  @Override
  public String toString() {
    return "FakeOidcProvider[" + issuer + "]";
  }
}
