package dev.fakecognito.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolDescriptionType;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FakeCognitoExtensionPerClassTest {

  private static final Instant NOW = Instant.parse("2031-06-01T12:00:00Z");

  @RegisterExtension
  static final FakeCognitoExtension COGNITO =
      FakeCognitoExtension.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).perClass(true).build();

  @InjectFakeCognito FakeCognito fieldFake;
  private FakeCognito beforeAllFake;
  private String poolId;

  @BeforeAll
  void createPool(FakeCognito fake) {
    beforeAllFake = fake;
    poolId = fake.client().createUserPool(r -> r.poolName("shared")).userPool().id();
  }

  @AfterAll
  void after_all_gets_the_shared_fake(FakeCognito fake) {
    assertThat(fake).isSameAs(beforeAllFake);
  }

  @RepeatedTest(3)
  void every_test_gets_the_fake_of_BeforeAll(FakeCognito fake) {
    assertThat(fake).isSameAs(beforeAllFake);
  }

  @Test
  void tests_see_the_pool_created_in_BeforeAll(CognitoIdentityProviderClient cognito) {
    assertThat(cognito.listUserPools(r -> r.maxResults(60)).userPools())
        .extracting(UserPoolDescriptionType::id)
        .contains(poolId);
  }

  @Test
  void fields_hold_the_shared_fake() {
    assertThat(fieldFake).isSameAs(beforeAllFake);
  }

  @Test
  void shared_fake_follows_the_configured_clock() {
    assertThat(beforeAllFake.clock().instant()).isEqualTo(NOW);
  }

  @Test
  void declarative_perClass_shares_one_fake_between_tests_run_in_order() {
    EngineExecutionResults results = EngineKit.run(DeclarativeCase.class);

    results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    assertThat(EngineKit.published(results, "pools")).containsExactly("1", "2");
  }

  @EngineKit.Case
  @FakeCognitoTest(perClass = true)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class DeclarativeCase {

    @Test
    @Order(1)
    void first(CognitoIdentityProviderClient cognito, TestReporter reporter) {
      cognito.createUserPool(r -> r.poolName("first"));
      reporter.publishEntry("pools", String.valueOf(cognito.listUserPools(r -> r.maxResults(60)).userPools().size()));
    }

    @Test
    @Order(2)
    void second(CognitoIdentityProviderClient cognito, TestReporter reporter) {
      cognito.createUserPool(r -> r.poolName("second"));
      reporter.publishEntry("pools", String.valueOf(cognito.listUserPools(r -> r.maxResults(60)).userPools().size()));
    }
  }
}
