package dev.fakecognito.internal.pools;

import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.users.PasswordPolicies;
import dev.fakecognito.internal.util.Ids;
import dev.fakecognito.internal.util.ModelSupport;
import dev.fakecognito.internal.util.Paging;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminCreateUserConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DefaultEmailOptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeletionProtectionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.EmailConfigurationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.EmailSendingAccountType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordPolicyType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolDescriptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolPolicyType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolTierType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerificationMessageTemplateType;

/** CreateUserPool, DescribeUserPool, UpdateUserPool, DeleteUserPool and ListUserPools. */
public final class UserPoolOperations {

  private static final Pattern POOL_NAME = Pattern.compile("[\\w\\s+=,.@-]+");
  private static final String ACCOUNT_ID = "123456789012";

  private final Backend backend;

  public UserPoolOperations(Backend backend) {
    this.backend = backend;
  }

  public CreateUserPoolResponse createUserPool(CreateUserPoolRequest request) {
    return createUserPool(request, null);
  }

  /**
   * CreateUserPool, with {@code fixedId} as the pool's ID instead of a generated one when given, so
   * that configuration written in advance can name the pool.
   *
   * @throws IllegalArgumentException if {@code fixedId} is not an ID of this fake's region ({@link
   *     Ids#checkUserPoolId}), or a pool has it already
   */
  public CreateUserPoolResponse createUserPool(CreateUserPoolRequest request, @Nullable String fixedId) {
    if (fixedId != null) {
      Ids.checkUserPoolId(fixedId, backend.region());
      if (backend.pools().containsKey(fixedId)) {
        throw new IllegalArgumentException("a user pool with ID " + fixedId + " exists already");
      }
    }
    String name = request.poolName();
    checkPoolName(name);
    if (request.hasAliasAttributes() && request.hasUsernameAttributes()
        && !request.aliasAttributes().isEmpty() && !request.usernameAttributes().isEmpty()) {
      throw CognitoErrors.invalidParameter(
          "Only one of the aliasAttributes or usernameAttributes can be set in a User Pool.");
    }
    PasswordPolicyType passwordPolicy = passwordPolicy(request.policies());
    List<SchemaAttributeType> schema = StandardSchema.merge(request.hasSchema() ? request.schema() : null);
    AccountRecovery.check(request.accountRecoverySetting());
    LambdaConfigs.check(request.lambdaConfig());
    if (request.hasUserPoolTags()) {
      TagOperations.check(request.userPoolTags(), "userPoolTags");
    }
    Instant now = backend.clock().instant();
    String id = fixedId;
    while (id == null) {
      String candidate = Ids.userPoolId(backend.region());
      id = backend.pools().containsKey(candidate) ? null : candidate;
    }

    UserPoolType.Builder config = UserPoolType.builder()
        .id(id)
        .name(name)
        .arn("arn:aws:cognito-idp:" + backend.region() + ":" + ACCOUNT_ID + ":userpool/" + id)
        .creationDate(now)
        .lastModifiedDate(now)
        .schemaAttributes(schema)
        .aliasAttributes(request.hasAliasAttributes() ? request.aliasAttributes() : null)
        .usernameAttributes(request.hasUsernameAttributes() ? request.usernameAttributes() : null)
        .usernameConfiguration(request.usernameConfiguration())
        .estimatedNumberOfUsers(0);
    applyMutableSettings(config, passwordPolicy, new MutableSettings(request.policies(),
        ModelSupport.DELETION_PROTECTION ? request.deletionProtection() : null, request.lambdaConfig(), request.hasAutoVerifiedAttributes() ? request.autoVerifiedAttributesAsStrings() : null,
        request.smsVerificationMessage(), request.emailVerificationMessage(), request.emailVerificationSubject(),
        request.verificationMessageTemplate(), request.smsAuthenticationMessage(), request.userAttributeUpdateSettings(),
        request.mfaConfiguration(), request.deviceConfiguration(), request.emailConfiguration(),
        request.smsConfiguration(), request.adminCreateUserConfig(), request.userPoolAddOns(),
        request.accountRecoverySetting(), ModelSupport.USER_POOL_TIER ? request.userPoolTier() : null));
    config.userPoolTags(request.hasUserPoolTags() ? request.userPoolTags() : null);
    UserPool pool = new UserPool(config.build());
    if (backend.pools().putIfAbsent(id, pool) != null) {
      throw new IllegalArgumentException("a user pool with ID " + id + " exists already");
    }
    backend.tokens().assignKey(id);
    return CreateUserPoolResponse.builder().userPool(describe(pool)).build();
  }

