package dev.fakecognito.contract;

import static dev.fakecognito.testing.Transport.clientFor;
import static dev.fakecognito.testing.Fixtures.PASSWORD;
import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.assertInvalidPaginationToken;
import static dev.fakecognito.testing.Fixtures.confirmedUser;
import static dev.fakecognito.testing.Fixtures.fake;
import static dev.fakecognito.testing.Fixtures.pool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.internal.util.ModelSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AccountRecoverySettingType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdvancedSecurityModeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeDataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeletionProtectionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeviceConfigurationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LambdaConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordPolicyType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RecoveryOptionNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RecoveryOptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SmsConfigurationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolAddOnsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolDescriptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameConfigurationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

class UserPoolsTest {

  private static final String UNKNOWN_POOL = "us-east-1_AAAAAAAAA";
  private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

  private static UserPoolType describe(CognitoIdentityProviderClient cognito, String poolId) {
    return cognito.describeUserPool(r -> r.userPoolId(poolId)).userPool();
  }

  private static PasswordPolicyType passwordPolicy(int minimumLength) {
    return PasswordPolicyType.builder().minimumLength(minimumLength).build();
  }

  /* ---- CreateUserPool ---- */

  @Test
  void pool_id_is_the_region_an_underscore_and_nine_alphanumerics() {
    CognitoIdentityProviderClient cognito = clientFor(FakeCognito.builder().region("eu-west-1").build());

    String id = pool(cognito);

    assertThat(id).matches("eu-west-1_[0-9A-Za-z]{9}");
  }

  @Test
  void default_fake_creates_pools_in_us_east_1() {
    String id = pool(clientFor(fake()));

    assertThat(id).matches("us-east-1_[0-9A-Za-z]{9}");
  }

  @Test
  void pools_get_distinct_ids() {
    CognitoIdentityProviderClient cognito = clientFor(fake());

    assertThat(pool(cognito)).isNotEqualTo(pool(cognito));
  }

  @Test
  void pool_arn_names_the_region_an_account_and_the_pool_id() {
    CognitoIdentityProviderClient cognito = clientFor(FakeCognito.builder().region("eu-west-1").build());

    UserPoolType created = cognito.createUserPool(r -> r.poolName("test")).userPool();

    assertThat(created.arn()).matches("arn:aws:cognito-idp:eu-west-1:\\d{12}:userpool/" + created.id());
  }

  @Test
  void creation_and_last_modified_dates_come_from_the_fake_clock() {
    CognitoIdentityProviderClient cognito = clientFor(FakeCognito.builder().start(START).build());

    UserPoolType created = cognito.createUserPool(r -> r.poolName("test")).userPool();

    assertThat(created.creationDate()).isEqualTo(START);
    assertThat(created.lastModifiedDate()).isEqualTo(START);
  }

  @Test
  void create_returns_the_name_and_what_describe_returns() {
    CognitoIdentityProviderClient cognito = clientFor(fake());

    UserPoolType created = cognito.createUserPool(r -> r.poolName("my pool+1=a,b.c@d-e")).userPool();

    assertThat(created.name()).isEqualTo("my pool+1=a,b.c@d-e");
    assertThat(describe(cognito, created.id())).isEqualTo(created);
  }

  @Test
  void pool_without_settings_gets_the_defaults() {
    CognitoIdentityProviderClient cognito = clientFor(fake());

    UserPoolType pool = describe(cognito, pool(cognito));

    assertThat(pool.mfaConfiguration()).isEqualTo(UserPoolMfaType.OFF);
    if (ModelSupport.DELETION_PROTECTION) {
      assertThat(pool.deletionProtection()).isEqualTo(DeletionProtectionType.INACTIVE);
    }
    assertThat(pool.estimatedNumberOfUsers()).isZero();
    assertThat(pool.adminCreateUserConfig().allowAdminCreateUserOnly()).isFalse();
    assertThat(pool.lambdaConfig()).isEqualTo(LambdaConfigType.builder().build());
    assertThat(pool.hasAutoVerifiedAttributes()).isFalse();
    assertThat(pool.hasAliasAttributes()).isFalse();
    assertThat(pool.hasUsernameAttributes()).isFalse();
  }

