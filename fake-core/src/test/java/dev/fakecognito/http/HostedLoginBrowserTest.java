package dev.fakecognito.http;

import static dev.fakecognito.http.HostedBrowser.CALLBACK;
import static dev.fakecognito.http.HostedBrowser.PASSWORD;
import static dev.fakecognito.http.HostedBrowser.encode;
import static dev.fakecognito.http.HostedBrowser.parameters;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.SignedJWT;
import dev.fakecognito.FakeCognito;
import dev.fakecognito.http.HostedBrowser.Setup;
import dev.fakecognito.recording.RecordedContextData;
import java.io.IOException;
import java.util.Map;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/**
 * A browser (HtmlUnit, JavaScript off) goes through managed login: authorize, the sign-in form,
 * and back to the app with a code that redeems to tokens. The app's callback is answered by the
 * browser's connection itself, since its host does not exist.
 */
@Execution(ExecutionMode.SAME_THREAD)
class HostedLoginBrowserTest {

  private static final FakeCognito FAKE = FakeCognito.create();
  private static final WebClient BROWSER = HostedBrowser.htmlUnit(CALLBACK, false);

  private final Setup setup = HostedBrowser.setup(FAKE, false);

  @AfterAll
  static void close() {
    BROWSER.close();
    FAKE.close();
  }

  @BeforeEach
  void forgetCookies() {
    BROWSER.getCookieManager().clearCookies();
  }

  private HtmlPage signInPage(String query) throws IOException {
    HtmlPage page = BROWSER.getPage(FAKE.endpoint() + "/oauth2/authorize?" + query);
    assertThat(page.getUrl().getPath()).isEqualTo("/login");
    return page;
  }

  private static Page submit(HtmlPage page, String username, String password) throws IOException {
    HtmlForm form = page.getFormByName("cognitoSignInForm");
    form.getInputByName("username").type(username);
    form.getInputByName("password").type(password);
    return form.getButtonByName("signInSubmitButton").click();
  }

  @Test
  void signing_in_lands_on_the_callback_with_a_code_that_redeems_to_tokens() throws Exception {
    HtmlPage login = signInPage(setup.query("state=browser", "scope=openid email"));

    Page callback = submit(login, "alice", PASSWORD);

    String url = callback.getUrl().toString();
    assertThat(url).startsWith(CALLBACK + "?code=");
    Map<String, String> parameters = parameters(url);
    assertThat(parameters).containsEntry("state", "browser");
    HostedBrowser http = new HostedBrowser(FAKE);
    Map<String, Object> tokens = JSONObjectUtils.parse(http.post("/oauth2/token", "grant_type=authorization_code"
        + "&client_id=" + setup.clientId() + "&code=" + parameters.get("code") + "&redirect_uri="
        + encode(CALLBACK)).body());
    assertThat(SignedJWT.parse((String) tokens.get("id_token")).getJWTClaimsSet().getStringClaim("email"))
        .isEqualTo("alice@example.com");
    assertThat(FAKE.recordedContextData()).filteredOn(r -> r.clientId().equals(setup.clientId()))
        .singleElement().extracting(RecordedContextData::ipAddress).isEqualTo("127.0.0.1");
  }

  @Test
  void wrong_password_shows_the_message_on_the_page() throws Exception {
    HtmlPage again = (HtmlPage) submit(signInPage(setup.query()), "alice", "wrong-Passw0rd!");

    assertThat(again.getUrl().getPath()).isEqualTo("/login");
    assertThat(again.asNormalizedText()).contains("Incorrect username or password.");
  }

  @Test
  void resetting_the_password_then_signing_in_lands_on_the_callback() throws Exception {
    HtmlPage login = signInPage(setup.query("state=reset"));

    HtmlPage forgot = login.getAnchorByText("Forgot your password?").click();
    HtmlForm ask = forgot.getFormByName("cognitoForgotPasswordForm");
    ask.getInputByName("username").type("alice");
    HtmlPage reset = ask.getButtonByName("reset_my_password").click();
    assertThat(reset.getUrl().getPath()).isEqualTo("/confirmForgotPassword");
    HtmlForm change = reset.getFormByName("cognitoConfirmForgotPasswordForm");
    change.getInputByName("code").type(FAKE.outbox().lastCode(setup.poolId(), "alice").orElseThrow());
    change.getInputByName("password").type("N3w-Passw0rd!");
    HtmlPage signIn = change.getButtonByName("reset_password").click();
    assertThat(signIn.asNormalizedText()).contains("Your password has been reset.");
    Page callback = submit(signIn, "", "N3w-Passw0rd!");

    assertThat(callback.getUrl().toString()).startsWith(CALLBACK + "?code=");
    assertThat(parameters(callback.getUrl().toString())).containsEntry("state", "reset");
  }

  @Test
  void signing_up_and_confirming_lands_on_the_callback_with_a_code() throws Exception {
    Setup verifying = HostedBrowser.setup(FAKE, pool -> pool.autoVerifiedAttributes(VerifiedAttributeType.EMAIL),
        client -> { });
    HtmlPage login = signInPage(verifying.query("state=new"));

    HtmlPage signUp = login.getAnchorByText("Sign up").click();
    HtmlForm form = signUp.getFormByName("cognitoSignUpForm");
    form.getInputByName("username").type("zoe");
    form.getInputByName("requiredAttributes[email]").type("zoe@example.com");
    form.getInputByName("password").type(PASSWORD);
    HtmlPage confirm = form.getButtonByName("signUpButton").click();
    assertThat(confirm.getUrl().getPath()).isEqualTo("/confirm");
    HtmlForm code = confirm.getFormByName("cognitoConfirmForm");
    code.getInputByName("code").type(FAKE.outbox().lastCode(verifying.poolId(), "zoe").orElseThrow());
    Page callback = code.getButtonByName("confirm").click();

    assertThat(callback.getUrl().toString()).startsWith(CALLBACK + "?code=");
    assertThat(parameters(callback.getUrl().toString())).containsEntry("state", "new");
  }
}
