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
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.FeatureUnavailableInTierException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordHistoryPolicyViolationException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolTierType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

class PasswordHistoryTest {

  private static final String USED = "The password you entered has previously been used. Use a different password.";
  private static final String FIRST = "F1rst-Passw0rd";
  private static final String SECOND = "S3cond-Passw0rd";
  private static final String THIRD = "Th1rd-Passw0rd";

  private final FakeCognito fake = FakeCognito.create();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);

  /* ---- Pool settings ---- */

  @Test
  void describe_user_pool_shows_the_history_size() {
    String poolId = historyPool(5);

    assertThat(cognito.describeUserPool(r -> r.userPoolId(poolId)).userPool().policies().passwordPolicy()
        .passwordHistorySize()).isEqualTo(5);
  }

  @Test
  void history_size_above_24_throws_InvalidParameterException() {
    assertCognitoError(() -> historyPool(25), InvalidParameterException.class,
        "1 validation error detected: Value '25' at 'policies.passwordPolicy.passwordHistorySize' failed to satisfy "
            + "constraint: Member must have value less than or equal to 24");
  }

  @Test
  void negative_history_size_throws_InvalidParameterException() {
    assertCognitoError(() -> historyPool(-1), InvalidParameterException.class,
        "1 validation error detected: Value '-1' at 'policies.passwordPolicy.passwordHistorySize' failed to satisfy "
            + "constraint: Member must have value greater than or equal to 0");
  }

  @Test
  void history_size_in_a_lite_pool_throws_FeatureUnavailableInTierException() {
    assertCognitoError(() -> pool(cognito, r -> r.userPoolTier(UserPoolTierType.LITE)
            .policies(p -> p.passwordPolicy(pp -> pp.minimumLength(8).passwordHistorySize(3)))),
        FeatureUnavailableInTierException.class, "Password history is not available in the LITE feature plan.");
  }

  @Test
  void history_size_0_is_accepted_in_a_lite_pool() {
    String poolId = pool(cognito, r -> r.userPoolTier(UserPoolTierType.LITE)
        .policies(p -> p.passwordPolicy(pp -> pp.minimumLength(8).passwordHistorySize(0))));

    assertThat(cognito.describeUserPool(r -> r.userPoolId(poolId)).userPool().userPoolTier())
        .isEqualTo(UserPoolTierType.LITE);
  }

  @Test
  void switching_a_pool_with_history_to_lite_throws_FeatureUnavailableInTierException() {
    String poolId = historyPool(3);

    assertCognitoError(() -> cognito.updateUserPool(r -> r.userPoolId(poolId).userPoolTier(UserPoolTierType.LITE)
            .policies(p -> p.passwordPolicy(pp -> pp.minimumLength(8).passwordHistorySize(3)))),
        FeatureUnavailableInTierException.class, "Password history is not available in the LITE feature plan.");
    assertThat(cognito.describeUserPool(r -> r.userPoolId(poolId)).userPool().userPoolTier())
        .isEqualTo(UserPoolTierType.ESSENTIALS);
  }

  /* ---- ChangePassword ---- */

  @Test
  void change_to_the_current_password_throws_PasswordHistoryPolicyViolationException() {
    String poolId = historyPool(1);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");
    String token = signIn(clientId, PASSWORD).accessToken();

    assertCognitoError(() -> changePassword(token, PASSWORD, PASSWORD),
        PasswordHistoryPolicyViolationException.class, USED);
  }

  @Test
  void change_to_a_password_within_the_history_throws_PasswordHistoryPolicyViolationException() {
    String poolId = historyPool(3);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");
    String token = signIn(clientId, PASSWORD).accessToken();
    changePassword(token, PASSWORD, FIRST);
    changePassword(token, FIRST, SECOND);

    assertCognitoError(() -> changePassword(token, SECOND, PASSWORD),
        PasswordHistoryPolicyViolationException.class, USED);
  }

  @Test
  void refused_change_keeps_the_current_password() {
    String poolId = historyPool(2);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");
    String token = signIn(clientId, PASSWORD).accessToken();
    changePassword(token, PASSWORD, FIRST);

    assertCognitoError(() -> changePassword(token, FIRST, PASSWORD),
        PasswordHistoryPolicyViolationException.class, USED);

    assertThat(signIn(clientId, FIRST).accessToken()).isNotBlank();
    assertCognitoError(() -> signIn(clientId, PASSWORD), NotAuthorizedException.class, "Incorrect username or password.");
  }

  @Test
  void password_older_than_the_history_can_be_used_again() {
    String poolId = historyPool(2);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");
    String token = signIn(clientId, PASSWORD).accessToken();
    changePassword(token, PASSWORD, FIRST);
    changePassword(token, FIRST, SECOND);

    changePassword(token, SECOND, PASSWORD);

    assertThat(signIn(clientId, PASSWORD).accessToken()).isNotBlank();
  }

  @Test
  void without_a_history_size_the_current_password_can_be_set_again() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");
    String token = signIn(clientId, PASSWORD).accessToken();

    changePassword(token, PASSWORD, PASSWORD);

    assertThat(signIn(clientId, PASSWORD).accessToken()).isNotBlank();
  }

  @Test
  void history_size_0_lets_the_current_password_be_set_again() {
    String poolId = historyPool(0);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");
    String token = signIn(clientId, PASSWORD).accessToken();

    changePassword(token, PASSWORD, PASSWORD);

    assertThat(signIn(clientId, PASSWORD).accessToken()).isNotBlank();
  }

  /* ---- ConfirmForgotPassword ---- */

  @Test
  void confirm_forgot_password_with_a_recent_password_throws_PasswordHistoryPolicyViolationException() {
    String poolId = historyPool(3);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"), attribute("email_verified", "true"));
    cognito.forgotPassword(r -> r.clientId(clientId).username("alice"));
    String code = fake.outbox().messages().get(0).code();

    assertCognitoError(() -> cognito.confirmForgotPassword(r -> r.clientId(clientId).username("alice")
        .confirmationCode(code).password(PASSWORD)), PasswordHistoryPolicyViolationException.class, USED);
  }

  @Test
  void code_still_works_after_a_password_refused_by_the_history() {
    String poolId = historyPool(3);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"), attribute("email_verified", "true"));
    cognito.forgotPassword(r -> r.clientId(clientId).username("alice"));
    String code = fake.outbox().messages().get(0).code();
    assertCognitoError(() -> cognito.confirmForgotPassword(r -> r.clientId(clientId).username("alice")
        .confirmationCode(code).password(PASSWORD)), PasswordHistoryPolicyViolationException.class, USED);

    cognito.confirmForgotPassword(r -> r.clientId(clientId).username("alice").confirmationCode(code).password(FIRST));

    assertThat(signIn(clientId, FIRST).accessToken()).isNotBlank();
  }

  /* ---- AdminSetUserPassword ---- */

  @Test
  void permanent_admin_password_from_the_history_throws_PasswordHistoryPolicyViolationException() {
    String poolId = historyPool(2);
    confirmedUser(cognito, poolId, "alice");
    setPassword(poolId, FIRST, true);

    assertCognitoError(() -> setPassword(poolId, PASSWORD, true), PasswordHistoryPolicyViolationException.class, USED);
  }

  @Test
  void temporary_admin_password_may_repeat_a_recent_password() {
    String poolId = historyPool(2);
    confirmedUser(cognito, poolId, "alice");

    setPassword(poolId, PASSWORD, false);

    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")).userStatus())
        .isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
  }

  @Test
  void permanent_admin_password_outside_the_history_is_accepted() {
    String poolId = historyPool(1);
    confirmedUser(cognito, poolId, "alice");
    setPassword(poolId, FIRST, true);

    setPassword(poolId, PASSWORD, true);

    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")).userStatus())
        .isEqualTo(UserStatusType.CONFIRMED);
  }

  /* ---- NEW_PASSWORD_REQUIRED ---- */

  @Test
  void new_password_equal_to_the_temporary_one_throws_PasswordHistoryPolicyViolationException() {
    String poolId = historyPool(1);
    String clientId = client(cognito, poolId).clientId();
    invitedUser(poolId);
    String session = signInResponse(clientId, FIRST).session();

    assertCognitoError(() -> answerNewPassword(clientId, session, FIRST, Map.of()),
        PasswordHistoryPolicyViolationException.class, USED);
  }

  @Test
  void new_password_from_the_history_throws_and_changes_nothing() {
    String poolId = historyPool(3);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");
    setPassword(poolId, FIRST, false);
    String session = signInResponse(clientId, FIRST).session();

    assertCognitoError(() -> answerNewPassword(clientId, session, PASSWORD, Map.of("userAttributes.name", "Alice")),
        PasswordHistoryPolicyViolationException.class, USED);

    AdminGetUserResponse user = cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice"));
    assertThat(user.userStatus()).isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
    assertThat(user.userAttributes()).noneMatch(a -> a.name().equals("name"));
  }

  @Test
  void new_password_outside_the_history_completes_the_challenge() {
    String poolId = historyPool(3);
    String clientId = client(cognito, poolId).clientId();
    invitedUser(poolId);
    String session = signInResponse(clientId, FIRST).session();

    AuthenticationResultType tokens = answerNewPassword(clientId, session, SECOND, Map.of());

    assertThat(tokens.accessToken()).isNotBlank();
  }

  /* ---- Helpers ---- */

  private String historyPool(int size) {
    return pool(cognito, r -> r.policies(p -> p.passwordPolicy(pp -> pp.minimumLength(8).requireUppercase(true)
        .requireLowercase(true).requireNumbers(true).requireSymbols(true).passwordHistorySize(size))));
  }

  private void invitedUser(String poolId) {
    cognito.adminCreateUser(r -> r.userPoolId(poolId).username("alice").temporaryPassword(FIRST)
        .messageAction("SUPPRESS"));
  }

  private void changePassword(String token, String previous, String proposed) {
    cognito.changePassword(r -> r.accessToken(token).previousPassword(previous).proposedPassword(proposed));
  }

  private void setPassword(String poolId, String password, boolean permanent) {
    cognito.adminSetUserPassword(r -> r.userPoolId(poolId).username("alice").password(password).permanent(permanent));
  }

  private InitiateAuthResponse signInResponse(String clientId, String password) {
    return cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", "alice", "PASSWORD", password)));
  }

  private AuthenticationResultType signIn(String clientId, String password) {
    return signInResponse(clientId, password).authenticationResult();
  }

  private AuthenticationResultType answerNewPassword(String clientId, String session, String password,
      Map<String, String> extra) {
    Map<String, String> responses = new HashMap<>(extra);
    responses.put("USERNAME", "alice");
    responses.put("NEW_PASSWORD", password);
    return cognito.respondToAuthChallenge(r -> r.clientId(clientId).challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED)
        .session(session).challengeResponses(responses)).authenticationResult();
  }
}
