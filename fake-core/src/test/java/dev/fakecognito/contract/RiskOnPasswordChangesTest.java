package dev.fakecognito.contract;

import static dev.fakecognito.testing.Fixtures.PASSWORD;
import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.attribute;
import static dev.fakecognito.testing.Fixtures.client;
import static dev.fakecognito.testing.Fixtures.confirmedUser;
import static dev.fakecognito.testing.Fixtures.pool;
import static dev.fakecognito.testing.Fixtures.secretHash;
import static dev.fakecognito.testing.Transport.clientFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.threats.RiskLevel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AccountTakeoverEventActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdvancedSecurityModeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthEventType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CompromisedCredentialsEventActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.EventFilterType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RiskDecisionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

/**
 * Threat protection on the events other than sign-in: sign-up, password reset and password change.
 * Compromised passwords are refused per the event filter, always-blocked addresses are refused,
 * and every event records its address and risk.
 */
class RiskOnPasswordChangesTest {

  private static final String COMPROMISED = "Compr0mised!";
  private static final String FRESH = "Fr3sh-Passw0rd";
  private static final String INSECURE = "Provided password cannot be used for security reasons.";
  private static final String BLOCKED_REQUEST = "Request not allowed due to security reasons.";
  private static final String BLOCKED = "203.0.113.7";
  private static final String HOME = "198.51.100.20";

