package dev.fakecognito.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

class FakeCognitoExtensionStaticFieldTest {

  private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");

  @RegisterExtension
  static final FakeCognitoExtension COGNITO =
      FakeCognitoExtension.builder().region("eu-west-1").start(START).build();

  @InjectFakeCognito FakeCognito fake;

  @Test
  void pool_ids_name_the_configured_region(CognitoIdentityProviderClient cognito) {
    String poolId = cognito.createUserPool(r -> r.poolName("shop")).userPool().id();

    assertThat(poolId).startsWith("eu-west-1_");
    assertThat(fake.region()).isEqualTo("eu-west-1");
  }

  @RepeatedTest(3)
  void each_test_gets_a_fresh_fake(CognitoIdentityProviderClient cognito) {
    assertThat(cognito.listUserPools(r -> r.maxResults(10)).userPools()).isEmpty();

    cognito.createUserPool(r -> r.poolName("shop"));
  }

  @RepeatedTest(3)
  void each_test_gets_its_own_clock_at_the_configured_start() {
    assertThat(fake.clock().instant()).isEqualTo(START);

    fake.clock().advance(Duration.ofHours(1));
  }

  @Test
  void fields_hold_the_same_fake_as_parameters(FakeCognito parameter) {
    assertThat(fake).isSameAs(parameter);
  }
}
