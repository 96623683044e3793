package dev.fakecognito.http;

import static dev.fakecognito.http.HostedBrowser.CALLBACK;
import static dev.fakecognito.http.HostedBrowser.encode;
import static dev.fakecognito.http.HostedBrowser.location;
import static dev.fakecognito.http.HostedBrowser.parameters;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.idp.FakeOidcProvider;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.OAuthFlowType;

/**
 * {@code GET /oauth2/authorize} with {@code identity_provider}, and {@code GET
 * /oauth2/idpresponse}, where an OIDC provider sends the browser back: plain HTTP requests that
 * play the provider's part by hand.
 */
@Execution(ExecutionMode.SAME_THREAD)
class IdpResponseEndpointTest {

  private static final FakeCognito FAKE = FakeCognito.create();
  private static final FakeOidcProvider IDP = FakeOidcProvider.start(FAKE.clock());

  private final HostedBrowser browser = new HostedBrowser(FAKE);
  private final String poolId = FAKE.client().createUserPool(r -> r.poolName("idp-response")).userPool().id();
  private final String clientId = client(poolId);

  @AfterAll
  static void close() {
    IDP.close();
    FAKE.close();
  }

  private static String client(String poolId) {
    CognitoIdentityProviderClient cognito = FAKE.client();
    IDP.register(cognito, poolId, "Corp", Map.of("email", "email"));
    return cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("web")
        .allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows(OAuthFlowType.CODE, OAuthFlowType.IMPLICIT)
        .allowedOAuthScopes("openid", "email").callbackURLs(CALLBACK).supportedIdentityProviders("Corp"))
        .userPoolClient().clientId();
  }

  private String query(String responseType, String... extra) {
    StringBuilder query = new StringBuilder("response_type=" + responseType + "&client_id=" + clientId
        + "&redirect_uri=" + encode(CALLBACK) + "&identity_provider=Corp&state=app");
    for (String parameter : extra) {
      query.append('&').append(parameter);
    }
    return query.toString();
  }

  /** Starts a federated authorize and returns the redirect to the provider's authorize page. */
  private Map<String, String> toProvider(String responseType) throws Exception {
    HttpResponse<String> response = browser.get("/oauth2/authorize?" + query(responseType));
    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(location(response)).startsWith(IDP.issuer() + "/authorize?");
    return parameters(location(response));
  }

  @Test
  void authorize_sends_the_browser_to_the_provider_with_a_state_and_nonce_of_its_own() throws Exception {
    Map<String, String> sent = toProvider("code");

    assertThat(sent).containsEntry("client_id", FakeOidcProvider.CLIENT_ID).containsEntry("response_type", "code")
        .containsEntry("scope", "openid email profile")
        .containsEntry("redirect_uri", FAKE.endpoint() + "/oauth2/idpresponse")
        .containsKeys("state", "nonce");
    assertThat(sent.get("state")).isNotEqualTo("app");
  }

  @Test
  void authorize_checks_the_request_before_it_leaves_for_the_provider() throws Exception {
    HttpResponse<String> response = browser.get("/oauth2/authorize?" + query("code", "scope=phone"));

    assertThat(location(response)).startsWith(CALLBACK + "?");
    assertThat(parameters(location(response))).containsEntry("error", "invalid_scope");
  }

  @Test
  void an_error_from_the_provider_goes_back_to_the_app_with_its_state() throws Exception {
    String state = toProvider("code").get("state");

    HttpResponse<String> response = browser.get("/oauth2/idpresponse?state=" + state
        + "&error=access_denied&error_description=" + encode("No thanks"));

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(location(response)).startsWith(CALLBACK + "?");
    assertThat(parameters(location(response))).containsEntry("error", "access_denied")
        .containsEntry("error_description", "No thanks").containsEntry("state", "app");
  }

  @Test
  void for_the_implicit_grant_the_error_is_in_the_fragment() throws Exception {
    String state = toProvider("token").get("state");

    HttpResponse<String> response = browser.get("/oauth2/idpresponse?state=" + state + "&error=access_denied");

    assertThat(location(response)).startsWith(CALLBACK + "#");
    assertThat(parameters(location(response))).containsEntry("error", "access_denied")
        .containsEntry("error_description", "access_denied");
  }

  @Test
  void an_answer_without_a_code_is_invalid_request() throws Exception {
    String state = toProvider("code").get("state");

    HttpResponse<String> response = browser.get("/oauth2/idpresponse?state=" + state);

    assertThat(parameters(location(response))).containsEntry("error", "invalid_request")
        .containsEntry("error_description", "Missing code from identity provider");
  }

  @Test
  void a_code_the_provider_does_not_know_fails_at_its_token_endpoint() throws Exception {
    String state = toProvider("code").get("state");

    HttpResponse<String> response = browser.get("/oauth2/idpresponse?state=" + state + "&code=made-up");

    assertThat(parameters(location(response))).containsEntry("error", "invalid_request")
        .containsEntry("error_description", "Error from token endpoint of identity provider: invalid_grant");
    assertThat(IDP.requests("/token")).isNotEmpty();
  }

  @Test
  void a_state_is_taken_once() throws Exception {
    String state = toProvider("code").get("state");
    browser.get("/oauth2/idpresponse?state=" + state + "&error=access_denied");

    HttpResponse<String> again = browser.get("/oauth2/idpresponse?state=" + state + "&error=access_denied");

    assertThat(location(again)).isEqualTo("/error?error=invalid_state");
  }

  @Test
  void unknown_or_missing_state_goes_to_the_error_page() throws Exception {
    assertThat(location(browser.get("/oauth2/idpresponse?state=nope&code=x"))).isEqualTo("/error?error=invalid_state");
    assertThat(location(browser.get("/oauth2/idpresponse?code=x"))).isEqualTo("/error?error=invalid_state");
  }

  @Test
  void a_state_expires_after_ten_minutes_on_the_fakes_clock() throws Exception {
    String state = toProvider("code").get("state");
    FAKE.clock().advance(Duration.ofMinutes(10));

    HttpResponse<String> response = browser.get("/oauth2/idpresponse?state=" + state + "&error=access_denied");

    assertThat(location(response)).isEqualTo("/error?error=invalid_state");
  }

  @Test
  void idpresponse_takes_get_only() throws Exception {
    assertThat(browser.post("/oauth2/idpresponse", "state=x").statusCode()).isEqualTo(405);
  }

  @Test
  void a_client_without_cognito_still_signs_in_through_its_provider() throws Exception {
    IDP.user("idp-response-user", Map.of("email", "user@corp.example"));
    Map<String, String> sent = toProvider("code");
    HttpResponse<String> atProvider = new HostedBrowser(FAKE).post(IDP.issuer() + "/authorize",
        "client_id=" + FakeOidcProvider.CLIENT_ID + "&redirect_uri=" + encode(sent.get("redirect_uri"))
            + "&response_type=code&state=" + sent.get("state") + "&nonce=" + sent.get("nonce")
            + "&subject=idp-response-user");
    String back = location(atProvider);
    assertThat(back).startsWith(FAKE.endpoint() + "/oauth2/idpresponse?");

    HttpResponse<String> response = browser.get(back.substring(FAKE.endpoint().toString().length()));

    assertThat(location(response)).startsWith(CALLBACK + "?code=");
    assertThat(parameters(location(response))).containsEntry("state", "app");
    assertThat(FAKE.client().listUsers(r -> r.userPoolId(poolId)).users()).singleElement()
        .satisfies(user -> assertThat(user.username()).isEqualTo("Corp_idp-response-user"));
  }
}
