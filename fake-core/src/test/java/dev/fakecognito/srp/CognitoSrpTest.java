package dev.fakecognito.srp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecognito.internal.auth.srp.Srp;
import dev.fakecognito.internal.users.SecretHashes;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmDeviceRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmDeviceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NewDeviceMetadataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;

// The helper's own logic against a scripted client, with the published SRP test vectors.
class CognitoSrpTest {

  private static final HexFormat HEX = HexFormat.of();

  private static final String POOL_ID = "us-east-1_ExAmPlE12";
  private static final String USER_SALT = "c1b2a3f4e5d6c7b8a9f0e1d2c3b4a5f6";
  private static final BigInteger USER_A = new BigInteger("7".repeat(256), 16);
  private static final BigInteger USER_B = new BigInteger("3c".repeat(128), 16);
  private static final String USER_SECRET_BLOCK = "ZmFrZS1zZWNyZXQtYmxvY2stMDEyMzQ1Njc4OQ==";
  private static final Instant USER_TIME = Instant.parse("2024-01-02T03:04:05Z");

  private static final DeviceCredentials DEVICE = new DeviceCredentials("us-east-1_a1b2c3d4-5678-90ab-cdef-EXAMPLE11111",
      "-ExAmPlE1", "ZGV2aWNlLXJhbmRvbS1wYXNzd29yZC1leGFtcGxlLTAxMjM0NTY3ODk=");
  private static final String DEVICE_SALT = "9a8b7c6d5e4f30211203f4e5d6c7b8a9";
  private static final BigInteger DEVICE_A = new BigInteger("5".repeat(256), 16);
  private static final BigInteger DEVICE_B = new BigInteger("6e".repeat(128), 16);
  private static final String DEVICE_SECRET_BLOCK = "ZGV2aWNlLXNlY3JldC1ibG9jay1leGFtcGxl";
  private static final Instant DEVICE_TIME = Instant.parse("2025-09-05T07:08:09Z");

  private final ScriptedCognito cognito = new ScriptedCognito();
  private final Deque<byte[]> random = new ArrayDeque<>();

  /* ---- USER_SRP_AUTH ---- */

