package dev.fakecognito.triggers;

/**
 * The Lambda triggers of a user pool, one per function a pool's {@code LambdaConfig} can name.
 * {@link dev.fakecognito.FakeCognito#attachTrigger} reads it to know which member to set.
 *
 * <p>The pre token generation trigger has one constant per event version, since the version is
 * part of the pool's configuration ({@code PreTokenGenerationConfig.LambdaVersion}) and decides
 * the shape of the event.
 *
 * @since 0.1.0
 */
public enum TriggerType {
  /** {@code LambdaConfig.PreSignUp}. */
  PRE_SIGN_UP,
  /** {@code LambdaConfig.CustomMessage}. */
  CUSTOM_MESSAGE,
  /** {@code LambdaConfig.PostConfirmation}. */
  POST_CONFIRMATION,
  /** {@code LambdaConfig.PreAuthentication}. */
  PRE_AUTHENTICATION,
  /** {@code LambdaConfig.PostAuthentication}. */
  POST_AUTHENTICATION,
  /** {@code LambdaConfig.DefineAuthChallenge}. */
  DEFINE_AUTH_CHALLENGE,
  /** {@code LambdaConfig.CreateAuthChallenge}. */
  CREATE_AUTH_CHALLENGE,
  /** {@code LambdaConfig.VerifyAuthChallengeResponse}. */
  VERIFY_AUTH_CHALLENGE_RESPONSE,
  /**
   * {@code LambdaConfig.PreTokenGeneration}, and {@code PreTokenGenerationConfig} with {@code
   * LambdaVersion V1_0}: the first version's event.
   */
  PRE_TOKEN_GENERATION,
  /** {@code LambdaConfig.PreTokenGenerationConfig} with {@code LambdaVersion V2_0}. */
  PRE_TOKEN_GENERATION_V2,
  /**
   * {@code LambdaConfig.PreTokenGenerationConfig} with {@code LambdaVersion V3_0}: the second
   * version's event, also sent for machine-to-machine tokens.
   */
  PRE_TOKEN_GENERATION_V3,
  /** {@code LambdaConfig.UserMigration}. */
  USER_MIGRATION,
  /** {@code LambdaConfig.CustomEmailSender} ({@code LambdaVersion V1_0}), which also needs a {@code KMSKeyID}. */
  CUSTOM_EMAIL_SENDER,
  /** {@code LambdaConfig.CustomSMSSender} ({@code LambdaVersion V1_0}), which also needs a {@code KMSKeyID}. */
  CUSTOM_SMS_SENDER,
  /**
   * {@code LambdaConfig.InboundFederation} ({@code LambdaVersion V1_0}); needs an AWS SDK whose
   * model has it (2.57 or later).
   */
  INBOUND_FEDERATION
}
