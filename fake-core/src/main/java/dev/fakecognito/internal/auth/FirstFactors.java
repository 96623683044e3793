package dev.fakecognito.internal.auth;

import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.users.User;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFactorType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignInPolicyType;

/**
 * The first factors of choice-based sign-in (USER_AUTH) a user can use: those the pool's
 * SignInPolicy allows (only PASSWORD when it has none) and the user has the means for.
 */
public final class FirstFactors {

  /** The text of a one-time sign-in code; Cognito's default wording is assumed. */
  static final String MESSAGE = "Your sign-in code is {####}. ";

  private FirstFactors() {}

  /** The pool's allowed first factors. */
  public static List<AuthFactorType> allowed(UserPool pool) {
    SignInPolicyType policy = pool.config().policies() == null ? null : pool.config().policies().signInPolicy();
    if (policy == null || policy.allowedFirstAuthFactors().isEmpty()) {
      return List.of(AuthFactorType.PASSWORD);
    }
    return policy.allowedFirstAuthFactors();
  }

  /**
   * The challenges the user may pick in SELECT_CHALLENGE, in Cognito's order: PASSWORD and
   * PASSWORD_SRP, then EMAIL_OTP and SMS_OTP for a verified email address or phone number, then
   * WEB_AUTHN for a user with a passkey (its place is assumed). The caller holds the pool's lock.
   */
  public static List<String> available(UserPool pool, User user) {
    List<AuthFactorType> allowed = allowed(pool);
    List<String> challenges = new ArrayList<>();
    if (allowed.contains(AuthFactorType.PASSWORD) && user.password() != null) {
      challenges.add("PASSWORD");
      challenges.add("PASSWORD_SRP");
    }
    if (allowed.contains(AuthFactorType.EMAIL_OTP) && user.attribute("email") != null && user.isVerified("email")) {
      challenges.add("EMAIL_OTP");
    }
    if (allowed.contains(AuthFactorType.SMS_OTP) && user.attribute("phone_number") != null
        && user.isVerified("phone_number")) {
      challenges.add("SMS_OTP");
    }
    if (allowed.contains(AuthFactorType.WEB_AUTHN) && !user.passkeys().isEmpty()) {
      challenges.add("WEB_AUTHN");
    }
    return challenges;
  }

  /** The factors GetUserAuthFactors reports as configured for the user. */
  public static List<AuthFactorType> configured(UserPool pool, User user) {
    List<AuthFactorType> factors = new ArrayList<>();
    for (String challenge : available(pool, user)) {
      switch (challenge) {
        case "PASSWORD" -> factors.add(AuthFactorType.PASSWORD);
        case "EMAIL_OTP" -> factors.add(AuthFactorType.EMAIL_OTP);
        case "SMS_OTP" -> factors.add(AuthFactorType.SMS_OTP);
        case "WEB_AUTHN" -> factors.add(AuthFactorType.WEB_AUTHN);
        default -> { }
      }
    }
    return factors;
  }
}
