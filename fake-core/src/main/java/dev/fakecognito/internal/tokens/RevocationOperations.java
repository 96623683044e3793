package dev.fakecognito.internal.tokens;

import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.Backend.ClientRef;
import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.users.SecretHashes;
import dev.fakecognito.internal.users.User;
import java.util.List;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RevokeTokenRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RevokeTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/**
 * RevokeToken: ends the session of one refresh token, which revokes the refresh token and every
 * access token issued with it (RevokeToken API reference).
 *
 * <p>The checks follow the token revocation endpoint, which RevokeToken mirrors
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/revocation-endpoint.html): bad client
 * credentials are refused ({@code invalid_client}), an ID or access token is refused ({@code
 * unsupported_token_type}), and a token the pool cannot use is accepted silently, as RFC 7009 asks.
 */
public final class RevocationOperations {

  private final Backend backend;

  /** Operations on the state of {@code backend}. */
  public RevocationOperations(Backend backend) {
    this.backend = backend;
  }

  /**
   * RevokeToken.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.UnauthorizedException if
   *     the client is unknown, or its secret is missing or wrong
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.UnsupportedOperationException
   *     if the client's EnableTokenRevocation is off
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.UnsupportedTokenTypeException
   *     if the token is an ID or access token
   */
  public RevokeTokenResponse revokeToken(RevokeTokenRequest request) {
    if (request.token() == null) {
      throw CognitoErrors.notNull("token");
    }
    ClientRef client;
    try {
      client = backend.client(request.clientId());
    } catch (ResourceNotFoundException e) {
      throw CognitoErrors.invalidClientCredentials();
    }
    UserPoolClientType settings = client.client();
    List<String> secrets = client.secrets();
    if (!secrets.isEmpty()
        && (request.clientSecret() == null || !SecretHashes.isCurrentSecret(secrets, request.clientSecret()))) {
      throw CognitoErrors.invalidClientCredentials();
    }
    if (!Boolean.TRUE.equals(settings.enableTokenRevocation())) {
      throw CognitoErrors.tokenRevocationDisabled();
    }
    if (TokenService.isSignedJwt(request.token())) {
      throw CognitoErrors.unsupportedTokenType();
    }
    RefreshTokenClaims claims = backend.tokens().decodeRefreshToken(client.pool(), request.token());
    if (claims == null || !client.pool().id().equals(claims.userPoolId())
        || !client.clientId().equals(claims.clientId())) {
      return RevokeTokenResponse.builder().build();
    }
    UserPool pool = client.pool();
    pool.lock().lock();
    try {
      User user = pool.byUsername(claims.username());
      if (user != null && user.sub().equals(claims.sub())) {
        user.revokeSession(claims.originJti());
      }
      return RevokeTokenResponse.builder().build();
    } finally {
      pool.lock().unlock();
    }
  }
}
