package dev.fakecognito.benchmarks;

import dev.fakecognito.FakeCognito;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * What a test's set-up costs: a new fake, and a new fake with a pool and an app client.
 *
 * <p>Run: {@code mvn -B -ntp -q -pl fake-core test-compile exec:exec -Dexec.skip=false
 * -Dexec.classpathScope=test -Dexec.executable=java -Dexec.args="-cp %classpath
 * org.openjdk.jmh.Main FakeCreation"}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FakeCreationBenchmark {

  @Benchmark
  public FakeCognito create_fake() {
    return FakeCognito.create();
  }

  @Benchmark
  public String create_fake_pool_and_client() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = fake.client();
    String poolId = cognito.createUserPool(r -> r.poolName("bench")).userPool().id();
    return cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("app")).userPoolClient().clientId();
  }
}
