package dev.fakecognito.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class FakeCognitoExtensionCleanupTest {

  @Test
  void fake_of_one_test_is_gone_when_the_next_test_runs() {
    EngineExecutionResults results = EngineKit.run(TwoTestsCase.class);

    results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    assertThat(EngineKit.published(results, "pools at start")).containsExactly("0", "0");
    assertThat(EngineKit.published(results, "fake")).doesNotHaveDuplicates();
  }

  @EngineKit.Case
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class TwoTestsCase {

    @RegisterExtension
    static final FakeCognitoExtension COGNITO = FakeCognitoExtension.builder().build();

    @Test
    @Order(1)
    void first(FakeCognito fake, TestReporter reporter) {
      report(fake, reporter);
    }

    @Test
    @Order(2)
    void second(FakeCognito fake, TestReporter reporter) {
      report(fake, reporter);
    }

    private static void report(FakeCognito fake, TestReporter reporter) {
      int pools = fake.client().listUserPools(r -> r.maxResults(60)).userPools().size();
      reporter.publishEntry("pools at start", String.valueOf(pools));
      reporter.publishEntry("fake", String.valueOf(System.identityHashCode(fake)));
      fake.client().createUserPool(r -> r.poolName("left behind"));
    }
  }
}
