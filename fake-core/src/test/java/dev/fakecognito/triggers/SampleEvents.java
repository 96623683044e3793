package dev.fakecognito.triggers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Trigger events shaped as the fake's dispatcher sends them, with mutable maps all the way down. */
final class SampleEvents {

  static final String POOL_ID = "us-east-1_Abc123";
  static final String CLIENT_ID = "client123";

  private SampleEvents() {}

  static Map<String, Object> event(String triggerSource, Object... requestNamesAndValues) {
    return versionedEvent("1", triggerSource, requestNamesAndValues);
  }

  static Map<String, Object> versionedEvent(String version, String triggerSource, Object... requestNamesAndValues) {
    Map<String, Object> callerContext = new LinkedHashMap<>();
    callerContext.put("awsSdkVersion", "aws-sdk-unknown-unknown");
    callerContext.put("clientId", CLIENT_ID);
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("version", version);
    event.put("triggerSource", triggerSource);
    event.put("region", "us-east-1");
    event.put("userPoolId", POOL_ID);
    event.put("userName", "alice");
    event.put("callerContext", callerContext);
    event.put("request", object(requestNamesAndValues));
    event.put("response", new LinkedHashMap<String, Object>());
    return event;
  }

  /** A JSON object from alternating names and values. */
  static Map<String, Object> object(Object... namesAndValues) {
    Map<String, Object> object = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      object.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return object;
  }

  /** A JSON array. */
  static List<Object> array(Object... items) {
    return new ArrayList<>(List.of(items));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> response(Map<String, Object> event) {
    return (Map<String, Object>) event.get("response");
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> request(Map<String, Object> event) {
    return (Map<String, Object>) event.get("request");
  }

  static Map<String, Object> attributes() {
    return object("sub", "0b8f-sub", "email", "alice@example.com", "email_verified", "false",
        "cognito:user_status", "CONFIRMED");
  }

  static Map<String, String> attributeStrings() {
    Map<String, String> map = new LinkedHashMap<>();
    attributes().forEach((k, v) -> map.put(k, (String) v));
    return map;
  }
}
