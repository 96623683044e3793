package dev.fakecognito.samples;

import static dev.fakecognito.assertions.FakeCognitoAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/** The code the README quotes, kept compiling and passing. Regions are marked with comments. */
class SnippetsTest {

  @Test
  void basic_use() {
    // region basic-use
    try (FakeCognito fake = FakeCognito.create()) {
      CognitoIdentityProviderClient cognito = fake.client();
      String poolId = cognito.createUserPool(r -> r.poolName("shop")
          .autoVerifiedAttributes(VerifiedAttributeType.EMAIL)).userPool().id();
      String clientId = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("web")
          .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH)).userPoolClient().clientId();

      cognito.signUp(r -> r.clientId(clientId).username("alice").password("Passw0rd!")
          .userAttributes(a -> a.name("email").value("alice@example.com"))
          .userContextData(c -> c.ipAddress("203.0.113.7")));
      String code = fake.outbox().lastCode(poolId, "alice").orElseThrow();
      cognito.confirmSignUp(r -> r.clientId(clientId).username("alice").confirmationCode(code));

      String idToken = cognito.initiateAuth(r -> r.clientId(clientId)
          .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
          .authParameters(Map.of("USERNAME", "alice", "PASSWORD", "Passw0rd!")))
          .authenticationResult().idToken();
      assertThat(fake).token(idToken).isIdToken().hasClaim("email", "alice@example.com");
      assertThat(fake).recorded("SignUp").hasIpAddress("203.0.113.7").wasNotPropagated();
    }
    // endregion basic-use
  }

  @Test
  void expire_a_code_with_the_clock() {
    FakeCognito fake = FakeCognito.create();
    java.time.Instant before = fake.clock().instant();
    // region clock
    fake.clock().advance(java.time.Duration.ofHours(24)); // sign-up codes are now expired
    // endregion clock
    assertThat(fake.clock().instant()).isEqualTo(before.plus(java.time.Duration.ofHours(24)));
  }
}
