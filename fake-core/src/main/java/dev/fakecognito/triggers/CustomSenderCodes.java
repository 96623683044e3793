package dev.fakecognito.triggers;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * How the fake "encrypts" the {@code request.code} it passes to the custom email and SMS sender
 * triggers, and how to read it back.
 *
 * <p>Cognito encrypts the code (or the temporary password of an invitation) with the pool's KMS
 * key ({@code LambdaConfig.KMSKeyID}) through the AWS Encryption SDK, and sends the Base64 of the
 * ciphertext; a sender decrypts it with KMS
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-sender-triggers.html).
 * The fake cannot use KMS, so its {@code request.code} is only the Base64 of the code's UTF-8
 * bytes: not encrypted, and not the Encryption SDK's message format. A sender under test should
 * take its decryption step as a dependency and use {@link #decrypt(String)} in place of the KMS
 * call.
 *
 * <pre>{@code
 * String code = CustomSenderCodes.decrypt((String) invocation.request().get("code"));
 * }</pre>
 */
public final class CustomSenderCodes {

  private CustomSenderCodes() {}

  /**
   * Reads a {@code request.code} the fake sent to a custom sender.
   *
   * @param code the event's {@code request.code}
   * @return the code or temporary password in plain text
   * @throws IllegalArgumentException if {@code code} is not Base64, as a real, KMS-encrypted code
   *     from Cognito also fails here
   */
  public static String decrypt(String code) {
    Objects.requireNonNull(code, "code");
    return new String(Base64.getDecoder().decode(code), StandardCharsets.UTF_8);
  }

  /**
   * What the fake puts in {@code request.code} for a plain-text code: its UTF-8 bytes in Base64.
   *
   * @param plaintext the code or temporary password
   * @return the value of {@code request.code}
   */
  public static String encrypt(String plaintext) {
    Objects.requireNonNull(plaintext, "plaintext");
    return Base64.getEncoder().encodeToString(plaintext.getBytes(StandardCharsets.UTF_8));
  }
}
