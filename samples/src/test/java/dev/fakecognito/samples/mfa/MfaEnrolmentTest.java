package dev.fakecognito.samples.mfa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.junit.FakeCognitoTest;
import dev.fakecognito.totp.Totp;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExpiredCodeException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;

/** An authenticator app as a test double: Totp computes what the app would show, on the fake's clock. */
@FakeCognitoTest
class MfaEnrolmentTest {

  @Test
  void enrolled_user_signs_in_with_the_authenticator_code(FakeCognito fake, CognitoIdentityProviderClient cognito) {
    String poolId = cognito.createUserPool(r -> r.poolName("shop")).userPool().id();
    cognito.setUserPoolMfaConfig(r -> r.userPoolId(poolId).mfaConfiguration(UserPoolMfaType.OPTIONAL)
        .softwareTokenMfaConfiguration(t -> t.enabled(true)));
    String clientId = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("web")
        .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH)).userPoolClient().clientId();
    cognito.adminCreateUser(r -> r.userPoolId(poolId).username("alice").messageAction("SUPPRESS"));
    cognito.adminSetUserPassword(r -> r.userPoolId(poolId).username("alice").password("Passw0rd!").permanent(true));
    String accessToken = cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", "alice", "PASSWORD", "Passw0rd!"))).authenticationResult().accessToken();
    MfaEnrolment enrolment = new MfaEnrolment(cognito, clientId);
    AtomicReference<String> secret = new AtomicReference<>();

    secret.set(enrolment.enrol(accessToken, s -> Totp.code(s, fake.clock())));
    fake.clock().advance(Duration.ofSeconds(30));

    assertThat(enrolment.signIn("alice", "Passw0rd!", user -> Totp.code(secret.get(), fake.clock())).idToken())
        .isNotBlank();
    ExpiredCodeException replay = catchThrowableOfType(ExpiredCodeException.class,
        () -> enrolment.signIn("alice", "Passw0rd!", user -> Totp.code(secret.get(), fake.clock())));
    assertThat(replay.awsErrorDetails().errorMessage()).isEqualTo("Your software token has already been used once.");
  }
}
