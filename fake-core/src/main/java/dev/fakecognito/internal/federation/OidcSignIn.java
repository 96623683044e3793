package dev.fakecognito.internal.federation;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The OIDC side of a federated sign-in, for OIDC providers and the social providers that speak
 * OAuth 2.0: the redirect to the provider's authorize_url, and what happens when the browser
 * comes back to {@code /oauth2/idpresponse}. The code is redeemed at token_url with the client
 * secret ({@code client_secret_post}); the ID token is verified with the provider's JWKS (RS256
 * signature, {@code iss} equal to oidc_issuer, {@code aud} holding client_id, {@code exp} on the
 * fake's clock, the nonce sent with the redirect); its claims, and those of attributes_url when the
 * provider has one, are the attributes AttributeMapping reads.
 *
 * <p>Like the discovery at CreateIdentityProvider, the fake calls a provider's endpoints only on
 * loopback addresses; elsewhere the sign-in fails.
 */
public final class OidcSignIn {

  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final Clock clock;
  private final Function<String, @Nullable String> socialBase;
  /** Made on the first federated sign-in, since a client holds a thread and most fakes never federate. */
  private volatile @Nullable HttpClient http;

  /**
   * @param socialBase the base a test set for a social provider type, or null (see {@link
   *     dev.fakecognito.internal.Backend#socialProviderBase})
   */
  public OidcSignIn(Clock clock, Function<String, @Nullable String> socialBase) {
    this.clock = clock;
    this.socialBase = socialBase;
  }

  /**
   * The provider's details, with a test's identity provider in place of a social provider's real
   * endpoints when one was set for its type.
   */
  private Map<String, String> details(IdentityProvider provider) {
    String base = provider.type().equals(ProviderDetails.OIDC) || provider.type().equals(ProviderDetails.SAML)
        ? null : socialBase.apply(provider.type());
    if (base == null) {
      return provider.details();
    }
    Map<String, String> details = new LinkedHashMap<>(provider.details());
    details.put("authorize_url", base + "/authorize");
    details.put("token_url", base + "/token");
    details.put("attributes_url", base + "/userinfo");
    details.put("jwks_uri", base + "/jwks");
    details.put("oidc_issuer", base);
    return details;
  }

