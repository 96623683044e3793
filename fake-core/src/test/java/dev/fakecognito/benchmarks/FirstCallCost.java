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
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminConfirmSignUpRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminConfirmSignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminCreateUserConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeDataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DefaultEmailOptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeletionProtectionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.EmailConfigurationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.EmailSendingAccountType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LambdaConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NumberAttributeConstraintsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordPolicyType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.StringAttributeConstraintsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TimeUnitsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TokenValidityUnitsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolPolicyType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolTierType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerificationMessageTemplateType;

/**
 * What the first test in a fresh JVM pays, compared with the floor any in-process token issuer
 * pays: each side runs as its own JVM process, alternately, and the medians of wall time and
 * process CPU time (background threads included) are compared.
 *
 * <ul>
 *   <li>{@link Fake}: a fake, a pool, an app client, SignUp, AdminConfirmSignUp, InitiateAuth with
 *       USER_PASSWORD_AUTH and GetUser, as a user's first JUnit test does.
 *   <li>{@link Floor}: the same SDK request and response objects, with the same members set, built
 *       by hand; one RSA 2048 key,
 *       ID and access tokens signed RS256 with Nimbus, the refresh token encrypted RSA-OAEP, and
 *       the access token parsed and verified once.
 * </ul>
 *
 * <p>Run (rounds default to 10; JVM flags for both children follow {@code --}): {@code mvn -B -ntp
 * -q -pl fake-core test-compile exec:exec -Dexec.skip=false -Dexec.classpathScope=test
 * -Dexec.executable=java -Dexec.args="-cp %classpath dev.fakecognito.benchmarks.FirstCallCost 10"}
 *
 * <p>Each child reports its own CPU time as its last line, read from {@code /proc/self/stat} (all
 * threads, 10 ms resolution) or, off Linux, from the platform's {@code OperatingSystemMXBean}.
 */
public final class FirstCallCost {

