package dev.fakecognito.internal.triggers;

import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.triggers.TriggerInvocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Calls the handlers registered for the Lambda ARNs in a pool's LambdaConfig, with the JSON event
 * Cognito would send, and records every call.
 *
 * <p>Cognito calls triggers synchronously and fails the operation when one fails
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-identity-pools-working-with-aws-lambda-triggers.html):
 * a handler that throws gives {@code UserLambdaValidationException "<Trigger> failed with error
 * <message>."}, a configured function with no handler gives {@code UnexpectedLambdaException}, and
 * callers run triggers before they change any state so that a failure leaves none behind.
 */
public final class TriggerDispatcher {

  /** What Cognito puts in {@code callerContext.clientId} for admin calls that name no app client. */
  public static final String NO_CLIENT = "CLIENT_ID_NOT_APPLICABLE";

  private final String region;
  private final ConcurrentHashMap<String, Function<Map<String, Object>, Map<String, Object>>> handlers =
      new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<TriggerInvocation> invocations = new ConcurrentLinkedQueue<>();

  public TriggerDispatcher(String region) {
    this.region = region;
  }

  public void register(String functionArn, Function<Map<String, Object>, Map<String, Object>> handler) {
    handlers.put(functionArn, handler);
  }

  public boolean configured(UserPool pool, Trigger trigger) {
    return trigger.arn(pool.config().lambdaConfig()) != null;
  }

  public List<TriggerInvocation> invocations() {
    return List.copyOf(invocations);
  }

  public void clear() {
    invocations.clear();
  }

  /**
   * Invokes a trigger if the pool configures it.
   *
   * @param clientId the app client of the call, or null for admin calls that name none
   * @param userName the event's top-level {@code userName}
   * @param request the event's {@code request} object
   * @return the handler's {@code response} object, or null if the pool configures no such trigger
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.UserLambdaValidationException
   *     if the handler throws
   */
  public @Nullable Map<String, Object> invoke(UserPool pool, Trigger trigger, String triggerSource,
      @Nullable String clientId, String userName, Map<String, Object> request) {
    return invoke(pool, trigger, triggerSource, "1", clientId, userName, request);
  }

  /** As {@link #invoke(UserPool, Trigger, String, String, String, Map)}, with the event's version. */
  public @Nullable Map<String, Object> invoke(UserPool pool, Trigger trigger, String triggerSource, String version,
      @Nullable String clientId, String userName, Map<String, Object> request) {
    String arn = trigger.arn(pool.config().lambdaConfig());
    if (arn == null) {
      return null;
    }
    Map<String, Object> event = event(pool, triggerSource, version, clientId, userName, request);
    Map<String, Object> sent = deepCopy(event);

    Function<Map<String, Object>, Map<String, Object>> handler = handlers.get(arn);
    if (handler == null) {
      invocations.add(new TriggerInvocation(arn, triggerSource, sent, null, "ResourceNotFoundException"));
      // Cognito's answer when it cannot invoke the function at all.
      throw CognitoErrors.unexpectedLambda(
          trigger.displayName() + " invocation failed due to error ResourceNotFoundException.");
    }
    Map<String, Object> result;
    try {
      result = handler.apply(deepCopy(event));
    } catch (RuntimeException e) {
      invocations.add(new TriggerInvocation(arn, triggerSource, sent, null, String.valueOf(e.getMessage())));
      throw CognitoErrors.userLambdaValidation(trigger.displayName() + " failed with error " + e.getMessage() + ".");
    }
    Map<String, Object> returned = result == null ? null : deepCopy(result);
    invocations.add(new TriggerInvocation(arn, triggerSource, sent, returned, null));
    if (returned == null) {
      throw CognitoErrors.invalidLambdaResponse("Unrecognizable lambda output");
    }
    Object response = returned.get("response");
    if (response == null) {
      return new LinkedHashMap<>();
    }
    if (!(response instanceof Map<?, ?>)) {
      throw CognitoErrors.invalidLambdaResponse("Unrecognizable lambda output");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) response;
    return map;
  }

  /**
   * Invokes a trigger Cognito calls asynchronously, such as the custom email and SMS senders
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-sender-triggers.html):
   * the call that fired it does not wait for it, so its failure, a missing handler or what it
   * returns changes nothing. Each invocation is still recorded, with the handler's error if it
   * failed. The fake calls the handler before the operation returns, so a test sees the invocation
   * at once.
   *
   * @return whether the pool configures the trigger, and so whether it was invoked
   */
  public boolean invokeAsync(UserPool pool, Trigger trigger, String triggerSource, @Nullable String clientId,
      String userName, Map<String, Object> request) {
    String arn = trigger.arn(pool.config().lambdaConfig());
    if (arn == null) {
      return false;
    }
    Map<String, Object> event = event(pool, triggerSource, "1", clientId, userName, request);
    Map<String, Object> sent = deepCopy(event);
    Function<Map<String, Object>, Map<String, Object>> handler = handlers.get(arn);
    if (handler == null) {
      invocations.add(new TriggerInvocation(arn, triggerSource, sent, null, "ResourceNotFoundException"));
      return true;
    }
    try {
      Map<String, Object> result = handler.apply(deepCopy(event));
      invocations.add(new TriggerInvocation(arn, triggerSource, sent, result == null ? null : deepCopy(result), null));
    } catch (RuntimeException e) {
      invocations.add(new TriggerInvocation(arn, triggerSource, sent, null, String.valueOf(e.getMessage())));
    }
    return true;
  }

  private Map<String, Object> event(UserPool pool, String triggerSource, String version, @Nullable String clientId,
      String userName, Map<String, Object> request) {
    Map<String, Object> callerContext = new LinkedHashMap<>();
    callerContext.put("awsSdkVersion", "aws-sdk-unknown-unknown");
    callerContext.put("clientId", clientId == null ? NO_CLIENT : clientId);
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("version", version);
    event.put("triggerSource", triggerSource);
    event.put("region", region);
    event.put("userPoolId", pool.id());
    event.put("userName", userName);
    event.put("callerContext", callerContext);
    event.put("request", request);
    event.put("response", new LinkedHashMap<String, Object>());
    return event;
  }

  /** A copy the handler cannot share with the fake's records: maps and lists are copied all the way down. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> deepCopy(Map<String, Object> map) {
    Map<String, Object> copy = new LinkedHashMap<>();
    map.forEach((key, value) -> copy.put(key, copyValue(value)));
    return copy;
  }

  @SuppressWarnings("unchecked")
  private static @Nullable Object copyValue(@Nullable Object value) {
    if (value instanceof Map<?, ?> map) {
      return deepCopy((Map<String, Object>) map);
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      list.forEach(item -> copy.add(copyValue(item)));
      return copy;
    }
    return value;
  }
}
