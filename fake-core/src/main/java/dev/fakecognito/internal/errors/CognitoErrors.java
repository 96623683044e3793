package dev.fakecognito.internal.errors;

import dev.fakecognito.internal.util.ModelSupport;
import java.lang.invoke.MethodHandle;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExpiredCodeException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidLambdaResponseException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidOAuthFlowException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LimitExceededException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordResetRequiredException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreconditionNotMetException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ScopeDoesNotExistException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnauthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnexpectedLambdaException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnsupportedTokenTypeException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnsupportedUserStateException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserLambdaValidationException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotConfirmedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolAddOnNotEnabledException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;

/**
 * Every error the fake raises, one factory per situation, with Cognito's own message text.
 *
 * <p>Each factory builds a fresh SDK model exception with HTTP status 400, a new request ID and
 * complete {@link AwsErrorDetails}, so callers can branch on {@code errorCode()} exactly as they do
 * against the real service. Message texts were taken from real responses quoted in public bug
 * reports; the few that nobody has quoted are marked "assumed" and listed in the README.
 */
public final class CognitoErrors {

  /** The service name the SDK puts into {@link AwsErrorDetails#serviceName()}. */
  public static final String SERVICE_NAME = "CognitoIdentityProvider";

  /*
   * Exceptions newer than SDK 2.17.203, built through handles: an older model lacks the class, and
   * naming it in a throwing method would fail that method's verification. There the base exception
   * stands in, with the same error code.
   */
  private static final @Nullable MethodHandle PASSWORD_HISTORY_POLICY_VIOLATION =
      ModelSupport.exceptionBuilderHandle("PasswordHistoryPolicyViolationException");
  private static final @Nullable MethodHandle FEATURE_UNAVAILABLE_IN_TIER =
      ModelSupport.exceptionBuilderHandle("FeatureUnavailableInTierException");
  private static final @Nullable MethodHandle REFRESH_TOKEN_REUSE =
      ModelSupport.exceptionBuilderHandle("RefreshTokenReuseException");
  private static final @Nullable MethodHandle WEB_AUTHN_NOT_ENABLED =
      ModelSupport.exceptionBuilderHandle("WebAuthnNotEnabledException");
  private static final @Nullable MethodHandle WEB_AUTHN_CONFIGURATION_MISSING =
      ModelSupport.exceptionBuilderHandle("WebAuthnConfigurationMissingException");
  private static final @Nullable MethodHandle WEB_AUTHN_CHALLENGE_NOT_FOUND =
      ModelSupport.exceptionBuilderHandle("WebAuthnChallengeNotFoundException");
  private static final @Nullable MethodHandle WEB_AUTHN_CLIENT_MISMATCH =
      ModelSupport.exceptionBuilderHandle("WebAuthnClientMismatchException");
  private static final @Nullable MethodHandle WEB_AUTHN_RELYING_PARTY_MISMATCH =
      ModelSupport.exceptionBuilderHandle("WebAuthnRelyingPartyMismatchException");
  private static final @Nullable MethodHandle WEB_AUTHN_ORIGIN_NOT_ALLOWED =
      ModelSupport.exceptionBuilderHandle("WebAuthnOriginNotAllowedException");
  private static final @Nullable MethodHandle WEB_AUTHN_CREDENTIAL_NOT_SUPPORTED =
      ModelSupport.exceptionBuilderHandle("WebAuthnCredentialNotSupportedException");
  private static final @Nullable MethodHandle MANAGED_LOGIN_BRANDING_EXISTS =
      ModelSupport.exceptionBuilderHandle("ManagedLoginBrandingExistsException");
  private static final @Nullable MethodHandle TERMS_EXISTS = ModelSupport.exceptionBuilderHandle("TermsExistsException");

  private CognitoErrors() {}

  /* ---- Generic validation ---- */

  public static InvalidParameterException invalidParameter(String message) {
    return build(InvalidParameterException.builder(), "InvalidParameterException", message);
  }

  /** The model-level check Cognito runs before anything else, e.g. on a missing member. */
  public static InvalidParameterException notNull(String member) {
    return invalidParameter(
        "1 validation error detected: Value null at '"
            + member
            + "' failed to satisfy constraint: Member must not be null");
  }

  public static InvalidParameterException constraint(String member, Object value, String rule) {
    return invalidParameter(
        "1 validation error detected: Value '"
            + value
            + "' at '"
            + member
            + "' failed to satisfy constraint: "
            + rule);
  }

  /**
   * The model-level check on the number of entries in a list member. Cognito prints no value for
   * a list; the wording of the value-less form is assumed.
   */
  public static InvalidParameterException listLength(String member, String rule) {
    return invalidParameter(
        "1 validation error detected: Value at '" + member + "' failed to satisfy constraint: " + rule);
  }

  public static InvalidParameterException missingParameter(String name) {
    return invalidParameter("Missing required parameter " + name);
  }

  /**
   * A pagination token the listing did not issue. The text, which names the token and the
   * request's own ID, is from a real ListUsers response (aws/aws-sdk-js#3705); the exception type,
   * and the same answer from the other listings, are assumed.
   */
  public static InvalidParameterException invalidPaginationToken(String token) {
    String requestId = UUID.randomUUID().toString();
    return build(InvalidParameterException.builder(), "InvalidParameterException",
        "Paging marker " + token + " is invalid for request " + requestId, requestId);
  }

  /* ---- Pools and clients ---- */

  public static ResourceNotFoundException userPoolNotFound(String userPoolId) {
    return build(
        ResourceNotFoundException.builder(),
        "ResourceNotFoundException",
        "User pool " + userPoolId + " does not exist.");
  }

  public static ResourceNotFoundException clientNotFound(String clientId) {
    return build(
        ResourceNotFoundException.builder(),
        "ResourceNotFoundException",
        "User pool client " + clientId + " does not exist.");
  }

