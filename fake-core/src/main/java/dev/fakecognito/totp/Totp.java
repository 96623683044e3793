package dev.fakecognito.totp;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as authenticator apps compute them for Cognito's software token
 * MFA: RFC 6238 with HMAC-SHA1, 6 digits and 30-second steps, from the Base32 {@code SecretCode}
 * that AssociateSoftwareToken returns.
 *
 * <pre>{@code
 * String secret = cognito.associateSoftwareToken(r -> r.accessToken(accessToken)).secretCode();
 * cognito.verifySoftwareToken(r -> r.accessToken(accessToken).userCode(Totp.code(secret, fake.clock())));
 * }</pre>
 */
public final class Totp {

  /** The length of one time step. */
  public static final int STEP_SECONDS = 30;

  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  private Totp() {}

  /** Returns the code for the current step of {@code clock}, e.g. the fake's clock. */
  public static String code(String secretCode, Clock clock) {
    return code(secretCode, clock.instant());
  }

  /**
   * Returns the 6-digit code for the step that contains {@code at}.
   *
   * @throws IllegalArgumentException if {@code secretCode} is not Base32
   */
  public static String code(String secretCode, Instant at) {
    return code(decode(secretCode), step(at));
  }

  /** The number of the 30-second step that contains {@code at}. */
  public static long step(Instant at) {
    return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
  }

  /** The 6-digit code of one step, for a raw key. */
  public static String code(byte[] key, long step) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(key, "HmacSHA1"));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
      int offset = hash[hash.length - 1] & 0x0f;
      int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
          | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
      return String.format(Locale.ROOT, "%06d", binary % 1_000_000);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is required by every Java platform", e);
    }
  }

  /** Encodes a key as unpadded Base32, the form of {@code SecretCode}. */
  public static String encode(byte[] key) {
    StringBuilder out = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte b : key) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        out.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      out.append(BASE32.charAt((buffer << (5 - bits)) & 31));
    }
    return out.toString();
  }

  /**
   * Decodes Base32, ignoring padding, spaces and case.
   *
   * @throws IllegalArgumentException if it contains other characters
   */
  public static byte[] decode(String base32) {
    Objects.requireNonNull(base32, "base32");
    String clean = base32.replace("=", "").replace(" ", "").toUpperCase(Locale.ROOT);
    ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
    int buffer = 0;
    int bits = 0;
    for (char c : clean.toCharArray()) {
      int value = BASE32.indexOf(c);
      if (value < 0) {
        throw new IllegalArgumentException("not Base32: " + base32);
      }
      buffer = (buffer << 5) | value;
      bits += 5;
      if (bits >= 8) {
        out.put((byte) (buffer >> (bits - 8)));
        bits -= 8;
      }
    }
    return out.array();
  }
}
