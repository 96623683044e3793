package dev.fakecognito.http;

import static dev.fakecognito.http.HostedBrowser.CALLBACK;
import static dev.fakecognito.http.HostedBrowser.PASSWORD;
import static dev.fakecognito.http.HostedBrowser.location;
import static dev.fakecognito.http.HostedBrowser.parameters;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.fakecognito.FakeCognito;
import dev.fakecognito.http.HostedBrowser.Setup;
import dev.fakecognito.recording.RecordedContextData;
import dev.fakecognito.triggers.TriggerInvocation;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.OAuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;

/** The sign-in page, {@code GET|POST /login}, over real HTTP. */
class HostedSignInTest {

  private static final FakeCognito FAKE = FakeCognito.create();
  private static final String ARN = "arn:aws:lambda:us-east-1:123456789012:function:hosted";

  private final Setup setup = HostedBrowser.setup(FAKE, false);
  private final HostedBrowser browser = new HostedBrowser(FAKE);

  @AfterAll
  static void close() {
    FAKE.close();
  }

  private List<RecordedContextData> recorded(String clientId) {
    return FAKE.recordedContextData().stream()
        .filter(r -> r.operation().equals("ManagedLogin") && r.clientId().equals(clientId)).toList();
  }

  @Test
  void login_page_renders_a_form_with_the_csrf_token_of_the_cookie() throws Exception {
    String query = setup.query("state=abc");

    HttpResponse<String> page = browser.get("/login?" + query);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    String csrf = browser.cookies.get("XSRF-TOKEN");
    assertThat(csrf).isNotBlank();
    assertThat(page.body()).contains("<input type=\"hidden\" name=\"_csrf\" value=\"" + csrf + "\">")
        .contains("name=\"username\"").contains("name=\"password\"").contains("id=\"signInFormUsername\"")
        .contains("action=\"/login?" + query.replace("&", "&amp;") + "\"").doesNotContain("<script");
  }

  @Test
  void correct_password_redirects_with_a_code_and_the_state_and_sets_the_session_cookie() throws Exception {
    HttpResponse<String> response = browser.signIn(setup.query("state=st-1"), "alice", PASSWORD);

    assertThat(response.statusCode()).isEqualTo(302);
    String location = location(response);
    assertThat(location).startsWith(CALLBACK + "?code=");
    assertThat(parameters(location)).containsEntry("state", "st-1").containsKey("code");
    assertThat(browser.cookies).containsKey("cognito");
  }

  @Test
  void sign_in_records_the_connections_address() throws Exception {
    browser.signIn(setup.query(), "alice", PASSWORD);

    assertThat(recorded(setup.clientId())).singleElement().satisfies(r -> {
      assertThat(r.ipAddress()).isEqualTo("127.0.0.1");
      assertThat(r.username()).isEqualTo("alice");
      assertThat(r.userPoolId()).isEqualTo(setup.poolId());
      assertThat(r.propagated()).isTrue();
    });
  }

  @Test
  void sign_in_behind_a_proxy_records_the_first_forwarded_address() throws Exception {
    browser.signIn(setup.query(), "alice", PASSWORD, "X-Forwarded-For", "203.0.113.7, 10.0.0.1");

    assertThat(recorded(setup.clientId())).singleElement()
        .satisfies(r -> assertThat(r.ipAddress()).isEqualTo("203.0.113.7"));
  }

  @Test
  void wrong_password_shows_the_form_again_with_cognitos_message() throws Exception {
    HttpResponse<String> response = browser.signIn(setup.query(), "alice", "wrong-Passw0rd!");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("Incorrect username or password.").contains("name=\"password\"");
    assertThat(browser.cookies).doesNotContainKey("cognito");
  }

  @Test
  void unknown_user_shows_user_does_not_exist_without_existence_error_prevention() throws Exception {
    assertThat(browser.signIn(setup.query(), "bob", PASSWORD).body()).contains("User does not exist.");
  }

  @Test
  void unknown_user_and_wrong_password_show_the_same_message_with_existence_error_prevention() throws Exception {
    Setup hiding = HostedBrowser.setup(FAKE, pool -> { },
        client -> client.preventUserExistenceErrors(PreventUserExistenceErrorTypes.ENABLED));

    String unknown = browser.signIn(hiding.query(), "bob", PASSWORD).body();
    String wrong = browser.signIn(hiding.query(), "alice", "wrong-Passw0rd!").body();

    assertThat(unknown).contains("Incorrect username or password.");
    assertThat(wrong).contains("Incorrect username or password.");
  }

