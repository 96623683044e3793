package dev.fakecognito.internal.triggers;

import dev.fakecognito.internal.util.ModelSupport;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LambdaConfigType;

/** The Lambda triggers of a pool, with the name Cognito uses for each in its error messages. */
public enum Trigger {
  PRE_SIGN_UP("PreSignUp", LambdaConfigType::preSignUp),
  POST_CONFIRMATION("PostConfirmation", LambdaConfigType::postConfirmation),
  PRE_AUTHENTICATION("PreAuthentication", LambdaConfigType::preAuthentication),
  POST_AUTHENTICATION("PostAuthentication", LambdaConfigType::postAuthentication),
  CUSTOM_MESSAGE("CustomMessage", LambdaConfigType::customMessage),
  DEFINE_AUTH_CHALLENGE("DefineAuthChallenge", LambdaConfigType::defineAuthChallenge),
  CREATE_AUTH_CHALLENGE("CreateAuthChallenge", LambdaConfigType::createAuthChallenge),
  VERIFY_AUTH_CHALLENGE_RESPONSE("VerifyAuthChallengeResponse", LambdaConfigType::verifyAuthChallengeResponse),
  PRE_TOKEN_GENERATION("PreTokenGeneration", Trigger::preTokenGenerationArn),
  USER_MIGRATION("UserMigration", LambdaConfigType::userMigration),
  CUSTOM_EMAIL_SENDER("CustomEmailSender",
      config -> config.customEmailSender() == null ? null : config.customEmailSender().lambdaArn()),
  CUSTOM_SMS_SENDER("CustomSMSSender",
      config -> config.customSMSSender() == null ? null : config.customSMSSender().lambdaArn());

  private final String displayName;
  private final Function<LambdaConfigType, @Nullable String> arn;

  Trigger(String displayName, Function<LambdaConfigType, @Nullable String> arn) {
    this.displayName = displayName;
    this.arn = arn;
  }

  /** The name Cognito puts in front of "failed with error" in its messages. */
  public String displayName() {
    return displayName;
  }

  /** The function ARN the pool configures for this trigger, or null. */
  public @Nullable String arn(@Nullable LambdaConfigType config) {
    return config == null ? null : arn.apply(config);
  }

  /** PreTokenGenerationConfig, when present, takes precedence over the older PreTokenGeneration. */
  private static @Nullable String preTokenGenerationArn(LambdaConfigType config) {
    if (ModelSupport.PRE_TOKEN_GENERATION_CONFIG && config.preTokenGenerationConfig() != null
        && config.preTokenGenerationConfig().lambdaArn() != null) {
      return config.preTokenGenerationConfig().lambdaArn();
    }
    return config.preTokenGeneration();
  }
}
