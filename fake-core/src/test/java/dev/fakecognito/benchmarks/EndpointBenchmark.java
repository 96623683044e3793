package dev.fakecognito.benchmarks;

import dev.fakecognito.FakeCognito;
import java.net.URI;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;

/**
 * What serving over HTTP adds: SignUp, AdminConfirmSignUp, InitiateAuth and GetUser through the
 * in-process client and through a real SDK client (URL connection or Apache, signed requests)
 * given {@code fake.endpoint()}, on the same fake; and starting an endpoint once one has run in the JVM.
 *
 * <p>Run: {@code mvn -B -ntp -q -pl fake-core test-compile exec:exec -Dexec.skip=false
 * -Dexec.classpathScope=test -Dexec.executable=java -Dexec.args="-cp %classpath
 * org.openjdk.jmh.Main EndpointBenchmark"}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class EndpointBenchmark {

  private final AtomicLong users = new AtomicLong();
  private FakeCognito fake;
  private CognitoIdentityProviderClient inProcess;
  private CognitoIdentityProviderClient overHttp;
  private CognitoIdentityProviderClient overApacheHttp;
  private String poolId;
  private String clientId;

  @Setup
  public void setUp() {
    fake = FakeCognito.create();
    inProcess = fake.client();
    overHttp = CognitoIdentityProviderClient.builder()
        .endpointOverride(fake.endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
    overApacheHttp = CognitoIdentityProviderClient.builder()
        .endpointOverride(fake.endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")))
        .httpClient(ApacheHttpClient.create())
        .build();
    poolId = inProcess.createUserPool(r -> r.poolName("bench")).userPool().id();
    clientId = inProcess.createUserPoolClient(r -> r.userPoolId(poolId).clientName("app")
        .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH)).userPoolClient().clientId();
  }

  @TearDown
  public void tearDown() {
    overHttp.close();
    overApacheHttp.close();
    fake.close();
  }

  @Benchmark
  public String four_calls_in_process() {
    return flow(inProcess);
  }

  @Benchmark
  public String four_calls_over_http() {
    return flow(overHttp);
  }

  @Benchmark
  public String four_calls_over_http_apache_client() {
    return flow(overApacheHttp);
  }

  /** A fake's endpoint, started and stopped, after the first one in this JVM. */
  @Benchmark
  public URI start_and_stop_an_endpoint() {
    try (FakeCognito another = FakeCognito.create()) {
      return another.endpoint();
    }
  }

  private String flow(CognitoIdentityProviderClient cognito) {
    String username = "user" + users.incrementAndGet();
    cognito.signUp(r -> r.clientId(clientId).username(username).password("Passw0rd!"));
    cognito.adminConfirmSignUp(r -> r.userPoolId(poolId).username(username));
    String accessToken = cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", username, "PASSWORD", "Passw0rd!")))
        .authenticationResult().accessToken();
    return cognito.getUser(r -> r.accessToken(accessToken)).username();
  }
}