  @Test
  void disabled_user_is_refused() throws Exception {
    FAKE.client().adminDisableUser(r -> r.userPoolId(setup.poolId()).username("alice"));

    assertThat(browser.signIn(setup.query(), "alice", PASSWORD).body()).contains("User is disabled.");
  }

  @Test
  void repeated_wrong_passwords_lock_the_user_out() throws Exception {
    for (int i = 0; i < 5; i++) {
      browser.signIn(setup.query(), "alice", "wrong-Passw0rd!");
    }

    assertThat(browser.signIn(setup.query(), "alice", PASSWORD).body()).contains("Password attempts exceeded");
  }

  @Test
  void post_without_the_csrf_cookie_is_forbidden() throws Exception {
    HttpResponse<String> response = browser.post("/login?" + setup.query(),
        "username=alice&password=" + HostedBrowser.encode(PASSWORD) + "&_csrf=forged");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(recorded(setup.clientId())).isEmpty();
  }

  @Test
  void post_with_a_token_that_differs_from_the_cookie_is_forbidden() throws Exception {
    browser.get("/login?" + setup.query());

    HttpResponse<String> response = browser.post("/login?" + setup.query(),
        "username=alice&password=" + HostedBrowser.encode(PASSWORD) + "&_csrf=forged");

    assertThat(response.statusCode()).isEqualTo(403);
  }

  @Test
  void hosted_trigger_sources_are_used() throws Exception {
    try (FakeCognito fake = FakeCognito.create()) {
      fake.registerLambda(ARN, event -> event);
      Setup withTriggers = HostedBrowser.setup(fake, pool -> pool.lambdaConfig(l -> l.preAuthentication(ARN)
          .postAuthentication(ARN).preTokenGeneration(ARN)), client -> { });

      HttpResponse<String> response = new HostedBrowser(fake).signIn(withTriggers.query(), "alice", PASSWORD);

      assertThat(location(response)).startsWith(CALLBACK + "?code=");
      assertThat(fake.triggerInvocations()).extracting(TriggerInvocation::triggerSource).containsExactly(
          "PreAuthentication_Authentication", "PostAuthentication_Authentication", "TokenGeneration_HostedAuth");
    }
  }

  @Test
  void invited_user_sets_a_new_password_on_the_next_page() throws Exception {
    FAKE.client().adminCreateUser(r -> r.userPoolId(setup.poolId()).username("carol").temporaryPassword("Temp0rary!")
        .messageAction("SUPPRESS"));

    HttpResponse<String> page = browser.signIn(setup.query("state=s"), "carol", "Temp0rary!");
    assertThat(page.body()).contains("Change Password").contains("name=\"new_password\"");
    HttpResponse<String> done = browser.submit(page.body(), "new_password=" + HostedBrowser.encode("N3w-Passw0rd!"));

    assertThat(location(done)).startsWith(CALLBACK + "?code=");
    assertThat(FAKE.client().adminGetUser(r -> r.userPoolId(setup.poolId()).username("carol")).userStatusAsString())
        .isEqualTo("CONFIRMED");
  }

