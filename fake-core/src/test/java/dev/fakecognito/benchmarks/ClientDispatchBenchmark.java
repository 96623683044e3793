package dev.fakecognito.benchmarks;

import dev.fakecognito.TestClockAccess;
import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.facade.FakeCognitoIdentityProviderClient;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderAsyncClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolClientResponse;

/**
 * What the asynchronous client's dispatch costs: one cheap operation (DescribeUserPoolClient, two
 * map lookups and a response builder) called on the facade itself, which {@code FakeCognito.client()}
 * hands out, and through the asynchronous client that {@code FakeCognito.asyncClient()} hands out.
 *
 * <p>Run: {@code mvn -B -ntp -q -pl fake-core test-compile exec:exec -Dexec.skip=false
 * -Dexec.classpathScope=test -Dexec.executable=java -Dexec.args="-cp %classpath
 * org.openjdk.jmh.Main ClientDispatch"}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class ClientDispatchBenchmark {

  private FakeCognitoIdentityProviderClient facade;
  private CognitoIdentityProviderAsyncClient async;
  private DescribeUserPoolClientRequest request;

  @Setup
  public void setUp() {
    facade = new FakeCognitoIdentityProviderClient(new Backend("us-east-1", TestClockAccess.fixedAt(Instant.now())));
    async = facade.async();
    String poolId = facade.createUserPool(r -> r.poolName("bench")).userPool().id();
    String clientId = facade.createUserPoolClient(r -> r.userPoolId(poolId).clientName("app"))
        .userPoolClient().clientId();
    request = DescribeUserPoolClientRequest.builder().userPoolId(poolId).clientId(clientId).build();
  }

  @Benchmark
  public DescribeUserPoolClientResponse facade() {
    return facade.describeUserPoolClient(request);
  }

  @Benchmark
  public DescribeUserPoolClientResponse asyncClient() {
    return async.describeUserPoolClient(request).join();
  }
}
