package dev.fakecognito.internal.triggers;

import dev.fakecognito.internal.util.ModelSupport;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LambdaConfigType;

/** The Lambda triggers of a pool, with the name Cognito uses for each in its error messages. */
public enum Trigger {
  PRE_SIGN_UP("PreSignUp"),
  POST_CONFIRMATION("PostConfirmation"),
  PRE_AUTHENTICATION("PreAuthentication"),
  POST_AUTHENTICATION("PostAuthentication"),
  CUSTOM_MESSAGE("CustomMessage"),
  DEFINE_AUTH_CHALLENGE("DefineAuthChallenge"),
  CREATE_AUTH_CHALLENGE("CreateAuthChallenge"),
  VERIFY_AUTH_CHALLENGE_RESPONSE("VerifyAuthChallengeResponse"),
  PRE_TOKEN_GENERATION("PreTokenGeneration"),
  USER_MIGRATION("UserMigration"),
  CUSTOM_EMAIL_SENDER("CustomEmailSender"),
  CUSTOM_SMS_SENDER("CustomSMSSender"),
  INBOUND_FEDERATION("InboundFederation");

  private final String displayName;

  Trigger(String displayName) {
    this.displayName = displayName;
  }

  /** The name Cognito puts in front of "failed with error" in its messages. */
  public String displayName() {
    return displayName;
  }

  /** The function ARN the pool configures for this trigger, or null. */
  public @Nullable String arn(@Nullable LambdaConfigType config) {
    if (config == null) {
      return null;
    }
    // A switch rather than a function per constant: the first sign-up in a JVM reads this enum,
    // and a dozen method references cost it a dozen generated classes.
    return switch (this) {
      case PRE_SIGN_UP -> config.preSignUp();
      case POST_CONFIRMATION -> config.postConfirmation();
      case PRE_AUTHENTICATION -> config.preAuthentication();
      case POST_AUTHENTICATION -> config.postAuthentication();
      case CUSTOM_MESSAGE -> config.customMessage();
      case DEFINE_AUTH_CHALLENGE -> config.defineAuthChallenge();
      case CREATE_AUTH_CHALLENGE -> config.createAuthChallenge();
      case VERIFY_AUTH_CHALLENGE_RESPONSE -> config.verifyAuthChallengeResponse();
      case PRE_TOKEN_GENERATION -> preTokenGenerationArn(config);
      case USER_MIGRATION -> config.userMigration();
      case CUSTOM_EMAIL_SENDER -> config.customEmailSender() == null ? null : config.customEmailSender().lambdaArn();
      case CUSTOM_SMS_SENDER -> config.customSMSSender() == null ? null : config.customSMSSender().lambdaArn();
      case INBOUND_FEDERATION -> !ModelSupport.INBOUND_FEDERATION || config.inboundFederation() == null ? null
          : config.inboundFederation().lambdaArn();
    };
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
