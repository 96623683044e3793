package dev.fakecognito.contract;

import static dev.fakecognito.testing.Transport.clientFor;
import static dev.fakecognito.testing.Fixtures.PASSWORD;
import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.attribute;
import static dev.fakecognito.testing.Fixtures.client;
import static dev.fakecognito.testing.Fixtures.confirmedUser;
import static dev.fakecognito.testing.Fixtures.pool;
import static dev.fakecognito.testing.Fixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import dev.fakecognito.FakeCognito;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeviceRememberedStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreTokenGenerationLambdaVersionType;

/**
 * Self-service operations need the aws.cognito.signin.user.admin scope in the access token; a pre
 * token generation trigger of version 2 or 3 can take it away.
 */
class AccessTokenScopesTest {

  private static final String ARN = "arn:aws:lambda:us-east-1:123456789012:function:scopes";
  private static final String ADMIN_SCOPE = "aws.cognito.signin.user.admin";
  private static final String MISSING_SCOPE = "Access Token does not have required scopes";
  private static final String DEVICE_KEY = "us-east-1_00000000-0000-0000-0000-000000000000";

  private final FakeCognito fake = FakeCognito.create();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);

  /** Every operation that takes an access token, called with {@code token}. */
  static Stream<Arguments> selfServiceOperations() {
    return Stream.of(
        operation("GetUser", (c, t) -> c.getUser(r -> r.accessToken(t))),
        operation("UpdateUserAttributes", (c, t) -> c.updateUserAttributes(r -> r.accessToken(t)
            .userAttributes(attribute("name", "Alice")))),
        operation("DeleteUserAttributes", (c, t) -> c.deleteUserAttributes(r -> r.accessToken(t)
            .userAttributeNames("name"))),
        operation("GetUserAttributeVerificationCode", (c, t) -> c.getUserAttributeVerificationCode(r -> r
            .accessToken(t).attributeName("email"))),
        operation("VerifyUserAttribute", (c, t) -> c.verifyUserAttribute(r -> r.accessToken(t)
            .attributeName("email").code("123456"))),
        operation("ChangePassword", (c, t) -> c.changePassword(r -> r.accessToken(t)
            .previousPassword(PASSWORD).proposedPassword("N3w-Passw0rd!"))),
        operation("DeleteUser", (c, t) -> c.deleteUser(r -> r.accessToken(t))),
        operation("GlobalSignOut", (c, t) -> c.globalSignOut(r -> r.accessToken(t))),
        operation("SetUserMFAPreference", (c, t) -> c.setUserMFAPreference(r -> r.accessToken(t)
            .emailMfaSettings(s -> s.enabled(false)))),
        operation("SetUserSettings", (c, t) -> c.setUserSettings(r -> r.accessToken(t).mfaOptions(List.of()))),
        operation("AssociateSoftwareToken", (c, t) -> c.associateSoftwareToken(r -> r.accessToken(t))),
        operation("VerifySoftwareToken", (c, t) -> c.verifySoftwareToken(r -> r.accessToken(t).userCode("123456"))),
        operation("ConfirmDevice", (c, t) -> c.confirmDevice(r -> r.accessToken(t).deviceKey(DEVICE_KEY)
            .deviceSecretVerifierConfig(v -> v.salt("c2FsdA==").passwordVerifier("dmVyaWZpZXI=")))),
        operation("GetDevice", (c, t) -> c.getDevice(r -> r.accessToken(t).deviceKey(DEVICE_KEY))),
        operation("ListDevices", (c, t) -> c.listDevices(r -> r.accessToken(t))),
        operation("UpdateDeviceStatus", (c, t) -> c.updateDeviceStatus(r -> r.accessToken(t).deviceKey(DEVICE_KEY)
            .deviceRememberedStatus(DeviceRememberedStatusType.REMEMBERED))),
        operation("ForgetDevice", (c, t) -> c.forgetDevice(r -> r.accessToken(t).deviceKey(DEVICE_KEY))),
        operation("GetUserAuthFactors", (c, t) -> c.getUserAuthFactors(r -> r.accessToken(t))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("selfServiceOperations")
  void token_without_the_admin_scope_throws_NotAuthorizedException(String operation, TokenCall call) {
    String poolId = poolWithTrigger(PreTokenGenerationLambdaVersionType.V2_0,
        Map.of("scopesToSuppress", List.of(ADMIN_SCOPE)));
    String token = signInAlice(poolId).accessToken();

    assertCognitoError(() -> call.invoke(cognito, token), NotAuthorizedException.class, MISSING_SCOPE);
  }

  @Test
  void version_3_trigger_suppressing_the_scope_also_takes_the_right_away() {
    String poolId = poolWithTrigger(PreTokenGenerationLambdaVersionType.V3_0,
        Map.of("scopesToSuppress", List.of(ADMIN_SCOPE)));
    String token = signInAlice(poolId).accessToken();

    assertCognitoError(() -> cognito.getUser(r -> r.accessToken(token)), NotAuthorizedException.class, MISSING_SCOPE);
  }

  @Test
  void token_with_added_scopes_keeps_the_admin_scope_and_works() throws Exception {
    String poolId = poolWithTrigger(PreTokenGenerationLambdaVersionType.V2_0,
        Map.of("scopesToAdd", List.of("orders/read")));
    String token = signInAlice(poolId).accessToken();

    assertThat(SignedJWT.parse(token).getJWTClaimsSet().getStringClaim("scope"))
        .isEqualTo(ADMIN_SCOPE + " orders/read");
    assertThat(cognito.getUser(r -> r.accessToken(token)).username()).isEqualTo("alice");
  }

  @Test
  void suppressing_another_scope_leaves_the_token_usable() {
    String poolId = poolWithTrigger(PreTokenGenerationLambdaVersionType.V2_0,
        Map.of("scopesToAdd", List.of("orders/read"), "scopesToSuppress", List.of("orders/read")));
    String token = signInAlice(poolId).accessToken();

    assertThat(cognito.getUser(r -> r.accessToken(token)).username()).isEqualTo("alice");
  }

  @Test
  void refreshed_token_without_the_scope_throws_NotAuthorizedException() {
    String poolId = poolWithTrigger(PreTokenGenerationLambdaVersionType.V2_0,
        Map.of("scopesToSuppress", List.of(ADMIN_SCOPE)));
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"));
    AuthenticationResultType tokens = signIn(cognito, clientId, "alice", PASSWORD);

    String refreshed = cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
        .authParameters(Map.of("REFRESH_TOKEN", tokens.refreshToken()))).authenticationResult().accessToken();

    assertCognitoError(() -> cognito.getUser(r -> r.accessToken(refreshed)), NotAuthorizedException.class,
        MISSING_SCOPE);
  }

  @Test
  void refused_delete_user_keeps_the_user() {
    String poolId = poolWithTrigger(PreTokenGenerationLambdaVersionType.V2_0,
        Map.of("scopesToSuppress", List.of(ADMIN_SCOPE)));
    String token = signInAlice(poolId).accessToken();

    assertCognitoError(() -> cognito.deleteUser(r -> r.accessToken(token)), NotAuthorizedException.class,
        MISSING_SCOPE);

    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")).username()).isEqualTo("alice");
  }

  @Test
  void refused_global_sign_out_keeps_the_refresh_token() {
    String poolId = poolWithTrigger(PreTokenGenerationLambdaVersionType.V2_0,
        Map.of("scopesToSuppress", List.of(ADMIN_SCOPE)));
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"));
    AuthenticationResultType tokens = signIn(cognito, clientId, "alice", PASSWORD);

    assertCognitoError(() -> cognito.globalSignOut(r -> r.accessToken(tokens.accessToken())),
        NotAuthorizedException.class, MISSING_SCOPE);

    assertThat(cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
        .authParameters(Map.of("REFRESH_TOKEN", tokens.refreshToken()))).authenticationResult().accessToken())
        .isNotBlank();
  }

  @Test
  void expired_token_without_the_scope_reports_the_expiry() {
    String poolId = poolWithTrigger(PreTokenGenerationLambdaVersionType.V2_0,
        Map.of("scopesToSuppress", List.of(ADMIN_SCOPE)));
    String token = signInAlice(poolId).accessToken();
    fake.clock().advance(java.time.Duration.ofHours(2));

    assertCognitoError(() -> cognito.getUser(r -> r.accessToken(token)), NotAuthorizedException.class,
        "Access Token has expired");
  }

  /* ---- Helpers ---- */

  /** An SDK call made with one access token. */
  @FunctionalInterface
  interface TokenCall {
    void invoke(CognitoIdentityProviderClient cognito, String accessToken);
  }

  private static Arguments operation(String name, TokenCall call) {
    return Arguments.of(name, call);
  }

  /** A pool whose pre token generation trigger applies {@code accessTokenChanges}. */
  private String poolWithTrigger(PreTokenGenerationLambdaVersionType version, Map<String, Object> accessTokenChanges) {
    String poolId = pool(cognito, r -> r.lambdaConfig(l -> l.preTokenGenerationConfig(c -> c.lambdaArn(ARN)
        .lambdaVersion(version))));
    fake.registerLambda(ARN, event -> {
      response(event).put("claimsAndScopeOverrideDetails", Map.of("accessTokenGeneration", accessTokenChanges));
      return event;
    });
    return poolId;
  }

  private AuthenticationResultType signInAlice(String poolId) {
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"));
    return signIn(cognito, clientId, "alice", PASSWORD);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> response(Map<String, Object> event) {
    return (Map<String, Object>) event.get("response");
  }
}
