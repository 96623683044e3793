package dev.fakecognito.contract;

import static dev.fakecognito.testing.Transport.clientFor;
import static dev.fakecognito.testing.Fixtures.PASSWORD;
import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.attribute;
import static dev.fakecognito.testing.Fixtures.client;
import static dev.fakecognito.testing.Fixtures.confirmedUser;
import static dev.fakecognito.testing.Fixtures.fake;
import static dev.fakecognito.testing.Fixtures.pool;
import static dev.fakecognito.testing.Fixtures.srpClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.nimbusds.jwt.SignedJWT;
import dev.fakecognito.FakeCognito;
import dev.fakecognito.assertions.FakeCognitoAssertions;
import dev.fakecognito.assertions.TriggerInvocationAssert;
import dev.fakecognito.recording.SentMessage;
import dev.fakecognito.srp.CognitoSrp;
import dev.fakecognito.srp.DeviceCredentials;
import dev.fakecognito.srp.SrpSignIn;
import dev.fakecognito.triggers.TriggerInvocation;
import java.text.ParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidLambdaResponseException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LambdaConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordResetRequiredException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserLambdaValidationException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/** Every triggerSource the fake fires: what the event carries and what the function's answer does. */
class TriggerSourcesTest {

  private static final String ARN = "arn:aws:lambda:us-east-1:123456789012:function:trigger";
  private static final String SECOND = "arn:aws:lambda:us-east-1:123456789012:function:second";
  private static final String DEFINE = "arn:aws:lambda:us-east-1:123456789012:function:define";
  private static final String CREATE = "arn:aws:lambda:us-east-1:123456789012:function:create";
  private static final String VERIFY = "arn:aws:lambda:us-east-1:123456789012:function:verify";
  private static final String NO_CLIENT = "CLIENT_ID_NOT_APPLICABLE";
  private static final String PHONE = "+15555550100";

