package dev.fakecognito.samples.signup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.junit.FakeCognitoExtension;
import dev.fakecognito.junit.InjectFakeCognito;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/** One fake for the whole class, configured once: the pool is created before the first test. */
class SharedPoolSignUpTest {

  // region junit-programmatic
  @RegisterExtension
  static final FakeCognitoExtension COGNITO = FakeCognitoExtension.builder()
      .region("eu-west-1")
      .perClass(true)
      .build();

  private static String poolId;
  private static UserPoolClientType app;

  @InjectFakeCognito FakeCognito fake;
  @InjectFakeCognito CognitoIdentityProviderClient cognito;
  // endregion junit-programmatic

  @BeforeAll
  static void createPool(CognitoIdentityProviderClient cognito) {
    poolId = cognito.createUserPool(r -> r.poolName("shop")
        .autoVerifiedAttributes(VerifiedAttributeType.EMAIL)).userPool().id();
    app = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("web").generateSecret(true)
        .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH)).userPoolClient();
  }

  @Test
  void pool_lives_in_the_configured_region() {
    assertThat(poolId).startsWith("eu-west-1_");
  }

  @Test
  void users_sign_up_into_the_shared_pool() {
    SignUpService service = new SignUpService(cognito, app.clientId(), app.clientSecret());

    String sub = service.register("carol", "Passw0rd!", "carol@example.com", "203.0.113.9");

    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("carol")).userAttributes())
        .anySatisfy(a -> assertThat(a.value()).isEqualTo(sub));
    assertThat(fake.outbox().lastCode(poolId, "carol")).isPresent();
  }
}