  public static ResourceNotFoundException resourceNotFound(String message) {
    return build(ResourceNotFoundException.builder(), "ResourceNotFoundException", message);
  }

  /** An ARN that names no user pool of this account and Region. Assumed text. */
  public static ResourceNotFoundException resourceArnNotFound(String arn) {
    return resourceNotFound("Resource " + arn + " does not exist.");
  }

  /* ---- Tags ---- */

  /** More than 50 tags on one user pool, counting those it has already. Assumed text. */
  public static InvalidParameterException tooManyTags() {
    return invalidParameter("A user pool can have at most 50 tags.");
  }

  /** A tag key in the {@code aws:} namespace, which AWS reserves for itself. Assumed text. */
  public static InvalidParameterException reservedTagKey(String key) {
    return invalidParameter("Tag key " + key + " is invalid: the aws: prefix is reserved for AWS use.");
  }

  /* ---- Log delivery; every text here is assumed ---- */

  /** A log configuration with no destination, or with more than one. */
  public static InvalidParameterException logDestinationCount() {
    return invalidParameter(
        "Each log configuration needs exactly one of CloudWatchLogsConfiguration, S3Configuration and "
            + "FirehoseConfiguration.");
  }

  /** Two log configurations for one event source. */
  public static InvalidParameterException duplicateLogEventSource(String eventSource) {
    return invalidParameter("Only one log configuration is allowed for event source " + eventSource + ".");
  }

  /** A log level or destination the event source does not deliver to. */
  public static InvalidParameterException unsupportedLogConfiguration(String message) {
    return invalidParameter(message);
  }

  /** userAuthEvents logging in a pool below the Plus feature plan. */
  public static CognitoIdentityProviderException userAuthEventsUnavailableInTier() {
    return build(
        ModelSupport.exceptionBuilder(FEATURE_UNAVAILABLE_IN_TIER),
        "FeatureUnavailableInTierException",
        "userAuthEvents log delivery is available only in the PLUS feature plan.");
  }

  /* ---- Request rates ---- */

  /** A call over its API category's request rate; AWS's usual throttling text. */
  public static software.amazon.awssdk.services.cognitoidentityprovider.model.TooManyRequestsException rateExceeded() {
    return build(software.amazon.awssdk.services.cognitoidentityprovider.model.TooManyRequestsException.builder(),
        "TooManyRequestsException", "Rate exceeded");
  }

  /** A limit definition without a known {@code Category} attribute. Assumed text. */
  public static InvalidParameterException unknownLimitCategory(@Nullable String category) {
    return invalidParameter(category == null
        ? "The limit definition must have a Category attribute."
        : "Unknown API category: " + category + ".");
  }

  /** UpdateProvisionedLimit on a category that cannot be adjusted. Assumed text. */
  public static InvalidParameterException limitNotAdjustable(String category) {
    return invalidParameter("The " + category + " category is not adjustable; only adjustable quota categories "
        + "support provisioning.");
  }

  /** UpdateProvisionedLimit below the category's default rate. Assumed text. */
  public static InvalidParameterException limitBelowDefault(String category, int freeLimit) {
    return invalidParameter("The requested limit for " + category + " must be at least its default limit of "
        + freeLimit + ".");
  }

  /* ---- Replicas; every text here is assumed ---- */

  public static InvalidParameterException invalidRegion(String region) {
    return invalidParameter("Invalid region name: " + region + ".");
  }

  public static InvalidParameterException replicaInPrimaryRegion(String region) {
    return invalidParameter("Cannot create a replica in " + region + ", the Region of the primary user pool.");
  }

  public static InvalidParameterException replicaExists(String region) {
    return invalidParameter("A replica of this user pool already exists in " + region + ".");
  }

  public static ResourceNotFoundException replicaNotFound(String region) {
    return resourceNotFound("No replica of this user pool exists in " + region + ".");
  }

  /** A replica that is being created or deleted. */
  public static InvalidParameterException replicaBusy(String region, String status) {
    return invalidParameter("The replica in " + region + " is " + status + " and cannot be changed now.");
  }

  /* ---- OAuth 2.0: app client settings, resource servers, domains ---- */

  /**
   * An app client's OAuth flows break a rule. The texts of the client_credentials rules and of the
   * missing callback URLs are from real responses quoted in Terraform and CDK projects.
   */
  public static InvalidOAuthFlowException invalidOAuthFlow(String message) {
    return build(InvalidOAuthFlowException.builder(), "InvalidOAuthFlowException", message);
  }

  /** A scope that is neither a standard scope nor one of a resource server (awsdocs/aws-cloudformation-user-guide#564). */
  public static ScopeDoesNotExistException scopeDoesNotExist(String scope) {
    return build(ScopeDoesNotExistException.builder(), "ScopeDoesNotExistException",
        "Invalid scope requested: " + scope);
  }

  /** SupportedIdentityProviders names a provider the pool does not have (quoted in many CDK projects). */
  public static InvalidParameterException providerDoesNotExist(String provider, String userPoolId) {
    return invalidParameter("The provider " + provider + " does not exist for User Pool " + userPoolId);
  }

  /* ---- Identity providers and linked users ---- */

  /**
   * A provider name the pool has already. The text is from a real CreateIdentityProvider failure
   * (aws-cloudformation/cloudformation-coverage-roadmap#1287).
   */
  public static software.amazon.awssdk.services.cognitoidentityprovider.model.DuplicateProviderException
      duplicateProvider(String providerName, String userPoolId) {
    return build(software.amazon.awssdk.services.cognitoidentityprovider.model.DuplicateProviderException.builder(),
        "DuplicateProviderException", providerName + " already exists in user pool " + userPoolId);
  }

