package dev.fakecognito.contract;

import static dev.fakecognito.testing.Transport.clientFor;
import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.assertInvalidPaginationToken;
import static dev.fakecognito.testing.Fixtures.fake;
import static dev.fakecognito.testing.Fixtures.pool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.internal.util.ModelSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderAsyncClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeDataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolClientsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TimeUnitsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientDescription;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

class UserPoolClientsTest {

  private static final String UNKNOWN_CLIENT = "abcdefghijklmnopqrstuvwxyz";
  private static final String INVALID_RANGE = "Invalid range for token validity.";
  private static final String PROPAGATION_NEEDS_SECRET =
      "EnablePropagateAdditionalUserContextData can only be enabled for an app client with a client secret.";
  private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

  private static UserPoolClientType create(
      CognitoIdentityProviderClient cognito, String poolId, Consumer<CreateUserPoolClientRequest.Builder> settings) {
    return cognito.createUserPoolClient(r -> settings.accept(r.userPoolId(poolId).clientName("app")))
        .userPoolClient();
  }

  private static UserPoolClientType create(CognitoIdentityProviderClient cognito, String poolId) {
    return create(cognito, poolId, r -> {});
  }

  private static UserPoolClientType describe(CognitoIdentityProviderClient cognito, String poolId, String clientId) {
    return cognito.describeUserPoolClient(r -> r.userPoolId(poolId).clientId(clientId)).userPoolClient();
  }

  /* ---- CreateUserPoolClient ---- */

