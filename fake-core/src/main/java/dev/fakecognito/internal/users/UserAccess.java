package dev.fakecognito.internal.users;

import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.tokens.AccessTokenClaims;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * The two ways an operation names its user, each run under the pool's lock: an access token
 * (self-service operations) or a pool ID and username (admin operations).
 */
public final class UserAccess {

  private UserAccess() {}

  /**
   * Runs {@code action} on the access token's user. The token is verified first, so an expired or
   * revoked token fails before anything else is looked at; then the user is checked as GetUser
   * checks it ({@link SelfServiceOperations#signedInUser}).
   */
  public static <T> T withSignedInUser(Backend backend, @Nullable String accessToken,
      BiFunction<UserPool, User, T> action) {
    AccessTokenClaims token = backend.tokens().verifyAccessToken(accessToken);
    UserPool pool = backend.pool(token.userPoolId());
    pool.lock().lock();
    try {
      return action.apply(pool, SelfServiceOperations.signedInUser(pool, token));
    } finally {
      pool.lock().unlock();
    }
  }

  /**
   * Runs {@code action} on the named user, found as AdminGetUser finds one: by username, alias or
   * sub.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException if
   *     there is no such user
   */
  public static <T> T withNamedUser(Backend backend, @Nullable String userPoolId, @Nullable String username,
      BiFunction<UserPool, User, T> action) {
    UserPool pool = backend.pool(userPoolId);
    if (username == null) {
      throw CognitoErrors.notNull("username");
    }
    pool.lock().lock();
    try {
      User user = pool.find(username);
      if (user == null) {
        throw CognitoErrors.userNotFound();
      }
      return action.apply(pool, user);
    } finally {
      pool.lock().unlock();
    }
  }
}
