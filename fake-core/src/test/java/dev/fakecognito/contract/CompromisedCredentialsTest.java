package dev.fakecognito.contract;

import static dev.fakecognito.testing.Fixtures.PASSWORD;
import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.srpClient;
import static dev.fakecognito.testing.Fixtures.confirmedUser;
import static dev.fakecognito.testing.Fixtures.pool;
import static dev.fakecognito.testing.Transport.clientFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.srp.CognitoSrp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdvancedSecurityModeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthEventType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CompromisedCredentialsEventActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.EventFilterType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RiskDecisionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/**
 * Compromised-credentials protection at sign-in, for the passwords a test declares compromised:
 * the flows that send the password are checked, SRP is not.
 */
class CompromisedCredentialsTest {

  private final FakeCognito fake = FakeCognito.create();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);

  private String poolId;
  private UserPoolClientType client;

  private void protectedPool(AdvancedSecurityModeType mode, CompromisedCredentialsEventActionType action,
      EventFilterType... filter) {
    poolId = pool(cognito, r -> r.userPoolAddOns(a -> a.advancedSecurityMode(mode)));
    client = srpClient(cognito, poolId);
    confirmedUser(cognito, poolId, "alice");
    cognito.setRiskConfiguration(r -> r.userPoolId(poolId).compromisedCredentialsRiskConfiguration(c -> c
        .eventFilter(filter).actions(a -> a.eventAction(action))));
    fake.threats().compromisedPasswords(List.of(PASSWORD));
  }

  private InitiateAuthResponse signIn() {
    return cognito.initiateAuth(r -> r.clientId(client.clientId()).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD)));
  }

  private AuthEventType lastEvent() {
    return cognito.adminListUserAuthEvents(r -> r.userPoolId(poolId).username("alice")).authEvents().get(0);
  }

  @Test
  void block_refuses_a_sign_in_with_a_compromised_password_and_records_it() {
    protectedPool(AdvancedSecurityModeType.ENFORCED, CompromisedCredentialsEventActionType.BLOCK);

    assertCognitoError(this::signIn, NotAuthorizedException.class, "Request not allowed due to security reasons.");

    assertThat(lastEvent().eventResponseAsString()).isEqualTo("Fail");
    assertThat(lastEvent().eventRisk().riskDecision()).isEqualTo(RiskDecisionType.BLOCK);
    assertThat(lastEvent().eventRisk().compromisedCredentialsDetected()).isTrue();
  }

  @Test
  void a_filter_without_sign_in_lets_the_sign_in_through() {
    protectedPool(AdvancedSecurityModeType.ENFORCED, CompromisedCredentialsEventActionType.BLOCK,
        EventFilterType.SIGN_UP);

    assertThat(signIn().authenticationResult().accessToken()).isNotBlank();
  }

  @Test
  void no_action_and_audit_mode_sign_in_and_record_the_detection() {
    protectedPool(AdvancedSecurityModeType.ENFORCED, CompromisedCredentialsEventActionType.NO_ACTION);
    assertThat(signIn().authenticationResult().accessToken()).isNotBlank();
    assertThat(lastEvent().eventRisk().compromisedCredentialsDetected()).isTrue();

    protectedPool(AdvancedSecurityModeType.AUDIT, CompromisedCredentialsEventActionType.BLOCK);
    assertThat(signIn().authenticationResult().accessToken()).isNotBlank();
    assertThat(lastEvent().eventRisk().compromisedCredentialsDetected()).isTrue();
    assertThat(lastEvent().eventRisk().riskDecision()).isEqualTo(RiskDecisionType.NO_RISK);
  }

  @Test
  void admin_password_sign_in_is_checked() {
    protectedPool(AdvancedSecurityModeType.ENFORCED, CompromisedCredentialsEventActionType.BLOCK);

    assertCognitoError(() -> cognito.adminInitiateAuth(r -> r.userPoolId(poolId).clientId(client.clientId())
            .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
            .authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD))),
        NotAuthorizedException.class, "Request not allowed due to security reasons.");

    assertThat(lastEvent().eventRisk().compromisedCredentialsDetected()).isTrue();
  }

  @Test
  void srp_sign_in_never_shows_the_password_so_it_is_not_checked() {
    protectedPool(AdvancedSecurityModeType.ENFORCED, CompromisedCredentialsEventActionType.BLOCK);
    CognitoSrp srp = CognitoSrp.builder().client(cognito).userPoolId(poolId).clientId(client.clientId())
        .clock(fake.clock()).build();

    assertThat(srp.signIn("alice", PASSWORD).accessToken()).isNotBlank();

    assertThat(lastEvent().eventResponseAsString()).isEqualTo("Pass");
    assertThat(lastEvent().eventRisk().compromisedCredentialsDetected()).isFalse();
  }
}
