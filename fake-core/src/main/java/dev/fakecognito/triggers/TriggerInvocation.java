package dev.fakecognito.triggers;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One invocation of a Lambda trigger, as the fake made it.
 *
 * @param functionArn the ARN configured in the pool's LambdaConfig
 * @param triggerSource the event's {@code triggerSource}, for example {@code PreSignUp_SignUp}
 * @param event the event as the handler received it (a deep copy, taken before the call)
 * @param result the event the handler returned, or {@code null} if it threw
 * @param error the handler's exception message if it threw, else {@code null}
 */
public record TriggerInvocation(
    String functionArn,
    String triggerSource,
    Map<String, Object> event,
    @Nullable Map<String, Object> result,
    @Nullable String error) {

  /** The event's {@code request} object. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> request() {
    return (Map<String, Object>) event.getOrDefault("request", Map.of());
  }

  /** The returned event's {@code response} object, or an empty map. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> response() {
    return result == null ? Map.of() : (Map<String, Object>) result.getOrDefault("response", Map.of());
  }
}
