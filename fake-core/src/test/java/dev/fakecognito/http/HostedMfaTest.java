package dev.fakecognito.http;

import static dev.fakecognito.http.HostedBrowser.CALLBACK;
import static dev.fakecognito.http.HostedBrowser.PASSWORD;
import static dev.fakecognito.http.HostedBrowser.location;
import static dev.fakecognito.http.HostedBrowser.parameters;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.http.HostedBrowser.Setup;
import dev.fakecognito.recording.RecordedContextData;
import dev.fakecognito.totp.Totp;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.EmailSendingAccountType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;

/** The MFA pages of managed login: codes by email and authenticator app, set-up and choice, over real HTTP. */
class HostedMfaTest {

  private static final FakeCognito FAKE = FakeCognito.create();
  private static final Pattern SECRET = Pattern.compile("<code id=\"totpSecret\">([A-Z2-7]+)</code>");

  private final HostedBrowser browser = new HostedBrowser(FAKE);

  @AfterAll
  static void close() {
    FAKE.close();
  }

  /** A pool whose optional MFA offers SMS, email and software tokens. */
  private static Setup optional() {
    Setup setup = HostedBrowser.setup(FAKE, pool -> pool
        .smsConfiguration(s -> s.snsCallerArn("arn:aws:iam::123456789012:role/sms").externalId("fake"))
        .emailConfiguration(e -> e.emailSendingAccount(EmailSendingAccountType.DEVELOPER)
            .sourceArn("arn:aws:ses:us-east-1:123456789012:identity/example.com").from("no-reply@example.com")),
        client -> { });
    FAKE.client().setUserPoolMfaConfig(r -> r.userPoolId(setup.poolId()).mfaConfiguration(UserPoolMfaType.OPTIONAL)
        .softwareTokenMfaConfiguration(t -> t.enabled(true))
        .smsMfaConfiguration(s -> s.smsAuthenticationMessage("Your sign-in code is {####}"))
        .emailMfaConfiguration(e -> e.message("Your email code is {####}").subject("Your code")));
    return setup;
  }

  /** A pool that requires MFA and offers only software tokens; alice has none yet. */
  private static Setup requiredTotp() {
    Setup setup = HostedBrowser.setup(FAKE, false);
    FAKE.client().setUserPoolMfaConfig(r -> r.userPoolId(setup.poolId()).mfaConfiguration(UserPoolMfaType.ON)
        .softwareTokenMfaConfiguration(t -> t.enabled(true)));
    return setup;
  }

  private static String secret(String page) {
    Matcher secret = SECRET.matcher(page);
    assertThat(secret.find()).as("a secret in %s", page).isTrue();
    return secret.group(1);
  }

  /* ---- EMAIL_OTP ---- */

  @Test
  void email_code_page_names_the_masked_address_and_the_code_signs_in() throws Exception {
    Setup email = optional();
    FAKE.client().adminSetUserMFAPreference(r -> r.userPoolId(email.poolId()).username("alice")
        .emailMfaSettings(c -> c.enabled(true).preferredMfa(true)));

    HttpResponse<String> page = browser.signIn(email.query("state=e"), "alice", PASSWORD);
    assertThat(page.body()).contains("We have sent a code by email to a***@e***. Enter it to sign in.")
        .contains("name=\"mfa_code\"").contains("<input type=\"hidden\" name=\"challenge\" value=\"EMAIL_OTP\">");
    String code = FAKE.outbox().lastCode(email.poolId(), "alice").orElseThrow();
    HttpResponse<String> done = browser.submit(page.body(), "mfa_code=" + code);

    assertThat(location(done)).startsWith(CALLBACK + "?code=");
    assertThat(parameters(location(done))).containsEntry("state", "e");
  }