  @Test
  void client_id_is_26_lowercase_alphanumerics() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);

    UserPoolClientType client = create(cognito, poolId);

    assertThat(client.clientId()).matches("[a-z0-9]{26}");
    assertThat(client.userPoolId()).isEqualTo(poolId);
    assertThat(client.clientName()).isEqualTo("app");
  }

  @Test
  void clients_get_distinct_ids() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);

    assertThat(create(cognito, poolId).clientId()).isNotEqualTo(create(cognito, poolId).clientId());
  }

  @Test
  void creation_and_last_modified_dates_come_from_the_fake_clock() {
    CognitoIdentityProviderClient cognito = clientFor(FakeCognito.builder().start(START).build());

    UserPoolClientType client = create(cognito, pool(cognito));

    assertThat(client.creationDate()).isEqualTo(START);
    assertThat(client.lastModifiedDate()).isEqualTo(START);
  }

  @Test
  void generate_secret_gives_the_client_a_secret() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);

    UserPoolClientType client = create(cognito, poolId, r -> r.generateSecret(true));

    assertThat(client.clientSecret()).matches("[a-z0-9]{51}");
    assertThat(describe(cognito, poolId, client.clientId()).clientSecret()).isEqualTo(client.clientSecret());
  }

  @Test
  void client_without_generate_secret_has_no_secret() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);

    UserPoolClientType omitted = create(cognito, poolId);
    UserPoolClientType refused = create(cognito, poolId, r -> r.generateSecret(false));

    assertThat(omitted.clientSecret()).isNull();
    assertThat(refused.clientSecret()).isNull();
  }

  @Test
  void given_client_secret_is_stored() {
    assumeTrue(ModelSupport.CLIENT_SECRET, "needs SDK 2.57+ (ClientSecret)");
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);
    String secret = "my_own_secret_of_enough_length_1";

    UserPoolClientType client = create(cognito, poolId, r -> r.clientSecret(secret));

    assertThat(describe(cognito, poolId, client.clientId()).clientSecret()).isEqualTo(secret);
  }

  @Test
  void given_client_secret_with_generate_secret_throws_InvalidParameterException() {
    assumeTrue(ModelSupport.CLIENT_SECRET, "needs SDK 2.57+ (ClientSecret)");
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);

    assertCognitoError(
        () -> create(cognito, poolId, r -> r.generateSecret(true).clientSecret("my_own_secret_of_enough_length_1")),
        InvalidParameterException.class, "ClientSecret cannot be specified when GenerateSecret is true.");
  }

  @Test
  void given_client_secret_under_24_characters_throws_InvalidParameterException() {
    assumeTrue(ModelSupport.CLIENT_SECRET, "needs SDK 2.57+ (ClientSecret)");
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);

    assertCognitoError(() -> create(cognito, poolId, r -> r.clientSecret("short")), InvalidParameterException.class,
        "1 validation error detected: Value at 'clientSecret' failed to satisfy constraint: "
            + "Member must have length greater than or equal to 24");
  }

  @Test
  void given_client_secret_with_a_dash_throws_InvalidParameterException() {
    assumeTrue(ModelSupport.CLIENT_SECRET, "needs SDK 2.57+ (ClientSecret)");
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);

    assertCognitoError(() -> create(cognito, poolId, r -> r.clientSecret("my-own-secret-of-enough-length")),
        InvalidParameterException.class,
        "1 validation error detected: Value at 'clientSecret' failed to satisfy constraint: "
            + "Member must satisfy regular expression pattern: [\\w+]+");
  }

  @Test
  void client_without_settings_gets_the_defaults() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);

    UserPoolClientType client = describe(cognito, poolId, create(cognito, poolId).clientId());

    assertThat(client.accessTokenValidity()).isEqualTo(1);
    assertThat(client.idTokenValidity()).isEqualTo(1);
    assertThat(client.refreshTokenValidity()).isEqualTo(30);
    assertThat(client.tokenValidityUnits().accessToken()).isEqualTo(TimeUnitsType.HOURS);
    assertThat(client.tokenValidityUnits().idToken()).isEqualTo(TimeUnitsType.HOURS);
    assertThat(client.tokenValidityUnits().refreshToken()).isEqualTo(TimeUnitsType.DAYS);
    assertThat(client.explicitAuthFlows()).containsExactlyInAnyOrder(ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH,
        ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH, ExplicitAuthFlowsType.ALLOW_CUSTOM_AUTH);
    assertThat(client.preventUserExistenceErrors()).isEqualTo(PreventUserExistenceErrorTypes.LEGACY);
    assertThat(client.enableTokenRevocation()).isTrue();
    assertThat(client.enablePropagateAdditionalUserContextData()).isFalse();
    if (ModelSupport.AUTH_SESSION_VALIDITY) {
      assertThat(client.authSessionValidity()).isEqualTo(3);
    }
  }

  @Test
  void given_settings_are_stored() {
    assumeTrue(ModelSupport.AUTH_SESSION_VALIDITY, "needs SDK 2.18+ (AuthSessionValidity)");
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);

    UserPoolClientType client = create(cognito, poolId, r -> r.accessTokenValidity(30).idTokenValidity(2)
        .refreshTokenValidity(180)
        .tokenValidityUnits(u -> u.accessToken(TimeUnitsType.MINUTES).idToken(TimeUnitsType.HOURS)
            .refreshToken(TimeUnitsType.MINUTES))
        .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH)
        .preventUserExistenceErrors(PreventUserExistenceErrorTypes.ENABLED)
        .enableTokenRevocation(false).authSessionValidity(15));

    UserPoolClientType described = describe(cognito, poolId, client.clientId());
    assertThat(described).isEqualTo(client);
    assertThat(described.accessTokenValidity()).isEqualTo(30);
    assertThat(described.idTokenValidity()).isEqualTo(2);
    assertThat(described.refreshTokenValidity()).isEqualTo(180);
    assertThat(described.tokenValidityUnits().accessToken()).isEqualTo(TimeUnitsType.MINUTES);
    assertThat(described.tokenValidityUnits().refreshToken()).isEqualTo(TimeUnitsType.MINUTES);
    assertThat(described.explicitAuthFlows()).containsExactly(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH);
    assertThat(described.preventUserExistenceErrors()).isEqualTo(PreventUserExistenceErrorTypes.ENABLED);
    assertThat(described.enableTokenRevocation()).isFalse();
    assertThat(described.authSessionValidity()).isEqualTo(15);
  }

  @Test
  void unknown_explicit_auth_flow_throws_InvalidParameterException() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);

    assertCognitoError(() -> create(cognito, poolId, r -> r.explicitAuthFlowsWithStrings("ADMIN_USER_PASSWORD_AUTH")),
        InvalidParameterException.class,
        "1 validation error detected: Value '[ADMIN_USER_PASSWORD_AUTH]' at 'explicitAuthFlows' failed to satisfy "
            + "constraint: Member must satisfy constraint: [Member must satisfy enum value set: [ALLOW_CUSTOM_AUTH, "
            + "ADMIN_NO_SRP_AUTH, ALLOW_REFRESH_TOKEN_AUTH, ALLOW_USER_PASSWORD_AUTH, ALLOW_USER_SRP_AUTH, "
            + "CUSTOM_AUTH_FLOW_ONLY, USER_PASSWORD_AUTH, ALLOW_ADMIN_USER_PASSWORD_AUTH, ALLOW_USER_AUTH]]");
  }

  @Test
  void refresh_token_validity_of_0_means_30_days() {
    CognitoIdentityProviderClient cognito = clientFor(fake());

    UserPoolClientType client = create(cognito, pool(cognito), r -> r.refreshTokenValidity(0));

    assertThat(client.refreshTokenValidity()).isEqualTo(30);
    assertThat(client.tokenValidityUnits().refreshToken()).isEqualTo(TimeUnitsType.DAYS);
  }

  @Test
  void token_validities_at_the_edges_of_their_ranges_are_accepted() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);

    UserPoolClientType shortest = create(cognito, poolId, r -> r.accessTokenValidity(5).idTokenValidity(5)
        .refreshTokenValidity(60).tokenValidityUnits(u -> u.accessToken(TimeUnitsType.MINUTES)
            .idToken(TimeUnitsType.MINUTES).refreshToken(TimeUnitsType.MINUTES)));
    UserPoolClientType longest = create(cognito, poolId, r -> r.accessTokenValidity(1).idTokenValidity(1)
        .refreshTokenValidity(3650).tokenValidityUnits(u -> u.accessToken(TimeUnitsType.DAYS)
            .idToken(TimeUnitsType.DAYS).refreshToken(TimeUnitsType.DAYS)));

    assertThat(shortest.accessTokenValidity()).isEqualTo(5);
    assertThat(longest.refreshTokenValidity()).isEqualTo(3650);
  }

  @Test
  void access_token_validity_under_5_minutes_throws_InvalidParameterException() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);

    assertCognitoError(() -> create(cognito, poolId, r -> r.accessTokenValidity(4)
        .tokenValidityUnits(u -> u.accessToken(TimeUnitsType.MINUTES))),
        InvalidParameterException.class, INVALID_RANGE);
  }

  @Test
  void access_token_validity_over_1_day_throws_InvalidParameterException() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);

    assertCognitoError(() -> create(cognito, poolId, r -> r.accessTokenValidity(25)),
        InvalidParameterException.class, INVALID_RANGE);
  }

  @Test
  void id_token_validity_over_1_day_throws_InvalidParameterException() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);

    assertCognitoError(() -> create(cognito, poolId, r -> r.idTokenValidity(2)
        .tokenValidityUnits(u -> u.idToken(TimeUnitsType.DAYS))),
        InvalidParameterException.class, INVALID_RANGE);
  }

  @Test
  void refresh_token_validity_under_60_minutes_throws_InvalidParameterException() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);

    assertCognitoError(() -> create(cognito, poolId, r -> r.accessTokenValidity(5).idTokenValidity(5)
        .refreshTokenValidity(59).tokenValidityUnits(u -> u.accessToken(TimeUnitsType.MINUTES)
            .idToken(TimeUnitsType.MINUTES).refreshToken(TimeUnitsType.MINUTES))),
        InvalidParameterException.class, INVALID_RANGE);
  }

  @Test
  void refresh_token_validity_over_3650_days_throws_InvalidParameterException() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);

    assertCognitoError(() -> create(cognito, poolId, r -> r.refreshTokenValidity(3651)),
        InvalidParameterException.class, INVALID_RANGE);
  }

  @Test
  void access_token_outliving_the_refresh_token_throws_InvalidParameterException() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);

    assertCognitoError(() -> create(cognito, poolId, r -> r.accessTokenValidity(2).refreshTokenValidity(60)
        .tokenValidityUnits(u -> u.refreshToken(TimeUnitsType.MINUTES))),
        InvalidParameterException.class, INVALID_RANGE);
  }

  @Test
  void access_token_validity_of_0_fails_the_model_check_with_InvalidParameterException() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);

    assertCognitoError(() -> create(cognito, poolId, r -> r.accessTokenValidity(0)), InvalidParameterException.class,
        "1 validation error detected: Value '0' at 'accessTokenValidity' failed to satisfy constraint: "
            + "Member must have value greater than or equal to 1");
  }

  @Test
  void auth_session_validity_under_3_throws_InvalidParameterException() {
    assumeTrue(ModelSupport.AUTH_SESSION_VALIDITY, "needs SDK 2.18+ (AuthSessionValidity)");
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);

    assertCognitoError(() -> create(cognito, poolId, r -> r.authSessionValidity(2)), InvalidParameterException.class,
        "1 validation error detected: Value '2' at 'authSessionValidity' failed to satisfy constraint: "
            + "Member must have value greater than or equal to 3");
  }

  @Test
  void auth_session_validity_over_15_throws_InvalidParameterException() {
    assumeTrue(ModelSupport.AUTH_SESSION_VALIDITY, "needs SDK 2.18+ (AuthSessionValidity)");
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);

    assertCognitoError(() -> create(cognito, poolId, r -> r.authSessionValidity(16)), InvalidParameterException.class,
        "1 validation error detected: Value '16' at 'authSessionValidity' failed to satisfy constraint: "
            + "Member must have value less than or equal to 15");
  }

  @Test
  void propagating_user_context_data_is_stored_for_a_client_with_a_secret() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);

    UserPoolClientType client = create(cognito, poolId,
        r -> r.generateSecret(true).enablePropagateAdditionalUserContextData(true));

    assertThat(describe(cognito, poolId, client.clientId()).enablePropagateAdditionalUserContextData()).isTrue();
  }

  @Test
  void propagating_user_context_data_without_a_secret_throws_InvalidParameterException() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);

    assertCognitoError(() -> create(cognito, poolId, r -> r.enablePropagateAdditionalUserContextData(true)),
        InvalidParameterException.class, PROPAGATION_NEEDS_SECRET);
  }

  @Test
  void read_and_write_attributes_are_stored() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito, r -> r.schema(s -> s.name("tenant").attributeDataType(AttributeDataType.STRING)));

    UserPoolClientType client = create(cognito, poolId, r -> r.readAttributes("email", "name", "custom:tenant")
        .writeAttributes("name"));

    UserPoolClientType described = describe(cognito, poolId, client.clientId());
    assertThat(described.readAttributes()).containsExactlyInAnyOrder("email", "name", "custom:tenant");
    assertThat(described.writeAttributes()).containsExactly("name");
  }

  @Test
  void read_attribute_missing_from_the_schema_throws_InvalidParameterException() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);

    assertCognitoError(() -> create(cognito, poolId, r -> r.readAttributes("email", "custom:tenant")),
        InvalidParameterException.class, "Invalid read attributes specified while creating a client");
  }

  @Test
  void write_attribute_missing_from_the_schema_throws_InvalidParameterException() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);

    assertCognitoError(() -> create(cognito, poolId, r -> r.writeAttributes("colour")),
        InvalidParameterException.class, "Invalid write attributes specified while creating a client");
  }

  @Test
  void missing_client_name_throws_InvalidParameterException() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);

    assertCognitoError(() -> cognito.createUserPoolClient(r -> r.userPoolId(poolId)), InvalidParameterException.class,
        "1 validation error detected: Value null at 'clientName' failed to satisfy constraint: "
            + "Member must not be null");
  }

  @Test
  void client_name_with_a_slash_throws_InvalidParameterException() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);

    assertCognitoError(() -> cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("a/b")),
        InvalidParameterException.class,
        "1 validation error detected: Value 'a/b' at 'clientName' failed to satisfy constraint: "
            + "Member must satisfy regular expression pattern: [\\w\\s+=,.@-]+");
  }

  @Test
  void client_name_over_128_characters_throws_InvalidParameterException() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);
    String name = "c".repeat(129);

    assertCognitoError(() -> cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName(name)),
        InvalidParameterException.class,
        "1 validation error detected: Value '" + name + "' at 'clientName' failed to satisfy constraint: "
            + "Member must have length less than or equal to 128");
  }

  @Test
  void creating_a_client_in_an_unknown_pool_throws_ResourceNotFoundException() {
    CognitoIdentityProviderClient cognito = clientFor(fake());

    assertCognitoError(() -> create(cognito, "us-east-1_AAAAAAAAA"), ResourceNotFoundException.class,
        "User pool us-east-1_AAAAAAAAA does not exist.");
  }

  /* ---- DescribeUserPoolClient ---- */

  @Test
  void describe_returns_what_create_returned() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);

    UserPoolClientType created = create(cognito, poolId, r -> r.generateSecret(true));

    assertThat(describe(cognito, poolId, created.clientId())).isEqualTo(created);
  }

  @Test
  void describing_an_unknown_client_throws_ResourceNotFoundException() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);

    assertCognitoError(() -> describe(cognito, poolId, UNKNOWN_CLIENT), ResourceNotFoundException.class,
        "User pool client " + UNKNOWN_CLIENT + " does not exist.");
  }

  @Test
  void client_of_another_pool_is_not_found() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String clientId = create(cognito, pool(cognito)).clientId();
    String otherPool = pool(cognito);

    assertCognitoError(() -> describe(cognito, otherPool, clientId), ResourceNotFoundException.class,
        "User pool client " + clientId + " does not exist.");
  }

  @Test
  void describing_a_client_in_an_unknown_pool_throws_ResourceNotFoundException() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String clientId = create(cognito, pool(cognito)).clientId();

    assertCognitoError(() -> describe(cognito, "us-east-1_AAAAAAAAA", clientId), ResourceNotFoundException.class,
        "User pool us-east-1_AAAAAAAAA does not exist.");
  }

  @Test
  void describing_without_a_client_id_throws_InvalidParameterException() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);

    assertCognitoError(() -> cognito.describeUserPoolClient(r -> r.userPoolId(poolId)),
        InvalidParameterException.class,
        "1 validation error detected: Value null at 'clientId' failed to satisfy constraint: "
            + "Member must not be null");
  }

  /* ---- UpdateUserPoolClient ---- */

  @Test
  void update_keeps_the_secret_and_dates_and_moves_the_last_modified_date() {
    FakeCognito fake = FakeCognito.builder().start(START).build();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = pool(cognito);
    UserPoolClientType created = create(cognito, poolId, r -> r.generateSecret(true));
    fake.clock().advance(Duration.ofMinutes(90));

    UserPoolClientType updated = cognito.updateUserPoolClient(r -> r.userPoolId(poolId)
        .clientId(created.clientId()).clientName("renamed")).userPoolClient();

    assertThat(updated.clientSecret()).isEqualTo(created.clientSecret());
    assertThat(updated.clientName()).isEqualTo("renamed");
    assertThat(updated.creationDate()).isEqualTo(START);
    assertThat(updated.lastModifiedDate()).isEqualTo(START.plus(Duration.ofMinutes(90)));
    assertThat(describe(cognito, poolId, created.clientId())).isEqualTo(updated);
  }

  @Test
  void update_resets_omitted_settings_to_their_defaults() {
    assumeTrue(ModelSupport.AUTH_SESSION_VALIDITY, "needs SDK 2.18+ (AuthSessionValidity)");
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);
    UserPoolClientType created = create(cognito, poolId, r -> r.accessTokenValidity(2).idTokenValidity(3)
        .refreshTokenValidity(7).explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH)
        .readAttributes("email").writeAttributes("email")
        .preventUserExistenceErrors(PreventUserExistenceErrorTypes.ENABLED)
        .enableTokenRevocation(false).authSessionValidity(10));

    UserPoolClientType updated = cognito.updateUserPoolClient(r -> r.userPoolId(poolId)
        .clientId(created.clientId())).userPoolClient();

    assertThat(updated.clientName()).isEqualTo("app");
    assertThat(updated.accessTokenValidity()).isEqualTo(1);
    assertThat(updated.idTokenValidity()).isEqualTo(1);
    assertThat(updated.refreshTokenValidity()).isEqualTo(30);
    assertThat(updated.explicitAuthFlows()).containsExactlyInAnyOrder(ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH,
        ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH, ExplicitAuthFlowsType.ALLOW_CUSTOM_AUTH);
    assertThat(updated.hasReadAttributes()).isFalse();
    assertThat(updated.hasWriteAttributes()).isFalse();
    assertThat(updated.preventUserExistenceErrors()).isEqualTo(PreventUserExistenceErrorTypes.LEGACY);
    assertThat(updated.enableTokenRevocation()).isTrue();
    assertThat(updated.authSessionValidity()).isEqualTo(3);
  }

  @Test
  void update_can_turn_on_propagation_for_a_client_with_a_secret() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);
    String clientId = create(cognito, poolId, r -> r.generateSecret(true)).clientId();

    cognito.updateUserPoolClient(r -> r.userPoolId(poolId).clientId(clientId)
        .enablePropagateAdditionalUserContextData(true));

    assertThat(describe(cognito, poolId, clientId).enablePropagateAdditionalUserContextData()).isTrue();
  }

  @Test
  void update_turning_on_propagation_for_a_client_without_a_secret_throws_InvalidParameterException() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);
    String clientId = create(cognito, poolId).clientId();

    assertCognitoError(() -> cognito.updateUserPoolClient(r -> r.userPoolId(poolId).clientId(clientId)
        .enablePropagateAdditionalUserContextData(true)), InvalidParameterException.class, PROPAGATION_NEEDS_SECRET);
    assertThat(describe(cognito, poolId, clientId).enablePropagateAdditionalUserContextData()).isFalse();
  }

  @Test
  void update_with_token_validity_out_of_range_throws_InvalidParameterException_and_changes_nothing() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);
    UserPoolClientType created = create(cognito, poolId, r -> r.accessTokenValidity(2));

    assertCognitoError(() -> cognito.updateUserPoolClient(r -> r.userPoolId(poolId).clientId(created.clientId())
        .accessTokenValidity(25)), InvalidParameterException.class, INVALID_RANGE);
    assertThat(describe(cognito, poolId, created.clientId())).isEqualTo(created);
  }

  @Test
  void update_with_an_unknown_write_attribute_throws_InvalidParameterException() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);
    String clientId = create(cognito, poolId).clientId();

    assertCognitoError(() -> cognito.updateUserPoolClient(r -> r.userPoolId(poolId).clientId(clientId)
        .writeAttributes("custom:missing")),
        InvalidParameterException.class, "Invalid write attributes specified while updating a client");
  }

  @Test
  void updating_an_unknown_client_throws_ResourceNotFoundException() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);

    assertCognitoError(() -> cognito.updateUserPoolClient(r -> r.userPoolId(poolId).clientId(UNKNOWN_CLIENT)),
        ResourceNotFoundException.class, "User pool client " + UNKNOWN_CLIENT + " does not exist.");
  }

  /* ---- DeleteUserPoolClient ---- */

  @Test
  void deleted_client_is_no_longer_found() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);
    String clientId = create(cognito, poolId).clientId();

    cognito.deleteUserPoolClient(r -> r.userPoolId(poolId).clientId(clientId));

    assertCognitoError(() -> describe(cognito, poolId, clientId), ResourceNotFoundException.class,
        "User pool client " + clientId + " does not exist.");
    assertThat(cognito.listUserPoolClients(r -> r.userPoolId(poolId)).userPoolClients()).isEmpty();
  }

  @Test
  void deleting_an_unknown_client_throws_ResourceNotFoundException() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);

    assertCognitoError(() -> cognito.deleteUserPoolClient(r -> r.userPoolId(poolId).clientId(UNKNOWN_CLIENT)),
        ResourceNotFoundException.class, "User pool client " + UNKNOWN_CLIENT + " does not exist.");
  }

  @Test
  void deleting_a_client_through_another_pool_throws_ResourceNotFoundException_and_keeps_it() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);
    String clientId = create(cognito, poolId).clientId();
    String otherPool = pool(cognito);

    assertCognitoError(() -> cognito.deleteUserPoolClient(r -> r.userPoolId(otherPool).clientId(clientId)),
        ResourceNotFoundException.class, "User pool client " + clientId + " does not exist.");
    assertThat(describe(cognito, poolId, clientId).clientId()).isEqualTo(clientId);
  }

  /* ---- ListUserPoolClients ---- */

  @Test
  void lists_each_client_with_its_id_pool_and_name() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);
    String clientId = create(cognito, poolId, r -> r.clientName("web")).clientId();

    ListUserPoolClientsResponse response = cognito.listUserPoolClients(r -> r.userPoolId(poolId));

    assertThat(response.nextToken()).isNull();
    assertThat(response.userPoolClients()).containsExactly(UserPoolClientDescription.builder()
        .clientId(clientId).userPoolId(poolId).clientName("web").build());
  }

  @Test
  void lists_only_the_clients_of_the_given_pool() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);
    String mine = create(cognito, poolId).clientId();
    create(cognito, pool(cognito));

    assertThat(cognito.listUserPoolClients(r -> r.userPoolId(poolId)).userPoolClients())
        .extracting(UserPoolClientDescription::clientId).containsExactly(mine);
  }

  @Test
  void pages_through_clients_with_max_results_and_next_token() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      created.add(create(cognito, poolId).clientId());
    }

    ListUserPoolClientsResponse first = cognito.listUserPoolClients(r -> r.userPoolId(poolId).maxResults(3));
    ListUserPoolClientsResponse second = cognito.listUserPoolClients(r -> r.userPoolId(poolId).maxResults(3)
        .nextToken(first.nextToken()));

    assertThat(first.userPoolClients()).hasSize(3);
    assertThat(first.nextToken()).isNotNull();
    assertThat(second.userPoolClients()).hasSize(2);
    assertThat(second.nextToken()).isNull();
    List<String> listed = new ArrayList<>();
    first.userPoolClients().forEach(c -> listed.add(c.clientId()));
    second.userPoolClients().forEach(c -> listed.add(c.clientId()));
    assertThat(listed).containsExactlyInAnyOrderElementsOf(created);
  }

  @Test
  void paginator_walks_every_page() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      created.add(create(cognito, poolId).clientId());
    }

    List<String> listed = cognito.listUserPoolClientsPaginator(r -> r.userPoolId(poolId).maxResults(2))
        .userPoolClients().stream().map(UserPoolClientDescription::clientId).toList();

    assertThat(listed).containsExactlyInAnyOrderElementsOf(created);
    assertThat(cognito.listUserPoolClientsPaginator(r -> r.userPoolId(poolId).maxResults(2)).stream()).hasSize(3);
  }

  @Test
  void max_results_of_0_throws_InvalidParameterException() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);

    assertCognitoError(() -> cognito.listUserPoolClients(r -> r.userPoolId(poolId).maxResults(0)),
        InvalidParameterException.class,
        "1 validation error detected: Value '0' at 'maxResults' failed to satisfy constraint: "
            + "Member must have value greater than or equal to 1");
  }

  @Test
  void max_results_over_60_throws_InvalidParameterException() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);

    assertCognitoError(() -> cognito.listUserPoolClients(r -> r.userPoolId(poolId).maxResults(61)),
        InvalidParameterException.class,
        "1 validation error detected: Value '61' at 'maxResults' failed to satisfy constraint: "
            + "Member must have value less than or equal to 60");
  }

  @Test
  void invalid_next_token_throws_InvalidParameterException() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);
    create(cognito, poolId);

    assertInvalidPaginationToken(
        () -> cognito.listUserPoolClients(r -> r.userPoolId(poolId).nextToken("not-a-token")), "not-a-token");
  }

  @Test
  void listing_clients_of_an_unknown_pool_throws_ResourceNotFoundException() {
    CognitoIdentityProviderClient cognito = clientFor(fake());

    assertCognitoError(() -> cognito.listUserPoolClients(r -> r.userPoolId("us-east-1_AAAAAAAAA")),
        ResourceNotFoundException.class, "User pool us-east-1_AAAAAAAAA does not exist.");
  }

  /* ---- Async client ---- */

  @Test
  void async_client_sees_the_same_clients_as_the_sync_client() {
    FakeCognito fake = fake();
    CognitoIdentityProviderAsyncClient async = fake.asyncClient();
    String poolId = pool(clientFor(fake));

    UserPoolClientType created = async.createUserPoolClient(r -> r.userPoolId(poolId).clientName("app")
        .generateSecret(true)).join().userPoolClient();

    assertThat(describe(clientFor(fake), poolId, created.clientId())).isEqualTo(created);
    assertThat(async.describeUserPoolClient(r -> r.userPoolId(poolId).clientId(created.clientId())).join()
        .userPoolClient()).isEqualTo(created);
    assertThat(async.listUserPoolClients(r -> r.userPoolId(poolId)).join().userPoolClients())
        .extracting(UserPoolClientDescription::clientId).containsExactly(created.clientId());
  }

  @Test
  void async_failure_is_a_CompletionException_caused_by_the_sdk_exception() {
    FakeCognito fake = fake();
    String poolId = pool(clientFor(fake));

    CompletionException failure = catchThrowableOfType(CompletionException.class,
        () -> fake.asyncClient().describeUserPoolClient(r -> r.userPoolId(poolId).clientId(UNKNOWN_CLIENT)).join());

    assertThat(failure).isNotNull();
    assertCognitoError(() -> {
      throw failure.getCause();
    }, ResourceNotFoundException.class, "User pool client " + UNKNOWN_CLIENT + " does not exist.");
  }

  @Test
  void async_validation_error_is_a_CompletionException_caused_by_InvalidParameterException() {
    assumeTrue(ModelSupport.AUTH_SESSION_VALIDITY, "needs SDK 2.18+ (AuthSessionValidity)");
    FakeCognito fake = fake();
    String poolId = pool(clientFor(fake));

    CompletionException failure = catchThrowableOfType(CompletionException.class,
        () -> fake.asyncClient().createUserPoolClient(r -> r.userPoolId(poolId).clientName("app")
            .authSessionValidity(16)).join());

    assertThat(failure).isNotNull();
    assertCognitoError(() -> {
      throw failure.getCause();
    }, InvalidParameterException.class,
        "1 validation error detected: Value '16' at 'authSessionValidity' failed to satisfy constraint: "
            + "Member must have value less than or equal to 15");
  }
}
