package dev.fakecognito.internal.limits;

import dev.fakecognito.internal.errors.CognitoErrors;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The account's request-rate quotas: the API categories of the user pools API, each with its
 * default rate and the rate set with UpdateProvisionedLimit, and, when the fake enforces them,
 * the requests of the last second in each category.
 *
 * <p>Categories, their operations, default rates and which are adjustable follow "Amazon Cognito
 * user pools API operation categories and request rate quotas"
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/quotas.html#category_operations).
 * Enforcement is off unless the fake was built to enforce them; then each call counts against its
 * category over a sliding second of the fake's clock, and one over the rate fails with
 * TooManyRequestsException "Rate exceeded" and changes nothing. Calls count whether they then
 * succeed or fail. These are account-wide, so one fake's pools share them. The per-pool limit of 5
 * requests a second on single pool-resource and app-client operations, and the extra allowance for
 * challenge responses, are not modelled.
 *
 * <p>This is apart from {@link dev.fakecognito.internal.users.RateLimits}, the per-user hourly
 * limits that Cognito always enforces.
 */
public final class RequestRates {

  /** The window each request counts in. */
  public static final Duration WINDOW = Duration.ofSeconds(1);

  /** An API category: its name, default rate in requests a second, and whether it can be provisioned. */
  public enum Category {
    USER_AUTHENTICATION("UserAuthentication", 120, true,
        "InitiateAuth", "RespondToAuthChallenge", "AdminInitiateAuth", "AdminRespondToAuthChallenge",
        "GetTokensFromRefreshToken"),
    USER_CREATION("UserCreation", 50, true, "SignUp", "ConfirmSignUp", "AdminCreateUser", "AdminConfirmSignUp"),
    USER_FEDERATION("UserFederation", 25, true),
    USER_ACCOUNT_RECOVERY("UserAccountRecovery", 30, false,
        "ChangePassword", "ConfirmForgotPassword", "ForgotPassword", "AdminResetUserPassword", "AdminSetUserPassword"),
    USER_READ("UserRead", 120, true, "AdminGetUser", "AdminGetUserAuthFactors", "GetUser"),
    USER_UPDATE("UserUpdate", 25, false,
        "AdminAddUserToGroup", "AdminDeleteUserAttributes", "AdminUpdateUserAttributes", "AdminDeleteUser",
        "AdminDisableUser", "AdminEnableUser", "AdminLinkProviderForUser", "AdminDisableProviderForUser",
        "VerifyUserAttribute", "DeleteUser", "DeleteUserAttributes", "UpdateUserAttributes",
        "AdminUserGlobalSignOut", "GlobalSignOut", "AdminRemoveUserFromGroup"),
    USER_TOKEN("UserToken", 120, true, "RevokeToken"),
    USER_RESOURCE_READ("UserResourceRead", 50, true,
        "AdminGetDevice", "AdminListGroupsForUser", "AdminListDevices", "GetDevice", "ListDevices",
        "GetUserAttributeVerificationCode", "ResendConfirmationCode", "AdminListUserAuthEvents"),
    USER_RESOURCE_UPDATE("UserResourceUpdate", 25, false,
        "AdminForgetDevice", "AdminUpdateAuthEventFeedback", "AdminSetUserMFAPreference", "AdminSetUserSettings",
        "AdminUpdateDeviceStatus", "UpdateDeviceStatus", "UpdateAuthEventFeedback", "ConfirmDevice",
        "SetUserMFAPreference", "SetUserSettings", "VerifySoftwareToken", "AssociateSoftwareToken", "ForgetDevice"),
    USER_LIST("UserList", 30, false, "ListUsers", "ListUsersInGroup"),
    USER_POOL_READ("UserPoolRead", 15, false, "DescribeUserPool", "ListUserPools"),
    USER_POOL_UPDATE("UserPoolUpdate", 15, false, "CreateUserPool", "UpdateUserPool", "DeleteUserPool"),
    USER_POOL_RESOURCE_READ("UserPoolResourceRead", 20, false,
        "DescribeIdentityProvider", "DescribeResourceServer", "DescribeUserImportJob", "DescribeUserPoolDomain",
        "GetCSVHeader", "GetGroup", "GetSigningCertificate", "GetIdentityProviderByIdentifier",
        "GetUserPoolMfaConfig", "ListGroups", "ListIdentityProviders", "ListResourceServers", "ListTagsForResource",
        "ListUserImportJobs", "DescribeRiskConfiguration", "GetUICustomization", "DescribeManagedLoginBranding",
        "DescribeManagedLoginBrandingByClient", "DescribeTerms", "DescribeTermsByClient", "ListTerms"),
    USER_POOL_RESOURCE_UPDATE("UserPoolResourceUpdate", 15, false,
        "AddCustomAttributes", "CreateGroup", "CreateIdentityProvider", "CreateResourceServer", "CreateUserImportJob",
        "CreateUserPoolDomain", "DeleteGroup", "DeleteIdentityProvider", "DeleteResourceServer",
        "DeleteUserPoolDomain", "SetUserPoolMfaConfig", "StartUserImportJob", "StopUserImportJob", "UpdateGroup",
        "UpdateIdentityProvider", "UpdateResourceServer", "UpdateUserPoolDomain", "SetRiskConfiguration",
        "SetUICustomization", "TagResource", "UntagResource", "CreateManagedLoginBranding",
        "UpdateManagedLoginBranding", "DeleteManagedLoginBranding", "CreateTerms", "UpdateTerms", "DeleteTerms"),
    USER_POOL_CLIENT_READ("UserPoolClientRead", 15, false, "DescribeUserPoolClient", "ListUserPoolClients"),
    USER_POOL_CLIENT_UPDATE("UserPoolClientUpdate", 15, false,
        "CreateUserPoolClient", "DeleteUserPoolClient", "UpdateUserPoolClient"),
    CLIENT_AUTHENTICATION("ClientAuthentication", 150, false),
    LIMIT_MANAGEMENT("LimitManagement", 1, false, "GetProvisionedLimit", "UpdateProvisionedLimit");

