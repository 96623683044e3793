package dev.fakecognito.contract;

import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.fake;
import static dev.fakecognito.testing.Fixtures.pool;
import static dev.fakecognito.testing.Transport.clientFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LimitClass;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LimitDefinitionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LimitType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TooManyRequestsException;

class ProvisionedLimitsTest {

  private final FakeCognito fake = fake();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);

  private static Consumer<LimitDefinitionType.Builder> category(String name) {
    return d -> d.limitClass(LimitClass.API_CATEGORY).attributes(Map.of("Category", name));
  }

  private LimitType get(CognitoIdentityProviderClient client, String name) {
    return client.getProvisionedLimit(r -> r.limitDefinition(category(name))).limit();
  }

  private LimitType update(CognitoIdentityProviderClient client, String name, int value) {
    return client.updateProvisionedLimit(r -> r.limitDefinition(category(name)).requestedLimitValue(value)).limit();
  }

  /* ---- GetProvisionedLimit ---- */

  @Test
  void get_returns_the_default_rate_as_free_and_provisioned_value() {
    LimitType limit = get(cognito, "UserAuthentication");

    assertThat(limit.freeLimitValue()).isEqualTo(120);
    assertThat(limit.provisionedLimitValue()).isEqualTo(120);
    assertThat(limit.limitDefinition().limitClass()).isEqualTo(LimitClass.API_CATEGORY);
    assertThat(limit.limitDefinition().attributes()).containsExactly(Map.entry("Category", "UserAuthentication"));
  }

  @Test
  void every_category_has_its_documented_default() {
    Map<String, Integer> defaults = Map.ofEntries(Map.entry("UserAuthentication", 120),
        Map.entry("UserCreation", 50), Map.entry("UserFederation", 25), Map.entry("UserAccountRecovery", 30),
        Map.entry("UserRead", 120), Map.entry("UserUpdate", 25), Map.entry("UserToken", 120),
        Map.entry("UserResourceRead", 50), Map.entry("UserResourceUpdate", 25), Map.entry("UserList", 30),
        Map.entry("UserPoolRead", 15), Map.entry("UserPoolUpdate", 15), Map.entry("UserPoolResourceRead", 20),
        Map.entry("UserPoolResourceUpdate", 15), Map.entry("UserPoolClientRead", 15),
        Map.entry("UserPoolClientUpdate", 15), Map.entry("ClientAuthentication", 150),
        Map.entry("LimitManagement", 1));

    defaults.forEach((name, rate) -> assertThat(get(cognito, name).freeLimitValue()).as(name).isEqualTo(rate));
  }

  @Test
  void missing_limit_definition_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.getProvisionedLimit(r -> {}), InvalidParameterException.class,
        "1 validation error detected: Value null at 'limitDefinition' failed to satisfy constraint: "
            + "Member must not be null");
  }

  @Test
  void missing_limit_class_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.getProvisionedLimit(r -> r.limitDefinition(d -> d.attributes(
        Map.of("Category", "UserRead")))), InvalidParameterException.class,
        "1 validation error detected: Value null at 'limitDefinition.limitClass' failed to satisfy constraint: "
            + "Member must not be null");
  }

  @Test
  void unknown_limit_class_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.getProvisionedLimit(r -> r.limitDefinition(d -> d.limitClass("ACCOUNT")
        .attributes(Map.of("Category", "UserRead")))), InvalidParameterException.class,
        "1 validation error detected: Value 'ACCOUNT' at 'limitDefinition.limitClass' failed to satisfy constraint: "
            + "Member must satisfy enum value set: [API_CATEGORY]");
  }

  @Test
  void missing_attributes_throw_InvalidParameterException() {
    assertCognitoError(() -> cognito.getProvisionedLimit(r -> r.limitDefinition(d -> d.limitClass(
        LimitClass.API_CATEGORY))), InvalidParameterException.class,
        "1 validation error detected: Value null at 'limitDefinition.attributes' failed to satisfy constraint: "
            + "Member must not be null");
  }

  @Test
  void attributes_without_category_throw_InvalidParameterException() {
    assertCognitoError(() -> cognito.getProvisionedLimit(r -> r.limitDefinition(d -> d.limitClass(
        LimitClass.API_CATEGORY).attributes(Map.of("Name", "UserRead")))), InvalidParameterException.class,
        "The limit definition must have a Category attribute.");
  }

  @Test
  void unknown_category_throws_InvalidParameterException() {
    assertCognitoError(() -> get(cognito, "UserDeletion"), InvalidParameterException.class,
        "Unknown API category: UserDeletion.");
  }

  /* ---- UpdateProvisionedLimit ---- */

  @Test
  void update_raises_the_provisioned_rate_and_get_shows_it() {
    LimitType updated = update(cognito, "UserAuthentication", 300);

    assertThat(updated.provisionedLimitValue()).isEqualTo(300);
    assertThat(updated.freeLimitValue()).isEqualTo(120);
    assertThat(get(cognito, "UserAuthentication").provisionedLimitValue()).isEqualTo(300);
  }

  @Test
  void update_back_to_the_default_lowers_the_rate_again() {
    update(cognito, "UserRead", 200);

    update(cognito, "UserRead", 120);

    assertThat(get(cognito, "UserRead").provisionedLimitValue()).isEqualTo(120);
  }

  @Test
  void update_below_the_default_throws_InvalidParameterException() {
    assertCognitoError(() -> update(cognito, "UserCreation", 49), InvalidParameterException.class,
        "The requested limit for UserCreation must be at least its default limit of 50.");
    assertThat(get(cognito, "UserCreation").provisionedLimitValue()).isEqualTo(50);
  }

  @Test
  void update_of_a_category_that_is_not_adjustable_throws_InvalidParameterException() {
    assertCognitoError(() -> update(cognito, "UserList", 60), InvalidParameterException.class,
        "The UserList category is not adjustable; only adjustable quota categories support provisioning.");
    assertThat(get(cognito, "UserList").provisionedLimitValue()).isEqualTo(30);
  }

  @Test
  void update_without_a_value_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.updateProvisionedLimit(r -> r.limitDefinition(category("UserRead"))),
        InvalidParameterException.class, "1 validation error detected: Value null at 'requestedLimitValue' failed to "
            + "satisfy constraint: Member must not be null");
  }

  @Test
  void update_of_an_unknown_category_throws_InvalidParameterException() {
    assertCognitoError(() -> update(cognito, "Everything", 500), InvalidParameterException.class,
        "Unknown API category: Everything.");
  }

  /* ---- Enforced rates ---- */

  @Test
  void rates_are_not_enforced_by_default() {
    for (int i = 0; i < 20; i++) {
      get(cognito, "UserRead");
    }

    assertThat(get(cognito, "UserRead").freeLimitValue()).isEqualTo(120);
  }

  @Test
  void enforced_rate_throws_TooManyRequestsException_once_the_category_is_used_up() {
    FakeCognito throttled = FakeCognito.builder().enforceRequestRates().build();
    CognitoIdentityProviderClient client = clientFor(throttled);
    String poolId = pool(client);
    for (int i = 0; i < 14; i++) {
      client.describeUserPool(r -> r.userPoolId(poolId));
    }
    client.listUserPools(r -> r.maxResults(10));

    assertCognitoError(() -> client.describeUserPool(r -> r.userPoolId(poolId)), TooManyRequestsException.class,
        "Rate exceeded");
  }

  @Test
  void enforced_rate_allows_calls_again_a_second_later() {
    FakeCognito throttled = FakeCognito.builder().enforceRequestRates().build();
    CognitoIdentityProviderClient client = clientFor(throttled);
    get(client, "UserRead");
    assertCognitoError(() -> get(client, "UserRead"), TooManyRequestsException.class, "Rate exceeded");

    throttled.clock().advance(Duration.ofSeconds(1));

    assertThat(get(client, "UserRead").provisionedLimitValue()).isEqualTo(120);
  }

  @Test
  void categories_are_counted_separately() {
    FakeCognito throttled = FakeCognito.builder().enforceRequestRates().build();
    CognitoIdentityProviderClient client = clientFor(throttled);
    String poolId = pool(client);
    for (int i = 0; i < 15; i++) {
      client.describeUserPool(r -> r.userPoolId(poolId));
    }

    assertThat(client.listUserPoolClients(r -> r.userPoolId(poolId)).userPoolClients()).isEmpty();
  }

  @Test
  void provisioned_rate_is_what_is_enforced() {
    FakeCognito throttled = FakeCognito.builder().enforceRequestRates().build();
    CognitoIdentityProviderClient client = clientFor(throttled);
    update(client, "UserCreation", 51);
    throttled.clock().advance(Duration.ofSeconds(1));
    String poolId = pool(client);
    throttled.clock().advance(Duration.ofSeconds(1));

    for (int i = 0; i < 51; i++) {
      String username = "user" + i;
      client.adminCreateUser(r -> r.userPoolId(poolId).username(username));
    }
    assertCognitoError(() -> client.adminCreateUser(r -> r.userPoolId(poolId).username("one-more")),
        TooManyRequestsException.class, "Rate exceeded");

    throttled.clock().advance(Duration.ofSeconds(1));
    assertThat(client.adminCreateUser(r -> r.userPoolId(poolId).username("one-more")).user().username())
        .isEqualTo("one-more");
  }
}
