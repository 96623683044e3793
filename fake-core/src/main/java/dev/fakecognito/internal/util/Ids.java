package dev.fakecognito.internal.util;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.regex.Pattern;

/** Generates identifiers and secrets in the shapes real Cognito uses. */
public final class Ids {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] ALPHANUMERIC =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
  private static final char[] LOWER_ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
  private static final Pattern POOL_ID_SUFFIX = Pattern.compile("[A-Za-z0-9]{9}");
  private static final Pattern CLIENT_ID = Pattern.compile("[a-z0-9]{26}");

  private Ids() {}

  /** A pool ID such as {@code us-east-1_AbC123xyZ}. */
  public static String userPoolId(String region) {
    return region + "_" + random(ALPHANUMERIC, 9);
  }

  /** An app client ID: 26 lowercase alphanumerics. */
  public static String clientId() {
    return random(LOWER_ALPHANUMERIC, 26);
  }

  /**
   * Checks that a pool ID chosen in advance has the shape of the ones {@link #userPoolId} makes.
   *
   * @throws IllegalArgumentException if it is not {@code <region>_} and 9 letters or digits
   */
  public static String checkUserPoolId(String id, String region) {
    if (!id.startsWith(region + "_") || !POOL_ID_SUFFIX.matcher(id.substring(region.length() + 1)).matches()) {
      throw new IllegalArgumentException("user pool ID " + id + " must be the region (" + region
          + "), an underscore and 9 letters or digits, e.g. " + region + "_TestPool1");
    }
    return id;
  }

  /**
   * Checks that an app client ID chosen in advance has the shape of the ones {@link #clientId}
   * makes.
   *
   * @throws IllegalArgumentException if it is not 26 lowercase letters or digits
   */
  public static String checkClientId(String id) {
    if (!CLIENT_ID.matcher(id).matches()) {
      throw new IllegalArgumentException("app client ID " + id
          + " must be 26 lowercase letters or digits, e.g. abcdefghijklmnopqrstuvwxyz");
    }
    return id;
  }

  /** An app client secret: 51 lowercase alphanumerics. */
  public static String clientSecret() {
    return random(LOWER_ALPHANUMERIC, 51);
  }

  /** {@code length} random letters and digits, as in the IDs of user import jobs. */
  public static String alphanumeric(int length) {
    return random(ALPHANUMERIC, length);
  }

  public static String uuid() {
    return UUID.randomUUID().toString();
  }

  /** A numeric code of {@code digits} digits, with leading zeros kept. */
  public static String numericCode(int digits) {
    StringBuilder code = new StringBuilder(digits);
    for (int i = 0; i < digits; i++) {
      code.append((char) ('0' + RANDOM.nextInt(10)));
    }
    return code.toString();
  }

  public static byte[] randomBytes(int length) {
    byte[] bytes = new byte[length];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  public static int randomInt(int bound) {
    return RANDOM.nextInt(bound);
  }

  private static String random(char[] alphabet, int length) {
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      chars[i] = alphabet[RANDOM.nextInt(alphabet.length)];
    }
    return new String(chars);
  }
}
