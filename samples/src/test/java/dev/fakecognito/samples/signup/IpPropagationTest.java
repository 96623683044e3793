package dev.fakecognito.samples.signup;

import static dev.fakecognito.assertions.FakeCognitoAssertions.assertThat;

import dev.fakecognito.FakeCognito;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/** Proves that the service passes each end user's IP address on to Cognito. */
class IpPropagationTest {

  @Test
  void every_call_forwards_the_callers_ip() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = fake.client();
    String poolId = cognito.createUserPool(r -> r.poolName("shop")
        .autoVerifiedAttributes(VerifiedAttributeType.EMAIL)).userPool().id();
    UserPoolClientType app = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("web")
        .generateSecret(true).enablePropagateAdditionalUserContextData(true)
        .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH)).userPoolClient();
    SignUpService service = new SignUpService(cognito, app.clientId(), app.clientSecret());

    service.register("alice", "Passw0rd!", "alice@example.com", "203.0.113.7");
    service.confirm("alice", fake.outbox().lastCode(poolId, "alice").orElseThrow(), "2001:db8::7");
    service.signIn("alice", "Passw0rd!", "198.51.100.23");

    assertThat(fake).recorded("SignUp").hasUsername("alice").hasIpAddress("203.0.113.7").wasPropagated();
    assertThat(fake).recorded("ConfirmSignUp").hasIpAddress("2001:db8::7").wasPropagated();
    assertThat(fake).propagatedIp("InitiateAuth", "198.51.100.23");
  }

  @Test
  void ip_is_not_propagated_through_a_client_without_the_setting() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = fake.client();
    String poolId = cognito.createUserPool(r -> r.poolName("shop")).userPool().id();
    UserPoolClientType app = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("web")
        .generateSecret(true)).userPoolClient();
    SignUpService service = new SignUpService(cognito, app.clientId(), app.clientSecret());

    service.register("alice", "Passw0rd!", "alice@example.com", "203.0.113.7");

    assertThat(fake).recorded("SignUp").hasIpAddress("203.0.113.7").wasNotPropagated();
    assertThat(fake).propagatedNoIp("SignUp");
  }
}
