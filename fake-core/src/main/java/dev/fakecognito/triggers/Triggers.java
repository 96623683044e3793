package dev.fakecognito.triggers;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Turns typed trigger handlers into the JSON-shaped functions {@link
 * dev.fakecognito.FakeCognito#attachTrigger} and {@link dev.fakecognito.FakeCognito#registerLambda}
 * take. Each function knows its trigger ({@link TriggerFunction#type()}), so attaching it to a pool
 * is one step.
 *
 * <p>Each function reads Cognito's event (maps, lists, strings and booleans) into the trigger's
 * event record, calls the handler, and returns the event with its {@code response} set from the
 * handler's response record, under Cognito's JSON field names. Null fields of a response are left
 * out, as Cognito treats a missing field and a null one alike. An exception from the handler goes
 * through unchanged, so the call fails as Cognito fails it: {@code UserLambdaValidationException}
 * with "&lt;Trigger&gt; failed with error &lt;message&gt;.". A handler that returns null makes the
 * function return null, which Cognito answers with {@code InvalidLambdaResponseException}.
 *
 * <pre>{@code
 * FakeCognito fake = FakeCognito.create();
 * String poolId = fake.client().createUserPool(r -> r.poolName("app")).userPool().id();
 * fake.attachTrigger(poolId, Triggers.preSignUp(event -> PreSignUpResponse.autoConfirm()));
 *
 * // or, with an ARN of your choice, in two steps:
 * String arn = "arn:aws:lambda:us-east-1:123456789012:function:pre-sign-up";
 * fake.registerLambda(arn, Triggers.preSignUp(event -> PreSignUpResponse.autoConfirm()));
 * fake.client().createUserPool(r -> r.poolName("app").lambdaConfig(c -> c.preSignUp(arn)));
 * }</pre>
 *
 * <p>For handler classes written against {@code aws-lambda-java-events}, use {@link
 * dev.fakecognito.triggers.lambda.LambdaHandlers} instead.
 */
public final class Triggers {

  private Triggers() {}

  /**
   * A pre sign-up function.
   *
   * @param handler the handler
   * @return the function, typed with its trigger, to register or attach
   */
  public static TriggerFunction preSignUp(PreSignUpHandler handler) {
    Objects.requireNonNull(handler, "handler");
    return TriggerFunction.of(TriggerType.PRE_SIGN_UP,
        event -> respond(event, handler.handle(PreSignUpEvent.from(event)), PreSignUpResponse::toMap));
  }

  /**
   * A post confirmation function.
   *
   * @param handler the handler
   * @return the function, typed with its trigger, to register or attach
   */
  public static TriggerFunction postConfirmation(PostConfirmationHandler handler) {
    Objects.requireNonNull(handler, "handler");
    return TriggerFunction.of(TriggerType.POST_CONFIRMATION, event -> {
      handler.handle(PostConfirmationEvent.from(event));
      return event;
    });
  }

  /**
   * A pre authentication function.
   *
   * @param handler the handler
   * @return the function, typed with its trigger, to register or attach
   */
  public static TriggerFunction preAuthentication(PreAuthenticationHandler handler) {
    Objects.requireNonNull(handler, "handler");
    return TriggerFunction.of(TriggerType.PRE_AUTHENTICATION, event -> {
      handler.handle(PreAuthenticationEvent.from(event));
      return event;
    });
  }

  /**
   * A post authentication function.
   *
   * @param handler the handler
   * @return the function, typed with its trigger, to register or attach
   */
  public static TriggerFunction postAuthentication(PostAuthenticationHandler handler) {
    Objects.requireNonNull(handler, "handler");
    return TriggerFunction.of(TriggerType.POST_AUTHENTICATION, event -> {
      handler.handle(PostAuthenticationEvent.from(event));
      return event;
    });
  }

  /**
   * A custom message function.
   *
   * @param handler the handler
   * @return the function, typed with its trigger, to register or attach
   */
  public static TriggerFunction customMessage(CustomMessageHandler handler) {
    Objects.requireNonNull(handler, "handler");
    return TriggerFunction.of(TriggerType.CUSTOM_MESSAGE,
        event -> respond(event, handler.handle(CustomMessageEvent.from(event)), CustomMessageResponse::toMap));
  }

  /**
   * A define auth challenge function.
   *
   * @param handler the handler
   * @return the function, typed with its trigger, to register or attach
   */
  public static TriggerFunction defineAuthChallenge(DefineAuthChallengeHandler handler) {
    Objects.requireNonNull(handler, "handler");
    return TriggerFunction.of(TriggerType.DEFINE_AUTH_CHALLENGE, event -> respond(
        event, handler.handle(DefineAuthChallengeEvent.from(event)), DefineAuthChallengeResponse::toMap));
  }

  /**
   * A create auth challenge function.
   *
   * @param handler the handler
   * @return the function, typed with its trigger, to register or attach
   */
  public static TriggerFunction createAuthChallenge(CreateAuthChallengeHandler handler) {
    Objects.requireNonNull(handler, "handler");
    return TriggerFunction.of(TriggerType.CREATE_AUTH_CHALLENGE, event -> respond(
        event, handler.handle(CreateAuthChallengeEvent.from(event)), CreateAuthChallengeResponse::toMap));
  }

  /**
   * A verify auth challenge response function.
   *
   * @param handler the handler
   * @return the function, typed with its trigger, to register or attach
   */
  public static TriggerFunction verifyAuthChallengeResponse(VerifyAuthChallengeResponseHandler handler) {
    Objects.requireNonNull(handler, "handler");
    return TriggerFunction.of(TriggerType.VERIFY_AUTH_CHALLENGE_RESPONSE, event -> respond(event, handler.handle(VerifyAuthChallengeResponseEvent.from(event)),
        VerifyAuthChallengeResponseResponse::toMap));
  }

  /**
   * A pre token generation function in the first version's shape.
   *
   * @param handler the handler
   * @return the function, typed with its trigger, to register or attach
   */
  public static TriggerFunction preTokenGeneration(PreTokenGenerationHandler handler) {
    Objects.requireNonNull(handler, "handler");
    return TriggerFunction.of(TriggerType.PRE_TOKEN_GENERATION, event -> respond(
        event, handler.handle(PreTokenGenerationEvent.from(event)), PreTokenGenerationResponse::toMap));
  }

  /**
   * A pre token generation function in the shape of versions 2 and 3; configure the pool with
   * {@code PreTokenGenerationConfig} and {@code LambdaVersion V2_0} or {@code V3_0}. The function's
   * type is {@link TriggerType#PRE_TOKEN_GENERATION_V2}; for version 3, wrap it: {@code
   * TriggerFunction.of(TriggerType.PRE_TOKEN_GENERATION_V3, Triggers.preTokenGenerationV2(handler))}.
   *
   * @param handler the handler
   * @return the function, typed with its trigger, to register or attach
   */
  public static TriggerFunction preTokenGenerationV2(PreTokenGenerationV2Handler handler) {
    Objects.requireNonNull(handler, "handler");
    return TriggerFunction.of(TriggerType.PRE_TOKEN_GENERATION_V2, event -> respond(
        event, handler.handle(PreTokenGenerationV2Event.from(event)), PreTokenGenerationV2Response::toMap));
  }

  /**
   * A user migration function.
   *
   * @param handler the handler
   * @return the function, typed with its trigger, to register or attach
   */
  public static TriggerFunction userMigration(UserMigrationHandler handler) {
    Objects.requireNonNull(handler, "handler");
    return TriggerFunction.of(TriggerType.USER_MIGRATION,
        event -> respond(event, handler.handle(UserMigrationEvent.from(event)), UserMigrationResponse::toMap));
  }

  /**
   * A custom email sender function, for {@code LambdaConfig.CustomEmailSender}. The event's {@code
   * request.code} is "encrypted" the fake's way, not with KMS: see {@link CustomSenderCodes}.
   *
   * @param handler the handler
   * @return the function, typed with its trigger, to register or attach
   * @since 0.1.0
   */
  public static TriggerFunction customEmailSender(CustomSenderHandler handler) {
    return TriggerFunction.of(TriggerType.CUSTOM_EMAIL_SENDER, customSender(handler));
  }

  /**
   * A custom SMS sender function, for {@code LambdaConfig.CustomSMSSender}. The event's {@code
   * request.code} is "encrypted" the fake's way, not with KMS: see {@link CustomSenderCodes}.
   *
   * @param handler the handler
   * @return the function, typed with its trigger, to register or attach
   * @since 0.1.0
   */
  public static TriggerFunction customSmsSender(CustomSenderHandler handler) {
    return TriggerFunction.of(TriggerType.CUSTOM_SMS_SENDER, customSender(handler));
  }

  /**
   * A custom email sender or custom SMS sender function, of no set trigger type; configure the
   * pool with {@code LambdaConfig.CustomEmailSender} or {@code CustomSMSSender} ({@code
   * LambdaVersion V1_0}) and a {@code KMSKeyID}, or use {@link #customEmailSender} or {@link
   * #customSmsSender} with {@link dev.fakecognito.FakeCognito#attachTrigger}. The event's {@code
   * request.code} is "encrypted" the fake's way, not with KMS: see {@link CustomSenderCodes}.
   *
   * @param handler the handler
   * @return the untyped function, to register
   */
  public static TriggerFunction customSender(CustomSenderHandler handler) {
    Objects.requireNonNull(handler, "handler");
    return TriggerFunction.of(event -> {
      handler.handle(CustomSenderEvent.from(event));
      return event;
    });
  }

  private static <R> @Nullable Map<String, Object> respond(
      Map<String, Object> event, @Nullable R response, Function<R, Map<String, Object>> toMap) {
    return response == null ? null : EventMaps.withResponse(event, toMap.apply(response));
  }
}
