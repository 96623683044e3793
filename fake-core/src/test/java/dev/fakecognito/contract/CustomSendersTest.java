package dev.fakecognito.contract;

import static dev.fakecognito.testing.Transport.clientFor;
import static dev.fakecognito.testing.Fixtures.PASSWORD;
import static dev.fakecognito.testing.Fixtures.attribute;
import static dev.fakecognito.testing.Fixtures.client;
import static dev.fakecognito.testing.Fixtures.confirmedUser;
import static dev.fakecognito.testing.Fixtures.fake;
import static dev.fakecognito.testing.Fixtures.pool;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.fakecognito.FakeCognito;
import dev.fakecognito.assertions.FakeCognitoAssertions;
import dev.fakecognito.assertions.TriggerInvocationAssert;
import dev.fakecognito.triggers.CustomSenderCodes;
import dev.fakecognito.triggers.CustomSenderEvent;
import dev.fakecognito.triggers.TriggerInvocation;
import dev.fakecognito.triggers.Triggers;
import dev.fakecognito.triggers.lambda.LambdaHandlers;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CustomEmailSenderLambdaVersionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CustomSMSSenderLambdaVersionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LambdaConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/** CustomEmailSender and CustomSMSSender: the pool hands codes to a function instead of sending them. */
class CustomSendersTest {

  private static final String EMAIL_SENDER = "arn:aws:lambda:us-east-1:123456789012:function:email-sender";
  private static final String SMS_SENDER = "arn:aws:lambda:us-east-1:123456789012:function:sms-sender";
  private static final String CUSTOM_MESSAGE = "arn:aws:lambda:us-east-1:123456789012:function:custom-message";
  private static final String KEY = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
  private static final String PHONE = "+15555550100";

