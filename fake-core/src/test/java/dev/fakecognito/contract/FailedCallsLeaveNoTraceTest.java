package dev.fakecognito.contract;

import static dev.fakecognito.testing.Transport.clientFor;
import static dev.fakecognito.testing.Fixtures.PASSWORD;
import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.attribute;
import static dev.fakecognito.testing.Fixtures.client;
import static dev.fakecognito.testing.Fixtures.confirmedUser;
import static dev.fakecognito.testing.Fixtures.fake;
import static dev.fakecognito.testing.Fixtures.pool;
import static dev.fakecognito.testing.Fixtures.preferSoftwareToken;
import static dev.fakecognito.testing.Fixtures.srpClient;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.srp.CognitoSrp;
import dev.fakecognito.srp.SrpSignIn;
import dev.fakecognito.totp.Totp;
import dev.fakecognito.triggers.Triggers;
import dev.fakecognito.triggers.UserMigrationResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminInitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminRespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdvancedSecurityModeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AssociateSoftwareTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CustomEmailSenderLambdaVersionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidLambdaResponseException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LambdaConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnexpectedLambdaException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserLambdaValidationException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/**
 * A call that fails, because a trigger throws, has no function behind its ARN or answers nonsense,
 * leaves users, aliases and challenge sessions exactly as they were: the same answer can be sent
 * again once the trigger works. The partial effects Cognito documents are kept: a confirmation
 * stands although Post confirmation failed, and a migrated user exists once the migration trigger
 * answered, whatever happens to the rest of the sign-in.
 */
class FailedCallsLeaveNoTraceTest {

  private static final String ARN = "arn:aws:lambda:us-east-1:123456789012:function:trigger";
  private static final String MISSING = "arn:aws:lambda:us-east-1:123456789012:function:missing";
  private static final String TEMPORARY = "Temp0rary!";
  private static final String NEW_PASSWORD = "N3w-password!";

