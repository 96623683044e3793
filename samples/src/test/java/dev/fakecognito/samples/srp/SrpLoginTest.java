package dev.fakecognito.samples.srp;

import static dev.fakecognito.assertions.FakeCognitoAssertions.assertThat;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.junit.FakeCognitoTest;
import dev.fakecognito.srp.CognitoSrp;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;

/** USER_SRP_AUTH end to end: the same helper works against the real service. */
@FakeCognitoTest
class SrpLoginTest {

  @Test
  void signs_in_with_srp(FakeCognito fake, CognitoIdentityProviderClient cognito) {
    String poolId = cognito.createUserPool(r -> r.poolName("shop")).userPool().id();
    String clientId = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("web")
        .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH))
        .userPoolClient().clientId();
    cognito.adminCreateUser(r -> r.userPoolId(poolId).username("alice").messageAction("SUPPRESS"));
    cognito.adminSetUserPassword(r -> r.userPoolId(poolId).username("alice").password("Passw0rd!").permanent(true));

    CognitoSrp srp = CognitoSrp.builder().fake(fake).userPoolId(poolId).clientId(clientId).build();
    AuthenticationResultType tokens = srp.signIn("alice", "Passw0rd!");

    assertThat(fake).token(tokens.accessToken()).isAccessToken().hasClaim("username", "alice");
  }
}
