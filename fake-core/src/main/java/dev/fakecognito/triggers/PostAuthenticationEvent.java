package dev.fakecognito.triggers;

import java.util.Map;

/**
 * The event of the post authentication trigger, which fires once a user has signed in, before the
 * tokens are issued.
 *
 * @param triggerSource {@code PostAuthentication_Authentication}
 * @param region the pool's region
 * @param userPoolId the pool
 * @param userName the user's username
 * @param clientId the app client of the call
 * @param userAttributes the user's attributes ({@code request.userAttributes})
 * @param newDeviceUsed whether the user signed in from a device not seen before ({@code
 *     request.newDeviceUsed})
 * @param clientMetadata the ClientMetadata of RespondToAuthChallenge, if the sign-in ended there
 *     ({@code request.clientMetadata})
 */
public record PostAuthenticationEvent(
    String triggerSource,
    String region,
    String userPoolId,
    String userName,
    String clientId,
    Map<String, String> userAttributes,
    boolean newDeviceUsed,
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
   * @param newDeviceUsed see {@link #newDeviceUsed()}
   * @param clientMetadata see {@link #clientMetadata()}
   */
  public PostAuthenticationEvent {
    userAttributes = EventMaps.copy(userAttributes);
    clientMetadata = EventMaps.copy(clientMetadata);
  }

  static PostAuthenticationEvent from(Map<String, Object> event) {
    Map<String, Object> request = EventMaps.request(event);
    return new PostAuthenticationEvent(EventMaps.string(event, "triggerSource"), EventMaps.string(event, "region"),
        EventMaps.string(event, "userPoolId"), EventMaps.string(event, "userName"), EventMaps.clientId(event),
        EventMaps.strings(request, "userAttributes"), EventMaps.bool(request, "newDeviceUsed"),
        EventMaps.strings(request, "clientMetadata"));
  }
}
