package dev.fakecognito.internal.users;

import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.util.ModelSupport;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordPolicyType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolTierType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;

/** Checks a password against the pool's policy with Cognito's messages. */
public final class PasswordPolicies {

  /** The prefix SignUp uses. */
  public static final String SIGN_UP = "Password did not conform with policy";
  /** The prefix the admin operations and password changes use. */
  public static final String ADMIN = "Password did not conform with password policy";

  /** Cognito's symbol set for password policies. */
  private static final String SYMBOLS = "^$*.[]{}()?\"!@#%&/\\,><':;|_~`=+- ";

  private PasswordPolicies() {}

  /**
   * Checks {@code password}.
   *
   * @param member the request member, for the model-level length check
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     if the password is missing or shorter than 6 characters (the API model's own limit)
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException if
   *     the pool's policy rejects it
   */
  public static String check(UserPoolType pool, @Nullable String password, String member, String prefix) {
    checkShape(password, member);
    PasswordPolicyType policy = pool.policies().passwordPolicy();
    if (password.codePointCount(0, password.length()) < policy.minimumLength()) {
      throw CognitoErrors.invalidPassword(prefix, "Password not long enough");
    }
    if (Boolean.TRUE.equals(policy.requireLowercase()) && password.chars().noneMatch(Character::isLowerCase)) {
      throw CognitoErrors.invalidPassword(prefix, "Password must have lowercase characters");
    }
    if (Boolean.TRUE.equals(policy.requireUppercase()) && password.chars().noneMatch(Character::isUpperCase)) {
      throw CognitoErrors.invalidPassword(prefix, "Password must have uppercase characters");
    }
    if (Boolean.TRUE.equals(policy.requireNumbers()) && password.chars().noneMatch(Character::isDigit)) {
      throw CognitoErrors.invalidPassword(prefix, "Password must have numeric characters");
    }
    if (Boolean.TRUE.equals(policy.requireSymbols()) && password.chars().noneMatch(c -> SYMBOLS.indexOf(c) >= 0)) {
      throw CognitoErrors.invalidPassword(prefix, "Password must have symbol characters");
    }
    return password;
  }

  /**
   * Checks the PasswordHistorySize of a pool's policy: 0 to 24, and above 0 only in the Essentials
   * and Plus feature plans (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-sign-in-feature-plans.html).
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     if the size is out of range
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.FeatureUnavailableInTierException
   *     if the pool is on the Lite plan
   */
  public static void checkHistorySize(PasswordPolicyType policy, @Nullable UserPoolTierType tier) {
    if (!ModelSupport.PASSWORD_HISTORY) {
      return;
    }
    Integer size = policy.passwordHistorySize();
    if (size == null) {
      return;
    }
    if (size < 0) {
      throw CognitoErrors.constraint("policies.passwordPolicy.passwordHistorySize", size,
          "Member must have value greater than or equal to 0");
    }
    if (size > User.PASSWORD_HISTORY_LIMIT) {
      throw CognitoErrors.constraint("policies.passwordPolicy.passwordHistorySize", size,
          "Member must have value less than or equal to " + User.PASSWORD_HISTORY_LIMIT);
    }
    if (size > 0 && ModelSupport.USER_POOL_TIER && tier == UserPoolTierType.LITE) {
      throw CognitoErrors.passwordHistoryUnavailableInTier();
    }
  }

  /**
   * The API model's own limits on a password (present, 6 to 256 characters), which Cognito checks
   * before anything else in the request.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     if the password breaks them
   */
  public static void checkShape(@Nullable String password, String member) {
    if (password == null) {
      throw CognitoErrors.notNull(member);
    }
    if (password.length() < 6) {
      throw CognitoErrors.invalidParameter("1 validation error detected: Value at '" + member
          + "' failed to satisfy constraint: Member must have length greater than or equal to 6");
    }
    if (password.length() > 256) {
      throw CognitoErrors.invalidParameter("1 validation error detected: Value at '" + member
          + "' failed to satisfy constraint: Member must have length less than or equal to 256");
    }
  }

  /** Generates a temporary password that satisfies the pool's policy. */
  public static String generate(UserPoolType pool) {
    PasswordPolicyType policy = pool.policies().passwordPolicy();
    String[] classes = {"ABCDEFGHJKLMNPQRSTUVWXYZ", "abcdefghijkmnopqrstuvwxyz", "23456789", "^$*.!@#%&"};
    StringBuilder password = new StringBuilder();
    int length = Math.max(policy.minimumLength(), 8);
    for (int i = 0; i < length; i++) {
      String set = classes[i % classes.length];
      password.append(set.charAt(dev.fakecognito.internal.util.Ids.randomInt(set.length())));
    }
    return password.toString();
  }
}
