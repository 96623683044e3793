package dev.fakecognito.benchmarks;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.internal.auth.srp.Srp;
import dev.fakecognito.srp.CognitoSrp;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
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
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;

/**
 * One USER_SRP_AUTH sign-in (InitiateAuth + PASSWORD_VERIFIER + tokens), with the client's work
 * precomputed (server side alone) and with the client helper doing it, beside the floors measured
 * in the same run: the server's modular exponentiations (g^b and (A·v^u)^b) and the client's
 * (g^a, g^x and (B − k·g^x)^(a + u·x)) on the 3072-bit group.
 *
 * <p>Run: {@code mvn -B -ntp -q -pl fake-core test-compile exec:exec -Dexec.skip=false
 * -Dexec.classpathScope=test -Dexec.executable=java -Dexec.args="-cp %classpath
 * org.openjdk.jmh.Main SrpSignIn"}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class SrpSignInBenchmark {

  private static final String PASSWORD = "Passw0rd!";

  private final SecureRandom random = new SecureRandom();
  private FakeCognito fake;
  private CognitoIdentityProviderClient cognito;
  private String poolId;
  private String poolName;
  private String clientId;
  private CognitoSrp helper;
  private BigInteger a;
  private BigInteger clientPublic;
  private BigInteger x;
  private BigInteger v;
  private BigInteger b;

  @Setup
  public void setUp() {
    fake = FakeCognito.create();
    cognito = fake.client();
    poolId = cognito.createUserPool(r -> r.poolName("bench")).userPool().id();
    poolName = poolId.substring(poolId.indexOf('_') + 1);
    clientId = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("app")
        .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH)).userPoolClient().clientId();
    cognito.adminCreateUser(r -> r.userPoolId(poolId).username("alice").messageAction("SUPPRESS"));
    cognito.adminSetUserPassword(r -> r.userPoolId(poolId).username("alice").password(PASSWORD).permanent(true));
    helper = CognitoSrp.builder().client(cognito).userPoolId(poolId).clientId(clientId).clock(fake.clock()).build();
    a = new BigInteger(1, bytes(128));
    clientPublic = Srp.clientPublic(a);
    x = Srp.x(bytes(16), poolName, "alice", PASSWORD);
    v = Srp.verifier(x);
    b = new BigInteger(1, bytes(32));
  }

  /**
   * The exchange through the SDK with the client's math done inline on a fixed {@code a} (B is new
   * each time, so the client's S must be too); the server's share is this minus
   * {@link #floor_client_modpow}.
   */
  @Benchmark
  public String server_side() {
    Map<String, String> challenge = cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_SRP_AUTH)
        .authParameters(Map.of("USERNAME", "alice", "SRP_A", Srp.toHex(clientPublic)))).challengeParameters();
    return cognito.respondToAuthChallenge(r -> r.clientId(clientId).challengeName(ChallengeNameType.PASSWORD_VERIFIER)
        .challengeResponses(claim(challenge))).authenticationResult().accessToken();
  }

  @Benchmark
  public String with_client_helper() {
    return helper.signIn("alice", PASSWORD).accessToken();
  }

  /** The server's two exponentiations, with its 256-bit b: B = k·v + g^b and S = (A·v^u)^b. */
  @Benchmark
  public BigInteger floor_server_modpow() {
    BigInteger serverPublic = Srp.serverPublic(v, b);
    return Srp.serverSecret(clientPublic, v, Srp.u(clientPublic, serverPublic), b);
  }

  /** The client's three: A = g^a, g^x and S = (B − k·g^x)^(a + u·x). */
  @Benchmark
  public BigInteger floor_client_modpow() {
    BigInteger serverPublic = Srp.serverPublic(v, b);
    BigInteger publicA = Srp.clientPublic(a);
    return Srp.clientSecret(serverPublic, x, a, Srp.u(publicA, serverPublic));
  }

  private Map<String, String> claim(Map<String, String> challenge) {
    String user = challenge.get("USER_ID_FOR_SRP");
    BigInteger serverPublic = Srp.fromHex(challenge.get("SRP_B"));
    BigInteger u = Srp.u(clientPublic, serverPublic);
    BigInteger userX = Srp.x(HexFormat.of().parseHex(challenge.get("SALT")), poolName, user, PASSWORD);
    byte[] key = Srp.key(Srp.clientSecret(serverPublic, userX, a, u), u);
    String timestamp = Srp.timestamp(fake.clock().instant());
    String signature = Srp.signature(key, poolName, user, Base64.getDecoder().decode(challenge.get("SECRET_BLOCK")),
        timestamp);
    return Map.of("USERNAME", user, "PASSWORD_CLAIM_SECRET_BLOCK", challenge.get("SECRET_BLOCK"),
        "PASSWORD_CLAIM_SIGNATURE", signature, "TIMESTAMP", timestamp);
  }

  private byte[] bytes(int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return bytes;
  }
}
