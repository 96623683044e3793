package dev.fakecognito.contract;

import static dev.fakecognito.testing.Transport.clientFor;
import static dev.fakecognito.assertions.FakeCognitoAssertions.assertThat;
import static dev.fakecognito.testing.Fixtures.PASSWORD;
import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.attribute;
import static dev.fakecognito.testing.Fixtures.client;
import static dev.fakecognito.testing.Fixtures.confirmedUser;
import static dev.fakecognito.testing.Fixtures.fake;
import static dev.fakecognito.testing.Fixtures.pool;
import static dev.fakecognito.testing.Fixtures.preferSoftwareToken;
import static dev.fakecognito.testing.Fixtures.secretHash;
import static dev.fakecognito.testing.Fixtures.srpClient;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.recording.SentMessage;
import dev.fakecognito.srp.CognitoSrp;
import dev.fakecognito.srp.DeviceCredentials;
import dev.fakecognito.srp.SrpSignIn;
import dev.fakecognito.testing.Parallel;
import dev.fakecognito.totp.Totp;
import dev.fakecognito.triggers.CustomMessageResponse;
import dev.fakecognito.triggers.Triggers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminInitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminRespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AssociateSoftwareTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.EmailSendingAccountType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExpiredCodeException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

/**
 * Sign-in with MFA through InitiateAuth and RespondToAuthChallenge, and through their admin
 * counterparts: each factor's challenge, SELECT_MFA_TYPE, MFA_SETUP, remembered devices, sessions
 * and wrong codes.
 */
class MfaSignInTest {

  private static final String PHONE = "+15555550100";
  private static final String EMAIL = "alice@example.com";
  private static final String MISMATCH = "Invalid code or auth state for the user.";
  private static final String INVALID_SESSION = "Invalid session for the user.";
  private static final String EXPIRED_SESSION = "Invalid session for the user, session is expired.";
  private static final String ARN = "arn:aws:lambda:us-east-1:123456789012:function:custom-message";

  /** The two ways in: the public operations, and the admin ones with ADMIN_USER_PASSWORD_AUTH. */
  enum Api { PUBLIC, ADMIN }

  /** A pool and one of its app clients. */
  private record App(String poolId, String clientId) {}

  /** What a sign-in step answered, whichever API it went through. */
  private record Step(ChallengeNameType challenge, Map<String, String> parameters, String session,
      AuthenticationResultType tokens) {}

