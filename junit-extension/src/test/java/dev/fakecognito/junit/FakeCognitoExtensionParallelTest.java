package dev.fakecognito.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolDescriptionType;

class FakeCognitoExtensionParallelTest {

  private static final int TESTS = 40;

  @Test
  void concurrent_tests_each_get_a_fake_of_their_own() {
    EngineExecutionResults results = EngineKit.runConcurrently(PerTestFakeCase.class);

    assertThat(EngineKit.failures(results)).isEmpty();
    results.testEvents().assertStatistics(stats -> stats.started(TESTS).succeeded(TESTS));
    assertThat(EngineKit.published(results, "pool")).hasSize(TESTS).doesNotHaveDuplicates();
  }

  @Test
  void concurrent_tests_share_a_per_class_fake_safely() {
    EngineExecutionResults results = EngineKit.runConcurrently(SharedFakeCase.class);

    assertThat(EngineKit.failures(results)).isEmpty();
    results.testEvents().assertStatistics(stats -> stats.started(TESTS).succeeded(TESTS));
    results.containerEvents().assertStatistics(stats -> stats.failed(0));
  }

  @Test
  void tests_of_the_concurrent_cases_really_overlap() {
    EngineExecutionResults results = EngineKit.runConcurrently(OverlapCase.class);

    assertThat(EngineKit.failures(results)).isEmpty();
    results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
  }

  @EngineKit.Case
  @FakeCognitoTest
  static class PerTestFakeCase {

    @InjectFakeCognito FakeCognito fieldFake;

    @RepeatedTest(TESTS)
    void creates_the_only_pool_of_its_fake(
        FakeCognito fake, CognitoIdentityProviderClient cognito, TestReporter reporter) {
      String poolId = cognito.createUserPool(r -> r.poolName("shop")).userPool().id();

      assertThat(fieldFake).isSameAs(fake);
      assertThat(fake.client().listUserPools(r -> r.maxResults(60)).userPools())
          .extracting(UserPoolDescriptionType::id)
          .containsExactly(poolId);
      reporter.publishEntry("pool", poolId);
    }
  }

  @EngineKit.Case
  static class SharedFakeCase {

    @RegisterExtension
    static final FakeCognitoExtension COGNITO = FakeCognitoExtension.builder().perClass(true).build();

    @AfterAll
    static void every_test_created_a_pool_in_the_shared_fake(CognitoIdentityProviderClient cognito) {
      assertThat(cognito.listUserPools(r -> r.maxResults(60)).userPools()).hasSize(TESTS);
    }

    @RepeatedTest(TESTS)
    void creates_a_pool_in_the_shared_fake(CognitoIdentityProviderClient cognito) {
      String poolId = cognito.createUserPool(r -> r.poolName("shop")).userPool().id();

      assertThat(cognito.listUserPools(r -> r.maxResults(60)).userPools())
          .extracting(UserPoolDescriptionType::id)
          .contains(poolId);
    }
  }

  @EngineKit.Case
  @FakeCognitoTest
  static class OverlapCase {

    private static final CyclicBarrier BOTH_RUNNING = new CyclicBarrier(2);

    @RepeatedTest(2)
    void waits_for_the_other_test_to_run_at_the_same_time(FakeCognito fake) throws Exception {
      fake.client().createUserPool(r -> r.poolName("shop"));

      BOTH_RUNNING.await(30, TimeUnit.SECONDS);

      assertThat(fake.client().listUserPools(r -> r.maxResults(60)).userPools()).hasSize(1);
    }
  }
}
