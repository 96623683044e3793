package dev.fakecognito.contract;

import static dev.fakecognito.testing.Fixtures.PASSWORD;
import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.attribute;
import static dev.fakecognito.testing.Fixtures.client;
import static dev.fakecognito.testing.Fixtures.confirmedUser;
import static dev.fakecognito.testing.Fixtures.pool;
import static dev.fakecognito.testing.Transport.clientFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.threats.RiskLevel;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AccountTakeoverEventActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdvancedSecurityModeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthEventType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.FeedbackValueType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolAddOnNotEnabledException;

/** AdminUpdateAuthEventFeedback and UpdateAuthEventFeedback. */
class AuthEventFeedbackTest {

  private final FakeCognito fake = FakeCognito.create();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);

  /** A pool that notifies on every sign-in; alice signs in once and gets a notification. */
  private String signedInPool(AdvancedSecurityModeType mode) {
    String poolId = pool(cognito, r -> r.userPoolAddOns(a -> a.advancedSecurityMode(mode)));
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"));
    if (mode != AdvancedSecurityModeType.OFF) {
      cognito.setRiskConfiguration(r -> r.userPoolId(poolId).accountTakeoverRiskConfiguration(t -> t.actions(a -> a
          .lowAction(x -> x.eventAction(AccountTakeoverEventActionType.NO_ACTION).sendNotification(true))
          .mediumAction(x -> x.eventAction(AccountTakeoverEventActionType.NO_ACTION).sendNotification(true))
          .highAction(x -> x.eventAction(AccountTakeoverEventActionType.NO_ACTION).sendNotification(true)))));
    }
    fake.threats().userRisk(poolId, "alice", RiskLevel.LOW);
    cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD)));
    return poolId;
  }

  private AuthEventType event(String poolId) {
    return cognito.adminListUserAuthEvents(r -> r.userPoolId(poolId).username("alice")).authEvents().get(0);
  }

  private String feedbackToken() {
    Matcher token = Pattern.compile("Feedback token: (\\S+)").matcher(fake.outbox().messages().get(0).message());
    assertThat(token.find()).isTrue();
    return token.group(1);
  }

  @Test
  void admin_feedback_shows_on_the_event() {
    String poolId = signedInPool(AdvancedSecurityModeType.ENFORCED);
    String eventId = event(poolId).eventId();
    fake.clock().advance(Duration.ofMinutes(3));

    cognito.adminUpdateAuthEventFeedback(r -> r.userPoolId(poolId).username("alice").eventId(eventId)
        .feedbackValue(FeedbackValueType.INVALID));

    AuthEventType event = event(poolId);
    assertThat(event.eventFeedback().feedbackValue()).isEqualTo(FeedbackValueType.INVALID);
    assertThat(event.eventFeedback().provider()).isEqualTo("Admin");
    assertThat(event.eventFeedback().feedbackDate()).isEqualTo(fake.clock().instant());
  }

  @Test
  void user_feedback_takes_the_token_of_the_notification() {
    String poolId = signedInPool(AdvancedSecurityModeType.ENFORCED);
    String eventId = event(poolId).eventId();

    assertCognitoError(() -> cognito.updateAuthEventFeedback(r -> r.userPoolId(poolId).username("alice")
        .eventId(eventId).feedbackToken("not-the-token").feedbackValue(FeedbackValueType.VALID)),
        NotAuthorizedException.class, "Invalid feedback token.");
    cognito.updateAuthEventFeedback(r -> r.userPoolId(poolId).username("alice").eventId(eventId)
        .feedbackToken(feedbackToken()).feedbackValue(FeedbackValueType.VALID));

    assertThat(event(poolId).eventFeedback().feedbackValue()).isEqualTo(FeedbackValueType.VALID);
    assertThat(event(poolId).eventFeedback().provider()).isEqualTo("User");
  }

  @Test
  void unknown_user_event_and_pool_without_threat_protection_are_refused() {
    String poolId = signedInPool(AdvancedSecurityModeType.ENFORCED);

    assertCognitoError(() -> cognito.adminUpdateAuthEventFeedback(r -> r.userPoolId(poolId).username("bob")
        .eventId("e").feedbackValue(FeedbackValueType.VALID)), UserNotFoundException.class, "User does not exist.");
    assertCognitoError(() -> cognito.adminUpdateAuthEventFeedback(r -> r.userPoolId(poolId).username("alice")
        .eventId("nope").feedbackValue(FeedbackValueType.VALID)), ResourceNotFoundException.class,
        "Auth event nope does not exist.");

    String plain = signedInPool(AdvancedSecurityModeType.OFF);
    assertCognitoError(() -> cognito.adminUpdateAuthEventFeedback(r -> r.userPoolId(plain).username("alice")
        .eventId("e").feedbackValue(FeedbackValueType.VALID)), UserPoolAddOnNotEnabledException.class,
        "Advanced security features are not enabled for this user pool.");
  }
}
