package dev.fakecognito.triggers;

import java.util.Map;

/**
 * The event of the post confirmation trigger, which fires once a user is confirmed or has reset
 * their password (not for users created with AdminCreateUser).
 *
 * @param triggerSource {@code PostConfirmation_ConfirmSignUp} or {@code
 *     PostConfirmation_ConfirmForgotPassword}
 * @param region the pool's region
 * @param userPoolId the pool
 * @param userName the user's username
 * @param clientId the app client of the call
 * @param userAttributes the user's attributes ({@code request.userAttributes})
 * @param clientMetadata the call's ClientMetadata ({@code request.clientMetadata})
 */
public record PostConfirmationEvent(
    String triggerSource,
    String region,
    String userPoolId,
    String userName,
    String clientId,
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
   * @param userAttributes see {@link #userAttributes()}
   * @param clientMetadata see {@link #clientMetadata()}
   */
  public PostConfirmationEvent {
    userAttributes = EventMaps.copy(userAttributes);
    clientMetadata = EventMaps.copy(clientMetadata);
  }

  static PostConfirmationEvent from(Map<String, Object> event) {
    Map<String, Object> request = EventMaps.request(event);
    return new PostConfirmationEvent(EventMaps.string(event, "triggerSource"), EventMaps.string(event, "region"),
        EventMaps.string(event, "userPoolId"), EventMaps.string(event, "userName"), EventMaps.clientId(event),
        EventMaps.strings(request, "userAttributes"), EventMaps.strings(request, "clientMetadata"));
  }
}
