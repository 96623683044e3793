package dev.fakecognito.benchmarks;

import dev.fakecognito.FakeCognito;
import java.util.List;
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
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

/**
 * ListUsers on a pool of 100,000 users: a filter with an exact match and one with a prefix match,
 * and the first and second page without a filter.
 *
 * <p>Run: {@code mvn -B -ntp -q -pl fake-core test-compile exec:exec -Dexec.skip=false
 * -Dexec.classpathScope=test -Dexec.executable=java -Dexec.args="-cp %classpath
 * org.openjdk.jmh.Main ListUsers"}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = "-Xmx2g")
@State(Scope.Benchmark)
public class ListUsersBenchmark {

  static final int USERS = 100_000;

  private CognitoIdentityProviderClient cognito;
  private String poolId;
  private String secondPage;

  @Setup
  public void setUp() {
    cognito = FakeCognito.create().client();
    poolId = cognito.createUserPool(r -> r.poolName("bench")).userPool().id();
    for (int i = 0; i < USERS; i++) {
      String name = "user" + i;
      cognito.adminCreateUser(r -> r.userPoolId(poolId).username(name).messageAction("SUPPRESS")
          .userAttributes(a -> a.name("email").value(name + "@example.com")));
    }
    secondPage = cognito.listUsers(r -> r.userPoolId(poolId)).paginationToken();
  }

  @Benchmark
  public List<UserType> exact_email() {
    return cognito.listUsers(r -> r.userPoolId(poolId).filter("email = \"user54321@example.com\"")).users();
  }

  @Benchmark
  public List<UserType> username_prefix() {
    return cognito.listUsers(r -> r.userPoolId(poolId).filter("username ^= \"user9999\"").limit(60)).users();
  }

  @Benchmark
  public List<UserType> first_page() {
    return cognito.listUsers(r -> r.userPoolId(poolId)).users();
  }

  @Benchmark
  public List<UserType> second_page() {
    return cognito.listUsers(r -> r.userPoolId(poolId).paginationToken(secondPage)).users();
  }
}
