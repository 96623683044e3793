package dev.fakecognito.internal.oauth;

import com.nimbusds.jose.util.JSONObjectUtils;
import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.Backend.ClientRef;
import dev.fakecognito.internal.tokens.ClaimsOverride;
import dev.fakecognito.internal.tokens.RefreshTokenOperations;
import dev.fakecognito.internal.tokens.TokenService;
import dev.fakecognito.internal.triggers.TokenCustomization;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/**
 * The token endpoint, {@code POST /oauth2/token}, of managed login
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/token-endpoint.html), apart from the
 * transport: it takes the request's content type, Authorization header and body, and answers with
 * a status and a JSON body.
 *
 * <p>The app client authenticates with {@code client_secret_basic} (HTTP Basic) or {@code
 * client_secret_post} ({@code client_id} and {@code client_secret} in the form); the pool is the
 * client's, since every pool shares the one endpoint; a client without a secret sends only {@code
 * client_id}. Grants: {@code client_credentials}, {@code authorization_code} (a code of {@link
 * ManagedLogin}, once, with the same {@code redirect_uri} and, when the authorize request had a
 * challenge, the PKCE {@code code_verifier}) and {@code refresh_token} (as GetTokensFromRefreshToken,
 * rotation included). Errors are JSON objects with {@code error}: {@code invalid_request}, {@code
 * invalid_client}, {@code invalid_grant}, {@code unauthorized_client}, {@code invalid_scope} and
 * {@code unsupported_grant_type}, with status 400, except {@code invalid_client} after Basic
 * authentication, which is 401 as RFC 6749 section 5.2 asks.
 */
public final class TokenEndpoint {

  /** The path the endpoint is served at. */
  public static final String PATH = "/oauth2/token";

  /** An answer: HTTP status and JSON body. */
  public record Reply(int status, String body) {}

  private final Backend backend;
  private final ManagedLogin login;

  public TokenEndpoint(Backend backend, ManagedLogin login) {
    this.backend = backend;
    this.login = login;
  }