  /** An IdP identifier another provider of the pool has. The text is assumed. */
  public static software.amazon.awssdk.services.cognitoidentityprovider.model.DuplicateProviderException
      duplicateIdpIdentifier(String identifier, String userPoolId) {
    return build(software.amazon.awssdk.services.cognitoidentityprovider.model.DuplicateProviderException.builder(),
        "DuplicateProviderException", "Identifier " + identifier + " already exists in user pool " + userPoolId);
  }

  /** The text is assumed. */
  public static ResourceNotFoundException identityProviderNotFound(String providerName) {
    return resourceNotFound("Identity provider " + providerName + " does not exist.");
  }

  /** The text is assumed. */
  public static ResourceNotFoundException idpIdentifierNotFound(String identifier) {
    return resourceNotFound("Identity provider with identifier " + identifier + " does not exist.");
  }

  /**
   * A social provider whose name is not its type, or another provider named like one
   * (aws/aws-cli#3179, hashicorp/terraform-provider-aws#4822).
   */
  public static InvalidParameterException providerTypeMismatch(String providerName, String providerType) {
    return invalidParameter("Provider " + providerName + " cannot be of type " + providerType + ".");
  }

  /**
   * ProviderDetails without a key the provider type requires. The text for Google, Facebook and
   * Login with Amazon is from real failures (aws-amplify/amplify-cli#8266); the others follow it.
   */
  public static InvalidParameterException missingProviderDetails(String keys) {
    return invalidParameter(keys + " are all required idp details.");
  }

  /** A SAML provider without metadata (hashicorp/terraform-provider-aws#4815). */
  public static InvalidParameterException samlMetadataMissing() {
    return invalidParameter("At least one of the MetadataURL or MetadataFile should be provided.");
  }

  /** A metadata URL that answered with an error status (aws-solutions/aws-data-lake-solution#31). */
  public static InvalidParameterException metadataSourceStatus(int status, String url) {
    return invalidParameter("Non-ok status code " + status + " returned from remote metadata source " + url);
  }

  /** A native user given as the source of a link (boto/boto3#4163). */
  public static InvalidParameterException nativeSourceUser() {
    return invalidParameter("Invalid SourceUser: Cognito users with a username/password may not be passed in as a "
        + "SourceUser, only as a DestinationUser");
  }

  /** A source identity that has already signed up as a federated user (aws/aws-sdk-net#1000). */
  public static InvalidParameterException mergingNotSupported() {
    return invalidParameter(
        "Merging is not currently supported, provide a SourceUser that has not been signed up in order to link");
  }

  /** A sixth linked identity; the limit of five is documented, the text is assumed. */
  public static LimitExceededException tooManyLinkedIdentities() {
    return build(LimitExceededException.builder(), "LimitExceededException",
        "A user cannot be linked to more than 5 federated identities.");
  }

  /** A source identity that another user is linked to already. The text is assumed. */
  public static AliasExistsException sourceUserLinked() {
    return build(AliasExistsException.builder(), "AliasExistsException",
        "The SourceUser is already linked to another user.");
  }

  /** The text is assumed. */
  public static InvalidParameterException resourceServerExists(String identifier) {
    return invalidParameter("Resource server " + identifier + " already exists.");
  }

  /** The text is assumed. */
  public static ResourceNotFoundException resourceServerNotFound(String identifier) {
    return resourceNotFound("Resource server " + identifier + " does not exist.");
  }

  /** From real CloudFormation and Terraform failures. */
  public static InvalidParameterException domainTaken() {
    return invalidParameter("Domain already associated with another user pool.");
  }

  /** From real CloudFormation failures. */
  public static InvalidParameterException poolHasDomain() {
    return invalidParameter("User pool already has a domain configured.");
  }

  /** DeleteUserPool on a pool that still has a domain (hashicorp/terraform-provider-aws#16479). */
  public static InvalidParameterException poolDeletionWithDomain() {
    return invalidParameter("User pool cannot be deleted. It has a domain configured that should be deleted first.");
  }

  /** A prefix that is not a DNS label (mineiros-io/terraform-aws-cognito-user-pool#69). */
  public static InvalidParameterException invalidDomainPrefix() {
    return invalidParameter("The domain name contains an invalid character. Domain names can only contain lower-case "
        + "letters, numbers, and hyphens. Please enter a different name that follows this format: "
        + "^[a-z0-9](?:[a-z0-9\\-]{0,61}[a-z0-9])?$");
  }

  /** The text is assumed. */
  public static InvalidParameterException reservedDomainWord(String word) {
    return invalidParameter("Domain cannot contain reserved word: " + word);
  }

  /** Update or delete of a domain the pool does not have. */
  public static InvalidParameterException noSuchDomain() {
    return invalidParameter("No such domain or user pool exists.");
  }

  /* ---- Branding: managed login styles, classic hosted UI customization, terms documents ---- */

  /**
   * GetUICustomization or SetUICustomization in a pool without a domain; the text is from real
   * responses quoted in Terraform's acceptance tests.
   */
  public static InvalidParameterException noDomainForUiCustomization() {
    return invalidParameter("There has to be an existing domain associated with this user pool");
  }

  /** CSS that the classic hosted UI does not accept. The texts are assumed. */
  public static InvalidParameterException invalidCss(String reason) {
    return invalidParameter("Invalid CSS: " + reason);
  }

  /** A logo that is not a PNG or JPEG file, or is too large. The texts are assumed. */
  public static InvalidParameterException invalidLogo(String reason) {
    return invalidParameter(reason);
  }

  /** A second managed login branding style for one app client. The text is assumed. */
  public static CognitoIdentityProviderException managedLoginBrandingExists(String clientId) {
    return build(ModelSupport.exceptionBuilder(MANAGED_LOGIN_BRANDING_EXISTS), "ManagedLoginBrandingExistsException",
        "A managed login branding style already exists for app client " + clientId + ".");
  }

