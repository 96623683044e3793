package dev.fakecognito.internal.users;

import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.util.Ids;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdvancedSecurityModeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthEventType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeName;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeResponseType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.EventContextDataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.EventResponseType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.EventRiskType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.EventType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RiskDecisionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolAddOnsType;

/**
 * The auth event history that threat protection (advanced security) keeps, and that
 * AdminListUserAuthEvents returns. Pools without AUDIT or ENFORCED mode keep none.
 */
public final class AuthEvents {

  private AuthEvents() {}

  public static boolean enabled(UserPool pool) {
    UserPoolAddOnsType addOns = pool.config().userPoolAddOns();
    if (addOns == null) {
      return false;
    }
    AdvancedSecurityModeType mode = addOns.advancedSecurityMode();
    return mode == AdvancedSecurityModeType.AUDIT || mode == AdvancedSecurityModeType.ENFORCED;
  }

  /**
   * Records an event for {@code user} if the pool keeps them; the caller holds the pool's lock.
   *
   * @param passwordOutcome the password check's outcome, or {@code null} if none was made
   * @return the event ID, which the tokens of a sign-in carry as {@code event_id}
   */
  public static String record(UserPool pool, User user, Instant now, EventType type,
      EventResponseType response, @Nullable String ipAddress, @Nullable ChallengeResponse passwordOutcome) {
    String eventId = Ids.uuid();
    if (!enabled(pool)) {
      return eventId;
    }
    AuthEventType.Builder event = AuthEventType.builder()
        .eventId(eventId)
        .eventType(type)
        .creationDate(now)
        .eventResponse(response)
        .eventRisk(EventRiskType.builder().riskDecision(RiskDecisionType.NO_RISK)
            .compromisedCredentialsDetected(false).build())
        .eventContextData(EventContextDataType.builder().ipAddress(ipAddress).build());
    event.challengeResponses(passwordOutcome == null ? List.of()
        : List.of(ChallengeResponseType.builder().challengeName(ChallengeName.PASSWORD)
            .challengeResponse(passwordOutcome).build()));
    user.authEvents().add(event.build());
    return eventId;
  }
}
