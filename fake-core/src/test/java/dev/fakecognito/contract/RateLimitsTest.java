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
import dev.fakecognito.recording.SentMessage;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LimitExceededException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

class RateLimitsTest {

  private static final String LIMIT = "Attempt limit exceeded, please try after some time.";
  private static final String MISMATCH = "Invalid verification code provided, please try again.";
  private static final String WRONG_CODE = "000000";
  private static final String NEW_PASSWORD = "N3w-Passw0rd";
  private static final Duration HOUR = Duration.ofHours(1);

  private final FakeCognito fake = FakeCognito.create();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);
  private final String poolId = pool(cognito, r -> r.autoVerifiedAttributes(VerifiedAttributeType.EMAIL));
  private final String clientId = client(cognito, poolId).clientId();

  /* ---- ResendConfirmationCode: 5 an hour ---- */

  @Test
  void sixth_resend_within_an_hour_throws_LimitExceededException_and_sends_nothing() {
    signUp("alice");
    for (int i = 0; i < 5; i++) {
      resend("alice");
    }

    assertCognitoError(() -> resend("alice"), LimitExceededException.class, LIMIT);
    assertThat(fake.outbox().messages()).hasSize(6);
  }

  @Test
  void resend_works_again_an_hour_later() {
    signUp("alice");
    for (int i = 0; i < 5; i++) {
      resend("alice");
    }
    assertCognitoError(() -> resend("alice"), LimitExceededException.class, LIMIT);

    fake.clock().advance(HOUR);
    resend("alice");

    assertThat(fake.outbox().messages()).hasSize(7);
  }

  @Test
  void window_slides_so_each_attempt_stops_counting_an_hour_after_it_was_made() {
    signUp("alice");
    resend("alice");
    fake.clock().advance(Duration.ofMinutes(30));
    for (int i = 0; i < 4; i++) {
      resend("alice");
    }
    assertCognitoError(() -> resend("alice"), LimitExceededException.class, LIMIT);

    fake.clock().advance(Duration.ofMinutes(30));
    resend("alice");

    assertCognitoError(() -> resend("alice"), LimitExceededException.class, LIMIT);
  }

  @Test
  void limit_counts_each_user_separately() {
    signUp("alice");
    signUp("bob");
    for (int i = 0; i < 5; i++) {
      resend("alice");
    }
    assertCognitoError(() -> resend("alice"), LimitExceededException.class, LIMIT);

    resend("bob");

    assertThat(fake.outbox().messages()).filteredOn(m -> m.username().equals("bob")).hasSize(2);
  }

  /* ---- ConfirmSignUp: 15 an hour ---- */

  @Test
  void sixteenth_confirmation_within_an_hour_throws_LimitExceededException_even_with_the_right_code() {
    signUp("alice");
    String code = fake.outbox().messages().get(0).code();
    for (int i = 0; i < 15; i++) {
      assertCognitoError(() -> confirmSignUp("alice", WRONG_CODE), CodeMismatchException.class, MISMATCH);
    }

    assertCognitoError(() -> confirmSignUp("alice", code), LimitExceededException.class, LIMIT);
    assertThat(status("alice")).isEqualTo(UserStatusType.UNCONFIRMED);
  }

  @Test
  void confirmation_works_again_an_hour_later() {
    signUp("alice");
    String code = fake.outbox().messages().get(0).code();
    for (int i = 0; i < 15; i++) {
      assertCognitoError(() -> confirmSignUp("alice", WRONG_CODE), CodeMismatchException.class, MISMATCH);
    }
    assertCognitoError(() -> confirmSignUp("alice", code), LimitExceededException.class, LIMIT);

    fake.clock().advance(HOUR);
    confirmSignUp("alice", code);

    assertThat(status("alice")).isEqualTo(UserStatusType.CONFIRMED);
  }

  /* ---- ConfirmForgotPassword: 20 an hour ---- */

  @Test
  void twenty_first_reset_within_an_hour_throws_LimitExceededException_and_keeps_the_password() {
    resetRequested("alice");
    String code = lastCode();
    for (int i = 0; i < 20; i++) {
      assertCognitoError(() -> confirmForgotPassword("alice", WRONG_CODE), CodeMismatchException.class, MISMATCH);
    }

    assertCognitoError(() -> confirmForgotPassword("alice", code), LimitExceededException.class, LIMIT);
    assertThat(signIn("alice", PASSWORD)).isNotBlank();
  }

  @Test
  void reset_works_again_an_hour_later() {
    resetRequested("alice");
    for (int i = 0; i < 20; i++) {
      assertCognitoError(() -> confirmForgotPassword("alice", WRONG_CODE), CodeMismatchException.class, MISMATCH);
    }
    assertCognitoError(() -> confirmForgotPassword("alice", WRONG_CODE), LimitExceededException.class, LIMIT);

    // Reset codes live one hour too, so a fresh one is needed.
    fake.clock().advance(HOUR);
    cognito.forgotPassword(r -> r.clientId(clientId).username("alice"));
    confirmForgotPassword("alice", lastCode());

    assertThat(signIn("alice", NEW_PASSWORD)).isNotBlank();
  }

  /* ---- ChangePassword: 5 an hour ---- */

  @Test
  void sixth_change_within_an_hour_throws_LimitExceededException_and_keeps_the_password() {
    confirmedUser(cognito, poolId, "alice");
    String token = signIn("alice", PASSWORD);
    for (int i = 0; i < 5; i++) {
      assertCognitoError(() -> changePassword(token, "Wr0ng-Passw0rd"), NotAuthorizedException.class,
          "Incorrect username or password.");
    }

    assertCognitoError(() -> changePassword(token, PASSWORD), LimitExceededException.class, LIMIT);
    assertThat(signIn("alice", PASSWORD)).isNotBlank();
  }

  @Test
  void change_works_again_an_hour_later() {
    confirmedUser(cognito, poolId, "alice");
    String token = signIn("alice", PASSWORD);
    for (int i = 0; i < 5; i++) {
      assertCognitoError(() -> changePassword(token, "Wr0ng-Passw0rd"), NotAuthorizedException.class,
          "Incorrect username or password.");
    }
    assertCognitoError(() -> changePassword(token, PASSWORD), LimitExceededException.class, LIMIT);

    fake.clock().advance(HOUR);
    changePassword(signIn("alice", PASSWORD), PASSWORD);

    assertThat(signIn("alice", NEW_PASSWORD)).isNotBlank();
  }

  /* ---- GetUserAttributeVerificationCode: 5 an hour ---- */

  @Test
  void sixth_code_request_within_an_hour_throws_LimitExceededException_and_sends_nothing() {
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"));
    String token = signIn("alice", PASSWORD);
    for (int i = 0; i < 5; i++) {
      requestCode(token);
    }

    assertCognitoError(() -> requestCode(token), LimitExceededException.class, LIMIT);
    assertThat(fake.outbox().messages()).hasSize(5);
  }

  @Test
  void code_request_works_again_an_hour_later() {
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"));
    String token = signIn("alice", PASSWORD);
    for (int i = 0; i < 5; i++) {
      requestCode(token);
    }
    assertCognitoError(() -> requestCode(token), LimitExceededException.class, LIMIT);

    fake.clock().advance(HOUR);
    requestCode(signIn("alice", PASSWORD));

    assertThat(fake.outbox().messages()).hasSize(6);
  }

  /* ---- VerifyUserAttribute: 15 an hour ---- */

  @Test
  void sixteenth_verification_within_an_hour_throws_LimitExceededException_even_with_the_right_code() {
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"));
    String token = signIn("alice", PASSWORD);
    requestCode(token);
    String code = lastCode();
    for (int i = 0; i < 15; i++) {
      assertCognitoError(() -> verify(token, WRONG_CODE), CodeMismatchException.class, MISMATCH);
    }

    assertCognitoError(() -> verify(token, code), LimitExceededException.class, LIMIT);
    assertThat(attributes("alice")).doesNotContainEntry("email_verified", "true");
  }

  @Test
  void verification_works_again_an_hour_later() {
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"));
    String token = signIn("alice", PASSWORD);
    requestCode(token);
    String code = lastCode();
    for (int i = 0; i < 15; i++) {
      assertCognitoError(() -> verify(token, WRONG_CODE), CodeMismatchException.class, MISMATCH);
    }
    assertCognitoError(() -> verify(token, code), LimitExceededException.class, LIMIT);

    fake.clock().advance(HOUR);
    verify(signIn("alice", PASSWORD), code);

    assertThat(attributes("alice")).containsEntry("email_verified", "true");
  }

  /* ---- Helpers ---- */

  private void signUp(String username) {
    cognito.signUp(r -> r.clientId(clientId).username(username).password(PASSWORD)
        .userAttributes(attribute("email", username + "@example.com")));
  }

  private void resend(String username) {
    cognito.resendConfirmationCode(r -> r.clientId(clientId).username(username));
  }

  private void confirmSignUp(String username, String code) {
    cognito.confirmSignUp(r -> r.clientId(clientId).username(username).confirmationCode(code));
  }

  private void resetRequested(String username) {
    confirmedUser(cognito, poolId, username, attribute("email", username + "@example.com"),
        attribute("email_verified", "true"));
    cognito.forgotPassword(r -> r.clientId(clientId).username(username));
  }

  private void confirmForgotPassword(String username, String code) {
    cognito.confirmForgotPassword(r -> r.clientId(clientId).username(username).confirmationCode(code)
        .password(NEW_PASSWORD));
  }

  private void changePassword(String token, String previous) {
    cognito.changePassword(r -> r.accessToken(token).previousPassword(previous).proposedPassword(NEW_PASSWORD));
  }

  private void requestCode(String token) {
    cognito.getUserAttributeVerificationCode(r -> r.accessToken(token).attributeName("email"));
  }

  private void verify(String token, String code) {
    cognito.verifyUserAttribute(r -> r.accessToken(token).attributeName("email").code(code));
  }

  private String lastCode() {
    List<SentMessage> messages = fake.outbox().messages();
    return messages.get(messages.size() - 1).code();
  }

  private String signIn(String username, String password) {
    return cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", username, "PASSWORD", password))).authenticationResult().accessToken();
  }

  private UserStatusType status(String username) {
    return cognito.adminGetUser(r -> r.userPoolId(poolId).username(username)).userStatus();
  }

  private Map<String, String> attributes(String username) {
    Map<String, String> attributes = new HashMap<>();
    cognito.adminGetUser(r -> r.userPoolId(poolId).username(username)).userAttributes()
        .forEach(a -> attributes.put(a.name(), a.value()));
    return attributes;
  }
}