  private final FakeCognito fake = fake();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);
  private final List<CustomSenderEvent> sent = new CopyOnWriteArrayList<>();

  @Test
  void sign_up_hands_the_encrypted_code_to_the_email_sender_and_sends_no_email_itself() {
    String poolId = senderPool(r -> r.autoVerifiedAttributes(VerifiedAttributeType.EMAIL));
    String clientId = client(cognito, poolId).clientId();

    SignUpResponse response = cognito.signUp(r -> r.clientId(clientId).username("alice").password(PASSWORD)
        .userAttributes(attribute("email", "alice@example.com")).clientMetadata(Map.of("k", "v")));
    CustomSenderEvent event = sent.get(0);
    cognito.confirmSignUp(r -> r.clientId(clientId).username("alice").confirmationCode(event.plaintextCode()));

    assertThat(response.codeDeliveryDetails().destination()).isEqualTo("a***@e***");
    assertThat(fake.outbox().messages()).isEmpty();
    assertThat(event.triggerSource()).isEqualTo("CustomEmailSender_SignUp");
    assertThat(event.type()).isEqualTo("customEmailSenderRequestV1");
    assertThat(event.code()).isEqualTo(CustomSenderCodes.encrypt(event.plaintextCode())).isNotEqualTo(event.plaintextCode());
    assertThat(event.clientId()).isEqualTo(clientId);
    assertThat(event.userAttributes()).containsEntry("email", "alice@example.com");
    assertThat(event.clientMetadata()).isEqualTo(Map.of("k", "v"));
    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")).userStatus())
        .isEqualTo(UserStatusType.CONFIRMED);
  }

  @Test
  void phone_sign_up_hands_the_code_to_the_sms_sender() {
    String poolId = senderPool(r -> r.autoVerifiedAttributes(VerifiedAttributeType.PHONE_NUMBER));
    String clientId = client(cognito, poolId).clientId();

    cognito.signUp(r -> r.clientId(clientId).username("alice").password(PASSWORD)
        .userAttributes(attribute("phone_number", PHONE)));

    assertThat(fake.outbox().messages()).isEmpty();
    assertThat(sent).singleElement().satisfies(event -> {
      assertThat(event.triggerSource()).isEqualTo("CustomSMSSender_SignUp");
      assertThat(event.type()).isEqualTo("customSMSSenderRequestV1");
      assertThat(event.plaintextCode()).hasSize(6).containsOnlyDigits();
    });
  }

  @Test
  void resend_fires_CustomEmailSender_ResendCode_with_a_new_code() {
    String poolId = senderPool(r -> r.autoVerifiedAttributes(VerifiedAttributeType.EMAIL));
    String clientId = client(cognito, poolId).clientId();
    cognito.signUp(r -> r.clientId(clientId).username("alice").password(PASSWORD)
        .userAttributes(attribute("email", "alice@example.com")));

    cognito.resendConfirmationCode(r -> r.clientId(clientId).username("alice"));
    cognito.confirmSignUp(r -> r.clientId(clientId).username("alice").confirmationCode(sent.get(1).plaintextCode()));

    assertThat(sent).extracting(CustomSenderEvent::triggerSource)
        .containsExactly("CustomEmailSender_SignUp", "CustomEmailSender_ResendCode");
    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")).userStatus())
        .isEqualTo(UserStatusType.CONFIRMED);
  }

  @Test
  void forgot_password_fires_CustomEmailSender_ForgotPassword_and_its_code_resets_the_password() {
    String poolId = senderPool(r -> {});
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"), attribute("email_verified", "true"));

    cognito.forgotPassword(r -> r.clientId(clientId).username("alice"));
    cognito.confirmForgotPassword(r -> r.clientId(clientId).username("alice")
        .confirmationCode(sent.get(0).plaintextCode()).password("N3w-passw0rd"));

    assertThat(sent).extracting(CustomSenderEvent::triggerSource).containsExactly("CustomEmailSender_ForgotPassword");
    assertThat(signIn(clientId, "alice", "N3w-passw0rd").authenticationResult()).isNotNull();
  }

  @Test
  void changed_email_fires_CustomEmailSender_UpdateUserAttribute_for_the_new_address() {
    String poolId = senderPool(r -> r.autoVerifiedAttributes(VerifiedAttributeType.EMAIL));
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"), attribute("email_verified", "true"));
    String token = signIn(clientId, "alice", PASSWORD).authenticationResult().accessToken();

    cognito.updateUserAttributes(r -> r.accessToken(token).userAttributes(attribute("email", "new@example.org")));
    cognito.verifyUserAttribute(r -> r.accessToken(token).attributeName("email").code(sent.get(0).plaintextCode()));

    assertThat(sent).singleElement().satisfies(event -> {
      assertThat(event.triggerSource()).isEqualTo("CustomEmailSender_UpdateUserAttribute");
      assertThat(event.userAttributes()).containsEntry("email", "new@example.org");
    });
    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")).userAttributes())
        .contains(attribute("email", "new@example.org"), attribute("email_verified", "true"));
  }

  @Test
  void verification_code_request_fires_CustomEmailSender_VerifyUserAttribute() {
    String poolId = senderPool(r -> {});
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"));
    String token = signIn(clientId, "alice", PASSWORD).authenticationResult().accessToken();

    cognito.getUserAttributeVerificationCode(r -> r.accessToken(token).attributeName("email")
        .clientMetadata(Map.of("k", "v")));

    assertThat(sent).singleElement().satisfies(event -> {
      assertThat(event.triggerSource()).isEqualTo("CustomEmailSender_VerifyUserAttribute");
      assertThat(event.clientMetadata()).isEqualTo(Map.of("k", "v"));
    });
    assertThat(fake.outbox().messages()).isEmpty();
  }

  @Test
  void invitation_fires_CustomEmailSender_AdminCreateUser_with_the_temporary_password() {
    String poolId = senderPool(r -> {});
    String clientId = client(cognito, poolId).clientId();

    cognito.adminCreateUser(r -> r.userPoolId(poolId).username("alice")
        .userAttributes(attribute("email", "alice@example.com")).desiredDeliveryMediums(DeliveryMediumType.EMAIL));
    String temporaryPassword = sent.get(0).plaintextCode();

    assertThat(sent.get(0).triggerSource()).isEqualTo("CustomEmailSender_AdminCreateUser");
    assertThat(sent.get(0).clientId()).isEqualTo("CLIENT_ID_NOT_APPLICABLE");
    assertThat(signIn(clientId, "alice", temporaryPassword).challengeName())
        .isEqualTo(ChallengeNameType.NEW_PASSWORD_REQUIRED);
    assertThat(fake.outbox().messages()).isEmpty();
  }

  @Test
  void sms_mfa_code_fires_CustomSMSSender_Authentication_and_answers_the_challenge() {
    String poolId = senderPool(this::requiresSmsMfa);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("phone_number", PHONE));

    InitiateAuthResponse challenge = signIn(clientId, "alice", PASSWORD);
    String code = sent.get(0).plaintextCode();
    RespondToAuthChallengeResponse tokens = cognito.respondToAuthChallenge(r -> r.clientId(clientId).challengeName(ChallengeNameType.SMS_MFA)
        .session(challenge.session()).challengeResponses(Map.of("USERNAME", "alice", "SMS_MFA_CODE", code)));

    assertThat(sent.get(0).triggerSource()).isEqualTo("CustomSMSSender_Authentication");
    assertThat(tokens.authenticationResult().accessToken()).isNotBlank();
    assertThat(fake.outbox().messages()).isEmpty();
  }

  @Test
  void email_sender_alone_leaves_sms_messages_to_the_pool() {
    String poolId = pool(cognito, r -> requiresSmsMfa(r.lambdaConfig(l -> l.kmsKeyID(KEY)
        .customEmailSender(c -> c.lambdaArn(EMAIL_SENDER).lambdaVersion(CustomEmailSenderLambdaVersionType.V1_0)))));
    String clientId = client(cognito, poolId).clientId();
    fake.registerLambda(EMAIL_SENDER, Triggers.customSender(sent::add));
    confirmedUser(cognito, poolId, "alice", attribute("phone_number", PHONE));

    signIn(clientId, "alice", PASSWORD);

    assertThat(sent).isEmpty();
    assertThat(fake.outbox().lastCode(poolId, "alice")).isPresent();
  }

  @Test
  void custom_message_is_not_asked_for_a_message_the_sender_delivers() {
    String poolId = pool(cognito, r -> r.autoVerifiedAttributes(VerifiedAttributeType.EMAIL)
        .lambdaConfig(l -> senders(l).customMessage(CUSTOM_MESSAGE)));
    String clientId = client(cognito, poolId).clientId();
    fake.registerLambda(EMAIL_SENDER, Triggers.customSender(sent::add));
    fake.registerLambda(CUSTOM_MESSAGE, event -> event);

    cognito.signUp(r -> r.clientId(clientId).username("alice").password(PASSWORD)
        .userAttributes(attribute("email", "alice@example.com")));

    assertThat(fake.triggerInvocations()).extracting(TriggerInvocation::triggerSource)
        .containsExactly("CustomEmailSender_SignUp");
  }

  @Test
  void failing_sender_does_not_fail_the_call_and_its_error_is_recorded() {
    String poolId = pool(cognito, r -> r.autoVerifiedAttributes(VerifiedAttributeType.EMAIL).lambdaConfig(this::senders));
    String clientId = client(cognito, poolId).clientId();
    fake.registerLambda(EMAIL_SENDER, Triggers.customSender(event -> {
      throw new IllegalStateException("SES is down");
    }));

    SignUpResponse response = cognito.signUp(r -> r.clientId(clientId).username("alice").password(PASSWORD)
        .userAttributes(attribute("email", "alice@example.com")));

    assertThat(response.userSub()).isNotBlank();
    invoked("CustomEmailSender_SignUp").failedWith("SES is down");
  }

  @Test
  void sender_without_a_registered_function_does_not_fail_the_call() {
    String poolId = pool(cognito, r -> r.autoVerifiedAttributes(VerifiedAttributeType.EMAIL).lambdaConfig(this::senders));
    String clientId = client(cognito, poolId).clientId();

    SignUpResponse response = cognito.signUp(r -> r.clientId(clientId).username("alice").password(PASSWORD)
        .userAttributes(attribute("email", "alice@example.com")));

    assertThat(response.userConfirmed()).isFalse();
    invoked("CustomEmailSender_SignUp").failedWith("ResourceNotFoundException")
        .hasRequestEntry("type", "customEmailSenderRequestV1");
  }

  /** A sender as deployed to Lambda: aws-lambda-java-events has no class for its event, so it takes a map. */
  static final class DecryptingSender implements RequestHandler<Map<String, Object>, Void> {
    final List<String> delivered = new CopyOnWriteArrayList<>();

    @Override
    public Void handleRequest(Map<String, Object> event, Context context) {
      @SuppressWarnings("unchecked")
      Map<String, Object> request = (Map<String, Object>) event.get("request");
      @SuppressWarnings("unchecked")
      Map<String, String> attributes = (Map<String, String>) request.get("userAttributes");
      delivered.add(attributes.get("email") + ": " + CustomSenderCodes.decrypt((String) request.get("code")));
      return null;
    }
  }

  @Test
  void sender_as_a_real_lambda_handler_class_gets_the_code_it_can_decrypt() {
    String poolId = pool(cognito, r -> r.lambdaConfig(this::senders));
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"), attribute("email_verified", "true"));
    DecryptingSender sender = new DecryptingSender();
    fake.registerLambda(EMAIL_SENDER, LambdaHandlers.of(sender));

    cognito.forgotPassword(r -> r.clientId(clientId).username("alice"));
    String code = sender.delivered.get(0).substring("alice@example.com: ".length());
    cognito.confirmForgotPassword(r -> r.clientId(clientId).username("alice").confirmationCode(code)
        .password("N3w-passw0rd"));

    assertThat(sender.delivered).singleElement().asString().startsWith("alice@example.com: ");
    assertThat(signIn(clientId, "alice", "N3w-passw0rd").authenticationResult()).isNotNull();
    invoked("CustomEmailSender_ForgotPassword").succeeded();
  }

  /* ---- Helpers ---- */

  /** A pool with both senders, whose calls land in {@link #sent}. */
  private String senderPool(Consumer<CreateUserPoolRequest.Builder> settings) {
    fake.registerLambda(EMAIL_SENDER, Triggers.customSender(sent::add));
    fake.registerLambda(SMS_SENDER, Triggers.customSender(sent::add));
    return pool(cognito, r -> settings.accept(r.lambdaConfig(this::senders)));
  }

  private LambdaConfigType.Builder senders(LambdaConfigType.Builder config) {
    return config.kmsKeyID(KEY)
        .customEmailSender(c -> c.lambdaArn(EMAIL_SENDER).lambdaVersion(CustomEmailSenderLambdaVersionType.V1_0))
        .customSMSSender(c -> c.lambdaArn(SMS_SENDER).lambdaVersion(CustomSMSSenderLambdaVersionType.V1_0));
  }

  private CreateUserPoolRequest.Builder requiresSmsMfa(CreateUserPoolRequest.Builder pool) {
    return pool.mfaConfiguration(UserPoolMfaType.ON)
        .smsConfiguration(s -> s.snsCallerArn("arn:aws:iam::123456789012:role/sms").externalId("fake"));
  }

  private InitiateAuthResponse signIn(String clientId, String username, String password) {
    return cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", username, "PASSWORD", password)));
  }

  private TriggerInvocationAssert invoked(String triggerSource) {
    return FakeCognitoAssertions.assertThat(fake).invoked(triggerSource);
  }
}
