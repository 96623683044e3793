package dev.fakecognito.contract;

import static dev.fakecognito.testing.Fixtures.PASSWORD;
import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.assertInvalidPaginationToken;
import static dev.fakecognito.testing.Fixtures.client;
import static dev.fakecognito.testing.Fixtures.confirmedUser;
import static dev.fakecognito.testing.Fixtures.fake;
import static dev.fakecognito.testing.Fixtures.pool;
import static dev.fakecognito.testing.Transport.clientFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.internal.users.SecretHashes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ClientSecretDescriptorType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LimitExceededException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnauthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

class ClientSecretsTest {

  private static final String OWN_SECRET = "my_own_second_secret_0123456789";

  private final FakeCognito fake = fake();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);
  private final String poolId = pool(cognito);
  private final UserPoolClientType client = client(cognito, poolId, r -> r.generateSecret(true));
  private final String clientId = client.clientId();

  private ClientSecretDescriptorType add(String secret) {
    return cognito.addUserPoolClientSecret(r -> r.userPoolId(poolId).clientId(clientId).clientSecret(secret))
        .clientSecretDescriptor();
  }

  private ClientSecretDescriptorType addGenerated() {
    return cognito.addUserPoolClientSecret(r -> r.userPoolId(poolId).clientId(clientId)).clientSecretDescriptor();
  }

  private List<ClientSecretDescriptorType> list() {
    return cognito.listUserPoolClientSecrets(r -> r.userPoolId(poolId).clientId(clientId)).clientSecrets();
  }

  private String describedSecret() {
    return cognito.describeUserPoolClient(r -> r.userPoolId(poolId).clientId(clientId)).userPoolClient()
        .clientSecret();
  }

  private void signInWithSecret(String secret) {
    cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD,
            "SECRET_HASH", SecretHashes.compute(secret, "alice", clientId))));
  }

  /* ---- ListUserPoolClientSecrets ---- */

  @Test
  void new_client_lists_its_one_secret_without_the_value() {
    List<ClientSecretDescriptorType> secrets = list();

    assertThat(secrets).singleElement().satisfies(s -> {
      assertThat(s.clientSecretId()).isEqualTo(clientId + "--" + client.creationDate().toEpochMilli());
      assertThat(s.clientSecretCreateDate()).isEqualTo(client.creationDate());
      assertThat(s.clientSecretValue()).isNull();
    });
  }

  @Test
  void client_without_a_secret_lists_none() {
    String publicClient = client(cognito, poolId).clientId();

    assertThat(cognito.listUserPoolClientSecrets(r -> r.userPoolId(poolId).clientId(publicClient)).clientSecrets())
        .isEmpty();
  }

  @Test
  void listing_has_no_next_page() {
    addGenerated();

    assertThat(cognito.listUserPoolClientSecrets(r -> r.userPoolId(poolId).clientId(clientId)).nextToken()).isNull();
  }

  @Test
  void listing_with_a_foreign_token_throws_InvalidParameterException() {
    assertInvalidPaginationToken(
        () -> cognito.listUserPoolClientSecrets(r -> r.userPoolId(poolId).clientId(clientId).nextToken("bogus")),
        "bogus");
  }

  @Test
  void listing_an_unknown_client_throws_ResourceNotFoundException() {
    assertCognitoError(
        () -> cognito.listUserPoolClientSecrets(r -> r.userPoolId(poolId).clientId("abcdefghijklmnopqrstuvwxyz")),
        ResourceNotFoundException.class, "User pool client abcdefghijklmnopqrstuvwxyz does not exist.");
  }

  /* ---- AddUserPoolClientSecret ---- */

  @Test
  void generated_secret_is_returned_once_and_listed_after_the_first() {
    fake.clock().advance(Duration.ofMinutes(5));
    Instant now = fake.clock().instant();

    ClientSecretDescriptorType added = addGenerated();

    assertThat(added.clientSecretId()).isEqualTo(clientId + "--" + now.toEpochMilli());
    assertThat(added.clientSecretCreateDate()).isEqualTo(now);
    assertThat(added.clientSecretValue()).matches("[a-z0-9]{51}").isNotEqualTo(client.clientSecret());
    assertThat(list()).extracting(ClientSecretDescriptorType::clientSecretId)
        .containsExactly(clientId + "--" + client.creationDate().toEpochMilli(), added.clientSecretId());
    assertThat(list()).extracting(ClientSecretDescriptorType::clientSecretValue).containsOnlyNulls();
  }

  @Test
  void supplied_secret_is_not_echoed() {
    ClientSecretDescriptorType added = add(OWN_SECRET);

    assertThat(added.clientSecretValue()).isNull();
    assertThat(added.clientSecretId()).startsWith(clientId + "--");
  }

  @Test
  void secrets_added_at_the_same_instant_get_distinct_ids() {
    ClientSecretDescriptorType added = addGenerated();

    assertThat(added.clientSecretId()).isEqualTo(clientId + "--" + (client.creationDate().toEpochMilli() + 1));
  }

  @Test
  void describe_keeps_showing_the_oldest_secret() {
    add(OWN_SECRET);

    assertThat(describedSecret()).isEqualTo(client.clientSecret());
  }

  @Test
  void secret_hash_with_either_secret_is_accepted() {
    confirmedUser(cognito, poolId, "alice");
    add(OWN_SECRET);

    signInWithSecret(client.clientSecret());
    signInWithSecret(OWN_SECRET);
  }

  @Test
  void revoke_token_accepts_either_secret() {
    confirmedUser(cognito, poolId, "alice");
    add(OWN_SECRET);
    String refreshToken = cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD,
            "SECRET_HASH", SecretHashes.compute(OWN_SECRET, "alice", clientId))))
        .authenticationResult().refreshToken();

    cognito.revokeToken(r -> r.clientId(clientId).clientSecret(OWN_SECRET).token(refreshToken));

    assertCognitoError(() -> cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
            .authParameters(Map.of("REFRESH_TOKEN", refreshToken,
                "SECRET_HASH", SecretHashes.compute(client.clientSecret(), "alice", clientId)))),
        NotAuthorizedException.class, "Refresh Token has been revoked");
  }

  @Test
  void third_secret_throws_LimitExceededException_and_changes_nothing() {
    add(OWN_SECRET);

    assertCognitoError(this::addGenerated, LimitExceededException.class,
        "An app client can have at most 2 client secrets.");
    assertThat(list()).hasSize(2);
  }

  @Test
  void adding_to_a_client_without_a_secret_throws_InvalidParameterException() {
    String publicClient = client(cognito, poolId).clientId();

    assertCognitoError(() -> cognito.addUserPoolClientSecret(r -> r.userPoolId(poolId).clientId(publicClient)),
        InvalidParameterException.class,
        "Cannot add a client secret to an app client that was created without one.");
    assertThat(cognito.listUserPoolClientSecrets(r -> r.userPoolId(poolId).clientId(publicClient)).clientSecrets())
        .isEmpty();
  }

  @Test
  void supplied_secret_under_24_characters_throws_InvalidParameterException() {
    assertCognitoError(() -> add("short"), InvalidParameterException.class,
        "1 validation error detected: Value at 'clientSecret' failed to satisfy constraint: "
            + "Member must have length greater than or equal to 24");
    assertThat(list()).hasSize(1);
  }

  @Test
  void supplied_secret_over_64_characters_throws_InvalidParameterException() {
    assertCognitoError(() -> add("a".repeat(65)), InvalidParameterException.class,
        "1 validation error detected: Value at 'clientSecret' failed to satisfy constraint: "
            + "Member must have length less than or equal to 64");
  }

  @Test
  void supplied_secret_with_a_dash_throws_InvalidParameterException() {
    assertCognitoError(() -> add("my-own-secret-of-enough-length"), InvalidParameterException.class,
        "1 validation error detected: Value at 'clientSecret' failed to satisfy constraint: "
            + "Member must satisfy regular expression pattern: [\\w+]+");
  }

  @Test
  void adding_without_a_client_id_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.addUserPoolClientSecret(r -> r.userPoolId(poolId)),
        InvalidParameterException.class,
        "1 validation error detected: Value null at 'clientId' failed to satisfy constraint: Member must not be null");
  }

  @Test
  void adding_to_an_unknown_pool_throws_ResourceNotFoundException() {
    assertCognitoError(() -> cognito.addUserPoolClientSecret(r -> r.userPoolId("us-east-1_unknown12").clientId(clientId)),
        ResourceNotFoundException.class, "User pool us-east-1_unknown12 does not exist.");
  }

  @Test
  void adding_to_an_unknown_client_throws_ResourceNotFoundException() {
    assertCognitoError(
        () -> cognito.addUserPoolClientSecret(r -> r.userPoolId(poolId).clientId("abcdefghijklmnopqrstuvwxyz")),
        ResourceNotFoundException.class, "User pool client abcdefghijklmnopqrstuvwxyz does not exist.");
  }

  /* ---- DeleteUserPoolClientSecret ---- */

  @Test
  void deleting_the_oldest_secret_makes_the_other_the_described_one() {
    String first = list().get(0).clientSecretId();
    add(OWN_SECRET);

    cognito.deleteUserPoolClientSecret(r -> r.userPoolId(poolId).clientId(clientId).clientSecretId(first));

    assertThat(list()).extracting(ClientSecretDescriptorType::clientSecretId).doesNotContain(first).hasSize(1);
    assertThat(describedSecret()).isEqualTo(OWN_SECRET);
  }

  @Test
  void deleted_secret_no_longer_signs_in() {
    confirmedUser(cognito, poolId, "alice");
    String first = list().get(0).clientSecretId();
    add(OWN_SECRET);
    cognito.deleteUserPoolClientSecret(r -> r.userPoolId(poolId).clientId(clientId).clientSecretId(first));

    assertCognitoError(() -> signInWithSecret(client.clientSecret()), NotAuthorizedException.class,
        "Unable to verify secret hash for client " + clientId);
    assertCognitoError(
        () -> cognito.revokeToken(r -> r.clientId(clientId).clientSecret(client.clientSecret()).token("x.y.z.a.b")),
        UnauthorizedException.class, "Invalid client credentials.");
    signInWithSecret(OWN_SECRET);
  }

  @Test
  void deleting_the_newer_secret_keeps_the_described_one() {
    String added = add(OWN_SECRET).clientSecretId();

    cognito.deleteUserPoolClientSecret(r -> r.userPoolId(poolId).clientId(clientId).clientSecretId(added));

    assertThat(describedSecret()).isEqualTo(client.clientSecret());
    assertThat(list()).hasSize(1);
  }

  @Test
  void deleting_the_last_secret_throws_InvalidParameterException_and_keeps_it() {
    String only = list().get(0).clientSecretId();

    assertCognitoError(
        () -> cognito.deleteUserPoolClientSecret(r -> r.userPoolId(poolId).clientId(clientId).clientSecretId(only)),
        InvalidParameterException.class, "Cannot delete the last client secret of an app client.");
    assertThat(list()).hasSize(1);
    assertThat(describedSecret()).isEqualTo(client.clientSecret());
  }

  @Test
  void deleting_an_unknown_secret_throws_ResourceNotFoundException() {
    add(OWN_SECRET);

    assertCognitoError(
        () -> cognito.deleteUserPoolClientSecret(r -> r.userPoolId(poolId).clientId(clientId)
            .clientSecretId(clientId + "--1")),
        ResourceNotFoundException.class, "Client secret " + clientId + "--1 does not exist.");
    assertThat(list()).hasSize(2);
  }

  @Test
  void deleting_without_a_secret_id_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.deleteUserPoolClientSecret(r -> r.userPoolId(poolId).clientId(clientId)),
        InvalidParameterException.class, "1 validation error detected: Value null at 'clientSecretId' failed to "
            + "satisfy constraint: Member must not be null");
  }

  @Test
  void deleting_with_an_over_long_secret_id_throws_InvalidParameterException() {
    String id = "x".repeat(129);

    assertCognitoError(
        () -> cognito.deleteUserPoolClientSecret(r -> r.userPoolId(poolId).clientId(clientId).clientSecretId(id)),
        InvalidParameterException.class, "1 validation error detected: Value '" + id + "' at 'clientSecretId' "
            + "failed to satisfy constraint: Member must have length less than or equal to 128");
  }

  @Test
  void secret_can_be_added_again_after_a_deletion() {
    String added = addGenerated().clientSecretId();
    cognito.deleteUserPoolClientSecret(r -> r.userPoolId(poolId).clientId(clientId).clientSecretId(added));
    fake.clock().advance(Duration.ofSeconds(1));

    add(OWN_SECRET);

    assertThat(list()).hasSize(2);
  }

  @Test
  void deleting_the_client_forgets_its_secrets() {
    cognito.deleteUserPoolClient(r -> r.userPoolId(poolId).clientId(clientId));

    assertCognitoError(this::list, ResourceNotFoundException.class,
        "User pool client " + clientId + " does not exist.");
  }
}
