package dev.fakecognito.contract;

import static dev.fakecognito.testing.Transport.clientFor;
import static dev.fakecognito.testing.Fixtures.PASSWORD;
import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.client;
import static dev.fakecognito.testing.Fixtures.confirmedUser;
import static dev.fakecognito.testing.Fixtures.fake;
import static dev.fakecognito.testing.Fixtures.pool;
import static dev.fakecognito.testing.Fixtures.secretHash;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.fakecognito.testing.Fixtures;
import dev.fakecognito.FakeCognito;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnauthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnsupportedOperationException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnsupportedTokenTypeException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

class TokenRevocationTest {

  private static final String ACCESS_REVOKED = "Access Token has been revoked";
  private static final String REFRESH_REVOKED = "Refresh Token has been revoked";

  private final FakeCognito fake = fake();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);
  private final String poolId = pool(cognito);
  private final String clientId = client(cognito, poolId).clientId();

  /* ---- GlobalSignOut ---- */

  @Test
  void global_sign_out_revokes_every_session_of_the_user() {
    confirmedUser(cognito, poolId, "alice");
    AuthenticationResultType first = signIn("alice");
    AuthenticationResultType second = signIn("alice");

    cognito.globalSignOut(r -> r.accessToken(first.accessToken()));

    assertAccessRevoked(first.accessToken());
    assertAccessRevoked(second.accessToken());
    assertRefreshRevoked(first.refreshToken());
    assertRefreshRevoked(second.refreshToken());
  }

  @Test
  void global_sign_out_also_revokes_access_tokens_issued_by_refresh() {
    confirmedUser(cognito, poolId, "alice");
    AuthenticationResultType tokens = signIn("alice");
    String refreshed = refresh(tokens.refreshToken()).accessToken();

    cognito.globalSignOut(r -> r.accessToken(tokens.accessToken()));

    assertAccessRevoked(refreshed);
  }

  @Test
  void global_sign_out_leaves_other_users_signed_in() {
    confirmedUser(cognito, poolId, "alice");
    confirmedUser(cognito, poolId, "bob");
    String alice = signIn("alice").accessToken();
    AuthenticationResultType bob = signIn("bob");

    cognito.globalSignOut(r -> r.accessToken(alice));

    assertThat(cognito.getUser(r -> r.accessToken(bob.accessToken())).username()).isEqualTo("bob");
    assertThat(refresh(bob.refreshToken()).accessToken()).isNotBlank();
  }

  @Test
  void signing_in_again_at_the_same_instant_gives_working_tokens() {
    confirmedUser(cognito, poolId, "alice");
    String old = signIn("alice").accessToken();
    cognito.globalSignOut(r -> r.accessToken(old));

    AuthenticationResultType fresh = signIn("alice");

    assertThat(cognito.getUser(r -> r.accessToken(fresh.accessToken())).username()).isEqualTo("alice");
    assertThat(refresh(fresh.refreshToken()).accessToken()).isNotBlank();
  }

  @Test
  void global_sign_out_with_a_revoked_token_throws_NotAuthorizedException() {
    confirmedUser(cognito, poolId, "alice");
    String token = signIn("alice").accessToken();
    cognito.globalSignOut(r -> r.accessToken(token));

    assertCognitoError(() -> cognito.globalSignOut(r -> r.accessToken(token)), NotAuthorizedException.class,
        ACCESS_REVOKED);
  }

  @Test
  void global_sign_out_with_an_expired_token_throws_NotAuthorizedException() {
    confirmedUser(cognito, poolId, "alice");
    String token = signIn("alice").accessToken();
    fake.clock().advance(Duration.ofHours(1));

    assertCognitoError(() -> cognito.globalSignOut(r -> r.accessToken(token)), NotAuthorizedException.class,
        "Access Token has expired");
  }

  @Test
  void revoked_access_token_is_refused_by_every_access_token_operation() {
    confirmedUser(cognito, poolId, "alice");
    String token = signIn("alice").accessToken();
    cognito.globalSignOut(r -> r.accessToken(token));

    assertCognitoError(() -> cognito.changePassword(r -> r.accessToken(token).previousPassword(PASSWORD)
        .proposedPassword("N3w-Passw0rd")), NotAuthorizedException.class, ACCESS_REVOKED);
    assertCognitoError(() -> cognito.deleteUser(r -> r.accessToken(token)), NotAuthorizedException.class,
        ACCESS_REVOKED);
  }

  /* ---- AdminUserGlobalSignOut ---- */

  @Test
  void admin_global_sign_out_revokes_access_and_refresh_tokens() {
    confirmedUser(cognito, poolId, "alice");
    AuthenticationResultType tokens = signIn("alice");

    cognito.adminUserGlobalSignOut(r -> r.userPoolId(poolId).username("alice"));

    assertAccessRevoked(tokens.accessToken());
    assertRefreshRevoked(tokens.refreshToken());
  }

  @Test
  void admin_global_sign_out_of_an_unknown_user_throws_UserNotFoundException() {
    assertCognitoError(() -> cognito.adminUserGlobalSignOut(r -> r.userPoolId(poolId).username("nobody")),
        UserNotFoundException.class, "User does not exist.");
  }

  @Test
  void admin_global_sign_out_without_username_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.adminUserGlobalSignOut(r -> r.userPoolId(poolId)),
        InvalidParameterException.class,
        "1 validation error detected: Value null at 'username' failed to satisfy constraint: Member must not be null");
  }

  @Test
  void admin_global_sign_out_in_an_unknown_pool_throws_ResourceNotFoundException() {
    assertCognitoError(() -> cognito.adminUserGlobalSignOut(r -> r.userPoolId("us-east-1_nothere").username("a")),
        ResourceNotFoundException.class, "User pool us-east-1_nothere does not exist.");
  }

  /* ---- RevokeToken ---- */

  @Test
  void revoke_token_revokes_the_refresh_token_and_the_access_tokens_of_its_sign_in() {
    confirmedUser(cognito, poolId, "alice");
    AuthenticationResultType tokens = signIn("alice");
    String refreshed = refresh(tokens.refreshToken()).accessToken();

    cognito.revokeToken(r -> r.clientId(clientId).token(tokens.refreshToken()));

    assertRefreshRevoked(tokens.refreshToken());
    assertAccessRevoked(tokens.accessToken());
    assertAccessRevoked(refreshed);
  }

  @Test
  void revoke_token_leaves_the_other_sessions_of_the_user_alone() {
    confirmedUser(cognito, poolId, "alice");
    AuthenticationResultType revoked = signIn("alice");
    AuthenticationResultType kept = signIn("alice");

    cognito.revokeToken(r -> r.clientId(clientId).token(revoked.refreshToken()));

    assertThat(cognito.getUser(r -> r.accessToken(kept.accessToken())).username()).isEqualTo("alice");
    assertThat(refresh(kept.refreshToken()).accessToken()).isNotBlank();
  }

  @Test
  void revoking_a_token_twice_succeeds() {
    confirmedUser(cognito, poolId, "alice");
    String refreshToken = signIn("alice").refreshToken();
    cognito.revokeToken(r -> r.clientId(clientId).token(refreshToken));

    assertThatCode(() -> cognito.revokeToken(r -> r.clientId(clientId).token(refreshToken)))
        .doesNotThrowAnyException();
  }

  @Test
  void revoking_an_unreadable_token_succeeds_silently() {
    assertThatCode(() -> cognito.revokeToken(r -> r.clientId(clientId).token("a.b.c.d.e")))
        .doesNotThrowAnyException();
  }

  @Test
  void revoking_through_another_client_leaves_the_token_valid() {
    confirmedUser(cognito, poolId, "alice");
    String refreshToken = signIn("alice").refreshToken();
    String otherClient = client(cognito, poolId).clientId();

    cognito.revokeToken(r -> r.clientId(otherClient).token(refreshToken));

    assertThat(refresh(refreshToken).accessToken()).isNotBlank();
  }

  @Test
  void revoking_through_a_client_with_its_secret_works() {
    UserPoolClientType secretClient = client(cognito, poolId, r -> r.generateSecret(true));
    confirmedUser(cognito, poolId, "alice");
    String refreshToken = signIn(secretClient, "alice").refreshToken();

    cognito.revokeToken(r -> r.clientId(secretClient.clientId()).clientSecret(secretClient.clientSecret())
        .token(refreshToken));

    assertCognitoError(() -> cognito.initiateAuth(r -> r.clientId(secretClient.clientId())
            .authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
            .authParameters(Map.of("REFRESH_TOKEN", refreshToken, "SECRET_HASH", secretHash(secretClient, "alice")))),
        NotAuthorizedException.class, REFRESH_REVOKED);
  }

  @Test
  void client_secret_missing_throws_UnauthorizedException() {
    UserPoolClientType secretClient = client(cognito, poolId, r -> r.generateSecret(true));

    assertCognitoError(() -> cognito.revokeToken(r -> r.clientId(secretClient.clientId()).token("a.b.c.d.e")),
        UnauthorizedException.class, "Invalid client credentials.");
  }

  @Test
  void wrong_client_secret_throws_UnauthorizedException() {
    UserPoolClientType secretClient = client(cognito, poolId, r -> r.generateSecret(true));

    assertCognitoError(() -> cognito.revokeToken(r -> r.clientId(secretClient.clientId())
            .clientSecret("wrongwrongwrongwrongwrongwrong").token("a.b.c.d.e")),
        UnauthorizedException.class, "Invalid client credentials.");
  }

  @Test
  void unknown_client_throws_UnauthorizedException() {
    assertCognitoError(() -> cognito.revokeToken(r -> r.clientId("nosuchclient").token("a.b.c.d.e")),
        UnauthorizedException.class, "Invalid client credentials.");
  }

  @Test
  void client_without_token_revocation_throws_UnsupportedOperationException() {
    String legacyClient = client(cognito, poolId, r -> r.enableTokenRevocation(false)).clientId();

    assertCognitoError(() -> cognito.revokeToken(r -> r.clientId(legacyClient).token("a.b.c.d.e")),
        UnsupportedOperationException.class, "Token revocation is not enabled for this app client.");
  }

  @Test
  void access_token_throws_UnsupportedTokenTypeException() {
    confirmedUser(cognito, poolId, "alice");
    String accessToken = signIn("alice").accessToken();

    assertCognitoError(() -> cognito.revokeToken(r -> r.clientId(clientId).token(accessToken)),
        UnsupportedTokenTypeException.class, "Unsupported token type. Only refresh tokens can be revoked.");
  }

  @Test
  void revoke_without_token_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.revokeToken(r -> r.clientId(clientId)), InvalidParameterException.class,
        "1 validation error detected: Value null at 'token' failed to satisfy constraint: Member must not be null");
  }

  @Test
  void revoke_without_client_id_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.revokeToken(r -> r.token("a.b.c.d.e")), InvalidParameterException.class,
        "1 validation error detected: Value null at 'clientId' failed to satisfy constraint: Member must not be null");
  }

  /* ---- AdminDisableUser ---- */

  @Test
  void disabling_a_user_revokes_their_tokens() {
    confirmedUser(cognito, poolId, "alice");
    AuthenticationResultType tokens = signIn("alice");

    cognito.adminDisableUser(r -> r.userPoolId(poolId).username("alice"));

    assertAccessRevoked(tokens.accessToken());
    assertRefreshRevoked(tokens.refreshToken());
  }

  @Test
  void enabling_the_user_again_does_not_bring_old_tokens_back() {
    confirmedUser(cognito, poolId, "alice");
    AuthenticationResultType tokens = signIn("alice");
    cognito.adminDisableUser(r -> r.userPoolId(poolId).username("alice"));

    cognito.adminEnableUser(r -> r.userPoolId(poolId).username("alice"));

    assertAccessRevoked(tokens.accessToken());
    assertThat(cognito.getUser(r -> r.accessToken(signIn("alice").accessToken())).username()).isEqualTo("alice");
  }

  /* ---- Helpers ---- */

  private AuthenticationResultType signIn(String username) {
    return Fixtures.signIn(cognito, clientId, username, PASSWORD);
  }

  private AuthenticationResultType signIn(UserPoolClientType client, String username) {
    Map<String, String> parameters = new HashMap<>(Map.of("USERNAME", username, "PASSWORD", PASSWORD));
    parameters.put("SECRET_HASH", secretHash(client, username));
    return cognito.initiateAuth(r -> r.clientId(client.clientId()).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(parameters)).authenticationResult();
  }

  private AuthenticationResultType refresh(String refreshToken) {
    return cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
        .authParameters(Map.of("REFRESH_TOKEN", refreshToken))).authenticationResult();
  }

  private void assertAccessRevoked(String accessToken) {
    assertCognitoError(() -> cognito.getUser(r -> r.accessToken(accessToken)), NotAuthorizedException.class,
        ACCESS_REVOKED);
  }

  private void assertRefreshRevoked(String refreshToken) {
    assertCognitoError(() -> refresh(refreshToken), NotAuthorizedException.class, REFRESH_REVOKED);
  }
}
