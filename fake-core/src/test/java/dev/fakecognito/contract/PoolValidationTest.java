package dev.fakecognito.contract;

import static dev.fakecognito.testing.Transport.clientFor;
import static dev.fakecognito.testing.Fixtures.PASSWORD;
import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.attribute;
import static dev.fakecognito.testing.Fixtures.client;
import static dev.fakecognito.testing.Fixtures.confirmedUser;
import static dev.fakecognito.testing.Fixtures.fake;
import static dev.fakecognito.testing.Fixtures.pool;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.recording.SentMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AccountRecoverySettingType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeDataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RecoveryOptionNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RecoveryOptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

/** What CreateUserPool and UpdateUserPool refuse in an AccountRecoverySetting and a Schema. */
class PoolValidationTest {

  private static final String MECHANISM = "accountRecoverySetting.recoveryMechanisms.1.member";

  private final FakeCognito fake = fake();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);

  private static RecoveryOptionType option(RecoveryOptionNameType name, Integer priority) {
    return RecoveryOptionType.builder().name(name).priority(priority).build();
  }

  private static AccountRecoverySettingType recovery(RecoveryOptionType... options) {
    return AccountRecoverySettingType.builder().recoveryMechanisms(options).build();
  }

  private String poolWith(AccountRecoverySettingType setting) {
    return pool(cognito, r -> r.accountRecoverySetting(setting));
  }

  private void assertRefused(AccountRecoverySettingType setting, String message) {
    assertCognitoError(() -> poolWith(setting), InvalidParameterException.class, message);
  }

  private String poolWithSchema(SchemaAttributeType... schema) {
    return pool(cognito, r -> r.schema(schema));
  }

  private void assertSchemaRefused(Consumer<CreateUserPoolRequest.Builder> request, String message) {
    assertCognitoError(() -> pool(cognito, request), InvalidParameterException.class, message);
    assertThat(cognito.listUserPools(r -> r.maxResults(60)).userPools()).isEmpty();
  }

  private static SchemaAttributeType.Builder string(String name) {
    return SchemaAttributeType.builder().name(name).attributeDataType(AttributeDataType.STRING);
  }

  private static SchemaAttributeType.Builder number(String name) {
    return SchemaAttributeType.builder().name(name).attributeDataType(AttributeDataType.NUMBER);
  }

  private List<SchemaAttributeType> schemaOf(String poolId) {
    return cognito.describeUserPool(r -> r.userPoolId(poolId)).userPool().schemaAttributes();
  }

  /* ---- AccountRecoverySetting ---- */

  @Test
  void recovery_mechanism_without_a_priority_throws_InvalidParameterException() {
    assertRefused(recovery(option(RecoveryOptionNameType.VERIFIED_EMAIL, null)),
        "1 validation error detected: Value null at '" + MECHANISM + ".priority' failed to satisfy constraint: "
            + "Member must not be null");
  }

  @Test
  void recovery_mechanism_without_a_name_throws_InvalidParameterException() {
    assertRefused(recovery(RecoveryOptionType.builder().priority(1).build()),
        "1 validation error detected: Value null at '" + MECHANISM + ".name' failed to satisfy constraint: "
            + "Member must not be null");
  }

  @Test
  void priority_of_3_throws_InvalidParameterException() {
    assertRefused(recovery(option(RecoveryOptionNameType.VERIFIED_EMAIL, 3)),
        "1 validation error detected: Value '3' at '" + MECHANISM + ".priority' failed to satisfy constraint: "
            + "Member must have value less than or equal to 2");
  }

  @Test
  void priority_of_0_throws_InvalidParameterException() {
    assertRefused(recovery(option(RecoveryOptionNameType.VERIFIED_EMAIL, 0)),
        "1 validation error detected: Value '0' at '" + MECHANISM + ".priority' failed to satisfy constraint: "
            + "Member must have value greater than or equal to 1");
  }

  @Test
  void unknown_mechanism_name_throws_InvalidParameterException() {
    assertRefused(recovery(RecoveryOptionType.builder().name("sms").priority(1).build()),
        "1 validation error detected: Value 'sms' at '" + MECHANISM + ".name' failed to satisfy constraint: "
            + "Member must satisfy enum value set: [verified_email, verified_phone_number, admin_only]");
  }

  @Test
  void the_second_mechanism_is_named_by_its_position() {
    assertRefused(recovery(option(RecoveryOptionNameType.VERIFIED_EMAIL, 1),
            option(RecoveryOptionNameType.VERIFIED_PHONE_NUMBER, null)),
        "1 validation error detected: Value null at 'accountRecoverySetting.recoveryMechanisms.2.member.priority' "
            + "failed to satisfy constraint: Member must not be null");
  }

  @Test
  void empty_mechanism_list_throws_InvalidParameterException() {
    assertRefused(AccountRecoverySettingType.builder().recoveryMechanisms(List.of()).build(),
        "1 validation error detected: Value at 'accountRecoverySetting.recoveryMechanisms' failed to satisfy "
            + "constraint: Member must have length greater than or equal to 1");
  }

  @Test
  void three_mechanisms_throw_InvalidParameterException() {
    assertRefused(recovery(option(RecoveryOptionNameType.VERIFIED_EMAIL, 1),
            option(RecoveryOptionNameType.VERIFIED_PHONE_NUMBER, 2), option(RecoveryOptionNameType.ADMIN_ONLY, 1)),
        "1 validation error detected: Value at 'accountRecoverySetting.recoveryMechanisms' failed to satisfy "
            + "constraint: Member must have length less than or equal to 2");
  }

  @Test
  void admin_only_with_another_mechanism_throws_InvalidParameterException() {
    assertRefused(recovery(option(RecoveryOptionNameType.ADMIN_ONLY, 1),
            option(RecoveryOptionNameType.VERIFIED_EMAIL, 2)),
        "Account Recovery Setting cannot use admin_only setting with any other recovery mechanisms.");
  }

  @Test
  void two_mechanisms_with_one_priority_throw_InvalidParameterException() {
    assertRefused(recovery(option(RecoveryOptionNameType.VERIFIED_EMAIL, 1),
            option(RecoveryOptionNameType.VERIFIED_PHONE_NUMBER, 1)),
        "Account Recovery Setting cannot have duplicate priorities or recovery mechanisms.");
  }

  @Test
  void one_mechanism_twice_throws_InvalidParameterException() {
    assertRefused(recovery(option(RecoveryOptionNameType.VERIFIED_EMAIL, 1),
            option(RecoveryOptionNameType.VERIFIED_EMAIL, 2)),
        "Account Recovery Setting cannot have duplicate priorities or recovery mechanisms.");
  }

  @Test
  void refused_setting_creates_no_pool() {
    assertRefused(recovery(option(RecoveryOptionNameType.VERIFIED_EMAIL, null)),
        "1 validation error detected: Value null at '" + MECHANISM + ".priority' failed to satisfy constraint: "
            + "Member must not be null");

    assertThat(cognito.listUserPools(r -> r.maxResults(60)).userPools()).isEmpty();
  }

  @Test
  void valid_settings_are_accepted() {
    AccountRecoverySettingType both = recovery(option(RecoveryOptionNameType.VERIFIED_PHONE_NUMBER, 1),
        option(RecoveryOptionNameType.VERIFIED_EMAIL, 2));
    AccountRecoverySettingType adminOnly = recovery(option(RecoveryOptionNameType.ADMIN_ONLY, 1));

    assertThat(cognito.describeUserPool(r -> r.userPoolId(poolWith(both))).userPool().accountRecoverySetting())
        .isEqualTo(both);
    assertThat(cognito.describeUserPool(r -> r.userPoolId(poolWith(adminOnly))).userPool().accountRecoverySetting())
        .isEqualTo(adminOnly);
  }

  @Test
  void setting_without_mechanisms_means_the_legacy_rule() {
    String poolId = poolWith(AccountRecoverySettingType.builder().build());
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"),
        attribute("email_verified", "true"), attribute("phone_number", "+15555550100"),
        attribute("phone_number_verified", "true"));

    cognito.forgotPassword(r -> r.clientId(clientId).username("alice"));

    assertThat(fake.outbox().messages()).singleElement().extracting(SentMessage::destination)
        .isEqualTo("+15555550100");
  }

  @Test
  void update_with_a_mechanism_without_priority_throws_and_keeps_the_old_setting() {
    AccountRecoverySettingType email = recovery(option(RecoveryOptionNameType.VERIFIED_EMAIL, 1));
    String poolId = poolWith(email);

    assertCognitoError(() -> cognito.updateUserPool(r -> r.userPoolId(poolId)
            .accountRecoverySetting(recovery(option(RecoveryOptionNameType.VERIFIED_PHONE_NUMBER, null)))),
        InvalidParameterException.class,
        "1 validation error detected: Value null at '" + MECHANISM + ".priority' failed to satisfy constraint: "
            + "Member must not be null");

    assertThat(cognito.describeUserPool(r -> r.userPoolId(poolId)).userPool().accountRecoverySetting())
        .isEqualTo(email);
  }

  @Test
  void update_with_admin_only_and_another_mechanism_throws_InvalidParameterException() {
    String poolId = pool(cognito);

    assertCognitoError(() -> cognito.updateUserPool(r -> r.userPoolId(poolId).accountRecoverySetting(
            recovery(option(RecoveryOptionNameType.VERIFIED_EMAIL, 1), option(RecoveryOptionNameType.ADMIN_ONLY, 2)))),
        InvalidParameterException.class,
        "Account Recovery Setting cannot use admin_only setting with any other recovery mechanisms.");
  }

  @Test
  void resets_follow_an_updated_setting() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"),
        attribute("email_verified", "true"), attribute("phone_number", "+15555550100"),
        attribute("phone_number_verified", "true"));
    cognito.updateUserPool(r -> r.userPoolId(poolId).accountRecoverySetting(
        recovery(option(RecoveryOptionNameType.VERIFIED_PHONE_NUMBER, 2), option(RecoveryOptionNameType.VERIFIED_EMAIL, 1))));

    cognito.forgotPassword(r -> r.clientId(clientId).username("alice"));
    cognito.adminResetUserPassword(r -> r.userPoolId(poolId).username("alice"));

    assertThat(fake.outbox().messages()).extracting(SentMessage::destination)
        .containsExactly("alice@example.com", "alice@example.com");
  }

  @Test
  void forgot_password_in_an_admin_only_pool_throws_NotAuthorizedException() {
    String poolId = poolWith(recovery(option(RecoveryOptionNameType.ADMIN_ONLY, 1)));
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"),
        attribute("email_verified", "true"));

    assertCognitoError(() -> cognito.forgotPassword(r -> r.clientId(clientId).username("alice")),
        NotAuthorizedException.class, "User password cannot be reset in the current state.");
  }

  /* ---- Schema: names ---- */

  @Test
  void schema_name_over_20_characters_throws_InvalidParameterException_naming_its_position() {
    assertSchemaRefused(r -> r.schema(string("tenant").build(),
            SchemaAttributeType.builder().name("phone_number_verified").build()),
        "1 validation error detected: Value 'phone_number_verified' at 'schema.2.member.name' failed to satisfy "
            + "constraint: Member must have length less than or equal to 20");
  }

  @Test
  void empty_schema_name_throws_InvalidParameterException() {
    assertSchemaRefused(r -> r.schema(string("").build()),
        "1 validation error detected: Value '' at 'schema.1.member.name' failed to satisfy constraint: "
            + "Member must have length greater than or equal to 1");
  }

  @Test
  void schema_name_with_a_space_throws_InvalidParameterException() {
    assertSchemaRefused(r -> r.schema(string("my tenant").build()),
        "1 validation error detected: Value 'my tenant' at 'schema.1.member.name' failed to satisfy constraint: "
            + "Member must satisfy regular expression pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+");
  }

  @Test
  void schema_entry_without_a_name_throws_InvalidParameterException() {
    assertSchemaRefused(r -> r.schema(SchemaAttributeType.builder().attributeDataType(AttributeDataType.STRING).build()),
        "1 validation error detected: Value null at 'schema.1.member.name' failed to satisfy constraint: "
            + "Member must not be null");
  }

  @Test
  void custom_prefix_in_a_schema_name_is_kept_under_a_second_prefix() {
    String poolId = poolWithSchema(string("custom:tier").build());

    assertThat(schemaOf(poolId)).extracting(SchemaAttributeType::name)
        .contains("custom:custom:tier").doesNotContain("custom:tier");
  }

  @Test
  void same_custom_name_twice_throws_InvalidParameterException() {
    assertSchemaRefused(r -> r.schema(string("tenant").build(), number("tenant").build()),
        "Duplicate custom attribute names custom:tenant are not allowed in a user pool schema.");
  }

  @Test
  void more_than_50_schema_entries_throw_InvalidParameterException() {
    List<SchemaAttributeType> schema = new ArrayList<>();
    for (int i = 0; i < 51; i++) {
      schema.add(string("a" + i).build());
    }

    assertSchemaRefused(r -> r.schema(schema),
        "1 validation error detected: Value at 'schema' failed to satisfy constraint: "
            + "Member must have length less than or equal to 50");
  }

  @Test
  void fifty_custom_attributes_are_accepted() {
    List<SchemaAttributeType> schema = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      schema.add(string("a" + i).build());
    }

    String poolId = pool(cognito, r -> r.schema(schema));

    assertThat(schemaOf(poolId)).filteredOn(a -> a.name().startsWith("custom:")).hasSize(50);
  }

  @Test
  void empty_schema_list_throws_InvalidParameterException() {
    assertSchemaRefused(r -> r.schema(List.of()),
        "1 validation error detected: Value at 'schema' failed to satisfy constraint: "
            + "Member must have length greater than or equal to 1");
  }

  /* ---- Schema: types ---- */

  @Test
  void custom_attribute_without_a_data_type_throws_InvalidParameterException() {
    assertSchemaRefused(r -> r.schema(SchemaAttributeType.builder().name("tenant").build()),
        "Invalid AttributeDataType input, consider using the provided AttributeDataType enum.");
  }

  @Test
  void standard_attribute_with_another_type_throws_InvalidParameterException() {
    assertSchemaRefused(r -> r.schema(number("email").build()),
        "You can not change AttributeDataType or set developerOnlyAttribute for standard schema attribute email");
  }

  @Test
  void developer_only_standard_attribute_throws_InvalidParameterException() {
    assertSchemaRefused(r -> r.schema(string("name").developerOnlyAttribute(true).build()),
        "You can not change AttributeDataType or set developerOnlyAttribute for standard schema attribute name");
  }

  @Test
  void standard_attribute_with_its_own_type_is_accepted() {
    String poolId = poolWithSchema(string("email").required(true).mutable(true).build());

    assertThat(schemaOf(poolId)).filteredOn(a -> a.name().equals("email")).singleElement()
        .extracting(SchemaAttributeType::required).isEqualTo(true);
  }

  @Test
  void email_verified_in_the_schema_is_a_custom_attribute() {
    String poolId = poolWithSchema(SchemaAttributeType.builder().name("email_verified")
        .attributeDataType(AttributeDataType.BOOLEAN).build());

    assertThat(schemaOf(poolId)).extracting(SchemaAttributeType::name)
        .contains("email_verified", "custom:email_verified");
  }

  /* ---- Schema: constraints ---- */

  @Test
  void non_numeric_max_length_throws_InvalidParameterException() {
    assertSchemaRefused(r -> r.schema(string("tenant").stringAttributeConstraints(c -> c.maxLength("ten")).build()),
        "Invalid MaxLength 'ten' for attribute custom:tenant.");
  }

  @Test
  void non_numeric_min_length_throws_InvalidParameterException() {
    assertSchemaRefused(r -> r.schema(string("tenant").stringAttributeConstraints(c -> c.minLength("one")).build()),
        "Invalid MinLength 'one' for attribute custom:tenant.");
  }

  @Test
  void negative_min_length_throws_InvalidParameterException() {
    assertSchemaRefused(r -> r.schema(string("tenant").stringAttributeConstraints(c -> c.minLength("-1")).build()),
        "Invalid MinLength '-1' for attribute custom:tenant.");
  }

  @Test
  void max_length_over_2048_throws_InvalidParameterException() {
    assertSchemaRefused(r -> r.schema(string("tenant").stringAttributeConstraints(c -> c.maxLength("2049")).build()),
        "Invalid MaxLength '2049' for attribute custom:tenant.");
  }

  @Test
  void min_length_over_max_length_throws_InvalidParameterException() {
    assertSchemaRefused(r -> r.schema(string("tenant")
            .stringAttributeConstraints(c -> c.minLength("5").maxLength("4")).build()),
        "Attribute custom:tenant cannot have a max length shorter than it's min length");
  }

  @Test
  void non_numeric_min_value_throws_InvalidParameterException() {
    assertSchemaRefused(r -> r.schema(number("level").numberAttributeConstraints(c -> c.minValue("low")).build()),
        "Invalid MinValue 'low' for attribute custom:level.");
  }

  @Test
  void non_numeric_max_value_throws_InvalidParameterException() {
    assertSchemaRefused(r -> r.schema(number("level").numberAttributeConstraints(c -> c.maxValue("high")).build()),
        "Invalid MaxValue 'high' for attribute custom:level.");
  }

  @Test
  void min_value_over_max_value_throws_InvalidParameterException() {
    assertSchemaRefused(r -> r.schema(number("level")
            .numberAttributeConstraints(c -> c.minValue("10").maxValue("1")).build()),
        "Attribute custom:level cannot have a max value smaller than it's min value");
  }

  @Test
  void valid_constraints_are_stored_and_apply_to_sign_up_and_admin_create_user() {
    String poolId = poolWithSchema(
        string("code").stringAttributeConstraints(c -> c.minLength("1").maxLength("4")).build(),
        number("level").numberAttributeConstraints(c -> c.minValue("0").maxValue("10")).build());
    String clientId = client(cognito, poolId).clientId();

    cognito.signUp(r -> r.clientId(clientId).username("alice").password(PASSWORD)
        .userAttributes(attribute("custom:code", "ab12"), attribute("custom:level", "3")));
    confirmedUser(cognito, poolId, "bob", attribute("custom:code", "cd34"));

    assertThat(schemaOf(poolId)).filteredOn(a -> a.name().equals("custom:code")).singleElement()
        .satisfies(code -> assertThat(code.stringAttributeConstraints().maxLength()).isEqualTo("4"));
    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")).userStatus())
        .isEqualTo(UserStatusType.UNCONFIRMED);
    assertCognitoError(() -> cognito.adminCreateUser(r -> r.userPoolId(poolId).username("carol")
            .userAttributes(attribute("custom:code", "toolong"))),
        InvalidParameterException.class,
        "Attributes did not conform to the schema: custom:code: String must be no longer than 4 characters\n");
  }
}
