package dev.fakecognito.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderAsyncClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolDescriptionType;

@FakeCognitoTest
class FakeCognitoExtensionParameterTest {

  private FakeCognito beforeEach;

  @BeforeEach
  void remember(FakeCognito fake) {
    beforeEach = fake;
  }

  @AfterEach
  void after_each_gets_the_same_fake(FakeCognito fake) {
    assertThat(fake).isSameAs(beforeEach);
  }

  @Test
  void pool_created_through_the_injected_client_is_visible_through_the_injected_fake(
      CognitoIdentityProviderClient cognito, FakeCognito fake) {
    String poolId = cognito.createUserPool(r -> r.poolName("shop")).userPool().id();

    assertThat(fake.client().listUserPools(r -> r.maxResults(10)).userPools())
        .extracting(UserPoolDescriptionType::id)
        .containsExactly(poolId);
  }

  @Test
  void pool_created_through_the_injected_async_client_is_visible_through_the_injected_fake(
      CognitoIdentityProviderAsyncClient cognito, FakeCognito fake) {
    String poolId = cognito.createUserPool(r -> r.poolName("shop")).join().userPool().id();

    assertThat(fake.client().describeUserPool(r -> r.userPoolId(poolId)).userPool().name()).isEqualTo("shop");
  }

  @Test
  void injected_client_is_the_fakes_client(CognitoIdentityProviderClient cognito, FakeCognito fake) {
    assertThat(cognito).isSameAs(fake.client());
  }

  @Test
  void lifecycle_methods_get_the_fake_of_the_test(FakeCognito fake) {
    assertThat(beforeEach).isSameAs(fake);
  }

  @Test
  void fake_defaults_to_us_east_1(CognitoIdentityProviderClient cognito) {
    String poolId = cognito.createUserPool(r -> r.poolName("shop")).userPool().id();

    assertThat(poolId).startsWith("us-east-1_");
  }

  @RepeatedTest(3)
  void each_repetition_gets_a_fresh_fake(CognitoIdentityProviderClient cognito) {
    assertThat(cognito.listUserPools(r -> r.maxResults(10)).userPools()).isEmpty();

    cognito.createUserPool(r -> r.poolName("shop"));
  }

  @Test
  void other_parameter_types_are_left_to_other_resolvers(TestInfo info, FakeCognito fake) {
    assertThat(info.getTestMethod()).isPresent();
    assertThat(fake).isNotNull();
  }
}
