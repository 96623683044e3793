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
import software.amazon.awssdk.services.cognitoidentityprovider.model.EventRiskType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RiskDecisionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolAddOnsType;

/**
 * The auth event history that threat protection (advanced security) keeps, and that
 * AdminListUserAuthEvents returns. Pools without AUDIT or ENFORCED mode keep none.
 */
public final class AuthEvents {

  /*
   * Event types and responses go into the model as strings: SDKs before 2.18 lack most of these
   * enum constants (they knew only SignIn, SignUp, ForgotPassword, Success and Failure).
   */
  public static final String SIGN_IN = "SignIn";
  public static final String SIGN_UP = "SignUp";
  public static final String FORGOT_PASSWORD = "ForgotPassword";
  public static final String PASSWORD_CHANGE = "PasswordChange";
  public static final String RESEND_CODE = "ResendCode";
  public static final String PASS = "Pass";
  public static final String FAIL = "Fail";

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
  public static String record(UserPool pool, User user, Instant now, String type,
      String response, @Nullable String ipAddress, @Nullable ChallengeResponse passwordOutcome) {
    return record(pool, user, now, type, response, ipAddress, passwordOutcome, NO_RISK);
  }

  /** No risk found and no compromised credentials. */
  public static final EventRiskType NO_RISK = EventRiskType.builder().riskDecision(RiskDecisionType.NO_RISK)
      .compromisedCredentialsDetected(false).build();

  /**
   * Records an event with the risk threat protection found; the caller holds the pool's lock.
   *
   * @return the event ID
   */
  public static String record(UserPool pool, User user, Instant now, String type, String response,
      @Nullable String ipAddress, @Nullable ChallengeResponse passwordOutcome, EventRiskType risk) {
    String eventId = Ids.uuid();
    if (!enabled(pool)) {
      return eventId;
    }
    AuthEventType.Builder event = AuthEventType.builder()
        .eventId(eventId)
        .eventType(type)
        .creationDate(now)
        .eventResponse(response)
        .eventRisk(risk)
        .eventContextData(EventContextDataType.builder().ipAddress(ipAddress).build());
    event.challengeResponses(passwordOutcome == null ? List.of()
        : List.of(ChallengeResponseType.builder().challengeName(ChallengeName.PASSWORD)
            .challengeResponse(passwordOutcome).build()));
    user.authEvents().add(event.build());
    pool.deliverLog(now, dev.fakecognito.internal.pools.LogDestination.USER_AUTH_EVENTS, user.username(), type,
        response);
    return eventId;
  }

  /** The feedback token of an event, made on first use; a notification carries it. */
  public static String feedbackToken(User user, String eventId) {
    return user.feedbackTokens().computeIfAbsent(eventId, id -> Ids.uuid().replace("-", ""));
  }
}
