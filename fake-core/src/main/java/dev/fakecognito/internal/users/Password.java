package dev.fakecognito.internal.users;

import dev.fakecognito.internal.auth.srp.Srp;
import java.math.BigInteger;
import java.security.MessageDigest;

/**
 * A stored password: a random salt and the SRP private value {@code x} that Cognito derives from
 * it, never the password itself.
 *
 * <p>{@code x = SHA-256(salt ‖ SHA-256(poolName ‖ username ‖ ":" ‖ password))} is a salted hash of
 * the password: enough to check a password in the password flows, and to derive the SRP verifier
 * {@code g^x mod N}, which is computed once, on first use.
 */
public final class Password {

  private final byte[] salt;
  private final BigInteger x;
  private volatile BigInteger verifier;

  private Password(byte[] salt, BigInteger x) {
    this.salt = salt;
    this.x = x;
  }

  /** Derives the stored form of {@code password} for a user with the given salt. */
  public static Password create(String poolName, String username, String password, byte[] salt) {
    return new Password(salt.clone(), Srp.x(salt, poolName, username, password));
  }

  public boolean matches(String poolName, String username, String candidate) {
    return MessageDigest.isEqual(Srp.pad(x), Srp.pad(Srp.x(salt, poolName, username, candidate)));
  }

  public byte[] salt() {
    return salt.clone();
  }

  public BigInteger x() {
    return x;
  }

  /** The SRP verifier {@code v = g^x mod N}. */
  public BigInteger verifier() {
    BigInteger v = verifier;
    if (v == null) {
      v = Srp.verifier(x);
      verifier = v;
    }
    return v;
  }
}
