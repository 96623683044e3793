package dev.fakecognito.internal.oauth;

import com.nimbusds.jose.util.JSONObjectUtils;
import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.Backend.ClientRef;
import dev.fakecognito.internal.tokens.ClaimsOverride;
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
 * client's, since every pool shares the one endpoint. The {@code client_credentials} grant is
 * served; other grants answer {@code unsupported_grant_type} for now. Errors are JSON objects with
 * {@code error}: {@code invalid_request}, {@code invalid_client}, {@code unauthorized_client},
 * {@code invalid_scope} and {@code unsupported_grant_type}, with status 400, except
 * {@code invalid_client} after Basic authentication, which is 401 as RFC 6749 section 5.2 asks.
 */
public final class TokenEndpoint {

  /** The path the endpoint is served at. */
  public static final String PATH = "/oauth2/token";

  /** An answer: HTTP status and JSON body. */
  public record Reply(int status, String body) {}

  private final Backend backend;

  public TokenEndpoint(Backend backend) {
    this.backend = backend;
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
    if (!grantType.equals("client_credentials")) {
      return error(400, "unsupported_grant_type");
    }
    return clientCredentials(form, authorization);
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

  private record Credentials(String clientId, @Nullable String secret, boolean basic) {}

  /**
   * The client's credentials from the Basic header or the form; null if there are none, or if the
   * two name different clients.
   */
  private static @Nullable Credentials credentials(Map<String, String> form, @Nullable String authorization) {
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
