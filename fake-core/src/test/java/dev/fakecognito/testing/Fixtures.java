package dev.fakecognito.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.internal.users.SecretHashes;
import dev.fakecognito.totp.Totp;
import java.time.Duration;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import java.util.Map;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/** Shared set-up for contract tests: pools, app clients and error assertions. */
public final class Fixtures {

  /** A password that satisfies the default policy. */
  public static final String PASSWORD = "Passw0rd!";

  private Fixtures() {}

  /** Creates a pool named "test" with the given extra settings and returns its ID. */
  public static String pool(CognitoIdentityProviderClient cognito, Consumer<CreateUserPoolRequest.Builder> settings) {
    return cognito.createUserPool(r -> settings.accept(r.poolName("test"))).userPool().id();
  }

  public static String pool(CognitoIdentityProviderClient cognito) {
    return pool(cognito, r -> {});
  }

  /**
   * Creates an app client with the password, admin and refresh flows enabled, plus extra settings.
   */
  public static UserPoolClientType client(
      CognitoIdentityProviderClient cognito, String poolId, Consumer<CreateUserPoolClientRequest.Builder> settings) {
    return cognito.createUserPoolClient(r -> settings.accept(r.userPoolId(poolId).clientName("app")
        .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH,
            ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH,
            ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)))
        .userPoolClient();
  }

  public static UserPoolClientType client(CognitoIdentityProviderClient cognito, String poolId) {
    return client(cognito, poolId, r -> {});
  }

  /**
   * Creates an app client with USER_SRP_AUTH enabled next to the password, admin and refresh flows,
   * plus extra settings.
   */
  public static UserPoolClientType srpClient(
      CognitoIdentityProviderClient cognito, String poolId, Consumer<CreateUserPoolClientRequest.Builder> settings) {
    return client(cognito, poolId, r -> settings.accept(r.explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH,
        ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH,
        ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)));
  }

  public static UserPoolClientType srpClient(CognitoIdentityProviderClient cognito, String poolId) {
    return srpClient(cognito, poolId, r -> {});
  }

  /** Signs in with USER_PASSWORD_AUTH through a client without a secret and returns the tokens. */
  public static AuthenticationResultType signIn(
      CognitoIdentityProviderClient cognito, String clientId, String username, String password) {
    return cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", username, "PASSWORD", password))).authenticationResult();
  }

  /** SECRET_HASH for a client with a secret. */
  public static String secretHash(UserPoolClientType client, String username) {
    return SecretHashes.compute(client.clientSecret(), username, client.clientId());
  }

  public static AttributeType attribute(String name, String value) {
    return AttributeType.builder().name(name).value(value).build();
  }

  /** Creates a CONFIRMED user with {@link #PASSWORD} through the admin API. */
  public static void confirmedUser(CognitoIdentityProviderClient cognito, String poolId, String username,
      AttributeType... attributes) {
    cognito.adminCreateUser(r -> r.userPoolId(poolId).username(username).userAttributes(attributes)
        .messageAction("SUPPRESS"));
    cognito.adminSetUserPassword(r -> r.userPoolId(poolId).username(username).password(PASSWORD).permanent(true));
  }

  /**
   * Asserts that {@code call} fails with the SDK exception Cognito raises: its type, error code,
   * message, status 400, and a request ID.
   */
  public static <E extends CognitoIdentityProviderException> E assertCognitoError(
      ThrowingCallable call, Class<E> type, String message) {
    E error = catchThrowableOfType(type, call);
    assertThat(error).as("expected %s", type.getSimpleName()).isNotNull();
    assertThat(error.awsErrorDetails().errorCode()).isEqualTo(type.getSimpleName());
    assertThat(error.awsErrorDetails().errorMessage()).isEqualTo(message);
    assertThat(error.awsErrorDetails().serviceName()).isEqualTo("CognitoIdentityProvider");
    assertThat(error.statusCode()).isEqualTo(400);
    assertThat(error.requestId()).isNotBlank();
    return error;
  }

  /**
   * As {@link #assertCognitoError(ThrowingCallable, Class, String)}, for the exceptions whose wire
   * error code is spelled differently from the SDK class, e.g. {@code EnableSoftwareTokenMFAException}
   * for {@code EnableSoftwareTokenMfaException}.
   */
  public static <E extends CognitoIdentityProviderException> E assertCognitoError(
      ThrowingCallable call, Class<E> type, String errorCode, String message) {
    E error = catchThrowableOfType(type, call);
    assertThat(error).as("expected %s", type.getSimpleName()).isNotNull();
    assertThat(error.awsErrorDetails().errorCode()).isEqualTo(errorCode);
    assertThat(error.awsErrorDetails().errorMessage()).isEqualTo(message);
    assertThat(error.awsErrorDetails().serviceName()).isEqualTo("CognitoIdentityProvider");
    assertThat(error.statusCode()).isEqualTo(400);
    assertThat(error.requestId()).isNotBlank();
    return error;
  }

  /**
   * Asserts that {@code call} fails as a listing does for a pagination token it did not issue:
   * InvalidParameterException naming the token and the request's own ID.
   */
  public static void assertInvalidPaginationToken(ThrowingCallable call, String token) {
    InvalidParameterException error = catchThrowableOfType(InvalidParameterException.class, call);
    assertThat(error).as("expected InvalidParameterException").isNotNull();
    assertThat(error.awsErrorDetails().errorCode()).isEqualTo("InvalidParameterException");
    assertThat(error.awsErrorDetails().errorMessage())
        .isEqualTo("Paging marker " + token + " is invalid for request " + error.requestId());
    assertThat(error.awsErrorDetails().serviceName()).isEqualTo("CognitoIdentityProvider");
    assertThat(error.statusCode()).isEqualTo(400);
    assertThat(error.requestId()).isNotBlank();
  }

  /** A new fake; tests close nothing, since a fake holds no resources. */
  /**
   * Associates and verifies a software token for the holder of {@code accessToken} and makes it the
   * preferred factor; returns its secret. The clock moves on one step, so that the step the token
   * was verified with is behind it.
   */
  public static String preferSoftwareToken(CognitoIdentityProviderClient cognito, FakeCognito fake,
      String accessToken) {
    String secret = cognito.associateSoftwareToken(r -> r.accessToken(accessToken)).secretCode();
    cognito.verifySoftwareToken(r -> r.accessToken(accessToken).userCode(Totp.code(secret, fake.clock())));
    cognito.setUserMFAPreference(r -> r.accessToken(accessToken)
        .softwareTokenMfaSettings(s -> s.enabled(true).preferredMfa(true)));
    fake.clock().advance(Duration.ofSeconds(Totp.STEP_SECONDS));
    return secret;
  }

  public static FakeCognito fake() {
    return FakeCognito.create();
  }
}
