package dev.fakecognito.http;

import static dev.fakecognito.http.HostedBrowser.CALLBACK;
import static dev.fakecognito.http.HostedBrowser.encode;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.idp.FakeSamlProvider;
import dev.fakecognito.idp.SamlUser;
import java.util.List;
import java.util.Map;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.OAuthFlowType;

/**
 * With JavaScript on, the pages that carry SAML messages submit themselves: authorize goes through
 * the IdP and back to the app without a click.
 */
@Execution(ExecutionMode.SAME_THREAD)
class FederatedSamlScriptTest {

  private static final FakeCognito FAKE = FakeCognito.create();
  private static final FakeSamlProvider IDP = FakeSamlProvider.start(FAKE.clock());
  private static final WebClient BROWSER = HostedBrowser.htmlUnit(CALLBACK, true);

  @AfterAll
  static void close() {
    BROWSER.close();
    IDP.close();
    FAKE.close();
  }

  @Test
  void the_idp_page_posts_the_assertion_by_itself() throws Exception {
    CognitoIdentityProviderClient cognito = FAKE.client();
    String poolId = cognito.createUserPool(r -> r.poolName("saml-script")).userPool().id();
    IDP.register(cognito, poolId, "Corp", Map.of("email", "email"), List.of(), Map.of());
    String clientId = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("web")
        .allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows(OAuthFlowType.CODE)
        .allowedOAuthScopes("openid", "email").callbackURLs(CALLBACK).supportedIdentityProviders("Corp"))
        .userPoolClient().clientId();
    IDP.addUser(SamlUser.of("script@corp.example").withAttribute("email", "script@corp.example"));

    Page landed = BROWSER.getPage(FAKE.endpoint() + "/oauth2/authorize?response_type=code&client_id=" + clientId
        + "&redirect_uri=" + encode(CALLBACK) + "&identity_provider=Corp&scope=openid");

    assertThat(landed.getUrl().toString()).startsWith(CALLBACK + "?code=");
    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("Corp_script@corp.example")).username())
        .isEqualTo("Corp_script@corp.example");
  }
}
