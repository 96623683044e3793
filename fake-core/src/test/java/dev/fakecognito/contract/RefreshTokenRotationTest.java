package dev.fakecognito.contract;

import static dev.fakecognito.testing.Fixtures.PASSWORD;
import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.client;
import static dev.fakecognito.testing.Fixtures.confirmedUser;
import static dev.fakecognito.testing.Fixtures.fake;
import static dev.fakecognito.testing.Fixtures.pool;
import static dev.fakecognito.testing.Fixtures.secretHash;
import static dev.fakecognito.testing.Transport.clientFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.fakecognito.FakeCognito;
import java.text.ParseException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.FeatureType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetTokensFromRefreshTokenRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RefreshTokenReuseException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RefreshTokenRotationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TimeUnitsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserLambdaValidationException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

class RefreshTokenRotationTest {

  private static final String ARN = "arn:aws:lambda:us-east-1:123456789012:function:tokens";
  private static final String REUSED = "Refresh Token has already been used";

  private final FakeCognito fake = fake();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);
  private final String poolId = pool(cognito, r -> r.lambdaConfig(l -> l.preTokenGeneration(ARN)));
  /** While set, the Pre token generation handler throws. */
  private final AtomicBoolean triggerFails = new AtomicBoolean();

  RefreshTokenRotationTest() {
    fake.registerLambda(ARN, event -> {
      if (triggerFails.get()) {
        throw new IllegalStateException("claims service down");
      }
      return event;
    });
    confirmedUser(cognito, poolId, "alice");
  }

  private UserPoolClientType rotatingClient(int graceSeconds, Consumer<CreateUserPoolClientRequest.Builder> more) {
    return client(cognito, poolId, r -> more.accept(
        r.refreshTokenRotation(t -> t.feature(FeatureType.ENABLED).retryGracePeriodSeconds(graceSeconds))));
  }

  private String rotatingClient(int graceSeconds) {
    return rotatingClient(graceSeconds, r -> {}).clientId();
  }

  private AuthenticationResultType signIn(String clientId) {
    return cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD))).authenticationResult();
  }

  private AuthenticationResultType refresh(String clientId, String refreshToken) {
    return refresh(r -> r.clientId(clientId).refreshToken(refreshToken));
  }

  private AuthenticationResultType refresh(Consumer<GetTokensFromRefreshTokenRequest.Builder> request) {
    return cognito.getTokensFromRefreshToken(request).authenticationResult();
  }

  private static JWTClaimsSet claims(String jwt) throws ParseException {
    return SignedJWT.parse(jwt).getJWTClaimsSet();
  }

  /* ---- Without rotation ---- */

  @Test
  void client_without_rotation_returns_id_and_access_tokens_only() throws ParseException {
    String clientId = client(cognito, poolId).clientId();
    AuthenticationResultType signedIn = signIn(clientId);

    AuthenticationResultType refreshed = refresh(clientId, signedIn.refreshToken());

    assertThat(refreshed.refreshToken()).isNull();
    assertThat(refreshed.tokenType()).isEqualTo("Bearer");
    assertThat(refreshed.expiresIn()).isEqualTo(3600);
    assertThat(claims(refreshed.idToken()).getStringClaim("cognito:username")).isEqualTo("alice");
    assertThat(claims(refreshed.accessToken()).getStringClaim("origin_jti"))
        .isEqualTo(claims(signedIn.accessToken()).getStringClaim("origin_jti"));
    assertThat(refresh(clientId, signedIn.refreshToken()).accessToken()).isNotBlank();
  }

  @Test
  void refresh_fires_TokenGeneration_RefreshTokens_with_the_client_metadata() {
    String clientId = rotatingClient(0);
    String refreshToken = signIn(clientId).refreshToken();

    refresh(r -> r.clientId(clientId).refreshToken(refreshToken).clientMetadata(Map.of("k", "v")));

    assertThat(fake.triggerInvocations()).last().satisfies(call -> {
      assertThat(call.triggerSource()).isEqualTo("TokenGeneration_RefreshTokens");
      assertThat(call.request()).containsEntry("clientMetadata", Map.of("k", "v"));
    });
  }

  /* ---- Rotation ---- */

  @Test
  void rotating_client_returns_a_new_refresh_token_in_the_same_session() throws ParseException {
    String clientId = rotatingClient(0);
    AuthenticationResultType signedIn = signIn(clientId);
    fake.clock().advance(Duration.ofMinutes(10));

    AuthenticationResultType refreshed = refresh(clientId, signedIn.refreshToken());

    assertThat(refreshed.refreshToken()).isNotBlank().isNotEqualTo(signedIn.refreshToken());
    JWTClaimsSet before = claims(signedIn.idToken());
    JWTClaimsSet after = claims(refreshed.idToken());
    assertThat(after.getStringClaim("origin_jti")).isEqualTo(before.getStringClaim("origin_jti"));
    assertThat(after.getLongClaim("auth_time")).isEqualTo(before.getLongClaim("auth_time"));
    assertThat(after.getJWTID()).isNotEqualTo(before.getJWTID());
    assertThat(refresh(clientId, refreshed.refreshToken()).refreshToken()).isNotBlank();
  }

  @Test
  void rotated_out_token_without_grace_period_throws_RefreshTokenReuseException() {
    String clientId = rotatingClient(0);
    String original = signIn(clientId).refreshToken();
    refresh(clientId, original);

    assertCognitoError(() -> refresh(clientId, original), RefreshTokenReuseException.class, REUSED);
  }

  @Test
  void rotated_out_token_works_within_the_grace_period_and_is_refused_after_it() {
    String clientId = rotatingClient(30);
    String original = signIn(clientId).refreshToken();
    String replacement = refresh(clientId, original).refreshToken();

    fake.clock().advance(Duration.ofSeconds(29));
    String retried = refresh(clientId, original).refreshToken();

    assertThat(retried).isNotBlank().isNotEqualTo(replacement);
    fake.clock().advance(Duration.ofSeconds(1));
    assertCognitoError(() -> refresh(clientId, original), RefreshTokenReuseException.class, REUSED);
    assertThat(refresh(clientId, replacement).refreshToken()).isNotBlank();
    assertThat(refresh(clientId, retried).refreshToken()).isNotBlank();
  }

  @Test
  void grace_period_counts_from_the_first_use() {
    String clientId = rotatingClient(10);
    String original = signIn(clientId).refreshToken();
    refresh(clientId, original);
    fake.clock().advance(Duration.ofSeconds(6));
    refresh(clientId, original);

    fake.clock().advance(Duration.ofSeconds(4));

    assertCognitoError(() -> refresh(clientId, original), RefreshTokenReuseException.class, REUSED);
  }

  @Test
  void replacement_expires_when_the_original_would_have() {
    String clientId = rotatingClient(0, r -> r.refreshTokenValidity(60)
        .tokenValidityUnits(u -> u.refreshToken(TimeUnitsType.MINUTES).accessToken(TimeUnitsType.MINUTES)
            .idToken(TimeUnitsType.MINUTES)).accessTokenValidity(5).idTokenValidity(5)).clientId();
    String original = signIn(clientId).refreshToken();
    fake.clock().advance(Duration.ofMinutes(40));
    String replacement = refresh(clientId, original).refreshToken();

    fake.clock().advance(Duration.ofMinutes(20));

    assertCognitoError(() -> refresh(clientId, replacement), NotAuthorizedException.class,
        "Refresh Token has expired");
  }

  @Test
  void refresh_refused_by_the_trigger_leaves_the_token_unused() {
    String clientId = rotatingClient(0);
    String original = signIn(clientId).refreshToken();
    triggerFails.set(true);

    assertCognitoError(() -> refresh(clientId, original), UserLambdaValidationException.class,
        "PreTokenGeneration failed with error claims service down.");

    triggerFails.set(false);
    assertThat(refresh(clientId, original).refreshToken()).isNotBlank();
  }

  @Test
  void refresh_token_auth_on_a_rotating_client_throws_InvalidParameterException() {
    String clientId = rotatingClient(0);
    String refreshToken = signIn(clientId).refreshToken();

    assertCognitoError(() -> cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
            .authParameters(Map.of("REFRESH_TOKEN", refreshToken))),
        InvalidParameterException.class, "Refresh token rotation is enabled for this client; use "
            + "GetTokensFromRefreshToken instead of REFRESH_TOKEN_AUTH.");
    assertCognitoError(() -> cognito.adminInitiateAuth(r -> r.userPoolId(poolId).clientId(clientId)
            .authFlow(AuthFlowType.REFRESH_TOKEN).authParameters(Map.of("REFRESH_TOKEN", refreshToken))),
        InvalidParameterException.class, "Refresh token rotation is enabled for this client; use "
            + "GetTokensFromRefreshToken instead of REFRESH_TOKEN_AUTH.");
    assertThat(refresh(clientId, refreshToken).refreshToken()).isNotBlank();
  }

  /* ---- Revocation and the user ---- */

  @Test
  void revoked_refresh_token_throws_NotAuthorizedException() {
    String clientId = client(cognito, poolId).clientId();
    String refreshToken = signIn(clientId).refreshToken();
    cognito.revokeToken(r -> r.clientId(clientId).token(refreshToken));

    assertCognitoError(() -> refresh(clientId, refreshToken), NotAuthorizedException.class,
        "Refresh Token has been revoked");
  }

  @Test
  void revoking_a_replacement_ends_the_whole_chain() {
    String clientId = rotatingClient(60);
    String original = signIn(clientId).refreshToken();
    String replacement = refresh(clientId, original).refreshToken();

    cognito.revokeToken(r -> r.clientId(clientId).token(replacement));

    assertCognitoError(() -> refresh(clientId, replacement), NotAuthorizedException.class,
        "Refresh Token has been revoked");
    assertCognitoError(() -> refresh(clientId, original), NotAuthorizedException.class,
        "Refresh Token has been revoked");
  }

  @Test
  void global_sign_out_revokes_the_replacement() {
    String clientId = rotatingClient(0);
    AuthenticationResultType signedIn = signIn(clientId);
    String replacement = refresh(clientId, signedIn.refreshToken()).refreshToken();

    cognito.globalSignOut(r -> r.accessToken(signedIn.accessToken()));

    assertCognitoError(() -> refresh(clientId, replacement), NotAuthorizedException.class,
        "Refresh Token has been revoked");
  }

  @Test
  void disabling_the_user_revokes_the_whole_chain() {
    String clientId = rotatingClient(60);
    String original = signIn(clientId).refreshToken();
    String replacement = refresh(clientId, original).refreshToken();

    cognito.adminDisableUser(r -> r.userPoolId(poolId).username("alice"));

    assertCognitoError(() -> refresh(clientId, replacement), NotAuthorizedException.class,
        "Refresh Token has been revoked");
    assertCognitoError(() -> refresh(clientId, original), NotAuthorizedException.class,
        "Refresh Token has been revoked");
  }

  @Test
  void deleted_user_throws_UserNotFoundException() {
    String clientId = rotatingClient(0);
    String refreshToken = signIn(clientId).refreshToken();
    cognito.adminDeleteUser(r -> r.userPoolId(poolId).username("alice"));

    assertCognitoError(() -> refresh(clientId, refreshToken), UserNotFoundException.class, "User does not exist.");
  }

  /* ---- Bad tokens and clients ---- */

  @Test
  void garbage_token_throws_NotAuthorizedException() {
    String clientId = rotatingClient(0);

    assertCognitoError(() -> refresh(clientId, "not-a-token"), NotAuthorizedException.class,
        "Invalid Refresh Token.");
  }

  @Test
  void token_of_another_client_throws_NotAuthorizedException() {
    String other = client(cognito, poolId).clientId();
    String refreshToken = signIn(other).refreshToken();
    String clientId = rotatingClient(0);

    assertCognitoError(() -> refresh(clientId, refreshToken), NotAuthorizedException.class,
        "Invalid Refresh Token.");
  }

  @Test
  void unknown_client_throws_ResourceNotFoundException() {
    assertCognitoError(() -> refresh("abcdefghijklmnopqrstuvwxyz", "token"), ResourceNotFoundException.class,
        "User pool client abcdefghijklmnopqrstuvwxyz does not exist.");
  }

  @Test
  void missing_refresh_token_throws_InvalidParameterException() {
    String clientId = rotatingClient(0);

    assertCognitoError(() -> refresh(r -> r.clientId(clientId)), InvalidParameterException.class,
        "1 validation error detected: Value null at 'refreshToken' failed to satisfy constraint: "
            + "Member must not be null");
  }

  /* ---- Client secrets ---- */

  @Test
  void client_with_a_secret_needs_the_client_secret() {
    UserPoolClientType client = rotatingClient(0, r -> r.generateSecret(true));
    String refreshToken = cognito.initiateAuth(r -> r.clientId(client.clientId())
        .authFlow(AuthFlowType.USER_PASSWORD_AUTH).authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD,
            "SECRET_HASH", secretHash(client, "alice")))).authenticationResult().refreshToken();

    assertCognitoError(() -> refresh(client.clientId(), refreshToken), NotAuthorizedException.class,
        "Client " + client.clientId() + " is configured with secret but ClientSecret was not received");
    assertCognitoError(
        () -> refresh(r -> r.clientId(client.clientId()).refreshToken(refreshToken).clientSecret("wrong_secret_0123456789ab")),
        NotAuthorizedException.class, "ClientSecret does not match for the client: " + client.clientId());
    assertCognitoError(
        () -> refresh(r -> r.clientId(client.clientId()).refreshToken(refreshToken)
            .clientSecret(secretHash(client, "alice"))),
        NotAuthorizedException.class, "ClientSecret does not match for the client: " + client.clientId());

    assertThat(refresh(r -> r.clientId(client.clientId()).refreshToken(refreshToken)
        .clientSecret(client.clientSecret())).refreshToken()).isNotBlank();
  }

  @Test
  void second_client_secret_is_accepted() {
    UserPoolClientType client = rotatingClient(0, r -> r.generateSecret(true));
    String refreshToken = cognito.initiateAuth(r -> r.clientId(client.clientId())
        .authFlow(AuthFlowType.USER_PASSWORD_AUTH).authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD,
            "SECRET_HASH", secretHash(client, "alice")))).authenticationResult().refreshToken();
    String second = cognito.addUserPoolClientSecret(r -> r.userPoolId(poolId).clientId(client.clientId()))
        .clientSecretDescriptor().clientSecretValue();

    assertThat(refresh(r -> r.clientId(client.clientId()).refreshToken(refreshToken).clientSecret(second))
        .refreshToken()).isNotBlank();
  }

  /* ---- The setting ---- */

  @Test
  void setting_is_stored_and_described() {
    String clientId = rotatingClient(45);

    RefreshTokenRotationType rotation = cognito.describeUserPoolClient(r -> r.userPoolId(poolId).clientId(clientId))
        .userPoolClient().refreshTokenRotation();

    assertThat(rotation.feature()).isEqualTo(FeatureType.ENABLED);
    assertThat(rotation.retryGracePeriodSeconds()).isEqualTo(45);
  }

  @Test
  void client_without_the_setting_reports_rotation_disabled() {
    UserPoolClientType client = client(cognito, poolId);

    assertThat(client.refreshTokenRotation().feature()).isEqualTo(FeatureType.DISABLED);
    assertThat(client.refreshTokenRotation().retryGracePeriodSeconds()).isZero();
  }

  @Test
  void grace_period_left_out_is_zero() {
    UserPoolClientType client = client(cognito, poolId, r -> r.refreshTokenRotation(t -> t.feature(FeatureType.ENABLED)));

    assertThat(client.refreshTokenRotation().retryGracePeriodSeconds()).isZero();
  }

  @Test
  void update_can_turn_rotation_on() {
    String clientId = client(cognito, poolId).clientId();
    String refreshToken = signIn(clientId).refreshToken();

    cognito.updateUserPoolClient(r -> r.userPoolId(poolId).clientId(clientId).clientName("app")
        .refreshTokenRotation(t -> t.feature(FeatureType.ENABLED).retryGracePeriodSeconds(0)));

    assertThat(refresh(clientId, refreshToken).refreshToken()).isNotBlank();
    assertCognitoError(() -> refresh(clientId, refreshToken), RefreshTokenReuseException.class, REUSED);
  }

  @Test
  void grace_period_over_60_throws_InvalidParameterException() {
    assertCognitoError(() -> rotatingClient(61), InvalidParameterException.class,
        "1 validation error detected: Value '61' at 'refreshTokenRotation.retryGracePeriodSeconds' failed to "
            + "satisfy constraint: Member must have value less than or equal to 60");
  }

  @Test
  void negative_grace_period_throws_InvalidParameterException() {
    assertCognitoError(() -> rotatingClient(-1), InvalidParameterException.class,
        "1 validation error detected: Value '-1' at 'refreshTokenRotation.retryGracePeriodSeconds' failed to "
            + "satisfy constraint: Member must have value greater than or equal to 0");
  }

  @Test
  void setting_without_feature_throws_InvalidParameterException() {
    assertCognitoError(() -> client(cognito, poolId, r -> r.refreshTokenRotation(t -> t.retryGracePeriodSeconds(5))),
        InvalidParameterException.class, "1 validation error detected: Value null at 'refreshTokenRotation.feature' "
            + "failed to satisfy constraint: Member must not be null");
  }

  @Test
  void update_with_an_invalid_grace_period_changes_nothing() {
    String clientId = rotatingClient(5);

    assertCognitoError(() -> cognito.updateUserPoolClient(r -> r.userPoolId(poolId).clientId(clientId)
            .clientName("app").refreshTokenRotation(t -> t.feature(FeatureType.ENABLED).retryGracePeriodSeconds(99))),
        InvalidParameterException.class,
        "1 validation error detected: Value '99' at 'refreshTokenRotation.retryGracePeriodSeconds' failed to "
            + "satisfy constraint: Member must have value less than or equal to 60");
    assertThat(cognito.describeUserPoolClient(r -> r.userPoolId(poolId).clientId(clientId)).userPoolClient()
        .refreshTokenRotation().retryGracePeriodSeconds()).isEqualTo(5);
  }
}
