package dev.fakecognito.triggers;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A Lambda function as the fake runs it: Cognito's JSON event in, the event with its {@code
 * response} out, together with the trigger it was written for, if that is known.
 *
 * <p>{@link Triggers} and {@link dev.fakecognito.triggers.lambda.LambdaHandlers} make these. The
 * trigger type lets {@link dev.fakecognito.FakeCognito#attachTrigger} configure a pool in one step;
 * {@link dev.fakecognito.FakeCognito#registerLambda} takes any function, typed or not.
 *
 * <pre>{@code
 * String arn = fake.attachTrigger(poolId, Triggers.preSignUp(event -> PreSignUpResponse.autoConfirm()));
 * fake.attachTrigger(poolId, TriggerFunction.of(TriggerType.CUSTOM_EMAIL_SENDER, event -> event));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class TriggerFunction implements Function<Map<String, Object>, Map<String, Object>> {

  private final @Nullable TriggerType type;
  private final Function<Map<String, Object>, Map<String, Object>> function;

  private TriggerFunction(
      @Nullable TriggerType type, Function<Map<String, Object>, Map<String, Object>> function) {
    this.type = type;
    this.function = function;
  }

  /**
   * A function for the given trigger. Wrapping another {@code TriggerFunction} replaces its type,
   * as for a pre token generation function of the second version's shape run as version 3.
   *
   * @param type the trigger
   * @param function the function, taking and returning Cognito's JSON event
   * @return the typed function
   */
  public static TriggerFunction of(
      TriggerType type, Function<Map<String, Object>, Map<String, Object>> function) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(function, "function");
    return new TriggerFunction(type, unwrap(function));
  }

  /**
   * A function whose trigger is not known, such as a handler of raw JSON events; {@link
   * dev.fakecognito.FakeCognito#registerLambda} takes it, {@link
   * dev.fakecognito.FakeCognito#attachTrigger} needs it given a type with {@link
   * #of(TriggerType, Function)}.
   *
   * @param function the function, taking and returning Cognito's JSON event
   * @return the untyped function
   */
  public static TriggerFunction of(Function<Map<String, Object>, Map<String, Object>> function) {
    Objects.requireNonNull(function, "function");
    return new TriggerFunction(null, unwrap(function));
  }

  /**
   * Returns the trigger this function was written for, or empty if that is not known.
   *
   * @return the trigger type
   */
  public Optional<TriggerType> type() {
    return Optional.ofNullable(type);
  }

  /**
   * Runs the function on an event.
   *
   * @param event Cognito's JSON event
   * @return the event with its {@code response} set, or {@code null}, which Cognito answers with
   *     {@code InvalidLambdaResponseException}
   */
  @Override
  public @Nullable Map<String, Object> apply(Map<String, Object> event) {
    return function.apply(event);
  }

  @Override
  public String toString() {
    return "TriggerFunction[" + (type == null ? "untyped" : type) + "]";
  }

  private static Function<Map<String, Object>, Map<String, Object>> unwrap(
      Function<Map<String, Object>, Map<String, Object>> function) {
    return function instanceof TriggerFunction typed ? typed.function : function;
  }
}
