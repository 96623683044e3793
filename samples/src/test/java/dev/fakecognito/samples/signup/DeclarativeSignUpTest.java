package dev.fakecognito.samples.signup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.junit.FakeCognitoTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/** The extension hands every test a fresh fake and its client as parameters. */
@FakeCognitoTest
class DeclarativeSignUpTest {

  @Test
  void registering_sends_a_code_to_the_email_address(FakeCognito fake, CognitoIdentityProviderClient cognito) {
    String poolId = cognito.createUserPool(r -> r.poolName("shop")
        .autoVerifiedAttributes(VerifiedAttributeType.EMAIL)).userPool().id();
    UserPoolClientType app = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("web")
        .generateSecret(true)).userPoolClient();

    new SignUpService(cognito, app.clientId(), app.clientSecret())
        .register("alice", "Passw0rd!", "alice@example.com", "203.0.113.7");

    assertThat(fake.outbox().messages()).singleElement()
        .satisfies(m -> assertThat(m.destination()).isEqualTo("alice@example.com"))
        .satisfies(m -> assertThat(m.code()).hasSize(6));
  }

  @Test
  void every_test_starts_with_an_empty_fake(CognitoIdentityProviderClient cognito) {
    assertThat(cognito.listUserPools(r -> r.maxResults(10)).userPools()).isEmpty();
  }
}
