package dev.fakecognito.internal.pools;

import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.triggers.FunctionArns;
import dev.fakecognito.internal.util.Ids;
import dev.fakecognito.internal.util.ModelSupport;
import dev.fakecognito.triggers.TriggerType;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CustomEmailLambdaVersionConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CustomEmailSenderLambdaVersionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CustomSMSLambdaVersionConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CustomSMSSenderLambdaVersionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InboundFederationLambdaType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LambdaConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreTokenGenerationVersionConfigType;

/**
 * A pool's LambdaConfig: the API model's checks of the ARNs in it, and attaching one trigger
 * without touching the rest of the pool.
 */
public final class LambdaConfigs {

  /** The API model's ArnType, which every function ARN and the KMS key ID of LambdaConfig follow. */
  private static final String ARN_RULE =
      "arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?";
  private static final Pattern ARN = Pattern.compile(ARN_RULE);

  private LambdaConfigs() {}

  /**
   * Checks every ARN of a CreateUserPool or UpdateUserPool LambdaConfig against the API model,
   * in the model's member order, and reports the first that fails.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     if an ARN is shorter than 20 characters, longer than 2048 or not of the ARN pattern
   */
  static void check(@Nullable LambdaConfigType config) {
    if (config == null) {
      return;
    }
    checkArn("preSignUp", config.preSignUp());
    checkArn("customMessage", config.customMessage());
    checkArn("postConfirmation", config.postConfirmation());
    checkArn("preAuthentication", config.preAuthentication());
    checkArn("postAuthentication", config.postAuthentication());
    checkArn("defineAuthChallenge", config.defineAuthChallenge());
    checkArn("createAuthChallenge", config.createAuthChallenge());
    checkArn("verifyAuthChallengeResponse", config.verifyAuthChallengeResponse());
    checkArn("preTokenGeneration", config.preTokenGeneration());
    checkArn("userMigration", config.userMigration());
    if (ModelSupport.PRE_TOKEN_GENERATION_CONFIG && config.preTokenGenerationConfig() != null) {
      checkArn("preTokenGenerationConfig.lambdaArn", config.preTokenGenerationConfig().lambdaArn());
    }
    if (config.customSMSSender() != null) {
      checkArn("customSMSSender.lambdaArn", config.customSMSSender().lambdaArn());
    }
    if (config.customEmailSender() != null) {
      checkArn("customEmailSender.lambdaArn", config.customEmailSender().lambdaArn());
    }
    if (ModelSupport.INBOUND_FEDERATION && config.inboundFederation() != null) {
      checkArn("inboundFederation.lambdaArn", config.inboundFederation().lambdaArn());
    }
    checkArn("kMSKeyID", config.kmsKeyID());
  }

  private static void checkArn(String member, @Nullable String arn) {
    if (arn == null) {
      return;
    }
    String path = "lambdaConfig." + member;
    if (arn.length() < 20) {
      throw CognitoErrors.constraint(path, arn, "Member must have length greater than or equal to 20");
    }
    if (arn.length() > 2048) {
      throw CognitoErrors.constraint(path, arn, "Member must have length less than or equal to 2048");
    }
    if (!ARN.matcher(arn).matches()) {
      throw CognitoErrors.constraint(path, arn, "Member must satisfy regular expression pattern: " + ARN_RULE);
    }
  }

