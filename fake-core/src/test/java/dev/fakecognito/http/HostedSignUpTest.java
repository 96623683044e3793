package dev.fakecognito.http;

import static dev.fakecognito.http.HostedBrowser.CALLBACK;
import static dev.fakecognito.http.HostedBrowser.PASSWORD;
import static dev.fakecognito.http.HostedBrowser.encode;
import static dev.fakecognito.http.HostedBrowser.location;
import static dev.fakecognito.http.HostedBrowser.parameters;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.http.HostedBrowser.Setup;
import dev.fakecognito.recording.RecordedContextData;
import dev.fakecognito.triggers.TriggerInvocation;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/** The sign-up and confirmation pages, {@code GET|POST /signup} and {@code /confirm}, over real HTTP. */
class HostedSignUpTest {

  private static final FakeCognito FAKE = FakeCognito.create();
  private static final String ARN = "arn:aws:lambda:us-east-1:123456789012:function:hosted-sign-up";
  private static final String EMAIL_FIELD = encode("requiredAttributes[email]");

  private final Setup setup = setup(FAKE);
  private final HostedBrowser browser = new HostedBrowser(FAKE);

  @AfterAll
  static void close() {
    FAKE.close();
  }

  /** A pool that requires and verifies an email address. */
  private static Setup setup(FakeCognito fake) {
    return HostedBrowser.setup(fake, pool -> pool.autoVerifiedAttributes(VerifiedAttributeType.EMAIL)
        .schema(SchemaAttributeType.builder().name("email").attributeDataType("String").required(true)
            .mutable(true).build()), client -> { });
  }

  private HttpResponse<String> signUpPage(String query) throws Exception {
    HttpResponse<String> login = browser.get("/login?" + query);
    assertThat(login.body()).contains("href=\"/signup?" + query.replace("&", "&amp;") + "\"");
    HttpResponse<String> page = browser.get("/signup?" + query);
    assertThat(page.statusCode()).isEqualTo(200);
    return page;
  }

  private HttpResponse<String> signUp(String query, String username, String password, String email)
      throws Exception {
    return browser.submit(signUpPage(query).body(), "username=" + encode(username) + "&password=" + encode(password)
        + "&" + EMAIL_FIELD + "=" + encode(email));
  }

  private UserStatusType status(String username) {
    return FAKE.client().adminGetUser(r -> r.userPoolId(setup.poolId()).username(username)).userStatus();
  }

  private String code(String username) {
    return FAKE.outbox().lastCode(setup.poolId(), username).orElseThrow();
  }

  @Test
  void sign_up_page_asks_for_username_password_and_the_required_attributes_with_the_csrf_token() throws Exception {
    String query = setup.query("state=s");

    HttpResponse<String> page = signUpPage(query);

    String csrf = browser.cookies.get("XSRF-TOKEN");
    assertThat(page.body()).contains("<input type=\"hidden\" name=\"_csrf\" value=\"" + csrf + "\">")
        .contains("name=\"username\"").contains("name=\"password\"").contains("name=\"requiredAttributes[email]\"")
        .contains("action=\"/signup?" + query.replace("&", "&amp;") + "\"").doesNotContain("<script");
  }

  @Test
  void sign_up_then_confirm_signs_the_user_in_and_redirects_with_a_code() throws Exception {
    String query = setup.query("state=st-2");

    HttpResponse<String> signedUp = signUp(query, "bob", PASSWORD, "bob@example.com");

    assertThat(signedUp.statusCode()).isEqualTo(302);
    assertThat(location(signedUp)).isEqualTo("/confirm?" + query + "&username=bob");
    assertThat(status("bob")).isEqualTo(UserStatusType.UNCONFIRMED);
    HttpResponse<String> confirmPage = browser.get(location(signedUp));
    assertThat(confirmPage.body()).contains("name=\"code\"");

    HttpResponse<String> done = browser.submit(confirmPage.body(), "code=" + code("bob"));

    assertThat(done.statusCode()).isEqualTo(302);
    assertThat(location(done)).startsWith(CALLBACK + "?code=");
    assertThat(parameters(location(done))).containsEntry("state", "st-2");
    assertThat(browser.cookies).containsKey("cognito");
    assertThat(status("bob")).isEqualTo(UserStatusType.CONFIRMED);
  }

  @Test
  void confirm_without_the_sign_up_cookie_sends_the_confirmed_user_to_the_sign_in_page() throws Exception {
    String query = setup.query();
    HttpResponse<String> signedUp = signUp(query, "dora", PASSWORD, "dora@example.com");
    browser.cookies.remove("cognito-signup");

    HttpResponse<String> done = browser.submit(browser.get(location(signedUp)).body(), "code=" + code("dora"));

    assertThat(location(done)).isEqualTo("/login?" + query);
    assertThat(status("dora")).isEqualTo(UserStatusType.CONFIRMED);
  }

  @Test
  void wrong_code_shows_cognitos_message_and_leaves_the_user_unconfirmed() throws Exception {
    HttpResponse<String> signedUp = signUp(setup.query(), "erin", PASSWORD, "erin@example.com");
    String page = browser.get(location(signedUp)).body();
    String wrong = code("erin").equals("000000") ? "111111" : "000000";

    HttpResponse<String> response = browser.submit(page, "code=" + wrong);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("Invalid verification code provided, please try again.")
        .contains("name=\"code\"");
    assertThat(status("erin")).isEqualTo(UserStatusType.UNCONFIRMED);
  }

