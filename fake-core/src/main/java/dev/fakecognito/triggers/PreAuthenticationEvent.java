package dev.fakecognito.triggers;

import java.util.Map;

/**
 * The event of the pre authentication trigger, which fires when a user starts to sign in.
 *
 * @param triggerSource {@code PreAuthentication_Authentication}
 * @param region the pool's region
 * @param userPoolId the pool
 * @param userName the user's username
 * @param clientId the app client of the call
 * @param userAttributes the user's attributes ({@code request.userAttributes})
 * @param validationData the ClientMetadata of InitiateAuth or AdminInitiateAuth, which Cognito
 *     passes here under this name ({@code request.validationData})
 * @param userNotFound true when the user does not exist and the app client prevents user existence
 *     errors ({@code request.userNotFound})
 */
public record PreAuthenticationEvent(
    String triggerSource,
    String region,
    String userPoolId,
    String userName,
    String clientId,
    Map<String, String> userAttributes,
    Map<String, String> validationData,
    boolean userNotFound)
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
   * @param validationData see {@link #validationData()}
   * @param userNotFound see {@link #userNotFound()}
   */
  public PreAuthenticationEvent {
    userAttributes = EventMaps.copy(userAttributes);
    validationData = EventMaps.copy(validationData);
  }

  static PreAuthenticationEvent from(Map<String, Object> event) {
    Map<String, Object> request = EventMaps.request(event);
    return new PreAuthenticationEvent(EventMaps.string(event, "triggerSource"), EventMaps.string(event, "region"),
        EventMaps.string(event, "userPoolId"), EventMaps.string(event, "userName"), EventMaps.clientId(event),
        EventMaps.strings(request, "userAttributes"), EventMaps.strings(request, "validationData"),
        EventMaps.bool(request, "userNotFound"));
  }
}
