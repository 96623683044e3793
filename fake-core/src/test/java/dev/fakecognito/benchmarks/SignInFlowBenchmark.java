package dev.fakecognito.benchmarks;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSAEncrypter;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.fakecognito.FakeCognito;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
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
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;

/**
 * The everyday flow SignUp → AdminConfirmSignUp → InitiateAuth(USER_PASSWORD_AUTH) → GetUser, and
 * its crypto floor measured in the same run: the RSA work the flow cannot avoid (two RS256
 * signatures, one RSA-OAEP encryption for the refresh token, one RS256 verification).
 *
 * <p>Run: {@code mvn -B -ntp -q -pl fake-core test-compile exec:exec -Dexec.skip=false
 * -Dexec.classpathScope=test -Dexec.executable=java -Dexec.args="-cp %classpath
 * org.openjdk.jmh.Main SignInFlow"}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class SignInFlowBenchmark {

  private final AtomicLong users = new AtomicLong();
  private CognitoIdentityProviderClient cognito;
  private String poolId;
  private String clientId;

  private RSASSASigner signer;
  private RSASSAVerifier verifier;
  private RSAEncrypter encrypter;
  private JWTClaimsSet claims;

  @Setup
  public void setUp() throws Exception {
    FakeCognito fake = FakeCognito.create();
    cognito = fake.client();
    poolId = cognito.createUserPool(r -> r.poolName("bench")).userPool().id();
    clientId = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("app")
        .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH)).userPoolClient().clientId();

    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair key = generator.generateKeyPair();
    signer = new RSASSASigner(key.getPrivate());
    verifier = new RSASSAVerifier((RSAPublicKey) key.getPublic());
    encrypter = new RSAEncrypter((RSAPublicKey) key.getPublic());
    claims = new JWTClaimsSet.Builder().subject("3f2c").issuer("https://cognito-idp.us-east-1.amazonaws.com/x")
        .claim("token_use", "access").claim("scope", "aws.cognito.signin.user.admin").build();
  }

  @Benchmark
  public String sign_up_confirm_sign_in_get_user() {
    String username = "user" + users.incrementAndGet();
    cognito.signUp(r -> r.clientId(clientId).username(username).password("Passw0rd!"));
    cognito.adminConfirmSignUp(r -> r.userPoolId(poolId).username(username));
    String accessToken = cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", username, "PASSWORD", "Passw0rd!")))
        .authenticationResult().accessToken();
    return cognito.getUser(r -> r.accessToken(accessToken)).username();
  }

  @Benchmark
  @SuppressWarnings("deprecation") // RSA-OAEP, as Cognito's refresh tokens use
  public boolean crypto_floor() throws JOSEException {
    SignedJWT id = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(), claims);
    id.sign(signer);
    SignedJWT access = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k2").build(), claims);
    access.sign(signer);
    JWEObject refresh = new JWEObject(new JWEHeader(JWEAlgorithm.RSA_OAEP, EncryptionMethod.A256GCM),
        new Payload(claims.toJSONObject()));
    refresh.encrypt(encrypter);
    return access.verify(verifier) && id.serialize().length() > 0 && refresh.serialize().length() > 0;
  }
}
