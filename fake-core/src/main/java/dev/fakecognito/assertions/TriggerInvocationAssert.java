package dev.fakecognito.assertions;

import dev.fakecognito.triggers.TriggerInvocation;
import java.util.Map;
import java.util.Objects;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on one invocation of a Lambda trigger: the event the fake sent and what the handler
 * answered. Values compare with {@code equals}, as they are in the JSON-shaped event: strings,
 * booleans, maps and lists.
 */
public final class TriggerInvocationAssert extends AbstractObjectAssert<TriggerInvocationAssert, TriggerInvocation> {

  TriggerInvocationAssert(TriggerInvocation actual) {
    super(actual, TriggerInvocationAssert.class);
  }

  /**
   * Verifies the event's top-level {@code userName}.
   *
   * @param userName the user's internal username, or for user migration what the user typed
   * @return this
   */
  public TriggerInvocationAssert hasUserName(String userName) {
    isNotNull();
    Object actualName = actual.event().get("userName");
    if (!Objects.equals(actualName, userName)) {
      failWithMessage("Expected %s for user %s but it was for %s", actual.triggerSource(), userName, actualName);
    }
    return this;
  }

  /**
   * Verifies the event's {@code callerContext.clientId}.
   *
   * @param clientId the app client, or {@code CLIENT_ID_NOT_APPLICABLE} for admin calls that name none
   * @return this
   */
  public TriggerInvocationAssert hasClientId(String clientId) {
    isNotNull();
    Object actualClient = map(actual.event().get("callerContext")).get("clientId");
    if (!Objects.equals(actualClient, clientId)) {
      failWithMessage("Expected %s through app client %s but it went through %s",
          actual.triggerSource(), clientId, actualClient);
    }
    return this;
  }

  /**
   * Verifies an entry of the event's {@code request} object.
   *
   * @param key the field, for example {@code codeParameter}
   * @param value its expected value
   * @return this
   */
  public TriggerInvocationAssert hasRequestEntry(String key, Object value) {
    isNotNull();
    return hasEntry("request", actual.request(), key, value);
  }

  /**
   * Verifies one of the user attributes the event carries in {@code request.userAttributes}.
   *
   * @param name the attribute, for example {@code email} or {@code cognito:user_status}
   * @param value its expected value; every value is a string, booleans included
   * @return this
   */
  public TriggerInvocationAssert hasUserAttribute(String name, String value) {
    isNotNull();
    return hasEntry("request.userAttributes", map(actual.request().get("userAttributes")), name, value);
  }

  /**
   * Verifies an entry of the {@code response} object the handler returned.
   *
   * @param key the field, for example {@code autoConfirmUser}
   * @param value its expected value
   * @return this
   */
  public TriggerInvocationAssert hasResponseEntry(String key, Object value) {
    isNotNull();
    if (actual.result() == null) {
      failWithMessage("Expected %s to return response.%s=%s but it returned nothing (error: %s)",
          actual.triggerSource(), key, value, actual.error());
    }
    return hasEntry("response", actual.response(), key, value);
  }

  /**
   * Verifies that the handler returned without throwing.
   *
   * @return this
   */
  public TriggerInvocationAssert succeeded() {
    isNotNull();
    if (actual.error() != null) {
      failWithMessage("Expected %s to succeed but it failed with %s", actual.triggerSource(), actual.error());
    }
    return this;
  }

  /**
   * Verifies that the handler threw with this message, or for a function with no registered
   * handler, that the error is {@code ResourceNotFoundException}.
   *
   * @param message the exception's message
   * @return this
   */
  public TriggerInvocationAssert failedWith(String message) {
    isNotNull();
    String error = actual.error();
    if (error == null) {
      failWithMessage("Expected %s to fail with \"%s\" but it succeeded", actual.triggerSource(), message);
    } else if (!error.equals(message)) {
      failWithMessage("Expected %s to fail with \"%s\" but it failed with \"%s\"",
          actual.triggerSource(), message, error);
    }
    return this;
  }

  private TriggerInvocationAssert hasEntry(String where, Map<String, Object> map, String key, Object value) {
    if (!map.containsKey(key)) {
      failWithMessage("Expected %s of %s to have %s=%s but it has no %s; it has %s",
          where, actual.triggerSource(), key, value, key, map.keySet());
    }
    if (!Objects.equals(map.get(key), value)) {
      failWithMessage("Expected %s of %s to have %s=%s but it was %s",
          where, actual.triggerSource(), key, value, map.get(key));
    }
    return this;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
  }
}
