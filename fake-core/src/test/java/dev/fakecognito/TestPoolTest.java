package dev.fakecognito;

import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameAttributeType;

class TestPoolTest {

  private static final String PASSWORD = "Passw0rd!";

  private final FakeCognito fake = FakeCognito.create();
  private final CognitoIdentityProviderClient cognito = fake.client();

  private UserPoolClientType describeClient(TestPool pool) {
    return cognito.describeUserPoolClient(r -> r.userPoolId(pool.poolId()).clientId(pool.clientId()))
        .userPoolClient();
  }

  @Test
  void new_pool_has_a_client_for_the_password_srp_admin_and_refresh_flows_without_a_secret() {
    TestPool pool = fake.newPool();

    UserPoolClientType client = describeClient(pool);
    assertThat(cognito.describeUserPool(r -> r.userPoolId(pool.poolId())).userPool().name()).isEqualTo("test");
    assertThat(client.clientName()).isEqualTo("test-client");
    assertThat(client.explicitAuthFlows()).containsExactlyInAnyOrder(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH,
        ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH, ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH,
        ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH);
    assertThat(client.clientSecret()).isNull();
    assertThat(pool.clientSecret()).isNull();
    assertThat(pool).hasToString("TestPool[" + pool.poolId() + ", client " + pool.clientId() + "]");
  }

  @Test
  void new_pool_applies_changes_to_both_requests() {
    TestPool pool = fake.newPool(p -> p.poolName("shop").usernameAttributes(UsernameAttributeType.EMAIL),
        c -> c.generateSecret(true).explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH));

    UserPoolClientType client = describeClient(pool);
    assertThat(cognito.describeUserPool(r -> r.userPoolId(pool.poolId())).userPool().usernameAttributes())
        .containsExactly(UsernameAttributeType.EMAIL);
    assertThat(client.explicitAuthFlows()).containsExactly(ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH);
    assertThat(pool.clientSecret()).isNotBlank().isEqualTo(client.clientSecret());
  }

  @Test
  void new_pool_whose_client_is_refused_leaves_no_pool_behind() {
    assertCognitoError(() -> fake.newPool(p -> {}, c -> c.clientName("web!")), InvalidParameterException.class,
        "1 validation error detected: Value 'web!' at 'clientName' failed to satisfy constraint: "
            + "Member must satisfy regular expression pattern: [\\w\\s+=,.@-]+");

    assertThat(cognito.listUserPools(r -> r.maxResults(60)).userPools()).isEmpty();
  }

  @Test
  void created_user_is_confirmed_and_signs_in_with_the_password() {
    TestPool pool = fake.newPool().createUser("alice", PASSWORD, Map.of("email", "alice@example.com"));

    AdminGetUserResponse user = cognito.adminGetUser(r -> r.userPoolId(pool.poolId()).username("alice"));
    AuthenticationResultType tokens = pool.client().initiateAuth(r -> r.clientId(pool.clientId())
        .authFlow(AuthFlowType.USER_PASSWORD_AUTH).authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD)))
        .authenticationResult();

    assertThat(user.userStatus()).isEqualTo(UserStatusType.CONFIRMED);
    assertThat(user.userAttributes()).contains(AttributeType.builder().name("email").value("alice@example.com").build());
    assertThat(tokens.idToken()).isNotBlank();
    assertThat(fake.outbox().messages()).isEmpty();
  }

  @Test
  void srp_signs_in_with_the_client_secret_after_the_clock_moved() {
    TestPool pool = fake.newPool(p -> {}, c -> c.generateSecret(true)).createUser("alice", PASSWORD);
    fake.clock().advance(Duration.ofDays(2));

    AuthenticationResultType tokens = pool.srp().signIn("alice", PASSWORD);

    assertThat(tokens.accessToken()).isNotBlank();
  }
}
