package dev.fakecognito.http;

import static dev.fakecognito.http.HostedBrowser.CALLBACK;
import static dev.fakecognito.http.HostedBrowser.encode;
import static dev.fakecognito.http.HostedBrowser.location;
import static dev.fakecognito.http.HostedBrowser.parameters;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.http.HostedBrowser.Setup;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.OAuthFlowType;

/** {@code GET /oauth2/authorize}: validation, errors, and the hand-over to the sign-in page. */
class AuthorizeEndpointTest {

  private static final FakeCognito FAKE = FakeCognito.create();

  private final Setup setup = HostedBrowser.setup(FAKE, false);
  private final HostedBrowser browser = new HostedBrowser(FAKE);

  @AfterAll
  static void close() {
    FAKE.close();
  }

  private HttpResponse<String> authorize(String query) throws Exception {
    return browser.get("/oauth2/authorize?" + query);
  }

  @Test
  void valid_request_without_a_session_redirects_to_login_with_the_same_query_and_sets_a_csrf_cookie()
      throws Exception {
    String query = setup.query("state=xyz", "scope=openid email");

    HttpResponse<String> response = authorize(query);

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(location(response)).isEqualTo("/login?" + query);
    assertThat(browser.cookies).containsKey("XSRF-TOKEN");
  }

  @Test
  void unknown_client_goes_to_the_error_page_not_the_redirect_uri() throws Exception {
    HttpResponse<String> response = authorize("response_type=code&client_id=nope&redirect_uri=" + encode(CALLBACK));

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(location(response)).isEqualTo("/error?error=redirect_mismatch&client_id=nope");
    HttpResponse<String> page = browser.get(location(response));
    assertThat(page.body()).contains("An error was encountered with the requested page.");
  }

  @Test
  void missing_client_id_goes_to_the_error_page() throws Exception {
    assertThat(location(authorize("response_type=code&redirect_uri=" + encode(CALLBACK))))
        .isEqualTo("/error?error=invalid_request");
  }

  @Test
  void redirect_uri_that_is_not_a_callback_url_gives_redirect_mismatch() throws Exception {
    String query = "response_type=code&client_id=" + setup.clientId() + "&redirect_uri="
        + encode(CALLBACK + "/other");

    assertThat(location(authorize(query)))
        .isEqualTo("/error?error=redirect_mismatch&client_id=" + setup.clientId());
  }

  @Test
  void missing_redirect_uri_gives_redirect_mismatch() throws Exception {
    assertThat(location(authorize("response_type=code&client_id=" + setup.clientId())))
        .startsWith("/error?error=redirect_mismatch");
  }

  @Test
  void missing_response_type_is_redirected_as_invalid_request_with_the_state() throws Exception {
    String query = "client_id=" + setup.clientId() + "&redirect_uri=" + encode(CALLBACK) + "&state=s1";

    String location = location(authorize(query));

    assertThat(location).startsWith(CALLBACK + "?");
    assertThat(parameters(location)).containsEntry("error", "invalid_request").containsEntry("state", "s1")
        .containsKey("error_description");
  }

  @Test
  void unknown_response_type_is_unsupported_response_type() throws Exception {
    String query = setup.query().replace("response_type=code", "response_type=id_token");

    assertThat(parameters(location(authorize(query)))).containsEntry("error", "unsupported_response_type");
  }

  @Test
  void implicit_grant_on_a_code_only_client_is_unauthorized_client() throws Exception {
    String query = setup.query("state=s").replace("response_type=code", "response_type=token");

    String location = location(authorize(query));

    assertThat(location).startsWith(CALLBACK + "#");
    assertThat(parameters(location)).containsEntry("error", "unauthorized_client").containsEntry("state", "s");
  }

  @Test
  void client_without_oauth_enabled_is_unauthorized_client() throws Exception {
    String clientId = FAKE.client().createUserPoolClient(r -> r.userPoolId(setup.poolId()).clientName("api")
        .callbackURLs(CALLBACK)).userPoolClient().clientId();

    String query = "response_type=code&client_id=" + clientId + "&redirect_uri=" + encode(CALLBACK);

    assertThat(parameters(location(authorize(query)))).containsEntry("error", "unauthorized_client");
  }

  @Test
  void scope_the_client_is_not_allowed_is_invalid_scope() throws Exception {
    assertThat(parameters(location(authorize(setup.query("scope=openid api/write")))))
        .containsEntry("error", "invalid_scope");
  }

  @Test
  void email_scope_without_openid_is_invalid_scope() throws Exception {
    assertThat(parameters(location(authorize(setup.query("scope=email")))))
        .containsEntry("error", "invalid_scope");
  }

  @Test
  void plain_code_challenge_method_is_invalid_request() throws Exception {
    assertThat(parameters(location(authorize(setup.query("code_challenge=abc", "code_challenge_method=plain")))))
        .containsEntry("error", "invalid_request");
  }

  @Test
  void code_challenge_without_a_method_is_invalid_request() throws Exception {
    assertThat(parameters(location(authorize(setup.query("code_challenge=abc")))))
        .containsEntry("error", "invalid_request");
  }

  @Test
  void identity_provider_the_pool_lacks_shows_the_sign_in_page_with_a_message() throws Exception {
    HttpResponse<String> response = authorize(setup.query("identity_provider=Google"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("Login option is not available. Please try another one.")
        .doesNotContain("identity_provider");
  }

  @Test
  void identity_provider_cognito_lang_and_prompt_are_accepted() throws Exception {
    HttpResponse<String> response = authorize(setup.query("identity_provider=COGNITO", "lang=de", "prompt=login",
        "code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", "code_challenge_method=S256", "nonce=n"));

    assertThat(location(response)).startsWith("/login?");
  }

  @Test
  void implicit_client_is_sent_to_login() throws Exception {
    Setup implicit = HostedBrowser.setup(FAKE, false, OAuthFlowType.IMPLICIT);

    HttpResponse<String> response = authorize(implicit.query().replace("response_type=code", "response_type=token"));

    assertThat(location(response)).startsWith("/login?response_type=token");
  }

  @Test
  void login_page_validates_the_query_like_authorize() throws Exception {
    HttpResponse<String> response = browser.get("/login?response_type=code&client_id=" + setup.clientId()
        + "&redirect_uri=" + encode("https://evil.example.com/"));

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(location(response)).startsWith("/error?error=redirect_mismatch");
  }

  @Test
  void post_is_not_allowed_on_authorize() throws Exception {
    assertThat(browser.post("/oauth2/authorize?" + setup.query(), "").statusCode()).isEqualTo(405);
  }
}
