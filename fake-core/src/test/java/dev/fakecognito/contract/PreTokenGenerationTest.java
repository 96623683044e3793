package dev.fakecognito.contract;

import static dev.fakecognito.testing.Transport.clientFor;
import static dev.fakecognito.testing.Fixtures.PASSWORD;
import static dev.fakecognito.testing.Fixtures.attribute;
import static dev.fakecognito.testing.Fixtures.client;
import static dev.fakecognito.testing.Fixtures.confirmedUser;
import static dev.fakecognito.testing.Fixtures.pool;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.fakecognito.FakeCognito;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreTokenGenerationLambdaVersionType;

/** Pre token generation: version 1 changes the ID token and groups, versions 2 and 3 the access token too. */
class PreTokenGenerationTest {

  private static final String ARN = "arn:aws:lambda:us-east-1:123456789012:function:tokens";

  private final FakeCognito fake = FakeCognito.create();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);

  @Test
  void version_1_adds_and_suppresses_id_token_claims_and_overrides_groups() throws Exception {
    String poolId = pool(cognito, r -> r.lambdaConfig(l -> l.preTokenGeneration(ARN)));
    fake.registerLambda(ARN, event -> {
      response(event).put("claimsOverrideDetails", Map.of(
          "claimsToAddOrOverride", Map.of("tenant", "acme", "sub", "not-allowed"),
          "claimsToSuppress", List.of("email"),
          "groupOverrideDetails", Map.of("groupsToOverride", List.of("admins"))));
      return event;
    });
    AuthenticationResultType tokens = signIn(poolId);

    JWTClaimsSet id = SignedJWT.parse(tokens.idToken()).getJWTClaimsSet();
    JWTClaimsSet access = SignedJWT.parse(tokens.accessToken()).getJWTClaimsSet();
    assertThat(id.getStringClaim("tenant")).isEqualTo("acme");
    assertThat(id.getSubject()).isNotEqualTo("not-allowed");
    assertThat(id.getClaim("email")).isNull();
    assertThat(id.getStringListClaim("cognito:groups")).containsExactly("admins");
    assertThat(access.getStringListClaim("cognito:groups")).containsExactly("admins");
    assertThat(access.getClaim("tenant")).isNull();
    assertThat(fake.triggerInvocations()).singleElement().satisfies(call -> {
      assertThat(call.triggerSource()).isEqualTo("TokenGeneration_Authentication");
      assertThat(call.event()).containsEntry("version", "1");
      assertThat(call.request()).containsKeys("userAttributes", "groupConfiguration", "clientMetadata");
    });
  }

  @Test
  void version_2_changes_access_token_claims_and_scopes() throws Exception {
    String poolId = pool(cognito, r -> r.lambdaConfig(l -> l.preTokenGenerationConfig(c -> c.lambdaArn(ARN)
        .lambdaVersion(PreTokenGenerationLambdaVersionType.V2_0))));
    fake.registerLambda(ARN, event -> {
      response(event).put("claimsAndScopeOverrideDetails", Map.of(
          "accessTokenGeneration", Map.of("claimsToAddOrOverride", Map.of("plan", "gold"),
              "scopesToAdd", List.of("orders/read")),
          "idTokenGeneration", Map.of("claimsToAddOrOverride", Map.of("plan", "gold"))));
      return event;
    });
    AuthenticationResultType tokens = signIn(poolId);

    JWTClaimsSet access = SignedJWT.parse(tokens.accessToken()).getJWTClaimsSet();
    assertThat(access.getStringClaim("plan")).isEqualTo("gold");
    assertThat(access.getStringClaim("scope")).isEqualTo("aws.cognito.signin.user.admin orders/read");
    assertThat(SignedJWT.parse(tokens.idToken()).getJWTClaimsSet().getStringClaim("plan")).isEqualTo("gold");
    assertThat(fake.triggerInvocations()).singleElement().satisfies(call -> {
      assertThat(call.event()).containsEntry("version", "2");
      assertThat(call.request()).containsEntry("scopes", List.of("aws.cognito.signin.user.admin"));
    });
  }

  @Test
  void refresh_fires_the_refresh_token_source() {
    String poolId = pool(cognito, r -> r.lambdaConfig(l -> l.preTokenGeneration(ARN)));
    fake.registerLambda(ARN, event -> event);
    String clientId = client(cognito, poolId).clientId();
    AuthenticationResultType tokens = signIn(poolId, clientId);

    cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
        .authParameters(Map.of("REFRESH_TOKEN", tokens.refreshToken())));

    assertThat(fake.triggerInvocations()).extracting(c -> c.triggerSource())
        .containsExactly("TokenGeneration_Authentication", "TokenGeneration_RefreshTokens");
  }

  private AuthenticationResultType signIn(String poolId) {
    return signIn(poolId, client(cognito, poolId).clientId());
  }

  private AuthenticationResultType signIn(String poolId, String clientId) {
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"));
    return cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD))).authenticationResult();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> response(Map<String, Object> event) {
    return (Map<String, Object>) event.get("response");
  }
}