  /**
   * Where the browser goes to sign in at the provider: its authorize_url with client_id,
   * redirect_uri, {@code response_type=code}, authorize_scopes as scope, the pending key as state
   * and the pending nonce.
   */
  public String authorizeUrl(IdentityProvider provider, PendingAuthorization pending, String redirectUri) {
    Map<String, String> details = details(provider);
    String authorize = details.get("authorize_url");
    if (authorize == null) {
      // An OIDC provider off loopback whose endpoints were not given: nothing to send the browser to.
      authorize = details.getOrDefault("oidc_issuer", "") + "/authorize";
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("client_id", details.getOrDefault("client_id", ""));
    parameters.put("redirect_uri", redirectUri);
    parameters.put("response_type", "code");
    parameters.put("scope", details.getOrDefault("authorize_scopes", "openid").trim().replaceAll("[ ,]+", " "));
    parameters.put("state", pending.key());
    parameters.put("nonce", pending.idpNonce());
    StringBuilder url = new StringBuilder(authorize);
    char separator = authorize.contains("?") ? '&' : '?';
    for (Map.Entry<String, String> parameter : parameters.entrySet()) {
      url.append(separator).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
      separator = '&';
    }
    return url.toString();
  }

  /**
   * Works out who signed in from the provider's answer at {@code /oauth2/idpresponse}.
   *
   * @param query the answer's query parameters
   * @param redirectUri the redirect_uri the authorize redirect named
   * @throws FederationFailure if the provider answered with an error, or any step or check fails
   */
  public ExternalIdentity identity(IdentityProvider provider, PendingAuthorization pending,
      @Nullable Map<String, String> query, String redirectUri) {
    if (query == null) {
      throw FederationFailure.invalidRequest("Bad request");
    }
    String error = query.get("error");
    if (error != null) {
      // Assumed: the provider's error code goes on to the app, with its description when it gave one.
      String description = query.get("error_description");
      throw new FederationFailure(error.isEmpty() ? "invalid_request" : error,
          description == null || description.isEmpty() ? error : description);
    }
    String code = query.get("code");
    if (code == null || code.isEmpty()) {
      // The wording is assumed.
      throw FederationFailure.invalidRequest("Missing code from identity provider");
    }
    Map<String, String> details = details(provider);
    Map<String, Object> tokens = redeem(details, code, redirectUri);
    Object idToken = tokens.get("id_token");
    Object accessToken = tokens.get("access_token");
    Map<String, String> attributes = new LinkedHashMap<>();
    String subject = null;
    if (idToken instanceof String jwt) {
      JWTClaimsSet claims = verify(details, jwt, pending);
      subject = claims.getSubject();
      claims.getClaims().forEach((name, value) -> attributes.put(name, text(value)));
    } else if (provider.type().equals(ProviderDetails.OIDC)) {
      // The wording is assumed.
      throw FederationFailure.invalidRequest("Missing id_token from identity provider");
    }
    String attributesUrl = details.get("attributes_url");
    if (attributesUrl != null && !attributesUrl.isEmpty()) {
      if (!(accessToken instanceof String access)) {
        throw FederationFailure.invalidRequest("Missing access_token from identity provider");
      }
      userInfo(attributesUrl, details.getOrDefault("attributes_request_method", "GET"), access)
          .forEach(attributes::put);
    }
    if (subject == null) {
      subject = attributes.get("sub");
    }
    if (subject == null || subject.isEmpty()) {
      // The wording is assumed.
      throw FederationFailure.invalidRequest("Missing sub from identity provider");
    }
    return new ExternalIdentity(provider.name(), subject, attributes);
  }

  /** The token response of the code's redemption. */
  private Map<String, Object> redeem(Map<String, String> details, String code, String redirectUri) {
    URI tokenUrl = loopback(details.get("token_url"), "token_url");
    String form = "grant_type=authorization_code&code=" + encode(code) + "&redirect_uri=" + encode(redirectUri)
        + "&client_id=" + encode(details.getOrDefault("client_id", ""))
        + (details.get("client_secret") == null ? "" : "&client_secret=" + encode(details.get("client_secret")));
    HttpRequest request = HttpRequest.newBuilder(tokenUrl).timeout(TIMEOUT)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    HttpResponse<String> response = send(request, "token_url");
    Map<String, Object> body;
    try {
      body = JSONObjectUtils.parse(response.body());
    } catch (ParseException e) {
      // The wording is assumed.
      throw FederationFailure.invalidRequest("Invalid token response from identity provider");
    }
    if (response.statusCode() / 100 != 2) {
      Object error = body.get("error");
      // The wording is assumed.
      throw FederationFailure.invalidRequest("Error from token endpoint of identity provider: "
          + (error == null ? String.valueOf(response.statusCode()) : error));
    }
    return body;
  }

  /** Checks the ID token's signature and claims; the wordings but the issuer's are assumed. */
  private JWTClaimsSet verify(Map<String, String> details, String idToken, PendingAuthorization pending) {
    SignedJWT jwt;
    JWTClaimsSet claims;
    try {
      jwt = SignedJWT.parse(idToken);
      claims = jwt.getJWTClaimsSet();
    } catch (ParseException e) {
      throw FederationFailure.invalidRequest("Invalid id_token");
    }
    if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
      throw FederationFailure.invalidRequest("Invalid id_token algorithm " + jwt.getHeader().getAlgorithm());
    }
    RSAKey key = key(details, jwt.getHeader().getKeyID());
    try {
      if (!jwt.verify(new RSASSAVerifier(key))) {
        throw FederationFailure.invalidRequest("Invalid id_token signature");
      }
    } catch (JOSEException e) {
      throw FederationFailure.invalidRequest("Invalid id_token signature");
    }
    String issuer = details.get("oidc_issuer");
    if (issuer != null && !issuer.equals(claims.getIssuer())) {
      throw FederationFailure.invalidRequest("Bad id_token issuer " + claims.getIssuer());
    }
    List<String> audience = claims.getAudience();
    if (audience == null || !audience.contains(details.get("client_id"))) {
      throw FederationFailure.invalidRequest("Bad id_token audience " + audience);
    }
    Date expires = claims.getExpirationTime();
    if (expires == null || !Date.from(clock.instant()).before(expires)) {
      throw FederationFailure.invalidRequest("id_token expired");
    }
    Object nonce = claims.getClaim("nonce");
    if (!pending.idpNonce().equals(nonce)) {
      throw FederationFailure.invalidRequest("Bad id_token nonce");
    }
    return claims;
  }

