package dev.fakecognito.triggers;

import java.util.Map;

/**
 * The event of the pre token generation trigger in its first version ({@code LambdaVersion V1_0}),
 * which fires before Cognito issues tokens.
 *
 * @param triggerSource {@code TokenGeneration_HostedAuth}, {@code _Authentication}, {@code
 *     _NewPasswordChallenge}, {@code _AuthenticateDevice} or {@code _RefreshTokens}
 * @param region the pool's region
 * @param userPoolId the pool
 * @param userName the user's username
 * @param clientId the app client of the call
 * @param userAttributes the user's attributes ({@code request.userAttributes})
 * @param groupConfiguration the user's groups and roles ({@code request.groupConfiguration})
 * @param clientMetadata the call's ClientMetadata ({@code request.clientMetadata})
 */
public record PreTokenGenerationEvent(
    String triggerSource,
    String region,
    String userPoolId,
    String userName,
    String clientId,
    Map<String, String> userAttributes,
    GroupConfiguration groupConfiguration,
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
   * @param groupConfiguration see {@link #groupConfiguration()}
   * @param clientMetadata see {@link #clientMetadata()}
   */
  public PreTokenGenerationEvent {
    userAttributes = EventMaps.copy(userAttributes);
    clientMetadata = EventMaps.copy(clientMetadata);
  }

  static PreTokenGenerationEvent from(Map<String, Object> event) {
    Map<String, Object> request = EventMaps.request(event);
    return new PreTokenGenerationEvent(EventMaps.string(event, "triggerSource"), EventMaps.string(event, "region"),
        EventMaps.string(event, "userPoolId"), EventMaps.string(event, "userName"), EventMaps.clientId(event),
        EventMaps.strings(request, "userAttributes"),
        GroupConfiguration.from(EventMaps.object(request, "groupConfiguration")),
        EventMaps.strings(request, "clientMetadata"));
  }
}
