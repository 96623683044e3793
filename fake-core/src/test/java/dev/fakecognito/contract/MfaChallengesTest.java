package dev.fakecognito.contract;

import static dev.fakecognito.testing.Transport.clientFor;
import static dev.fakecognito.testing.Fixtures.PASSWORD;
import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.attribute;
import static dev.fakecognito.testing.Fixtures.client;
import static dev.fakecognito.testing.Fixtures.confirmedUser;
import static dev.fakecognito.testing.Fixtures.pool;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;

/** The MFA challenges of sign-in in a pool that requires SMS MFA. */
class MfaChallengesTest {

  private final FakeCognito fake = FakeCognito.create();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);
  private final String poolId = pool(cognito, r -> r.mfaConfiguration(UserPoolMfaType.ON)
      .smsConfiguration(s -> s.snsCallerArn("arn:aws:iam::123456789012:role/sms").externalId("fake")));
  private final String clientId = client(cognito, poolId).clientId();

  @Test
  void required_mfa_sends_an_sms_code_and_accepts_it() {
    confirmedUser(cognito, poolId, "alice", attribute("phone_number", "+15555550100"));

    InitiateAuthResponse challenge = signIn("alice");

    assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.SMS_MFA);
    assertThat(challenge.challengeParameters())
        .containsEntry("CODE_DELIVERY_DELIVERY_MEDIUM", "SMS")
        .containsEntry("CODE_DELIVERY_DESTINATION", "+*******0100");
    String code = fake.outbox().lastCode(poolId, "alice").orElseThrow();
    assertThat(fake.outbox().messages().get(fake.outbox().messages().size() - 1).message())
        .isEqualTo("Your authentication code is " + code + ". ");

    RespondToAuthChallengeResponse tokens = answer(challenge.session(), code);
    assertThat(tokens.authenticationResult().accessToken()).isNotBlank();
  }

  @Test
  void wrong_sms_code_throws_CodeMismatchException_and_the_right_one_still_works() {
    confirmedUser(cognito, poolId, "alice", attribute("phone_number", "+15555550100"));
    InitiateAuthResponse challenge = signIn("alice");
    String code = fake.outbox().lastCode(poolId, "alice").orElseThrow();

    assertCognitoError(() -> answer(challenge.session(), code.equals("000000") ? "111111" : "000000"),
        CodeMismatchException.class, "Invalid code or auth state for the user.");
    assertThat(answer(challenge.session(), code).authenticationResult()).isNotNull();
  }

  @Test
  void sms_code_expires_with_the_session() {
    confirmedUser(cognito, poolId, "alice", attribute("phone_number", "+15555550100"));
    InitiateAuthResponse challenge = signIn("alice");
    String code = fake.outbox().lastCode(poolId, "alice").orElseThrow();

    fake.clock().advance(Duration.ofMinutes(3));

    assertCognitoError(() -> answer(challenge.session(), code), NotAuthorizedException.class,
        "Invalid session for the user, session is expired.");
  }

  @Test
  void user_without_a_phone_number_must_set_up_mfa() {
    String totpPool = pool(cognito, r -> r.mfaConfiguration(UserPoolMfaType.OPTIONAL));
    cognito.setUserPoolMfaConfig(r -> r.userPoolId(totpPool).mfaConfiguration(UserPoolMfaType.ON)
        .softwareTokenMfaConfiguration(t -> t.enabled(true)));
    String totpClient = client(cognito, totpPool).clientId();
    confirmedUser(cognito, totpPool, "bob");

    InitiateAuthResponse challenge = cognito.initiateAuth(r -> r.clientId(totpClient)
        .authFlow(AuthFlowType.USER_PASSWORD_AUTH).authParameters(Map.of("USERNAME", "bob", "PASSWORD", PASSWORD)));

    assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.MFA_SETUP);
    assertThat(challenge.challengeParameters()).containsEntry("MFAS_CAN_SETUP", "[\"SOFTWARE_TOKEN_MFA\"]");
    assertThat(challenge.session()).isNotBlank();
  }

  @Test
  void update_user_pool_changes_the_sms_mfa_message() {
    cognito.setUserPoolMfaConfig(r -> r.userPoolId(poolId).mfaConfiguration(UserPoolMfaType.ON)
        .smsMfaConfiguration(m -> m.smsAuthenticationMessage("First {####}")
            .smsConfiguration(c -> c.snsCallerArn("arn:aws:iam::123456789012:role/sms").externalId("fake"))));
    cognito.updateUserPool(r -> r.userPoolId(poolId).mfaConfiguration(UserPoolMfaType.ON)
        .smsAuthenticationMessage("Second {####}")
        .smsConfiguration(c -> c.snsCallerArn("arn:aws:iam::123456789012:role/sms").externalId("fake")));
    confirmedUser(cognito, poolId, "alice", attribute("phone_number", "+15555550100"));

    signIn("alice");

    String code = fake.outbox().lastCode(poolId, "alice").orElseThrow();
    assertThat(fake.outbox().messages().get(fake.outbox().messages().size() - 1).message())
        .isEqualTo("Second " + code);
    assertThat(cognito.getUserPoolMfaConfig(r -> r.userPoolId(poolId)).smsMfaConfiguration()
        .smsAuthenticationMessage()).isEqualTo("Second {####}");
  }

  private InitiateAuthResponse signIn(String username) {
    return cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", username, "PASSWORD", PASSWORD)));
  }

  private RespondToAuthChallengeResponse answer(String session, String code) {
    return cognito.respondToAuthChallenge(r -> r.clientId(clientId).challengeName(ChallengeNameType.SMS_MFA)
        .session(session).challengeResponses(Map.of("USERNAME", "alice", "SMS_MFA_CODE", code)));
  }
}