  public DescribeUserPoolResponse describeUserPool(DescribeUserPoolRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    return DescribeUserPoolResponse.builder().userPool(describe(pool)).build();
  }

  public UpdateUserPoolResponse updateUserPool(UpdateUserPoolRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    String newName = ModelSupport.UPDATE_POOL_NAME ? request.poolName() : null;
    if (newName != null) {
      checkPoolName(newName);
    }
    PasswordPolicyType passwordPolicy = passwordPolicy(request.policies());
    AccountRecovery.check(request.accountRecoverySetting());
    LambdaConfigs.check(request.lambdaConfig());
    if (request.hasUserPoolTags()) {
      TagOperations.check(request.userPoolTags(), "userPoolTags");
    }
    pool.lock().lock();
    try {
      UserPoolType current = pool.config();
      UserPoolType.Builder config = current.toBuilder()
          .lastModifiedDate(backend.clock().instant())
          .name(newName != null ? newName : current.name());
      // UpdateUserPool replaces every mutable setting: what the request leaves out goes back to
      // its default (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings.html).
      applyMutableSettings(config, passwordPolicy, new MutableSettings(request.policies(),
          ModelSupport.DELETION_PROTECTION ? request.deletionProtection() : null, request.lambdaConfig(), request.hasAutoVerifiedAttributes() ? request.autoVerifiedAttributesAsStrings() : null,
          request.smsVerificationMessage(), request.emailVerificationMessage(), request.emailVerificationSubject(),
          request.verificationMessageTemplate(), request.smsAuthenticationMessage(), request.userAttributeUpdateSettings(),
          request.mfaConfiguration(), request.deviceConfiguration(), request.emailConfiguration(),
          request.smsConfiguration(), request.adminCreateUserConfig(), request.userPoolAddOns(),
          request.accountRecoverySetting(), !ModelSupport.USER_POOL_TIER ? null
              : request.userPoolTier() != null ? request.userPoolTier() : current.userPoolTier()));
      // Tags given replace the pool's tags; left out, the pool keeps them (the same store
      // TagResource and UntagResource change).
      if (request.hasUserPoolTags()) {
        config.userPoolTags(request.userPoolTags());
      }
      pool.config(config.build());
      // A pool's own settings decide which attributes are sign-in names; they may have changed.
      pool.users().forEach(pool::reindex);
    } finally {
      pool.lock().unlock();
    }
    return UpdateUserPoolResponse.builder().build();
  }

  public DeleteUserPoolResponse deleteUserPool(DeleteUserPoolRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    if (ModelSupport.DELETION_PROTECTION && pool.config().deletionProtection() == DeletionProtectionType.ACTIVE) {
      throw CognitoErrors.invalidParameter(
          "The user pool cannot be deleted because deletion protection is activated. "
              + "Deletion protection must be inactivated first.");
    }
    if (pool.prefixDomain() != null || pool.customDomain() != null) {
      throw CognitoErrors.poolDeletionWithDomain();
    }
    if (backend.pools().remove(pool.id(), pool)) {
      pool.clients().keySet().forEach(backend::unregisterClient);
    }
    return DeleteUserPoolResponse.builder().build();
  }

  public ListUserPoolsResponse listUserPools(ListUserPoolsRequest request) {
    Integer max = request.maxResults();
    if (max == null) {
      throw CognitoErrors.notNull("maxResults");
    }
    Paging.checkMaxResults(max, 60);
    // Oldest first, then by ID, with a cursor on that order.
    List<UserPoolType> all = backend.pools().values().stream().map(UserPool::config).toList();
    Paging<UserPoolType> page = Paging.page("ListUserPools", all, c -> Paging.key(c.creationDate(), c.id()),
        request.nextToken(), max);
    List<UserPoolDescriptionType> pools = page.items().stream()
        .map(c -> UserPoolDescriptionType.builder()
            .id(c.id()).name(c.name()).lambdaConfig(c.lambdaConfig())
            .creationDate(c.creationDate()).lastModifiedDate(c.lastModifiedDate()).build())
        .toList();
    return ListUserPoolsResponse.builder().userPools(pools).nextToken(page.nextToken()).build();
  }

