package dev.fakecognito.internal.users;

import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.util.Ids;
import java.time.Instant;

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
