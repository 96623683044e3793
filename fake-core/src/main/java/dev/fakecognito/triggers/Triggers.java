package dev.fakecognito.triggers;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Turns typed trigger handlers into the JSON-shaped functions {@link
 * dev.fakecognito.FakeCognito#registerLambda} takes.
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
   * @return the function to register
   */
  public static Function<Map<String, Object>, Map<String, Object>> preSignUp(PreSignUpHandler handler) {
    Objects.requireNonNull(handler, "handler");
    return event -> respond(event, handler.handle(PreSignUpEvent.from(event)), PreSignUpResponse::toMap);
  }

  /**
   * A post confirmation function.
   *
   * @param handler the handler
   * @return the function to register
   */
  public static Function<Map<String, Object>, Map<String, Object>> postConfirmation(
      PostConfirmationHandler handler) {
    Objects.requireNonNull(handler, "handler");
    return event -> {
      handler.handle(PostConfirmationEvent.from(event));
      return event;
    };
  }

  /**
   * A pre authentication function.
   *
   * @param handler the handler
   * @return the function to register
   */
  public static Function<Map<String, Object>, Map<String, Object>> preAuthentication(
      PreAuthenticationHandler handler) {
    Objects.requireNonNull(handler, "handler");
    return event -> {
      handler.handle(PreAuthenticationEvent.from(event));
      return event;
    };
  }

  /**
   * A post authentication function.
   *
   * @param handler the handler
   * @return the function to register
   */
  public static Function<Map<String, Object>, Map<String, Object>> postAuthentication(
      PostAuthenticationHandler handler) {
    Objects.requireNonNull(handler, "handler");
    return event -> {
      handler.handle(PostAuthenticationEvent.from(event));
      return event;
    };
  }

  /**
   * A custom message function.
   *
   * @param handler the handler
   * @return the function to register
   */
  public static Function<Map<String, Object>, Map<String, Object>> customMessage(CustomMessageHandler handler) {
    Objects.requireNonNull(handler, "handler");
    return event -> respond(event, handler.handle(CustomMessageEvent.from(event)), CustomMessageResponse::toMap);
  }

  /**
   * A define auth challenge function.
   *
   * @param handler the handler
   * @return the function to register
   */
  public static Function<Map<String, Object>, Map<String, Object>> defineAuthChallenge(
      DefineAuthChallengeHandler handler) {
    Objects.requireNonNull(handler, "handler");
    return event -> respond(
        event, handler.handle(DefineAuthChallengeEvent.from(event)), DefineAuthChallengeResponse::toMap);
  }

  /**
   * A create auth challenge function.
   *
   * @param handler the handler
   * @return the function to register
   */
  public static Function<Map<String, Object>, Map<String, Object>> createAuthChallenge(
      CreateAuthChallengeHandler handler) {
    Objects.requireNonNull(handler, "handler");
    return event -> respond(
        event, handler.handle(CreateAuthChallengeEvent.from(event)), CreateAuthChallengeResponse::toMap);
  }

  /**
   * A verify auth challenge response function.
   *
   * @param handler the handler
   * @return the function to register
   */
  public static Function<Map<String, Object>, Map<String, Object>> verifyAuthChallengeResponse(
      VerifyAuthChallengeResponseHandler handler) {
    Objects.requireNonNull(handler, "handler");
    return event -> respond(event, handler.handle(VerifyAuthChallengeResponseEvent.from(event)),
        VerifyAuthChallengeResponseResponse::toMap);
  }

  /**
   * A pre token generation function in the first version's shape.
   *
   * @param handler the handler
   * @return the function to register
   */
  public static Function<Map<String, Object>, Map<String, Object>> preTokenGeneration(
      PreTokenGenerationHandler handler) {
    Objects.requireNonNull(handler, "handler");
    return event -> respond(
        event, handler.handle(PreTokenGenerationEvent.from(event)), PreTokenGenerationResponse::toMap);
  }

  /**
   * A pre token generation function in the shape of versions 2 and 3; configure the pool with
   * {@code PreTokenGenerationConfig} and {@code LambdaVersion V2_0} or {@code V3_0}.
   *
   * @param handler the handler
   * @return the function to register
   */
  public static Function<Map<String, Object>, Map<String, Object>> preTokenGenerationV2(
      PreTokenGenerationV2Handler handler) {
    Objects.requireNonNull(handler, "handler");
    return event -> respond(
        event, handler.handle(PreTokenGenerationV2Event.from(event)), PreTokenGenerationV2Response::toMap);
  }

  /**
   * A user migration function.
   *
   * @param handler the handler
   * @return the function to register
   */
  public static Function<Map<String, Object>, Map<String, Object>> userMigration(UserMigrationHandler handler) {
    Objects.requireNonNull(handler, "handler");
    return event -> respond(event, handler.handle(UserMigrationEvent.from(event)), UserMigrationResponse::toMap);
  }

  /**
   * A custom email sender or custom SMS sender function; configure the pool with {@code
   * LambdaConfig.CustomEmailSender} or {@code CustomSMSSender} ({@code LambdaVersion V1_0}) and a
   * {@code KMSKeyID}. The event's {@code request.code} is "encrypted" the fake's way, not with KMS:
   * see {@link CustomSenderCodes}.
   *
   * @param handler the handler
   * @return the function to register
   */
  public static Function<Map<String, Object>, Map<String, Object>> customSender(CustomSenderHandler handler) {
    Objects.requireNonNull(handler, "handler");
    return event -> {
      handler.handle(CustomSenderEvent.from(event));
      return event;
    };
  }

  private static <R> @Nullable Map<String, Object> respond(
      Map<String, Object> event, @Nullable R response, Function<R, Map<String, Object>> toMap) {
    return response == null ? null : EventMaps.withResponse(event, toMap.apply(response));
  }
}
