package dev.fakecognito.triggers;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The event of the custom message trigger, which fires before Cognito sends a code or an invitation
 * by email or SMS.
 *
 * <p>The parameters are placeholders, not values: a custom message must contain {@code
 * codeParameter} (and for invitations {@code usernameParameter}), and Cognito puts the code and the
 * username in their place.
 *
 * @param triggerSource {@code CustomMessage_SignUp}, {@code _AdminCreateUser}, {@code _ResendCode},
 *     {@code _ForgotPassword}, {@code _UpdateUserAttribute}, {@code _VerifyUserAttribute} or {@code
 *     _Authentication}
 * @param region the pool's region
 * @param userPoolId the pool
 * @param userName the user's username
 * @param clientId the app client of the call
 * @param userAttributes the user's attributes ({@code request.userAttributes})
 * @param codeParameter the placeholder for the code, such as {@code {####}} ({@code
 *     request.codeParameter}), or null
 * @param linkParameter the placeholder for a verification link ({@code request.linkParameter}), or
 *     null
 * @param usernameParameter the placeholder for the username in invitations ({@code
 *     request.usernameParameter}), or null
 * @param clientMetadata the call's ClientMetadata ({@code request.clientMetadata})
 */
public record CustomMessageEvent(
    String triggerSource,
    String region,
    String userPoolId,
    String userName,
    String clientId,
    Map<String, String> userAttributes,
    @Nullable String codeParameter,
    @Nullable String linkParameter,
    @Nullable String usernameParameter,
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
   * @param codeParameter see {@link #codeParameter()}
   * @param linkParameter see {@link #linkParameter()}
   * @param usernameParameter see {@link #usernameParameter()}
   * @param clientMetadata see {@link #clientMetadata()}
   */
  public CustomMessageEvent {
    userAttributes = EventMaps.copy(userAttributes);
    clientMetadata = EventMaps.copy(clientMetadata);
  }

  static CustomMessageEvent from(Map<String, Object> event) {
    Map<String, Object> request = EventMaps.request(event);
    return new CustomMessageEvent(EventMaps.string(event, "triggerSource"), EventMaps.string(event, "region"),
        EventMaps.string(event, "userPoolId"), EventMaps.string(event, "userName"), EventMaps.clientId(event),
        EventMaps.strings(request, "userAttributes"), EventMaps.optionalString(request, "codeParameter"),
        EventMaps.optionalString(request, "linkParameter"), EventMaps.optionalString(request, "usernameParameter"),
        EventMaps.strings(request, "clientMetadata"));
  }
}
