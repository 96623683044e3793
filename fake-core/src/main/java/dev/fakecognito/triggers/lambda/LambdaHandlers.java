package dev.fakecognito.triggers.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.fakecognito.triggers.TriggerFunction;
import dev.fakecognito.triggers.TriggerType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns a Lambda {@link RequestHandler} written against {@code aws-lambda-java-events} into the
 * function {@link dev.fakecognito.FakeCognito#registerLambda} takes, so that production trigger
 * code runs in the fake unchanged.
 *
 * <pre>{@code
 * class AutoConfirm implements RequestHandler<CognitoUserPoolPreSignUpEvent, CognitoUserPoolPreSignUpEvent> {
 *   public CognitoUserPoolPreSignUpEvent handleRequest(CognitoUserPoolPreSignUpEvent event, Context context) {
 *     event.getResponse().setAutoConfirmUser(true);
 *     return event;
 *   }
 * }
 *
 * String arn = fake.attachTrigger(poolId, LambdaHandlers.of(new AutoConfirm()));
 * }</pre>
 *
 * <p>The returned {@link TriggerFunction} knows its trigger from the event class (a {@code
 * CognitoUserPoolPreSignUpEvent} handler is a {@link TriggerType#PRE_SIGN_UP} function, a {@code
 * CognitoUserPoolPreTokenGenerationEventV2} one {@link TriggerType#PRE_TOKEN_GENERATION_V2}), so
 * {@link dev.fakecognito.FakeCognito#attachTrigger} can configure the pool with it. A handler of
 * {@code Map} events has no known trigger: name it with {@code TriggerFunction.of(TriggerType.CUSTOM_EMAIL_SENDER,
 * LambdaHandlers.of(handler))}, or register it under an ARN with {@link
 * dev.fakecognito.FakeCognito#registerLambda}.
 *
 * <p>The function builds the handler's event object from Cognito's JSON event through the event
 * class's setters, calls the handler with a {@link FakeLambdaContext}, and writes what the handler
 * returns back through its getters, leaving out null properties as the Lambda Java runtime does.
 * The result is put over the event Cognito sent, so fields the event classes lack survive: {@code
 * request.linkParameter} of {@code CognitoUserPoolCustomMessageEvent} and {@code
 * request.clientMetadata} of {@code CognitoUserPoolPreAuthenticationEvent} are still in the
 * returned event, although the handler cannot read them. A response field the class lacks, such as
 * {@code enableSMSMFA} of {@code CognitoUserPoolMigrateUserEvent.Response}, can be returned by
 * setting a subclass of the response class with a getter for it ({@code getEnableSMSMFA()}); the
 * getters of the object's own class are what is written. A handler typed on {@code Map<String,
 * Object>} gets a copy of the JSON event itself; that is the way for custom email and SMS senders,
 * which have no class in {@code aws-lambda-java-events}.
 *
 * <p>An exception from the handler goes through unchanged, so the call fails as Cognito fails it:
 * {@code UserLambdaValidationException} with "&lt;Trigger&gt; failed with error &lt;message&gt;.".
 * A handler that returns null makes the function return null, which Cognito answers with {@code
 * InvalidLambdaResponseException}.
 */
public final class LambdaHandlers {

  /** Characters Lambda allows in a function name. */
  private static final Pattern FUNCTION_NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  /**
   * Event classes by name, so that an older aws-lambda-java-events without some of them still
   * loads this class.
   */
  private static final Map<String, TriggerType> EVENT_CLASSES = Map.ofEntries(
      event("CognitoUserPoolPreSignUpEvent", TriggerType.PRE_SIGN_UP),
      event("CognitoUserPoolPostConfirmationEvent", TriggerType.POST_CONFIRMATION),
      event("CognitoUserPoolPreAuthenticationEvent", TriggerType.PRE_AUTHENTICATION),
      event("CognitoUserPoolPostAuthenticationEvent", TriggerType.POST_AUTHENTICATION),
      event("CognitoUserPoolCustomMessageEvent", TriggerType.CUSTOM_MESSAGE),
      event("CognitoUserPoolDefineAuthChallengeEvent", TriggerType.DEFINE_AUTH_CHALLENGE),
      event("CognitoUserPoolCreateAuthChallengeEvent", TriggerType.CREATE_AUTH_CHALLENGE),
      event("CognitoUserPoolVerifyAuthChallengeResponseEvent", TriggerType.VERIFY_AUTH_CHALLENGE_RESPONSE),
      event("CognitoUserPoolPreTokenGenerationEvent", TriggerType.PRE_TOKEN_GENERATION),
      event("CognitoUserPoolPreTokenGenerationEventV2", TriggerType.PRE_TOKEN_GENERATION_V2),
      event("CognitoUserPoolMigrateUserEvent", TriggerType.USER_MIGRATION));

  private LambdaHandlers() {}

  private static Map.Entry<String, TriggerType> event(String simpleName, TriggerType type) {
    return Map.entry("com.amazonaws.services.lambda.runtime.events." + simpleName, type);
  }

  /**
   * The function for a handler class whose event type can be read from its declaration, such as a
   * class that {@code implements RequestHandler<CognitoUserPoolPreSignUpEvent,
   * CognitoUserPoolPreSignUpEvent>}. Each call gets a new {@link FakeLambdaContext} named after the
   * handler's class.
   *
   * @param handler the handler
   * @return the function to register, typed with the trigger its event class belongs to
   * @throws IllegalArgumentException if the event type cannot be read, as for a lambda expression;
   *     then use {@link #of(RequestHandler, Class)}
   */
  public static TriggerFunction of(RequestHandler<?, ?> handler) {
    Objects.requireNonNull(handler, "handler");
    return adapt(handler, eventType(handler), null);
  }

  /**
   * The function for a handler of the given event class. Each call gets a new {@link
   * FakeLambdaContext} named after the handler's class.
   *
   * <pre>{@code
   * RequestHandler<CognitoUserPoolPreSignUpEvent, CognitoUserPoolPreSignUpEvent> handler = (event, context) -> {
   *   event.getResponse().setAutoConfirmUser(true);
   *   return event;
   * };
   * fake.registerLambda(arn, LambdaHandlers.of(handler, CognitoUserPoolPreSignUpEvent.class));
   * }</pre>
   *
   * @param <E> the event class
   * @param handler the handler
   * @param eventType the event class, for example {@code CognitoUserPoolPreSignUpEvent.class}
   * @return the function to register, typed with the trigger the event class belongs to
   */
  public static <E> TriggerFunction of(
      RequestHandler<E, ?> handler, Class<E> eventType) {
    Objects.requireNonNull(handler, "handler");
    Objects.requireNonNull(eventType, "eventType");
    return adapt(handler, eventType, null);
  }

  /**
   * The function for a handler of the given event class, called with the given context every time.
   *
   * @param <E> the event class
   * @param handler the handler
   * @param eventType the event class
   * @param context the context to pass, for example a mock or a {@link FakeLambdaContext}
   * @return the function to register, typed with the trigger the event class belongs to
   */
  public static <E> TriggerFunction of(
      RequestHandler<E, ?> handler, Class<E> eventType, Context context) {
    Objects.requireNonNull(handler, "handler");
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(context, "context");
    return adapt(handler, eventType, context);
  }

  @SuppressWarnings("unchecked")
  private static <E> TriggerFunction adapt(
      RequestHandler<E, ?> handler, Class<?> eventType, @Nullable Context fixedContext) {
    String functionName = functionName(handler);
    Function<Map<String, Object>, Map<String, Object>> function = event -> {
      E input = Map.class.isAssignableFrom(eventType)
          ? (E) BeanMapper.copy(event)
          : (E) BeanMapper.toBean(event, eventType);
      Context context = fixedContext != null ? fixedContext : FakeLambdaContext.forFunction("arn:aws:lambda:"
          + event.getOrDefault("region", "us-east-1") + ":000000000000:function:" + functionName);
      Object output = handler.handleRequest(input, context);
      if (output == null) {
        return null;
      }
      return BeanMapper.merge(event, BeanMapper.toJsonObject(output, handler.getClass().getName()));
    };
    TriggerType type = triggerType(eventType);
    return type == null ? TriggerFunction.of(function) : TriggerFunction.of(type, function);
  }

  /** The trigger an event class of aws-lambda-java-events belongs to, or null for a map or another class. */
  private static @Nullable TriggerType triggerType(Class<?> eventType) {
    for (Class<?> type = eventType; type != null && type != Object.class; type = type.getSuperclass()) {
      TriggerType known = EVENT_CLASSES.get(type.getName());
      if (known != null) {
        return known;
      }
    }
    return null;
  }

  private static String functionName(Object handler) {
    String name = handler.getClass().getSimpleName();
    return FUNCTION_NAME.matcher(name).matches() ? name : "cognito-trigger";
  }

  /** The first type argument of RequestHandler, looked for along the handler's class hierarchy. */
  private static Class<?> eventType(RequestHandler<?, ?> handler) {
    for (Class<?> type = handler.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
      for (Type implemented : type.getGenericInterfaces()) {
        if (implemented instanceof ParameterizedType parameterized
            && parameterized.getRawType() == RequestHandler.class) {
          Type argument = parameterized.getActualTypeArguments()[0];
          if (argument instanceof Class<?> c) {
            return c;
          }
          if (argument instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
          }
        }
      }
    }
    throw new IllegalArgumentException("Cannot tell the event type of " + handler.getClass().getName()
        + "; name it: LambdaHandlers.of(handler, CognitoUserPool...Event.class)");
  }
}
