package dev.fakecognito.http;

import static dev.fakecognito.http.HostedBrowser.CALLBACK;
import static dev.fakecognito.http.HostedBrowser.PASSWORD;
import static dev.fakecognito.http.HostedBrowser.encode;
import static dev.fakecognito.http.HostedBrowser.location;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.http.HostedBrowser.Setup;
import dev.fakecognito.recording.RecordedContextData;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The password reset pages, {@code GET|POST /forgotPassword} and {@code /confirmForgotPassword}, over real HTTP. */
class HostedForgotPasswordTest {

  private static final FakeCognito FAKE = FakeCognito.create();
  private static final String NEW_PASSWORD = "N3w-Passw0rd!";

  private final Setup setup = HostedBrowser.setup(FAKE, true);
  private final HostedBrowser browser = new HostedBrowser(FAKE);

  @AfterAll
  static void close() {
    FAKE.close();
  }

  /** From the sign-in page's link to the reset page, asking a code for {@code username}. */
  private HttpResponse<String> forgot(String query, String username, String... headers) throws Exception {
    HttpResponse<String> login = browser.get("/login?" + query);
    assertThat(login.body()).contains("href=\"/forgotPassword?" + query.replace("&", "&amp;") + "\"");
    HttpResponse<String> page = browser.get("/forgotPassword?" + query);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("name=\"username\"").contains("name=\"_csrf\"");
    return browser.submit(page.body(), "username=" + encode(username), headers);
  }

  private String code() {
    return FAKE.outbox().lastCode(setup.poolId(), "alice").orElseThrow();
  }

  @Test
  void reset_sends_a_code_then_the_new_password_signs_in() throws Exception {
    String query = setup.query("state=r1");

    HttpResponse<String> asked = forgot(query, "alice");

    assertThat(asked.statusCode()).isEqualTo(302);
    assertThat(location(asked)).isEqualTo("/confirmForgotPassword?" + query + "&username=alice");
    HttpResponse<String> page = browser.get(location(asked));
    assertThat(page.body()).contains("name=\"code\"").contains("name=\"password\"");
    HttpResponse<String> reset = browser.submit(page.body(), "code=" + code() + "&password=" + encode(NEW_PASSWORD));

    assertThat(reset.statusCode()).isEqualTo(200);
    assertThat(reset.body()).contains("Your password has been reset.")
        .contains("action=\"/login?" + query.replace("&", "&amp;") + "\"");
    HttpResponse<String> signedIn = browser.submit(reset.body(), "username=alice&password=" + encode(NEW_PASSWORD));
    assertThat(location(signedIn)).startsWith(CALLBACK + "?code=");
  }

  @Test
  void wrong_code_shows_cognitos_message_and_keeps_the_old_password() throws Exception {
    HttpResponse<String> asked = forgot(setup.query(), "alice");
    String page = browser.get(location(asked)).body();
    String wrong = code().equals("000000") ? "111111" : "000000";

    HttpResponse<String> response = browser.submit(page, "code=" + wrong + "&password=" + encode(NEW_PASSWORD));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("Invalid verification code provided, please try again.")
        .contains("name=\"code\"");
    assertThat(location(new HostedBrowser(FAKE).signIn(setup.query(), "alice", PASSWORD)))
        .startsWith(CALLBACK + "?code=");
  }

  @Test
  void bad_new_password_shows_cognitos_message() throws Exception {
    HttpResponse<String> asked = forgot(setup.query(), "alice");
    String page = browser.get(location(asked)).body();

    HttpResponse<String> response = browser.submit(page, "code=" + code() + "&password=password");

    assertThat(response.body()).contains("Password did not conform with policy");
    assertThat(location(new HostedBrowser(FAKE).signIn(setup.query(), "alice", PASSWORD)))
        .startsWith(CALLBACK + "?code=");
  }

  @Test
  void unknown_user_shows_cognitos_message() throws Exception {
    HttpResponse<String> response = forgot(setup.query(), "nobody");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("Username/client id combination not found.").contains("value=\"nobody\"");
  }

  @Test
  void forged_csrf_token_is_refused() throws Exception {
    browser.get("/forgotPassword?" + setup.query());

    assertThat(browser.post("/forgotPassword?" + setup.query(), "username=alice&_csrf=forged").statusCode())
        .isEqualTo(403);
    assertThat(FAKE.outbox().lastCode(setup.poolId(), "alice")).isEmpty();
  }

  @Test
  void reset_records_the_browsers_address() throws Exception {
    HttpResponse<String> asked = forgot(setup.query(), "alice", "X-Forwarded-For", "198.51.100.4");
    browser.submit(browser.get(location(asked)).body(), "code=" + code() + "&password=" + encode(NEW_PASSWORD));

    assertThat(FAKE.recordedContextData().stream().filter(r -> r.clientId().equals(setup.clientId())))
        .extracting(RecordedContextData::operation, RecordedContextData::ipAddress, RecordedContextData::propagated)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("ForgotPassword", "198.51.100.4", true),
            org.assertj.core.groups.Tuple.tuple("ConfirmForgotPassword", "127.0.0.1", true));
  }
}