  @Test
  void invited_users_new_password_must_satisfy_the_policy() throws Exception {
    FAKE.client().adminCreateUser(r -> r.userPoolId(setup.poolId()).username("dave").temporaryPassword("Temp0rary!")
        .messageAction("SUPPRESS"));
    HttpResponse<String> page = browser.signIn(setup.query(), "dave", "Temp0rary!");

    HttpResponse<String> again = browser.submit(page.body(), "new_password=lowercaseonly");

    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).contains("Password did not conform with password policy")
        .contains("name=\"new_password\"");
  }

  @Test
  void second_authorize_with_the_session_cookie_skips_the_form() throws Exception {
    browser.signIn(setup.query(), "alice", PASSWORD);

    HttpResponse<String> again = browser.get("/oauth2/authorize?" + setup.query("state=again"));

    assertThat(again.statusCode()).isEqualTo(302);
    assertThat(location(again)).startsWith(CALLBACK + "?code=");
    assertThat(parameters(location(again))).containsEntry("state", "again");
  }

  @Test
  void session_cookie_expires_after_an_hour_on_the_fakes_clock() throws Exception {
    try (FakeCognito fake = FakeCognito.create()) {
      Setup local = HostedBrowser.setup(fake, false);
      HostedBrowser own = new HostedBrowser(fake);
      own.signIn(local.query(), "alice", PASSWORD);

      fake.clock().advance(java.time.Duration.ofMinutes(61));

      assertThat(location(own.get("/oauth2/authorize?" + local.query()))).startsWith("/login?");
    }
  }

  @Test
  void implicit_grant_returns_tokens_in_the_fragment() throws Exception {
    Setup implicit = HostedBrowser.setup(FAKE, false, OAuthFlowType.IMPLICIT);
    String query = implicit.query("state=i", "scope=openid email", "nonce=n-1")
        .replace("response_type=code", "response_type=token");

    String location = location(browser.signIn(query, "alice", PASSWORD));

    assertThat(location).startsWith(CALLBACK + "#");
    Map<String, String> fragment = parameters(location);
    assertThat(fragment).containsEntry("token_type", "Bearer").containsEntry("expires_in", "3600")
        .containsEntry("state", "i").containsKeys("access_token", "id_token").doesNotContainKey("refresh_token");
    JWTClaimsSet id = SignedJWT.parse(fragment.get("id_token")).getJWTClaimsSet();
    assertThat(id.getStringClaim("nonce")).isEqualTo("n-1");
    assertThat(SignedJWT.parse(fragment.get("access_token")).getJWTClaimsSet().getStringClaim("scope"))
        .isEqualTo("openid email");
  }

  @Test
  void implicit_grant_without_openid_returns_no_id_token() throws Exception {
    Setup implicit = HostedBrowser.setup(FAKE, false, OAuthFlowType.IMPLICIT);
    String query = implicit.query("scope=aws.cognito.signin.user.admin")
        .replace("response_type=code", "response_type=token");

    Map<String, String> fragment = parameters(location(browser.signIn(query, "alice", PASSWORD)));

    assertThat(fragment).containsKey("access_token").doesNotContainKey("id_token");
  }

  /** A pool with optional SMS MFA, where alice prefers SMS. */
  private static Setup smsMfa() {
    Setup sms = HostedBrowser.setup(FAKE, pool -> pool.smsConfiguration(c -> c
        .snsCallerArn("arn:aws:iam::123456789012:role/sms").externalId("fake")), client -> { });
    FAKE.client().setUserPoolMfaConfig(r -> r.userPoolId(sms.poolId()).mfaConfiguration(UserPoolMfaType.OPTIONAL)
        .smsMfaConfiguration(c -> c.smsAuthenticationMessage("Your sign-in code is {####}")));
    FAKE.client().adminSetUserMFAPreference(r -> r.userPoolId(sms.poolId()).username("alice")
        .smsMfaSettings(c -> c.enabled(true).preferredMfa(true)));
    return sms;
  }

  @Test
  void sms_mfa_user_enters_the_sent_code_on_the_next_page() throws Exception {
    Setup sms = smsMfa();

    HttpResponse<String> page = browser.signIn(sms.query("state=m"), "alice", PASSWORD);
    assertThat(page.body()).contains("We have sent a code by SMS").contains("name=\"mfa_code\"");
    String code = FAKE.outbox().lastCode(sms.poolId(), "alice").orElseThrow();
    HttpResponse<String> done = browser.submit(page.body(), "mfa_code=" + code);

    assertThat(location(done)).startsWith(CALLBACK + "?code=");
    assertThat(parameters(location(done))).containsEntry("state", "m");
  }

  @Test
  void wrong_mfa_code_shows_the_page_again_with_cognitos_message() throws Exception {
    Setup sms = smsMfa();
    HttpResponse<String> page = browser.signIn(sms.query(), "alice", PASSWORD);
    String code = FAKE.outbox().lastCode(sms.poolId(), "alice").orElseThrow();
    String wrong = code.equals("000000") ? "111111" : "000000";

    HttpResponse<String> again = browser.submit(page.body(), "mfa_code=" + wrong);

    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).contains("Invalid code or auth state for the user.").contains("name=\"mfa_code\"");
    assertThat(browser.cookies).doesNotContainKey("cognito");
  }
}
