package dev.fakecognito.internal.util;

import java.security.SecureRandom;
import java.util.UUID;

/** Generates identifiers and secrets in the shapes real Cognito uses. */
public final class Ids {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] ALPHANUMERIC =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
  private static final char[] LOWER_ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

  private Ids() {}

  /** A pool ID such as {@code us-east-1_AbC123xyZ}. */
  public static String userPoolId(String region) {
    return region + "_" + random(ALPHANUMERIC, 9);
  }

  /** An app client ID: 26 lowercase alphanumerics. */
  public static String clientId() {
    return random(LOWER_ALPHANUMERIC, 26);
  }

  /** An app client secret: 51 lowercase alphanumerics. */
  public static String clientSecret() {
    return random(LOWER_ALPHANUMERIC, 51);
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
