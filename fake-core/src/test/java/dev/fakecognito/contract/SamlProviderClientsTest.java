package dev.fakecognito.contract;

import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.fake;
import static dev.fakecognito.testing.Fixtures.pool;
import static dev.fakecognito.testing.Transport.clientFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.idp.FakeSamlProvider;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.OAuthFlowType;

/** App clients of a SAML provider that allows IdP-initiated sign-in support only SAML providers. */
class SamlProviderClientsTest {

  private static final String CALLBACK = "https://app.example.com/callback";

  private final FakeCognito fake = fake();
  private final FakeSamlProvider idp = FakeSamlProvider.start(fake.clock());
  private final CognitoIdentityProviderClient cognito = clientFor(fake);
  private final String poolId = pool(cognito);

  @AfterEach
  void close() {
    idp.close();
    fake.close();
  }

  private void client(String... providers) {
    cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("web").allowedOAuthFlowsUserPoolClient(true)
        .allowedOAuthFlows(OAuthFlowType.CODE).allowedOAuthScopes("openid").callbackURLs(CALLBACK)
        .supportedIdentityProviders(providers));
  }

  @Test
  void a_client_of_an_idp_initiated_provider_takes_only_saml_providers() {
    idp.register(cognito, poolId, "Portal", Map.of(), List.of(), Map.of("IDPInit", "true"));

    assertCognitoError(() -> client("COGNITO", "Portal"), InvalidParameterException.class,
        "SupportedIdentityProviders cannot include COGNITO together with SAML provider Portal, which allows "
            + "IdP-initiated sign-in.");
    client("Portal");
    assertThat(cognito.listUserPoolClients(r -> r.userPoolId(poolId)).userPoolClients()).hasSize(1);
  }

  @Test
  void a_provider_without_idp_initiated_sign_in_shares_a_client_with_the_pool_users() {
    idp.register(cognito, poolId, "Corp", Map.of());

    client("COGNITO", "Corp");

    assertThat(cognito.listUserPoolClients(r -> r.userPoolId(poolId)).userPoolClients()).hasSize(1);
  }
}
