package dev.fakecognito.http;

import static dev.fakecognito.http.HostedBrowser.CALLBACK;
import static dev.fakecognito.http.HostedBrowser.LOGOUT;
import static dev.fakecognito.http.HostedBrowser.PASSWORD;
import static dev.fakecognito.http.HostedBrowser.encode;
import static dev.fakecognito.http.HostedBrowser.location;
import static dev.fakecognito.http.HostedBrowser.parameters;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.JSONObjectUtils;
import dev.fakecognito.FakeCognito;
import dev.fakecognito.http.HostedBrowser.Setup;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** {@code /oauth2/userInfo}, {@code /oauth2/revoke} and {@code /logout}. */
class UserInfoAndLogoutTest {

  private static final FakeCognito FAKE = FakeCognito.create();

  private final Setup setup = HostedBrowser.setup(FAKE, false);
  private final HostedBrowser browser = new HostedBrowser(FAKE);

  @AfterAll
  static void close() {
    FAKE.close();
  }

  /** Signs alice in with the given scopes and redeems the code: the token response. */
  private Map<String, Object> tokens(Setup on, String scope) throws Exception {
    String code = parameters(location(new HostedBrowser(FAKE).signIn(on.query("scope=" + scope), "alice",
        PASSWORD))).get("code");
    return JSONObjectUtils.parse(browser.post("/oauth2/token", "grant_type=authorization_code&client_id="
        + on.clientId() + "&code=" + code + "&redirect_uri=" + encode(CALLBACK)).body());
  }

  private HttpResponse<String> userInfo(Object accessToken) throws Exception {
    return browser.get("/oauth2/userInfo", "Authorization", "Bearer " + accessToken);
  }

  private static Map<String, Object> json(HttpResponse<String> response) throws Exception {
    return JSONObjectUtils.parse(response.body());
  }

  /* ---- userInfo ---- */

  @Test
  void openid_email_returns_sub_email_and_username_only() throws Exception {
    HttpResponse<String> response = userInfo(tokens(setup, "openid email").get("access_token"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response)).containsOnlyKeys("sub", "email", "email_verified", "username")
        .containsEntry("email", "alice@example.com").containsEntry("email_verified", "true")
        .containsEntry("username", "alice");
  }

  @Test
  void openid_alone_returns_every_readable_attribute() throws Exception {
    Map<String, Object> body = json(userInfo(tokens(setup, "openid").get("access_token")));

    assertThat(body).containsKeys("sub", "email", "name", "phone_number", "username");
  }

  @Test
  void openid_profile_returns_the_profile_attributes_but_not_email() throws Exception {
    Map<String, Object> body = json(userInfo(tokens(setup, "openid profile").get("access_token")));

    assertThat(body).containsEntry("name", "Alice").doesNotContainKeys("email", "phone_number");
  }

  @Test
  void openid_phone_returns_the_phone_number() throws Exception {
    Map<String, Object> body = json(userInfo(tokens(setup, "openid phone").get("access_token")));

    assertThat(body).containsEntry("phone_number", "+15555550100").doesNotContainKeys("email", "name");
  }

  @Test
  void post_is_answered_like_get() throws Exception {
    Object token = tokens(setup, "openid email").get("access_token");

    HttpResponse<String> response = browser.post("/oauth2/userInfo", "", "Authorization", "Bearer " + token);

    assertThat(json(response)).containsEntry("email", "alice@example.com");
  }

  @Test
  void token_without_openid_is_refused_as_invalid_token() throws Exception {
    HttpResponse<String> response = userInfo(tokens(setup, "aws.cognito.signin.user.admin").get("access_token"));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate").orElse("")).contains("invalid_token");
    assertThat(json(response)).containsEntry("error", "invalid_token");
  }

