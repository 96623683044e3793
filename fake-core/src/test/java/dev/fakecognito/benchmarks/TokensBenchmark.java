package dev.fakecognito.benchmarks;

import dev.fakecognito.TestClockAccess;
import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.facade.FakeCognitoIdentityProviderClient;
import dev.fakecognito.internal.tokens.TokenService;
import dev.fakecognito.internal.users.User;
import java.time.Instant;
import java.util.Map;
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
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;

/**
 * Token issuance alone (ID + access + refresh token) and access-token verification as GetUser
 * does it. Their floors are {@link SignInFlowBenchmark#crypto_floor} (two RS256 signatures, one
 * RSA-OAEP encryption, one verification) measured in the same run when both are selected.
 *
 * <p>Run: {@code mvn -B -ntp -q -pl fake-core test-compile exec:exec -Dexec.skip=false
 * -Dexec.classpathScope=test -Dexec.executable=java -Dexec.args="-cp %classpath
 * org.openjdk.jmh.Main Tokens SignInFlow.crypto_floor"}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class TokensBenchmark {

  private Backend backend;
  private Backend.ClientRef client;
  private User.Snapshot user;
  private CognitoIdentityProviderClient cognito;
  private String accessToken;

  @Setup
  public void setUp() {
    backend = new Backend("us-east-1", TestClockAccess.fixedAt(Instant.now()));
    cognito = new FakeCognitoIdentityProviderClient(backend);
    String poolId = cognito.createUserPool(r -> r.poolName("bench")).userPool().id();
    String clientId = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("app")
        .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH)).userPoolClient().clientId();
    cognito.adminCreateUser(r -> r.userPoolId(poolId).username("alice").messageAction("SUPPRESS")
        .userAttributes(a -> a.name("email").value("alice@example.com")));
    cognito.adminSetUserPassword(r -> r.userPoolId(poolId).username("alice").password("Passw0rd!").permanent(true));
    client = backend.client(clientId);
    String sub = cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")).userAttributes().stream()
        .filter(a -> a.name().equals("sub")).findFirst().orElseThrow().value();
    user = new User.Snapshot("alice", sub, Map.of("sub", sub, "email", "alice@example.com", "email_verified", "true"));
    accessToken = cognito.adminInitiateAuth(r -> r.userPoolId(poolId).clientId(clientId)
        .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", "alice", "PASSWORD", "Passw0rd!"))).authenticationResult().accessToken();
  }

  @Benchmark
  public String issue_id_access_and_refresh_tokens() {
    return backend.tokens().issue(client, user,
        TokenService.Session.fresh(backend.clock().instant(), "event"), true).refreshToken();
  }

  @Benchmark
  public String get_user_verifies_the_access_token() {
    return cognito.getUser(r -> r.accessToken(accessToken)).username();
  }
}
