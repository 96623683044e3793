package dev.fakecognito.contract;

import static dev.fakecognito.testing.Transport.clientFor;
import static dev.fakecognito.testing.Fixtures.PASSWORD;
import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.attribute;
import static dev.fakecognito.testing.Fixtures.client;
import static dev.fakecognito.testing.Fixtures.confirmedUser;
import static dev.fakecognito.testing.Fixtures.fake;
import static dev.fakecognito.testing.Fixtures.pool;
import static dev.fakecognito.testing.Fixtures.secretHash;
import static dev.fakecognito.testing.Fixtures.srpClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.fakecognito.FakeCognito;
import dev.fakecognito.internal.auth.srp.Srp;
import dev.fakecognito.srp.CognitoSrp;
import dev.fakecognito.srp.DeviceCredentials;
import dev.fakecognito.srp.SrpSignIn;
import java.math.BigInteger;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminInitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminRespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NewDeviceMetadataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotConfirmedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameAttributeType;

class SrpSignInTest {

  private static final String INCORRECT = "Incorrect username or password.";
  private static final String TIMESTAMP_FORMAT = "TIMESTAMP format should be EEE MMM d HH:mm:ss z yyyy in english.";
  // The client secret `a` of the hand-made exchanges: the reference vector's.
  private static final BigInteger A = new BigInteger("7".repeat(256), 16);

