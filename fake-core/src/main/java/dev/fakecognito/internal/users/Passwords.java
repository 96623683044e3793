package dev.fakecognito.internal.users;

import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.util.Ids;
import dev.fakecognito.internal.util.ModelSupport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Stores a user's password in the form SRP needs. */
public final class Passwords {

  private Passwords() {}

  public static void set(UserPool pool, User user, String password, Instant now) {
    user.password(Password.create(pool.poolName(), user.username(), password, salt()), now);
  }

  public static boolean matches(UserPool pool, User user, String candidate) {
    Password stored = user.password();
    return stored != null && stored.matches(pool.poolName(), user.username(), candidate);
  }

  /**
   * Refuses a new password that equals one of the user's last PasswordHistorySize passwords, the
   * current one included, when the pool's policy sets a history size above 0
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-policies.html).
   * ChangePassword, ConfirmForgotPassword, a permanent AdminSetUserPassword and the
   * NEW_PASSWORD_REQUIRED challenge call it with the pool's lock held, before they change anything.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordHistoryPolicyViolationException
   *     if the password was used recently
   */
  public static void requireUnused(UserPool pool, User user, String candidate) {
    if (!ModelSupport.PASSWORD_HISTORY) {
      return;
    }
    Integer size = pool.config().policies().passwordPolicy().passwordHistorySize();
    if (size == null || size <= 0) {
      return;
    }
    List<Password> recent = new ArrayList<>(size);
    if (user.password() != null) {
      recent.add(user.password());
    }
    for (Password previous : user.previousPasswords()) {
      if (recent.size() >= size) {
        break;
      }
      recent.add(previous);
    }
    for (Password used : recent) {
      if (used.matches(pool.poolName(), user.username(), candidate)) {
        throw CognitoErrors.passwordPreviouslyUsed();
      }
    }
  }

  /**
   * 16 random bytes whose first byte is never zero: a salt whose hex starts with {@code 00} is
   * hashed differently by clients that re-encode it and clients that hash the string as sent.
   */
  private static byte[] salt() {
    byte[] salt = Ids.randomBytes(16);
    while (salt[0] == 0) {
      salt[0] = Ids.randomBytes(1)[0];
    }
    return salt;
  }
}