  /** The provider's signing key with {@code kid}, or its only RSA key when the token names none. */
  private RSAKey key(Map<String, String> details, @Nullable String kid) {
    URI jwksUri = loopback(details.get("jwks_uri"), "jwks_uri");
    HttpResponse<String> response = send(HttpRequest.newBuilder(jwksUri).timeout(TIMEOUT).GET().build(), "jwks_uri");
    JWKSet set;
    try {
      set = JWKSet.parse(response.body());
    } catch (ParseException e) {
      throw FederationFailure.invalidRequest("Invalid JWKS from identity provider");
    }
    List<JWK> keys = set.getKeys().stream().filter(k -> k instanceof RSAKey)
        .filter(k -> kid == null || kid.equals(k.getKeyID())).toList();
    if (keys.size() != 1) {
      throw FederationFailure.invalidRequest("Invalid id_token signature");
    }
    return (RSAKey) keys.get(0);
  }

  /** The claims of attributes_url, asked with the access token by GET or POST. */
  private Map<String, String> userInfo(String url, String method, String accessToken) {
    URI uri = loopback(url, "attributes_url");
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
        .header("Authorization", "Bearer " + accessToken).header("Accept", "application/json");
    if (method.equals("POST")) {
      builder.header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("access_token=" + encode(accessToken)));
    } else {
      builder.GET();
    }
    HttpResponse<String> response = send(builder.build(), "attributes_url");
    if (response.statusCode() / 100 != 2) {
      // The wording is assumed.
      throw FederationFailure.invalidRequest("Error from userInfo endpoint of identity provider: "
          + response.statusCode());
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    try {
      JSONObjectUtils.parse(response.body()).forEach((name, value) -> attributes.put(name, text(value)));
    } catch (ParseException e) {
      throw FederationFailure.invalidRequest("Invalid userInfo response from identity provider");
    }
    return attributes;
  }

  private HttpClient http() {
    HttpClient client = http;
    if (client == null) {
      synchronized (this) {
        client = http;
        if (client == null) {
          client = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
          http = client;
        }
      }
    }
    return client;
  }

  private HttpResponse<String> send(HttpRequest request, String key) {
    try {
      return http().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      // The wording is assumed.
      throw FederationFailure.invalidRequest("Unable to reach " + key + " of identity provider");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw FederationFailure.invalidRequest("Unable to reach " + key + " of identity provider");
    }
  }

  /** An endpoint the fake may call: on a loopback address only. */
  private static URI loopback(@Nullable String url, String key) {
    URI uri;
    try {
      uri = url == null ? null : URI.create(url);
    } catch (IllegalArgumentException e) {
      uri = null;
    }
    if (uri == null || !ProviderDetails.isLoopback(uri)) {
      throw FederationFailure.invalidRequest("fake-cognito calls the " + key
          + " of an identity provider only on a loopback address");
    }
    return uri;
  }

  /** A claim as an attribute value: strings as they are, other values as JSON. */
  private static String text(@Nullable Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof Date date) {
      return String.valueOf(date.getTime() / 1000);
    }
    if (value instanceof Map<?, ?> || value instanceof List<?>) {
      @SuppressWarnings("unchecked")
      Map<String, Object> wrapper = Map.of("v", value);
      String json = JSONObjectUtils.toJSONString(wrapper);
      return json.substring(5, json.length() - 1);
    }
    return String.valueOf(value);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
