package dev.fakecognito.triggers;

import java.util.List;
import java.util.Map;

/**
 * The event of the pre token generation trigger in versions 2 and 3 ({@code LambdaVersion V2_0}
 * and {@code V3_0}), which fires before Cognito issues tokens and may change both of them.
 *
 * @param triggerSource {@code TokenGeneration_HostedAuth}, {@code _Authentication}, {@code
 *     _NewPasswordChallenge}, {@code _AuthenticateDevice}, {@code _RefreshTokens}, or in version 3
 *     {@code _ClientCredentials}
 * @param region the pool's region
 * @param userPoolId the pool
 * @param userName the user's username
 * @param clientId the app client of the call
 * @param version the event's {@code version}: {@code "2"} or {@code "3"}
 * @param userAttributes the user's attributes ({@code request.userAttributes})
 * @param groupConfiguration the user's groups and roles ({@code request.groupConfiguration})
 * @param scopes the access token's scopes ({@code request.scopes})
 * @param clientMetadata the call's ClientMetadata ({@code request.clientMetadata})
 */
public record PreTokenGenerationV2Event(
    String triggerSource,
    String region,
    String userPoolId,
    String userName,
    String clientId,
    String version,
    Map<String, String> userAttributes,
    GroupConfiguration groupConfiguration,
    List<String> scopes,
    Map<String, String> clientMetadata)
    implements TriggerEvent {

  /**
   * Copies the collections; null ones read as empty.
   *
   * @param triggerSource see {@link #triggerSource()}
   * @param region see {@link #region()}
   * @param userPoolId see {@link #userPoolId()}
   * @param userName see {@link #userName()}
   * @param clientId see {@link #clientId()}
   * @param version see {@link #version()}
   * @param userAttributes see {@link #userAttributes()}
   * @param groupConfiguration see {@link #groupConfiguration()}
   * @param scopes see {@link #scopes()}
   * @param clientMetadata see {@link #clientMetadata()}
   */
  public PreTokenGenerationV2Event {
    userAttributes = EventMaps.copy(userAttributes);
    scopes = EventMaps.copy(scopes);
    clientMetadata = EventMaps.copy(clientMetadata);
  }

  static PreTokenGenerationV2Event from(Map<String, Object> event) {
    Map<String, Object> request = EventMaps.request(event);
    return new PreTokenGenerationV2Event(EventMaps.string(event, "triggerSource"), EventMaps.string(event, "region"),
        EventMaps.string(event, "userPoolId"), EventMaps.string(event, "userName"), EventMaps.clientId(event),
        EventMaps.string(event, "version"), EventMaps.strings(request, "userAttributes"),
        GroupConfiguration.from(EventMaps.object(request, "groupConfiguration")),
        EventMaps.stringList(request, "scopes"), EventMaps.strings(request, "clientMetadata"));
  }
}