  /** The text is assumed. */
  public static ResourceNotFoundException managedLoginBrandingNotFound(String id) {
    return resourceNotFound("Managed login branding style " + id + " does not exist.");
  }

  /** DescribeManagedLoginBrandingByClient for a client without a style. The text is assumed. */
  public static ResourceNotFoundException clientHasNoManagedLoginBranding(String clientId) {
    return resourceNotFound("No managed login branding style is assigned to app client " + clientId + ".");
  }

  /** A request that asks for Cognito's defaults and gives its own values too. The text is assumed. */
  public static InvalidParameterException cognitoProvidedValuesWithSettings() {
    return invalidParameter("When UseCognitoProvidedValues is true, Settings and Assets must be omitted.");
  }

  /** Settings, or an asset, that managed login cannot use. The texts are assumed. */
  public static InvalidParameterException invalidBranding(String reason) {
    return invalidParameter(reason);
  }

  /** A second terms document of one name for one app client. The text is assumed. */
  public static CognitoIdentityProviderException termsExist(String termsName, String clientId) {
    return build(ModelSupport.exceptionBuilder(TERMS_EXISTS), "TermsExistsException",
        "Terms documents named " + termsName + " already exist for app client " + clientId + ".");
  }

  /** The text is assumed. */
  public static ResourceNotFoundException termsNotFound(String termsId) {
    return resourceNotFound("Terms documents " + termsId + " do not exist.");
  }

  /** DescribeTermsByClient for a name the client has no document of. The text is assumed. */
  public static ResourceNotFoundException clientHasNoTerms(String termsName, String clientId) {
    return resourceNotFound("No terms documents named " + termsName + " exist for app client " + clientId + ".");
  }

  /** The exact text Amplify compares before it forgets a device key and retries. */
  public static ResourceNotFoundException deviceNotFound() {
    return build(ResourceNotFoundException.builder(), "ResourceNotFoundException", "Device does not exist.");
  }

  /** ConfirmDevice without a usable Salt and PasswordVerifier. */
  public static InvalidParameterException invalidDeviceSecretVerifierConfig() {
    // Assumed text: no real response has been quoted.
    return invalidParameter("Invalid device secret verifier config given.");
  }

  /** An entry of an IP exception list that is not a range in CIDR notation; the text is assumed. */
  public static InvalidParameterException invalidIpRange(@Nullable String range) {
    return invalidParameter("Invalid IP range " + range + ": expected CIDR notation, such as 192.0.2.0/24.");
  }

  /**
   * A request threat protection refuses outright: from an always-blocked address (sign-in, sign-up,
   * password reset), or a sign-in with a compromised password. Apps that match Cognito's answers
   * quote this text for a request from a blocked address.
   */
  public static NotAuthorizedException blockedBySecurity() {
    return notAuthorized("Request not allowed due to security reasons.");
  }

  /**
   * A sign-in that account takeover protection blocks for its risk; apps that match Cognito's
   * answers quote this text for a sign-in adaptive authentication blocked.
   */
  public static NotAuthorizedException signInBlockedBySecurity() {
    return notAuthorized("Unable to login because of security reasons.");
  }

  /**
   * A new password (sign-up, password change or reset, NEW_PASSWORD_REQUIRED) that
   * compromised-credentials protection refuses; apps that match Cognito's answers quote this text.
   */
  public static InvalidPasswordException compromisedPassword() {
    return build(InvalidPasswordException.builder(), "InvalidPasswordException",
        "Provided password cannot be used for security reasons.");
  }

  public static UserPoolAddOnNotEnabledException advancedSecurityNotEnabled() {
    // Assumed text: no real response has been quoted.
    return build(
        UserPoolAddOnNotEnabledException.builder(),
        "UserPoolAddOnNotEnabledException",
        "Advanced security features are not enabled for this user pool.");
  }

  /* ---- Schema ---- */

  /**
   * A custom attribute without a data type, or with one Cognito does not know (moto reproduces the
   * text; Amplify's deployment errors quote it).
   */
  public static InvalidParameterException invalidAttributeDataType() {
    return invalidParameter("Invalid AttributeDataType input, consider using the provided AttributeDataType enum.");
  }

  /** A schema entry that retypes a standard attribute or makes it developer-only. */
  public static InvalidParameterException standardAttributeRetyped(String name) {
    return invalidParameter(
        "You can not change AttributeDataType or set developerOnlyAttribute for standard schema attribute " + name);
  }

  /** Two schema entries naming the same custom attribute in one CreateUserPool request. */
  public static InvalidParameterException duplicateCustomAttribute(String customName) {
    return invalidParameter(
        "Duplicate custom attribute names " + customName + " are not allowed in a user pool schema.");
  }

  /**
   * AddCustomAttributes naming an attribute the pool has already; the serverless plugin
   * jmaleonard/serverless-cognito-add-custom-attributes#3 quotes the response, name first.
   */
  public static InvalidParameterException attributeExists(String customName) {
    return invalidParameter(customName + ": Existing attribute already has name " + customName + ".");
  }

  /** More custom attributes than a pool may have (50). Assumed text. */
  public static InvalidParameterException tooManyCustomAttributes() {
    return invalidParameter("A user pool can have at most 50 custom attributes.");
  }

  /** A number attribute whose MaxValue is below its MinValue (text quoted by public deployment checks). */
  public static InvalidParameterException maxValueBelowMinValue(String customName) {
    return invalidParameter("Attribute " + customName + " cannot have a max value smaller than it's min value");
  }

