package dev.fakecognito.triggers;

import java.util.List;
import java.util.Map;

/**
 * The event of the create auth challenge trigger, which makes the challenge the define auth
 * challenge function asked for.
 *
 * @param triggerSource {@code CreateAuthChallenge_Authentication}
 * @param region the pool's region
 * @param userPoolId the pool
 * @param userName the user's username
 * @param clientId the app client of the call
 * @param userAttributes the user's attributes ({@code request.userAttributes})
 * @param challengeName the challenge to create ({@code request.challengeName}), usually {@code
 *     CUSTOM_CHALLENGE}
 * @param session the challenges so far, oldest first ({@code request.session})
 * @param clientMetadata the call's ClientMetadata ({@code request.clientMetadata})
 * @param userNotFound true when the user does not exist and the app client prevents user existence
 *     errors ({@code request.userNotFound})
 */
public record CreateAuthChallengeEvent(
    String triggerSource,
    String region,
    String userPoolId,
    String userName,
    String clientId,
    Map<String, String> userAttributes,
    String challengeName,
    List<ChallengeResult> session,
    Map<String, String> clientMetadata,
    boolean userNotFound)
    implements TriggerEvent {

  /**
   * Copies the collections; null ones read as empty.
   *
   * @param triggerSource see {@link #triggerSource()}
   * @param region see {@link #region()}
   * @param userPoolId see {@link #userPoolId()}
   * @param userName see {@link #userName()}
   * @param clientId see {@link #clientId()}
   * @param userAttributes see {@link #userAttributes()}
   * @param challengeName see {@link #challengeName()}
   * @param session see {@link #session()}
   * @param clientMetadata see {@link #clientMetadata()}
   * @param userNotFound see {@link #userNotFound()}
   */
  public CreateAuthChallengeEvent {
    userAttributes = EventMaps.copy(userAttributes);
    session = EventMaps.copy(session);
    clientMetadata = EventMaps.copy(clientMetadata);
  }

  static CreateAuthChallengeEvent from(Map<String, Object> event) {
    Map<String, Object> request = EventMaps.request(event);
    return new CreateAuthChallengeEvent(EventMaps.string(event, "triggerSource"), EventMaps.string(event, "region"),
        EventMaps.string(event, "userPoolId"), EventMaps.string(event, "userName"), EventMaps.clientId(event),
        EventMaps.strings(request, "userAttributes"), EventMaps.string(request, "challengeName"),
        ChallengeResult.fromSession(request), EventMaps.strings(request, "clientMetadata"),
        EventMaps.bool(request, "userNotFound"));
  }
}
