package dev.fakecognito.internal.users;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.math.BigInteger;

/**
 * A stored password: a random salt and the SRP private value {@code x} that Cognito derives from
 * it, never the password itself.
 *
 * <p>{@code x = SHA-256(salt ‖ SHA-256(poolName ‖ username ‖ ":" ‖ password))} is a salted hash of
 * the password, enough to check a password in the password flows and to derive the SRP verifier
 * {@code g^x mod N}.
 */
public final class Password {

  private final byte[] salt;
  private final byte[] x;

  private Password(byte[] salt, byte[] x) {
    this.salt = salt;
    this.x = x;
  }

  /** Derives the stored form of {@code password} for a user with a fresh random salt. */
  public static Password create(String poolName, String username, String password, byte[] salt) {
    return new Password(salt.clone(), derive(poolName, username, password, salt));
  }

  public boolean matches(String poolName, String username, String candidate) {
    return MessageDigest.isEqual(x, derive(poolName, username, candidate, salt));
  }

  public byte[] salt() {
    return salt.clone();
  }

  public byte[] x() {
    return x.clone();
  }

  private static byte[] derive(String poolName, String username, String password, byte[] salt) {
    MessageDigest sha256 = sha256();
    byte[] inner =
        sha256.digest((poolName + username + ":" + password).getBytes(StandardCharsets.UTF_8));
    // The salt is hashed as the minimal two's-complement encoding of its integer value, as the
    // SRP clients do; a salt whose first byte has its top bit set gets a leading zero byte.
    byte[] paddedSalt = new BigInteger(1, salt).toByteArray();
    sha256.update(paddedSalt);
    sha256.update(inner);
    return sha256.digest();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