  /**
   * A string attribute whose MaxLength is below its MinLength. The second half is quoted by public
   * deployment checks; the "Attribute name" opening is assumed, as in {@link #maxValueBelowMinValue}.
   */
  public static InvalidParameterException maxLengthBelowMinLength(String customName) {
    return invalidParameter("Attribute " + customName + " cannot have a max length shorter than it's min length");
  }

  /**
   * A MinLength, MaxLength, MinValue or MaxValue that is not a number, a negative length, or a
   * MaxLength above 2048. Assumed text.
   */
  public static InvalidParameterException invalidAttributeConstraint(String customName, String constraint,
      String value) {
    return invalidParameter("Invalid " + constraint + " '" + value + "' for attribute " + customName + ".");
  }

  /* ---- Account recovery ---- */

  /** admin_only next to another recovery mechanism (text quoted by public deployment checks). */
  public static InvalidParameterException adminOnlyRecoveryNotAlone() {
    return invalidParameter(
        "Account Recovery Setting cannot use admin_only setting with any other recovery mechanisms.");
  }

  /** Two recovery mechanisms with the same priority or name (text quoted by public deployment checks). */
  public static InvalidParameterException duplicateRecoveryMechanism() {
    return invalidParameter(
        "Account Recovery Setting cannot have duplicate priorities or recovery mechanisms.");
  }

  /* ---- Users ---- */

  public static UserNotFoundException userNotFound() {
    return build(UserNotFoundException.builder(), "UserNotFoundException", "User does not exist.");
  }

  /** The LEGACY answer of the client-side operations (ForgotPassword, ConfirmSignUp, ...). */
  public static UserNotFoundException usernameClientNotFound() {
    return build(
        UserNotFoundException.builder(),
        "UserNotFoundException",
        "Username/client id combination not found.");
  }

  public static UsernameExistsException userAlreadyExists() {
    return build(UsernameExistsException.builder(), "UsernameExistsException", "User already exists");
  }

  public static UsernameExistsException userAccountAlreadyExists() {
    return build(
        UsernameExistsException.builder(), "UsernameExistsException", "User account already exists");
  }

  public static UsernameExistsException accountWithAttributeExists(String attribute) {
    return build(
        UsernameExistsException.builder(),
        "UsernameExistsException",
        "An account with the given " + attribute + " already exists.");
  }

  public static AliasExistsException aliasExists(String attribute) {
    return build(
        AliasExistsException.builder(),
        "AliasExistsException",
        "An account with the given " + attribute + " already exists.");
  }

  public static UserNotConfirmedException userNotConfirmed() {
    return build(
        UserNotConfirmedException.builder(), "UserNotConfirmedException", "User is not confirmed.");
  }

  public static UnsupportedUserStateException unsupportedUserState(String message) {
    return build(UnsupportedUserStateException.builder(), "UnsupportedUserStateException", message);
  }

  public static PasswordResetRequiredException passwordResetRequired() {
    return build(
        PasswordResetRequiredException.builder(),
        "PasswordResetRequiredException",
        "Password reset required for the user");
  }

  public static InvalidPasswordException invalidPassword(String prefix, String reason) {
    return build(
        InvalidPasswordException.builder(), "InvalidPasswordException", prefix + ": " + reason);
  }

  /**
   * A new password equal to one of the user's last PasswordHistorySize passwords. Assumed text:
   * no public response has been quoted.
   */
  public static CognitoIdentityProviderException passwordPreviouslyUsed() {
    return build(
        ModelSupport.exceptionBuilder(PASSWORD_HISTORY_POLICY_VIOLATION),
        "PasswordHistoryPolicyViolationException",
        "The password you entered has previously been used. Use a different password.");
  }

  /**
   * A PasswordHistorySize above 0 in a pool of the Lite feature plan; password history needs
   * Essentials or Plus. Assumed text.
   */
  public static CognitoIdentityProviderException passwordHistoryUnavailableInTier() {
    return build(
        ModelSupport.exceptionBuilder(FEATURE_UNAVAILABLE_IN_TIER),
        "FeatureUnavailableInTierException",
        "Password history is not available in the LITE feature plan.");
  }

  /* ---- Authorisation ---- */

  public static NotAuthorizedException notAuthorized(String message) {
    return build(NotAuthorizedException.builder(), "NotAuthorizedException", message);
  }

  public static NotAuthorizedException incorrectCredentials() {
    return notAuthorized("Incorrect username or password.");
  }

  public static NotAuthorizedException userDisabled() {
    return notAuthorized("User is disabled.");
  }

  public static NotAuthorizedException secretHashMissing(String clientId) {
    return notAuthorized(
        "Client " + clientId + " is configured with secret but SECRET_HASH was not received");
  }

  public static NotAuthorizedException secretHashMismatch(String clientId) {
    return notAuthorized("Unable to verify secret hash for client " + clientId);
  }

  public static NotAuthorizedException refreshSecretHashMismatch(String clientId) {
    return notAuthorized("SecretHash does not match for the client: " + clientId);
  }

  public static NotAuthorizedException sessionExpired() {
    return notAuthorized("Invalid session for the user, session is expired.");
  }

  public static NotAuthorizedException invalidSession() {
    return notAuthorized("Invalid session for the user.");
  }

  public static NotAuthorizedException invalidAccessToken() {
    return notAuthorized("Invalid Access Token");
  }

  public static NotAuthorizedException accessTokenExpired() {
    return notAuthorized("Access Token has expired");
  }

  /**
   * A valid access token without the {@code aws.cognito.signin.user.admin} scope, for instance
   * after a pre token generation trigger suppressed it; the text is from a real GetUser response
   * (re:Post "GetUser requiring aws.cognito.signin.user.admin scope").
   */
  public static NotAuthorizedException accessTokenMissingScope() {
    return notAuthorized("Access Token does not have required scopes");
  }

