package dev.fakecognito.triggers;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a custom message function answers: the texts to send instead of the pool's own. A null
 * field keeps the pool's text for it.
 *
 * <pre>{@code
 * fake.registerLambda(arn, Triggers.customMessage(event -> new CustomMessageResponse(
 *     "Your code is " + event.codeParameter(),
 *     "<p>Welcome! Your code is " + event.codeParameter() + "</p>",
 *     "Welcome")));
 * }</pre>
 *
 * @param smsMessage the SMS text ({@code smsMessage}), or null
 * @param emailMessage the email body ({@code emailMessage}), or null
 * @param emailSubject the email subject ({@code emailSubject}), or null
 */
public record CustomMessageResponse(
    @Nullable String smsMessage, @Nullable String emailMessage, @Nullable String emailSubject) {

  /**
   * Keeps the pool's own messages.
   *
   * @return a response with no field set
   */
  public static CustomMessageResponse none() {
    return new CustomMessageResponse(null, null, null);
  }

  Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    EventMaps.putIfPresent(map, "smsMessage", smsMessage);
    EventMaps.putIfPresent(map, "emailMessage", emailMessage);
    EventMaps.putIfPresent(map, "emailSubject", emailSubject);
    return map;
  }
}
