package dev.fakecognito.internal.tokens;

import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.Backend.ClientRef;
import dev.fakecognito.internal.clients.RefreshTokenRotation;
import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.triggers.TokenCustomization;
import dev.fakecognito.internal.users.SecretHashes;
import dev.fakecognito.internal.users.User;
import dev.fakecognito.internal.util.Ids;
import dev.fakecognito.internal.util.ModelSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetTokensFromRefreshTokenRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetTokensFromRefreshTokenResponse;

/**
 * GetTokensFromRefreshToken: new ID and access tokens for a refresh token, and on an app client
 * with refresh token rotation a new refresh token as well
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-refresh-token.html).
 *
 * <h2>Rotation</h2>
 *
 * <p>The replacement refresh token belongs to the same session ({@code origin_jti}) as the one it
 * replaces, so RevokeToken and the sign-out operations end the whole chain, and it expires when
 * the original would have. The first successful use of a refresh token on a rotating client is
 * recorded on its user, by the token's {@code jti}; from then on the token is accepted again only
 * within the client's RetryGracePeriodSeconds, each time with a further replacement, and after
 * that refused with RefreshTokenReuseException. A token used through a client without rotation
 * stays valid until it expires.
 */
public final class RefreshTokenOperations {

  private final Backend backend;

  /** Operations on the state of {@code backend}. */
  public RefreshTokenOperations(Backend backend) {
    this.backend = backend;
  }

  /**
   * GetTokensFromRefreshToken.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     if RefreshToken or ClientId is missing or malformed
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException
   *     if the client does not exist
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException if
   *     the client secret is missing or wrong, the refresh token is invalid, expired, revoked or of
   *     another client, or the user is disabled
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException if
   *     the token's user no longer exists
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.RefreshTokenReuseException
   *     if rotation replaced the token and its grace period is over
   */
  public GetTokensFromRefreshTokenResponse getTokensFromRefreshToken(GetTokensFromRefreshTokenRequest request) {
    if (request.refreshToken() == null) {
      throw CognitoErrors.notNull("refreshToken");
    }
    ClientRef client = backend.client(request.clientId());
    checkClientSecret(client, request.clientSecret());
    Map<String, String> metadata = request.hasClientMetadata() ? request.clientMetadata() : Map.of();
    AuthenticationResultType tokens = refresh(client, request.refreshToken(), request.deviceKey(), metadata);
    return GetTokensFromRefreshTokenResponse.builder().authenticationResult(tokens).build();
  }

  /**
   * New tokens for a refresh token of {@code client}, whose secret the caller has checked; the
   * token endpoint's refresh_token grant shares this with GetTokensFromRefreshToken. Tokens of a
   * managed login sign-in keep their scopes.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException if
   *     the refresh token is invalid, expired, revoked or of another client, or the user is disabled
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException if
   *     the token's user no longer exists
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.RefreshTokenReuseException
   *     if rotation replaced the token and its grace period is over
   */
  public AuthenticationResultType refresh(ClientRef client, String refreshToken, @Nullable String requestDeviceKey,
      Map<String, String> metadata) {
    RefreshTokenClaims claims = backend.tokens().readRefreshToken(client, refreshToken);
    boolean rotates = ModelSupport.REFRESH_TOKEN_ROTATION && RefreshTokenRotation.enabled(client.client());
    Duration grace = rotates ? RefreshTokenRotation.gracePeriod(client.client()) : Duration.ZERO;
    UserPool pool = client.pool();
    User.Snapshot snapshot;
    pool.lock().lock();
    try {
      User user = owner(pool, claims);
      if (rotates) {
        checkNotReused(user, claims, grace);
      }
      snapshot = user.snapshot();
    } finally {
      pool.lock().unlock();
    }
    String deviceKey = claims.deviceKey() != null ? claims.deviceKey() : requestDeviceKey;
    TokenService.Session session = new TokenService.Session(claims.authTime(), claims.originJti(), Ids.uuid(),
        deviceKey);
    ClaimsOverride changes = TokenCustomization.ask(backend, client, snapshot, "TokenGeneration_RefreshTokens",
        metadata);
    AuthenticationResultType tokens;
    if (rotates) {
      // Recorded only now that the trigger has agreed, so that a failed call leaves the token as it was.
      pool.lock().lock();
      try {
        User user = owner(pool, claims);
        checkNotReused(user, claims, grace);
        if (claims.jti() != null) {
          user.refreshTokenUsed(claims.jti(), backend.clock().instant());
        }
      } finally {
        pool.lock().unlock();
      }
      tokens = backend.tokens().issueReplacement(client, snapshot, session, changes, claims.expiresAt(),
          TokenService.OAuthGrant.of(claims));
    } else {
      tokens = backend.tokens().issue(client, snapshot, session, false, changes, TokenService.OAuthGrant.of(claims));
    }
    return tokens;
  }

  /** The secret of a client that has one travels as it is, not as SECRET_HASH. */
  private static void checkClientSecret(ClientRef client, @Nullable String given) {
    List<String> secrets = client.secrets();
    if (secrets.isEmpty()) {
      return;
    }
    if (given == null) {
      throw CognitoErrors.clientSecretMissing(client.clientId());
    }
    if (!SecretHashes.isCurrentSecret(secrets, given)) {
      throw CognitoErrors.clientSecretMismatch(client.clientId());
    }
  }

  /** The user the token was issued to, who must still exist and be enabled; the caller holds the lock. */
  private static User owner(UserPool pool, RefreshTokenClaims claims) {
    User user = pool.byUsername(claims.username());
    if (user == null || !user.sub().equals(claims.sub())) {
      throw CognitoErrors.userNotFound();
    }
    if (!user.enabled()) {
      throw CognitoErrors.userDisabled();
    }
    return user;
  }

  private void checkNotReused(User user, RefreshTokenClaims claims, Duration grace) {
    Instant firstUsed = claims.jti() == null ? null : user.refreshTokenFirstUsed(claims.jti());
    if (firstUsed != null && !backend.clock().instant().isBefore(firstUsed.plus(grace))) {
      throw CognitoErrors.refreshTokenReused();
    }
  }
}