  private final FakeCognito fake = fake();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);
  /** While set, the handler registered with {@link #failingWhileSet} throws. */
  private final AtomicBoolean failing = new AtomicBoolean(true);

  /* ---- NEW_PASSWORD_REQUIRED ---- */

  @Test
  void new_password_refused_by_post_authentication_leaves_the_user_invited_and_the_session_answerable() {
    String poolId = pool(cognito, r -> r.lambdaConfig(l -> l.postAuthentication(ARN)));
    String clientId = client(cognito, poolId).clientId();
    invite(poolId, "alice");
    failingWhileSet("audit log unavailable");
    InitiateAuthResponse challenge = cognito.initiateAuth(r -> r.clientId(clientId)
        .authFlow(AuthFlowType.USER_PASSWORD_AUTH).authParameters(Map.of("USERNAME", "alice", "PASSWORD", TEMPORARY)));
    AdminGetUserResponse before = adminGetUser(poolId, "alice");

    assertCognitoError(() -> answerNewPassword(clientId, challenge.session(), Map.of("userAttributes.name", "Alice")),
        UserLambdaValidationException.class, "PostAuthentication failed with error audit log unavailable.");

    assertThat(adminGetUser(poolId, "alice")).matches(before::equalsBySdkFields, "the same fields as before");
    assertThat(adminGetUser(poolId, "alice").userStatus()).isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
    assertCognitoError(() -> signIn(clientId, "alice", NEW_PASSWORD), NotAuthorizedException.class,
        "Incorrect username or password.");
    assertThat(signInChallenge(clientId, "alice", TEMPORARY)).isEqualTo(ChallengeNameType.NEW_PASSWORD_REQUIRED);

    failing.set(false);
    RespondToAuthChallengeResponse retried = answerNewPassword(clientId, challenge.session(),
        Map.of("userAttributes.name", "Alice"));
    assertThat(retried.authenticationResult().accessToken()).isNotBlank();
    assertThat(adminGetUser(poolId, "alice").userStatus()).isEqualTo(UserStatusType.CONFIRMED);
    assertThat(adminGetUser(poolId, "alice").userAttributes()).contains(attribute("name", "Alice"));
  }

  @Test
  void admin_new_password_with_a_pre_token_generation_arn_without_function_changes_nothing() {
    String poolId = pool(cognito, r -> r.lambdaConfig(l -> l.preTokenGeneration(MISSING)));
    String clientId = client(cognito, poolId).clientId();
    invite(poolId, "alice");
    AdminInitiateAuthResponse challenge = cognito.adminInitiateAuth(r -> r.userPoolId(poolId).clientId(clientId)
        .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", "alice", "PASSWORD", TEMPORARY)));
    AdminGetUserResponse before = adminGetUser(poolId, "alice");

    assertCognitoError(() -> adminAnswerNewPassword(poolId, clientId, challenge.session()),
        UnexpectedLambdaException.class,
        "PreTokenGeneration invocation failed due to error ResourceNotFoundException.");

    assertThat(adminGetUser(poolId, "alice")).matches(before::equalsBySdkFields, "the same fields as before");
    fake.registerLambda(MISSING, event -> event);
    assertThat(adminAnswerNewPassword(poolId, clientId, challenge.session()).authenticationResult().idToken())
        .isNotBlank();
    assertThat(signIn(clientId, "alice", NEW_PASSWORD).accessToken()).isNotBlank();
  }

  @Test
  void new_password_answered_with_a_bad_pre_token_generation_response_keeps_the_temporary_password() {
    String poolId = pool(cognito, r -> r.lambdaConfig(l -> l.preTokenGeneration(ARN)));
    String clientId = client(cognito, poolId).clientId();
    invite(poolId, "alice");
    fake.registerLambda(ARN, event -> failing.get() ? null : event);
    InitiateAuthResponse challenge = cognito.initiateAuth(r -> r.clientId(clientId)
        .authFlow(AuthFlowType.USER_PASSWORD_AUTH).authParameters(Map.of("USERNAME", "alice", "PASSWORD", TEMPORARY)));

    assertCognitoError(() -> answerNewPassword(clientId, challenge.session(), Map.of()),
        InvalidLambdaResponseException.class, "Unrecognizable lambda output");

    assertThat(adminGetUser(poolId, "alice").userStatus()).isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
    failing.set(false);
    assertThat(signInChallenge(clientId, "alice", TEMPORARY)).isEqualTo(ChallengeNameType.NEW_PASSWORD_REQUIRED);
  }

  @Test
  void new_password_answer_naming_another_users_alias_throws_AliasExistsException_and_changes_nobody() {
    String poolId = pool(cognito, r -> r.aliasAttributes(AliasAttributeType.PREFERRED_USERNAME));
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "bob", attribute("preferred_username", "shared"));
    invite(poolId, "alice");
    InitiateAuthResponse challenge = cognito.initiateAuth(r -> r.clientId(clientId)
        .authFlow(AuthFlowType.USER_PASSWORD_AUTH).authParameters(Map.of("USERNAME", "alice", "PASSWORD", TEMPORARY)));

    assertCognitoError(() -> answerNewPassword(clientId, challenge.session(),
            Map.of("userAttributes.preferred_username", "shared")),
        AliasExistsException.class, "An account with the given preferred_username already exists.");

    assertThat(adminGetUser(poolId, "shared").username()).isEqualTo("bob");
    assertThat(adminGetUser(poolId, "alice").userStatus()).isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
    assertThat(answerNewPassword(clientId, challenge.session(), Map.of()).authenticationResult()).isNotNull();
  }

  /* ---- AdminCreateUser ---- */

  @Test
  void forced_alias_of_an_invitation_whose_custom_message_fails_stays_with_its_owner() {
    String poolId = pool(cognito, r -> r.aliasAttributes(AliasAttributeType.EMAIL)
        .lambdaConfig(l -> l.customMessage(ARN)));
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "bob", attribute("email", "shared@example.com"),
        attribute("email_verified", "true"));
    failingWhileSet("template missing");

    assertCognitoError(() -> cognito.adminCreateUser(r -> r.userPoolId(poolId).username("alice")
            .userAttributes(attribute("email", "shared@example.com"), attribute("email_verified", "true"))
            .forceAliasCreation(true).desiredDeliveryMediums(DeliveryMediumType.EMAIL)),
        UserLambdaValidationException.class, "CustomMessage failed with error template missing.");

    assertThat(adminGetUser(poolId, "bob").userAttributes()).contains(attribute("email_verified", "true"));
    assertThat(signIn(clientId, "shared@example.com", PASSWORD).accessToken()).isNotBlank();
    assertCognitoError(() -> adminGetUser(poolId, "alice"), UserNotFoundException.class, "User does not exist.");
  }

  @Test
  void forced_alias_of_a_delivered_invitation_moves_to_the_new_user() {
    String poolId = pool(cognito, r -> r.aliasAttributes(AliasAttributeType.EMAIL)
        .lambdaConfig(l -> l.customMessage(ARN)));
    confirmedUser(cognito, poolId, "bob", attribute("email", "shared@example.com"),
        attribute("email_verified", "true"));
    failingWhileSet("template missing");
    failing.set(false);

    cognito.adminCreateUser(r -> r.userPoolId(poolId).username("alice")
        .userAttributes(attribute("email", "shared@example.com"), attribute("email_verified", "true"))
        .forceAliasCreation(true).desiredDeliveryMediums(DeliveryMediumType.EMAIL));

    assertThat(adminGetUser(poolId, "bob").userAttributes()).contains(attribute("email_verified", "false"));
    assertThat(adminGetUser(poolId, "shared@example.com").username()).isEqualTo("alice");
  }

  @Test
  void invitation_by_email_and_sms_whose_second_message_fails_sends_neither_and_creates_nobody() {
    String poolId = pool(cognito, withMessaging(r -> r.lambdaConfig(l -> l.customMessage(ARN))));
    failingOnCall(2, "sms template missing");

    assertCognitoError(() -> cognito.adminCreateUser(r -> r.userPoolId(poolId).username("alice")
            .userAttributes(attribute("email", "alice@example.com"), attribute("phone_number", "+15555550100"))
            .desiredDeliveryMediums(DeliveryMediumType.EMAIL, DeliveryMediumType.SMS)),
        UserLambdaValidationException.class, "CustomMessage failed with error sms template missing.");

    assertThat(fake.outbox().messages()).isEmpty();
    assertCognitoError(() -> adminGetUser(poolId, "alice"), UserNotFoundException.class, "User does not exist.");
  }

  @Test
  void invitation_whose_sms_fails_hands_nothing_to_the_email_sender() {
    String sender = "arn:aws:lambda:us-east-1:123456789012:function:email-sender";
    String poolId = pool(cognito, withMessaging(r -> r.lambdaConfig(l -> l.customMessage(ARN)
        .kmsKeyID("arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab")
        .customEmailSender(c -> c.lambdaArn(sender).lambdaVersion(CustomEmailSenderLambdaVersionType.V1_0)))));
    fake.registerLambda(sender, event -> event);
    failingWhileSet("sms template missing");

    assertCognitoError(() -> cognito.adminCreateUser(r -> r.userPoolId(poolId).username("alice")
            .userAttributes(attribute("email", "alice@example.com"), attribute("phone_number", "+15555550100"))
            .desiredDeliveryMediums(DeliveryMediumType.EMAIL, DeliveryMediumType.SMS)),
        UserLambdaValidationException.class, "CustomMessage failed with error sms template missing.");

    assertThat(fake.triggerInvocations()).noneMatch(i -> i.triggerSource().startsWith("CustomEmailSender"));
    failing.set(false);
    cognito.adminCreateUser(r -> r.userPoolId(poolId).username("alice")
        .userAttributes(attribute("email", "alice@example.com"), attribute("phone_number", "+15555550100"))
        .desiredDeliveryMediums(DeliveryMediumType.EMAIL, DeliveryMediumType.SMS));
    assertThat(fake.triggerInvocations()).filteredOn(i -> i.triggerSource().startsWith("CustomEmailSender"))
        .singleElement().satisfies(i -> assertThat(i.triggerSource()).isEqualTo("CustomEmailSender_AdminCreateUser"));
    assertThat(fake.outbox().messages()).singleElement().satisfies(m -> assertThat(m.destination())
        .isEqualTo("+15555550100"));
  }

  /* ---- Attribute updates ---- */

  @Test
  void new_email_and_phone_whose_second_code_fails_change_nothing_and_send_nothing() {
    String poolId = pool(cognito, withMessaging(r -> r.lambdaConfig(l -> l.customMessage(ARN))
        .autoVerifiedAttributes(VerifiedAttributeType.EMAIL, VerifiedAttributeType.PHONE_NUMBER)));
    confirmedUser(cognito, poolId, "alice", attribute("email", "old@example.com"),
        attribute("phone_number", "+15555550100"));
    AdminGetUserResponse before = adminGetUser(poolId, "alice");
    failingOnCall(2, "sms template missing");

    assertCognitoError(() -> cognito.adminUpdateUserAttributes(r -> r.userPoolId(poolId).username("alice")
            .userAttributes(attribute("email", "new@example.com"), attribute("phone_number", "+15555550199"))),
        UserLambdaValidationException.class, "CustomMessage failed with error sms template missing.");

    assertThat(adminGetUser(poolId, "alice")).matches(before::equalsBySdkFields, "the same fields as before");
    assertThat(fake.outbox().messages()).isEmpty();
  }

  /* ---- MFA answers ---- */

  @Test
  void software_token_answer_refused_by_post_authentication_can_be_sent_again_with_the_same_code() {
    String poolId = mfaPool(l -> l.postAuthentication(ARN));
    String clientId = client(cognito, poolId).clientId();
    failingWhileSet("audit log unavailable");
    failing.set(false);
    String secret = totpUser(poolId, clientId, "alice");
    failing.set(true);
    InitiateAuthResponse challenge = cognito.initiateAuth(r -> r.clientId(clientId)
        .authFlow(AuthFlowType.USER_PASSWORD_AUTH).authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD)));
    assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.SOFTWARE_TOKEN_MFA);
    String code = Totp.code(secret, fake.clock());

    assertCognitoError(() -> answer(clientId, ChallengeNameType.SOFTWARE_TOKEN_MFA, challenge.session(),
            Map.of("SOFTWARE_TOKEN_MFA_CODE", code)),
        UserLambdaValidationException.class, "PostAuthentication failed with error audit log unavailable.");

    failing.set(false);
    assertThat(answer(clientId, ChallengeNameType.SOFTWARE_TOKEN_MFA, challenge.session(),
        Map.of("SOFTWARE_TOKEN_MFA_CODE", code)).authenticationResult().accessToken()).isNotBlank();
  }

  @Test
  void sms_code_answer_refused_by_pre_token_generation_leaves_the_session_open() {
    String poolId = mfaPool(l -> l.preTokenGeneration(ARN));
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("phone_number", "+15555550100"));
    cognito.adminSetUserMFAPreference(r -> r.userPoolId(poolId).username("alice")
        .smsMfaSettings(s -> s.enabled(true).preferredMfa(true)));
    failingWhileSet("claims service down");
    InitiateAuthResponse challenge = cognito.initiateAuth(r -> r.clientId(clientId)
        .authFlow(AuthFlowType.USER_PASSWORD_AUTH).authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD)));
    String code = fake.outbox().lastCode(poolId, "alice").orElseThrow();

    assertCognitoError(() -> answer(clientId, ChallengeNameType.SMS_MFA, challenge.session(),
            Map.of("SMS_MFA_CODE", code)),
        UserLambdaValidationException.class, "PreTokenGeneration failed with error claims service down.");

    failing.set(false);
    assertThat(answer(clientId, ChallengeNameType.SMS_MFA, challenge.session(), Map.of("SMS_MFA_CODE", code))
        .authenticationResult().idToken()).isNotBlank();
  }

  @Test
  void mfa_choice_whose_code_cannot_be_sent_can_be_made_again() {
    String poolId = mfaPool(l -> l.customMessage(ARN));
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("phone_number", "+15555550100"),
        attribute("email", "alice@example.com"));
    cognito.adminSetUserMFAPreference(r -> r.userPoolId(poolId).username("alice")
        .smsMfaSettings(s -> s.enabled(true)).emailMfaSettings(s -> s.enabled(true)));
    failingWhileSet("sms provider down");
    InitiateAuthResponse select = cognito.initiateAuth(r -> r.clientId(clientId)
        .authFlow(AuthFlowType.USER_PASSWORD_AUTH).authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD)));
    assertThat(select.challengeName()).isEqualTo(ChallengeNameType.SELECT_MFA_TYPE);

    assertCognitoError(() -> answer(clientId, ChallengeNameType.SELECT_MFA_TYPE, select.session(),
            Map.of("ANSWER", "SMS_MFA")),
        UserLambdaValidationException.class, "CustomMessage failed with error sms provider down.");

    failing.set(false);
    assertThat(answer(clientId, ChallengeNameType.SELECT_MFA_TYPE, select.session(), Map.of("ANSWER", "SMS_MFA"))
        .challengeName()).isEqualTo(ChallengeNameType.SMS_MFA);
  }

  @Test
  void mfa_setup_answer_refused_by_post_authentication_can_be_sent_again() {
    String poolId = pool(cognito, r -> r.lambdaConfig(l -> l.postAuthentication(ARN)));
    cognito.setUserPoolMfaConfig(r -> r.userPoolId(poolId).mfaConfiguration(UserPoolMfaType.ON)
        .softwareTokenMfaConfiguration(t -> t.enabled(true)));
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");
    failingWhileSet("audit log unavailable");
    InitiateAuthResponse setup = cognito.initiateAuth(r -> r.clientId(clientId)
        .authFlow(AuthFlowType.USER_PASSWORD_AUTH).authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD)));
    AssociateSoftwareTokenResponse associated = cognito.associateSoftwareToken(r -> r.session(setup.session()));
    String session = cognito.verifySoftwareToken(r -> r.session(associated.session())
        .userCode(Totp.code(associated.secretCode(), fake.clock()))).session();

    assertCognitoError(() -> answer(clientId, ChallengeNameType.MFA_SETUP, session, Map.of()),
        UserLambdaValidationException.class, "PostAuthentication failed with error audit log unavailable.");

    failing.set(false);
    assertThat(answer(clientId, ChallengeNameType.MFA_SETUP, session, Map.of()).authenticationResult().accessToken())
        .isNotBlank();
  }

  /* ---- SRP ---- */

  @Test
  void srp_password_verifier_answer_refused_by_post_authentication_can_be_sent_again() {
    String poolId = pool(cognito, r -> r.lambdaConfig(l -> l.postAuthentication(ARN)));
    UserPoolClientType client = srpClient(cognito, poolId);
    confirmedUser(cognito, poolId, "alice");
    failingWhileSet("audit log unavailable");
    SrpSignIn signIn = CognitoSrp.builder().client(cognito).userPoolId(poolId).clientId(client.clientId())
        .clock(fake.clock()).build().newSignIn("alice");
    InitiateAuthResponse challenge = signIn.initiateAuth();
    Map<String, String> answer = signIn.passwordVerifierResponses(challenge.challengeParameters(), PASSWORD);

    assertCognitoError(() -> respond(client.clientId(), ChallengeNameType.PASSWORD_VERIFIER, answer),
        UserLambdaValidationException.class, "PostAuthentication failed with error audit log unavailable.");

    failing.set(false);
    assertThat(respond(client.clientId(), ChallengeNameType.PASSWORD_VERIFIER, answer).authenticationResult()
        .accessToken()).isNotBlank();
    assertCognitoError(() -> respond(client.clientId(), ChallengeNameType.PASSWORD_VERIFIER, answer),
        NotAuthorizedException.class, "Incorrect username or password.");
  }

  /* ---- Custom authentication ---- */

  @Test
  void custom_challenge_answer_refused_by_pre_token_generation_can_be_sent_again() {
    String define = "arn:aws:lambda:us-east-1:123456789012:function:define";
    String create = "arn:aws:lambda:us-east-1:123456789012:function:create";
    String verify = "arn:aws:lambda:us-east-1:123456789012:function:verify";
    String poolId = pool(cognito, r -> r.lambdaConfig(l -> l.defineAuthChallenge(define).createAuthChallenge(create)
        .verifyAuthChallengeResponse(verify).preTokenGeneration(ARN)));
    String clientId = client(cognito, poolId, r -> r.explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_CUSTOM_AUTH,
        ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)).clientId();
    confirmedUser(cognito, poolId, "alice");
    oneQuestion(define, create, verify);
    failingWhileSet("claims service down");
    InitiateAuthResponse challenge = cognito.initiateAuth(r -> r.clientId(clientId)
        .authFlow(AuthFlowType.CUSTOM_AUTH).authParameters(Map.of("USERNAME", "alice")));

    assertCognitoError(() -> answer(clientId, ChallengeNameType.CUSTOM_CHALLENGE, challenge.session(),
            Map.of("ANSWER", "4")),
        UserLambdaValidationException.class, "PreTokenGeneration failed with error claims service down.");

    failing.set(false);
    assertThat(answer(clientId, ChallengeNameType.CUSTOM_CHALLENGE, challenge.session(), Map.of("ANSWER", "4"))
        .authenticationResult().accessToken()).isNotBlank();
  }

  @Test
  void custom_challenge_answer_that_fails_the_authentication_uses_the_session_up() {
    String define = "arn:aws:lambda:us-east-1:123456789012:function:define";
    String create = "arn:aws:lambda:us-east-1:123456789012:function:create";
    String verify = "arn:aws:lambda:us-east-1:123456789012:function:verify";
    String poolId = pool(cognito, r -> r.lambdaConfig(l -> l.defineAuthChallenge(define).createAuthChallenge(create)
        .verifyAuthChallengeResponse(verify)));
    String clientId = client(cognito, poolId, r -> r.explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_CUSTOM_AUTH,
        ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)).clientId();
    confirmedUser(cognito, poolId, "alice");
    oneQuestion(define, create, verify);
    InitiateAuthResponse challenge = cognito.initiateAuth(r -> r.clientId(clientId)
        .authFlow(AuthFlowType.CUSTOM_AUTH).authParameters(Map.of("USERNAME", "alice")));

    assertCognitoError(() -> answer(clientId, ChallengeNameType.CUSTOM_CHALLENGE, challenge.session(),
        Map.of("ANSWER", "5")), NotAuthorizedException.class, "Incorrect username or password.");

    assertCognitoError(() -> answer(clientId, ChallengeNameType.CUSTOM_CHALLENGE, challenge.session(),
        Map.of("ANSWER", "4")), NotAuthorizedException.class, "Invalid session for the user.");
  }

  /* ---- Sign-in records ---- */

  @Test
  void sign_in_refused_by_pre_token_generation_records_no_sign_in_and_issues_no_device() {
    String poolId = pool(cognito, r -> r.lambdaConfig(l -> l.preTokenGeneration(ARN))
        .userPoolAddOns(a -> a.advancedSecurityMode(AdvancedSecurityModeType.AUDIT))
        .deviceConfiguration(d -> d.challengeRequiredOnNewDevice(false).deviceOnlyRememberedOnUserPrompt(false)));
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");
    failingWhileSet("claims service down");

    assertCognitoError(() -> signIn(clientId, "alice", PASSWORD), UserLambdaValidationException.class,
        "PreTokenGeneration failed with error claims service down.");

    assertThat(cognito.adminListUserAuthEvents(r -> r.userPoolId(poolId).username("alice")).authEvents()).isEmpty();
    failing.set(false);
    AuthenticationResultType tokens = signIn(clientId, "alice", PASSWORD);
    assertThat(cognito.adminListUserAuthEvents(r -> r.userPoolId(poolId).username("alice")).authEvents()).hasSize(1);
    assertThat(tokens.newDeviceMetadata()).isNotNull();
  }

  /* ---- Post confirmation: the documented exception ---- */

  @Test
  void confirmation_stands_when_post_confirmation_fails() {
    String poolId = pool(cognito, r -> r.autoVerifiedAttributes(VerifiedAttributeType.EMAIL)
        .lambdaConfig(l -> l.postConfirmation(ARN)));
    String clientId = client(cognito, poolId).clientId();
    failingWhileSet("CRM is down");
    cognito.signUp(r -> r.clientId(clientId).username("alice").password(PASSWORD)
        .userAttributes(attribute("email", "alice@example.com")));
    String code = fake.outbox().lastCode(poolId, "alice").orElseThrow();

    assertCognitoError(() -> cognito.confirmSignUp(r -> r.clientId(clientId).username("alice").confirmationCode(code)),
        UserLambdaValidationException.class, "PostConfirmation failed with error CRM is down.");

    assertThat(adminGetUser(poolId, "alice").userStatus()).isEqualTo(UserStatusType.CONFIRMED);
    assertThat(signIn(clientId, "alice", PASSWORD).accessToken()).isNotBlank();
  }

  @Test
  void admin_confirmation_stands_when_post_confirmation_has_no_function() {
    String poolId = pool(cognito, r -> r.lambdaConfig(l -> l.postConfirmation(MISSING)));
    String clientId = client(cognito, poolId).clientId();
    cognito.signUp(r -> r.clientId(clientId).username("alice").password(PASSWORD));

    assertCognitoError(() -> cognito.adminConfirmSignUp(r -> r.userPoolId(poolId).username("alice")),
        UnexpectedLambdaException.class, "PostConfirmation invocation failed due to error ResourceNotFoundException.");

    assertThat(adminGetUser(poolId, "alice").userStatus()).isEqualTo(UserStatusType.CONFIRMED);
  }

  /* ---- User migration: the user exists once the trigger answered ---- */

  @Test
  void migrated_user_stays_when_the_sign_in_that_migrated_it_fails_afterwards() {
    String migration = "arn:aws:lambda:us-east-1:123456789012:function:migrate";
    String poolId = pool(cognito, r -> r.lambdaConfig(l -> l.userMigration(migration).postAuthentication(ARN)));
    String clientId = client(cognito, poolId).clientId();
    fake.registerLambda(migration, Triggers.userMigration(event -> UserMigrationResponse.confirmed(Map.of())));
    failingWhileSet("audit log unavailable");

    assertCognitoError(() -> signIn(clientId, "alice", PASSWORD), UserLambdaValidationException.class,
        "PostAuthentication failed with error audit log unavailable.");

    assertThat(adminGetUser(poolId, "alice").userStatus()).isEqualTo(UserStatusType.CONFIRMED);
    failing.set(false);
    assertThat(signIn(clientId, "alice", PASSWORD).accessToken()).isNotBlank();
    assertThat(fake.triggerInvocations()).filteredOn(i -> i.triggerSource().startsWith("UserMigration")).hasSize(1);
  }

  /* ---- Helpers ---- */

  /** Registers at {@link #ARN} a handler that throws {@code message} while {@link #failing} is set. */
  private void failingWhileSet(String message) {
    fake.registerLambda(ARN, event -> {
      if (failing.get()) {
        throw new IllegalStateException(message);
      }
      return event;
    });
  }

  /** Registers at {@link #ARN} a handler that throws {@code message} on its {@code n}-th call only. */
  private void failingOnCall(int n, String message) {
    AtomicInteger calls = new AtomicInteger();
    fake.registerLambda(ARN, event -> {
      if (calls.incrementAndGet() == n) {
        throw new IllegalStateException(message);
      }
      return event;
    });
  }

  /** Pool settings that let the pool send SMS and email, plus {@code more}. */
  private static Consumer<CreateUserPoolRequest.Builder> withMessaging(Consumer<CreateUserPoolRequest.Builder> more) {
    return r -> more.accept(r
        .smsConfiguration(s -> s.snsCallerArn("arn:aws:iam::123456789012:role/sms").externalId("fake"))
        .emailConfiguration(e -> e.emailSendingAccount("DEVELOPER")
            .sourceArn("arn:aws:ses:us-east-1:123456789012:identity/example.com").from("no-reply@example.com")));
  }

  /** A custom flow of one question, "2 + 2", whose wrong answer fails the sign-in. */
  private void oneQuestion(String define, String create, String verify) {
    fake.registerLambda(define, event -> {
      List<Map<String, Object>> session = list(map(event.get("request")).get("session"));
      Map<String, Object> response = map(event.get("response"));
      if (session.isEmpty()) {
        response.put("challengeName", "CUSTOM_CHALLENGE");
        response.put("issueTokens", false);
        response.put("failAuthentication", false);
      } else {
        boolean right = Boolean.TRUE.equals(session.get(session.size() - 1).get("challengeResult"));
        response.put("issueTokens", right);
        response.put("failAuthentication", !right);
      }
      return event;
    });
    fake.registerLambda(create, event -> {
      map(event.get("response")).put("publicChallengeParameters", Map.of("question", "2 + 2"));
      map(event.get("response")).put("privateChallengeParameters", Map.of("answer", "4"));
      return event;
    });
    fake.registerLambda(verify, event -> {
      Map<String, Object> request = map(event.get("request"));
      map(event.get("response")).put("answerCorrect",
          map(request.get("privateChallengeParameters")).get("answer").equals(request.get("challengeAnswer")));
      return event;
    });
  }

  private void invite(String poolId, String username) {
    cognito.adminCreateUser(r -> r.userPoolId(poolId).username(username).temporaryPassword(TEMPORARY)
        .messageAction("SUPPRESS"));
  }

  /** A pool with optional MFA by software token, SMS or email, and the given triggers. */
  private String mfaPool(Consumer<LambdaConfigType.Builder> triggers) {
    String poolId = pool(cognito, withMessaging(r -> r.lambdaConfig(triggers)));
    cognito.setUserPoolMfaConfig(r -> r.userPoolId(poolId).mfaConfiguration(UserPoolMfaType.OPTIONAL)
        .softwareTokenMfaConfiguration(t -> t.enabled(true))
        .smsMfaConfiguration(s -> s.smsAuthenticationMessage("Your sign-in code is {####}"))
        .emailMfaConfiguration(e -> e.message("Your email code is {####}").subject("Your code")));
    return poolId;
  }

  /** A confirmed user whose preferred factor is a verified software token; returns its secret. */
  private String totpUser(String poolId, String clientId, String username) {
    confirmedUser(cognito, poolId, username);
    String accessToken = signIn(clientId, username, PASSWORD).accessToken();
    return preferSoftwareToken(cognito, fake, accessToken);
  }

  private AdminGetUserResponse adminGetUser(String poolId, String username) {
    return cognito.adminGetUser(r -> r.userPoolId(poolId).username(username));
  }

  private AuthenticationResultType signIn(
      String clientId, String username, String password) {
    return cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", username, "PASSWORD", password))).authenticationResult();
  }

  private ChallengeNameType signInChallenge(String clientId, String username, String password) {
    return cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", username, "PASSWORD", password))).challengeName();
  }

  private RespondToAuthChallengeResponse answerNewPassword(String clientId, String session,
      Map<String, String> attributes) {
    Map<String, String> responses = new LinkedHashMap<>(attributes);
    responses.put("NEW_PASSWORD", NEW_PASSWORD);
    return answer(clientId, ChallengeNameType.NEW_PASSWORD_REQUIRED, session, responses);
  }

  private AdminRespondToAuthChallengeResponse adminAnswerNewPassword(String poolId, String clientId, String session) {
    return cognito.adminRespondToAuthChallenge(r -> r.userPoolId(poolId).clientId(clientId)
        .challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED).session(session)
        .challengeResponses(Map.of("USERNAME", "alice", "NEW_PASSWORD", NEW_PASSWORD)));
  }

  private RespondToAuthChallengeResponse answer(String clientId, ChallengeNameType challenge, String session,
      Map<String, String> answers) {
    Map<String, String> responses = new LinkedHashMap<>(answers);
    responses.put("USERNAME", "alice");
    return cognito.respondToAuthChallenge(r -> r.clientId(clientId).challengeName(challenge).session(session)
        .challengeResponses(responses));
  }

  private RespondToAuthChallengeResponse respond(String clientId, ChallengeNameType challenge,
      Map<String, String> responses) {
    return cognito.respondToAuthChallenge(r -> r.clientId(clientId).challengeName(challenge)
        .challengeResponses(responses));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Object value) {
    return value == null ? List.of() : (List<Map<String, Object>>) value;
  }
}
