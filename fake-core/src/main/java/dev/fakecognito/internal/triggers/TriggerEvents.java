package dev.fakecognito.internal.triggers;

import dev.fakecognito.internal.users.User;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;

/** Pieces of trigger events, shaped as Cognito sends them. */
public final class TriggerEvents {

  private TriggerEvents() {}

  /**
   * A user's attributes as a trigger sees them: every value a string, plus {@code
   * cognito:user_status}. The caller holds the pool's lock.
   */
  public static Map<String, Object> userAttributes(User user) {
    Map<String, Object> attributes = new LinkedHashMap<>(user.attributes());
    attributes.put("cognito:user_status", user.status().toString());
    return attributes;
  }

  /** Attributes of a user that does not exist yet (Pre sign-up). */
  public static Map<String, Object> userAttributes(Map<String, String> attributes) {
    return new LinkedHashMap<>(attributes);
  }

  /** A request's ValidationData as the {@code validationData} object of an event. */
  public static Map<String, Object> validationData(@Nullable List<AttributeType> data) {
    Map<String, Object> map = new LinkedHashMap<>();
    if (data != null) {
      data.forEach(a -> map.put(a.name(), a.value()));
    }
    return map;
  }

  /** ClientMetadata as an event object (empty when the caller sent none). */
  public static Map<String, Object> clientMetadata(@Nullable Map<String, String> metadata) {
    return metadata == null ? new LinkedHashMap<>() : new LinkedHashMap<>(metadata);
  }

  /** Builds a {@code request} object from alternating names and values. */
  public static Map<String, Object> request(Object... namesAndValues) {
    Map<String, Object> request = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      request.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return request;
  }

  /** Reads a boolean the handler may have written as a JSON boolean or a string. */
  public static boolean flag(@Nullable Map<String, Object> response, String name) {
    if (response == null) {
      return false;
    }
    Object value = response.get(name);
    return value instanceof Boolean b ? b : value instanceof String s && Boolean.parseBoolean(s);
  }

  /** Reads a string field of a response, or null. */
  public static @Nullable String string(@Nullable Map<String, Object> response, String name) {
    Object value = response == null ? null : response.get(name);
    return value == null ? null : value.toString();
  }
}