  private final FakeCognito fake = fake();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);
  private final App app = optionalApp();

  /* ---- SMS_MFA ---- */

  @ParameterizedTest
  @EnumSource(Api.class)
  void preferred_sms_in_an_optional_pool_sends_the_pools_message_and_its_code_signs_in(Api api) {
    smsUser("alice");

    Step challenge = signIn(api, app, "alice");

    assertThat(challenge.challenge()).isEqualTo(ChallengeNameType.SMS_MFA);
    assertThat(challenge.parameters())
        .containsEntry("CODE_DELIVERY_DELIVERY_MEDIUM", "SMS")
        .containsEntry("CODE_DELIVERY_DESTINATION", "+*******0100")
        .containsEntry("USER_ID_FOR_SRP", "alice");
    String code = code(app, "alice");
    assertThat(fake).sentCodeTo(PHONE).hasSize(6).containsOnlyDigits();
    assertThat(fake).lastMessageTo(PHONE).extracting(SentMessage::message).isEqualTo("Your sign-in code is " + code);
    Step tokens = respond(api, app, ChallengeNameType.SMS_MFA, challenge.session(),
        Map.of("USERNAME", "alice", "SMS_MFA_CODE", code));
    assertThat(tokens.tokens().accessToken()).isNotBlank();
    assertThat(tokens.challenge()).isNull();
  }

  @ParameterizedTest
  @EnumSource(Api.class)
  void wrong_sms_code_throws_CodeMismatchException(Api api) {
    smsUser("alice");
    Step challenge = signIn(api, app, "alice");

    assertCognitoError(() -> respond(api, app, ChallengeNameType.SMS_MFA, challenge.session(),
        Map.of("USERNAME", "alice", "SMS_MFA_CODE", otherThan(code(app, "alice")))),
        CodeMismatchException.class, MISMATCH);
  }

  @Test
  void sms_code_passes_through_the_custom_message_trigger_as_CustomMessage_Authentication() {
    App triggered = optionalApp(ARN);
    fake.registerLambda(ARN, Triggers.customMessage(event ->
        event.triggerSource().equals("CustomMessage_Authentication")
        ? new CustomMessageResponse("Code for " + event.userName() + ": " + event.codeParameter(), null, null)
        : CustomMessageResponse.none()));
    smsUser(triggered, "alice");

    signIn(Api.PUBLIC, triggered, "alice");

    assertThat(fake).lastMessageTo(PHONE).extracting(SentMessage::message)
        .isEqualTo("Code for alice: " + code(triggered, "alice"));
    assertThat(fake.triggerInvocations()).singleElement().satisfies(invocation -> {
      assertThat(invocation.triggerSource()).isEqualTo("CustomMessage_Authentication");
      assertThat(invocation.request()).containsEntry("codeParameter", "{####}");
    });
  }

  @Test
  void required_sms_mfa_uses_the_sms_authentication_message_of_create_user_pool() {
    String poolId = pool(cognito, r -> r.mfaConfiguration(UserPoolMfaType.ON)
        .smsAuthenticationMessage("Sign-in code: {####}")
        .smsConfiguration(s -> s.snsCallerArn("arn:aws:iam::123456789012:role/sms").externalId("fake")));
    App required = new App(poolId, client(cognito, poolId).clientId());
    confirmedUser(cognito, poolId, "alice", attribute("phone_number", PHONE));

    Step challenge = signIn(Api.ADMIN, required, "alice");

    assertThat(challenge.challenge()).isEqualTo(ChallengeNameType.SMS_MFA);
    assertThat(fake).lastMessageTo(PHONE).extracting(SentMessage::message)
        .isEqualTo("Sign-in code: " + code(required, "alice"));
  }

  @Test
  void optional_mfa_signs_a_user_without_factors_in_at_once() {
    confirmedUser(cognito, app.poolId(), "alice", attribute("phone_number", PHONE));

    Step tokens = signIn(Api.PUBLIC, app, "alice");

    assertThat(tokens.tokens().accessToken()).isNotBlank();
    assertThat(fake.outbox().messages()).isEmpty();
  }

  /* ---- SOFTWARE_TOKEN_MFA ---- */

  @ParameterizedTest
  @EnumSource(Api.class)
  void software_token_code_of_the_current_step_signs_in(Api api) {
    String secret = totpUser("alice");

    Step challenge = signIn(api, app, "alice");
    Step tokens = answerTotp(api, challenge, Totp.code(secret, fake.clock()));

    assertThat(challenge.challenge()).isEqualTo(ChallengeNameType.SOFTWARE_TOKEN_MFA);
    assertThat(challenge.parameters()).containsEntry("USER_ID_FOR_SRP", "alice")
        .doesNotContainKey("CODE_DELIVERY_DESTINATION");
    assertThat(fake.outbox().messages()).isEmpty();
    assertThat(tokens.tokens().idToken()).isNotBlank();
  }

  @ParameterizedTest
  @EnumSource(Api.class)
  void wrong_software_token_code_throws_CodeMismatchException(Api api) {
    String secret = totpUser("alice");
    Step challenge = signIn(api, app, "alice");

    assertCognitoError(() -> answerTotp(api, challenge, wrongTotp(secret)), CodeMismatchException.class, MISMATCH);
  }

  @ParameterizedTest
  @EnumSource(Api.class)
  void the_code_of_a_step_already_used_to_sign_in_throws_ExpiredCodeException(Api api) {
    String secret = totpUser("alice");
    String code = Totp.code(secret, fake.clock());
    answerTotp(api, signIn(api, app, "alice"), code);
    Step again = signIn(api, app, "alice");

    assertCognitoError(() -> answerTotp(api, again, code), ExpiredCodeException.class,
        "Your software token has already been used once.");
  }

  @Test
  void the_code_of_the_previous_step_is_still_accepted_30_seconds_later() {
    String secret = totpUser("alice");
    Step challenge = signIn(Api.PUBLIC, app, "alice");
    String code = Totp.code(secret, fake.clock());

    fake.clock().advance(Duration.ofSeconds(30));

    assertThat(answerTotp(Api.PUBLIC, challenge, code).tokens()).isNotNull();
  }

  @Test
  void the_code_of_the_next_step_is_already_accepted_30_seconds_early() {
    String secret = totpUser("alice");
    Step challenge = signIn(Api.ADMIN, app, "alice");

    String early = Totp.code(secret, fake.clock().instant().plusSeconds(30));

    assertThat(answerTotp(Api.ADMIN, challenge, early).tokens()).isNotNull();
  }

  @Test
  void the_code_of_two_steps_ago_throws_CodeMismatchException() {
    String secret = totpUser("alice");
    Step challenge = signIn(Api.PUBLIC, app, "alice");
    String code = Totp.code(secret, fake.clock());

    fake.clock().advance(Duration.ofSeconds(60));

    assertCognitoError(() -> answerTotp(Api.PUBLIC, challenge, code), CodeMismatchException.class, MISMATCH);
  }

  /* ---- EMAIL_OTP ---- */

  @ParameterizedTest
  @EnumSource(Api.class)
  void email_mfa_sends_the_pools_email_message_and_its_code_signs_in(Api api) {
    emailUser("alice");

    Step challenge = signIn(api, app, "alice");

    assertThat(challenge.challenge()).isEqualTo(ChallengeNameType.EMAIL_OTP);
    assertThat(challenge.parameters())
        .containsEntry("CODE_DELIVERY_DELIVERY_MEDIUM", "EMAIL")
        .containsEntry("CODE_DELIVERY_DESTINATION", "a***@e***");
    String code = code(app, "alice");
    assertThat(fake).sentCodeTo(EMAIL).hasSize(6).containsOnlyDigits();
    assertThat(fake).lastMessageTo(EMAIL).extracting(SentMessage::message).isEqualTo("Your email code is " + code);
    Step tokens = respond(api, app, ChallengeNameType.EMAIL_OTP, challenge.session(),
        Map.of("USERNAME", "alice", "EMAIL_OTP_CODE", code));
    assertThat(tokens.tokens().accessToken()).isNotBlank();
  }

  @ParameterizedTest
  @EnumSource(Api.class)
  void wrong_email_code_throws_CodeMismatchException(Api api) {
    emailUser("alice");
    Step challenge = signIn(api, app, "alice");

    assertCognitoError(() -> respond(api, app, ChallengeNameType.EMAIL_OTP, challenge.session(),
        Map.of("USERNAME", "alice", "EMAIL_OTP_CODE", otherThan(code(app, "alice")))),
        CodeMismatchException.class, MISMATCH);
  }

  /* ---- SELECT_MFA_TYPE ---- */

  @ParameterizedTest
  @EnumSource(Api.class)
  void two_factors_without_a_preference_ask_the_user_to_choose_and_the_choice_starts_its_challenge(Api api) {
    String secret = totpUser("alice", attribute("phone_number", PHONE));
    cognito.adminSetUserMFAPreference(r -> r.userPoolId(app.poolId()).username("alice")
        .smsMfaSettings(s -> s.enabled(true)).softwareTokenMfaSettings(s -> s.enabled(true).preferredMfa(false)));

    Step select = signIn(api, app, "alice");
    Step totp = respond(api, app, ChallengeNameType.SELECT_MFA_TYPE, select.session(),
        Map.of("USERNAME", "alice", "ANSWER", "SOFTWARE_TOKEN_MFA"));
    Step tokens = answerTotp(api, totp, Totp.code(secret, fake.clock()));

    assertThat(select.challenge()).isEqualTo(ChallengeNameType.SELECT_MFA_TYPE);
    assertThat(select.parameters()).containsEntry("MFAS_CAN_CHOOSE", "[\"SMS_MFA\",\"SOFTWARE_TOKEN_MFA\"]");
    assertThat(totp.challenge()).isEqualTo(ChallengeNameType.SOFTWARE_TOKEN_MFA);
    assertThat(totp.session()).isNotEqualTo(select.session());
    assertThat(tokens.tokens().accessToken()).isNotBlank();
    assertThat(fake.outbox().messages()).isEmpty();
  }

  @Test
  void choosing_sms_sends_the_code_only_after_the_choice() {
    smsAndEmailUser("alice");
    Step select = signIn(Api.ADMIN, app, "alice");
    assertThat(fake.outbox().messages()).isEmpty();

    Step sms = respond(Api.ADMIN, app, ChallengeNameType.SELECT_MFA_TYPE, select.session(),
        Map.of("USERNAME", "alice", "ANSWER", "SMS_MFA"));
    Step tokens = respond(Api.ADMIN, app, ChallengeNameType.SMS_MFA, sms.session(),
        Map.of("USERNAME", "alice", "SMS_MFA_CODE", code(app, "alice")));

    assertThat(select.parameters()).containsEntry("MFAS_CAN_CHOOSE", "[\"SMS_MFA\",\"EMAIL_OTP\"]");
    assertThat(sms.challenge()).isEqualTo(ChallengeNameType.SMS_MFA);
    assertThat(fake.outbox().messages()).singleElement().extracting(SentMessage::destination).isEqualTo(PHONE);
    assertThat(tokens.tokens()).isNotNull();
  }

  @Test
  void choosing_a_factor_the_user_has_not_enabled_throws_InvalidParameterException() {
    smsAndEmailUser("alice");
    Step select = signIn(Api.PUBLIC, app, "alice");

    assertCognitoError(() -> respond(Api.PUBLIC, app, ChallengeNameType.SELECT_MFA_TYPE, select.session(),
        Map.of("USERNAME", "alice", "ANSWER", "SOFTWARE_TOKEN_MFA")),
        InvalidParameterException.class, "Invalid value for ANSWER: SOFTWARE_TOKEN_MFA");
  }

  @Test
  void choosing_without_an_answer_throws_InvalidParameterException() {
    smsAndEmailUser("alice");
    Step select = signIn(Api.PUBLIC, app, "alice");

    assertCognitoError(() -> respond(Api.PUBLIC, app, ChallengeNameType.SELECT_MFA_TYPE, select.session(),
        Map.of("USERNAME", "alice")), InvalidParameterException.class, "Missing required parameter ANSWER");
  }

  @Test
  void a_choice_session_answered_as_another_challenge_throws_NotAuthorizedException() {
    smsAndEmailUser("alice");
    Step select = signIn(Api.PUBLIC, app, "alice");

    assertCognitoError(() -> respond(Api.PUBLIC, app, ChallengeNameType.SMS_MFA, select.session(),
        Map.of("USERNAME", "alice", "SMS_MFA_CODE", "123456")), NotAuthorizedException.class, INVALID_SESSION);
  }

  @Test
  void the_choice_session_expires_after_three_minutes() {
    smsAndEmailUser("alice");
    Step select = signIn(Api.ADMIN, app, "alice");

    fake.clock().advance(Duration.ofMinutes(3));

    assertCognitoError(() -> respond(Api.ADMIN, app, ChallengeNameType.SELECT_MFA_TYPE, select.session(),
        Map.of("USERNAME", "alice", "ANSWER", "SMS_MFA")), NotAuthorizedException.class, EXPIRED_SESSION);
  }

  /* ---- MFA_SETUP ---- */

  @ParameterizedTest
  @EnumSource(Api.class)
  void required_mfa_sets_up_a_software_token_with_the_session_and_signs_in(Api api) {
    App required = requiredTotpApp();
    confirmedUser(cognito, required.poolId(), "carol");

    Step setup = signIn(api, required, "carol");
    String verified = setUpTotp(setup.session());
    Step tokens = respond(api, required, ChallengeNameType.MFA_SETUP, verified, Map.of("USERNAME", "carol"));

    assertThat(setup.challenge()).isEqualTo(ChallengeNameType.MFA_SETUP);
    assertThat(setup.parameters()).containsEntry("MFAS_CAN_SETUP", "[\"SOFTWARE_TOKEN_MFA\"]");
    assertThat(tokens.tokens().accessToken()).isNotBlank();
    assertThat(cognito.adminGetUser(r -> r.userPoolId(required.poolId()).username("carol")).userMFASettingList())
        .containsExactly("SOFTWARE_TOKEN_MFA");
  }

  @Test
  void answering_mfa_setup_before_verifying_a_token_throws_InvalidParameterException() {
    App required = requiredTotpApp();
    confirmedUser(cognito, required.poolId(), "carol");
    Step setup = signIn(Api.PUBLIC, required, "carol");
    String associated = cognito.associateSoftwareToken(r -> r.session(setup.session())).session();

    assertCognitoError(() -> respond(Api.PUBLIC, required, ChallengeNameType.MFA_SETUP, associated,
        Map.of("USERNAME", "carol")), InvalidParameterException.class,
        "Invalid MFA setup: no MFA method has been verified");
  }

  @Test
  void the_setup_session_expires_after_three_minutes() {
    App required = requiredTotpApp();
    confirmedUser(cognito, required.poolId(), "carol");
    Step setup = signIn(Api.ADMIN, required, "carol");
    String verified = setUpTotp(setup.session());

    fake.clock().advance(Duration.ofMinutes(3));

    assertCognitoError(() -> respond(Api.ADMIN, required, ChallengeNameType.MFA_SETUP, verified,
        Map.of("USERNAME", "carol")), NotAuthorizedException.class, EXPIRED_SESSION);
  }

  @ParameterizedTest
  @EnumSource(Api.class)
  void an_invited_user_sets_a_new_password_then_sets_up_mfa_then_gets_tokens(Api api) {
    App required = requiredTotpApp();
    cognito.adminCreateUser(r -> r.userPoolId(required.poolId()).username("dave").temporaryPassword("Temp0rary!")
        .messageAction("SUPPRESS"));

    Step newPassword = signIn(api, required, "dave", "Temp0rary!");
    Step setup = respond(api, required, ChallengeNameType.NEW_PASSWORD_REQUIRED, newPassword.session(),
        Map.of("USERNAME", "dave", "NEW_PASSWORD", "N3w-Passw0rd!"));
    String verified = setUpTotp(setup.session());
    Step tokens = respond(api, required, ChallengeNameType.MFA_SETUP, verified, Map.of("USERNAME", "dave"));

    assertThat(newPassword.challenge()).isEqualTo(ChallengeNameType.NEW_PASSWORD_REQUIRED);
    assertThat(setup.challenge()).isEqualTo(ChallengeNameType.MFA_SETUP);
    assertThat(tokens.tokens().accessToken()).isNotBlank();
    assertThat(cognito.adminGetUser(r -> r.userPoolId(required.poolId()).username("dave")).userStatus())
        .isEqualTo(UserStatusType.CONFIRMED);
  }

  /* ---- Remembered devices ---- */

  @Test
  void a_remembered_device_signs_in_through_DEVICE_SRP_AUTH_without_an_mfa_challenge() {
    App devices = deviceApp();
    CognitoSrp srp = srp(devices);
    SrpSignIn first = srp.newSignIn("alice");
    RespondToAuthChallengeResponse mfa = first.respondToPasswordVerifier(first.initiateAuth(), PASSWORD);
    AuthenticationResultType tokens = respond(Api.PUBLIC, devices, ChallengeNameType.SMS_MFA, mfa.session(),
        Map.of("USERNAME", "alice", "SMS_MFA_CODE", code(devices, "alice"))).tokens();
    DeviceCredentials device = srp.confirmDevice(tokens.accessToken(), tokens.newDeviceMetadata(), "laptop");

    AuthenticationResultType again = srp.signIn("alice", PASSWORD, device);

    assertThat(mfa.challengeName()).isEqualTo(ChallengeNameType.SMS_MFA);
    assertThat(tokens.newDeviceMetadata()).isNotNull();
    assertThat(again.accessToken()).isNotBlank();
    assertThat(again.newDeviceMetadata()).isNull();
    assertThat(fake.outbox().messages()).hasSize(1);
  }

  @Test
  void admin_sign_in_with_a_remembered_device_key_answers_the_device_challenges_instead_of_mfa() {
    App devices = deviceApp();
    DeviceCredentials device = rememberedDevice(devices);
    SrpSignIn signIn = srp(devices).newSignIn("alice", device);

    AdminInitiateAuthResponse deviceChallenge = cognito.adminInitiateAuth(r -> r.userPoolId(devices.poolId())
        .clientId(devices.clientId()).authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD, "DEVICE_KEY", device.deviceKey())));
    AdminRespondToAuthChallengeResponse verifier = cognito.adminRespondToAuthChallenge(r -> r
        .userPoolId(devices.poolId()).clientId(devices.clientId()).challengeName(ChallengeNameType.DEVICE_SRP_AUTH)
        .session(deviceChallenge.session()).challengeResponses(signIn.deviceSrpAuthResponses(
            deviceChallenge.challengeParameters())));
    AdminRespondToAuthChallengeResponse tokens = cognito.adminRespondToAuthChallenge(r -> r
        .userPoolId(devices.poolId()).clientId(devices.clientId())
        .challengeName(ChallengeNameType.DEVICE_PASSWORD_VERIFIER)
        .challengeResponses(signIn.devicePasswordVerifierResponses(verifier.challengeParameters())));

    assertThat(deviceChallenge.challengeName()).isEqualTo(ChallengeNameType.DEVICE_SRP_AUTH);
    assertThat(tokens.authenticationResult().accessToken()).isNotBlank();
    assertThat(fake.outbox().messages()).hasSize(1);
  }

  @Test
  void sign_in_without_the_device_key_still_asks_for_mfa() {
    App devices = deviceApp();
    rememberedDevice(devices);

    Step challenge = signIn(Api.PUBLIC, devices, "alice");

    assertThat(challenge.challenge()).isEqualTo(ChallengeNameType.SMS_MFA);
  }

  @Test
  void a_device_that_was_never_confirmed_does_not_skip_mfa() {
    App devices = deviceApp();
    Step first = signIn(Api.PUBLIC, devices, "alice");
    String deviceKey = respond(Api.PUBLIC, devices, ChallengeNameType.SMS_MFA, first.session(),
        Map.of("USERNAME", "alice", "SMS_MFA_CODE", code(devices, "alice"))).tokens().newDeviceMetadata().deviceKey();

    InitiateAuthResponse second = cognito.initiateAuth(r -> r.clientId(devices.clientId())
        .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD, "DEVICE_KEY", deviceKey)));

    assertThat(second.challengeName()).isEqualTo(ChallengeNameType.SMS_MFA);
  }

  /* ---- Sessions ---- */

  @ParameterizedTest
  @EnumSource(Api.class)
  void the_mfa_session_expires_after_three_minutes(Api api) {
    String secret = totpUser("alice");
    Step challenge = signIn(api, app, "alice");

    fake.clock().advance(Duration.ofMinutes(3));

    assertCognitoError(() -> answerTotp(api, challenge, Totp.code(secret, fake.clock())),
        NotAuthorizedException.class, EXPIRED_SESSION);
  }

  @Test
  void a_longer_auth_session_validity_keeps_the_sms_code_valid_longer() {
    smsUser("alice");
    App patient = new App(app.poolId(), client(cognito, app.poolId(), r -> r.authSessionValidity(10)).clientId());
    Step challenge = signIn(Api.PUBLIC, patient, "alice");

    fake.clock().advance(Duration.ofMinutes(9));

    assertThat(respond(Api.PUBLIC, patient, ChallengeNameType.SMS_MFA, challenge.session(),
        Map.of("USERNAME", "alice", "SMS_MFA_CODE", code(app, "alice"))).tokens()).isNotNull();
  }

  @ParameterizedTest
  @EnumSource(Api.class)
  void a_session_that_signed_in_cannot_be_used_again(Api api) {
    smsUser("alice");
    Step challenge = signIn(api, app, "alice");
    Map<String, String> answer = Map.of("USERNAME", "alice", "SMS_MFA_CODE", code(app, "alice"));
    respond(api, app, ChallengeNameType.SMS_MFA, challenge.session(), answer);

    assertCognitoError(() -> respond(api, app, ChallengeNameType.SMS_MFA, challenge.session(), answer),
        NotAuthorizedException.class, INVALID_SESSION);
  }

  @Test
  void the_session_of_another_app_client_throws_NotAuthorizedException() {
    smsUser("alice");
    Step challenge = signIn(Api.PUBLIC, app, "alice");
    App other = new App(app.poolId(), client(cognito, app.poolId()).clientId());

    assertCognitoError(() -> respond(Api.PUBLIC, other, ChallengeNameType.SMS_MFA, challenge.session(),
        Map.of("USERNAME", "alice", "SMS_MFA_CODE", code(app, "alice"))),
        NotAuthorizedException.class, INVALID_SESSION);
  }

  @Test
  void a_session_answered_for_another_user_throws_NotAuthorizedException() {
    smsUser("alice");
    confirmedUser(cognito, app.poolId(), "bob");
    Step challenge = signIn(Api.ADMIN, app, "alice");

    assertCognitoError(() -> respond(Api.ADMIN, app, ChallengeNameType.SMS_MFA, challenge.session(),
        Map.of("USERNAME", "bob", "SMS_MFA_CODE", code(app, "alice"))), NotAuthorizedException.class, INVALID_SESSION);
  }

  @Test
  void an_sms_session_answered_as_a_software_token_throws_NotAuthorizedException() {
    smsUser("alice");
    Step challenge = signIn(Api.PUBLIC, app, "alice");

    assertCognitoError(() -> respond(Api.PUBLIC, app, ChallengeNameType.SOFTWARE_TOKEN_MFA, challenge.session(),
        Map.of("USERNAME", "alice", "SOFTWARE_TOKEN_MFA_CODE", code(app, "alice"))),
        NotAuthorizedException.class, INVALID_SESSION);
  }

  @Test
  void an_unknown_session_throws_NotAuthorizedException() {
    smsUser("alice");

    assertCognitoError(() -> respond(Api.PUBLIC, app, ChallengeNameType.SMS_MFA, "s".repeat(40),
        Map.of("USERNAME", "alice", "SMS_MFA_CODE", "123456")), NotAuthorizedException.class, INVALID_SESSION);
  }

  @ParameterizedTest
  @EnumSource(Api.class)
  void an_answer_without_a_session_throws_InvalidParameterException(Api api) {
    smsUser("alice");
    signIn(api, app, "alice");

    assertCognitoError(() -> respond(api, app, ChallengeNameType.SMS_MFA, null,
        Map.of("USERNAME", "alice", "SMS_MFA_CODE", code(app, "alice"))),
        InvalidParameterException.class, "Missing required parameter Session");
  }

  @Test
  void an_answer_without_the_code_throws_InvalidParameterException() {
    smsUser("alice");
    Step challenge = signIn(Api.PUBLIC, app, "alice");

    assertCognitoError(() -> respond(Api.PUBLIC, app, ChallengeNameType.SMS_MFA, challenge.session(),
        Map.of("USERNAME", "alice")), InvalidParameterException.class, "Missing required parameter SMS_MFA_CODE");
  }

  @Test
  void an_answer_without_a_username_throws_InvalidParameterException() {
    String secret = totpUser("alice");
    Step challenge = signIn(Api.PUBLIC, app, "alice");

    assertCognitoError(() -> respond(Api.PUBLIC, app, ChallengeNameType.SOFTWARE_TOKEN_MFA, challenge.session(),
        Map.of("SOFTWARE_TOKEN_MFA_CODE", Totp.code(secret, fake.clock()))),
        InvalidParameterException.class, "Missing required parameter USERNAME");
  }

  @Test
  void a_client_with_a_secret_needs_the_secret_hash_with_the_code() {
    smsUser("alice");
    UserPoolClientType secretClient = client(cognito, app.poolId(), r -> r.generateSecret(true));
    App withSecret = new App(app.poolId(), secretClient.clientId());
    InitiateAuthResponse challenge = cognito.initiateAuth(r -> r.clientId(secretClient.clientId())
        .authFlow(AuthFlowType.USER_PASSWORD_AUTH).authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD,
            "SECRET_HASH", secretHash(secretClient, "alice"))));
    String code = code(app, "alice");

    assertCognitoError(() -> respond(Api.PUBLIC, withSecret, ChallengeNameType.SMS_MFA, challenge.session(),
        Map.of("USERNAME", "alice", "SMS_MFA_CODE", code)), NotAuthorizedException.class,
        "Client " + secretClient.clientId() + " is configured with secret but SECRET_HASH was not received");
    assertThat(respond(Api.PUBLIC, withSecret, ChallengeNameType.SMS_MFA, challenge.session(), Map.of("USERNAME",
        "alice", "SMS_MFA_CODE", code, "SECRET_HASH", secretHash(secretClient, "alice"))).tokens()).isNotNull();
  }

  /* ---- Too many wrong codes ---- */

  @ParameterizedTest
  @EnumSource(Api.class)
  void three_wrong_codes_use_the_session_up_so_even_the_right_code_throws_NotAuthorizedException(Api api) {
    smsUser("alice");
    Step challenge = signIn(api, app, "alice");
    String code = code(app, "alice");
    Map<String, String> wrong = Map.of("USERNAME", "alice", "SMS_MFA_CODE", otherThan(code));
    for (int i = 0; i < 3; i++) {
      assertCognitoError(() -> respond(api, app, ChallengeNameType.SMS_MFA, challenge.session(), wrong),
          CodeMismatchException.class, MISMATCH);
    }

    assertCognitoError(() -> respond(api, app, ChallengeNameType.SMS_MFA, challenge.session(),
        Map.of("USERNAME", "alice", "SMS_MFA_CODE", code)), NotAuthorizedException.class, INVALID_SESSION);
  }

  @Test
  void after_two_wrong_codes_the_right_one_still_signs_in() {
    emailUser("alice");
    Step challenge = signIn(Api.PUBLIC, app, "alice");
    String code = code(app, "alice");
    Map<String, String> wrong = Map.of("USERNAME", "alice", "EMAIL_OTP_CODE", otherThan(code));
    for (int i = 0; i < 2; i++) {
      assertCognitoError(() -> respond(Api.PUBLIC, app, ChallengeNameType.EMAIL_OTP, challenge.session(), wrong),
          CodeMismatchException.class, MISMATCH);
    }

    assertThat(respond(Api.PUBLIC, app, ChallengeNameType.EMAIL_OTP, challenge.session(),
        Map.of("USERNAME", "alice", "EMAIL_OTP_CODE", code)).tokens()).isNotNull();
  }

  @Test
  void three_wrong_software_token_codes_use_the_session_up() {
    String secret = totpUser("alice");
    Step challenge = signIn(Api.ADMIN, app, "alice");
    for (int i = 0; i < 3; i++) {
      assertCognitoError(() -> answerTotp(Api.ADMIN, challenge, wrongTotp(secret)), CodeMismatchException.class,
          MISMATCH);
    }

    assertCognitoError(() -> answerTotp(Api.ADMIN, challenge, Totp.code(secret, fake.clock())),
        NotAuthorizedException.class, INVALID_SESSION);
  }

  @Test
  void a_new_sign_in_after_three_wrong_codes_sends_a_new_code_that_works() {
    smsUser("alice");
    Step spent = signIn(Api.PUBLIC, app, "alice");
    Map<String, String> wrong = Map.of("USERNAME", "alice", "SMS_MFA_CODE", otherThan(code(app, "alice")));
    for (int i = 0; i < 3; i++) {
      assertCognitoError(() -> respond(Api.PUBLIC, app, ChallengeNameType.SMS_MFA, spent.session(), wrong),
          CodeMismatchException.class, MISMATCH);
    }

    Step fresh = signIn(Api.PUBLIC, app, "alice");

    assertThat(fake.outbox().messages()).hasSize(2);
    assertThat(respond(Api.PUBLIC, app, ChallengeNameType.SMS_MFA, fresh.session(),
        Map.of("USERNAME", "alice", "SMS_MFA_CODE", code(app, "alice"))).tokens()).isNotNull();
  }

  @Test
  void wrong_codes_in_one_session_do_not_count_against_another() {
    smsUser("alice");
    Step first = signIn(Api.PUBLIC, app, "alice");
    String firstCode = code(app, "alice");
    Step second = signIn(Api.PUBLIC, app, "alice");
    String secondCode = code(app, "alice");
    for (int i = 0; i < 2; i++) {
      assertCognitoError(() -> respond(Api.PUBLIC, app, ChallengeNameType.SMS_MFA, first.session(),
          Map.of("USERNAME", "alice", "SMS_MFA_CODE", otherThan(firstCode, secondCode))),
          CodeMismatchException.class, MISMATCH);
    }

    assertCognitoError(() -> respond(Api.PUBLIC, app, ChallengeNameType.SMS_MFA, second.session(),
        Map.of("USERNAME", "alice", "SMS_MFA_CODE", otherThan(firstCode, secondCode))),
        CodeMismatchException.class, MISMATCH);
    assertThat(respond(Api.PUBLIC, app, ChallengeNameType.SMS_MFA, first.session(),
        Map.of("USERNAME", "alice", "SMS_MFA_CODE", firstCode)).tokens()).isNotNull();
  }

  /* ---- Concurrent answers ---- */

  @Test
  void concurrent_answers_with_the_right_code_sign_in_only_once() throws Exception {
    smsUser("alice");
    Step challenge = signIn(Api.PUBLIC, app, "alice");
    Map<String, String> answer = Map.of("USERNAME", "alice", "SMS_MFA_CODE", code(app, "alice"));

    List<Step> answered = concurrently(() -> respond(Api.PUBLIC, app, ChallengeNameType.SMS_MFA,
        challenge.session(), answer));

    assertThat(answered).singleElement().extracting(Step::tokens).isNotNull();
  }

  @Test
  void concurrent_choices_start_only_one_challenge() throws Exception {
    smsAndEmailUser("alice");
    Step select = signIn(Api.PUBLIC, app, "alice");

    List<Step> answered = concurrently(() -> respond(Api.PUBLIC, app, ChallengeNameType.SELECT_MFA_TYPE,
        select.session(), Map.of("USERNAME", "alice", "ANSWER", "SMS_MFA")));

    assertThat(answered).singleElement().extracting(Step::challenge).isEqualTo(ChallengeNameType.SMS_MFA);
    assertThat(fake.outbox().messages()).hasSize(1);
  }

  @Test
  void concurrent_mfa_setup_answers_sign_in_only_once() throws Exception {
    App required = requiredTotpApp();
    confirmedUser(cognito, required.poolId(), "carol");
    String verified = setUpTotp(signIn(Api.PUBLIC, required, "carol").session());

    List<Step> answered = concurrently(() -> respond(Api.PUBLIC, required, ChallengeNameType.MFA_SETUP, verified,
        Map.of("USERNAME", "carol")));

    assertThat(answered).singleElement().extracting(Step::tokens).isNotNull();
  }

  /* ---- Helpers ---- */

  /** A pool with optional MFA offering SMS, software tokens and email, and its app client. */
  private App optionalApp() {
    return optionalApp(null);
  }

  private App optionalApp(String customMessageArn) {
    String poolId = pool(cognito, r -> {
      r.smsConfiguration(s -> s.snsCallerArn("arn:aws:iam::123456789012:role/sms").externalId("fake"))
          .emailConfiguration(e -> e.emailSendingAccount(EmailSendingAccountType.DEVELOPER)
              .sourceArn("arn:aws:ses:us-east-1:123456789012:identity/example.com").from("no-reply@example.com"));
      if (customMessageArn != null) {
        r.lambdaConfig(l -> l.customMessage(customMessageArn));
      }
    });
    cognito.setUserPoolMfaConfig(r -> r.userPoolId(poolId).mfaConfiguration(UserPoolMfaType.OPTIONAL)
        .softwareTokenMfaConfiguration(t -> t.enabled(true))
        .smsMfaConfiguration(s -> s.smsAuthenticationMessage("Your sign-in code is {####}"))
        .emailMfaConfiguration(e -> e.message("Your email code is {####}").subject("Your code")));
    return new App(poolId, client(cognito, poolId).clientId());
  }

  /** A pool that requires MFA and offers only software tokens. */
  private App requiredTotpApp() {
    String poolId = pool(cognito);
    cognito.setUserPoolMfaConfig(r -> r.userPoolId(poolId).mfaConfiguration(UserPoolMfaType.ON)
        .softwareTokenMfaConfiguration(t -> t.enabled(true)));
    return new App(poolId, client(cognito, poolId).clientId());
  }

  /**
   * A pool with optional SMS MFA that tracks devices and remembers them at once, an SRP-enabled
   * app client, and alice, who prefers SMS.
   */
  private App deviceApp() {
    String poolId = pool(cognito, r -> r
        .deviceConfiguration(d -> d.challengeRequiredOnNewDevice(false).deviceOnlyRememberedOnUserPrompt(false))
        .smsConfiguration(s -> s.snsCallerArn("arn:aws:iam::123456789012:role/sms").externalId("fake")));
    cognito.setUserPoolMfaConfig(r -> r.userPoolId(poolId).mfaConfiguration(UserPoolMfaType.OPTIONAL)
        .smsMfaConfiguration(s -> s.smsAuthenticationMessage("Your sign-in code is {####}")));
    App devices = new App(poolId, srpClient(cognito, poolId).clientId());
    smsUser(devices, "alice");
    return devices;
  }

  private CognitoSrp srp(App devices) {
    return CognitoSrp.builder().client(cognito).userPoolId(devices.poolId()).clientId(devices.clientId())
        .clock(fake.clock()).build();
  }

  /** Signs alice in once with her SMS code and confirms the device that sign-in issued. */
  private DeviceCredentials rememberedDevice(App devices) {
    Step challenge = signIn(Api.PUBLIC, devices, "alice");
    AuthenticationResultType tokens = respond(Api.PUBLIC, devices, ChallengeNameType.SMS_MFA, challenge.session(),
        Map.of("USERNAME", "alice", "SMS_MFA_CODE", code(devices, "alice"))).tokens();
    return srp(devices).confirmDevice(tokens.accessToken(), tokens.newDeviceMetadata(), "laptop");
  }

  private void smsUser(String username) {
    smsUser(app, username);
  }

  /** A user with a phone number who prefers SMS MFA. */
  private void smsUser(App target, String username) {
    confirmedUser(cognito, target.poolId(), username, attribute("phone_number", PHONE));
    cognito.adminSetUserMFAPreference(r -> r.userPoolId(target.poolId()).username(username)
        .smsMfaSettings(s -> s.enabled(true).preferredMfa(true)));
  }

  /** A user with an email address who prefers email MFA. */
  private void emailUser(String username) {
    confirmedUser(cognito, app.poolId(), username, attribute("email", EMAIL));
    cognito.adminSetUserMFAPreference(r -> r.userPoolId(app.poolId()).username(username)
        .emailMfaSettings(s -> s.enabled(true).preferredMfa(true)));
  }

  /** A user with SMS and email MFA turned on and neither preferred. */
  private void smsAndEmailUser(String username) {
    confirmedUser(cognito, app.poolId(), username, attribute("phone_number", PHONE), attribute("email", EMAIL));
    cognito.adminSetUserMFAPreference(r -> r.userPoolId(app.poolId()).username(username)
        .smsMfaSettings(s -> s.enabled(true)).emailMfaSettings(s -> s.enabled(true)));
  }

  /**
   * A user who verified a software token and prefers it; returns its secret. The clock moves on
   * one step, so that the step the token was verified with is behind it.
   */
  private String totpUser(String username, AttributeType... attributes) {
    confirmedUser(cognito, app.poolId(), username, attributes);
    String accessToken = signIn(Api.PUBLIC, app, username).tokens().accessToken();
    return preferSoftwareToken(cognito, fake, accessToken);
  }

  /** Associates and verifies a software token with an MFA_SETUP session; returns the last Session. */
  private String setUpTotp(String session) {
    AssociateSoftwareTokenResponse associated = cognito.associateSoftwareToken(r -> r.session(session));
    return cognito.verifySoftwareToken(r -> r.session(associated.session())
        .userCode(Totp.code(associated.secretCode(), fake.clock()))).session();
  }

  private String code(App target, String username) {
    return fake.outbox().lastCode(target.poolId(), username).orElseThrow();
  }

  /**
   * Runs {@code call} on eight threads at once; returns what the calls that were not refused with
   * NotAuthorizedException answered.
   */
  private static List<Step> concurrently(Callable<Step> call) throws Exception {
    Queue<Step> answered = new ConcurrentLinkedQueue<>();
    Parallel.run(8, thread -> () -> {
      try {
        answered.add(call.call());
      } catch (NotAuthorizedException refused) {
        // Refused calls are the ones that lost the race.
      }
      return null;
    });
    return List.copyOf(answered);
  }

  /** A six-digit code none of {@code codes} is. */
  private static String otherThan(String... codes) {
    List<String> taken = List.of(codes);
    for (int digit = 0; ; digit++) {
      String candidate = String.valueOf(digit).repeat(6);
      if (!taken.contains(candidate)) {
        return candidate;
      }
    }
  }

  /** A code that matches no step the fake accepts now. */
  private String wrongTotp(String secret) {
    Instant now = fake.clock().instant();
    return otherThan(Totp.code(secret, now.minusSeconds(30)), Totp.code(secret, now),
        Totp.code(secret, now.plusSeconds(30)));
  }

  private Step signIn(Api api, App target, String username) {
    return signIn(api, target, username, PASSWORD);
  }

  private Step signIn(Api api, App target, String username, String password) {
    Map<String, String> parameters = Map.of("USERNAME", username, "PASSWORD", password);
    if (api == Api.PUBLIC) {
      InitiateAuthResponse response = cognito.initiateAuth(r -> r.clientId(target.clientId())
          .authFlow(AuthFlowType.USER_PASSWORD_AUTH).authParameters(parameters));
      return new Step(response.challengeName(), response.challengeParameters(), response.session(),
          response.authenticationResult());
    }
    AdminInitiateAuthResponse response = cognito.adminInitiateAuth(r -> r.userPoolId(target.poolId())
        .clientId(target.clientId()).authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH).authParameters(parameters));
    return new Step(response.challengeName(), response.challengeParameters(), response.session(),
        response.authenticationResult());
  }

  private Step respond(Api api, App target, ChallengeNameType challenge, String session,
      Map<String, String> responses) {
    if (api == Api.PUBLIC) {
      RespondToAuthChallengeResponse response = cognito.respondToAuthChallenge(r -> r.clientId(target.clientId())
          .challengeName(challenge).session(session).challengeResponses(responses));
      return new Step(response.challengeName(), response.challengeParameters(), response.session(),
          response.authenticationResult());
    }
    AdminRespondToAuthChallengeResponse response = cognito.adminRespondToAuthChallenge(r -> r
        .userPoolId(target.poolId()).clientId(target.clientId()).challengeName(challenge).session(session)
        .challengeResponses(responses));
    return new Step(response.challengeName(), response.challengeParameters(), response.session(),
        response.authenticationResult());
  }

  private Step answerTotp(Api api, Step challenge, String code) {
    return respond(api, app, ChallengeNameType.SOFTWARE_TOKEN_MFA, challenge.session(),
        Map.of("USERNAME", "alice", "SOFTWARE_TOKEN_MFA_CODE", code));
  }
}