  /**
   * A password sign-in while the user is locked out after repeated wrong passwords
   * (amazon-archives/amazon-cognito-identity-js#479 and #506 quote the text).
   */
  public static NotAuthorizedException passwordAttemptsExceeded() {
    return notAuthorized("Password attempts exceeded");
  }

  public static NotAuthorizedException invalidRefreshToken() {
    return notAuthorized("Invalid Refresh Token.");
  }

  public static NotAuthorizedException refreshTokenExpired() {
    return notAuthorized("Refresh Token has expired");
  }

  /**
   * A refresh token that refresh token rotation replaced, used again after its grace period: the
   * model's own exception for this case (RefreshTokenReuseException API reference). Assumed text.
   */
  public static CognitoIdentityProviderException refreshTokenReused() {
    return build(
        ModelSupport.exceptionBuilder(REFRESH_TOKEN_REUSE),
        "RefreshTokenReuseException",
        "Refresh Token has already been used");
  }

  /**
   * REFRESH_TOKEN_AUTH through an app client with refresh token rotation, which only
   * GetTokensFromRefreshToken can serve (RefreshTokenRotationType API reference). Assumed type and
   * text.
   */
  public static InvalidParameterException refreshTokenAuthWithRotation() {
    return invalidParameter("Refresh token rotation is enabled for this client; use GetTokensFromRefreshToken "
        + "instead of REFRESH_TOKEN_AUTH.");
  }

  /**
   * GetTokensFromRefreshToken without ClientSecret through a client that has a secret. Assumed
   * text, after the SECRET_HASH one.
   */
  public static NotAuthorizedException clientSecretMissing(String clientId) {
    return notAuthorized("Client " + clientId + " is configured with secret but ClientSecret was not received");
  }

  /**
   * GetTokensFromRefreshToken with a ClientSecret that is none of the client's secrets. Assumed
   * text, after the refresh SECRET_HASH one.
   */
  public static NotAuthorizedException clientSecretMismatch(String clientId) {
    return notAuthorized("ClientSecret does not match for the client: " + clientId);
  }

  /* ---- Client secrets ---- */

  /** AddUserPoolClientSecret for an app client created without a secret. Assumed text. */
  public static InvalidParameterException clientWithoutSecret() {
    return invalidParameter("Cannot add a client secret to an app client that was created without one.");
  }

  /** AddUserPoolClientSecret for an app client that has two secrets already. Assumed text. */
  public static LimitExceededException tooManyClientSecrets() {
    return build(
        LimitExceededException.builder(),
        "LimitExceededException",
        "An app client can have at most 2 client secrets.");
  }

  /** DeleteUserPoolClientSecret naming no secret of the client. Assumed text. */
  public static ResourceNotFoundException clientSecretNotFound(String clientSecretId) {
    return build(
        ResourceNotFoundException.builder(),
        "ResourceNotFoundException",
        "Client secret " + clientSecretId + " does not exist.");
  }

  /** DeleteUserPoolClientSecret naming the client's only secret. Assumed text. */
  public static InvalidParameterException lastClientSecret() {
    return invalidParameter("Cannot delete the last client secret of an app client.");
  }

  /* ---- User import ---- */

  /** An import job ID the pool does not have; the text is assumed. */
  public static ResourceNotFoundException importJobNotFound(String jobId) {
    return build(ResourceNotFoundException.builder(), "ResourceNotFoundException",
        "Import job " + jobId + " does not exist.");
  }

  /**
   * An import job asked to do what its status does not allow, such as starting a job that was
   * started already; the texts are assumed.
   */
  public static PreconditionNotMetException preconditionNotMet(String message) {
    return build(PreconditionNotMetException.builder(), "PreconditionNotMetException", message);
  }

  /* ---- Lambda triggers ---- */

  public static UserLambdaValidationException userLambdaValidation(String message) {
    return build(UserLambdaValidationException.builder(), "UserLambdaValidationException", message);
  }

  public static UnexpectedLambdaException unexpectedLambda(String message) {
    return build(UnexpectedLambdaException.builder(), "UnexpectedLambdaException", message);
  }

  public static InvalidLambdaResponseException invalidLambdaResponse(String message) {
    return build(InvalidLambdaResponseException.builder(), "InvalidLambdaResponseException", message);
  }

  /* ---- Codes ---- */

  public static CodeMismatchException codeMismatch() {
    return build(
        CodeMismatchException.builder(),
        "CodeMismatchException",
        "Invalid verification code provided, please try again.");
  }

  /** A wrong MFA code, or an answer that does not fit the sign-in's state. */
  public static CodeMismatchException mfaCodeMismatch() {
    return build(CodeMismatchException.builder(), "CodeMismatchException", "Invalid code or auth state for the user.");
  }

  /** A TOTP code of a time step that was already used. */
  public static ExpiredCodeException softwareTokenReused() {
    return build(ExpiredCodeException.builder(), "ExpiredCodeException", "Your software token has already been used once.");
  }

  public static ExpiredCodeException expiredCode() {
    return build(
        ExpiredCodeException.builder(),
        "ExpiredCodeException",
        "Invalid code provided, please request a code again.");
  }

  public static LimitExceededException attemptLimitExceeded() {
    return build(
        LimitExceededException.builder(),
        "LimitExceededException",
        "Attempt limit exceeded, please try after some time.");
  }

  /* ---- Revocation ---- */

  /** An access token issued before GlobalSignOut, AdminUserGlobalSignOut or RevokeToken. */
  public static NotAuthorizedException accessTokenRevoked() {
    return notAuthorized("Access Token has been revoked");
  }

  /** A refresh token revoked by sign-out, RevokeToken or AdminDisableUser. */
  public static NotAuthorizedException refreshTokenRevoked() {
    return notAuthorized("Refresh Token has been revoked");
  }

