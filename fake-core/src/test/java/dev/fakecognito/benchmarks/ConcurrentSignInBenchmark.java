package dev.fakecognito.benchmarks;

import dev.fakecognito.FakeCognito;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;

/**
 * Eight threads signing up and signing in concurrently on one pool: SignUp, AdminConfirmSignUp and
 * InitiateAuth(USER_PASSWORD_AUTH) per operation. On a 2-core machine the ceiling is twice the
 * single-thread rate of {@link SignInFlowBenchmark}.
 *
 * <p>Run: {@code mvn -B -ntp -q -pl fake-core test-compile exec:exec -Dexec.skip=false
 * -Dexec.classpathScope=test -Dexec.executable=java -Dexec.args="-cp %classpath
 * org.openjdk.jmh.Main ConcurrentSignIn"}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(8)
@State(Scope.Benchmark)
public class ConcurrentSignInBenchmark {

  private final AtomicLong users = new AtomicLong();
  private CognitoIdentityProviderClient cognito;
  private String poolId;
  private String clientId;

  @Setup
  public void setUp() {
    cognito = FakeCognito.create().client();
    poolId = cognito.createUserPool(r -> r.poolName("bench")).userPool().id();
    clientId = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("app")
        .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH)).userPoolClient().clientId();
  }

  @Benchmark
  public String sign_up_and_sign_in() {
    String username = "user" + users.incrementAndGet();
    cognito.signUp(r -> r.clientId(clientId).username(username).password("Passw0rd!"));
    cognito.adminConfirmSignUp(r -> r.userPoolId(poolId).username(username));
    return cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", username, "PASSWORD", "Passw0rd!"))).authenticationResult().idToken();
  }
}
