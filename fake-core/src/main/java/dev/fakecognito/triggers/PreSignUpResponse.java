package dev.fakecognito.triggers;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a pre sign-up function answers: whether to confirm the user and verify their email address
 * or phone number at once. Cognito ignores all three for AdminCreateUser.
 *
 * <pre>{@code
 * fake.registerLambda(arn, Triggers.preSignUp(event -> PreSignUpResponse.autoConfirm()));
 * }</pre>
 *
 * @param autoConfirmUser confirm the user without a code ({@code autoConfirmUser})
 * @param autoVerifyEmail mark {@code email} verified ({@code autoVerifyEmail}); the user must have one
 * @param autoVerifyPhone mark {@code phone_number} verified ({@code autoVerifyPhone}); the user must
 *     have one
 */
public record PreSignUpResponse(boolean autoConfirmUser, boolean autoVerifyEmail, boolean autoVerifyPhone) {

  /**
   * Lets the sign-up go on unchanged.
   *
   * @return a response with all three flags false
   */
  public static PreSignUpResponse none() {
    return new PreSignUpResponse(false, false, false);
  }

  /**
   * Confirms the user at once, without verifying any attribute.
   *
   * @return a response with only {@code autoConfirmUser} set
   */
  public static PreSignUpResponse autoConfirm() {
    return new PreSignUpResponse(true, false, false);
  }

  /**
   * This response with {@code autoVerifyEmail} changed.
   *
   * <pre>{@code
   * PreSignUpResponse.autoConfirm().withAutoVerifyEmail(true)
   * }</pre>
   *
   * @param verify whether to mark the email address verified
   * @return a new response
   */
  public PreSignUpResponse withAutoVerifyEmail(boolean verify) {
    return new PreSignUpResponse(autoConfirmUser, verify, autoVerifyPhone);
  }

  /**
   * This response with {@code autoVerifyPhone} changed.
   *
   * @param verify whether to mark the phone number verified
   * @return a new response
   */
  public PreSignUpResponse withAutoVerifyPhone(boolean verify) {
    return new PreSignUpResponse(autoConfirmUser, autoVerifyEmail, verify);
  }

  Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("autoConfirmUser", autoConfirmUser);
    map.put("autoVerifyEmail", autoVerifyEmail);
    map.put("autoVerifyPhone", autoVerifyPhone);
    return map;
  }
}
