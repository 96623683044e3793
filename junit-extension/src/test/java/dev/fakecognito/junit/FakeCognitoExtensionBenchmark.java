package dev.fakecognito.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * The cost of the extension in a real run: a class of 1,000 trivial tests, each receiving a fresh
 * fake and its client, run by the JUnit engine; the score is the time of the whole class.
 *
 * <p>Run: {@code mvn -B -ntp -q -pl junit-extension -am test-compile && mvn -B -ntp -q -pl
 * junit-extension exec:exec -Dexec.skip=false -Dexec.classpathScope=test -Dexec.executable=java
 * -Dexec.args="-cp %classpath org.openjdk.jmh.Main FakeCognitoExtensionBenchmark"}
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(1)
public class FakeCognitoExtensionBenchmark {

  @Benchmark
  public long thousand_tests_with_a_fresh_fake_each() {
    EngineExecutionResults results = EngineKit.run(ThousandTestsCase.class);
    long succeeded = results.testEvents().succeeded().count();
    if (succeeded != 1000) {
      throw new IllegalStateException("expected 1000 passing tests but " + succeeded + " passed");
    }
    return succeeded;
  }

  @EngineKit.Case
  @FakeCognitoTest
  static class ThousandTestsCase {

    @RepeatedTest(1000)
    void receives_a_fresh_fake(FakeCognito fake, CognitoIdentityProviderClient cognito) {
      assertThat(cognito.listUserPools(r -> r.maxResults(1)).userPools()).isEmpty();
      cognito.createUserPool(r -> r.poolName("p"));
      assertThat(fake.isClosed()).isFalse();
    }
  }
}