  private FirstCallCost() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    int rounds = args.length > 0 && !args[0].equals("--") ? Integer.parseInt(args[0]) : 10;
    List<String> flags = new ArrayList<>();
    int dashes = Arrays.asList(args).indexOf("--");
    if (dashes >= 0) {
      flags.addAll(Arrays.asList(args).subList(dashes + 1, args.length));
    }
    // One untimed pair first, so that both sides find the class path in the page cache.
    run(Fake.class, flags);
    run(Floor.class, flags);
    long[][] fake = new long[2][rounds];
    long[][] floor = new long[2][rounds];
    for (int i = 0; i < rounds; i++) {
      // Alternate which side goes first, so that a drift in the machine's load hits both alike.
      boolean fakeFirst = i % 2 == 0;
      long[] a = run(fakeFirst ? Fake.class : Floor.class, flags);
      long[] b = run(fakeFirst ? Floor.class : Fake.class, flags);
      long[] f = fakeFirst ? a : b;
      long[] g = fakeFirst ? b : a;
      fake[0][i] = f[0];
      fake[1][i] = f[1];
      floor[0][i] = g[0];
      floor[1][i] = g[1];
      System.out.printf("round %2d: fake %5.0f ms wall %5.0f ms cpu | floor %5.0f ms wall %5.0f ms cpu%n",
          i + 1, ms(f[0]), ms(f[1]), ms(g[0]), ms(g[1]));
    }
    report("wall", fake[0], floor[0]);
    report("cpu ", fake[1], floor[1]);
  }

  private static void report(String what, long[] fake, long[] floor) {
    double[] pairRatios = new double[fake.length];
    for (int i = 0; i < fake.length; i++) {
      pairRatios[i] = (double) fake[i] / floor[i];
    }
    Arrays.sort(pairRatios);
    System.out.printf("%s: fake median %5.0f ms, floor median %5.0f ms, ratio of medians %.2f, "
            + "median of paired ratios %.2f (range %.2f-%.2f)%n",
        what, ms(median(fake)), ms(median(floor)), median(fake) / median(floor),
        pairRatios[pairRatios.length / 2], pairRatios[0], pairRatios[pairRatios.length - 1]);
  }

  /** Runs one child JVM; returns its wall time and its own CPU time, in nanoseconds. */
  private static long[] run(Class<?> program, List<String> flags) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(flags);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(program.getName());
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = process.waitFor();
    long wall = System.nanoTime() - start;
    String[] lines = output.strip().split("\n");
    String last = lines[lines.length - 1];
    if (exit != 0 || !last.startsWith("cpu_ns ")) {
      throw new IllegalStateException(program.getSimpleName() + " failed:\n" + output);
    }
    return new long[] {wall, Long.parseLong(last.substring("cpu_ns ".length()).strip())};
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }

  private static double ms(double nanos) {
    return nanos / 1e6;
  }

  /** This process's CPU time so far, all threads, in nanoseconds. */
  static long processCpuNanos() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // utime and stime, fields 14 and 15 of proc(5), in clock ticks of 10 ms.
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
    } catch (IOException | RuntimeException e) {
      return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
          .getProcessCpuTime();
    }
  }

  /** The first test of a user's suite, against the fake. */
  public static final class Fake {

    private Fake() {}

    public static void main(String[] args) {
      try (FakeCognito fake = FakeCognito.create()) {
        CognitoIdentityProviderClient cognito = fake.client();
        String poolId = cognito.createUserPool(r -> r.poolName("p")).userPool().id();
        String clientId = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("c")
            .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH)).userPoolClient().clientId();
        cognito.signUp(r -> r.clientId(clientId).username("alice").password("Passw0rd!"));
        cognito.adminConfirmSignUp(r -> r.userPoolId(poolId).username("alice"));
        String accessToken = cognito.initiateAuth(r -> r.clientId(clientId)
            .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
            .authParameters(Map.of("USERNAME", "alice", "PASSWORD", "Passw0rd!")))
            .authenticationResult().accessToken();
        if (!cognito.getUser(r -> r.accessToken(accessToken)).username().equals("alice")) {
          throw new AssertionError("GetUser answered another user");
        }
      }
      System.out.println("cpu_ns " + processCpuNanos());
    }
  }

  /** The least an in-process fake could do for the same test. */
  public static final class Floor {

    private Floor() {}

    @SuppressWarnings("deprecation") // RSA-OAEP, as the fake's refresh tokens
    public static void main(String[] args) throws GeneralSecurityException, JOSEException, ParseException {
      String poolId = "us-east-1_" + UUID.randomUUID().toString().replace("-", "").substring(0, 9);
      String clientId = UUID.randomUUID().toString().replace("-", "").substring(0, 26);
      Instant now = Instant.now();
      CreateUserPoolRequest createPool = CreateUserPoolRequest.builder().poolName("p").build();
      List<SchemaAttributeType> schema = new ArrayList<>();
      for (String name : List.of("sub", "name", "given_name", "family_name", "middle_name", "nickname",
          "preferred_username", "profile", "picture", "website", "email", "gender", "birthdate", "zoneinfo",
          "locale", "phone_number", "address", "identities")) {
        schema.add(SchemaAttributeType.builder().name(name).attributeDataType(AttributeDataType.STRING)
            .developerOnlyAttribute(false).mutable(!name.equals("sub")).required(name.equals("sub"))
            .stringAttributeConstraints(StringAttributeConstraintsType.builder()
                .minLength(name.equals("sub") ? "1" : "0").maxLength("2048").build())
            .build());
      }
      for (String name : List.of("email_verified", "phone_number_verified")) {
        schema.add(SchemaAttributeType.builder().name(name).attributeDataType(AttributeDataType.BOOLEAN)
            .developerOnlyAttribute(false).mutable(true).required(false).build());
      }
      schema.add(SchemaAttributeType.builder().name("updated_at").attributeDataType(AttributeDataType.NUMBER)
          .developerOnlyAttribute(false).mutable(true).required(false)
          .numberAttributeConstraints(NumberAttributeConstraintsType.builder().minValue("0").build()).build());
      CreateUserPoolResponse pool = CreateUserPoolResponse.builder()
          .userPool(UserPoolType.builder().id(poolId).name(createPool.poolName())
              .policies(UserPoolPolicyType.builder().passwordPolicy(PasswordPolicyType.builder().minimumLength(8)
                  .requireUppercase(true).requireLowercase(true).requireNumbers(true).requireSymbols(true)
                  .temporaryPasswordValidityDays(7).build()).build())
              .deletionProtection(DeletionProtectionType.INACTIVE).lambdaConfig(LambdaConfigType.builder().build())
              .lastModifiedDate(now).creationDate(now).schemaAttributes(schema)
              .verificationMessageTemplate(VerificationMessageTemplateType.builder()
                  .defaultEmailOption(DefaultEmailOptionType.CONFIRM_WITH_CODE).build())
              .mfaConfiguration(UserPoolMfaType.OFF).estimatedNumberOfUsers(0)
              .emailConfiguration(EmailConfigurationType.builder()
                  .emailSendingAccount(EmailSendingAccountType.COGNITO_DEFAULT).build())
              .adminCreateUserConfig(AdminCreateUserConfigType.builder().allowAdminCreateUserOnly(false)
                  .unusedAccountValidityDays(7).build())
              .arn("arn:aws:cognito-idp:us-east-1:123456789012:userpool/" + poolId)
              .userPoolTier(UserPoolTierType.ESSENTIALS).build())
          .build();
      CreateUserPoolClientRequest createClient = CreateUserPoolClientRequest.builder().userPoolId(poolId)
          .clientName("c").explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH).build();
      CreateUserPoolClientResponse client = CreateUserPoolClientResponse.builder()
          .userPoolClient(UserPoolClientType.builder().userPoolId(pool.userPool().id()).clientId(clientId)
              .clientName(createClient.clientName()).lastModifiedDate(now).creationDate(now)
              .refreshTokenValidity(30).accessTokenValidity(1).idTokenValidity(1)
              .tokenValidityUnits(TokenValidityUnitsType.builder().accessToken(TimeUnitsType.HOURS)
                  .idToken(TimeUnitsType.HOURS).refreshToken(TimeUnitsType.DAYS).build())
              .explicitAuthFlowsWithStrings(createClient.explicitAuthFlowsAsStrings())
              .allowedOAuthFlowsUserPoolClient(false)
              .preventUserExistenceErrors(PreventUserExistenceErrorTypes.LEGACY).enableTokenRevocation(true)
              .enablePropagateAdditionalUserContextData(false).authSessionValidity(3).build())
          .build();
      String sub = UUID.randomUUID().toString();
      SignUpRequest signUp = SignUpRequest.builder().clientId(client.userPoolClient().clientId())
          .username("alice").password("Passw0rd!").build();
      SignUpResponse signedUp = SignUpResponse.builder().userSub(sub).userConfirmed(false).build();
      AdminConfirmSignUpRequest confirm = AdminConfirmSignUpRequest.builder().userPoolId(poolId)
          .username(signUp.username()).build();
      AdminConfirmSignUpResponse confirmed = AdminConfirmSignUpResponse.builder().build();
      InitiateAuthRequest initiate = InitiateAuthRequest.builder().clientId(clientId)
          .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
          .authParameters(Map.of("USERNAME", confirm.username(), "PASSWORD", "Passw0rd!")).build();

      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      KeyPair key = generator.generateKeyPair();
      RSASSASigner signer = new RSASSASigner(key.getPrivate());
      String issuer = "https://cognito-idp.us-east-1.amazonaws.com/" + poolId;
      Date exp = Date.from(now.plusSeconds(3600));
      SignedJWT access = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("access").build(),
          new JWTClaimsSet.Builder().subject(sub).issuer(issuer).claim("client_id", clientId)
              .claim("token_use", "access").claim("username", initiate.authParameters().get("USERNAME"))
              .expirationTime(exp).issueTime(Date.from(now)).jwtID(UUID.randomUUID().toString()).build());
      access.sign(signer);
      SignedJWT id = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("id").build(),
          new JWTClaimsSet.Builder().subject(sub).issuer(issuer).audience(clientId)
              .claim("cognito:username", "alice").claim("token_use", "id")
              .expirationTime(exp).issueTime(Date.from(now)).jwtID(UUID.randomUUID().toString()).build());
      id.sign(signer);
      JWEObject refresh = new JWEObject(
          new JWEHeader.Builder(JWEAlgorithm.RSA_OAEP, EncryptionMethod.A256GCM).contentType("JWT").build(),
          new Payload(Map.of("pool", poolId, "client", clientId, "username", "alice", "sub", sub)));
      refresh.encrypt(new RSAEncrypter((RSAPublicKey) key.getPublic()));
      InitiateAuthResponse signedIn = InitiateAuthResponse.builder()
          .authenticationResult(AuthenticationResultType.builder().accessToken(access.serialize())
              .idToken(id.serialize()).refreshToken(refresh.serialize()).expiresIn(3600).tokenType("Bearer")
              .build())
          .challengeParameters(Map.of()).build();

      GetUserRequest getUser = GetUserRequest.builder()
          .accessToken(signedIn.authenticationResult().accessToken()).build();
      SignedJWT parsed = SignedJWT.parse(getUser.accessToken());
      if (!parsed.verify(new RSASSAVerifier((RSAPublicKey) key.getPublic()))) {
        throw new AssertionError("the access token does not verify");
      }
      GetUserResponse user = GetUserResponse.builder().username(parsed.getJWTClaimsSet().getStringClaim("username"))
          .userAttributes(AttributeType.builder().name("sub").value(parsed.getJWTClaimsSet().getSubject()).build())
          .build();
      if (!user.username().equals("alice") || signedUp.userConfirmed() || confirmed == null) {
        throw new AssertionError("unexpected responses");
      }
      System.out.println("cpu_ns " + processCpuNanos());
    }
  }
}