  /**
   * RevokeToken through an app client whose EnableTokenRevocation is off. The SDK's own model
   * exception, not {@link java.lang.UnsupportedOperationException}. Assumed text.
   */
  public static software.amazon.awssdk.services.cognitoidentityprovider.model.UnsupportedOperationException
      tokenRevocationDisabled() {
    return build(
        software.amazon.awssdk.services.cognitoidentityprovider.model.UnsupportedOperationException.builder(),
        "UnsupportedOperationException",
        "Token revocation is not enabled for this app client.");
  }

  /**
   * RevokeToken given an ID or access token: only refresh tokens can be revoked (the revocation
   * endpoint's {@code unsupported_token_type}). Assumed text.
   */
  public static UnsupportedTokenTypeException unsupportedTokenType() {
    return build(
        UnsupportedTokenTypeException.builder(),
        "UnsupportedTokenTypeException",
        "Unsupported token type. Only refresh tokens can be revoked.");
  }

  /**
   * RevokeToken with a missing or wrong client secret, or an unknown client (the revocation
   * endpoint's {@code invalid_client}). Assumed text.
   */
  public static UnauthorizedException invalidClientCredentials() {
    return build(
        UnauthorizedException.builder(), "UnauthorizedException", "Invalid client credentials.");
  }

  /* ---- Groups ---- */

  /** Assumed text, following the pattern of the other "already exists" messages. */
  public static GroupExistsException groupExists(String groupName) {
    return build(
        GroupExistsException.builder(),
        "GroupExistsException",
        "A group with the name " + groupName + " already exists.");
  }

  /** GetGroup, UpdateGroup, DeleteGroup and the membership calls on a group that does not exist. */
  public static ResourceNotFoundException groupNotFound() {
    return build(ResourceNotFoundException.builder(), "ResourceNotFoundException", "Group not found.");
  }

  /* ---- Directory ---- */

  /** ListUsers with a filter it cannot read (aws/aws-sdk-php#1088, real response body). */
  public static InvalidParameterException filterParseError() {
    return invalidParameter("Error while parsing filter.");
  }

  /**
   * A write to an attribute the schema marks immutable, after the user was created
   * (aws-amplify/amplify-swift#3981 quotes "user.email: Attribute cannot be updated.").
   */
  public static InvalidParameterException attributeCannotBeUpdated(String attribute) {
    return invalidParameter("user." + attribute + ": Attribute cannot be updated.");
  }

  /* ---- MFA settings ---- */

  /**
   * SetUserPoolMfaConfig turning MFA ON or OPTIONAL with no factor left (the wording public
   * infrastructure code quotes since email MFA exists; older pools said "can't disable all MFAs").
   */
  public static InvalidParameterException mfaConfigurationWithoutFactor() {
    return invalidParameter(
        "Invalid MFA Configuration given. SMS MFA, Email MFA, or Software Token MFA must be enabled.");
  }

  /** SetUserPoolMfaConfig turning MFA OFF while configuring a factor (quoted by Terraform's provider). */
  public static InvalidParameterException mfaConfigurationOffWithFactor() {
    return invalidParameter("Invalid MFA configuration given, can't turn off MFA and configure an MFA together.");
  }

  /** SMS MFA without an SMS configuration that names the SNS caller role. */
  public static InvalidParameterException invalidSmsMfaConfiguration() {
    return invalidParameter("Invalid SMS MFA configuration given, external id and a valid caller arn are required");
  }

  /** Email MFA in a pool that sends email with Cognito's own account. Assumed text. */
  public static InvalidParameterException emailMfaRequiresDeveloperEmail() {
    return invalidParameter("Email MFA requires the user pool to send email with Amazon SES (EmailSendingAccount DEVELOPER).");
  }

  /** Email MFA in a pool of the Lite feature plan. Assumed text. */
  public static CognitoIdentityProviderException emailMfaUnavailableInTier() {
    return build(
        ModelSupport.exceptionBuilder(FEATURE_UNAVAILABLE_IN_TIER),
        "FeatureUnavailableInTierException",
        "Email MFA is not available in the LITE feature plan.");
  }

  /**
   * SetUserMFAPreference, AdminSetUserMFAPreference or SetUserSettings turning on a factor the user
   * cannot use: no verified software token, no phone number or email, or a factor the pool does not
   * offer (aws/aws-sdk-js-v3#4645 and re:Post quote it for SOFTWARE_TOKEN_MFA, public tests for
   * SMS_MFA).
   */
  public static InvalidParameterException mfaFactorUnavailable(String factor) {
    return invalidParameter("User does not have delivery config set to turn on " + factor);
  }

  /** A preferred MFA factor that is not enabled. Assumed text. */
  public static InvalidParameterException preferredMfaNotEnabled() {
    return invalidParameter("The preferred MFA method must be enabled.");
  }

  /** More than one factor marked preferred in one request. Assumed text. */
  public static InvalidParameterException severalPreferredMfa() {
    return invalidParameter("Only one MFA method can be set as preferred.");
  }

  /** Legacy MFAOptions other than SMS to phone_number. Assumed text. */
  public static InvalidParameterException invalidMfaOption() {
    return invalidParameter("Only SMS delivery to phone_number is supported for MFA options.");
  }

  /** AssociateSoftwareToken or VerifySoftwareToken with neither or both of AccessToken and Session. Assumed text. */
  public static InvalidParameterException accessTokenXorSession() {
    return invalidParameter("Either AccessToken or Session must be provided, but not both.");
  }