  @Test
  void sign_in_sends_the_reference_srp_a_and_signature() {
    random.add(bytes(USER_A));
    cognito.initiate = request -> passwordVerifier("alice");
    cognito.respond = request -> tokens();

    AuthenticationResultType tokens = srp(USER_TIME, null).signIn("alice", "Passw0rd!");

    assertThat(tokens.accessToken()).isEqualTo("access");
    InitiateAuthRequest start = cognito.initiations.get(0);
    assertThat(start.authFlow()).isEqualTo(AuthFlowType.USER_SRP_AUTH);
    assertThat(start.clientId()).isEqualTo("client");
    assertThat(start.authParameters()).containsOnlyKeys("USERNAME", "SRP_A").containsEntry("USERNAME", "alice");
    assertThat(sha256Hex(start.authParameters().get("SRP_A")))
        .isEqualTo("12b48609db13500af0a00de3eeebb28e8286c4b0cda8ec1ae432ddf5618c9c64");
    RespondToAuthChallengeRequest answer = cognito.answers.get(0);
    assertThat(answer.challengeName()).isEqualTo(ChallengeNameType.PASSWORD_VERIFIER);
    assertThat(answer.session()).isNull();
    assertThat(answer.challengeResponses()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "USERNAME", "alice",
        "PASSWORD_CLAIM_SECRET_BLOCK", USER_SECRET_BLOCK,
        "TIMESTAMP", "Tue Jan 2 03:04:05 UTC 2024",
        "PASSWORD_CLAIM_SIGNATURE", "zrNJMNlEXeWqxQJjHMT9WyYu1qadL7u1hfR1J6cJGJY="));
  }

  @Test
  void secret_hash_covers_the_typed_name_to_start_and_the_internal_username_to_respond() {
    random.add(bytes(USER_A));
    cognito.initiate = request -> passwordVerifier("alice");
    cognito.respond = request -> tokens();

    srp(USER_TIME, "s3cret").signIn("alice@example.com", "Passw0rd!");

    assertThat(cognito.initiations.get(0).authParameters())
        .containsEntry("USERNAME", "alice@example.com")
        .containsEntry("SECRET_HASH", SecretHashes.compute("s3cret", "alice@example.com", "client"));
    assertThat(cognito.answers.get(0).challengeResponses())
        .containsEntry("USERNAME", "alice")
        .containsEntry("SECRET_HASH", SecretHashes.compute("s3cret", "alice", "client"))
        .containsEntry("PASSWORD_CLAIM_SIGNATURE", "zrNJMNlEXeWqxQJjHMT9WyYu1qadL7u1hfR1J6cJGJY=");
  }

  @Test
  void another_challenge_throws_IllegalStateException_naming_it() {
    random.add(bytes(USER_A));
    cognito.initiate = request -> passwordVerifier("alice");
    cognito.respond = request -> RespondToAuthChallengeResponse.builder()
        .challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED).session("session").build();

    assertThatThrownBy(() -> srp(USER_TIME, null).signIn("alice", "Passw0rd!"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("NEW_PASSWORD_REQUIRED");
  }

  @Test
  void a_challenge_other_than_password_verifier_at_the_start_throws_IllegalArgumentException() {
    cognito.initiate = request -> InitiateAuthResponse.builder()
        .challengeName(ChallengeNameType.CUSTOM_CHALLENGE).session("session").build();

    assertThatThrownBy(() -> srp(USER_TIME, null).signIn("alice", "Passw0rd!"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PASSWORD_VERIFIER").hasMessageContaining("CUSTOM_CHALLENGE");
  }

  @Test
  void srp_b_that_is_a_multiple_of_N_is_refused() {
    SrpSignIn signIn = srp(USER_TIME, null).newSignIn("alice");
    Map<String, String> challenge = Map.of("SALT", USER_SALT, "SRP_B", Srp.toHex(Srp.N),
        "SECRET_BLOCK", USER_SECRET_BLOCK, "USERNAME", "alice", "USER_ID_FOR_SRP", "alice");

    assertThatThrownBy(() -> signIn.passwordVerifierResponses(challenge, "Passw0rd!"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SRP_B");
  }

  @Test
  void a_missing_or_malformed_challenge_parameter_throws_IllegalArgumentException_naming_it() {
    SrpSignIn signIn = srp(USER_TIME, null).newSignIn("alice");

    assertThatThrownBy(() -> signIn.passwordVerifierResponses(Map.of("SRP_B", "ff", "SECRET_BLOCK", "AA==",
        "USER_ID_FOR_SRP", "alice"), "Passw0rd!"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SALT");
    assertThatThrownBy(() -> signIn.passwordVerifierResponses(Map.of("SALT", "zz", "SRP_B", "ff",
        "SECRET_BLOCK", "AA==", "USER_ID_FOR_SRP", "alice"), "Passw0rd!"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SALT");
  }

  @Test
  void each_sign_in_has_its_own_srp_a_and_keeps_it() {
    CognitoSrp srp = CognitoSrp.builder().client(cognito).userPoolId(POOL_ID).clientId("client").build();
    SrpSignIn first = srp.newSignIn("alice");
    SrpSignIn second = srp.newSignIn("alice");

    assertThat(first.authParameters()).isEqualTo(first.authParameters());
    assertThat(first.authParameters().get("SRP_A")).isNotEqualTo(second.authParameters().get("SRP_A"));
    assertThat(new BigInteger(first.authParameters().get("SRP_A"), 16)).isLessThan(Srp.N);
  }

  /* ---- Devices ---- */

  @Test
  void confirm_device_sends_the_reference_verifier_and_returns_the_credentials() {
    random.add(Base64.getDecoder().decode(DEVICE.devicePassword()));
    random.add(HEX.parseHex(DEVICE_SALT));
    NewDeviceMetadataType metadata = NewDeviceMetadataType.builder()
        .deviceKey(DEVICE.deviceKey()).deviceGroupKey(DEVICE.deviceGroupKey()).build();

    DeviceCredentials device = srp(DEVICE_TIME, null).confirmDevice("token", metadata, "laptop");

    assertThat(device).isEqualTo(DEVICE);
    ConfirmDeviceRequest request = cognito.confirmations.get(0);
    assertThat(request.accessToken()).isEqualTo("token");
    assertThat(request.deviceKey()).isEqualTo(DEVICE.deviceKey());
    assertThat(request.deviceName()).isEqualTo("laptop");
    assertThat(request.deviceSecretVerifierConfig().salt()).isEqualTo("AJqLfG1eTzAhEgP05dbHuKk=");
    assertThat(request.deviceSecretVerifierConfig().passwordVerifier()).startsWith("ALN3jQUfrmwVYpGzmwC+9PCD");
    assertThat(sha256Hex(request.deviceSecretVerifierConfig().passwordVerifier()))
        .isEqualTo("be024cd899c8b56769726d3342924eb1d0d246e12835b1c8b18cc46da55dac8a");
  }

  @Test
  void confirm_device_makes_a_40_byte_password_and_a_16_byte_salt() {
    CognitoSrp srp = CognitoSrp.builder().client(cognito).userPoolId(POOL_ID).clientId("client").build();
    NewDeviceMetadataType metadata = NewDeviceMetadataType.builder()
        .deviceKey(DEVICE.deviceKey()).deviceGroupKey(DEVICE.deviceGroupKey()).build();

    DeviceCredentials device = srp.confirmDevice("token", metadata, null);

    assertThat(Base64.getDecoder().decode(device.devicePassword())).hasSize(40);
    assertThat(new BigInteger(1, Base64.getDecoder().decode(cognito.confirmations.get(0)
        .deviceSecretVerifierConfig().salt())).bitLength()).isLessThanOrEqualTo(128);
    assertThat(cognito.confirmations.get(0).deviceName()).isNull();
  }

  @Test
  void device_password_verifier_answer_reproduces_the_reference_signature() {
    random.add(bytes(USER_A));
    random.add(bytes(DEVICE_A));
    SrpSignIn signIn = srp(DEVICE_TIME, null).newSignIn("alice", DEVICE);
    Map<String, String> deviceSrpAuth = signIn.deviceSrpAuthResponses(Map.of());

    Map<String, String> responses = signIn.devicePasswordVerifierResponses(deviceChallenge());

    assertThat(deviceSrpAuth).containsOnlyKeys("USERNAME", "DEVICE_KEY", "SRP_A")
        .containsEntry("DEVICE_KEY", DEVICE.deviceKey())
        .containsEntry("SRP_A", Srp.toHex(Srp.clientPublic(DEVICE_A)));
    assertThat(responses).containsExactlyInAnyOrderEntriesOf(Map.of(
        "USERNAME", "alice",
        "DEVICE_KEY", DEVICE.deviceKey(),
        "PASSWORD_CLAIM_SECRET_BLOCK", DEVICE_SECRET_BLOCK,
        "TIMESTAMP", "Fri Sep 5 07:08:09 UTC 2025",
        "PASSWORD_CLAIM_SIGNATURE", "meRuHCefUVNOyTz8YAW5RtJwPhnTc/piW8L9Tyu9M1U="));
  }

  @Test
  void sign_in_with_a_device_answers_both_device_challenges_with_the_session() {
    cognito.initiate = request -> passwordVerifier("alice");
    cognito.respond = request -> switch (request.challengeName()) {
      case PASSWORD_VERIFIER -> RespondToAuthChallengeResponse.builder()
          .challengeName(ChallengeNameType.DEVICE_SRP_AUTH).session("device-session").build();
      case DEVICE_SRP_AUTH -> RespondToAuthChallengeResponse.builder()
          .challengeName(ChallengeNameType.DEVICE_PASSWORD_VERIFIER).challengeParameters(deviceChallenge()).build();
      default -> tokens();
    };

    AuthenticationResultType tokens = srp(DEVICE_TIME, "s3cret").signIn("alice@example.com", "Passw0rd!", DEVICE);

    assertThat(tokens.accessToken()).isEqualTo("access");
    assertThat(cognito.initiations.get(0).authParameters()).containsEntry("DEVICE_KEY", DEVICE.deviceKey());
    assertThat(cognito.answers).extracting(RespondToAuthChallengeRequest::challengeName).containsExactly(
        ChallengeNameType.PASSWORD_VERIFIER, ChallengeNameType.DEVICE_SRP_AUTH, ChallengeNameType.DEVICE_PASSWORD_VERIFIER);
    assertThat(cognito.answers.get(1).session()).isEqualTo("device-session");
    assertThat(cognito.answers).allSatisfy(answer -> assertThat(answer.challengeResponses())
        .containsEntry("USERNAME", "alice")
        .containsEntry("DEVICE_KEY", DEVICE.deviceKey())
        .containsEntry("SECRET_HASH", SecretHashes.compute("s3cret", "alice", "client")));
  }

  @Test
  void device_challenges_without_a_device_throw_IllegalStateException() {
    SrpSignIn signIn = srp(DEVICE_TIME, null).newSignIn("alice");

    assertThatThrownBy(() -> signIn.deviceSrpAuthResponses(Map.of()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no device");
  }

  @Test
  void device_password_verifier_before_device_srp_auth_throws_IllegalStateException() {
    SrpSignIn signIn = srp(DEVICE_TIME, null).newSignIn("alice", DEVICE);

    assertThatThrownBy(() -> signIn.devicePasswordVerifierResponses(deviceChallenge()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("DEVICE_SRP_AUTH");
  }

  @Test
  void device_credentials_leave_the_password_out_of_toString() {
    assertThat(DEVICE.toString()).contains(DEVICE.deviceKey()).doesNotContain(DEVICE.devicePassword());
  }

  /* ---- Builder ---- */

  @Test
  void builder_rejects_a_malformed_pool_id() {
    assertThatThrownBy(() -> CognitoSrp.builder().userPoolId("ExAmPlE12"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("userPoolId (ExAmPlE12) must look like a pool ID, e.g. us-east-1_AbC123xyZ");
  }

  @Test
  void builder_requires_the_client_the_pool_and_the_app_client() {
    assertThatThrownBy(() -> CognitoSrp.builder().userPoolId(POOL_ID).clientId("client").build())
        .isInstanceOf(IllegalStateException.class).hasMessage("client is required; for a FakeCognito, call fake(fake)");
    assertThatThrownBy(() -> CognitoSrp.builder().client(cognito).clientId("client").build())
        .isInstanceOf(IllegalStateException.class).hasMessage("userPoolId is required");
    assertThatThrownBy(() -> CognitoSrp.builder().client(cognito).userPoolId(POOL_ID).build())
        .isInstanceOf(IllegalStateException.class).hasMessage("clientId is required");
  }

  private CognitoSrp srp(Instant now, String clientSecret) {
    return CognitoSrp.builder().client(cognito).userPoolId(POOL_ID).clientId("client").clientSecret(clientSecret)
        .clock(Clock.fixed(now, ZoneOffset.UTC))
        .random(count -> random.isEmpty() ? new byte[] {1} : random.poll())
        .build();
  }

  // PASSWORD_VERIFIER as a server holding the reference user's verifier and b sends it.
  private static InitiateAuthResponse passwordVerifier(String internalUsername) {
    BigInteger v = Srp.verifier(Srp.x(HEX.parseHex(USER_SALT), "ExAmPlE12", "alice", "Passw0rd!"));
    return InitiateAuthResponse.builder().challengeName(ChallengeNameType.PASSWORD_VERIFIER)
        .challengeParameters(Map.of("SALT", USER_SALT, "SRP_B", Srp.toHex(Srp.serverPublic(v, USER_B)),
            "SECRET_BLOCK", USER_SECRET_BLOCK, "USERNAME", internalUsername, "USER_ID_FOR_SRP", internalUsername))
        .build();
  }

  // DEVICE_PASSWORD_VERIFIER as a server holding the reference device's verifier and b sends it.
  private static Map<String, String> deviceChallenge() {
    BigInteger salt = new BigInteger(DEVICE_SALT, 16);
    BigInteger v = Srp.verifier(Srp.x(Srp.pad(salt), DEVICE.deviceGroupKey(), DEVICE.deviceKey(),
        DEVICE.devicePassword()));
    return Map.of("SALT", Srp.hex(Srp.pad(salt)), "SRP_B", Srp.toHex(Srp.serverPublic(v, DEVICE_B)),
        "SECRET_BLOCK", DEVICE_SECRET_BLOCK, "USERNAME", "alice", "DEVICE_KEY", DEVICE.deviceKey());
  }

  private static RespondToAuthChallengeResponse tokens() {
    return RespondToAuthChallengeResponse.builder()
        .authenticationResult(AuthenticationResultType.builder().accessToken("access").build()).build();
  }

  // The 128 bytes the helper draws for a secret, so that it ends up as `value`.
  private static byte[] bytes(BigInteger value) {
    byte[] padded = Srp.pad(value);
    byte[] bytes = new byte[128];
    System.arraycopy(padded, Math.max(0, padded.length - 128), bytes, Math.max(0, 128 - padded.length),
        Math.min(128, padded.length));
    return bytes;
  }

  private static String sha256Hex(String text) {
    try {
      return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  // A client whose answers the test scripts, recording what the helper sends.
  private static final class ScriptedCognito implements CognitoIdentityProviderClient {
    Function<InitiateAuthRequest, InitiateAuthResponse> initiate = request -> {
      throw new AssertionError("unexpected InitiateAuth");
    };
    Function<RespondToAuthChallengeRequest, RespondToAuthChallengeResponse> respond = request -> {
      throw new AssertionError("unexpected RespondToAuthChallenge");
    };
    final List<InitiateAuthRequest> initiations = new ArrayList<>();
    final List<RespondToAuthChallengeRequest> answers = new ArrayList<>();
    final List<ConfirmDeviceRequest> confirmations = new ArrayList<>();

    @Override
    public InitiateAuthResponse initiateAuth(InitiateAuthRequest request) {
      initiations.add(request);
      return initiate.apply(request);
    }

    @Override
    public RespondToAuthChallengeResponse respondToAuthChallenge(RespondToAuthChallengeRequest request) {
      answers.add(request);
      return respond.apply(request);
    }

    @Override
    public ConfirmDeviceResponse confirmDevice(ConfirmDeviceRequest request) {
      confirmations.add(request);
      return ConfirmDeviceResponse.builder().userConfirmationNecessary(false).build();
    }

    @Override
    public String serviceName() {
      return "cognito-idp";
    }

    @Override
    public void close() {}
  }
}