  private final FakeCognito fake = fake();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);

  /* ---- Pre sign-up ---- */

  @Test
  void sign_up_fires_PreSignUp_SignUp_and_auto_verify_phone_marks_the_phone_number_verified() {
    String poolId = poolWith(l -> l.preSignUp(ARN));
    String clientId = client(cognito, poolId).clientId();
    fake.registerLambda(ARN, answering("autoConfirmUser", true, "autoVerifyPhone", true));

    cognito.signUp(r -> r.clientId(clientId).username("alice").password(PASSWORD)
        .userAttributes(attribute("phone_number", PHONE)).validationData(attribute("captcha", "ok")));

    assertThat(attributes(poolId, "alice")).containsEntry("phone_number_verified", "true");
    invoked("PreSignUp_SignUp").hasUserName("alice").hasClientId(clientId)
        .hasUserAttribute("phone_number", PHONE).hasRequestEntry("validationData", Map.of("captcha", "ok"));
  }

  @Test
  void pre_sign_up_auto_verify_of_an_attribute_the_user_lacks_throws_InvalidLambdaResponseException() {
    String poolId = poolWith(l -> l.preSignUp(ARN));
    String clientId = client(cognito, poolId).clientId();
    fake.registerLambda(ARN, answering("autoConfirmUser", true, "autoVerifyEmail", true));

    assertCognitoError(() -> signUp(clientId, "alice"), InvalidLambdaResponseException.class,
        "Invalid lambda response: cannot auto verify email as it is not present in user attributes");
    assertCognitoError(() -> cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")),
        UserNotFoundException.class, "User does not exist.");
  }

  @Test
  void admin_create_user_fires_PreSignUp_AdminCreateUser_with_its_validation_data() {
    String poolId = poolWith(l -> l.preSignUp(ARN));
    fake.registerLambda(ARN, answering("autoVerifyEmail", true));

    cognito.adminCreateUser(r -> r.userPoolId(poolId).username("alice").messageAction("SUPPRESS")
        .userAttributes(attribute("email", "alice@example.com")).validationData(attribute("source", "import")));

    assertThat(attributes(poolId, "alice")).doesNotContainKey("email_verified");
    invoked("PreSignUp_AdminCreateUser").hasUserName("alice").hasClientId(NO_CLIENT)
        .hasUserAttribute("email", "alice@example.com").hasRequestEntry("validationData", Map.of("source", "import"));
  }

  /* ---- Post confirmation ---- */

  @Test
  void auto_confirmed_sign_up_fires_PostConfirmation_ConfirmSignUp_with_the_sign_up_client_metadata() {
    String poolId = poolWith(l -> l.preSignUp(ARN).postConfirmation(SECOND));
    String clientId = client(cognito, poolId).clientId();
    fake.registerLambda(ARN, answering("autoConfirmUser", true));
    fake.registerLambda(SECOND, event -> event);

    cognito.signUp(r -> r.clientId(clientId).username("alice").password(PASSWORD).clientMetadata(Map.of("k", "v")));

    assertThat(sources()).containsExactly("PreSignUp_SignUp", "PostConfirmation_ConfirmSignUp");
    invoked("PostConfirmation_ConfirmSignUp").hasClientId(clientId).hasUserAttribute("cognito:user_status", "CONFIRMED")
        .hasRequestEntry("clientMetadata", Map.of("k", "v"));
  }

  @Test
  void admin_confirm_sign_up_fires_PostConfirmation_ConfirmSignUp_without_an_app_client() {
    String poolId = poolWith(l -> l.postConfirmation(ARN));
    String clientId = client(cognito, poolId).clientId();
    fake.registerLambda(ARN, event -> event);
    signUp(clientId, "alice");

    cognito.adminConfirmSignUp(r -> r.userPoolId(poolId).username("alice").clientMetadata(Map.of("by", "admin")));

    invoked("PostConfirmation_ConfirmSignUp").hasUserName("alice").hasClientId(NO_CLIENT)
        .hasUserAttribute("cognito:user_status", "CONFIRMED").hasRequestEntry("clientMetadata", Map.of("by", "admin"));
  }

  @Test
  void confirm_forgot_password_fires_PostConfirmation_ConfirmForgotPassword() {
    String poolId = poolWith(l -> l.postConfirmation(ARN));
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"), attribute("email_verified", "true"));
    fake.registerLambda(ARN, event -> event);
    cognito.forgotPassword(r -> r.clientId(clientId).username("alice"));
    String code = fake.outbox().lastCode(poolId, "alice").orElseThrow();

    cognito.confirmForgotPassword(r -> r.clientId(clientId).username("alice").confirmationCode(code)
        .password("N3w-passw0rd").clientMetadata(Map.of("k", "v")));

    assertThat(sources()).containsExactly("PostConfirmation_ConfirmForgotPassword");
    invoked("PostConfirmation_ConfirmForgotPassword").hasClientId(clientId)
        .hasUserAttribute("email", "alice@example.com").hasRequestEntry("clientMetadata", Map.of("k", "v"));
  }

  /* ---- Pre authentication ---- */

  @Test
  void srp_sign_in_fires_PreAuthentication_Authentication_at_InitiateAuth() {
    String poolId = poolWith(l -> l.preAuthentication(ARN));
    CognitoSrp srp = srp(poolId, srpClient(cognito, poolId).clientId());
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"));
    fake.registerLambda(ARN, event -> event);

    InitiateAuthResponse challenge = srp.newSignIn("alice").initiateAuth();

    assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.PASSWORD_VERIFIER);
    invoked("PreAuthentication_Authentication").hasUserName("alice").hasUserAttribute("email", "alice@example.com")
        .hasUserAttribute("cognito:user_status", "CONFIRMED").hasRequestEntry("validationData", Map.of());
  }

  @Test
  void pre_authentication_that_throws_stops_an_srp_sign_in_before_the_password_verifier() {
    String poolId = poolWith(l -> l.preAuthentication(ARN));
    CognitoSrp srp = srp(poolId, srpClient(cognito, poolId).clientId());
    confirmedUser(cognito, poolId, "alice");
    fake.registerLambda(ARN, event -> {
      throw new IllegalStateException("Sign-in is closed");
    });

    assertCognitoError(() -> srp.newSignIn("alice").initiateAuth(), UserLambdaValidationException.class,
        "PreAuthentication failed with error Sign-in is closed.");
  }

  @Test
  void admin_initiate_auth_passes_its_client_metadata_to_PreAuthentication_as_validation_data() {
    String poolId = poolWith(l -> l.preAuthentication(ARN));
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");
    fake.registerLambda(ARN, event -> event);

    cognito.adminInitiateAuth(r -> r.userPoolId(poolId).clientId(clientId).authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD)).clientMetadata(Map.of("ip", "192.0.2.1")));

    invoked("PreAuthentication_Authentication").hasClientId(clientId)
        .hasRequestEntry("validationData", Map.of("ip", "192.0.2.1"));
  }

  /* ---- Post authentication ---- */

  @Test
  void sign_in_that_issues_a_device_fires_PostAuthentication_with_newDeviceUsed() {
    String poolId = poolWith(l -> l.postAuthentication(ARN), this::tracksDevices);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");
    fake.registerLambda(ARN, event -> event);

    InitiateAuthResponse response = cognito.initiateAuth(r -> r.clientId(clientId)
        .authFlow(AuthFlowType.USER_PASSWORD_AUTH).authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD))
        .clientMetadata(Map.of("k", "v")));

    assertThat(response.authenticationResult().newDeviceMetadata()).isNotNull();
    invoked("PostAuthentication_Authentication").hasUserName("alice").hasClientId(clientId)
        .hasRequestEntry("newDeviceUsed", true).hasRequestEntry("clientMetadata", Map.of());
  }

  @Test
  void post_authentication_after_a_challenge_gets_the_client_metadata_of_the_answer() {
    String poolId = poolWith(l -> l.postAuthentication(ARN));
    String clientId = client(cognito, poolId).clientId();
    cognito.adminCreateUser(r -> r.userPoolId(poolId).username("alice").temporaryPassword("Temp-passw0rd")
        .messageAction("SUPPRESS"));
    fake.registerLambda(ARN, event -> event);
    InitiateAuthResponse challenge = signIn(clientId, "alice", "Temp-passw0rd");

    cognito.respondToAuthChallenge(r -> r.clientId(clientId).challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED)
        .session(challenge.session()).clientMetadata(Map.of("step", "new-password"))
        .challengeResponses(Map.of("USERNAME", "alice", "NEW_PASSWORD", PASSWORD)));

    invoked("PostAuthentication_Authentication").hasRequestEntry("newDeviceUsed", false)
        .hasRequestEntry("clientMetadata", Map.of("step", "new-password"));
  }

  /* ---- Custom message ---- */

  @Test
  void invitation_fires_CustomMessage_AdminCreateUser_with_the_username_placeholder() {
    String poolId = poolWith(l -> l.customMessage(ARN));
    fake.registerLambda(ARN, answering("emailMessage", "Welcome {username}, your password is {####}",
        "emailSubject", "Welcome"));

    cognito.adminCreateUser(r -> r.userPoolId(poolId).username("alice")
        .userAttributes(attribute("email", "alice@example.com")).desiredDeliveryMediums(DeliveryMediumType.EMAIL));

    SentMessage sent = fake.outbox().messages().get(0);
    assertThat(sent.message()).isEqualTo("Welcome alice, your password is " + sent.code());
    invoked("CustomMessage_AdminCreateUser").hasClientId(NO_CLIENT).hasRequestEntry("codeParameter", "{####}")
        .hasRequestEntry("usernameParameter", "{username}").hasUserAttribute("email", "alice@example.com");
  }

  @Test
  void resend_fires_CustomMessage_ResendCode_with_its_client_metadata() {
    String poolId = poolWith(l -> l.customMessage(ARN), r -> r.autoVerifiedAttributes(VerifiedAttributeType.EMAIL));
    String clientId = client(cognito, poolId).clientId();
    fake.registerLambda(ARN, answering("emailMessage", "Your code: {####}"));
    signUp(clientId, "alice", attribute("email", "alice@example.com"));

    cognito.resendConfirmationCode(r -> r.clientId(clientId).username("alice").clientMetadata(Map.of("k", "v")));

    assertThat(lastMessage().message()).isEqualTo("Your code: " + lastMessage().code());
    assertThat(sources()).containsExactly("CustomMessage_SignUp", "CustomMessage_ResendCode");
    invoked("CustomMessage_ResendCode").hasClientId(clientId).hasRequestEntry("clientMetadata", Map.of("k", "v"))
        .hasUserAttribute("cognito:user_status", "UNCONFIRMED");
  }

  @Test
  void forgot_password_fires_CustomMessage_ForgotPassword() {
    String poolId = poolWith(l -> l.customMessage(ARN));
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"), attribute("email_verified", "true"));
    fake.registerLambda(ARN, answering("emailMessage", "Reset with {####}"));

    cognito.forgotPassword(r -> r.clientId(clientId).username("alice").clientMetadata(Map.of("k", "v")));

    assertThat(lastMessage().message()).isEqualTo("Reset with " + lastMessage().code());
    invoked("CustomMessage_ForgotPassword").hasClientId(clientId).hasRequestEntry("clientMetadata", Map.of("k", "v"));
  }

  @Test
  void admin_reset_user_password_fires_CustomMessage_ForgotPassword_without_an_app_client() {
    String poolId = poolWith(l -> l.customMessage(ARN));
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"), attribute("email_verified", "true"));
    fake.registerLambda(ARN, answering("emailMessage", "Reset with {####}"));

    cognito.adminResetUserPassword(r -> r.userPoolId(poolId).username("alice"));

    assertThat(lastMessage().message()).isEqualTo("Reset with " + lastMessage().code());
    invoked("CustomMessage_ForgotPassword").hasClientId(NO_CLIENT);
  }

  @Test
  void changed_email_fires_CustomMessage_UpdateUserAttribute_with_the_new_address() {
    String poolId = poolWith(l -> l.customMessage(ARN), r -> r.autoVerifiedAttributes(VerifiedAttributeType.EMAIL));
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"), attribute("email_verified", "true"));
    String token = signIn(clientId, "alice", PASSWORD).authenticationResult().accessToken();
    fake.registerLambda(ARN, answering("emailMessage", "Confirm {####}"));

    cognito.updateUserAttributes(r -> r.accessToken(token).userAttributes(attribute("email", "new@example.org"))
        .clientMetadata(Map.of("k", "v")));

    assertThat(lastMessage().destination()).isEqualTo("new@example.org");
    assertThat(lastMessage().message()).isEqualTo("Confirm " + lastMessage().code());
    invoked("CustomMessage_UpdateUserAttribute").hasClientId(clientId).hasUserAttribute("email", "new@example.org")
        .hasRequestEntry("clientMetadata", Map.of("k", "v"));
  }

  @Test
  void admin_changed_email_fires_CustomMessage_UpdateUserAttribute_without_an_app_client() {
    String poolId = poolWith(l -> l.customMessage(ARN), r -> r.autoVerifiedAttributes(VerifiedAttributeType.EMAIL));
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"), attribute("email_verified", "true"));
    fake.registerLambda(ARN, event -> event);

    cognito.adminUpdateUserAttributes(r -> r.userPoolId(poolId).username("alice")
        .userAttributes(attribute("email", "new@example.org")));

    assertThat(lastMessage().destination()).isEqualTo("new@example.org");
    invoked("CustomMessage_UpdateUserAttribute").hasClientId(NO_CLIENT).hasUserAttribute("email", "new@example.org");
  }

  @Test
  void verification_code_request_fires_CustomMessage_VerifyUserAttribute() {
    String poolId = poolWith(l -> l.customMessage(ARN));
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"));
    String token = signIn(clientId, "alice", PASSWORD).authenticationResult().accessToken();
    fake.registerLambda(ARN, answering("emailMessage", "Verify with {####}"));

    cognito.getUserAttributeVerificationCode(r -> r.accessToken(token).attributeName("email")
        .clientMetadata(Map.of("k", "v")));

    assertThat(lastMessage().message()).isEqualTo("Verify with " + lastMessage().code());
    invoked("CustomMessage_VerifyUserAttribute").hasClientId(clientId).hasRequestEntry("clientMetadata", Map.of("k", "v"));
  }

  @Test
  void sms_mfa_code_fires_CustomMessage_Authentication_without_the_InitiateAuth_client_metadata() {
    String poolId = poolWith(l -> l.customMessage(ARN), this::requiresSmsMfa);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("phone_number", PHONE));
    fake.registerLambda(ARN, answering("smsMessage", "Sign-in code {####}"));

    InitiateAuthResponse challenge = cognito.initiateAuth(r -> r.clientId(clientId)
        .authFlow(AuthFlowType.USER_PASSWORD_AUTH).authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD))
        .clientMetadata(Map.of("k", "v")));

    assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.SMS_MFA);
    assertThat(lastMessage().message()).isEqualTo("Sign-in code " + lastMessage().code());
    invoked("CustomMessage_Authentication").hasClientId(clientId).hasRequestEntry("clientMetadata", Map.of());
  }

  @Test
  void custom_message_without_the_code_placeholder_throws_InvalidLambdaResponseException() {
    String poolId = poolWith(l -> l.customMessage(ARN), r -> r.autoVerifiedAttributes(VerifiedAttributeType.EMAIL));
    String clientId = client(cognito, poolId).clientId();
    fake.registerLambda(ARN, answering("emailMessage", "Welcome aboard"));

    assertCognitoError(() -> signUp(clientId, "alice", attribute("email", "alice@example.com")),
        InvalidLambdaResponseException.class, "Invalid lambda response received: message does not contain {####}");
    assertThat(fake.outbox().messages()).isEmpty();
  }

  /* ---- Custom authentication ---- */

  @Test
  void custom_challenge_round_passes_session_parameters_and_answer_between_the_three_triggers() {
    String clientId = customAuthClient(poolWith(l -> l.defineAuthChallenge(DEFINE).createAuthChallenge(CREATE)
        .verifyAuthChallengeResponse(VERIFY)));
    fake.registerLambda(DEFINE, event -> respond(event, session(event).isEmpty()
        ? Map.of("challengeName", "CUSTOM_CHALLENGE", "issueTokens", false, "failAuthentication", false)
        : Map.of("issueTokens", true, "failAuthentication", false)));
    fake.registerLambda(CREATE, answering("publicChallengeParameters", Map.of("question", "2 + 2"),
        "privateChallengeParameters", Map.of("answer", "4"), "challengeMetadata", "ARITHMETIC"));
    fake.registerLambda(VERIFY, event -> respond(event, Map.of("answerCorrect",
        "4".equals(request(event).get("challengeAnswer")))));

    InitiateAuthResponse challenge = cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.CUSTOM_AUTH)
        .authParameters(Map.of("USERNAME", "alice")).clientMetadata(Map.of("from", "initiate")));
    RespondToAuthChallengeResponse tokens = cognito.respondToAuthChallenge(r -> r.clientId(clientId)
        .challengeName(ChallengeNameType.CUSTOM_CHALLENGE).session(challenge.session())
        .challengeResponses(Map.of("USERNAME", "alice", "ANSWER", "4")).clientMetadata(Map.of("from", "respond")));

    assertThat(tokens.authenticationResult().idToken()).isNotBlank();
    List<TriggerInvocation> calls = fake.triggerInvocations();
    assertThat(calls).extracting(TriggerInvocation::triggerSource).containsExactly("DefineAuthChallenge_Authentication",
        "CreateAuthChallenge_Authentication", "VerifyAuthChallengeResponse_Authentication",
        "DefineAuthChallenge_Authentication");
    FakeCognitoAssertions.assertThat(calls.get(0)).hasRequestEntry("session", List.of())
        .hasRequestEntry("clientMetadata", Map.of()).hasRequestEntry("userNotFound", false)
        .hasUserAttribute("email", "alice@example.com");
    FakeCognitoAssertions.assertThat(calls.get(1)).hasRequestEntry("challengeName", "CUSTOM_CHALLENGE")
        .hasRequestEntry("session", List.of());
    FakeCognitoAssertions.assertThat(calls.get(2)).hasRequestEntry("challengeAnswer", "4")
        .hasRequestEntry("privateChallengeParameters", Map.of("answer", "4"))
        .hasRequestEntry("clientMetadata", Map.of("from", "respond")).hasResponseEntry("answerCorrect", true);
    FakeCognitoAssertions.assertThat(calls.get(3)).hasRequestEntry("clientMetadata", Map.of("from", "respond"));
    assertThat(session(calls.get(3).event())).singleElement().satisfies(round -> assertThat(round)
        .containsEntry("challengeName", "CUSTOM_CHALLENGE").containsEntry("challengeResult", true)
        .containsEntry("challengeMetadata", "ARITHMETIC"));
  }

  @Test
  void custom_auth_started_with_SRP_A_verifies_the_password_without_CreateAuthChallenge() {
    String poolId = poolWith(l -> l.defineAuthChallenge(DEFINE).createAuthChallenge(CREATE)
        .verifyAuthChallengeResponse(VERIFY));
    String clientId = customAuthClient(poolId);
    fake.registerLambda(DEFINE, event -> {
      List<Map<String, Object>> session = session(event);
      String last = String.valueOf(session.get(session.size() - 1).get("challengeName"));
      return respond(event, last.equals("SRP_A")
          ? Map.of("challengeName", "PASSWORD_VERIFIER", "issueTokens", false, "failAuthentication", false)
          : Map.of("issueTokens", true, "failAuthentication", false));
    });
    SrpSignIn signIn = srp(poolId, clientId).newSignIn("alice");
    Map<String, String> parameters = new HashMap<>(signIn.authParameters());
    parameters.put("CHALLENGE_NAME", "SRP_A");

    InitiateAuthResponse challenge = cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.CUSTOM_AUTH)
        .authParameters(parameters));
    RespondToAuthChallengeResponse tokens = cognito.respondToAuthChallenge(r -> r.clientId(clientId)
        .challengeName(ChallengeNameType.PASSWORD_VERIFIER)
        .challengeResponses(signIn.passwordVerifierResponses(challenge.challengeParameters(), PASSWORD)));

    assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.PASSWORD_VERIFIER);
    assertThat(tokens.authenticationResult().accessToken()).isNotBlank();
    List<TriggerInvocation> calls = fake.triggerInvocations();
    assertThat(calls).extracting(TriggerInvocation::triggerSource)
        .containsExactly("DefineAuthChallenge_Authentication", "DefineAuthChallenge_Authentication");
    assertThat(session(calls.get(0).event())).extracting(c -> c.get("challengeName"), c -> c.get("challengeResult"))
        .containsExactly(tuple("SRP_A", true));
    assertThat(session(calls.get(1).event())).extracting(c -> c.get("challengeName"), c -> c.get("challengeResult"))
        .containsExactly(tuple("SRP_A", true),
            tuple("PASSWORD_VERIFIER", true));
  }

  /* ---- Pre token generation ---- */

  @Test
  void new_password_challenge_fires_TokenGeneration_NewPasswordChallenge_and_no_PostConfirmation() throws ParseException {
    String poolId = poolWith(l -> l.preTokenGeneration(ARN).postConfirmation(SECOND));
    String clientId = client(cognito, poolId).clientId();
    cognito.adminCreateUser(r -> r.userPoolId(poolId).username("alice").temporaryPassword("Temp-passw0rd")
        .messageAction("SUPPRESS"));
    fake.registerLambda(ARN, answering("claimsOverrideDetails", Map.of("claimsToAddOrOverride", Map.of("tier", "new"))));
    fake.registerLambda(SECOND, event -> event);
    InitiateAuthResponse challenge = signIn(clientId, "alice", "Temp-passw0rd");

    RespondToAuthChallengeResponse tokens = cognito.respondToAuthChallenge(r -> r.clientId(clientId)
        .challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED).session(challenge.session())
        .challengeResponses(Map.of("USERNAME", "alice", "NEW_PASSWORD", PASSWORD)));

    assertThat(SignedJWT.parse(tokens.authenticationResult().idToken()).getJWTClaimsSet().getStringClaim("tier"))
        .isEqualTo("new");
    assertThat(sources()).containsExactly("TokenGeneration_NewPasswordChallenge");
    invoked("TokenGeneration_NewPasswordChallenge").hasClientId(clientId)
        .hasUserAttribute("cognito:user_status", "CONFIRMED");
  }

  @Test
  void device_sign_in_fires_TokenGeneration_AuthenticateDevice_and_PostAuthentication_without_a_new_device() {
    String poolId = poolWith(l -> l.preTokenGeneration(ARN).postAuthentication(SECOND), this::tracksDevices);
    CognitoSrp srp = srp(poolId, srpClient(cognito, poolId).clientId());
    confirmedUser(cognito, poolId, "alice");
    fake.registerLambda(ARN, event -> event);
    fake.registerLambda(SECOND, event -> event);
    AuthenticationResultType first = srp.signIn("alice", PASSWORD);
    DeviceCredentials device = srp.confirmDevice(first.accessToken(), first.newDeviceMetadata(), "laptop");

    AuthenticationResultType tokens = srp.signIn("alice", PASSWORD, device);

    assertThat(tokens.newDeviceMetadata()).isNull();
    assertThat(sources()).containsExactly("PostAuthentication_Authentication", "TokenGeneration_Authentication",
        "PostAuthentication_Authentication", "TokenGeneration_AuthenticateDevice");
    invoked("TokenGeneration_AuthenticateDevice").hasUserName("alice");
    invoked("PostAuthentication_Authentication").hasRequestEntry("newDeviceUsed", false);
  }

  @Test
  void refresh_fires_TokenGeneration_RefreshTokens_and_its_claims_reach_the_new_id_token() throws ParseException {
    String poolId = poolWith(l -> l.preTokenGeneration(ARN));
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");
    fake.registerLambda(ARN, event -> respond(event, Map.of("claimsOverrideDetails",
        Map.of("claimsToAddOrOverride", Map.of("source", String.valueOf(event.get("triggerSource")))))));
    String refreshToken = signIn(clientId, "alice", PASSWORD).authenticationResult().refreshToken();

    AuthenticationResultType tokens = cognito.initiateAuth(r -> r.clientId(clientId)
        .authFlow(AuthFlowType.REFRESH_TOKEN_AUTH).authParameters(Map.of("REFRESH_TOKEN", refreshToken))
        .clientMetadata(Map.of("k", "v"))).authenticationResult();

    assertThat(SignedJWT.parse(tokens.idToken()).getJWTClaimsSet().getStringClaim("source"))
        .isEqualTo("TokenGeneration_RefreshTokens");
    invoked("TokenGeneration_RefreshTokens").hasUserName("alice").hasClientId(clientId)
        .hasRequestEntry("clientMetadata", Map.of());
  }

  /* ---- User migration ---- */

  @Test
  void password_sign_in_of_an_unknown_user_fires_UserMigration_Authentication_with_validation_data() {
    String poolId = poolWith(l -> l.userMigration(ARN));
    String clientId = client(cognito, poolId).clientId();
    fake.registerLambda(ARN, answering("userAttributes", Map.of("email", "alice@example.com"),
        "finalUserStatus", "CONFIRMED", "messageAction", "SUPPRESS"));

    InitiateAuthResponse response = cognito.initiateAuth(r -> r.clientId(clientId)
        .authFlow(AuthFlowType.USER_PASSWORD_AUTH).authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD))
        .clientMetadata(Map.of("k", "v")));

    assertThat(response.authenticationResult().accessToken()).isNotBlank();
    invoked("UserMigration_Authentication").hasUserName("alice").hasClientId(clientId)
        .hasRequestEntry("password", PASSWORD).hasRequestEntry("validationData", Map.of("k", "v"))
        .hasRequestEntry("clientMetadata", Map.of());
  }

  @Test
  void admin_password_sign_in_of_an_unknown_user_migrates_it_too() {
    String poolId = poolWith(l -> l.userMigration(ARN));
    String clientId = client(cognito, poolId).clientId();
    fake.registerLambda(ARN, answering("userAttributes", Map.of("email", "alice@example.com"),
        "finalUserStatus", "CONFIRMED"));

    AuthenticationResultType tokens = cognito.adminInitiateAuth(r -> r.userPoolId(poolId).clientId(clientId)
        .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD))).authenticationResult();

    assertThat(tokens.idToken()).isNotBlank();
    invoked("UserMigration_Authentication").hasRequestEntry("password", PASSWORD);
  }

  @Test
  void migrated_user_without_a_final_status_must_reset_the_password() {
    String poolId = poolWith(l -> l.userMigration(ARN));
    String clientId = client(cognito, poolId).clientId();
    fake.registerLambda(ARN, answering("userAttributes", Map.of("email", "alice@example.com")));

    assertCognitoError(() -> signIn(clientId, "alice", PASSWORD), PasswordResetRequiredException.class,
        "Password reset required for the user");
    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")).userStatus())
        .isEqualTo(UserStatusType.RESET_REQUIRED);
  }

  @Test
  void srp_sign_in_of_an_unknown_user_never_asks_the_migration_trigger() {
    String poolId = poolWith(l -> l.userMigration(ARN));
    CognitoSrp srp = srp(poolId, srpClient(cognito, poolId).clientId());
    fake.registerLambda(ARN, answering("userAttributes", Map.of("email", "alice@example.com")));

    assertCognitoError(() -> srp.newSignIn("alice").initiateAuth(), UserNotFoundException.class,
        "User does not exist.");
    FakeCognitoAssertions.assertThat(fake).invokedNothing();
  }

  @Test
  void forgot_password_of_an_unknown_user_fires_UserMigration_ForgotPassword_and_sends_a_reset_code() {
    String poolId = poolWith(l -> l.userMigration(ARN));
    String clientId = client(cognito, poolId).clientId();
    fake.registerLambda(ARN, answering("userAttributes", Map.of("email", "alice@example.com", "email_verified", "true"),
        "messageAction", "SUPPRESS"));

    cognito.forgotPassword(r -> r.clientId(clientId).username("alice").clientMetadata(Map.of("k", "v")));
    String code = fake.outbox().lastCode(poolId, "alice").orElseThrow();
    cognito.confirmForgotPassword(r -> r.clientId(clientId).username("alice").confirmationCode(code)
        .password("N3w-passw0rd"));

    assertThat(signIn(clientId, "alice", "N3w-passw0rd").authenticationResult()).isNotNull();
    invoked("UserMigration_ForgotPassword").hasUserName("alice").hasRequestEntry("clientMetadata", Map.of("k", "v"));
    assertThat(fake.triggerInvocations().get(0).request()).doesNotContainKey("password");
  }

  @Test
  void migration_with_enableSMSMFA_turns_on_sms_mfa_for_the_new_user() {
    String poolId = poolWith(l -> l.userMigration(ARN), r -> r.mfaConfiguration(UserPoolMfaType.OPTIONAL)
        .smsConfiguration(s -> s.snsCallerArn("arn:aws:iam::123456789012:role/sms").externalId("fake")));
    String clientId = client(cognito, poolId).clientId();
    fake.registerLambda(ARN, answering("userAttributes", Map.of("phone_number", PHONE, "phone_number_verified", "true"),
        "finalUserStatus", "CONFIRMED", "enableSMSMFA", true));

    InitiateAuthResponse response = signIn(clientId, "alice", PASSWORD);

    assertThat(response.challengeName()).isEqualTo(ChallengeNameType.SMS_MFA);
    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")).userMFASettingList())
        .containsExactly("SMS_MFA");
  }

  @Test
  void migration_sends_no_welcome_message_whatever_the_message_action() {
    String poolId = poolWith(l -> l.userMigration(ARN));
    String clientId = client(cognito, poolId).clientId();
    fake.registerLambda(ARN, answering("userAttributes", Map.of("email", "alice@example.com", "email_verified", "true"),
        "finalUserStatus", "CONFIRMED", "messageAction", "RESEND", "desiredDeliveryMediums", List.of("EMAIL")));

    signIn(clientId, "alice", PASSWORD);

    assertThat(fake.outbox().messages()).isEmpty();
    invoked("UserMigration_Authentication").hasResponseEntry("messageAction", "RESEND");
  }

  /* ---- Helpers ---- */

  private String poolWith(Consumer<LambdaConfigType.Builder> triggers) {
    return poolWith(triggers, r -> {});
  }

  private String poolWith(Consumer<LambdaConfigType.Builder> triggers, Consumer<CreateUserPoolRequest.Builder> more) {
    return pool(cognito, r -> more.accept(r.lambdaConfig(triggers)));
  }

  private void tracksDevices(CreateUserPoolRequest.Builder pool) {
    pool.deviceConfiguration(d -> d.challengeRequiredOnNewDevice(false).deviceOnlyRememberedOnUserPrompt(false));
  }

  private void requiresSmsMfa(CreateUserPoolRequest.Builder pool) {
    pool.mfaConfiguration(UserPoolMfaType.ON)
        .smsConfiguration(s -> s.snsCallerArn("arn:aws:iam::123456789012:role/sms").externalId("fake"));
  }

  /** An app client that allows CUSTOM_AUTH, and the user alice. */
  private String customAuthClient(String poolId) {
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"));
    return client(cognito, poolId, r -> r.explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_CUSTOM_AUTH,
        ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)).clientId();
  }

  private CognitoSrp srp(String poolId, String clientId) {
    return CognitoSrp.builder().client(cognito).userPoolId(poolId).clientId(clientId).clock(fake.clock()).build();
  }

  private void signUp(String clientId, String username, AttributeType... attributes) {
    cognito.signUp(r -> r.clientId(clientId).username(username).password(PASSWORD).userAttributes(attributes));
  }

  private InitiateAuthResponse signIn(String clientId, String username, String password) {
    return cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", username, "PASSWORD", password)));
  }

  private Map<String, String> attributes(String poolId, String username) {
    Map<String, String> attributes = new HashMap<>();
    cognito.adminGetUser(r -> r.userPoolId(poolId).username(username)).userAttributes()
        .forEach(a -> attributes.put(a.name(), a.value()));
    return attributes;
  }

  private TriggerInvocationAssert invoked(String triggerSource) {
    return FakeCognitoAssertions.assertThat(fake).invoked(triggerSource);
  }

  private List<String> sources() {
    return fake.triggerInvocations().stream().map(TriggerInvocation::triggerSource).toList();
  }

  private SentMessage lastMessage() {
    List<SentMessage> messages = fake.outbox().messages();
    return messages.get(messages.size() - 1);
  }

  /** A function that puts these response fields into every event it gets. */
  private static Function<Map<String, Object>, Map<String, Object>> answering(Object... namesAndValues) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return event -> respond(event, fields);
  }

  private static Map<String, Object> respond(Map<String, Object> event, Map<String, Object> fields) {
    Map<String, Object> result = new LinkedHashMap<>(event);
    result.put("response", new LinkedHashMap<>(fields));
    return result;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> request(Map<String, Object> event) {
    return (Map<String, Object>) event.get("request");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> session(Map<String, Object> event) {
    return (List<Map<String, Object>>) request(event).get("session");
  }
}