  /**
   * VerifySoftwareToken with a wrong code. The wire error code is {@code EnableSoftwareTokenMFAException}
   * (aws-samples/aws-amplify-auth-starters#15 quotes the body).
   */
  public static software.amazon.awssdk.services.cognitoidentityprovider.model.EnableSoftwareTokenMfaException
      softwareTokenCodeMismatch() {
    return build(
        software.amazon.awssdk.services.cognitoidentityprovider.model.EnableSoftwareTokenMfaException.builder(),
        "EnableSoftwareTokenMFAException",
        "Code mismatch and fail enable Software Token MFA");
  }

  /**
   * A software token operation for a user who has none; the wire error code is {@code
   * SoftwareTokenMFANotFoundException} (amazon-archives/amazon-cognito-identity-js#630).
   */
  public static software.amazon.awssdk.services.cognitoidentityprovider.model.SoftwareTokenMfaNotFoundException
      softwareTokenNotFound() {
    return build(
        software.amazon.awssdk.services.cognitoidentityprovider.model.SoftwareTokenMfaNotFoundException.builder(),
        "SoftwareTokenMFANotFoundException",
        "Software Token MFA does not exist for the user.");
  }

  /* ---- Passkeys (WebAuthn); every text here is assumed: no real response has been quoted ---- */

  /** A passkey operation in a pool whose sign-in policy does not allow WEB_AUTHN. */
  public static CognitoIdentityProviderException webAuthnNotEnabled() {
    return build(ModelSupport.exceptionBuilder(WEB_AUTHN_NOT_ENABLED), "WebAuthnNotEnabledException",
        "Passkey authentication is not enabled for this user pool.");
  }

  /** Passkey registration in a pool with neither a relying party ID nor a domain. */
  public static CognitoIdentityProviderException webAuthnConfigurationMissing() {
    return build(ModelSupport.exceptionBuilder(WEB_AUTHN_CONFIGURATION_MISSING),
        "WebAuthnConfigurationMissingException",
        "The user pool has no relying party ID and no domain configured for passkeys.");
  }

  /** CompleteWebAuthnRegistration without a live registration challenge, or for another one. */
  public static CognitoIdentityProviderException webAuthnChallengeNotFound() {
    return build(ModelSupport.exceptionBuilder(WEB_AUTHN_CHALLENGE_NOT_FOUND), "WebAuthnChallengeNotFoundException",
        "The passkey registration challenge was not found or has expired.");
  }

  /** CompleteWebAuthnRegistration with a token of another app client than the one that started it. */
  public static CognitoIdentityProviderException webAuthnClientMismatch() {
    return build(ModelSupport.exceptionBuilder(WEB_AUTHN_CLIENT_MISMATCH), "WebAuthnClientMismatchException",
        "The access token belongs to a different app client than the one that started the passkey registration.");
  }

  /** A registration scoped to another relying party ID than the pool's. */
  public static CognitoIdentityProviderException webAuthnRelyingPartyMismatch() {
    return build(ModelSupport.exceptionBuilder(WEB_AUTHN_RELYING_PARTY_MISMATCH),
        "WebAuthnRelyingPartyMismatchException",
        "The passkey credential is associated with a different relying party ID than the user pool's.");
  }

  /** A registration made on an origin outside the pool's relying party ID. */
  public static CognitoIdentityProviderException webAuthnOriginNotAllowed(String origin) {
    return build(ModelSupport.exceptionBuilder(WEB_AUTHN_ORIGIN_NOT_ALLOWED), "WebAuthnOriginNotAllowedException",
        "The origin " + origin + " is not allowed for passkeys of this user pool.");
  }

  /** A passkey of an algorithm, attestation format or capability Cognito does not take. */
  public static CognitoIdentityProviderException webAuthnCredentialNotSupported(String reason) {
    return build(ModelSupport.exceptionBuilder(WEB_AUTHN_CREDENTIAL_NOT_SUPPORTED),
        "WebAuthnCredentialNotSupportedException", "The passkey credential is not supported: " + reason);
  }

  /** A registration response that is not well-formed, or whose attestation does not verify. */
  public static InvalidParameterException invalidWebAuthnCredential(String reason) {
    return invalidParameter("Invalid passkey credential: " + reason);
  }

  /** StartWebAuthnRegistration or CompleteWebAuthnRegistration for a user with the most passkeys. */
  public static LimitExceededException tooManyPasskeys(int limit) {
    return build(LimitExceededException.builder(), "LimitExceededException",
        "A user can register at most " + limit + " passkeys.");
  }

  /** DeleteWebAuthnCredential naming no passkey of the user. */
  public static ResourceNotFoundException passkeyNotFound() {
    return build(ResourceNotFoundException.builder(), "ResourceNotFoundException", "Credential not found.");
  }

  /** A WEB_AUTHN answer whose assertion does not verify. */
  public static NotAuthorizedException passkeyAssertionFailed(String reason) {
    return notAuthorized("Passkey authentication failed: " + reason);
  }

  private static <E extends CognitoIdentityProviderException> E build(
      CognitoIdentityProviderException.Builder builder, String errorCode, String message) {
    return build(builder, errorCode, message, UUID.randomUUID().toString());
  }

  @SuppressWarnings("unchecked")
  private static <E extends CognitoIdentityProviderException> E build(
      CognitoIdentityProviderException.Builder builder, String errorCode, String message, String requestId) {
    SdkHttpResponse http =
        SdkHttpResponse.builder()
            .statusCode(400)
            .statusText("Bad Request")
            .putHeader("x-amzn-RequestId", requestId)
            .putHeader("x-amzn-ErrorType", errorCode + ":")
            .putHeader("x-amzn-ErrorMessage", message)
            .build();
    AwsErrorDetails details =
        AwsErrorDetails.builder()
            .errorCode(errorCode)
            .errorMessage(message)
            .serviceName(SERVICE_NAME)
            .sdkHttpResponse(http)
            .build();
    return (E)
        builder.message(message).statusCode(400).requestId(requestId).awsErrorDetails(details).build();
  }
}