  private final FakeCognito fake = FakeCognito.create();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);

  private String poolId;
  private UserPoolClientType client;

  /** A pool in {@code mode} whose client passes the end user's address on, with user alice. */
  private void protectedPool(AdvancedSecurityModeType mode) {
    poolId = pool(cognito, r -> r.userPoolAddOns(a -> a.advancedSecurityMode(mode)));
    client = client(cognito, poolId, r -> r.generateSecret(true).enablePropagateAdditionalUserContextData(true));
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"),
        attribute("email_verified", "true"));
    fake.threats().compromisedPasswords(List.of(COMPROMISED));
  }

  private void compromisedCredentials(CompromisedCredentialsEventActionType action, EventFilterType... filter) {
    cognito.setRiskConfiguration(r -> r.userPoolId(poolId).compromisedCredentialsRiskConfiguration(c -> c
        .eventFilter(filter).actions(a -> a.eventAction(action))));
  }

  private void blockList() {
    cognito.setRiskConfiguration(r -> r.userPoolId(poolId).riskExceptionConfiguration(e -> e
        .blockedIPRangeList("203.0.113.0/24")));
  }

  /** Account takeover settings that block every risky sign-in. */
  private void blockRiskySignIns() {
    cognito.setRiskConfiguration(r -> r.userPoolId(poolId).accountTakeoverRiskConfiguration(t -> t.actions(a -> a
        .lowAction(x -> x.eventAction(AccountTakeoverEventActionType.BLOCK).sendNotification(false))
        .mediumAction(x -> x.eventAction(AccountTakeoverEventActionType.BLOCK).sendNotification(false))
        .highAction(x -> x.eventAction(AccountTakeoverEventActionType.BLOCK).sendNotification(false)))));
    fake.threats().ipRisk("203.0.113.0/24", RiskLevel.HIGH);
  }

  private void signUp(String username, String password, String ip) {
    cognito.signUp(r -> r.clientId(client.clientId()).secretHash(secretHash(client, username))
        .username(username).password(password)
        .userAttributes(attribute("email", username + "@example.com")).userContextData(c -> c.ipAddress(ip)));
  }

  private void forgotPassword(String ip) {
    cognito.forgotPassword(r -> r.clientId(client.clientId()).secretHash(secretHash(client, "alice"))
        .username("alice").userContextData(c -> c.ipAddress(ip)));
  }

  private void confirmForgotPassword(String password, String ip) {
    String code = fake.outbox().lastCode(poolId, "alice").orElseThrow();
    cognito.confirmForgotPassword(r -> r.clientId(client.clientId()).secretHash(secretHash(client, "alice"))
        .username("alice").confirmationCode(code)
        .password(password).userContextData(c -> c.ipAddress(ip)));
  }

  private void changePassword(String proposed) {
    String accessToken = signIn("alice", PASSWORD).accessToken();
    cognito.changePassword(r -> r.accessToken(accessToken).previousPassword(PASSWORD).proposedPassword(proposed));
  }

  private AuthenticationResultType signIn(String username, String password) {
    return cognito.initiateAuth(r -> r.clientId(client.clientId()).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", username, "PASSWORD", password,
            "SECRET_HASH", secretHash(client, username)))).authenticationResult();
  }

  private RespondToAuthChallengeResponse newPassword(String session, String password) {
    return cognito.respondToAuthChallenge(r -> r.clientId(client.clientId())
        .challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED).session(session)
        .challengeResponses(Map.of("USERNAME", "bob", "NEW_PASSWORD", password,
            "SECRET_HASH", secretHash(client, "bob"))));
  }

  private AuthEventType lastEvent(String username) {
    return cognito.adminListUserAuthEvents(r -> r.userPoolId(poolId).username(username)).authEvents().get(0);
  }

  /* ---- SignUp ---- */

  @Test
  void block_refuses_a_sign_up_with_a_compromised_password_and_creates_no_user() {
    protectedPool(AdvancedSecurityModeType.ENFORCED);
    compromisedCredentials(CompromisedCredentialsEventActionType.BLOCK, EventFilterType.SIGN_UP);

    assertCognitoError(() -> signUp("bob", COMPROMISED, HOME), InvalidPasswordException.class, INSECURE);

    assertCognitoError(() -> cognito.adminGetUser(r -> r.userPoolId(poolId).username("bob")),
        UserNotFoundException.class, "User does not exist.");
    signUp("bob", FRESH, HOME);
    AuthEventType event = lastEvent("bob");
    assertThat(event.eventTypeAsString()).isEqualTo("SignUp");
    assertThat(event.eventRisk().compromisedCredentialsDetected()).isFalse();
  }

  @Test
  void a_filter_without_sign_up_lets_the_sign_up_through_and_records_the_detection() {
    protectedPool(AdvancedSecurityModeType.ENFORCED);
    compromisedCredentials(CompromisedCredentialsEventActionType.BLOCK, EventFilterType.SIGN_IN,
        EventFilterType.PASSWORD_CHANGE);

    signUp("bob", COMPROMISED, HOME);

    AuthEventType event = lastEvent("bob");
    assertThat(event.eventTypeAsString()).isEqualTo("SignUp");
    assertThat(event.eventResponseAsString()).isEqualTo("Pass");
    assertThat(event.eventRisk().riskDecision()).isEqualTo(RiskDecisionType.NO_RISK);
    assertThat(event.eventRisk().compromisedCredentialsDetected()).isTrue();
    assertThat(event.eventContextData().ipAddress()).isEqualTo(HOME);
  }

  @Test
  void no_action_and_audit_mode_sign_up_and_record_the_detection() {
    protectedPool(AdvancedSecurityModeType.ENFORCED);
    compromisedCredentials(CompromisedCredentialsEventActionType.NO_ACTION);
    signUp("bob", COMPROMISED, HOME);
    assertThat(lastEvent("bob").eventRisk().compromisedCredentialsDetected()).isTrue();

    protectedPool(AdvancedSecurityModeType.AUDIT);
    compromisedCredentials(CompromisedCredentialsEventActionType.BLOCK);
    signUp("carol", COMPROMISED, HOME);
    assertThat(lastEvent("carol").eventRisk().compromisedCredentialsDetected()).isTrue();
  }

  @Test
  void a_pool_without_threat_protection_never_checks_passwords() {
    poolId = pool(cognito);
    client = client(cognito, poolId, r -> r.generateSecret(true));
    fake.threats().compromisedPasswords(List.of(COMPROMISED));

    signUp("bob", COMPROMISED, HOME);

    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("bob")).userStatus())
        .isEqualTo(UserStatusType.UNCONFIRMED);
  }

  @Test
  void sign_up_from_an_always_blocked_address_is_refused() {
    protectedPool(AdvancedSecurityModeType.ENFORCED);
    blockList();

    assertCognitoError(() -> signUp("bob", FRESH, BLOCKED), NotAuthorizedException.class, BLOCKED_REQUEST);

    assertCognitoError(() -> cognito.adminGetUser(r -> r.userPoolId(poolId).username("bob")),
        UserNotFoundException.class, "User does not exist.");
    signUp("bob", FRESH, HOME);
  }

  @Test
  void a_risky_sign_up_is_recorded_but_not_blocked() {
    protectedPool(AdvancedSecurityModeType.ENFORCED);
    blockRiskySignIns();

    signUp("bob", FRESH, BLOCKED);

    AuthEventType event = lastEvent("bob");
    assertThat(event.eventTypeAsString()).isEqualTo("SignUp");
    assertThat(event.eventResponseAsString()).isEqualTo("Pass");
    assertThat(event.eventRisk().riskDecision()).isEqualTo(RiskDecisionType.ACCOUNT_TAKEOVER);
    assertThat(event.eventRisk().riskLevelAsString()).isEqualTo("High");
    assertThat(event.eventContextData().ipAddress()).isEqualTo(BLOCKED);
  }

  /* ---- ForgotPassword ---- */

  @Test
  void forgot_password_from_an_always_blocked_address_is_refused_and_sends_no_code() {
    protectedPool(AdvancedSecurityModeType.ENFORCED);
    blockList();

    assertCognitoError(() -> forgotPassword(BLOCKED), NotAuthorizedException.class, BLOCKED_REQUEST);

    assertThat(fake.outbox().messages()).isEmpty();
    forgotPassword(HOME);
    assertThat(fake.outbox().messages()).hasSize(1);
  }

  @Test
  void a_risky_forgot_password_is_recorded_but_not_blocked() {
    protectedPool(AdvancedSecurityModeType.ENFORCED);
    blockRiskySignIns();

    forgotPassword(BLOCKED);

    AuthEventType event = lastEvent("alice");
    assertThat(event.eventTypeAsString()).isEqualTo("ForgotPassword");
    assertThat(event.eventRisk().riskDecision()).isEqualTo(RiskDecisionType.ACCOUNT_TAKEOVER);
    assertThat(event.eventRisk().riskLevelAsString()).isEqualTo("High");
    assertThat(event.eventContextData().ipAddress()).isEqualTo(BLOCKED);
    assertThat(fake.outbox().messages()).hasSize(1);
  }

  @Test
  void an_always_allowed_address_is_neither_blocked_nor_scored() {
    protectedPool(AdvancedSecurityModeType.ENFORCED);
    blockRiskySignIns();
    cognito.setRiskConfiguration(r -> r.userPoolId(poolId).riskExceptionConfiguration(e -> e
        .blockedIPRangeList("203.0.113.0/24").skippedIPRangeList(BLOCKED + "/32")));

    forgotPassword(BLOCKED);

    assertThat(lastEvent("alice").eventRisk().riskDecision()).isEqualTo(RiskDecisionType.NO_RISK);
  }

  /* ---- ConfirmForgotPassword ---- */

  @Test
  void block_refuses_a_compromised_password_reset_and_keeps_the_old_password_and_the_code() {
    protectedPool(AdvancedSecurityModeType.ENFORCED);
    compromisedCredentials(CompromisedCredentialsEventActionType.BLOCK, EventFilterType.PASSWORD_CHANGE);
    forgotPassword(HOME);

    assertCognitoError(() -> confirmForgotPassword(COMPROMISED, HOME), InvalidPasswordException.class, INSECURE);

    AuthEventType refused = lastEvent("alice");
    assertThat(refused.eventTypeAsString()).isEqualTo("PasswordChange");
    assertThat(refused.eventResponseAsString()).isEqualTo("Fail");
    assertThat(refused.eventRisk().riskDecision()).isEqualTo(RiskDecisionType.BLOCK);
    assertThat(refused.eventRisk().compromisedCredentialsDetected()).isTrue();
    assertThat(refused.eventContextData().ipAddress()).isEqualTo(HOME);
    assertThat(signIn("alice", PASSWORD).accessToken()).isNotBlank();
    confirmForgotPassword(FRESH, HOME);
    assertThat(signIn("alice", FRESH).accessToken()).isNotBlank();
  }

  @Test
  void a_filter_without_password_change_lets_the_reset_through_and_records_the_detection() {
    protectedPool(AdvancedSecurityModeType.ENFORCED);
    compromisedCredentials(CompromisedCredentialsEventActionType.BLOCK, EventFilterType.SIGN_UP);
    forgotPassword(HOME);

    confirmForgotPassword(COMPROMISED, HOME);

    AuthEventType event = lastEvent("alice");
    assertThat(event.eventTypeAsString()).isEqualTo("PasswordChange");
    assertThat(event.eventResponseAsString()).isEqualTo("Pass");
    assertThat(event.eventRisk().compromisedCredentialsDetected()).isTrue();
  }

  @Test
  void confirm_forgot_password_from_an_always_blocked_address_is_refused() {
    protectedPool(AdvancedSecurityModeType.ENFORCED);
    forgotPassword(HOME);
    blockList();

    assertCognitoError(() -> confirmForgotPassword(FRESH, BLOCKED), NotAuthorizedException.class, BLOCKED_REQUEST);

    assertThat(signIn("alice", PASSWORD).accessToken()).isNotBlank();
  }

  /* ---- ChangePassword ---- */

  @Test
  void block_refuses_a_compromised_password_change_and_keeps_the_old_password() {
    protectedPool(AdvancedSecurityModeType.ENFORCED);
    compromisedCredentials(CompromisedCredentialsEventActionType.BLOCK);

    assertCognitoError(() -> changePassword(COMPROMISED), InvalidPasswordException.class, INSECURE);

    AuthEventType refused = lastEvent("alice");
    assertThat(refused.eventTypeAsString()).isEqualTo("PasswordChange");
    assertThat(refused.eventResponseAsString()).isEqualTo("Fail");
    assertThat(refused.eventRisk().riskDecision()).isEqualTo(RiskDecisionType.BLOCK);
    assertThat(refused.eventRisk().compromisedCredentialsDetected()).isTrue();
    assertThat(signIn("alice", PASSWORD).accessToken()).isNotBlank();
  }

  @Test
  void no_action_changes_the_password_and_records_the_detection() {
    protectedPool(AdvancedSecurityModeType.ENFORCED);
    compromisedCredentials(CompromisedCredentialsEventActionType.NO_ACTION);

    changePassword(COMPROMISED);

    AuthEventType event = lastEvent("alice");
    assertThat(event.eventTypeAsString()).isEqualTo("PasswordChange");
    assertThat(event.eventResponseAsString()).isEqualTo("Pass");
    assertThat(event.eventRisk().compromisedCredentialsDetected()).isTrue();
    assertThat(signIn("alice", COMPROMISED).accessToken()).isNotBlank();
  }

  @Test
  void a_clients_own_settings_replace_the_pools_for_a_password_change() {
    protectedPool(AdvancedSecurityModeType.ENFORCED);
    compromisedCredentials(CompromisedCredentialsEventActionType.BLOCK);
    cognito.setRiskConfiguration(r -> r.userPoolId(poolId).clientId(client.clientId())
        .compromisedCredentialsRiskConfiguration(c -> c.actions(a -> a
            .eventAction(CompromisedCredentialsEventActionType.NO_ACTION))));

    changePassword(COMPROMISED);

    assertThat(signIn("alice", COMPROMISED).accessToken()).isNotBlank();
  }

  /* ---- NEW_PASSWORD_REQUIRED ---- */

  @Test
  void block_refuses_a_compromised_new_password_and_the_session_can_answer_again() {
    protectedPool(AdvancedSecurityModeType.ENFORCED);
    compromisedCredentials(CompromisedCredentialsEventActionType.BLOCK, EventFilterType.PASSWORD_CHANGE);
    cognito.adminCreateUser(r -> r.userPoolId(poolId).username("bob").temporaryPassword("Temp0rary!")
        .messageAction("SUPPRESS"));
    String session = cognito.initiateAuth(r -> r.clientId(client.clientId()).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", "bob", "PASSWORD", "Temp0rary!", "SECRET_HASH", secretHash(client, "bob"))))
        .session();

    assertCognitoError(() -> newPassword(session, COMPROMISED), InvalidPasswordException.class, INSECURE);

    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("bob")).userStatus())
        .isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
    assertThat(newPassword(session, FRESH).authenticationResult().accessToken()).isNotBlank();
  }
}
