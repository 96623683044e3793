package dev.fakecognito.contract;

import static dev.fakecognito.testing.Transport.clientFor;
import static dev.fakecognito.testing.Fixtures.PASSWORD;
import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.attribute;
import static dev.fakecognito.testing.Fixtures.client;
import static dev.fakecognito.testing.Fixtures.confirmedUser;
import static dev.fakecognito.testing.Fixtures.fake;
import static dev.fakecognito.testing.Fixtures.pool;
import static dev.fakecognito.testing.Fixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeDataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;

class AddCustomAttributesTest {

  private final FakeCognito fake = fake();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);

  private static SchemaAttributeType string(String name) {
    return SchemaAttributeType.builder().name(name).attributeDataType(AttributeDataType.STRING).build();
  }

  private void add(String poolId, SchemaAttributeType... attributes) {
    cognito.addCustomAttributes(r -> r.userPoolId(poolId).customAttributes(attributes));
  }

  private UserPoolType describe(String poolId) {
    return cognito.describeUserPool(r -> r.userPoolId(poolId)).userPool();
  }

  private List<String> names(String poolId) {
    return describe(poolId).schemaAttributes().stream().map(SchemaAttributeType::name).toList();
  }

  private Map<String, String> attributes(String poolId, String username) {
    return cognito.adminGetUser(r -> r.userPoolId(poolId).username(username)).userAttributes().stream()
        .collect(Collectors.toMap(AttributeType::name, AttributeType::value));
  }

  /* ---- Adding ---- */

  @Test
  void added_attributes_appear_in_the_schema_under_their_custom_names() {
    String poolId = pool(cognito);

    add(poolId, SchemaAttributeType.builder().name("tier").attributeDataType(AttributeDataType.STRING)
            .mutable(false).stringAttributeConstraints(c -> c.minLength("1").maxLength("8")).build(),
        SchemaAttributeType.builder().name("level").attributeDataType(AttributeDataType.NUMBER)
            .numberAttributeConstraints(c -> c.minValue("0").maxValue("9")).build());

    List<SchemaAttributeType> schema = describe(poolId).schemaAttributes();
    assertThat(schema).filteredOn(a -> a.name().equals("custom:tier")).singleElement().satisfies(tier -> {
      assertThat(tier.attributeDataType()).isEqualTo(AttributeDataType.STRING);
      assertThat(tier.mutable()).isFalse();
      assertThat(tier.required()).isFalse();
      assertThat(tier.developerOnlyAttribute()).isFalse();
      assertThat(tier.stringAttributeConstraints().maxLength()).isEqualTo("8");
    });
    assertThat(schema).filteredOn(a -> a.name().equals("custom:level")).singleElement()
        .satisfies(level -> assertThat(level.numberAttributeConstraints().maxValue()).isEqualTo("9"));
    assertThat(names(poolId)).doesNotContain("tier", "level");
  }

  @Test
  void added_attributes_follow_the_existing_ones() {
    String poolId = pool(cognito, r -> r.schema(string("tenant")));

    add(poolId, string("tier"));

    assertThat(names(poolId)).containsSubsequence("sub", "email", "custom:tenant", "custom:tier");
  }

  @Test
  void adding_moves_the_last_modified_date() {
    String poolId = pool(cognito);
    UserPoolType before = describe(poolId);
    fake.clock().advance(Duration.ofMinutes(5));

    add(poolId, string("tier"));

    assertThat(describe(poolId).lastModifiedDate()).isEqualTo(before.lastModifiedDate().plus(Duration.ofMinutes(5)));
  }

  @Test
  void a_standard_attribute_name_becomes_a_custom_attribute() {
    String poolId = pool(cognito);

    add(poolId, string("email"));

    assertThat(names(poolId)).contains("email", "custom:email");
  }

  @Test
  void added_attributes_can_be_written_at_once_by_sign_up_and_admin_create_user() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();

    add(poolId, string("tier"));
    cognito.signUp(r -> r.clientId(clientId).username("alice").password(PASSWORD)
        .userAttributes(attribute("custom:tier", "gold")));
    confirmedUser(cognito, poolId, "bob", attribute("custom:tier", "silver"));

    assertThat(attributes(poolId, "alice")).containsEntry("custom:tier", "gold");
    assertThat(attributes(poolId, "bob")).containsEntry("custom:tier", "silver");
  }

  @Test
  void added_attributes_can_be_updated_by_the_admin_and_the_user() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");
    add(poolId, string("tier"));

    cognito.adminUpdateUserAttributes(r -> r.userPoolId(poolId).username("alice")
        .userAttributes(attribute("custom:tier", "gold")));
    String token = signIn(cognito, clientId, "alice", PASSWORD).accessToken();
    cognito.updateUserAttributes(r -> r.accessToken(token).userAttributes(attribute("custom:tier", "platinum")));

    assertThat(attributes(poolId, "alice")).containsEntry("custom:tier", "platinum");
  }

  @Test
  void added_constraints_apply_to_new_values() {
    String poolId = pool(cognito);
    add(poolId, SchemaAttributeType.builder().name("code").attributeDataType(AttributeDataType.STRING)
        .stringAttributeConstraints(c -> c.maxLength("3")).build());

    assertCognitoError(() -> confirmedUser(cognito, poolId, "alice", attribute("custom:code", "abcd")),
        InvalidParameterException.class,
        "Attributes did not conform to the schema: custom:code: String must be no longer than 3 characters\n");
  }

  /* ---- Refusals ---- */

  @Test
  void an_existing_custom_attribute_throws_InvalidParameterException() {
    String poolId = pool(cognito, r -> r.schema(string("tier")));

    assertCognitoError(() -> add(poolId, string("tier")), InvalidParameterException.class,
        "custom:tier: Existing attribute already has name custom:tier.");
  }

  @Test
  void a_name_repeated_in_one_request_throws_InvalidParameterException_and_adds_nothing() {
    String poolId = pool(cognito);

    assertCognitoError(() -> add(poolId, string("tier"), string("plan"), string("tier")),
        InvalidParameterException.class, "custom:tier: Existing attribute already has name custom:tier.");
    assertThat(names(poolId)).doesNotContain("custom:tier", "custom:plan");
  }

  @Test
  void more_than_50_custom_attributes_throw_InvalidParameterException_and_add_nothing() {
    List<SchemaAttributeType> fifty = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      fifty.add(string("a" + i));
    }
    String poolId = pool(cognito, r -> r.schema(fifty));

    assertCognitoError(() -> add(poolId, string("extra")), InvalidParameterException.class,
        "A user pool can have at most 50 custom attributes.");
    assertThat(names(poolId)).doesNotContain("custom:extra");
  }

  @Test
  void unknown_pool_throws_ResourceNotFoundException() {
    assertCognitoError(() -> add("us-east-1_AAAAAAAAA", string("tier")), ResourceNotFoundException.class,
        "User pool us-east-1_AAAAAAAAA does not exist.");
  }

  @Test
  void missing_pool_id_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.addCustomAttributes(r -> r.customAttributes(string("tier"))),
        InvalidParameterException.class,
        "1 validation error detected: Value null at 'userPoolId' failed to satisfy constraint: "
            + "Member must not be null");
  }

  @Test
  void missing_attribute_list_throws_InvalidParameterException() {
    String poolId = pool(cognito);

    assertCognitoError(() -> cognito.addCustomAttributes(r -> r.userPoolId(poolId)),
        InvalidParameterException.class,
        "1 validation error detected: Value null at 'customAttributes' failed to satisfy constraint: "
            + "Member must not be null");
  }

  @Test
  void empty_attribute_list_throws_InvalidParameterException() {
    String poolId = pool(cognito);

    assertCognitoError(() -> cognito.addCustomAttributes(r -> r.userPoolId(poolId).customAttributes(List.of())),
        InvalidParameterException.class,
        "1 validation error detected: Value at 'customAttributes' failed to satisfy constraint: "
            + "Member must have length greater than or equal to 1");
  }

  @Test
  void more_than_25_attributes_in_one_request_throw_InvalidParameterException() {
    String poolId = pool(cognito);
    List<SchemaAttributeType> many = new ArrayList<>();
    for (int i = 0; i < 26; i++) {
      many.add(string("a" + i));
    }

    assertCognitoError(() -> cognito.addCustomAttributes(r -> r.userPoolId(poolId).customAttributes(many)),
        InvalidParameterException.class,
        "1 validation error detected: Value at 'customAttributes' failed to satisfy constraint: "
            + "Member must have length less than or equal to 25");
  }

  @Test
  void the_list_is_checked_before_the_pool_is_looked_up() {
    assertCognitoError(() -> cognito.addCustomAttributes(r -> r.userPoolId("us-east-1_AAAAAAAAA")
            .customAttributes(List.of())),
        InvalidParameterException.class,
        "1 validation error detected: Value at 'customAttributes' failed to satisfy constraint: "
            + "Member must have length greater than or equal to 1");
  }

  @Test
  void name_over_20_characters_throws_InvalidParameterException() {
    String poolId = pool(cognito);
    String name = "n".repeat(21);

    assertCognitoError(() -> add(poolId, string("tier"), string(name)), InvalidParameterException.class,
        "1 validation error detected: Value '" + name + "' at 'customAttributes.2.member.name' failed to satisfy "
            + "constraint: Member must have length less than or equal to 20");
  }

  @Test
  void attribute_without_a_data_type_throws_InvalidParameterException() {
    String poolId = pool(cognito);

    assertCognitoError(() -> add(poolId, SchemaAttributeType.builder().name("tier").build()),
        InvalidParameterException.class,
        "Invalid AttributeDataType input, consider using the provided AttributeDataType enum.");
  }

  @Test
  void required_attribute_throws_InvalidParameterException() {
    String poolId = pool(cognito);

    assertCognitoError(() -> add(poolId, SchemaAttributeType.builder().name("tier")
            .attributeDataType(AttributeDataType.STRING).required(true).build()),
        InvalidParameterException.class, "Required custom attributes are not supported currently.");
  }

  @Test
  void non_numeric_constraint_throws_InvalidParameterException_and_adds_nothing() {
    String poolId = pool(cognito);

    assertCognitoError(() -> add(poolId, string("tier"), SchemaAttributeType.builder().name("level")
            .attributeDataType(AttributeDataType.NUMBER).numberAttributeConstraints(c -> c.maxValue("lots")).build()),
        InvalidParameterException.class, "Invalid MaxValue 'lots' for attribute custom:level.");
    assertThat(names(poolId)).doesNotContain("custom:tier", "custom:level");
  }

  @Test
  void min_length_over_max_length_throws_InvalidParameterException() {
    String poolId = pool(cognito);

    assertCognitoError(() -> add(poolId, SchemaAttributeType.builder().name("tier")
            .attributeDataType(AttributeDataType.STRING)
            .stringAttributeConstraints(c -> c.minLength("9").maxLength("2")).build()),
        InvalidParameterException.class,
        "Attribute custom:tier cannot have a max length shorter than it's min length");
  }
}
