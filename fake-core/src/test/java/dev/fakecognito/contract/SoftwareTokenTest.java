package dev.fakecognito.contract;

import static dev.fakecognito.testing.Transport.clientFor;
import static dev.fakecognito.testing.Fixtures.PASSWORD;
import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.attribute;
import static dev.fakecognito.testing.Fixtures.client;
import static dev.fakecognito.testing.Fixtures.confirmedUser;
import static dev.fakecognito.testing.Fixtures.fake;
import static dev.fakecognito.testing.Fixtures.pool;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.totp.Totp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AssociateSoftwareTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.EmailSendingAccountType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.EnableSoftwareTokenMfaException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExpiredCodeException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MFAOptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SoftwareTokenMfaNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenResponseType;

class SoftwareTokenTest {

  private static final String MISMATCH = "Code mismatch and fail enable Software Token MFA";
  private static final String EITHER = "Either AccessToken or Session must be provided, but not both.";

  private final FakeCognito fake = fake();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);
  private final String poolId = optionalPool();
  private final String clientId = client(cognito, poolId).clientId();

  /* ---- AssociateSoftwareToken ---- */

  @Test
  void associate_returns_a_32_character_base32_secret_and_no_session() {
    String token = signedIn("alice");

    AssociateSoftwareTokenResponse response = cognito.associateSoftwareToken(r -> r.accessToken(token));

    assertThat(response.secretCode()).hasSize(32).matches("[A-Z2-7]+");
    assertThat(response.session()).isNull();
  }

  @Test
  void associating_again_replaces_the_secret_that_was_not_verified() {
    String token = signedIn("alice");
    String first = associate(token);

    String second = associate(token);

    assertThat(second).isNotEqualTo(first);
    assertCognitoError(() -> verify(token, Totp.code(first, fake.clock())), EnableSoftwareTokenMfaException.class,
        "EnableSoftwareTokenMFAException", MISMATCH);
    assertThat(verify(token, Totp.code(second, fake.clock())).status()).isEqualTo(VerifySoftwareTokenResponseType.SUCCESS);
  }

  @Test
  void associate_without_access_token_or_session_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.associateSoftwareToken(r -> {}), InvalidParameterException.class, EITHER);
  }

  @Test
  void associate_with_both_access_token_and_session_throws_InvalidParameterException() {
    String token = signedIn("alice");

    assertCognitoError(() -> cognito.associateSoftwareToken(r -> r.accessToken(token).session("a".repeat(40))),
        InvalidParameterException.class, EITHER);
  }

  @Test
  void associate_with_an_invalid_access_token_throws_NotAuthorizedException() {
    assertCognitoError(() -> cognito.associateSoftwareToken(r -> r.accessToken("not-a-token")),
        NotAuthorizedException.class, "Invalid Access Token");
  }

  @Test
  void associate_with_an_unknown_session_throws_NotAuthorizedException() {
    assertCognitoError(() -> cognito.associateSoftwareToken(r -> r.session("a".repeat(40))),
        NotAuthorizedException.class, "Invalid session for the user.");
  }

  @Test
  void associate_for_a_deleted_user_throws_UserNotFoundException() {
    String token = signedIn("alice");
    cognito.adminDeleteUser(r -> r.userPoolId(poolId).username("alice"));

    assertCognitoError(() -> associate(token), UserNotFoundException.class, "User does not exist.");
  }

  /* ---- VerifySoftwareToken ---- */

  @Test
  void verify_accepts_the_current_code_and_answers_SUCCESS_without_a_session() {
    String token = signedIn("alice");
    String secret = associate(token);

    VerifySoftwareTokenResponse response = cognito.verifySoftwareToken(r -> r.accessToken(token)
        .userCode(Totp.code(secret, fake.clock())).friendlyDeviceName("phone"));

    assertThat(response.status()).isEqualTo(VerifySoftwareTokenResponseType.SUCCESS);
    assertThat(response.session()).isNull();
  }

  @Test
  void verify_tolerates_one_step_of_drift_either_way() {
    String token = signedIn("alice");
    String secret = associate(token);
    String previousStep = Totp.code(secret, fake.clock().instant().minusSeconds(30));
    String bob = signedIn("bob");
    String bobSecret = associate(bob);
    String nextStep = Totp.code(bobSecret, fake.clock().instant().plusSeconds(30));

    assertThat(verify(token, previousStep).status()).isEqualTo(VerifySoftwareTokenResponseType.SUCCESS);
    assertThat(verify(bob, nextStep).status()).isEqualTo(VerifySoftwareTokenResponseType.SUCCESS);
  }

  @Test
  void verify_rejects_a_code_two_steps_old_with_EnableSoftwareTokenMfaException() {
    String token = signedIn("alice");
    String secret = associate(token);
    String stale = Totp.code(secret, fake.clock());

    fake.clock().advance(Duration.ofSeconds(60));

    assertCognitoError(() -> verify(token, stale), EnableSoftwareTokenMfaException.class,
        "EnableSoftwareTokenMFAException", MISMATCH);
  }

  @Test
  void verify_rejects_a_wrong_code_and_keeps_the_secret_pending() {
    String token = signedIn("alice");
    String secret = associate(token);
    String code = Totp.code(secret, fake.clock());

    assertCognitoError(() -> verify(token, code.equals("000000") ? "111111" : "000000"),
        EnableSoftwareTokenMfaException.class, "EnableSoftwareTokenMFAException", MISMATCH);
    assertThat(verify(token, code).status()).isEqualTo(VerifySoftwareTokenResponseType.SUCCESS);
  }

  @Test
  void a_verified_token_can_be_verified_again_but_not_with_a_code_already_used() {
    String token = signedIn("alice");
    String secret = associate(token);
    String code = Totp.code(secret, fake.clock());
    verify(token, code);

    assertCognitoError(() -> verify(token, code), EnableSoftwareTokenMfaException.class,
        "EnableSoftwareTokenMFAException", MISMATCH);
    fake.clock().advance(Duration.ofSeconds(30));
    assertThat(verify(token, Totp.code(secret, fake.clock())).status())
        .isEqualTo(VerifySoftwareTokenResponseType.SUCCESS);
  }

  @Test
  void the_code_used_to_verify_cannot_sign_in_but_the_next_one_can() {
    String token = signedIn("alice");
    String secret = associate(token);
    String code = Totp.code(secret, fake.clock());
    verify(token, code);
    preferTotp(token);
    InitiateAuthResponse challenge = signIn("alice");

    assertCognitoError(() -> answerTotp(challenge.session(), "alice", code), ExpiredCodeException.class,
        "Your software token has already been used once.");
    fake.clock().advance(Duration.ofSeconds(30));
    assertThat(answerTotp(challenge.session(), "alice", Totp.code(secret, fake.clock())).authenticationResult())
        .isNotNull();
  }

  @Test
  void verifying_does_not_turn_totp_on_by_itself() {
    String token = signedIn("alice");
    String secret = associate(token);

    verify(token, Totp.code(secret, fake.clock()));

    assertThat(signIn("alice").authenticationResult()).isNotNull();
  }

  @Test
  void verify_without_a_secret_throws_SoftwareTokenMfaNotFoundException() {
    String token = signedIn("alice");

    assertCognitoError(() -> verify(token, "123456"), SoftwareTokenMfaNotFoundException.class,
        "SoftwareTokenMFANotFoundException", "Software Token MFA does not exist for the user.");
  }

  @Test
  void verify_with_a_code_that_is_not_six_digits_throws_InvalidParameterException() {
    String token = signedIn("alice");
    associate(token);

    assertCognitoError(() -> verify(token, "Aaaa"), InvalidParameterException.class,
        "2 validation errors detected: Value 'Aaaa' at 'userCode' failed to satisfy constraint: Member must satisfy "
            + "regular expression pattern: [0-9]+; Value 'Aaaa' at 'userCode' failed to satisfy constraint: Member "
            + "must have length greater than or equal to 6");
  }

  @Test
  void verify_without_a_code_throws_InvalidParameterException() {
    String token = signedIn("alice");

    assertCognitoError(() -> cognito.verifySoftwareToken(r -> r.accessToken(token)), InvalidParameterException.class,
        "1 validation error detected: Value null at 'userCode' failed to satisfy constraint: Member must not be null");
  }

  @Test
  void verify_without_access_token_or_session_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.verifySoftwareToken(r -> r.userCode("123456")), InvalidParameterException.class,
        EITHER);
  }

  /* ---- MFA_SETUP with a Session ---- */

  @Test
  void mfa_setup_associates_and_verifies_with_sessions_and_then_signs_in() {
    String requiredPool = requiredTotpPool();
    String requiredClient = client(cognito, requiredPool).clientId();
    confirmedUser(cognito, requiredPool, "carol");
    InitiateAuthResponse setup = signIn(requiredClient, "carol");

    AssociateSoftwareTokenResponse associated = cognito.associateSoftwareToken(r -> r.session(setup.session()));
    VerifySoftwareTokenResponse verified = cognito.verifySoftwareToken(r -> r.session(associated.session())
        .userCode(Totp.code(associated.secretCode(), fake.clock())));
    RespondToAuthChallengeResponse tokens = cognito.respondToAuthChallenge(r -> r.clientId(requiredClient)
        .challengeName(ChallengeNameType.MFA_SETUP).session(verified.session())
        .challengeResponses(Map.of("USERNAME", "carol")));

    assertThat(setup.challengeName()).isEqualTo(ChallengeNameType.MFA_SETUP);
    assertThat(associated.session()).isNotBlank().isNotEqualTo(setup.session());
    assertThat(verified.status()).isEqualTo(VerifySoftwareTokenResponseType.SUCCESS);
    assertThat(verified.session()).isNotBlank().isNotEqualTo(associated.session());
    assertThat(tokens.authenticationResult().accessToken()).isNotBlank();
    assertThat(signIn(requiredClient, "carol").challengeName()).isEqualTo(ChallengeNameType.SOFTWARE_TOKEN_MFA);
  }

  @Test
  void a_session_replaced_by_associate_stops_working() {
    String requiredPool = requiredTotpPool();
    String requiredClient = client(cognito, requiredPool).clientId();
    confirmedUser(cognito, requiredPool, "carol");
    InitiateAuthResponse setup = signIn(requiredClient, "carol");

    cognito.associateSoftwareToken(r -> r.session(setup.session()));

    assertCognitoError(() -> cognito.associateSoftwareToken(r -> r.session(setup.session())),
        NotAuthorizedException.class, "Invalid session for the user.");
  }

  @Test
  void associate_with_an_expired_session_throws_NotAuthorizedException() {
    String requiredPool = requiredTotpPool();
    String requiredClient = client(cognito, requiredPool).clientId();
    confirmedUser(cognito, requiredPool, "carol");
    InitiateAuthResponse setup = signIn(requiredClient, "carol");

    fake.clock().advance(Duration.ofMinutes(4));

    assertCognitoError(() -> cognito.associateSoftwareToken(r -> r.session(setup.session())),
        NotAuthorizedException.class, "Invalid session for the user, session is expired.");
  }

  @Test
  void associate_with_the_session_of_another_challenge_throws_NotAuthorizedException() {
    confirmedUser(cognito, poolId, "dave", attribute("phone_number", "+15555550100"));
    cognito.adminSetUserMFAPreference(r -> r.userPoolId(poolId).username("dave").smsMfaSettings(s -> s.enabled(true)));
    InitiateAuthResponse sms = signIn("dave");

    assertCognitoError(() -> cognito.associateSoftwareToken(r -> r.session(sms.session())),
        NotAuthorizedException.class, "Invalid session for the user.");
  }

  /* ---- SetUserMFAPreference ---- */

  @Test
  void preferring_a_verified_totp_makes_sign_in_ask_for_it() {
    String token = signedIn("alice");
    String secret = associate(token);
    verify(token, Totp.code(secret, fake.clock()));

    preferTotp(token);

    assertThat(signIn("alice").challengeName()).isEqualTo(ChallengeNameType.SOFTWARE_TOKEN_MFA);
  }

  @Test
  void turning_on_totp_before_verifying_a_token_throws_InvalidParameterException() {
    String token = signedIn("alice");
    associate(token);

    assertCognitoError(() -> preferTotp(token), InvalidParameterException.class,
        "User does not have delivery config set to turn on SOFTWARE_TOKEN_MFA");
  }

  @Test
  void turning_on_sms_without_a_phone_number_throws_InvalidParameterException() {
    String token = signedIn("alice");

    assertCognitoError(() -> cognito.setUserMFAPreference(r -> r.accessToken(token).smsMfaSettings(s -> s.enabled(true))),
        InvalidParameterException.class, "User does not have delivery config set to turn on SMS_MFA");
  }

  @Test
  void turning_on_email_without_an_email_address_throws_InvalidParameterException() {
    String token = signedIn("alice");

    assertCognitoError(() -> cognito.setUserMFAPreference(r -> r.accessToken(token).emailMfaSettings(s -> s.enabled(true))),
        InvalidParameterException.class, "User does not have delivery config set to turn on EMAIL_OTP");
  }

  @Test
  void turning_on_a_factor_the_pool_does_not_offer_throws_InvalidParameterException() {
    String totpOnly = pool(cognito);
    cognito.setUserPoolMfaConfig(r -> r.userPoolId(totpOnly).mfaConfiguration(UserPoolMfaType.OPTIONAL)
        .softwareTokenMfaConfiguration(t -> t.enabled(true)));
    confirmedUser(cognito, totpOnly, "erin", attribute("email", "erin@example.com"));

    assertCognitoError(() -> cognito.adminSetUserMFAPreference(r -> r.userPoolId(totpOnly).username("erin")
        .emailMfaSettings(s -> s.enabled(true))),
        InvalidParameterException.class, "User does not have delivery config set to turn on EMAIL_OTP");
  }

  @Test
  void preferring_a_factor_that_is_not_enabled_throws_InvalidParameterException() {
    confirmedUser(cognito, poolId, "dave", attribute("phone_number", "+15555550100"));

    assertCognitoError(() -> cognito.adminSetUserMFAPreference(r -> r.userPoolId(poolId).username("dave")
        .smsMfaSettings(s -> s.preferredMfa(true))),
        InvalidParameterException.class, "The preferred MFA method must be enabled.");
  }

  @Test
  void preferring_two_factors_throws_InvalidParameterException_and_changes_nothing() {
    confirmedUser(cognito, poolId, "dave", attribute("phone_number", "+15555550100"),
        attribute("email", "dave@example.com"));

    assertCognitoError(() -> cognito.adminSetUserMFAPreference(r -> r.userPoolId(poolId).username("dave")
        .smsMfaSettings(s -> s.enabled(true).preferredMfa(true)).emailMfaSettings(s -> s.enabled(true).preferredMfa(true))),
        InvalidParameterException.class, "Only one MFA method can be set as preferred.");
    assertThat(signIn("dave").authenticationResult()).isNotNull();
  }

  @Test
  void two_factors_without_a_preference_ask_the_user_to_choose_and_a_preference_picks_one() {
    confirmedUser(cognito, poolId, "dave", attribute("phone_number", "+15555550100"),
        attribute("email", "dave@example.com"));
    cognito.adminSetUserMFAPreference(r -> r.userPoolId(poolId).username("dave")
        .smsMfaSettings(s -> s.enabled(true)).emailMfaSettings(s -> s.enabled(true)));
    InitiateAuthResponse select = signIn("dave");

    cognito.adminSetUserMFAPreference(r -> r.userPoolId(poolId).username("dave").emailMfaSettings(s -> s.preferredMfa(true)));

    assertThat(select.challengeName()).isEqualTo(ChallengeNameType.SELECT_MFA_TYPE);
    assertThat(signIn("dave").challengeName()).isEqualTo(ChallengeNameType.EMAIL_OTP);
  }

  @Test
  void turning_off_the_preferred_factor_drops_the_preference() {
    confirmedUser(cognito, poolId, "dave", attribute("phone_number", "+15555550100"),
        attribute("email", "dave@example.com"));
    cognito.adminSetUserMFAPreference(r -> r.userPoolId(poolId).username("dave")
        .smsMfaSettings(s -> s.enabled(true)).emailMfaSettings(s -> s.enabled(true).preferredMfa(true)));

    cognito.adminSetUserMFAPreference(r -> r.userPoolId(poolId).username("dave").emailMfaSettings(s -> s.enabled(false)));

    assertThat(signIn("dave").challengeName()).isEqualTo(ChallengeNameType.SMS_MFA);
  }

  @Test
  void set_preference_with_an_invalid_access_token_throws_NotAuthorizedException() {
    assertCognitoError(() -> cognito.setUserMFAPreference(r -> r.accessToken("not-a-token")
        .smsMfaSettings(s -> s.enabled(false))), NotAuthorizedException.class, "Invalid Access Token");
  }

  @Test
  void admin_set_preference_for_an_unknown_user_throws_UserNotFoundException() {
    assertCognitoError(() -> cognito.adminSetUserMFAPreference(r -> r.userPoolId(poolId).username("nobody")
        .smsMfaSettings(s -> s.enabled(false))), UserNotFoundException.class, "User does not exist.");
  }

  /* ---- SetUserSettings ---- */

  @Test
  void an_sms_mfa_option_turns_on_sms_mfa() {
    confirmedUser(cognito, poolId, "dave", attribute("phone_number", "+15555550100"));
    String token = accessToken("dave");

    cognito.setUserSettings(r -> r.accessToken(token).mfaOptions(smsOption()));

    assertThat(signIn("dave").challengeName()).isEqualTo(ChallengeNameType.SMS_MFA);
  }

  @Test
  void an_empty_mfa_option_list_turns_sms_mfa_off() {
    confirmedUser(cognito, poolId, "dave", attribute("phone_number", "+15555550100"));
    cognito.adminSetUserSettings(r -> r.userPoolId(poolId).username("dave").mfaOptions(smsOption()));

    cognito.adminSetUserSettings(r -> r.userPoolId(poolId).username("dave").mfaOptions(List.of()));

    assertThat(signIn("dave").authenticationResult()).isNotNull();
  }

  @Test
  void an_email_mfa_option_throws_InvalidParameterException() {
    String token = signedIn("alice");

    assertCognitoError(() -> cognito.setUserSettings(r -> r.accessToken(token).mfaOptions(
        MFAOptionType.builder().deliveryMedium(DeliveryMediumType.EMAIL).attributeName("email").build())),
        InvalidParameterException.class, "Only SMS delivery to phone_number is supported for MFA options.");
  }

  @Test
  void an_sms_mfa_option_for_a_user_without_a_phone_number_throws_InvalidParameterException() {
    String token = signedIn("alice");

    assertCognitoError(() -> cognito.setUserSettings(r -> r.accessToken(token).mfaOptions(smsOption())),
        InvalidParameterException.class, "User does not have delivery config set to turn on SMS_MFA");
  }

  @Test
  void set_user_settings_without_mfa_options_throws_InvalidParameterException() {
    String token = signedIn("alice");

    assertCognitoError(() -> cognito.setUserSettings(r -> r.accessToken(token)), InvalidParameterException.class,
        "1 validation error detected: Value null at 'mFAOptions' failed to satisfy constraint: Member must not be null");
  }

  @Test
  void admin_set_user_settings_for_an_unknown_user_throws_UserNotFoundException() {
    assertCognitoError(() -> cognito.adminSetUserSettings(r -> r.userPoolId(poolId).username("nobody")
        .mfaOptions(smsOption())), UserNotFoundException.class, "User does not exist.");
  }

  /* ---- AdminDeleteSoftwareToken ---- */

  @Test
  void deleting_the_software_token_turns_totp_off() {
    String token = signedIn("alice");
    String secret = associate(token);
    verify(token, Totp.code(secret, fake.clock()));
    preferTotp(token);

    cognito.adminDeleteSoftwareToken(r -> r.userPoolId(poolId).username("alice"));

    assertThat(signIn("alice").authenticationResult()).isNotNull();
    fake.clock().advance(Duration.ofSeconds(30));
    assertCognitoError(() -> verify(token, Totp.code(secret, fake.clock())), SoftwareTokenMfaNotFoundException.class,
        "SoftwareTokenMFANotFoundException", "Software Token MFA does not exist for the user.");
  }

  @Test
  void delete_software_token_for_an_unknown_user_throws_UserNotFoundException() {
    assertCognitoError(() -> cognito.adminDeleteSoftwareToken(r -> r.userPoolId(poolId).username("nobody")),
        UserNotFoundException.class, "User does not exist.");
  }

  /* ---- GetUser and AdminGetUser ---- */

  @Test
  void get_user_lists_the_enabled_factors_and_the_preferred_one() {
    String token = signedIn("alice");
    String secret = associate(token);
    verify(token, Totp.code(secret, fake.clock()));
    preferTotp(token);

    GetUserResponse self = cognito.getUser(r -> r.accessToken(token));
    AdminGetUserResponse admin = cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice"));

    assertThat(self.userMFASettingList()).containsExactly("SOFTWARE_TOKEN_MFA");
    assertThat(self.preferredMfaSetting()).isEqualTo("SOFTWARE_TOKEN_MFA");
    assertThat(admin.userMFASettingList()).containsExactly("SOFTWARE_TOKEN_MFA");
    assertThat(admin.preferredMfaSetting()).isEqualTo("SOFTWARE_TOKEN_MFA");
    assertThat(admin.hasMfaOptions()).isFalse();
  }

  @Test
  void a_user_without_mfa_has_no_mfa_members() {
    String token = signedIn("alice");

    GetUserResponse self = cognito.getUser(r -> r.accessToken(token));

    assertThat(self.hasUserMFASettingList()).isFalse();
    assertThat(self.preferredMfaSetting()).isNull();
    assertThat(self.hasMfaOptions()).isFalse();
  }

  @Test
  void sms_mfa_also_shows_as_the_legacy_mfa_option() {
    confirmedUser(cognito, poolId, "dave", attribute("phone_number", "+15555550100"));
    cognito.adminSetUserMFAPreference(r -> r.userPoolId(poolId).username("dave").smsMfaSettings(s -> s.enabled(true)));

    AdminGetUserResponse admin = cognito.adminGetUser(r -> r.userPoolId(poolId).username("dave"));

    assertThat(admin.userMFASettingList()).containsExactly("SMS_MFA");
    assertThat(admin.preferredMfaSetting()).isNull();
    assertThat(admin.mfaOptions()).containsExactly(smsOption());
  }

  /* ---- Helpers ---- */

  /** A pool with optional MFA offering software tokens, SMS and email. */
  private String optionalPool() {
    String id = pool(cognito, r -> r
        .smsConfiguration(s -> s.snsCallerArn("arn:aws:iam::123456789012:role/sms").externalId("fake"))
        .emailConfiguration(e -> e.emailSendingAccount(EmailSendingAccountType.DEVELOPER)
            .sourceArn("arn:aws:ses:us-east-1:123456789012:identity/example.com").from("no-reply@example.com")));
    cognito.setUserPoolMfaConfig(r -> r.userPoolId(id).mfaConfiguration(UserPoolMfaType.OPTIONAL)
        .softwareTokenMfaConfiguration(t -> t.enabled(true))
        .smsMfaConfiguration(s -> s.smsAuthenticationMessage("Your code is {####}"))
        .emailMfaConfiguration(e -> e.message("Your code is {####}").subject("Your code")));
    return id;
  }

  private String requiredTotpPool() {
    String id = pool(cognito);
    cognito.setUserPoolMfaConfig(r -> r.userPoolId(id).mfaConfiguration(UserPoolMfaType.ON)
        .softwareTokenMfaConfiguration(t -> t.enabled(true)));
    return id;
  }

  /** Creates a user without a phone number or email in the default pool and returns an access token. */
  private String signedIn(String username) {
    confirmedUser(cognito, poolId, username);
    return accessToken(username);
  }

  private String accessToken(String username) {
    return signIn(username).authenticationResult().accessToken();
  }

  private InitiateAuthResponse signIn(String username) {
    return signIn(clientId, username);
  }

  private InitiateAuthResponse signIn(String client, String username) {
    return cognito.initiateAuth(r -> r.clientId(client).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", username, "PASSWORD", PASSWORD)));
  }

  private RespondToAuthChallengeResponse answerTotp(String session, String username, String code) {
    return cognito.respondToAuthChallenge(r -> r.clientId(clientId).challengeName(ChallengeNameType.SOFTWARE_TOKEN_MFA)
        .session(session).challengeResponses(Map.of("USERNAME", username, "SOFTWARE_TOKEN_MFA_CODE", code)));
  }

  private String associate(String accessToken) {
    return cognito.associateSoftwareToken(r -> r.accessToken(accessToken)).secretCode();
  }

  private VerifySoftwareTokenResponse verify(String accessToken, String code) {
    return cognito.verifySoftwareToken(r -> r.accessToken(accessToken).userCode(code));
  }

  private void preferTotp(String accessToken) {
    cognito.setUserMFAPreference(r -> r.accessToken(accessToken)
        .softwareTokenMfaSettings(s -> s.enabled(true).preferredMfa(true)));
  }

  private static MFAOptionType smsOption() {
    return MFAOptionType.builder().deliveryMedium(DeliveryMediumType.SMS).attributeName("phone_number").build();
  }
}
