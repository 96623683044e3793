package dev.fakecognito.contract;

import static dev.fakecognito.testing.Transport.clientFor;
import static dev.fakecognito.testing.Fixtures.PASSWORD;
import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.attribute;
import static dev.fakecognito.testing.Fixtures.client;
import static dev.fakecognito.testing.Fixtures.confirmedUser;
import static dev.fakecognito.testing.Fixtures.pool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.internal.auth.srp.Srp;
import dev.fakecognito.internal.util.ModelSupport;
import java.math.BigInteger;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserAuthFactorsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFactorType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;

/** Choice-based sign-in (USER_AUTH) with password, SRP and email one-time codes. */
class UserAuthTest {

  private final FakeCognito fake = FakeCognito.create();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);
  private final String poolId = pool(cognito, r -> r.policies(p -> p.signInPolicy(
      s -> s.allowedFirstAuthFactors(AuthFactorType.PASSWORD, AuthFactorType.EMAIL_OTP))));
  private final String clientId = client(cognito, poolId, r -> r.explicitAuthFlows(
      ExplicitAuthFlowsType.ALLOW_USER_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)).clientId();

  UserAuthTest() {
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"),
        attribute("email_verified", "true"));
  }

  @Test
  void without_a_preference_the_user_selects_among_the_available_challenges() {
    InitiateAuthResponse select = start(Map.of("USERNAME", "alice"));

    assertThat(select.challengeName()).isEqualTo(ChallengeNameType.SELECT_CHALLENGE);
    assertThat(select.availableChallenges()).containsExactly(
        ChallengeNameType.PASSWORD, ChallengeNameType.PASSWORD_SRP, ChallengeNameType.EMAIL_OTP);
    assertThat(select.session()).isNotBlank();
  }

  @Test
  void email_otp_sends_an_eight_digit_code_and_signs_in_with_it() {
    String session = start(Map.of("USERNAME", "alice")).session();

    RespondToAuthChallengeResponse otp = respond(ChallengeNameType.SELECT_CHALLENGE, session,
        Map.of("USERNAME", "alice", "ANSWER", "EMAIL_OTP"));
    assertThat(otp.challengeName()).isEqualTo(ChallengeNameType.EMAIL_OTP);
    assertThat(otp.challengeParameters()).containsEntry("CODE_DELIVERY_DESTINATION", "a***@e***");
    String code = fake.outbox().lastCode(poolId, "alice").orElseThrow();
    assertThat(code).hasSize(8);

    RespondToAuthChallengeResponse tokens = respond(ChallengeNameType.EMAIL_OTP, otp.session(),
        Map.of("USERNAME", "alice", "EMAIL_OTP_CODE", code));
    assertThat(tokens.authenticationResult().idToken()).isNotBlank();
  }

  @Test
  void wrong_email_code_throws_CodeMismatchException() {
    String session = start(Map.of("USERNAME", "alice", "PREFERRED_CHALLENGE", "EMAIL_OTP")).session();
    String code = fake.outbox().lastCode(poolId, "alice").orElseThrow();

    assertCognitoError(() -> respond(ChallengeNameType.EMAIL_OTP, session,
            Map.of("USERNAME", "alice", "EMAIL_OTP_CODE", code.equals("00000000") ? "11111111" : "00000000")),
        CodeMismatchException.class, "Invalid code or auth state for the user.");
  }

  @Test
  void preferred_password_with_the_password_signs_in_at_once() {
    InitiateAuthResponse response = start(Map.of("USERNAME", "alice", "PREFERRED_CHALLENGE", "PASSWORD",
        "PASSWORD", PASSWORD));

    assertThat(response.authenticationResult().accessToken()).isNotBlank();
  }

  @Test
  void preferred_password_with_a_wrong_password_throws_NotAuthorizedException() {
    assertCognitoError(() -> start(Map.of("USERNAME", "alice", "PREFERRED_CHALLENGE", "PASSWORD",
        "PASSWORD", "wrong-Passw0rd")), NotAuthorizedException.class, "Incorrect username or password.");
  }

  @Test
  void password_srp_answers_with_the_password_verifier() {
    String session = start(Map.of("USERNAME", "alice")).session();
    BigInteger clientPublic = Srp.clientPublic(BigInteger.valueOf(123456789));

    RespondToAuthChallengeResponse verifier = respond(ChallengeNameType.SELECT_CHALLENGE, session,
        Map.of("USERNAME", "alice", "ANSWER", "PASSWORD_SRP", "SRP_A", Srp.toHex(clientPublic)));

    assertThat(verifier.challengeName()).isEqualTo(ChallengeNameType.PASSWORD_VERIFIER);
    assertThat(verifier.challengeParameters()).containsKeys("SALT", "SRP_B", "SECRET_BLOCK", "USER_ID_FOR_SRP");
  }

  @Test
  void an_answer_the_user_cannot_use_throws_InvalidParameterException() {
    String session = start(Map.of("USERNAME", "alice")).session();

    assertCognitoError(() -> respond(ChallengeNameType.SELECT_CHALLENGE, session,
        Map.of("USERNAME", "alice", "ANSWER", "SMS_OTP")), InvalidParameterException.class,
        "Invalid value for ANSWER: SMS_OTP");
  }

  @Test
  void flow_not_enabled_throws_InvalidParameterException() {
    String passwordOnly = client(cognito, poolId).clientId();

    assertCognitoError(() -> cognito.initiateAuth(r -> r.clientId(passwordOnly).authFlow(AuthFlowType.USER_AUTH)
        .authParameters(Map.of("USERNAME", "alice"))), InvalidParameterException.class,
        "USER_AUTH flow not enabled for this client");
  }

  @Test
  void user_auth_factors_list_what_the_user_can_sign_in_with() {
    String accessToken = start(Map.of("USERNAME", "alice", "PREFERRED_CHALLENGE", "PASSWORD",
        "PASSWORD", PASSWORD)).authenticationResult().accessToken();

    assertThat(cognito.getUserAuthFactors(r -> r.accessToken(accessToken)).configuredUserAuthFactors())
        .containsExactly(AuthFactorType.PASSWORD, AuthFactorType.EMAIL_OTP);
  }

  @Test
  void admin_user_auth_factors_list_what_the_user_can_sign_in_with() {
    assumeTrue(ModelSupport.ADMIN_GET_USER_AUTH_FACTORS, "needs an SDK after 2.41 (AdminGetUserAuthFactors)");
    // A request built in place, not in a builder-consumer lambda: no method of this class may name a
    // type older SDKs lack, or JUnit could not list them.
    AdminGetUserAuthFactorsRequest request =
        AdminGetUserAuthFactorsRequest.builder().userPoolId(poolId).username("alice").build();

    assertThat(cognito.adminGetUserAuthFactors(request).configuredUserAuthFactors())
        .containsExactly(AuthFactorType.PASSWORD, AuthFactorType.EMAIL_OTP);
  }

  private InitiateAuthResponse start(Map<String, String> parameters) {
    return cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_AUTH).authParameters(parameters));
  }

  private RespondToAuthChallengeResponse respond(ChallengeNameType challenge, String session,
      Map<String, String> responses) {
    return cognito.respondToAuthChallenge(r -> r.clientId(clientId).challengeName(challenge).session(session)
        .challengeResponses(responses));
  }
}