  @Test
  void wrong_email_code_shows_the_page_again_with_the_destination() throws Exception {
    Setup email = optional();
    FAKE.client().adminSetUserMFAPreference(r -> r.userPoolId(email.poolId()).username("alice")
        .emailMfaSettings(c -> c.enabled(true).preferredMfa(true)));
    HttpResponse<String> page = browser.signIn(email.query(), "alice", PASSWORD);
    String code = FAKE.outbox().lastCode(email.poolId(), "alice").orElseThrow();
    String wrong = code.equals("000000") ? "111111" : "000000";

    HttpResponse<String> again = browser.submit(page.body(), "mfa_code=" + wrong);

    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).contains("Invalid code or auth state for the user.").contains("a***@e***");
    assertThat(browser.cookies).doesNotContainKey("cognito");
  }

  @Test
  void sms_code_page_names_the_masked_phone_number() throws Exception {
    Setup sms = optional();
    FAKE.client().adminSetUserMFAPreference(r -> r.userPoolId(sms.poolId()).username("alice")
        .smsMfaSettings(c -> c.enabled(true).preferredMfa(true)));

    HttpResponse<String> page = browser.signIn(sms.query(), "alice", PASSWORD);

    assertThat(page.body()).contains("We have sent a code by SMS to +*******0100.");
  }

  /* ---- MFA_SETUP and SOFTWARE_TOKEN_MFA ---- */

  @Test
  void required_mfa_sets_up_an_authenticator_then_asks_for_its_code() throws Exception {
    Setup totp = requiredTotp();

    HttpResponse<String> page = browser.signIn(totp.query("state=t"), "alice", PASSWORD);
    assertThat(page.body()).contains("Set up multi-factor authentication").contains("name=\"totp_code\"")
        .contains("otpauth://totp/hosted:alice?secret=");
    String secret = secret(page.body());
    assertThat(page.body()).contains("secret=" + secret + "&amp;issuer=hosted");
    HttpResponse<String> done = browser.submit(page.body(), "totp_code=" + Totp.code(secret, FAKE.clock()));

    assertThat(location(done)).startsWith(CALLBACK + "?code=");
    assertThat(parameters(location(done))).containsEntry("state", "t");
    assertThat(FAKE.client().adminGetUser(r -> r.userPoolId(totp.poolId()).username("alice")).userMFASettingList())
        .containsExactly("SOFTWARE_TOKEN_MFA");
    // The next sign-in asks for a code of the new token; the next time step's code is still accepted.
    HostedBrowser other = new HostedBrowser(FAKE);
    HttpResponse<String> next = other.signIn(totp.query(), "alice", PASSWORD);
    assertThat(next.body()).contains("Enter the code from your authenticator app.")
        .contains("<input type=\"hidden\" name=\"challenge\" value=\"SOFTWARE_TOKEN_MFA\">");
    String later = Totp.code(secret, FAKE.clock().instant().plusSeconds(Totp.STEP_SECONDS));
    assertThat(location(other.submit(next.body(), "mfa_code=" + later))).startsWith(CALLBACK + "?code=");
  }

  @Test
  void wrong_set_up_code_shows_the_same_key_again_with_cognitos_message() throws Exception {
    Setup totp = requiredTotp();
    HttpResponse<String> page = browser.signIn(totp.query(), "alice", PASSWORD);
    String secret = secret(page.body());
    String right = Totp.code(secret, FAKE.clock());

    HttpResponse<String> again = browser.submit(page.body(), "totp_code=" + (right.equals("000000") ? "111111"
        : "000000"));

    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).contains("Code mismatch").contains(secret).contains("name=\"totp_code\"");
    assertThat(browser.cookies).doesNotContainKey("cognito");
    HttpResponse<String> done = browser.submit(again.body(), "totp_code=" + right);
    assertThat(location(done)).startsWith(CALLBACK + "?code=");
  }

  @Test
  void wrong_totp_code_shows_cognitos_message() throws Exception {
    Setup totp = requiredTotp();
    HttpResponse<String> setUp = browser.signIn(totp.query(), "alice", PASSWORD);
    String secret = secret(setUp.body());
    browser.submit(setUp.body(), "totp_code=" + Totp.code(secret, FAKE.clock()));
    HostedBrowser other = new HostedBrowser(FAKE);
    HttpResponse<String> page = other.signIn(totp.query(), "alice", PASSWORD);

    HttpResponse<String> again = other.submit(page.body(), "mfa_code=" + Totp.code(secret,
        FAKE.clock().instant().minusSeconds(10 * Totp.STEP_SECONDS)));

    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).contains("Invalid code or auth state for the user.").contains("name=\"mfa_code\"");
  }

  @Test
  void set_up_steps_record_the_browsers_address() throws Exception {
    Setup totp = requiredTotp();
    HttpResponse<String> page = browser.signIn(totp.query(), "alice", PASSWORD, "X-Forwarded-For", "203.0.113.9");

    browser.submit(page.body(), "totp_code=" + Totp.code(secret(page.body()), FAKE.clock()),
        "X-Forwarded-For", "203.0.113.9");

    assertThat(FAKE.recordedContextData()).filteredOn(r -> r.clientId().equals(totp.clientId()))
        .extracting(RecordedContextData::operation, RecordedContextData::ipAddress)
        .hasSize(3).allSatisfy(r -> assertThat(r.toList()).containsExactly("ManagedLogin", "203.0.113.9"));
  }

  /* ---- SELECT_MFA_TYPE ---- */

  @Test
  void user_with_several_factors_chooses_one_then_enters_its_code() throws Exception {
    Setup both = optional();
    FAKE.client().adminSetUserMFAPreference(r -> r.userPoolId(both.poolId()).username("alice")
        .smsMfaSettings(c -> c.enabled(true)).emailMfaSettings(c -> c.enabled(true)));

    HttpResponse<String> choice = browser.signIn(both.query("state=c"), "alice", PASSWORD);
    assertThat(choice.body()).contains("Choose how to receive your sign-in code.")
        .contains("name=\"mfa_type\" type=\"radio\" value=\"SMS_MFA\"")
        .contains("name=\"mfa_type\" type=\"radio\" value=\"EMAIL_OTP\"");
    HttpResponse<String> page = browser.submit(choice.body(), "mfa_type=EMAIL_OTP");
    assertThat(page.body()).contains("We have sent a code by email to a***@e***.");
    String code = FAKE.outbox().lastCode(both.poolId(), "alice").orElseThrow();
    HttpResponse<String> done = browser.submit(page.body(), "mfa_code=" + code);

    assertThat(location(done)).startsWith(CALLBACK + "?code=");
    assertThat(parameters(location(done))).containsEntry("state", "c");
  }

  @Test
  void choosing_a_factor_the_user_has_not_enabled_shows_the_choice_again_with_cognitos_message() throws Exception {
    Setup both = optional();
    FAKE.client().adminSetUserMFAPreference(r -> r.userPoolId(both.poolId()).username("alice")
        .smsMfaSettings(c -> c.enabled(true)).emailMfaSettings(c -> c.enabled(true)));
    HttpResponse<String> choice = browser.signIn(both.query(), "alice", PASSWORD);

    HttpResponse<String> refused = browser.submit(choice.body(), "mfa_type=SOFTWARE_TOKEN_MFA");

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("Invalid value for ANSWER: SOFTWARE_TOKEN_MFA")
        .contains("value=\"SMS_MFA\"").contains("value=\"EMAIL_OTP\"");
    assertThat(browser.cookies).doesNotContainKey("cognito");
    HttpResponse<String> page = browser.submit(refused.body(), "mfa_type=SMS_MFA");
    assertThat(page.body()).contains("We have sent a code by SMS to +*******0100.");
  }
}
