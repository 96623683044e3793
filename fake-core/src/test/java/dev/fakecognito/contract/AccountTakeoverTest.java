package dev.fakecognito.contract;

import static dev.fakecognito.testing.Fixtures.PASSWORD;
import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.attribute;
import static dev.fakecognito.testing.Fixtures.client;
import static dev.fakecognito.testing.Fixtures.confirmedUser;
import static dev.fakecognito.testing.Fixtures.pool;
import static dev.fakecognito.testing.Fixtures.secretHash;
import static dev.fakecognito.testing.Fixtures.srpClient;
import static dev.fakecognito.testing.Transport.clientFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.recording.SentMessage;
import dev.fakecognito.srp.CognitoSrp;
import dev.fakecognito.srp.SrpSignIn;
import dev.fakecognito.threats.RiskLevel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AccountTakeoverEventActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminInitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminRespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdvancedSecurityModeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthEventType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ContextDataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RiskDecisionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;

/** Account takeover protection: the risk a test declares and the actions a pool configures for it. */
class AccountTakeoverTest {

  private static final String RISKY = "203.0.113.7";
  private static final String HOME = "198.51.100.20";
  private static final String BLOCKED_SIGN_IN = "Unable to login because of security reasons.";

  private final FakeCognito fake = FakeCognito.create();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);

  private String poolId;
  private UserPoolClientType client;

  private void protectedPool(AdvancedSecurityModeType mode, AccountTakeoverEventActionType high, boolean notify) {
    protectedPool(mode, high, notify, r -> {});
  }

  private void protectedPool(AdvancedSecurityModeType mode, AccountTakeoverEventActionType high, boolean notify,
      Consumer<CreateUserPoolRequest.Builder> settings) {
    poolId = pool(cognito, r -> settings.accept(r.userPoolAddOns(a -> a.advancedSecurityMode(mode))));
    client = srpClient(cognito, poolId, r -> r.generateSecret(true).enablePropagateAdditionalUserContextData(true));
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"));
    cognito.setRiskConfiguration(r -> r.userPoolId(poolId).accountTakeoverRiskConfiguration(t -> t.actions(a -> a
        .lowAction(x -> x.eventAction(AccountTakeoverEventActionType.NO_ACTION).sendNotification(false))
        .mediumAction(x -> x.eventAction(AccountTakeoverEventActionType.NO_ACTION).sendNotification(notify))
        .highAction(x -> x.eventAction(high).sendNotification(notify)))));
    fake.threats().ipRisk("203.0.113.0/24", RiskLevel.HIGH);
  }

  private InitiateAuthResponse signInFrom(String ip) {
    Map<String, String> parameters = new HashMap<>(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD));
    parameters.put("SECRET_HASH", secretHash(client, "alice"));
    return cognito.initiateAuth(r -> r.clientId(client.clientId()).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(parameters).userContextData(c -> c.ipAddress(ip)));
  }

  private AuthEventType lastEvent() {
    return cognito.adminListUserAuthEvents(r -> r.userPoolId(poolId).username("alice")).authEvents().get(0);
  }

  @Test
  void block_refuses_a_high_risk_sign_in_and_records_the_decision() {
    protectedPool(AdvancedSecurityModeType.ENFORCED, AccountTakeoverEventActionType.BLOCK, false);

    assertCognitoError(() -> signInFrom(RISKY), NotAuthorizedException.class,
        "Unable to login because of security reasons.");

    AuthEventType event = lastEvent();
    assertThat(event.eventResponseAsString()).isEqualTo("Fail");
    assertThat(event.eventRisk().riskDecision()).isEqualTo(RiskDecisionType.BLOCK);
    assertThat(event.eventRisk().riskLevelAsString()).isEqualTo("High");
    assertThat(event.eventContextData().ipAddress()).isEqualTo(RISKY);
    assertThat(signInFrom(HOME).authenticationResult().accessToken()).isNotBlank();
    assertThat(lastEvent().eventRisk().riskDecision()).isEqualTo(RiskDecisionType.NO_RISK);
  }

  @Test
  void a_user_override_raises_the_risk_from_any_address() {
    protectedPool(AdvancedSecurityModeType.ENFORCED, AccountTakeoverEventActionType.BLOCK, false);
    fake.threats().userRisk(poolId, "alice", RiskLevel.HIGH);

    assertCognitoError(() -> signInFrom(HOME), NotAuthorizedException.class,
        "Unable to login because of security reasons.");
  }

  @Test
  void no_action_signs_in_and_records_the_risk() {
    protectedPool(AdvancedSecurityModeType.ENFORCED, AccountTakeoverEventActionType.NO_ACTION, false);
    fake.threats().ipRisk(RISKY, RiskLevel.MEDIUM);

    assertThat(signInFrom(RISKY).authenticationResult().accessToken()).isNotBlank();
    assertThat(lastEvent().eventRisk().riskDecision()).isEqualTo(RiskDecisionType.ACCOUNT_TAKEOVER);
    assertThat(lastEvent().eventRisk().riskLevelAsString()).isEqualTo("High");
  }

  @Test
  void mfa_required_refuses_a_user_without_mfa_and_mfa_if_configured_lets_them_in() {
    protectedPool(AdvancedSecurityModeType.ENFORCED, AccountTakeoverEventActionType.MFA_REQUIRED, false);
    assertCognitoError(() -> signInFrom(RISKY), NotAuthorizedException.class,
        "Unable to login because of security reasons.");

    cognito.setRiskConfiguration(r -> r.userPoolId(poolId).accountTakeoverRiskConfiguration(t -> t.actions(a -> a
        .highAction(x -> x.eventAction(AccountTakeoverEventActionType.MFA_IF_CONFIGURED).sendNotification(false)))));
    assertThat(signInFrom(RISKY).authenticationResult().accessToken()).isNotBlank();
  }

  @Test
  void audit_mode_records_the_risk_but_never_acts() {
    protectedPool(AdvancedSecurityModeType.AUDIT, AccountTakeoverEventActionType.BLOCK, true);

    assertThat(signInFrom(RISKY).authenticationResult().accessToken()).isNotBlank();
    assertThat(lastEvent().eventRisk().riskDecision()).isEqualTo(RiskDecisionType.ACCOUNT_TAKEOVER);
    assertThat(fake.outbox().messages()).isEmpty();
  }

  @Test
  void a_notifying_action_emails_the_user_a_feedback_token() {
    protectedPool(AdvancedSecurityModeType.ENFORCED, AccountTakeoverEventActionType.BLOCK, true);

    assertCognitoError(() -> signInFrom(RISKY), NotAuthorizedException.class,
        "Unable to login because of security reasons.");

    List<SentMessage> sent = fake.outbox().messages();
    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).destination()).isEqualTo("alice@example.com");
    assertThat(sent.get(0).message()).contains("Event: " + lastEvent().eventId()).contains("Feedback token: ");
  }

  @Test
  void the_risk_of_an_address_counts_only_if_the_client_passes_it_on() {
    protectedPool(AdvancedSecurityModeType.ENFORCED, AccountTakeoverEventActionType.BLOCK, false);
    UserPoolClientType plain = client(cognito, poolId);

    InitiateAuthResponse response = cognito.initiateAuth(r -> r.clientId(plain.clientId())
        .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD))
        .userContextData(c -> c.ipAddress(RISKY)));

    assertThat(response.authenticationResult().accessToken()).isNotBlank();
  }

  /* ---- SRP and admin flows: the decision comes once the password is proven ---- */

  @Test
  void srp_sign_in_is_blocked_at_the_password_verifier_step() {
    protectedPool(AdvancedSecurityModeType.ENFORCED, AccountTakeoverEventActionType.BLOCK, false);
    SrpSignIn signIn = srp().newSignIn("alice");
    InitiateAuthResponse challenge = srpStart(signIn, RISKY);
    assertThat(challenge.challengeNameAsString()).isEqualTo("PASSWORD_VERIFIER");

    assertCognitoError(() -> passwordVerifier(signIn, challenge, RISKY), NotAuthorizedException.class,
        BLOCKED_SIGN_IN);

    AuthEventType event = lastEvent();
    assertThat(event.eventResponseAsString()).isEqualTo("Fail");
    assertThat(event.eventRisk().riskDecision()).isEqualTo(RiskDecisionType.BLOCK);
    assertThat(event.eventRisk().riskLevelAsString()).isEqualTo("High");
    assertThat(event.eventContextData().ipAddress()).isEqualTo(RISKY);
    SrpSignIn again = srp().newSignIn("alice");
    assertThat(passwordVerifier(again, srpStart(again, HOME), HOME).authenticationResult().accessToken())
        .isNotBlank();
  }

  @Test
  void srp_sign_in_with_mfa_required_refuses_a_user_without_mfa() {
    protectedPool(AdvancedSecurityModeType.ENFORCED, AccountTakeoverEventActionType.MFA_REQUIRED, false);
    SrpSignIn signIn = srp().newSignIn("alice");
    InitiateAuthResponse challenge = srpStart(signIn, RISKY);

    assertCognitoError(() -> passwordVerifier(signIn, challenge, RISKY), NotAuthorizedException.class,
        BLOCKED_SIGN_IN);
  }

  @Test
  void admin_password_sign_in_is_judged_by_the_address_of_its_context_data() {
    protectedPool(AdvancedSecurityModeType.ENFORCED, AccountTakeoverEventActionType.BLOCK, false);

    assertCognitoError(() -> adminSignInFrom(RISKY), NotAuthorizedException.class, BLOCKED_SIGN_IN);

    assertThat(lastEvent().eventContextData().ipAddress()).isEqualTo(RISKY);
    assertThat(lastEvent().eventRisk().riskDecision()).isEqualTo(RiskDecisionType.BLOCK);
    assertThat(adminSignInFrom(HOME).authenticationResult().accessToken()).isNotBlank();
  }

  @Test
  void admin_srp_sign_in_is_blocked_at_admin_respond_to_auth_challenge() {
    protectedPool(AdvancedSecurityModeType.ENFORCED, AccountTakeoverEventActionType.BLOCK, false);
    SrpSignIn signIn = srp().newSignIn("alice");
    AdminInitiateAuthResponse challenge = cognito.adminInitiateAuth(r -> r.userPoolId(poolId)
        .clientId(client.clientId()).authFlow(AuthFlowType.USER_SRP_AUTH).authParameters(signIn.authParameters())
        .contextData(context(RISKY)));

    assertCognitoError(() -> cognito.adminRespondToAuthChallenge(r -> r.userPoolId(poolId)
            .clientId(client.clientId()).challengeName(ChallengeNameType.PASSWORD_VERIFIER)
            .session(challenge.session())
            .challengeResponses(signIn.passwordVerifierResponses(challenge.challengeParameters(), PASSWORD))
            .contextData(context(RISKY))),
        NotAuthorizedException.class, BLOCKED_SIGN_IN);

    assertThat(lastEvent().eventRisk().riskLevelAsString()).isEqualTo("High");
  }

  @Test
  void admin_sign_in_with_mfa_required_challenges_a_user_with_mfa_and_records_the_risk() {
    protectedPool(AdvancedSecurityModeType.ENFORCED, AccountTakeoverEventActionType.MFA_REQUIRED, false,
        r -> r.smsConfiguration(s -> s.snsCallerArn("arn:aws:iam::123456789012:role/sms").externalId("fake")));
    cognito.setUserPoolMfaConfig(r -> r.userPoolId(poolId).mfaConfiguration(UserPoolMfaType.OPTIONAL)
        .smsMfaConfiguration(m -> m.smsAuthenticationMessage("Your code is {####}")));
    cognito.adminUpdateUserAttributes(r -> r.userPoolId(poolId).username("alice")
        .userAttributes(attribute("phone_number", "+15555550100")));
    cognito.adminSetUserMFAPreference(r -> r.userPoolId(poolId).username("alice")
        .smsMfaSettings(m -> m.enabled(true).preferredMfa(true)));

    AdminInitiateAuthResponse challenge = adminSignInFrom(RISKY);
    assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.SMS_MFA);
    String code = fake.outbox().lastCode(poolId, "alice").orElseThrow();
    AdminRespondToAuthChallengeResponse tokens = cognito.adminRespondToAuthChallenge(r -> r.userPoolId(poolId)
        .clientId(client.clientId()).challengeName(ChallengeNameType.SMS_MFA).session(challenge.session())
        .challengeResponses(Map.of("USERNAME", "alice", "SMS_MFA_CODE", code,
            "SECRET_HASH", secretHash(client, "alice")))
        .contextData(context(RISKY)));

    assertThat(tokens.authenticationResult().accessToken()).isNotBlank();
    AuthEventType event = lastEvent();
    assertThat(event.eventResponseAsString()).isEqualTo("Pass");
    assertThat(event.eventRisk().riskDecision()).isEqualTo(RiskDecisionType.ACCOUNT_TAKEOVER);
    assertThat(event.eventRisk().riskLevelAsString()).isEqualTo("High");
    assertThat(event.eventContextData().ipAddress()).isEqualTo(RISKY);
  }

  private CognitoSrp srp() {
    return CognitoSrp.builder().client(cognito).userPoolId(poolId).clientId(client.clientId())
        .clientSecret(client.clientSecret()).clock(fake.clock()).build();
  }

  private InitiateAuthResponse srpStart(SrpSignIn signIn, String ip) {
    return cognito.initiateAuth(r -> r.clientId(client.clientId()).authFlow(AuthFlowType.USER_SRP_AUTH)
        .authParameters(signIn.authParameters()).userContextData(c -> c.ipAddress(ip)));
  }

  private RespondToAuthChallengeResponse passwordVerifier(SrpSignIn signIn, InitiateAuthResponse challenge,
      String ip) {
    return cognito.respondToAuthChallenge(r -> r.clientId(client.clientId())
        .challengeName(ChallengeNameType.PASSWORD_VERIFIER).session(challenge.session())
        .challengeResponses(signIn.passwordVerifierResponses(challenge.challengeParameters(), PASSWORD))
        .userContextData(c -> c.ipAddress(ip)));
  }

  private AdminInitiateAuthResponse adminSignInFrom(String ip) {
    return cognito.adminInitiateAuth(r -> r.userPoolId(poolId).clientId(client.clientId())
        .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD, "SECRET_HASH", secretHash(client, "alice")))
        .contextData(context(ip)));
  }

  private static ContextDataType context(String ip) {
    return ContextDataType.builder().ipAddress(ip).serverName("api.example.com").serverPath("/login")
        .httpHeaders(h -> h.headerName("User-Agent").headerValue("test")).build();
  }
}