  @Test
  void missing_bearer_token_is_invalid_request() throws Exception {
    HttpResponse<String> response = browser.get("/oauth2/userInfo");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response)).containsEntry("error", "invalid_request");
  }

  @Test
  void malformed_token_is_invalid_token() throws Exception {
    assertThat(userInfo("not-a-token").statusCode()).isEqualTo(401);
  }

  /* ---- revoke ---- */

  @Test
  void revoke_ends_the_refresh_token_and_its_access_tokens() throws Exception {
    Map<String, Object> tokens = tokens(setup, "openid email");

    HttpResponse<String> response = browser.post("/oauth2/revoke", "token=" + tokens.get("refresh_token")
        + "&client_id=" + setup.clientId());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEmpty();
    assertThat(userInfo(tokens.get("access_token")).statusCode()).isEqualTo(401);
    HttpResponse<String> refresh = browser.post("/oauth2/token", "grant_type=refresh_token&client_id="
        + setup.clientId() + "&refresh_token=" + tokens.get("refresh_token"));
    assertThat(json(refresh)).isEqualTo(Map.of("error", "invalid_grant"));
  }

  @Test
  void revoking_an_access_token_is_unsupported_token_type() throws Exception {
    Map<String, Object> tokens = tokens(setup, "openid");

    HttpResponse<String> response = browser.post("/oauth2/revoke", "token=" + tokens.get("access_token")
        + "&client_id=" + setup.clientId());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response)).isEqualTo(Map.of("error", "unsupported_token_type"));
  }

  @Test
  void revoke_without_a_token_is_invalid_request() throws Exception {
    HttpResponse<String> response = browser.post("/oauth2/revoke", "client_id=" + setup.clientId());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response)).isEqualTo(Map.of("error", "invalid_request"));
  }

  @Test
  void revoke_by_a_confidential_client_needs_its_secret() throws Exception {
    Setup confidential = HostedBrowser.setup(FAKE, true);
    Object refresh = tokens(confidential, "openid").get("refresh_token");
    String wrong = "Basic " + Base64.getEncoder().encodeToString((confidential.clientId() + ":wrong")
        .getBytes(StandardCharsets.UTF_8));

    HttpResponse<String> response = browser.post("/oauth2/revoke", "token=" + refresh, "Authorization", wrong);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(json(response)).isEqualTo(Map.of("error", "invalid_client"));
  }

  /* ---- logout ---- */

  @Test
  void logout_with_a_registered_logout_uri_clears_the_session_and_redirects_there() throws Exception {
    browser.signIn(setup.query(), "alice", PASSWORD);
    assertThat(browser.cookies).containsKey("cognito");

    HttpResponse<String> response = browser.get("/logout?client_id=" + setup.clientId() + "&logout_uri="
        + encode(LOGOUT));

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(location(response)).isEqualTo(LOGOUT);
    assertThat(browser.cookies).doesNotContainKey("cognito");
    assertThat(location(browser.get("/oauth2/authorize?" + setup.query()))).startsWith("/login?");
  }

  @Test
  void logout_ends_the_session_on_the_server_too() throws Exception {
    browser.signIn(setup.query(), "alice", PASSWORD);
    String cookie = browser.cookies.get("cognito");
    browser.get("/logout?client_id=" + setup.clientId() + "&logout_uri=" + encode(LOGOUT));

    browser.cookies.put("cognito", cookie);

    assertThat(location(browser.get("/oauth2/authorize?" + setup.query()))).startsWith("/login?");
  }

  @Test
  void logout_with_an_unregistered_logout_uri_goes_to_the_error_page() throws Exception {
    HttpResponse<String> response = browser.get("/logout?client_id=" + setup.clientId() + "&logout_uri="
        + encode("https://evil.example.com/"));

    assertThat(location(response)).isEqualTo("/error?error=redirect_mismatch&client_id=" + setup.clientId());
  }

  @Test
  void logout_with_redirect_uri_and_response_type_sends_the_browser_to_sign_in_again() throws Exception {
    browser.signIn(setup.query(), "alice", PASSWORD);
    String query = "client_id=" + setup.clientId() + "&redirect_uri=" + encode(CALLBACK) + "&response_type=code";

    HttpResponse<String> response = browser.get("/logout?" + query);

    assertThat(location(response)).isEqualTo("/login?" + query);
    assertThat(browser.cookies).doesNotContainKey("cognito");
  }

  @Test
  void logout_of_an_unknown_client_goes_to_the_error_page() throws Exception {
    assertThat(location(browser.get("/logout?client_id=nope&logout_uri=" + encode(LOGOUT))))
        .startsWith("/error?error=");
  }

  @Test
  void logout_without_a_destination_goes_to_the_error_page() throws Exception {
    assertThat(location(browser.get("/logout?client_id=" + setup.clientId()))).startsWith("/error?error=");
  }
}
