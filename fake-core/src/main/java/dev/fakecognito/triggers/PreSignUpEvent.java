package dev.fakecognito.triggers;

import java.util.Map;

/**
 * The event of the pre sign-up trigger, which SignUp and AdminCreateUser fire before they create
 * the user.
 *
 * @param triggerSource {@code PreSignUp_SignUp}, {@code PreSignUp_AdminCreateUser} or {@code
 *     PreSignUp_ExternalProvider}
 * @param region the pool's region
 * @param userPoolId the pool
 * @param userName the new user's username
 * @param clientId the app client of the call
 * @param userAttributes the attributes the user signs up with ({@code request.userAttributes})
 * @param validationData the call's ValidationData ({@code request.validationData})
 * @param clientMetadata the call's ClientMetadata ({@code request.clientMetadata})
 */
public record PreSignUpEvent(
    String triggerSource,
    String region,
    String userPoolId,
    String userName,
    String clientId,
    Map<String, String> userAttributes,
    Map<String, String> validationData,
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
   * @param validationData see {@link #validationData()}
   * @param clientMetadata see {@link #clientMetadata()}
   */
  public PreSignUpEvent {
    userAttributes = EventMaps.copy(userAttributes);
    validationData = EventMaps.copy(validationData);
    clientMetadata = EventMaps.copy(clientMetadata);
  }

  static PreSignUpEvent from(Map<String, Object> event) {
    Map<String, Object> request = EventMaps.request(event);
    return new PreSignUpEvent(EventMaps.string(event, "triggerSource"), EventMaps.string(event, "region"),
        EventMaps.string(event, "userPoolId"), EventMaps.string(event, "userName"), EventMaps.clientId(event),
        EventMaps.strings(request, "userAttributes"), EventMaps.strings(request, "validationData"),
        EventMaps.strings(request, "clientMetadata"));
  }
}