  /** The stored configuration with the figures that change as users come and go. */
  private static UserPoolType describe(UserPool pool) {
    Domain prefix = pool.prefixDomain();
    Domain custom = pool.customDomain();
    return pool.config().toBuilder().estimatedNumberOfUsers(pool.userCount())
        .domain(prefix == null ? null : prefix.name())
        .customDomain(custom == null ? null : custom.name())
        .build();
  }

  private static void checkPoolName(@Nullable String name) {
    if (name == null) {
      throw CognitoErrors.notNull("poolName");
    }
    if (name.isEmpty() || name.length() > 128) {
      throw CognitoErrors.constraint("poolName", name, name.isEmpty()
          ? "Member must have length greater than or equal to 1"
          : "Member must have length less than or equal to 128");
    }
    if (!POOL_NAME.matcher(name).matches()) {
      throw CognitoErrors.constraint("poolName", name,
          "Member must satisfy regular expression pattern: [\\w\\s+=,.@-]+");
    }
  }

  private static PasswordPolicyType passwordPolicy(@Nullable UserPoolPolicyType policies) {
    PasswordPolicyType given = policies == null ? null : policies.passwordPolicy();
    PasswordPolicyType.Builder policy = PasswordPolicyType.builder()
        .minimumLength(8).requireUppercase(true).requireLowercase(true).requireNumbers(true)
        .requireSymbols(true).temporaryPasswordValidityDays(7);
    if (given == null) {
      return policy.build();
    }
    // Cognito keeps the given policy as it is; booleans left out are false, not the defaults.
    int min = given.minimumLength() == null ? 8 : given.minimumLength();
    if (min < 6) {
      throw CognitoErrors.constraint("policies.passwordPolicy.minimumLength", min,
          "Member must have value greater than or equal to 6");
    }
    if (min > 99) {
      throw CognitoErrors.constraint("policies.passwordPolicy.minimumLength", min,
          "Member must have value less than or equal to 99");
    }
    int days = given.temporaryPasswordValidityDays() == null ? 7 : given.temporaryPasswordValidityDays();
    if (days < 0 || days > 365) {
      throw CognitoErrors.constraint("policies.passwordPolicy.temporaryPasswordValidityDays", days,
          days < 0 ? "Member must have value greater than or equal to 0"
              : "Member must have value less than or equal to 365");
    }
    policy.minimumLength(min)
        .requireUppercase(Boolean.TRUE.equals(given.requireUppercase()))
        .requireLowercase(Boolean.TRUE.equals(given.requireLowercase()))
        .requireNumbers(Boolean.TRUE.equals(given.requireNumbers()))
        .requireSymbols(Boolean.TRUE.equals(given.requireSymbols()))
        .temporaryPasswordValidityDays(days);
    if (ModelSupport.PASSWORD_HISTORY) {
      policy.passwordHistorySize(given.passwordHistorySize());
    }
    return policy.build();
  }

  private record MutableSettings(
      @Nullable UserPoolPolicyType policies,
      @Nullable DeletionProtectionType deletionProtection,
      software.amazon.awssdk.services.cognitoidentityprovider.model.@Nullable LambdaConfigType lambdaConfig,
      @Nullable List<String> autoVerifiedAttributes,
      @Nullable String smsVerificationMessage,
      @Nullable String emailVerificationMessage,
      @Nullable String emailVerificationSubject,
      @Nullable VerificationMessageTemplateType verificationMessageTemplate,
      @Nullable String smsAuthenticationMessage,
      software.amazon.awssdk.services.cognitoidentityprovider.model.@Nullable UserAttributeUpdateSettingsType userAttributeUpdateSettings,
      @Nullable UserPoolMfaType mfaConfiguration,
      software.amazon.awssdk.services.cognitoidentityprovider.model.@Nullable DeviceConfigurationType deviceConfiguration,
      @Nullable EmailConfigurationType emailConfiguration,
      software.amazon.awssdk.services.cognitoidentityprovider.model.@Nullable SmsConfigurationType smsConfiguration,
      @Nullable AdminCreateUserConfigType adminCreateUserConfig,
      software.amazon.awssdk.services.cognitoidentityprovider.model.@Nullable UserPoolAddOnsType userPoolAddOns,
      software.amazon.awssdk.services.cognitoidentityprovider.model.@Nullable AccountRecoverySettingType accountRecoverySetting,
      @Nullable UserPoolTierType userPoolTier) {}

