package dev.fakecognito.internal.util;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.EventResponseType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserPoolMfaConfigResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LambdaConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordPolicyType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

/**
 * Which parts of the Cognito model the SDK on the class path has.
 *
 * <p>The fake compiles against a recent SDK and runs with any from 2.17.203 on. The JVM resolves a
 * model member only when code that names it runs, so code that uses a newer member sits behind one
 * of these flags, each checked once when this class loads; the JIT folds them into constants. A
 * request can only carry what its own model has, so on an older SDK the guarded setting is simply
 * absent, as if the caller had left it out.
 *
 * <p>Exception classes a model lacks cannot be named at all where their type would be checked, so
 * {@link #exceptionBuilder(MethodHandle)} builds them from a handle looked up once.
 */
public final class ModelSupport {

  private static final String MODEL = "software.amazon.awssdk.services.cognitoidentityprovider.model.";

  /**
   * UserStatusType.EXTERNAL_PROVIDER, the status of federated users; an SDK that lacks it (2.17)
   * calls it UNKNOWN_TO_SDK_VERSION.
   */
  public static final UserStatusType EXTERNAL_PROVIDER = UserStatusType.fromValue("EXTERNAL_PROVIDER");
  /** UserPoolType.DeletionProtection (SDK 2.18). */
  public static final boolean DELETION_PROTECTION = has(UserPoolType.class, "deletionProtection");
  /** UserPoolType.UserPoolTier, the feature plans (SDK 2.29). */
  public static final boolean USER_POOL_TIER = has(UserPoolType.class, "userPoolTier");
  /** PasswordPolicyType.PasswordHistorySize (SDK 2.29). */
  public static final boolean PASSWORD_HISTORY = has(PasswordPolicyType.class, "passwordHistorySize");
  /** UpdateUserPoolRequest.PoolName (SDK 2.29). */
  public static final boolean UPDATE_POOL_NAME = has(UpdateUserPoolRequest.class, "poolName");
  /** UserPoolPolicyType.SignInPolicy, the choice-based sign-in factors (SDK 2.29). */
  public static final boolean SIGN_IN_POLICY =
      has(software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolPolicyType.class, "signInPolicy");
  /** GetUserPoolMfaConfigResponse.EmailMfaConfiguration (SDK 2.29). */
  public static final boolean EMAIL_MFA = has(GetUserPoolMfaConfigResponse.class, "emailMfaConfiguration");
  /** GetUserPoolMfaConfigResponse.WebAuthnConfiguration (SDK 2.29). */
  public static final boolean WEB_AUTHN = has(GetUserPoolMfaConfigResponse.class, "webAuthnConfiguration");
  /** LambdaConfigType.PreTokenGenerationConfig, trigger event versions 2 and 3 (SDK 2.21). */
  public static final boolean PRE_TOKEN_GENERATION_CONFIG = has(LambdaConfigType.class, "preTokenGenerationConfig");
  /** LambdaConfigType.InboundFederation, the inbound federation trigger (SDK 2.57). */
  public static final boolean INBOUND_FEDERATION = has(LambdaConfigType.class, "inboundFederation");
  /** UserPoolClientType.AuthSessionValidity (SDK 2.18). */
  public static final boolean AUTH_SESSION_VALIDITY = has(UserPoolClientType.class, "authSessionValidity");
  /** UserPoolClientType.RefreshTokenRotation (SDK 2.42). */
  public static final boolean REFRESH_TOKEN_ROTATION = has(UserPoolClientType.class, "refreshTokenRotation");
  /** CreateUserPoolDomainRequest.ManagedLoginVersion, managed login next to the classic hosted UI (SDK 2.29). */
  public static final boolean MANAGED_LOGIN_VERSION = has(
      software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolDomainRequest.class,
      "managedLoginVersion");
  /** CustomDomainConfigType.SecurityPolicy, the TLS policy of a custom domain (SDK 2.54). */
  public static final boolean DOMAIN_SECURITY_POLICY = has(
      software.amazon.awssdk.services.cognitoidentityprovider.model.CustomDomainConfigType.class, "securityPolicy");
  /** CreateUserPoolClientRequest.ClientSecret, a secret of the caller's choosing (SDK 2.57). */
  public static final boolean CLIENT_SECRET = has(CreateUserPoolClientRequest.class, "clientSecret");
  /** IdentityProviderType.AcrMapping, the step-up levels of an OIDC provider (SDK 2.57). */
  public static final boolean ACR_MAPPING = has(
      software.amazon.awssdk.services.cognitoidentityprovider.model.IdentityProviderType.class, "acrMapping");

  /** S3 and Firehose destinations of log delivery, LogConfigurationType.S3Configuration (SDK 2.30). */
  public static final boolean LOG_DELIVERY_S3_FIREHOSE = hasModelClass("FirehoseConfigurationType");

  // The fake itself needs no guard for the following: the clients offer whatever the SDK's own
  // interfaces have, and the fake writes event responses as strings. Tests ask.

  /**
   * The clients' serviceClientConfiguration() (after SDK 2.19), known by its return type: asking
   * the client interface for the method would load the types of all its methods.
   */
  public static final boolean SERVICE_CLIENT_CONFIGURATION = exists(
      "software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderServiceClientConfiguration");
  /** EventResponseType Pass, Fail and InProgress, where older models had Success and Failure (SDK 2.18). */
  public static final boolean EVENT_RESPONSE_PASS_FAIL =
      EventResponseType.fromValue("Pass") != EventResponseType.UNKNOWN_TO_SDK_VERSION;
  /** The AdminGetUserAuthFactors operation (after SDK 2.41). */
  public static final boolean ADMIN_GET_USER_AUTH_FACTORS = hasModelClass("AdminGetUserAuthFactorsRequest");

  private ModelSupport() {}

  /** Whether {@code type} has a public method {@code name} without parameters. */
  public static boolean has(Class<?> type, String name) {
    try {
      type.getMethod(name);
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /** Whether the model has the class {@code simpleName}; the class is not initialized. */
  public static boolean hasModelClass(String simpleName) {
    return modelClass(simpleName) != null;
  }

  private static @Nullable Class<?> modelClass(String simpleName) {
    return load(MODEL + simpleName);
  }

  private static boolean exists(String className) {
    return load(className) != null;
  }

  private static @Nullable Class<?> load(String className) {
    try {
      return Class.forName(className, false, CognitoIdentityProviderException.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  /**
   * Returns a handle to the static {@code builder()} of the model exception class {@code simpleName}
   * as a {@code () -> CognitoIdentityProviderException.Builder}, or null if the model has no such
   * class.
   */
  public static @Nullable MethodHandle exceptionBuilderHandle(String simpleName) {
    Class<?> type = modelClass(simpleName);
    if (type == null) {
      return null;
    }
    try {
      Class<?> builder = type.getMethod("builder").getReturnType();
      return MethodHandles.publicLookup()
          .findStatic(type, "builder", MethodType.methodType(builder))
          .asType(MethodType.methodType(CognitoIdentityProviderException.Builder.class));
    } catch (NoSuchMethodException | IllegalAccessException e) {
      return null;
    }
  }

  /**
   * Returns a new builder of the exception {@code handle} stands for, or, where the model lacks that
   * exception, of the service's base exception: what the SDK itself builds for an error code its
   * model does not know. The error code in the details stays the real one.
   */
  public static CognitoIdentityProviderException.Builder exceptionBuilder(@Nullable MethodHandle handle) {
    if (handle == null) {
      return CognitoIdentityProviderException.builder();
    }
    try {
      return (CognitoIdentityProviderException.Builder) handle.invokeExact();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }
}
