package dev.fakecognito.internal.util;

/** Masks a destination the way Cognito shows it in {@code CodeDeliveryDetails}. */
public final class Masking {

  private Masking() {}

  /** {@code alice@example.com} becomes {@code a***@e***}. */
  public static String email(String email) {
    int at = email.indexOf('@');
    if (at <= 0 || at == email.length() - 1) {
      return email.charAt(0) + "***";
    }
    return email.charAt(0) + "***@" + email.charAt(at + 1) + "***";
  }

  /** {@code +15555552076} becomes {@code +*******2076}: one star for each hidden digit. */
  public static String phone(String phone) {
    int visible = Math.min(4, phone.length());
    int start = phone.startsWith("+") ? 1 : 0;
    StringBuilder masked = new StringBuilder(phone.substring(0, start));
    for (int i = start; i < phone.length() - visible; i++) {
      masked.append('*');
    }
    return masked.append(phone.substring(phone.length() - visible)).toString();
  }
}