  @Test
  void resend_sends_a_new_code_that_confirms() throws Exception {
    HttpResponse<String> signedUp = signUp(setup.query(), "fay", PASSWORD, "fay@example.com");
    String page = browser.get(location(signedUp)).body();
    long sent = sentTo("fay@example.com");

    HttpResponse<String> resent = browser.submit(page, "resend=Resend");

    assertThat(resent.body()).contains("A new code has been sent.");
    assertThat(sentTo("fay@example.com")).isEqualTo(sent + 1); // other tests of the class share the outbox
    HttpResponse<String> done = browser.submit(resent.body(), "code=" + code("fay"));
    assertThat(location(done)).startsWith(CALLBACK + "?code=");
  }

  @Test
  void bad_password_shows_the_form_again_with_cognitos_message_and_creates_no_user() throws Exception {
    HttpResponse<String> response = signUp(setup.query(), "gus", "password", "gus@example.com");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("Password did not conform with policy")
        .contains("value=\"gus@example.com\"").contains("name=\"password\"");
    assertThat(FAKE.client().listUsers(r -> r.userPoolId(setup.poolId()).filter("username = \"gus\"")).users())
        .isEmpty();
  }

  @Test
  void existing_username_shows_user_already_exists() throws Exception {
    HttpResponse<String> response = signUp(setup.query(), "alice", PASSWORD, "other@example.com");

    assertThat(response.body()).contains("User already exists");
  }

  @Test
  void forged_csrf_token_is_refused() throws Exception {
    signUpPage(setup.query());

    HttpResponse<String> response = browser.post("/signup?" + setup.query(),
        "username=hal&password=" + encode(PASSWORD) + "&" + EMAIL_FIELD + "=hal%40example.com&_csrf=forged");

    assertThat(response.statusCode()).isEqualTo(403);
  }

  @Test
  void sign_up_and_confirmation_record_the_browsers_address() throws Exception {
    HttpResponse<String> signedUp = browser.submit(signUpPage(setup.query()).body(), "username=ivy&password="
        + encode(PASSWORD) + "&" + EMAIL_FIELD + "=ivy%40example.com", "X-Forwarded-For", "203.0.113.9");
    browser.submit(browser.get(location(signedUp)).body(), "code=" + code("ivy"));

    List<RecordedContextData> recorded = FAKE.recordedContextData().stream()
        .filter(r -> r.clientId().equals(setup.clientId())).toList();
    assertThat(recorded).extracting(RecordedContextData::operation)
        .containsExactly("SignUp", "ConfirmSignUp", "ManagedLogin");
    assertThat(recorded.get(0)).satisfies(r -> {
      assertThat(r.ipAddress()).isEqualTo("203.0.113.9");
      assertThat(r.username()).isEqualTo("ivy");
      assertThat(r.propagated()).isTrue();
    });
    assertThat(recorded.get(1).ipAddress()).isEqualTo("127.0.0.1");
  }

  @Test
  void triggers_run_as_for_sign_up_and_confirmation() throws Exception {
    try (FakeCognito fake = FakeCognito.create()) {
      fake.registerLambda(ARN, event -> event);
      Setup withTriggers = HostedBrowser.setup(fake, pool -> pool.autoVerifiedAttributes(VerifiedAttributeType.EMAIL)
          .lambdaConfig(l -> l.preSignUp(ARN).postConfirmation(ARN)), client -> { });
      HostedBrowser other = new HostedBrowser(fake);
      HttpResponse<String> page = other.get("/signup?" + withTriggers.query());
      HttpResponse<String> signedUp = other.submit(page.body(), "username=jo&password=" + encode(PASSWORD) + "&"
          + EMAIL_FIELD + "=jo%40example.com");
      String code = fake.outbox().lastCode(withTriggers.poolId(), "jo").orElseThrow();

      HttpResponse<String> done = other.submit(other.get(location(signedUp)).body(), "code=" + code);

      assertThat(location(done)).startsWith(CALLBACK + "?code=");
      assertThat(fake.triggerInvocations()).extracting(TriggerInvocation::triggerSource)
          .containsExactly("PreSignUp_AdminCreateUser", "PreSignUp_SignUp", "PostConfirmation_ConfirmSignUp");
    }
  }

  @Test
  void auto_confirmed_sign_up_signs_in_at_once() throws Exception {
    try (FakeCognito fake = FakeCognito.create()) {
      fake.registerLambda(ARN, event -> {
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> response = (java.util.Map<String, Object>) event.get("response");
        response.put("autoConfirmUser", true);
        return event;
      });
      Setup withTriggers = HostedBrowser.setup(fake, pool -> pool.lambdaConfig(l -> l.preSignUp(ARN)), c -> { });
      HostedBrowser other = new HostedBrowser(fake);
      HttpResponse<String> page = other.get("/signup?" + withTriggers.query());

      HttpResponse<String> done = other.submit(page.body(), "username=kim&password=" + encode(PASSWORD));

      assertThat(location(done)).startsWith(CALLBACK + "?code=");
    }
  }

  private static long sentTo(String destination) {
    return FAKE.outbox().messages().stream().filter(m -> m.destination().equals(destination)).count();
  }
}
