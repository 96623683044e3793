package dev.fakecognito.http;

import static dev.fakecognito.http.HostedBrowser.CALLBACK;
import static dev.fakecognito.http.HostedBrowser.encode;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.idp.FakeSamlProvider;
import dev.fakecognito.idp.SamlUser;
import dev.fakecognito.triggers.TriggerFunction;
import dev.fakecognito.triggers.TriggerType;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LambdaConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.OAuthFlowType;

/**
 * The inbound federation trigger sees what a SAML IdP sent before the federated user is made or
 * updated, and may replace the attributes that AttributeMapping then maps.
 */
@Execution(ExecutionMode.SAME_THREAD)
class InboundFederationTriggerBrowserTest {

  private static final FakeCognito FAKE = FakeCognito.create();
  private static final FakeSamlProvider IDP = FakeSamlProvider.start(FAKE.clock());
  private static final WebClient BROWSER = HostedBrowser.htmlUnit(CALLBACK, false);

  @AfterAll
  static void close() {
    BROWSER.close();
    IDP.close();
    FAKE.close();
  }

  @BeforeEach
  void reset() {
    BROWSER.getCookieManager().clearCookies();
  }

  /** A pool with SAML provider Corp, a client for it, the trigger, and a signed-in IdP user. */
  private static String signIn(String nameId, Function<Map<String, Object>, Map<String, Object>> trigger)
      throws IOException {
    CognitoIdentityProviderClient cognito = FAKE.client();
    String poolId = cognito.createUserPool(r -> r.poolName("inbound")).userPool().id();
    IDP.register(cognito, poolId, "Corp", Map.of("email", "email", "name", "name"));
    String clientId = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("web")
        .allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows(OAuthFlowType.CODE).allowedOAuthScopes("openid")
        .callbackURLs(CALLBACK).supportedIdentityProviders("Corp")).userPoolClient().clientId();
    FAKE.attachTrigger(poolId, TriggerFunction.of(TriggerType.INBOUND_FEDERATION, trigger));
    IDP.addUser(SamlUser.of(nameId).withAttribute("email", nameId).withAttribute("name", "From IdP"))
        .signInAs(nameId);
    HtmlPage idpPage = BROWSER.getPage(FAKE.endpoint() + "/oauth2/authorize?response_type=code&client_id="
        + clientId + "&redirect_uri=" + encode(CALLBACK) + "&scope=openid&identity_provider=Corp");
    HtmlButton button = idpPage.getElementByName("continue");
    Page landed = button.click();
    assertThat(landed.getUrl().toString()).startsWith(CALLBACK + "?code=");
    return poolId;
  }

  private static Map<String, String> attributes(String poolId, String username) {
    return FAKE.client().adminGetUser(r -> r.userPoolId(poolId).username(username)).userAttributes().stream()
        .collect(java.util.stream.Collectors.toMap(AttributeType::name, AttributeType::value));
  }

  @Test
  void the_trigger_sees_the_saml_attributes_and_its_answer_is_mapped() throws Exception {
    List<Map<String, Object>> events = new CopyOnWriteArrayList<>();

    String poolId = signIn("Changed@Corp.example", event -> {
      events.add(event);
      @SuppressWarnings("unchecked")
      Map<String, Object> request = (Map<String, Object>) event.get("request");
      @SuppressWarnings("unchecked")
      Map<String, Object> saml = (Map<String, Object>) ((Map<String, Object>) request.get("attributes"))
          .get("samlResponse");
      @SuppressWarnings("unchecked")
      Map<String, Object> response = (Map<String, Object>) event.get("response");
      response.put("userAttributesToMap", Map.of("email", saml.get("email").toString().toLowerCase(),
          "name", "Changed by the trigger"));
      return event;
    });

    assertThat(events).hasSize(1);
    Map<String, Object> event = events.get(0);
    assertThat(event.get("triggerSource")).isEqualTo("InboundFederation_ExternalProvider");
    assertThat(event.get("userName")).isEqualTo("Corp_Changed@Corp.example");
    @SuppressWarnings("unchecked")
    Map<String, Object> request = (Map<String, Object>) event.get("request");
    assertThat(request).containsEntry("providerName", "Corp").containsEntry("providerType", "SAML");
    assertThat(request.get("attributes").toString()).contains("samlResponse").contains("From IdP");
    Map<String, String> attributes = attributes(poolId, "Corp_Changed@Corp.example");
    assertThat(attributes).containsEntry("email", "changed@corp.example")
        .containsEntry("name", "Changed by the trigger");
    LambdaConfigType config = FAKE.client().describeUserPool(r -> r.userPoolId(poolId)).userPool().lambdaConfig();
    assertThat(config.inboundFederation().lambdaArn()).isNotBlank();
    assertThat(config.inboundFederation().lambdaVersionAsString()).isEqualTo("V1_0");
  }

  @Test
  void an_empty_answer_keeps_the_attributes_the_idp_sent() throws Exception {
    String poolId = signIn("kept@corp.example", event -> event);

    assertThat(attributes(poolId, "Corp_kept@corp.example")).containsEntry("email", "kept@corp.example")
        .containsEntry("name", "From IdP");
  }
}