  /**
   * Registers {@code handler} under an ARN made for the pool and trigger, and points the pool's
   * LambdaConfig member for the trigger at it, leaving every other setting as it was. A custom
   * sender also needs a KMS key; if the pool names none, a made-up key ARN is set.
   *
   * @return the function's ARN
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException
   *     if there is no such pool
   */
  public static String attach(Backend backend, @Nullable String userPoolId, TriggerType type,
      Function<Map<String, Object>, Map<String, Object>> handler) {
    UserPool pool = backend.pool(userPoolId);
    String arn = FunctionArns.attached(backend.region(), pool.id(), functionName(type));
    backend.triggers().register(arn, handler);
    pool.lock().lock();
    try {
      LambdaConfigType current = pool.config().lambdaConfig();
      LambdaConfigType.Builder config = current == null ? LambdaConfigType.builder() : current.toBuilder();
      set(config, type, arn);
      if ((type == TriggerType.CUSTOM_EMAIL_SENDER || type == TriggerType.CUSTOM_SMS_SENDER)
          && (current == null || current.kmsKeyID() == null)) {
        config.kmsKeyID("arn:aws:kms:" + backend.region() + ":" + FunctionArns.ACCOUNT_ID + ":key/" + Ids.uuid());
      }
      pool.config(pool.config().toBuilder()
          .lambdaConfig(config.build())
          .lastModifiedDate(backend.clock().instant())
          .build());
    } finally {
      pool.lock().unlock();
    }
    return arn;
  }

  private static void set(LambdaConfigType.Builder config, TriggerType type, String arn) {
    switch (type) {
      case PRE_SIGN_UP -> config.preSignUp(arn);
      case CUSTOM_MESSAGE -> config.customMessage(arn);
      case POST_CONFIRMATION -> config.postConfirmation(arn);
      case PRE_AUTHENTICATION -> config.preAuthentication(arn);
      case POST_AUTHENTICATION -> config.postAuthentication(arn);
      case DEFINE_AUTH_CHALLENGE -> config.defineAuthChallenge(arn);
      case CREATE_AUTH_CHALLENGE -> config.createAuthChallenge(arn);
      case VERIFY_AUTH_CHALLENGE_RESPONSE -> config.verifyAuthChallengeResponse(arn);
      // Where both members name a function they must name the same one, so both are set
      // (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_LambdaConfigType.html).
      case PRE_TOKEN_GENERATION -> preTokenGeneration(config, arn, "V1_0");
      case PRE_TOKEN_GENERATION_V2 -> preTokenGeneration(config, arn, "V2_0");
      case PRE_TOKEN_GENERATION_V3 -> preTokenGeneration(config, arn, "V3_0");
      case USER_MIGRATION -> config.userMigration(arn);
      case CUSTOM_EMAIL_SENDER -> config.customEmailSender(CustomEmailLambdaVersionConfigType.builder()
          .lambdaArn(arn).lambdaVersion(CustomEmailSenderLambdaVersionType.V1_0).build());
      case CUSTOM_SMS_SENDER -> config.customSMSSender(CustomSMSLambdaVersionConfigType.builder()
          .lambdaArn(arn).lambdaVersion(CustomSMSSenderLambdaVersionType.V1_0).build());
      case INBOUND_FEDERATION -> inboundFederation(config, arn);
    }
  }

  private static void inboundFederation(LambdaConfigType.Builder config, String arn) {
    if (!ModelSupport.INBOUND_FEDERATION) {
      throw new IllegalStateException("The inbound federation trigger needs an AWS SDK whose LambdaConfigType "
          + "has InboundFederation (2.57 or later)");
    }
    config.inboundFederation(InboundFederationLambdaType.builder().lambdaArn(arn).lambdaVersion("V1_0").build());
  }

  private static void preTokenGeneration(LambdaConfigType.Builder config, String arn, String version) {
    if (!ModelSupport.PRE_TOKEN_GENERATION_CONFIG) {
      // An SDK older than PreTokenGenerationConfig knows only the first version.
      if (!version.equals("V1_0")) {
        throw new IllegalStateException("Pre token generation " + version
            + " needs an AWS SDK whose LambdaConfigType has PreTokenGenerationConfig (2.21 or later)");
      }
      config.preTokenGeneration(arn);
      return;
    }
    config.preTokenGeneration(arn).preTokenGenerationConfig(
        PreTokenGenerationVersionConfigType.builder().lambdaArn(arn).lambdaVersion(version).build());
  }

  /** {@code PRE_SIGN_UP} becomes {@code PreSignUp}. */
  private static String functionName(TriggerType type) {
    StringBuilder name = new StringBuilder();
    for (String word : type.name().split("_")) {
      name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return name.toString();
  }
}
