package dev.fakecognito.triggers;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The event of the custom email sender and custom SMS sender triggers, which Cognito calls instead
 * of sending an email or an SMS itself
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-email-sender.html).
 *
 * <p>The event carries no message text, only the code: the sender writes the message. Cognito
 * calls senders asynchronously, so the fake ignores what they return and how they fail; see
 * {@link Triggers#customSender(CustomSenderHandler)}.
 *
 * @param triggerSource {@code CustomEmailSender_} or {@code CustomSMSSender_} followed by {@code
 *     SignUp}, {@code ResendCode}, {@code ForgotPassword}, {@code UpdateUserAttribute}, {@code
 *     VerifyUserAttribute}, {@code AdminCreateUser} or {@code Authentication}. Cognito also has
 *     {@code CustomEmailSender_AccountTakeOverNotification}, which the fake never sends, as it
 *     does not model threat protection.
 * @param region the pool's region
 * @param userPoolId the pool
 * @param userName the user's username
 * @param clientId the app client of the call
 * @param type {@code customEmailSenderRequestV1} or {@code customSMSSenderRequestV1} ({@code
 *     request.type})
 * @param code the code, or for {@code _AdminCreateUser} the temporary password, as sent: "encrypted"
 *     the fake's way ({@code request.code}); read it with {@link #plaintextCode()}. Null if the
 *     event has none.
 * @param userAttributes the user's attributes ({@code request.userAttributes})
 * @param clientMetadata the call's ClientMetadata ({@code request.clientMetadata})
 */
public record CustomSenderEvent(
    String triggerSource,
    String region,
    String userPoolId,
    String userName,
    String clientId,
    String type,
    @Nullable String code,
    Map<String, String> userAttributes,
    Map<String, String> clientMetadata)
    implements TriggerEvent {

  /**
   * Copies the maps; null maps read as empty.
   *
   * @param triggerSource see {@link #triggerSource()}
   * @param region see {@link #region()}
   * @param userPoolId see {@link #userPoolId()}
   * @param userName see {@link #userName()}
   * @param clientId see {@link #clientId()}
   * @param type see {@link #type()}
   * @param code see {@link #code()}
   * @param userAttributes see {@link #userAttributes()}
   * @param clientMetadata see {@link #clientMetadata()}
   */
  public CustomSenderEvent {
    userAttributes = EventMaps.copy(userAttributes);
    clientMetadata = EventMaps.copy(clientMetadata);
  }

  /**
   * The code in plain text, read with {@link CustomSenderCodes#decrypt(String)}.
   *
   * @return the code or temporary password, or null if the event has none
   */
  public @Nullable String plaintextCode() {
    return code == null ? null : CustomSenderCodes.decrypt(code);
  }

  static CustomSenderEvent from(Map<String, Object> event) {
    Map<String, Object> request = EventMaps.request(event);
    return new CustomSenderEvent(EventMaps.string(event, "triggerSource"), EventMaps.string(event, "region"),
        EventMaps.string(event, "userPoolId"), EventMaps.string(event, "userName"), EventMaps.clientId(event),
        EventMaps.string(request, "type"), EventMaps.optionalString(request, "code"),
        EventMaps.strings(request, "userAttributes"), EventMaps.strings(request, "clientMetadata"));
  }
}
