package dev.fakecognito.triggers;

import java.util.Map;

/**
 * The event of the verify auth challenge response trigger, which checks the user's answer to a
 * custom challenge.
 *
 * @param triggerSource {@code VerifyAuthChallengeResponse_Authentication}
 * @param region the pool's region
 * @param userPoolId the pool
 * @param userName the user's username
 * @param clientId the app client of the call
 * @param userAttributes the user's attributes ({@code request.userAttributes})
 * @param privateChallengeParameters what the create auth challenge function kept private ({@code
 *     request.privateChallengeParameters})
 * @param challengeAnswer the user's answer, the {@code ANSWER} of the challenge responses ({@code
 *     request.challengeAnswer})
 * @param clientMetadata the call's ClientMetadata ({@code request.clientMetadata})
 * @param userNotFound true when the user does not exist and the app client prevents user existence
 *     errors ({@code request.userNotFound})
 */
public record VerifyAuthChallengeResponseEvent(
    String triggerSource,
    String region,
    String userPoolId,
    String userName,
    String clientId,
    Map<String, String> userAttributes,
    Map<String, String> privateChallengeParameters,
    String challengeAnswer,
    Map<String, String> clientMetadata,
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
   * @param privateChallengeParameters see {@link #privateChallengeParameters()}
   * @param challengeAnswer see {@link #challengeAnswer()}
   * @param clientMetadata see {@link #clientMetadata()}
   * @param userNotFound see {@link #userNotFound()}
   */
  public VerifyAuthChallengeResponseEvent {
    userAttributes = EventMaps.copy(userAttributes);
    privateChallengeParameters = EventMaps.copy(privateChallengeParameters);
    clientMetadata = EventMaps.copy(clientMetadata);
  }

  static VerifyAuthChallengeResponseEvent from(Map<String, Object> event) {
    Map<String, Object> request = EventMaps.request(event);
    return new VerifyAuthChallengeResponseEvent(EventMaps.string(event, "triggerSource"),
        EventMaps.string(event, "region"), EventMaps.string(event, "userPoolId"), EventMaps.string(event, "userName"),
        EventMaps.clientId(event), EventMaps.strings(request, "userAttributes"),
        EventMaps.strings(request, "privateChallengeParameters"), EventMaps.string(request, "challengeAnswer"),
        EventMaps.strings(request, "clientMetadata"), EventMaps.bool(request, "userNotFound"));
  }
}