  @Test
  void default_password_policy_is_eight_characters_of_all_four_classes_and_seven_day_temporary_passwords() {
    CognitoIdentityProviderClient cognito = clientFor(fake());

    PasswordPolicyType policy = describe(cognito, pool(cognito)).policies().passwordPolicy();

    assertThat(policy.minimumLength()).isEqualTo(8);
    assertThat(policy.requireUppercase()).isTrue();
    assertThat(policy.requireLowercase()).isTrue();
    assertThat(policy.requireNumbers()).isTrue();
    assertThat(policy.requireSymbols()).isTrue();
    assertThat(policy.temporaryPasswordValidityDays()).isEqualTo(7);
  }

  @Test
  void given_password_policy_is_stored() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    PasswordPolicyType given = PasswordPolicyType.builder().minimumLength(12).requireUppercase(true)
        .requireLowercase(false).requireNumbers(true).requireSymbols(false).temporaryPasswordValidityDays(3).build();

    String poolId = pool(cognito, r -> r.policies(p -> p.passwordPolicy(given)));

    assertThat(describe(cognito, poolId).policies().passwordPolicy()).isEqualTo(given);
  }

  @Test
  void minimum_length_below_6_throws_InvalidParameterException() {
    CognitoIdentityProviderClient cognito = clientFor(fake());

    assertCognitoError(() -> pool(cognito, r -> r.policies(p -> p.passwordPolicy(passwordPolicy(5)))),
        InvalidParameterException.class,
        "1 validation error detected: Value '5' at 'policies.passwordPolicy.minimumLength' failed to satisfy "
            + "constraint: Member must have value greater than or equal to 6");
  }

  @Test
  void minimum_length_above_99_throws_InvalidParameterException() {
    CognitoIdentityProviderClient cognito = clientFor(fake());

    assertCognitoError(() -> pool(cognito, r -> r.policies(p -> p.passwordPolicy(passwordPolicy(100)))),
        InvalidParameterException.class,
        "1 validation error detected: Value '100' at 'policies.passwordPolicy.minimumLength' failed to satisfy "
            + "constraint: Member must have value less than or equal to 99");
  }

  @Test
  void minimum_lengths_6_and_99_are_accepted() {
    CognitoIdentityProviderClient cognito = clientFor(fake());

    String short6 = pool(cognito, r -> r.policies(p -> p.passwordPolicy(passwordPolicy(6))));
    String long99 = pool(cognito, r -> r.policies(p -> p.passwordPolicy(passwordPolicy(99))));

    assertThat(describe(cognito, short6).policies().passwordPolicy().minimumLength()).isEqualTo(6);
    assertThat(describe(cognito, long99).policies().passwordPolicy().minimumLength()).isEqualTo(99);
  }

  @Test
  void temporary_password_validity_above_365_days_throws_InvalidParameterException() {
    CognitoIdentityProviderClient cognito = clientFor(fake());

    assertCognitoError(
        () -> pool(cognito, r -> r.policies(p -> p.passwordPolicy(pp -> pp.temporaryPasswordValidityDays(366)))),
        InvalidParameterException.class,
        "1 validation error detected: Value '366' at 'policies.passwordPolicy.temporaryPasswordValidityDays' "
            + "failed to satisfy constraint: Member must have value less than or equal to 365");
  }

  @Test
  void schema_holds_the_standard_attributes() {
    CognitoIdentityProviderClient cognito = clientFor(fake());

    List<SchemaAttributeType> schema = describe(cognito, pool(cognito)).schemaAttributes();

    assertThat(schema).extracting(SchemaAttributeType::name).contains("sub", "name", "given_name",
        "family_name", "middle_name", "nickname", "preferred_username", "profile", "picture", "website", "email",
        "email_verified", "gender", "birthdate", "zoneinfo", "locale", "phone_number", "phone_number_verified",
        "address", "updated_at");
    assertThat(schema).filteredOn(a -> a.name().equals("sub")).singleElement()
        .satisfies(sub -> {
          assertThat(sub.required()).isTrue();
          assertThat(sub.mutable()).isFalse();
        });
    assertThat(schema).filteredOn(a -> a.name().equals("email_verified")).singleElement()
        .extracting(SchemaAttributeType::attributeDataType).isEqualTo(AttributeDataType.BOOLEAN);
  }

  @Test
  void standard_attribute_in_the_schema_can_be_made_required() {
    CognitoIdentityProviderClient cognito = clientFor(fake());

    String poolId = pool(cognito, r -> r.schema(s -> s.name("email").required(true).mutable(true)));

    assertThat(describe(cognito, poolId).schemaAttributes()).filteredOn(a -> a.name().equals("email"))
        .singleElement().extracting(SchemaAttributeType::required).isEqualTo(true);
  }

  @Test
  void custom_attribute_appears_under_its_custom_name() {
    CognitoIdentityProviderClient cognito = clientFor(fake());

    String poolId = pool(cognito, r -> r.schema(
        s -> s.name("tenant").attributeDataType(AttributeDataType.STRING).mutable(true),
        s -> s.name("level").attributeDataType(AttributeDataType.NUMBER)));

    List<SchemaAttributeType> schema = describe(cognito, poolId).schemaAttributes();
    assertThat(schema).extracting(SchemaAttributeType::name).contains("custom:tenant", "custom:level")
        .doesNotContain("tenant", "level");
    assertThat(schema).filteredOn(a -> a.name().equals("custom:tenant")).singleElement()
        .satisfies(tenant -> {
          assertThat(tenant.attributeDataType()).isEqualTo(AttributeDataType.STRING);
          assertThat(tenant.mutable()).isTrue();
          assertThat(tenant.required()).isFalse();
        });
    assertThat(schema).filteredOn(a -> a.name().equals("custom:level")).singleElement()
        .extracting(SchemaAttributeType::attributeDataType).isEqualTo(AttributeDataType.NUMBER);
  }

  @Test
  void required_custom_attribute_throws_InvalidParameterException() {
    CognitoIdentityProviderClient cognito = clientFor(fake());

    assertCognitoError(() -> pool(cognito, r -> r.schema(s -> s.name("tenant").required(true))),
        InvalidParameterException.class, "Required custom attributes are not supported currently.");
  }

  @Test
  void custom_attribute_name_over_20_characters_throws_InvalidParameterException() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String name = "a".repeat(21);

    assertCognitoError(() -> pool(cognito, r -> r.schema(s -> s.name(name))), InvalidParameterException.class,
        "1 validation error detected: Value '" + name + "' at 'schema.1.member.name' failed to satisfy constraint: "
            + "Member must have length less than or equal to 20");
  }

  @Test
  void username_attributes_and_alias_attributes_together_throw_InvalidParameterException() {
    CognitoIdentityProviderClient cognito = clientFor(fake());

    assertCognitoError(
        () -> pool(cognito, r -> r.usernameAttributes(UsernameAttributeType.EMAIL)
            .aliasAttributes(AliasAttributeType.PREFERRED_USERNAME)),
        InvalidParameterException.class,
        "Only one of the aliasAttributes or usernameAttributes can be set in a User Pool.");
  }

  @Test
  void username_attributes_are_stored() {
    CognitoIdentityProviderClient cognito = clientFor(fake());

    String poolId = pool(cognito, r -> r.usernameAttributes(UsernameAttributeType.EMAIL));

    assertThat(describe(cognito, poolId).usernameAttributes()).containsExactly(UsernameAttributeType.EMAIL);
  }

  @Test
  void alias_attributes_are_stored() {
    CognitoIdentityProviderClient cognito = clientFor(fake());

    String poolId = pool(cognito, r -> r.aliasAttributes(AliasAttributeType.EMAIL,
        AliasAttributeType.PREFERRED_USERNAME));

    assertThat(describe(cognito, poolId).aliasAttributes())
        .containsExactly(AliasAttributeType.EMAIL, AliasAttributeType.PREFERRED_USERNAME);
  }

  @Test
  void auto_verified_attributes_and_account_recovery_setting_are_stored() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    AccountRecoverySettingType recovery = AccountRecoverySettingType.builder().recoveryMechanisms(
        RecoveryOptionType.builder().name(RecoveryOptionNameType.VERIFIED_EMAIL).priority(1).build(),
        RecoveryOptionType.builder().name(RecoveryOptionNameType.VERIFIED_PHONE_NUMBER).priority(2).build())
        .build();

    String poolId = pool(cognito, r -> r.autoVerifiedAttributes(VerifiedAttributeType.EMAIL)
        .accountRecoverySetting(recovery));

    UserPoolType pool = describe(cognito, poolId);
    assertThat(pool.autoVerifiedAttributes()).containsExactly(VerifiedAttributeType.EMAIL);
    assertThat(pool.accountRecoverySetting()).isEqualTo(recovery);
  }

  @Test
  void add_ons_device_configuration_and_mfa_configuration_are_stored() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    UserPoolAddOnsType addOns = UserPoolAddOnsType.builder()
        .advancedSecurityMode(AdvancedSecurityModeType.AUDIT).build();
    DeviceConfigurationType devices = DeviceConfigurationType.builder()
        .challengeRequiredOnNewDevice(true).deviceOnlyRememberedOnUserPrompt(false).build();
    SmsConfigurationType sms = SmsConfigurationType.builder()
        .snsCallerArn("arn:aws:iam::123456789012:role/sms").externalId("ext").build();

    String poolId = pool(cognito, r -> r.userPoolAddOns(addOns).deviceConfiguration(devices)
        .mfaConfiguration(UserPoolMfaType.OPTIONAL).smsConfiguration(sms));

    UserPoolType pool = describe(cognito, poolId);
    assertThat(pool.userPoolAddOns()).isEqualTo(addOns);
    assertThat(pool.deviceConfiguration()).isEqualTo(devices);
    assertThat(pool.mfaConfiguration()).isEqualTo(UserPoolMfaType.OPTIONAL);
    assertThat(pool.smsConfiguration()).isEqualTo(sms);
  }

  @Test
  void lambda_config_and_username_configuration_are_stored() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    LambdaConfigType lambdas = LambdaConfigType.builder()
        .preSignUp("arn:aws:lambda:us-east-1:123456789012:function:pre-sign-up")
        .postConfirmation("arn:aws:lambda:us-east-1:123456789012:function:post-confirmation").build();
    UsernameConfigurationType usernames = UsernameConfigurationType.builder().caseSensitive(false).build();

    String poolId = pool(cognito, r -> r.lambdaConfig(lambdas).usernameConfiguration(usernames));

    UserPoolType pool = describe(cognito, poolId);
    assertThat(pool.lambdaConfig()).isEqualTo(lambdas);
    assertThat(pool.usernameConfiguration()).isEqualTo(usernames);
  }

  @Test
  void missing_pool_name_throws_InvalidParameterException() {
    CognitoIdentityProviderClient cognito = clientFor(fake());

    assertCognitoError(() -> cognito.createUserPool(r -> {}), InvalidParameterException.class,
        "1 validation error detected: Value null at 'poolName' failed to satisfy constraint: "
            + "Member must not be null");
  }

  @Test
  void pool_name_with_a_slash_throws_InvalidParameterException() {
    CognitoIdentityProviderClient cognito = clientFor(fake());

    assertCognitoError(() -> cognito.createUserPool(r -> r.poolName("a/b")), InvalidParameterException.class,
        "1 validation error detected: Value 'a/b' at 'poolName' failed to satisfy constraint: "
            + "Member must satisfy regular expression pattern: [\\w\\s+=,.@-]+");
  }

  @Test
  void pool_name_over_128_characters_throws_InvalidParameterException() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String name = "p".repeat(129);

    assertCognitoError(() -> cognito.createUserPool(r -> r.poolName(name)), InvalidParameterException.class,
        "1 validation error detected: Value '" + name + "' at 'poolName' failed to satisfy constraint: "
            + "Member must have length less than or equal to 128");
  }

  /* ---- DescribeUserPool ---- */

  @Test
  void estimated_number_of_users_counts_the_users() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);
    confirmedUser(cognito, poolId, "alice");
    confirmedUser(cognito, poolId, "bob");
    confirmedUser(cognito, poolId, "carol");
    cognito.adminDeleteUser(r -> r.userPoolId(poolId).username("carol"));

    assertThat(describe(cognito, poolId).estimatedNumberOfUsers()).isEqualTo(2);
  }

  @Test
  void describing_an_unknown_pool_throws_ResourceNotFoundException() {
    CognitoIdentityProviderClient cognito = clientFor(fake());

    assertCognitoError(() -> describe(cognito, UNKNOWN_POOL), ResourceNotFoundException.class,
        "User pool " + UNKNOWN_POOL + " does not exist.");
  }

  @Test
  void describing_a_malformed_pool_id_throws_InvalidParameterException() {
    CognitoIdentityProviderClient cognito = clientFor(fake());

    assertCognitoError(() -> cognito.describeUserPool(r -> r.userPoolId("no-underscore")),
        InvalidParameterException.class,
        "1 validation error detected: Value 'no-underscore' at 'userPoolId' failed to satisfy constraint: "
            + "Member must satisfy regular expression pattern: [\\w-]+_[0-9a-zA-Z]+");
  }

  @Test
  void describing_without_a_pool_id_throws_InvalidParameterException() {
    CognitoIdentityProviderClient cognito = clientFor(fake());

    assertCognitoError(() -> cognito.describeUserPool(r -> {}), InvalidParameterException.class,
        "1 validation error detected: Value null at 'userPoolId' failed to satisfy constraint: "
            + "Member must not be null");
  }

  @Test
  void pools_of_two_fakes_are_separate() {
    CognitoIdentityProviderClient first = clientFor(fake());
    CognitoIdentityProviderClient second = clientFor(fake());
    String poolId = pool(first);

    assertCognitoError(() -> describe(second, poolId), ResourceNotFoundException.class,
        "User pool " + poolId + " does not exist.");
  }

  /* ---- UpdateUserPool ---- */

  @Test
  void update_stores_the_new_settings_and_moves_only_the_last_modified_date() {
    FakeCognito fake = FakeCognito.builder().start(START).build();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = pool(cognito);
    fake.clock().advance(Duration.ofHours(2));

    cognito.updateUserPool(r -> r.userPoolId(poolId).mfaConfiguration(UserPoolMfaType.OPTIONAL)
        .smsConfiguration(s -> s.snsCallerArn("arn:aws:iam::123456789012:role/sms"))
        .policies(p -> p.passwordPolicy(passwordPolicy(10))));

    UserPoolType pool = describe(cognito, poolId);
    assertThat(pool.mfaConfiguration()).isEqualTo(UserPoolMfaType.OPTIONAL);
    assertThat(pool.policies().passwordPolicy().minimumLength()).isEqualTo(10);
    assertThat(pool.creationDate()).isEqualTo(START);
    assertThat(pool.lastModifiedDate()).isEqualTo(START.plus(Duration.ofHours(2)));
  }

  @Test
  void update_resets_omitted_mutable_settings_to_their_defaults() {
    assumeTrue(ModelSupport.DELETION_PROTECTION, "needs SDK 2.18+ (DeletionProtection)");
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito, r -> r.policies(p -> p.passwordPolicy(passwordPolicy(12)))
        .autoVerifiedAttributes(VerifiedAttributeType.EMAIL)
        .deletionProtection(DeletionProtectionType.ACTIVE)
        .lambdaConfig(l -> l.preSignUp("arn:aws:lambda:us-east-1:123456789012:function:pre"))
        .userPoolAddOns(a -> a.advancedSecurityMode(AdvancedSecurityModeType.ENFORCED))
        .deviceConfiguration(d -> d.challengeRequiredOnNewDevice(true)));

    cognito.updateUserPool(r -> r.userPoolId(poolId));

    UserPoolType pool = describe(cognito, poolId);
    assertThat(pool.policies().passwordPolicy().minimumLength()).isEqualTo(8);
    assertThat(pool.hasAutoVerifiedAttributes()).isFalse();
    assertThat(pool.deletionProtection()).isEqualTo(DeletionProtectionType.INACTIVE);
    assertThat(pool.lambdaConfig()).isEqualTo(LambdaConfigType.builder().build());
    assertThat(pool.userPoolAddOns()).isNull();
    assertThat(pool.deviceConfiguration()).isNull();
  }

  @Test
  void update_keeps_the_settings_that_cannot_change() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito, r -> r.usernameAttributes(UsernameAttributeType.EMAIL)
        .usernameConfiguration(u -> u.caseSensitive(false))
        .schema(s -> s.name("tenant").attributeDataType(AttributeDataType.STRING)));
    UserPoolType before = describe(cognito, poolId);

    cognito.updateUserPool(r -> r.userPoolId(poolId));

    UserPoolType after = describe(cognito, poolId);
    assertThat(after.id()).isEqualTo(before.id());
    assertThat(after.arn()).isEqualTo(before.arn());
    assertThat(after.name()).isEqualTo("test");
    assertThat(after.usernameAttributes()).containsExactly(UsernameAttributeType.EMAIL);
    assertThat(after.usernameConfiguration()).isEqualTo(before.usernameConfiguration());
    assertThat(after.schemaAttributes()).isEqualTo(before.schemaAttributes());
  }

  @Test
  void update_with_a_pool_name_renames_the_pool() {
    assumeTrue(ModelSupport.UPDATE_POOL_NAME, "needs SDK 2.29+ (PoolName in UpdateUserPool)");
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);

    cognito.updateUserPool(r -> r.userPoolId(poolId).poolName("renamed"));

    assertThat(describe(cognito, poolId).name()).isEqualTo("renamed");
  }

  @Test
  void update_with_an_invalid_pool_name_throws_InvalidParameterException() {
    assumeTrue(ModelSupport.UPDATE_POOL_NAME, "needs SDK 2.29+ (PoolName in UpdateUserPool)");
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);

    assertCognitoError(() -> cognito.updateUserPool(r -> r.userPoolId(poolId).poolName("a/b")),
        InvalidParameterException.class,
        "1 validation error detected: Value 'a/b' at 'poolName' failed to satisfy constraint: "
            + "Member must satisfy regular expression pattern: [\\w\\s+=,.@-]+");
  }

  @Test
  void update_with_minimum_length_below_6_throws_InvalidParameterException_and_changes_nothing() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito, r -> r.policies(p -> p.passwordPolicy(passwordPolicy(12))));

    assertCognitoError(
        () -> cognito.updateUserPool(r -> r.userPoolId(poolId).policies(p -> p.passwordPolicy(passwordPolicy(5)))),
        InvalidParameterException.class,
        "1 validation error detected: Value '5' at 'policies.passwordPolicy.minimumLength' failed to satisfy "
            + "constraint: Member must have value greater than or equal to 6");
    assertThat(describe(cognito, poolId).policies().passwordPolicy().minimumLength()).isEqualTo(12);
  }

  @Test
  void updating_an_unknown_pool_throws_ResourceNotFoundException() {
    CognitoIdentityProviderClient cognito = clientFor(fake());

    assertCognitoError(() -> cognito.updateUserPool(r -> r.userPoolId(UNKNOWN_POOL)),
        ResourceNotFoundException.class, "User pool " + UNKNOWN_POOL + " does not exist.");
  }

  /* ---- DeleteUserPool ---- */

  @Test
  void deleted_pool_is_no_longer_found() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);

    cognito.deleteUserPool(r -> r.userPoolId(poolId));

    assertCognitoError(() -> describe(cognito, poolId), ResourceNotFoundException.class,
        "User pool " + poolId + " does not exist.");
  }

  @Test
  void deleting_a_pool_removes_its_app_clients() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito);
    String clientId = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("app"))
        .userPoolClient().clientId();

    cognito.deleteUserPool(r -> r.userPoolId(poolId));

    assertCognitoError(
        () -> cognito.initiateAuth(r -> r.clientId(clientId).authFlow("USER_PASSWORD_AUTH")
            .authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD))),
        ResourceNotFoundException.class, "User pool client " + clientId + " does not exist.");
  }

  @Test
  void deletion_protection_active_blocks_delete_with_InvalidParameterException() {
    assumeTrue(ModelSupport.DELETION_PROTECTION, "needs SDK 2.18+ (DeletionProtection)");
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito, r -> r.deletionProtection(DeletionProtectionType.ACTIVE));

    assertCognitoError(() -> cognito.deleteUserPool(r -> r.userPoolId(poolId)), InvalidParameterException.class,
        "The user pool cannot be deleted because deletion protection is activated. "
            + "Deletion protection must be inactivated first.");
    assertThat(describe(cognito, poolId).deletionProtection()).isEqualTo(DeletionProtectionType.ACTIVE);
  }

  @Test
  void pool_can_be_deleted_once_deletion_protection_is_turned_off() {
    assumeTrue(ModelSupport.DELETION_PROTECTION, "needs SDK 2.18+ (DeletionProtection)");
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String poolId = pool(cognito, r -> r.deletionProtection(DeletionProtectionType.ACTIVE));

    cognito.updateUserPool(r -> r.userPoolId(poolId).deletionProtection(DeletionProtectionType.INACTIVE));
    cognito.deleteUserPool(r -> r.userPoolId(poolId));

    assertThat(cognito.listUserPools(r -> r.maxResults(60)).userPools()).isEmpty();
  }

  @Test
  void deleting_an_unknown_pool_throws_ResourceNotFoundException() {
    CognitoIdentityProviderClient cognito = clientFor(fake());

    assertCognitoError(() -> cognito.deleteUserPool(r -> r.userPoolId(UNKNOWN_POOL)),
        ResourceNotFoundException.class, "User pool " + UNKNOWN_POOL + " does not exist.");
  }

  /* ---- ListUserPools ---- */

  @Test
  void lists_each_pool_with_its_id_name_triggers_and_dates() {
    CognitoIdentityProviderClient cognito = clientFor(FakeCognito.builder().start(START).build());
    String poolId = cognito.createUserPool(r -> r.poolName("listed")
        .lambdaConfig(l -> l.preSignUp("arn:aws:lambda:us-east-1:123456789012:function:pre"))).userPool().id();

    ListUserPoolsResponse response = cognito.listUserPools(r -> r.maxResults(10));

    assertThat(response.nextToken()).isNull();
    assertThat(response.userPools()).singleElement().satisfies(p -> {
      assertThat(p.id()).isEqualTo(poolId);
      assertThat(p.name()).isEqualTo("listed");
      assertThat(p.lambdaConfig().preSignUp()).isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:pre");
      assertThat(p.creationDate()).isEqualTo(START);
      assertThat(p.lastModifiedDate()).isEqualTo(START);
    });
  }

  @Test
  void lists_nothing_when_there_are_no_pools() {
    ListUserPoolsResponse response = clientFor(fake()).listUserPools(r -> r.maxResults(60));

    assertThat(response.userPools()).isEmpty();
    assertThat(response.nextToken()).isNull();
  }

  @Test
  void pages_through_pools_with_max_results_and_next_token() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      created.add(pool(cognito));
    }

    ListUserPoolsResponse first = cognito.listUserPools(r -> r.maxResults(2));
    ListUserPoolsResponse second = cognito.listUserPools(r -> r.maxResults(2).nextToken(first.nextToken()));
    ListUserPoolsResponse third = cognito.listUserPools(r -> r.maxResults(2).nextToken(second.nextToken()));

    assertThat(first.userPools()).hasSize(2);
    assertThat(second.userPools()).hasSize(2);
    assertThat(third.userPools()).hasSize(1);
    assertThat(third.nextToken()).isNull();
    List<String> listed = new ArrayList<>();
    for (ListUserPoolsResponse page : List.of(first, second, third)) {
      page.userPools().forEach(p -> listed.add(p.id()));
    }
    assertThat(listed).containsExactlyInAnyOrderElementsOf(created);
  }

  @Test
  void paginator_walks_every_page() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      created.add(pool(cognito));
    }

    List<String> listed = cognito.listUserPoolsPaginator(r -> r.maxResults(3)).userPools().stream()
        .map(UserPoolDescriptionType::id).toList();

    assertThat(listed).containsExactlyInAnyOrderElementsOf(created);
    assertThat(cognito.listUserPoolsPaginator(r -> r.maxResults(3)).stream()).hasSize(3);
  }

  @Test
  void deleted_pools_are_not_listed() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    String kept = pool(cognito);
    String deleted = pool(cognito);

    cognito.deleteUserPool(r -> r.userPoolId(deleted));

    assertThat(cognito.listUserPools(r -> r.maxResults(60)).userPools())
        .extracting(UserPoolDescriptionType::id).containsExactly(kept);
  }

  @Test
  void missing_max_results_throws_InvalidParameterException() {
    CognitoIdentityProviderClient cognito = clientFor(fake());

    assertCognitoError(() -> cognito.listUserPools(r -> {}), InvalidParameterException.class,
        "1 validation error detected: Value null at 'maxResults' failed to satisfy constraint: "
            + "Member must not be null");
  }

  @Test
  void max_results_of_0_throws_InvalidParameterException() {
    CognitoIdentityProviderClient cognito = clientFor(fake());

    assertCognitoError(() -> cognito.listUserPools(r -> r.maxResults(0)), InvalidParameterException.class,
        "1 validation error detected: Value '0' at 'maxResults' failed to satisfy constraint: "
            + "Member must have value greater than or equal to 1");
  }

  @Test
  void max_results_over_60_throws_InvalidParameterException() {
    CognitoIdentityProviderClient cognito = clientFor(fake());

    assertCognitoError(() -> cognito.listUserPools(r -> r.maxResults(61)), InvalidParameterException.class,
        "1 validation error detected: Value '61' at 'maxResults' failed to satisfy constraint: "
            + "Member must have value less than or equal to 60");
  }

  @Test
  void invalid_next_token_throws_InvalidParameterException() {
    CognitoIdentityProviderClient cognito = clientFor(fake());
    pool(cognito);

    assertInvalidPaginationToken(() -> cognito.listUserPools(r -> r.maxResults(10).nextToken("not-a-token")),
        "not-a-token");
  }
}
