package dev.fakecognito.samples.signup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotConfirmedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/** Uses the fake without any extension: create it, seed it through the SDK, close it. */
class PlainJavaSignUpTest {

  private FakeCognito fake;
  private String poolId;
  private SignUpService service;

  @BeforeEach
  void setUp() {
    fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = fake.client();
    poolId = cognito.createUserPool(r -> r.poolName("shop")
        .autoVerifiedAttributes(VerifiedAttributeType.EMAIL)).userPool().id();
    UserPoolClientType app = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("web")
        .generateSecret(true)
        .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH,
            ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)).userPoolClient();
    service = new SignUpService(cognito, app.clientId(), app.clientSecret());
  }

  @AfterEach
  void tearDown() {
    fake.close();
  }

  @Test
  void registered_user_signs_in_after_confirming_with_the_code_from_the_outbox() {
    service.register("alice", "Passw0rd!", "alice@example.com", "203.0.113.7");
    service.confirm("alice", fake.outbox().lastCode(poolId, "alice").orElseThrow(), "203.0.113.7");

    AuthenticationResultType tokens = service.signIn("alice", "Passw0rd!", "203.0.113.7");

    assertThat(tokens.idToken()).isNotBlank();
    assertThat(fake.client().adminGetUser(r -> r.userPoolId(poolId).username("alice")).userStatus())
        .isEqualTo(UserStatusType.CONFIRMED);
  }

  @Test
  void unconfirmed_user_cannot_sign_in() {
    service.register("bob", "Passw0rd!", "bob@example.com", "203.0.113.8");

    assertThatUnconfirmed(() -> service.signIn("bob", "Passw0rd!", "203.0.113.8"));
  }

  private static void assertThatUnconfirmed(Runnable call) {
    UserNotConfirmedException error =
        org.assertj.core.api.Assertions.catchThrowableOfType(UserNotConfirmedException.class, call::run);
    assertThat(error.awsErrorDetails().errorCode()).isEqualTo("UserNotConfirmedException");
    assertThat(error.awsErrorDetails().errorMessage()).isEqualTo("User is not confirmed.");
  }
}
