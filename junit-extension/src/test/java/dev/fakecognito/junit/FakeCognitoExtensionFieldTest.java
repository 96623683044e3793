package dev.fakecognito.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderAsyncClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

@FakeCognitoTest
class FakeCognitoExtensionFieldTest {

  @InjectFakeCognito FakeCognito fake;
  @InjectFakeCognito CognitoIdentityProviderClient cognito;
  @InjectFakeCognito private CognitoIdentityProviderAsyncClient asyncCognito;
  FakeCognito notAnnotated;
  String poolCreatedBeforeEach;

  @BeforeEach
  void createPool() {
    poolCreatedBeforeEach = cognito.createUserPool(r -> r.poolName("before")).userPool().id();
  }

  @Test
  void fields_hold_the_fake_and_its_clients() {
    assertThat(cognito).isSameAs(fake.client());

    String poolId = asyncCognito.createUserPool(r -> r.poolName("async")).join().userPool().id();

    assertThat(fake.client().describeUserPool(r -> r.userPoolId(poolId)).userPool().name()).isEqualTo("async");
  }

  @Test
  void fields_hold_the_same_fake_as_parameters(FakeCognito parameter) {
    assertThat(fake).isSameAs(parameter);
  }

  @Test
  void fields_are_filled_before_BeforeEach_methods_run() {
    assertThat(fake.client().listUserPools(r -> r.maxResults(10)).userPools())
        .singleElement()
        .satisfies(pool -> assertThat(pool.id()).isEqualTo(poolCreatedBeforeEach));
  }

  @Test
  void fields_without_the_annotation_are_left_alone() {
    assertThat(notAnnotated).isNull();
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  @Execution(ExecutionMode.SAME_THREAD)
  class SharedTestInstance {

    @InjectFakeCognito FakeCognito nestedFake;

    @RepeatedTest(3)
    void fields_are_refilled_with_each_tests_fresh_fake(FakeCognito parameter) {
      assertThat(nestedFake).isSameAs(parameter);
      assertThat(fake).isSameAs(parameter);
      assertThat(parameter.client().listUserPools(r -> r.maxResults(10)).userPools()).hasSize(1);
    }
  }
}