    private final String apiName;
    private final int freeLimit;
    private final boolean adjustable;
    private final String[] operations;

    Category(String apiName, int freeLimit, boolean adjustable, String... operations) {
      this.apiName = apiName;
      this.freeLimit = freeLimit;
      this.adjustable = adjustable;
      this.operations = operations;
    }

    /** The name the {@code Category} attribute of a limit definition gives. */
    public String apiName() {
      return apiName;
    }

    /** The default rate, in requests a second. */
    public int freeLimit() {
      return freeLimit;
    }

    public boolean adjustable() {
      return adjustable;
    }

    /** The category of that API name, or null. */
    public static @Nullable Category named(String apiName) {
      for (Category category : values()) {
        if (category.apiName.equals(apiName)) {
          return category;
        }
      }
      return null;
    }
  }

  private static final Map<String, Category> CATEGORY_OF = new HashMap<>();

  static {
    for (Category category : Category.values()) {
      for (String operation : category.operations) {
        CATEGORY_OF.put(operation.toLowerCase(java.util.Locale.ROOT), category);
      }
    }
  }

  private final ConcurrentHashMap<Category, Integer> provisioned = new ConcurrentHashMap<>();
  private final Map<Category, ArrayDeque<Instant>> recent = new EnumMap<>(Category.class);
  private volatile boolean enforced;

  /** Makes every later call count against its category's rate. */
  public void enforce() {
    enforced = true;
  }

  /** The rate the category allows now: the provisioned one if set, else the default. */
  public int limit(Category category) {
    return provisioned.getOrDefault(category, category.freeLimit());
  }

  public void provision(Category category, int requestsPerSecond) {
    if (requestsPerSecond == category.freeLimit()) {
      provisioned.remove(category);
    } else {
      provisioned.put(category, requestsPerSecond);
    }
  }

  /**
   * Counts one call of {@code operation} at {@code now}, or refuses it if its category already had
   * as many calls as its rate allows in the second before. Does nothing unless enforced, or for an
   * operation outside every category.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.TooManyRequestsException
   *     if the rate is reached; the refused call is not counted
   */
  public void acquire(String operation, Instant now) {
    if (!enforced) {
      return;
    }
    // SDK class names spell some operations differently (AdminSetUserMfaPreference), so case is ignored.
    Category category = CATEGORY_OF.get(operation.toLowerCase(java.util.Locale.ROOT));
    if (category == null) {
      return;
    }
    int limit = limit(category);
    synchronized (recent) {
      ArrayDeque<Instant> times = recent.computeIfAbsent(category, c -> new ArrayDeque<>());
      Instant windowStart = now.minus(WINDOW);
      while (!times.isEmpty() && !times.peekFirst().isAfter(windowStart)) {
        times.pollFirst();
      }
      if (times.size() >= limit) {
        throw CognitoErrors.rateExceeded();
      }
      times.addLast(now);
    }
  }

  /** The provisioned rates that differ from the defaults, by category name, for snapshots. */
  public Map<String, Integer> provisioned() {
    Map<String, Integer> copy = new TreeMap<>();
    provisioned.forEach((category, rate) -> copy.put(category.apiName(), rate));
    return copy;
  }

  /** Forgets provisioned rates and counted requests, when the fake is closed. */
  public void clear() {
    provisioned.clear();
    synchronized (recent) {
      recent.clear();
    }
  }
}