  /** Answers one request. */
  public Reply handle(@Nullable String contentType, @Nullable String authorization, byte[] body) {
    if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
      return error(400, "invalid_request");
    }
    Map<String, String> form = Forms.parse(new String(body, StandardCharsets.UTF_8));
    if (form == null) {
      return error(400, "invalid_request");
    }
    String grantType = form.get("grant_type");
    if (grantType == null) {
      return error(400, "invalid_request");
    }
    return switch (grantType) {
      case "client_credentials" -> clientCredentials(form, authorization);
      case "authorization_code", "refresh_token" -> userGrant(grantType, form, authorization);
      default -> error(400, "unsupported_grant_type");
    };
  }

  /** The grants that give a user's tokens: the client authenticates if it has a secret. */
  private Reply userGrant(String grantType, Map<String, String> form, @Nullable String authorization) {
    Credentials credentials = credentials(form, authorization);
    if (credentials == null) {
      return error(400, "invalid_request");
    }
    int failure = credentials.basic() ? 401 : 400;
    ClientRef client;
    try {
      client = backend.client(credentials.clientId());
    } catch (CognitoIdentityProviderException e) {
      return error(failure, "invalid_client");
    }
    if (!client.secrets().isEmpty()
        && (credentials.secret() == null || !matchesAny(credentials.secret(), client.secrets()))) {
      return error(failure, "invalid_client");
    }
    return grantType.equals("authorization_code") ? authorizationCode(client, form) : refreshToken(client, form);
  }

  private Reply authorizationCode(ClientRef client, Map<String, String> form) {
    String value = form.get("code");
    if (value == null || value.isEmpty()) {
      return error(400, "invalid_request");
    }
    UserPoolClientType settings = client.client();
    if (!Boolean.TRUE.equals(settings.allowedOAuthFlowsUserPoolClient())
        || !settings.allowedOAuthFlowsAsStrings().contains(OAuthClientSettings.CODE)) {
      return error(400, "unauthorized_client");
    }
    ManagedLogin.Code code = login.redeem(value);
    if (code == null || !code.clientId().equals(client.clientId())
        || !code.redirectUri().equals(form.get("redirect_uri"))) {
      return error(400, "invalid_grant");
    }
    if (code.challenge() != null) {
      String verifier = form.get("code_verifier");
      if (verifier == null || !code.challenge().equals(s256(verifier))) {
        return error(400, "invalid_grant");
      }
    }
    return tokens(code.tokens());
  }

  private Reply refreshToken(ClientRef client, Map<String, String> form) {
    String token = form.get("refresh_token");
    if (token == null || token.isEmpty()) {
      return error(400, "invalid_request");
    }
    AuthenticationResultType result;
    try {
      result = new RefreshTokenOperations(backend).refresh(client, token, null, Map.of());
    } catch (CognitoIdentityProviderException e) {
      return error(400, "invalid_grant");
    }
    return tokens(result);
  }

  private static Reply tokens(AuthenticationResultType tokens) {
    Map<String, Object> reply = new LinkedHashMap<>();
    if (tokens.idToken() != null) {
      reply.put("id_token", tokens.idToken());
    }
    reply.put("access_token", tokens.accessToken());
    if (tokens.refreshToken() != null) {
      reply.put("refresh_token", tokens.refreshToken());
    }
    reply.put("expires_in", tokens.expiresIn());
    reply.put("token_type", "Bearer");
    return new Reply(200, JSONObjectUtils.toJSONString(reply));
  }

  /** The PKCE S256 transformation (RFC 7636 section 4.2). */
  static String s256(String verifier) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  private Reply clientCredentials(Map<String, String> form, @Nullable String authorization) {
    Credentials credentials = credentials(form, authorization);
    if (credentials == null) {
      return error(400, "invalid_request");
    }
    int failure = credentials.basic() ? 401 : 400;
    ClientRef client;
    try {
      client = backend.client(credentials.clientId());
    } catch (CognitoIdentityProviderException e) {
      return error(failure, "invalid_client");
    }
    if (credentials.secret() == null || !matchesAny(credentials.secret(), client.secrets())) {
      return error(failure, "invalid_client");
    }
    UserPoolClientType settings = client.client();
    if (!Boolean.TRUE.equals(settings.allowedOAuthFlowsUserPoolClient())
        || !settings.allowedOAuthFlowsAsStrings().contains(OAuthClientSettings.CLIENT_CREDENTIALS)) {
      return error(400, "unauthorized_client");
    }
    List<String> allowed = settings.allowedOAuthScopes().stream()
        .filter(scope -> OAuthScopes.isCustom(client.pool(), scope)).toList();
    List<String> scopes = new ArrayList<>();
    String requested = form.get("scope");
    if (requested == null || requested.isBlank()) {
      scopes.addAll(allowed);
    } else {
      for (String scope : requested.trim().split(" +")) {
        if (!allowed.contains(scope)) {
          return error(400, "invalid_scope");
        }
        if (!scopes.contains(scope)) {
          scopes.add(scope);
        }
      }
    }
    if (scopes.isEmpty()) {
      return error(400, "invalid_scope");
    }
    TokenService.ClientToken token;
    try {
      ClaimsOverride changes = TokenCustomization.askForClient(backend, client, scopes, Map.of());
      token = backend.tokens().issueClientToken(client, scopes, changes);
    } catch (CognitoIdentityProviderException e) {
      // A failing Pre token generation trigger; how Cognito reports it here is assumed.
      return error(400, "invalid_request");
    }
    Map<String, Object> reply = new LinkedHashMap<>();
    reply.put("access_token", token.accessToken());
    reply.put("expires_in", token.expiresIn());
    reply.put("token_type", "Bearer");
    return new Reply(200, JSONObjectUtils.toJSONString(reply));
  }

  /** A client's credentials, and whether they came as HTTP Basic. */
  record Credentials(String clientId, @Nullable String secret, boolean basic) {}

  /**
   * The client's credentials from the Basic header or the form; null if there are none, or if the
   * two name different clients.
   */
  static @Nullable Credentials credentials(Map<String, String> form, @Nullable String authorization) {
    String formId = form.get("client_id");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      String decoded;
      try {
        decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return null;
      }
      int colon = decoded.indexOf(':');
      if (colon <= 0) {
        return null;
      }
      String id = decoded.substring(0, colon);
      if (formId != null && !formId.equals(id)) {
        return null;
      }
      return new Credentials(id, decoded.substring(colon + 1), true);
    }
    return formId == null || formId.isEmpty() ? null : new Credentials(formId, form.get("client_secret"), false);
  }

  private static boolean matchesAny(String given, List<String> secrets) {
    boolean match = false;
    for (String secret : secrets) {
      match |= MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8));
    }
    return match;
  }

  private static Reply error(int status, String error) {
    return new Reply(status, JSONObjectUtils.toJSONString(Map.of("error", error)));
  }
}
