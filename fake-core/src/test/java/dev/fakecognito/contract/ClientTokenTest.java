package dev.fakecognito.contract;

import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.fake;
import static dev.fakecognito.testing.Fixtures.pool;
import static dev.fakecognito.testing.Transport.clientFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.fakecognito.FakeCognito;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ClientAuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceServerScopeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ScopeDoesNotExistException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/** GetClientToken, the API form of the client credentials grant. */
class ClientTokenTest {

  private static final String FLOW = "ALLOW_CLIENT_TOKEN_AUTH";
  private static final String ARN = "arn:aws:lambda:us-east-1:123456789012:function:tokens";

  private final FakeCognito fake = fake();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);

  private UserPoolClientType m2mClient(String poolId) {
    cognito.createResourceServer(r -> r.userPoolId(poolId).identifier("api").name("api").scopes(
        ResourceServerScopeType.builder().scopeName("read").scopeDescription("read").build(),
        ResourceServerScopeType.builder().scopeName("write").scopeDescription("write").build()));
    return cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("m2m").generateSecret(true)
        .explicitAuthFlowsWithStrings(FLOW).allowedOAuthScopes("api/read", "api/write")).userPoolClient();
  }

  @Test
  void client_gets_an_access_token_for_its_custom_scopes() throws Exception {
    UserPoolClientType client = m2mClient(pool(cognito));

    ClientAuthenticationResultType result = cognito.getClientToken(r -> r.clientId(client.clientId())
        .secret(client.clientSecret())).clientAuthenticationResult();

    assertThat(result.tokenType()).isEqualTo("Bearer");
    assertThat(result.expiresIn()).isEqualTo(3600);
    JWTClaimsSet claims = SignedJWT.parse(result.accessToken()).getJWTClaimsSet();
    assertThat(claims.getSubject()).isEqualTo(client.clientId());
    assertThat(claims.getStringClaim("client_id")).isEqualTo(client.clientId());
    assertThat(claims.getStringClaim("token_use")).isEqualTo("access");
    assertThat(claims.getStringClaim("scope")).isEqualTo("api/read api/write");
    assertThat(claims.getClaim("username")).isNull();
    assertThat(cognito.describeUserPoolClient(r -> r.userPoolId(client.userPoolId()).clientId(client.clientId()))
        .userPoolClient().explicitAuthFlowsAsStrings()).containsExactly(FLOW);
  }

  @Test
  void requested_scopes_narrow_the_token() throws Exception {
    UserPoolClientType client = m2mClient(pool(cognito));

    String token = cognito.getClientToken(r -> r.clientId(client.clientId()).secret(client.clientSecret())
        .scopes("api/write")).clientAuthenticationResult().accessToken();

    assertThat(SignedJWT.parse(token).getJWTClaimsSet().getStringClaim("scope")).isEqualTo("api/write");
  }

  @Test
  void scope_the_client_may_not_ask_for_throws_ScopeDoesNotExistException() {
    UserPoolClientType client = m2mClient(pool(cognito));

    assertCognitoError(() -> cognito.getClientToken(r -> r.clientId(client.clientId()).secret(client.clientSecret())
        .scopes("api/admin")), ScopeDoesNotExistException.class, "Invalid scope requested: api/admin");
  }

  @Test
  void wrong_secret_throws_NotAuthorizedException() {
    UserPoolClientType client = m2mClient(pool(cognito));

    assertCognitoError(() -> cognito.getClientToken(r -> r.clientId(client.clientId()).secret("wrong")),
        NotAuthorizedException.class, "ClientSecret does not match for the client: " + client.clientId());
  }

  @Test
  void unknown_client_throws_ResourceNotFoundException() {
    assertCognitoError(() -> cognito.getClientToken(r -> r.clientId("nosuchclient1234567890abcd").secret("s")),
        ResourceNotFoundException.class, "User pool client nosuchclient1234567890abcd does not exist.");
  }

  @Test
  void client_without_the_flow_throws_InvalidParameterException() {
    String poolId = pool(cognito);
    UserPoolClientType client = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("app")
        .generateSecret(true)).userPoolClient();

    assertCognitoError(() -> cognito.getClientToken(r -> r.clientId(client.clientId())
        .secret(client.clientSecret())), InvalidParameterException.class,
        "ALLOW_CLIENT_TOKEN_AUTH flow not enabled for this client");
  }

  @Test
  void flow_beside_user_flows_throws_InvalidParameterException() {
    String poolId = pool(cognito);

    assertCognitoError(() -> cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("app")
            .generateSecret(true).explicitAuthFlowsWithStrings(FLOW, "ALLOW_USER_SRP_AUTH")),
        InvalidParameterException.class,
        "ALLOW_CLIENT_TOKEN_AUTH can not be selected along with other authentication flows.");
  }

  @Test
  void flow_without_a_secret_throws_InvalidParameterException() {
    String poolId = pool(cognito);

    assertCognitoError(() -> cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("app")
            .explicitAuthFlowsWithStrings(FLOW)), InvalidParameterException.class,
        "ALLOW_CLIENT_TOKEN_AUTH flow can not be selected if client does not have a client secret.");
  }

  @Test
  void version_3_trigger_sees_the_client_metadata() throws Exception {
    String poolId = pool(cognito, r -> r.lambdaConfig(l -> l.preTokenGenerationConfig(c -> c.lambdaArn(ARN)
        .lambdaVersion("V3_0"))));
    fake.registerLambda(ARN, event -> {
      @SuppressWarnings("unchecked")
      Map<String, Object> response = (Map<String, Object>) event.get("response");
      response.put("claimsAndScopeOverrideDetails", Map.of("accessTokenGeneration",
          Map.of("scopesToAdd", List.of("api/extra"))));
      return event;
    });
    UserPoolClientType client = m2mClient(poolId);

    String token = cognito.getClientToken(r -> r.clientId(client.clientId()).secret(client.clientSecret())
        .clientMetadata(Map.of("caller", "batch"))).clientAuthenticationResult().accessToken();

    assertThat(SignedJWT.parse(token).getJWTClaimsSet().getStringClaim("scope"))
        .isEqualTo("api/read api/write api/extra");
    assertThat(fake.triggerInvocations()).singleElement().satisfies(call -> {
      assertThat(call.triggerSource()).isEqualTo("TokenGeneration_ClientCredentials");
      assertThat(call.request()).containsEntry("clientMetadata", Map.of("caller", "batch"));
    });
  }
}
