package dev.fakecognito.contract;

import static dev.fakecognito.testing.Transport.clientFor;
import static dev.fakecognito.testing.Fixtures.PASSWORD;
import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.client;
import static dev.fakecognito.testing.Fixtures.confirmedUser;
import static dev.fakecognito.testing.Fixtures.pool;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.srp.CognitoSrp;
import dev.fakecognito.srp.SrpSignIn;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminInitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFactorType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;

/**
 * The temporary lock-out after repeated wrong passwords: the fifth wrong password in a row locks
 * the user out for one second, each further one for twice as long up to 15 minutes, and every
 * password sign-in path shares one count.
 */
class LockoutTest {

  private static final String WRONG = "Wr0ng-Passw0rd!";
  private static final String INCORRECT = "Incorrect username or password.";
  private static final String LOCKED = "Password attempts exceeded";

  private final FakeCognito fake = FakeCognito.create();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);
  private final String poolId = pool(cognito, r -> r.policies(p -> p.signInPolicy(
      s -> s.allowedFirstAuthFactors(AuthFactorType.PASSWORD))));
  private final String clientId = client(cognito, poolId, r -> r.explicitAuthFlows(
      ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH,
      ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH, ExplicitAuthFlowsType.ALLOW_USER_AUTH,
      ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)).clientId();
  private final CognitoSrp srp = CognitoSrp.builder().client(cognito).userPoolId(poolId).clientId(clientId)
      .clock(fake.clock()).build();

  LockoutTest() {
    confirmedUser(cognito, poolId, "alice");
  }

  /** Every way a user proves a password at sign-in. */
  enum PasswordPath {
    USER_PASSWORD_AUTH,
    ADMIN_USER_PASSWORD_AUTH,
    USER_SRP_AUTH,
    ADMIN_USER_SRP_AUTH,
    USER_AUTH_PASSWORD,
    USER_AUTH_PASSWORD_SRP
  }

  /* ---- Counting and locking ---- */

  @ParameterizedTest
  @EnumSource(PasswordPath.class)
  void four_wrong_passwords_leave_the_right_password_working(PasswordPath path) {
    failTimes(path, 4);

    assertThat(signIn(path, "alice", PASSWORD).accessToken()).isNotBlank();
  }

  @ParameterizedTest
  @EnumSource(PasswordPath.class)
  void fifth_wrong_password_locks_the_user_out_for_one_second(PasswordPath path) {
    failTimes(path, 5);

    assertLocked(path, PASSWORD);
    fake.clock().advance(Duration.ofMillis(999));
    assertLocked(path, PASSWORD);
    fake.clock().advance(Duration.ofMillis(1));
    assertThat(signIn(path, "alice", PASSWORD).accessToken()).isNotBlank();
  }

  @ParameterizedTest
  @EnumSource(PasswordPath.class)
  void each_further_wrong_password_doubles_the_lock_out_up_to_15_minutes(PasswordPath path) {
    failTimes(path, 4);
    long[] expectedSeconds = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900};

    for (long seconds : expectedSeconds) {
      assertIncorrect(path, WRONG);
      fake.clock().advance(Duration.ofSeconds(seconds).minusMillis(1));
      assertLocked(path, PASSWORD);
      fake.clock().advance(Duration.ofMillis(1));
    }
    // Waiting out the longest lock-out is also 15 quiet minutes: the count starts again.
    assertIncorrect(path, WRONG);
    assertThat(signIn(path, "alice", PASSWORD).accessToken()).isNotBlank();
  }

  @ParameterizedTest
  @EnumSource(PasswordPath.class)
  void attempts_during_a_lock_out_neither_count_nor_extend_it(PasswordPath path) {
    failTimes(path, 5);
    for (int i = 0; i < 3; i++) {
      assertLocked(path, WRONG);
    }

    fake.clock().advance(Duration.ofSeconds(1));
    assertIncorrect(path, WRONG);
    // The sixth counted failure locks for two seconds, not more.
    fake.clock().advance(Duration.ofMillis(1999));
    assertLocked(path, PASSWORD);
    fake.clock().advance(Duration.ofMillis(1));
    assertThat(signIn(path, "alice", PASSWORD).accessToken()).isNotBlank();
  }

  @ParameterizedTest
  @EnumSource(PasswordPath.class)
  void right_password_after_the_lock_out_starts_the_count_again(PasswordPath path) {
    failTimes(path, 5);
    fake.clock().advance(Duration.ofSeconds(1));
    assertIncorrect(path, WRONG);
    fake.clock().advance(Duration.ofSeconds(2));
    signIn(path, "alice", PASSWORD);

    failTimes(path, 4);
    assertThat(signIn(path, "alice", PASSWORD).accessToken()).isNotBlank();
    failTimes(path, 5);
    fake.clock().advance(Duration.ofSeconds(1));
    assertThat(signIn(path, "alice", PASSWORD).accessToken()).isNotBlank();
  }

  @Test
  void right_password_before_the_fifth_failure_starts_the_count_again() {
    failTimes(PasswordPath.USER_PASSWORD_AUTH, 4);
    signIn(PasswordPath.USER_PASSWORD_AUTH, "alice", PASSWORD);

    failTimes(PasswordPath.USER_PASSWORD_AUTH, 4);

    assertThat(signIn(PasswordPath.USER_PASSWORD_AUTH, "alice", PASSWORD).accessToken()).isNotBlank();
  }

  @Test
  void fifteen_quiet_minutes_after_a_lock_out_start_the_count_again() {
    failTimes(PasswordPath.USER_PASSWORD_AUTH, 5);
    fake.clock().advance(Duration.ofMinutes(15));

    assertIncorrect(PasswordPath.USER_PASSWORD_AUTH, WRONG);

    assertThat(signIn(PasswordPath.USER_PASSWORD_AUTH, "alice", PASSWORD).accessToken()).isNotBlank();
  }

  @Test
  void wrong_passwords_below_the_threshold_do_not_expire() {
    failTimes(PasswordPath.USER_PASSWORD_AUTH, 4);
    fake.clock().advance(Duration.ofDays(1));

    assertIncorrect(PasswordPath.USER_PASSWORD_AUTH, WRONG);

    assertLocked(PasswordPath.USER_PASSWORD_AUTH, PASSWORD);
  }

  /* ---- Scope of the count ---- */

  @Test
  void all_password_paths_share_one_count() {
    failTimes(PasswordPath.USER_PASSWORD_AUTH, 2);
    failTimes(PasswordPath.USER_SRP_AUTH, 2);
    failTimes(PasswordPath.USER_AUTH_PASSWORD, 1);

    assertLocked(PasswordPath.ADMIN_USER_PASSWORD_AUTH, PASSWORD);
    assertLocked(PasswordPath.USER_AUTH_PASSWORD_SRP, PASSWORD);
  }

  @Test
  void lock_out_is_per_user() {
    confirmedUser(cognito, poolId, "bob");
    failTimes(PasswordPath.USER_PASSWORD_AUTH, 5);

    assertThat(signIn(PasswordPath.USER_PASSWORD_AUTH, "bob", PASSWORD).accessToken()).isNotBlank();
  }

  @Test
  void setting_a_new_password_does_not_end_the_lock_out() {
    failTimes(PasswordPath.USER_PASSWORD_AUTH, 5);

    cognito.adminSetUserPassword(r -> r.userPoolId(poolId).username("alice").password("An0ther-Passw0rd!")
        .permanent(true));

    assertLocked(PasswordPath.USER_PASSWORD_AUTH, "An0ther-Passw0rd!");
  }

  @Test
  void lock_out_does_not_stop_refreshing_tokens() {
    AuthenticationResultType tokens = signIn(PasswordPath.USER_PASSWORD_AUTH, "alice", PASSWORD);
    failTimes(PasswordPath.USER_PASSWORD_AUTH, 5);

    assertThat(cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
        .authParameters(Map.of("REFRESH_TOKEN", tokens.refreshToken()))).authenticationResult().accessToken())
        .isNotBlank();
  }

  @Test
  void srp_sign_in_of_a_locked_out_user_fails_at_the_password_verifier() {
    failTimes(PasswordPath.USER_SRP_AUTH, 5);
    SrpSignIn signIn = srp.newSignIn("alice");

    InitiateAuthResponse challenge = signIn.initiateAuth();

    assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.PASSWORD_VERIFIER);
    assertCognitoError(() -> signIn.respondToPasswordVerifier(challenge, PASSWORD), NotAuthorizedException.class,
        LOCKED);
  }

  /* ---- Helpers ---- */

  private void failTimes(PasswordPath path, int times) {
    for (int i = 0; i < times; i++) {
      assertIncorrect(path, WRONG);
    }
  }

  private void assertIncorrect(PasswordPath path, String password) {
    assertCognitoError(() -> signIn(path, "alice", password), NotAuthorizedException.class, INCORRECT);
  }

  private void assertLocked(PasswordPath path, String password) {
    assertCognitoError(() -> signIn(path, "alice", password), NotAuthorizedException.class, LOCKED);
  }

  /** Signs in along {@code path} to the end, and returns the tokens. */
  private AuthenticationResultType signIn(PasswordPath path, String username, String password) {
    return switch (path) {
      case USER_PASSWORD_AUTH -> cognito.initiateAuth(r -> r.clientId(clientId)
          .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
          .authParameters(Map.of("USERNAME", username, "PASSWORD", password))).authenticationResult();
      case ADMIN_USER_PASSWORD_AUTH -> cognito.adminInitiateAuth(r -> r.userPoolId(poolId).clientId(clientId)
          .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
          .authParameters(Map.of("USERNAME", username, "PASSWORD", password))).authenticationResult();
      case USER_SRP_AUTH -> srp.signIn(username, password);
      case ADMIN_USER_SRP_AUTH -> {
        SrpSignIn signIn = srp.newSignIn(username);
        AdminInitiateAuthResponse challenge = cognito.adminInitiateAuth(r -> r.userPoolId(poolId)
            .clientId(clientId).authFlow(AuthFlowType.USER_SRP_AUTH).authParameters(signIn.authParameters()));
        yield cognito.adminRespondToAuthChallenge(r -> r.userPoolId(poolId).clientId(clientId)
            .challengeName(ChallengeNameType.PASSWORD_VERIFIER)
            .challengeResponses(signIn.passwordVerifierResponses(challenge.challengeParameters(), password)))
            .authenticationResult();
      }
      case USER_AUTH_PASSWORD -> cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_AUTH)
          .authParameters(Map.of("USERNAME", username, "PREFERRED_CHALLENGE", "PASSWORD", "PASSWORD", password)))
          .authenticationResult();
      case USER_AUTH_PASSWORD_SRP -> {
        SrpSignIn signIn = srp.newSignIn(username);
        Map<String, String> parameters = new HashMap<>(signIn.authParameters());
        parameters.put("PREFERRED_CHALLENGE", "PASSWORD_SRP");
        InitiateAuthResponse challenge = cognito.initiateAuth(r -> r.clientId(clientId)
            .authFlow(AuthFlowType.USER_AUTH).authParameters(parameters));
        assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.PASSWORD_VERIFIER);
        yield signIn.respondToPasswordVerifier(challenge, password).authenticationResult();
      }
    };
  }
}