  private static void applyMutableSettings(
      UserPoolType.Builder config, PasswordPolicyType passwordPolicy, MutableSettings s) {
    PasswordPolicies.checkHistorySize(passwordPolicy, s.userPoolTier());
    VerificationMessageTemplateType template = s.verificationMessageTemplate() != null
        ? s.verificationMessageTemplate()
        : VerificationMessageTemplateType.builder()
            .smsMessage(s.smsVerificationMessage())
            .emailMessage(s.emailVerificationMessage())
            .emailSubject(s.emailVerificationSubject())
            .defaultEmailOption(DefaultEmailOptionType.CONFIRM_WITH_CODE)
            .build();
    if (template.defaultEmailOption() == null) {
      template = template.toBuilder().defaultEmailOption(DefaultEmailOptionType.CONFIRM_WITH_CODE).build();
    }
    UserPoolPolicyType.Builder policies = UserPoolPolicyType.builder().passwordPolicy(passwordPolicy);
    if (ModelSupport.SIGN_IN_POLICY) {
      policies.signInPolicy(s.policies() == null ? null : s.policies().signInPolicy());
    }
    if (ModelSupport.DELETION_PROTECTION) {
      config.deletionProtection(s.deletionProtection() != null ? s.deletionProtection() : DeletionProtectionType.INACTIVE);
    }
    if (ModelSupport.USER_POOL_TIER) {
      config.userPoolTier(s.userPoolTier() != null ? s.userPoolTier() : UserPoolTierType.ESSENTIALS);
    }
    config.policies(policies.build())
        .lambdaConfig(s.lambdaConfig() != null ? s.lambdaConfig()
            : software.amazon.awssdk.services.cognitoidentityprovider.model.LambdaConfigType.builder().build())
        .autoVerifiedAttributesWithStrings(s.autoVerifiedAttributes())
        .smsVerificationMessage(s.smsVerificationMessage() != null ? s.smsVerificationMessage() : template.smsMessage())
        .emailVerificationMessage(s.emailVerificationMessage() != null ? s.emailVerificationMessage() : template.emailMessage())
        .emailVerificationSubject(s.emailVerificationSubject() != null ? s.emailVerificationSubject() : template.emailSubject())
        .verificationMessageTemplate(template)
        .smsAuthenticationMessage(s.smsAuthenticationMessage())
        .userAttributeUpdateSettings(s.userAttributeUpdateSettings())
        .mfaConfiguration(s.mfaConfiguration() != null ? s.mfaConfiguration() : UserPoolMfaType.OFF)
        .deviceConfiguration(s.deviceConfiguration())
        .emailConfiguration(s.emailConfiguration() != null ? s.emailConfiguration()
            : EmailConfigurationType.builder().emailSendingAccount(EmailSendingAccountType.COGNITO_DEFAULT).build())
        .smsConfiguration(s.smsConfiguration())
        .adminCreateUserConfig(adminCreateUserConfig(s.adminCreateUserConfig(), passwordPolicy))
        .userPoolAddOns(s.userPoolAddOns())
        .accountRecoverySetting(s.accountRecoverySetting());
  }

  private static AdminCreateUserConfigType adminCreateUserConfig(
      @Nullable AdminCreateUserConfigType given, PasswordPolicyType passwordPolicy) {
    AdminCreateUserConfigType.Builder config = given != null ? given.toBuilder()
        : AdminCreateUserConfigType.builder().allowAdminCreateUserOnly(false);
    if (given == null || given.allowAdminCreateUserOnly() == null) {
      config.allowAdminCreateUserOnly(false);
    }
    // Cognito reports the temporary password lifetime here too, mirroring the password policy.
    config.unusedAccountValidityDays(passwordPolicy.temporaryPasswordValidityDays());
    return config.build();
  }
}