  private final FakeCognito fake = fake();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);

  /* ---- USER_SRP_AUTH ---- */

  @Test
  void user_srp_auth_returns_tokens_for_the_right_password() {
    String poolId = pool(cognito);
    UserPoolClientType client = srpClient(cognito, poolId);
    confirmedUser(cognito, poolId, "alice");

    AuthenticationResultType tokens = srp(poolId, client).signIn("alice", PASSWORD);

    assertThat(tokens.tokenType()).isEqualTo("Bearer");
    assertThat(tokens.refreshToken()).isNotBlank();
    assertThat(claims(tokens.idToken()).getClaim("cognito:username")).isEqualTo("alice");
    assertThat(claims(tokens.accessToken()).getClaim("username")).isEqualTo("alice");
    assertThat(tokens.newDeviceMetadata()).isNull();
  }

  @Test
  void password_verifier_carries_salt_srp_b_secret_block_and_the_internal_username_without_a_session() {
    String poolId = pool(cognito);
    UserPoolClientType client = srpClient(cognito, poolId);
    confirmedUser(cognito, poolId, "alice");

    InitiateAuthResponse challenge = srp(poolId, client).newSignIn("alice").initiateAuth();

    assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.PASSWORD_VERIFIER);
    assertThat(challenge.session()).isNull();
    assertThat(challenge.authenticationResult()).isNull();
    Map<String, String> parameters = challenge.challengeParameters();
    assertThat(parameters).containsOnlyKeys("SALT", "SRP_B", "SECRET_BLOCK", "USERNAME", "USER_ID_FOR_SRP")
        .containsEntry("USERNAME", "alice").containsEntry("USER_ID_FOR_SRP", "alice");
    assertThat(parameters.get("SALT")).matches("[0-9a-f]{32}").doesNotStartWith("00");
    assertThat(new BigInteger(parameters.get("SRP_B"), 16)).isPositive().isLessThan(Srp.N);
    assertThat(Base64.getDecoder().decode(parameters.get("SECRET_BLOCK"))).isNotEmpty();
  }

  @Test
  void hand_computed_answer_with_the_canonical_timestamp_returns_tokens() {
    String poolId = pool(cognito);
    String clientId = srpClient(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");
    InitiateAuthResponse challenge = rawStart(clientId, "alice");

    RespondToAuthChallengeResponse response = rawRespond(clientId, rawAnswer(poolId, challenge, PASSWORD,
        Srp.timestamp(fake.clock().instant())));

    assertThat(response.authenticationResult().accessToken()).isNotBlank();
    assertThat(response.challengeParameters()).isEmpty();
  }

  @Test
  void signs_in_with_an_email_alias_and_gets_the_username_as_user_id_for_srp() {
    String poolId = pool(cognito, r -> r.aliasAttributes(AliasAttributeType.EMAIL));
    UserPoolClientType client = srpClient(cognito, poolId);
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"),
        attribute("email_verified", "true"));
    CognitoSrp srp = srp(poolId, client);

    InitiateAuthResponse challenge = srp.newSignIn("alice@example.com").initiateAuth();
    AuthenticationResultType tokens = srp.signIn("alice@example.com", PASSWORD);

    assertThat(challenge.challengeParameters()).containsEntry("USER_ID_FOR_SRP", "alice")
        .containsEntry("USERNAME", "alice");
    assertThat(claims(tokens.idToken()).getClaim("cognito:username")).isEqualTo("alice");
  }

  @Test
  void signs_in_with_the_email_in_an_email_as_username_pool_and_gets_the_sub_as_user_id_for_srp() {
    String poolId = pool(cognito, r -> r.usernameAttributes(UsernameAttributeType.EMAIL));
    UserPoolClientType client = srpClient(cognito, poolId);
    confirmedUser(cognito, poolId, "alice@example.com");
    String sub = sub(poolId, "alice@example.com");
    CognitoSrp srp = srp(poolId, client);

    InitiateAuthResponse challenge = srp.newSignIn("alice@example.com").initiateAuth();
    AuthenticationResultType tokens = srp.signIn("alice@example.com", PASSWORD);

    assertThat(challenge.challengeParameters()).containsEntry("USER_ID_FOR_SRP", sub);
    assertThat(UUID.fromString(sub)).isNotNull();
    assertThat(claims(tokens.idToken()).getClaim("cognito:username")).isEqualTo(sub);
  }

  @Test
  void client_with_a_secret_signs_in_by_alias_hashing_the_alias_then_the_internal_username() {
    String poolId = pool(cognito, r -> r.aliasAttributes(AliasAttributeType.EMAIL));
    UserPoolClientType client = srpClient(cognito, poolId, r -> r.generateSecret(true));
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"),
        attribute("email_verified", "true"));

    AuthenticationResultType tokens = srp(poolId, client).signIn("alice@example.com", PASSWORD);

    assertThat(claims(tokens.accessToken()).getClaim("username")).isEqualTo("alice");
  }

  @Test
  void secret_hash_over_the_alias_in_the_answer_throws_NotAuthorizedException() {
    String poolId = pool(cognito, r -> r.aliasAttributes(AliasAttributeType.EMAIL));
    UserPoolClientType client = srpClient(cognito, poolId, r -> r.generateSecret(true));
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"),
        attribute("email_verified", "true"));
    SrpSignIn signIn = srp(poolId, client).newSignIn("alice@example.com");
    InitiateAuthResponse challenge = signIn.initiateAuth();
    Map<String, String> answer = new HashMap<>(signIn.passwordVerifierResponses(challenge.challengeParameters(), PASSWORD));
    answer.put("SECRET_HASH", secretHash(client, "alice@example.com"));

    assertCognitoError(() -> rawRespond(client.clientId(), answer), NotAuthorizedException.class,
        "Unable to verify secret hash for client " + client.clientId());
  }

  @Test
  void missing_secret_hash_in_the_answer_throws_NotAuthorizedException() {
    String poolId = pool(cognito);
    UserPoolClientType client = srpClient(cognito, poolId, r -> r.generateSecret(true));
    confirmedUser(cognito, poolId, "alice");
    SrpSignIn signIn = srp(poolId, client).newSignIn("alice");
    InitiateAuthResponse challenge = signIn.initiateAuth();
    Map<String, String> answer = new HashMap<>(signIn.passwordVerifierResponses(challenge.challengeParameters(), PASSWORD));
    answer.remove("SECRET_HASH");

    assertCognitoError(() -> rawRespond(client.clientId(), answer), NotAuthorizedException.class,
        "Client " + client.clientId() + " is configured with secret but SECRET_HASH was not received");
  }

  @Test
  void admin_initiate_auth_with_user_srp_auth_and_admin_respond_return_tokens() {
    String poolId = pool(cognito);
    UserPoolClientType client = srpClient(cognito, poolId);
    confirmedUser(cognito, poolId, "alice");
    SrpSignIn signIn = srp(poolId, client).newSignIn("alice");

    AdminInitiateAuthResponse challenge = cognito.adminInitiateAuth(r -> r.userPoolId(poolId)
        .clientId(client.clientId()).authFlow(AuthFlowType.USER_SRP_AUTH).authParameters(signIn.authParameters()));
    AdminRespondToAuthChallengeResponse response = cognito.adminRespondToAuthChallenge(r -> r.userPoolId(poolId)
        .clientId(client.clientId()).challengeName(ChallengeNameType.PASSWORD_VERIFIER)
        .challengeResponses(signIn.passwordVerifierResponses(challenge.challengeParameters(), PASSWORD)));

    assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.PASSWORD_VERIFIER);
    assertThat(challenge.session()).isNull();
    assertThat(claims(response.authenticationResult().idToken()).getClaim("cognito:username")).isEqualTo("alice");
  }

  @Test
  void wrong_password_throws_NotAuthorizedException() {
    String poolId = pool(cognito);
    UserPoolClientType client = srpClient(cognito, poolId);
    confirmedUser(cognito, poolId, "alice");

    assertCognitoError(() -> srp(poolId, client).signIn("alice", "Wr0ng-password"), NotAuthorizedException.class,
        INCORRECT);
  }

  @Test
  void reused_secret_block_throws_NotAuthorizedException() {
    String poolId = pool(cognito);
    UserPoolClientType client = srpClient(cognito, poolId);
    confirmedUser(cognito, poolId, "alice");
    SrpSignIn signIn = srp(poolId, client).newSignIn("alice");
    InitiateAuthResponse challenge = signIn.initiateAuth();
    Map<String, String> answer = signIn.passwordVerifierResponses(challenge.challengeParameters(), PASSWORD);
    rawRespond(client.clientId(), answer);

    assertCognitoError(() -> rawRespond(client.clientId(), answer), NotAuthorizedException.class, INCORRECT);
  }

  @Test
  void secret_block_after_a_wrong_answer_cannot_be_retried() {
    String poolId = pool(cognito);
    UserPoolClientType client = srpClient(cognito, poolId);
    confirmedUser(cognito, poolId, "alice");
    SrpSignIn signIn = srp(poolId, client).newSignIn("alice");
    InitiateAuthResponse challenge = signIn.initiateAuth();
    assertCognitoError(() -> signIn.respondToPasswordVerifier(challenge, "Wr0ng-password"),
        NotAuthorizedException.class, INCORRECT);

    assertCognitoError(() -> signIn.respondToPasswordVerifier(challenge, PASSWORD), NotAuthorizedException.class,
        INCORRECT);
  }

  @Test
  void unknown_secret_block_throws_NotAuthorizedException() {
    String poolId = pool(cognito);
    UserPoolClientType client = srpClient(cognito, poolId);
    confirmedUser(cognito, poolId, "alice");
    SrpSignIn signIn = srp(poolId, client).newSignIn("alice");
    InitiateAuthResponse challenge = signIn.initiateAuth();
    Map<String, String> parameters = new HashMap<>(challenge.challengeParameters());
    parameters.put("SECRET_BLOCK", Base64.getEncoder().encodeToString(new byte[64]));

    assertCognitoError(() -> rawRespond(client.clientId(), signIn.passwordVerifierResponses(parameters, PASSWORD)),
        NotAuthorizedException.class, INCORRECT);
  }

  @Test
  void answer_after_the_session_validity_throws_NotAuthorizedException() {
    String poolId = pool(cognito);
    UserPoolClientType client = srpClient(cognito, poolId);
    confirmedUser(cognito, poolId, "alice");
    SrpSignIn signIn = srp(poolId, client).newSignIn("alice");
    InitiateAuthResponse challenge = signIn.initiateAuth();
    fake.clock().advance(Duration.ofMinutes(3));

    assertCognitoError(() -> signIn.respondToPasswordVerifier(challenge, PASSWORD), NotAuthorizedException.class,
        "Invalid session for the user, session is expired.");
  }

  @Test
  void answer_within_the_session_validity_returns_tokens() {
    String poolId = pool(cognito);
    UserPoolClientType client = srpClient(cognito, poolId);
    confirmedUser(cognito, poolId, "alice");
    SrpSignIn signIn = srp(poolId, client).newSignIn("alice");
    InitiateAuthResponse challenge = signIn.initiateAuth();
    fake.clock().advance(Duration.ofMinutes(2));

    assertThat(signIn.respondToPasswordVerifier(challenge, PASSWORD).authenticationResult()).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"not a date", "Di Jan 2 03:04:05 UTC 2024", "Tue Januar 2 03:04:05 UTC 2024", ""})
  void timestamp_that_does_not_parse_throws_InvalidParameterException(String timestamp) {
    FakeCognito fake = FakeCognito.builder().start(Instant.parse("2024-01-02T03:04:05Z")).build();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = pool(cognito);
    String clientId = srpClient(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");
    InitiateAuthResponse challenge = rawStart(cognito, clientId, "alice");
    Map<String, String> answer = rawAnswer(poolId, challenge, PASSWORD, timestamp);

    assertCognitoError(() -> rawRespond(cognito, clientId, answer), InvalidParameterException.class,
        TIMESTAMP_FORMAT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Tue Jan 02 03:04:05 UTC 2024", "Wed Jan 2 03:04:05 UTC 2024"})
  void zero_padded_day_or_wrong_weekday_signed_as_sent_throws_NotAuthorizedException(String timestamp) {
    FakeCognito fake = FakeCognito.builder().start(Instant.parse("2024-01-02T03:04:05Z")).build();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = pool(cognito);
    String clientId = srpClient(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");
    InitiateAuthResponse challenge = rawStart(cognito, clientId, "alice");
    Map<String, String> answer = rawAnswer(poolId, challenge, PASSWORD, timestamp);

    assertCognitoError(() -> rawRespond(cognito, clientId, answer), NotAuthorizedException.class, INCORRECT);
  }

  @Test
  void timestamp_far_from_the_server_clock_throws_NotAuthorizedException() {
    String poolId = pool(cognito);
    UserPoolClientType client = srpClient(cognito, poolId);
    confirmedUser(cognito, poolId, "alice");
    CognitoSrp late = CognitoSrp.builder().client(cognito).userPoolId(poolId).clientId(client.clientId())
        .clock(Clock.offset(fake.clock(), Duration.ofMinutes(10))).build();

    assertCognitoError(() -> late.signIn("alice", PASSWORD), NotAuthorizedException.class, INCORRECT);
  }

  @Test
  void helper_built_for_the_fake_follows_its_clock_after_the_test_moves_it() {
    String poolId = pool(cognito);
    UserPoolClientType client = srpClient(cognito, poolId);
    confirmedUser(cognito, poolId, "alice");
    CognitoSrp srp = CognitoSrp.builder().fake(fake).userPoolId(poolId).clientId(client.clientId()).build();
    fake.clock().advance(Duration.ofDays(3));

    AuthenticationResultType tokens = srp.signIn("alice", PASSWORD);

    assertThat(tokens.accessToken()).isNotBlank();
  }

  @Test
  void helper_on_the_system_clock_fails_once_the_fake_clock_moved_with_NotAuthorizedException() {
    String poolId = pool(cognito);
    UserPoolClientType client = srpClient(cognito, poolId);
    confirmedUser(cognito, poolId, "alice");
    CognitoSrp systemClock = CognitoSrp.builder().client(cognito).userPoolId(poolId).clientId(client.clientId())
        .build();
    fake.clock().advance(Duration.ofDays(3));

    assertCognitoError(() -> systemClock.signIn("alice", PASSWORD), NotAuthorizedException.class, INCORRECT);
  }

  @Test
  void explicit_clock_takes_precedence_over_the_fake_clock() {
    String poolId = pool(cognito);
    UserPoolClientType client = srpClient(cognito, poolId);
    confirmedUser(cognito, poolId, "alice");
    CognitoSrp late = CognitoSrp.builder().fake(fake).clock(Clock.offset(fake.clock(), Duration.ofMinutes(10)))
        .userPoolId(poolId).clientId(client.clientId()).build();

    assertCognitoError(() -> late.signIn("alice", PASSWORD), NotAuthorizedException.class, INCORRECT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "00", "N", "2N", "not-hex"})
  void srp_a_that_is_a_multiple_of_N_or_not_hexadecimal_throws_InvalidParameterException(String value) {
    String poolId = pool(cognito);
    String clientId = srpClient(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");
    String srpA = switch (value) {
      case "N" -> Srp.toHex(Srp.N);
      case "2N" -> Srp.toHex(Srp.N.shiftLeft(1));
      default -> value;
    };

    assertCognitoError(() -> cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_SRP_AUTH)
        .authParameters(Map.of("USERNAME", "alice", "SRP_A", srpA))), InvalidParameterException.class,
        "Invalid SRP_A value.");
  }

  @Test
  void missing_srp_a_throws_InvalidParameterException() {
    String poolId = pool(cognito);
    String clientId = srpClient(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");

    assertCognitoError(() -> cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_SRP_AUTH)
        .authParameters(Map.of("USERNAME", "alice"))), InvalidParameterException.class,
        "Missing required parameter SRP_A");
  }

  @Test
  void answer_without_a_signature_throws_InvalidParameterException() {
    String poolId = pool(cognito);
    UserPoolClientType client = srpClient(cognito, poolId);
    confirmedUser(cognito, poolId, "alice");
    SrpSignIn signIn = srp(poolId, client).newSignIn("alice");
    InitiateAuthResponse challenge = signIn.initiateAuth();
    Map<String, String> answer = new HashMap<>(signIn.passwordVerifierResponses(challenge.challengeParameters(), PASSWORD));
    answer.remove("PASSWORD_CLAIM_SIGNATURE");

    assertCognitoError(() -> rawRespond(client.clientId(), answer), InvalidParameterException.class,
        "Missing required parameter PASSWORD_CLAIM_SIGNATURE");
  }

  @Test
  void user_srp_auth_not_enabled_throws_InvalidParameterException() {
    String poolId = pool(cognito);
    UserPoolClientType client = client(cognito, poolId);
    confirmedUser(cognito, poolId, "alice");

    assertCognitoError(() -> srp(poolId, client).signIn("alice", PASSWORD), InvalidParameterException.class,
        "USER_SRP_AUTH flow not enabled for this client");
  }

  @Test
  void client_with_legacy_flow_names_allows_user_srp_auth() {
    String poolId = pool(cognito);
    UserPoolClientType client = client(cognito, poolId,
        r -> r.explicitAuthFlows(ExplicitAuthFlowsType.USER_PASSWORD_AUTH));
    confirmedUser(cognito, poolId, "alice");

    assertThat(srp(poolId, client).signIn("alice", PASSWORD).accessToken()).isNotBlank();
  }

  @Test
  void unknown_user_with_legacy_existence_errors_throws_UserNotFoundException() {
    String poolId = pool(cognito);
    UserPoolClientType client = srpClient(cognito, poolId,
        r -> r.preventUserExistenceErrors(PreventUserExistenceErrorTypes.LEGACY));

    assertCognitoError(() -> srp(poolId, client).newSignIn("nobody").initiateAuth(), UserNotFoundException.class,
        "User does not exist.");
  }

  @Test
  void unknown_user_with_existence_errors_prevented_gets_a_stable_challenge_and_then_NotAuthorizedException() {
    String poolId = pool(cognito);
    UserPoolClientType client = srpClient(cognito, poolId,
        r -> r.preventUserExistenceErrors(PreventUserExistenceErrorTypes.ENABLED));
    CognitoSrp srp = srp(poolId, client);

    SrpSignIn signIn = srp.newSignIn("nobody");
    InitiateAuthResponse challenge = signIn.initiateAuth();
    InitiateAuthResponse again = srp.newSignIn("nobody").initiateAuth();

    assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.PASSWORD_VERIFIER);
    assertThat(UUID.fromString(challenge.challengeParameters().get("USER_ID_FOR_SRP"))).isNotNull();
    assertThat(again.challengeParameters().get("USER_ID_FOR_SRP"))
        .isEqualTo(challenge.challengeParameters().get("USER_ID_FOR_SRP"));
    assertThat(again.challengeParameters().get("SALT")).isEqualTo(challenge.challengeParameters().get("SALT"));
    assertCognitoError(() -> signIn.respondToPasswordVerifier(challenge, PASSWORD), NotAuthorizedException.class,
        INCORRECT);
  }

  @Test
  void unconfirmed_user_throws_UserNotConfirmedException() {
    String poolId = pool(cognito);
    UserPoolClientType client = srpClient(cognito, poolId);
    cognito.signUp(r -> r.clientId(client.clientId()).username("alice").password(PASSWORD));

    assertCognitoError(() -> srp(poolId, client).newSignIn("alice").initiateAuth(), UserNotConfirmedException.class,
        "User is not confirmed.");
  }

  @Test
  void invited_user_gets_new_password_required_after_the_verifier() {
    String poolId = pool(cognito);
    UserPoolClientType client = srpClient(cognito, poolId);
    cognito.adminCreateUser(r -> r.userPoolId(poolId).username("alice").temporaryPassword("Temp0rary!")
        .messageAction("SUPPRESS"));
    SrpSignIn signIn = srp(poolId, client).newSignIn("alice");

    RespondToAuthChallengeResponse response = signIn.respondToPasswordVerifier(signIn.initiateAuth(), "Temp0rary!");
    RespondToAuthChallengeResponse tokens = cognito.respondToAuthChallenge(r -> r.clientId(client.clientId())
        .challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED).session(response.session())
        .challengeResponses(Map.of("USERNAME", "alice", "NEW_PASSWORD", "N3w-Password")));

    assertThat(response.challengeName()).isEqualTo(ChallengeNameType.NEW_PASSWORD_REQUIRED);
    assertThat(response.session()).isNotBlank();
    assertThat(response.challengeParameters()).containsEntry("USER_ID_FOR_SRP", "alice");
    assertThat(tokens.authenticationResult().accessToken()).isNotBlank();
    assertThat(srp(poolId, client).signIn("alice", "N3w-Password").accessToken()).isNotBlank();
  }

  @Test
  void helper_sign_in_of_an_invited_user_throws_IllegalStateException_naming_the_challenge() {
    String poolId = pool(cognito);
    UserPoolClientType client = srpClient(cognito, poolId);
    cognito.adminCreateUser(r -> r.userPoolId(poolId).username("alice").temporaryPassword("Temp0rary!")
        .messageAction("SUPPRESS"));

    assertThatThrownBy(() -> srp(poolId, client).signIn("alice", "Temp0rary!"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("NEW_PASSWORD_REQUIRED");
  }

  @Test
  void password_flows_still_work_for_a_user_who_signed_in_with_srp() {
    String poolId = pool(cognito);
    UserPoolClientType client = srpClient(cognito, poolId);
    confirmedUser(cognito, poolId, "alice");
    srp(poolId, client).signIn("alice", PASSWORD);

    InitiateAuthResponse password = cognito.initiateAuth(r -> r.clientId(client.clientId())
        .authFlow(AuthFlowType.USER_PASSWORD_AUTH).authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD)));
    AdminInitiateAuthResponse admin = cognito.adminInitiateAuth(r -> r.userPoolId(poolId).clientId(client.clientId())
        .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH).authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD)));

    assertThat(password.authenticationResult().accessToken()).isNotBlank();
    assertThat(admin.authenticationResult().accessToken()).isNotBlank();
  }

  @Test
  void srp_works_after_an_admin_password_change() {
    String poolId = pool(cognito);
    UserPoolClientType client = srpClient(cognito, poolId);
    confirmedUser(cognito, poolId, "alice");
    cognito.adminSetUserPassword(r -> r.userPoolId(poolId).username("alice").password("Chang3d-password")
        .permanent(true));
    CognitoSrp srp = srp(poolId, client);

    assertThat(srp.signIn("alice", "Chang3d-password").accessToken()).isNotBlank();
    assertCognitoError(() -> srp.signIn("alice", PASSWORD), NotAuthorizedException.class, INCORRECT);
  }

  /* ---- Devices ---- */

  @Test
  void pool_that_tracks_devices_issues_new_device_metadata_and_a_device_key_claim() {
    String poolId = devicePool();
    UserPoolClientType client = srpClient(cognito, poolId);
    confirmedUser(cognito, poolId, "alice");

    AuthenticationResultType tokens = srp(poolId, client).signIn("alice", PASSWORD);

    NewDeviceMetadataType metadata = tokens.newDeviceMetadata();
    assertThat(metadata.deviceKey()).matches("us-east-1_[0-9a-f-]{36}");
    assertThat(metadata.deviceGroupKey()).matches("-[A-Za-z0-9]{8}");
    assertThat(claims(tokens.accessToken()).getClaim("device_key")).isEqualTo(metadata.deviceKey());
  }

  @Test
  void confirmed_device_signs_in_through_device_srp_auth_and_device_password_verifier() {
    String poolId = devicePool();
    UserPoolClientType client = srpClient(cognito, poolId);
    confirmedUser(cognito, poolId, "alice");
    CognitoSrp srp = srp(poolId, client);
    AuthenticationResultType first = srp.signIn("alice", PASSWORD);
    DeviceCredentials device = srp.confirmDevice(first.accessToken(), first.newDeviceMetadata(), "laptop");
    SrpSignIn signIn = srp.newSignIn("alice", device);

    RespondToAuthChallengeResponse deviceSrpAuth = signIn.respondToPasswordVerifier(signIn.initiateAuth(), PASSWORD);
    RespondToAuthChallengeResponse verifier = signIn.respondToDeviceSrpAuth(deviceSrpAuth);
    RespondToAuthChallengeResponse done = signIn.respondToDevicePasswordVerifier(verifier);

    assertThat(deviceSrpAuth.challengeName()).isEqualTo(ChallengeNameType.DEVICE_SRP_AUTH);
    assertThat(deviceSrpAuth.session()).isNotBlank();
    assertThat(verifier.challengeName()).isEqualTo(ChallengeNameType.DEVICE_PASSWORD_VERIFIER);
    assertThat(verifier.challengeParameters())
        .containsOnlyKeys("SRP_B", "SALT", "SECRET_BLOCK", "USERNAME", "DEVICE_KEY")
        .containsEntry("USERNAME", "alice").containsEntry("DEVICE_KEY", device.deviceKey());
    assertThat(done.authenticationResult().newDeviceMetadata()).isNull();
    assertThat(claims(done.authenticationResult().accessToken()).getClaim("device_key")).isEqualTo(device.deviceKey());
  }

  @Test
  void helper_signs_in_with_a_confirmed_device() {
    String poolId = devicePool();
    UserPoolClientType client = srpClient(cognito, poolId, r -> r.generateSecret(true));
    confirmedUser(cognito, poolId, "alice");
    CognitoSrp srp = srp(poolId, client);
    AuthenticationResultType first = srp.signIn("alice", PASSWORD);
    DeviceCredentials device = srp.confirmDevice(first.accessToken(), first.newDeviceMetadata(), "laptop");

    AuthenticationResultType tokens = srp.signIn("alice", PASSWORD, device);

    assertThat(claims(tokens.accessToken()).getClaim("device_key")).isEqualTo(device.deviceKey());
    assertThat(tokens.newDeviceMetadata()).isNull();
  }

  @Test
  void device_not_remembered_in_an_opt_in_pool_gets_tokens_right_after_the_password() {
    String poolId = pool(cognito, r -> r.deviceConfiguration(d -> d.challengeRequiredOnNewDevice(true)
        .deviceOnlyRememberedOnUserPrompt(true)));
    UserPoolClientType client = srpClient(cognito, poolId);
    confirmedUser(cognito, poolId, "alice");
    CognitoSrp srp = srp(poolId, client);
    AuthenticationResultType first = srp.signIn("alice", PASSWORD);
    DeviceCredentials device = srp.confirmDevice(first.accessToken(), first.newDeviceMetadata(), "laptop");
    SrpSignIn signIn = srp.newSignIn("alice", device);

    RespondToAuthChallengeResponse response = signIn.respondToPasswordVerifier(signIn.initiateAuth(), PASSWORD);

    assertThat(response.challengeName()).isNull();
    assertThat(claims(response.authenticationResult().accessToken()).getClaim("device_key"))
        .isEqualTo(device.deviceKey());
  }

  @Test
  void unknown_device_key_throws_ResourceNotFoundException() {
    String poolId = devicePool();
    UserPoolClientType client = srpClient(cognito, poolId);
    confirmedUser(cognito, poolId, "alice");
    DeviceCredentials unknown = new DeviceCredentials("us-east-1_" + UUID.randomUUID(), "-AbCd1234", "c2VjcmV0");

    assertCognitoError(() -> srp(poolId, client).signIn("alice", PASSWORD, unknown), ResourceNotFoundException.class,
        "Device does not exist.");
  }

  @Test
  void wrong_device_password_throws_NotAuthorizedException() {
    String poolId = devicePool();
    UserPoolClientType client = srpClient(cognito, poolId);
    confirmedUser(cognito, poolId, "alice");
    CognitoSrp srp = srp(poolId, client);
    AuthenticationResultType first = srp.signIn("alice", PASSWORD);
    DeviceCredentials device = srp.confirmDevice(first.accessToken(), first.newDeviceMetadata(), "laptop");
    DeviceCredentials wrong = new DeviceCredentials(device.deviceKey(), device.deviceGroupKey(), "d3Jvbmc=");

    assertCognitoError(() -> srp.signIn("alice", PASSWORD, wrong), NotAuthorizedException.class, INCORRECT);
  }

  private String devicePool() {
    return pool(cognito, r -> r.deviceConfiguration(d -> d.challengeRequiredOnNewDevice(true)
        .deviceOnlyRememberedOnUserPrompt(false)));
  }

  private CognitoSrp srp(String poolId, UserPoolClientType client) {
    return CognitoSrp.builder().client(cognito).userPoolId(poolId).clientId(client.clientId())
        .clientSecret(client.clientSecret()).clock(fake.clock()).build();
  }

  private InitiateAuthResponse rawStart(String clientId, String username) {
    return rawStart(cognito, clientId, username);
  }

  private static InitiateAuthResponse rawStart(CognitoIdentityProviderClient cognito, String clientId, String username) {
    return cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_SRP_AUTH)
        .authParameters(Map.of("USERNAME", username, "SRP_A", Srp.toHex(Srp.clientPublic(A)))));
  }

  // The PASSWORD_VERIFIER answer computed by hand, signed over `timestamp` exactly as given.
  private static Map<String, String> rawAnswer(String poolId, InitiateAuthResponse challenge, String password,
      String timestamp) {
    Map<String, String> parameters = challenge.challengeParameters();
    String poolName = poolId.substring(poolId.indexOf('_') + 1);
    String userId = parameters.get("USER_ID_FOR_SRP");
    BigInteger serverPublic = Srp.fromHex(parameters.get("SRP_B"));
    BigInteger u = Srp.u(Srp.clientPublic(A), serverPublic);
    BigInteger x = Srp.x(Srp.pad(Srp.fromHex(parameters.get("SALT"))), poolName, userId, password);
    byte[] key = Srp.key(Srp.clientSecret(serverPublic, x, A, u), u);
    String secretBlock = parameters.get("SECRET_BLOCK");
    String signature = Srp.signature(key, poolName, userId, Base64.getDecoder().decode(secretBlock), timestamp);
    return Map.of("USERNAME", userId, "PASSWORD_CLAIM_SECRET_BLOCK", secretBlock,
        "PASSWORD_CLAIM_SIGNATURE", signature, "TIMESTAMP", timestamp);
  }

  private RespondToAuthChallengeResponse rawRespond(String clientId, Map<String, String> answer) {
    return rawRespond(cognito, clientId, answer);
  }

  private static RespondToAuthChallengeResponse rawRespond(CognitoIdentityProviderClient cognito, String clientId,
      Map<String, String> answer) {
    return cognito.respondToAuthChallenge(r -> r.clientId(clientId).challengeName(ChallengeNameType.PASSWORD_VERIFIER)
        .challengeResponses(answer));
  }

  private String sub(String poolId, String username) {
    return cognito.adminGetUser(r -> r.userPoolId(poolId).username(username)).userAttributes().stream()
        .filter(a -> a.name().equals("sub")).map(AttributeType::value).findFirst().orElseThrow();
  }

  private static JWTClaimsSet claims(String token) {
    try {
      return SignedJWT.parse(token).getJWTClaimsSet();
    } catch (ParseException e) {
      throw new AssertionError(e);
    }
  }
}
