package dev.fakecognito.internal.oauth;

import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.Backend.ClientRef;
import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.tokens.ClaimsOverride;
import dev.fakecognito.internal.tokens.TokenService;
import dev.fakecognito.internal.triggers.TokenCustomization;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ClientAuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetClientTokenRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetClientTokenResponse;

/**
 * GetClientToken: the API form of the client credentials grant. The app client authenticates with
 * its ID and one of its secrets and receives an access token for custom scopes, as the token
 * endpoint's client_credentials grant gives it
 * (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetClientToken.html).
 *
 * <p>The client needs a secret and the {@value #CLIENT_TOKEN_AUTH} explicit auth flow, which must be
 * its only one; the scopes asked for must be custom scopes the client is allowed, and none asked for
 * means all of them. The version 3 Pre token generation trigger runs with the call's client metadata.
 */
public final class ClientTokenOperations {

  /** The explicit auth flow GetClientToken needs; newer than the SDK models' enum, so a string. */
  public static final String CLIENT_TOKEN_AUTH = "ALLOW_CLIENT_TOKEN_AUTH";

  private final Backend backend;

  public ClientTokenOperations(Backend backend) {
    this.backend = backend;
  }

  /**
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException
   *     for an unknown client
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException if
   *     the secret is not one of the client's
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     if the client lacks the flow, or has no custom scope to grant
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.ScopeDoesNotExistException
   *     for a scope the client may not ask for
   */
  public GetClientTokenResponse getClientToken(GetClientTokenRequest request) {
    if (request.secret() == null) {
      throw CognitoErrors.notNull("secret");
    }
    ClientRef client = backend.client(request.clientId());
    if (!matchesAny(request.secret(), client.secrets())) {
      throw CognitoErrors.clientSecretMismatch(client.clientId());
    }
    if (!client.client().explicitAuthFlowsAsStrings().contains(CLIENT_TOKEN_AUTH)) {
      // Modeled on InitiateAuth's "USER_PASSWORD_AUTH flow not enabled for this client"; assumed.
      throw CognitoErrors.invalidParameter(CLIENT_TOKEN_AUTH + " flow not enabled for this client");
    }
    List<String> allowed = client.client().allowedOAuthScopes().stream()
        .filter(scope -> OAuthScopes.isCustom(client.pool(), scope)).toList();
    List<String> scopes = new ArrayList<>();
    if (request.hasScopes() && !request.scopes().isEmpty()) {
      for (String scope : request.scopes()) {
        if (scope == null || !allowed.contains(scope)) {
          throw CognitoErrors.scopeDoesNotExist(String.valueOf(scope));
        }
        if (!scopes.contains(scope)) {
          scopes.add(scope);
        }
      }
    } else {
      scopes.addAll(allowed);
    }
    if (scopes.isEmpty()) {
      // The wording is assumed.
      throw CognitoErrors.invalidParameter("The client has no custom scopes to grant.");
    }
    Map<String, String> metadata = request.hasClientMetadata() ? request.clientMetadata() : Map.of();
    ClaimsOverride changes = TokenCustomization.askForClient(backend, client, scopes, metadata);
    TokenService.ClientToken token = backend.tokens().issueClientToken(client, scopes, changes);
    return GetClientTokenResponse.builder().clientAuthenticationResult(ClientAuthenticationResultType.builder()
        .accessToken(token.accessToken()).expiresIn(token.expiresIn()).tokenType("Bearer").build()).build();
  }

  private static boolean matchesAny(String given, List<String> secrets) {
    boolean match = false;
    for (String secret : secrets) {
      match |= MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8));
    }
    return match;
  }
}
