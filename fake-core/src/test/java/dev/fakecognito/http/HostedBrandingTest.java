package dev.fakecognito.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.http.HostedBrowser.Setup;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TermsEnforcementType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TermsSourceType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/** The classic hosted UI customization and terms links on managed login's pages, over real HTTP. */
class HostedBrandingTest {

  private static final FakeCognito FAKE = FakeCognito.create();
  private static final String POOL_CSS = ".submitButton-customizable {background-color: #123456;}";
  private static final String CLIENT_CSS = ".banner-customizable {background-color: #abcdef;}";
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F'};

  private final CognitoIdentityProviderClient cognito = FAKE.client();
  private final Setup setup = HostedBrowser.setup(FAKE,
      pool -> pool.autoVerifiedAttributes(VerifiedAttributeType.EMAIL), client -> { });
  private final HostedBrowser browser = new HostedBrowser(FAKE);

  @AfterAll
  static void close() {
    FAKE.close();
  }

  private void domain() {
    // Hex of the pool ID's suffix: unique per pool, and never a reserved word such as "aws".
    String prefix = "hosted-" + HexFormat.of().formatHex(setup.poolId().substring(10)
        .getBytes(StandardCharsets.US_ASCII));
    cognito.createUserPoolDomain(r -> r.userPoolId(setup.poolId()).domain(prefix));
  }

  private String loginPage(String... extra) throws Exception {
    HttpResponse<String> page = browser.get("/login?" + setup.query(extra));
    assertThat(page.statusCode()).isEqualTo(200);
    return page.body();
  }

  private static HttpResponse<byte[]> fetch(String url) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /* ---- CSS and logo ---- */

  @Test
  void without_customization_the_page_has_only_the_built_in_look() throws Exception {
    String page = loginPage();

    assertThat(page).doesNotContain("id=\"customized\"").doesNotContain("<img")
        .contains("class=\"submitButton-customizable\"").contains("class=\"inputField-customizable\"")
        .contains("class=\"label-customizable\"").contains("class=\"banner-customizable\"")
        .contains("class=\"background-customizable\"").contains("class=\"redirect-customizable\"")
        .contains("class=\"textDescription-customizable\"");
  }

  @Test
  void pool_wide_css_follows_the_built_in_stylesheet() throws Exception {
    domain();
    cognito.setUICustomization(r -> r.userPoolId(setup.poolId()).css(POOL_CSS));

    String page = loginPage();

    assertThat(page).contains("<style id=\"customized\">\n" + POOL_CSS + "\n</style>");
    assertThat(page.indexOf("<style id=\"customized\">")).isGreaterThan(page.indexOf("<style>"));
    assertThat(page.indexOf("<style id=\"customized\">")).isLessThan(page.indexOf("</head>"));
  }

  @Test
  void client_css_beats_the_pool_wide_one() throws Exception {
    domain();
    cognito.setUICustomization(r -> r.userPoolId(setup.poolId()).css(POOL_CSS));
    cognito.setUICustomization(r -> r.userPoolId(setup.poolId()).clientId(setup.clientId()).css(CLIENT_CSS));

    String page = loginPage();

    assertThat(page).contains(CLIENT_CSS).doesNotContain(POOL_CSS);
  }

  @Test
  void removed_customization_leaves_the_built_in_look() throws Exception {
    domain();
    cognito.setUICustomization(r -> r.userPoolId(setup.poolId()).css(POOL_CSS));
    cognito.setUICustomization(r -> r.userPoolId(setup.poolId()));

    assertThat(loginPage()).doesNotContain("id=\"customized\"");
  }

  @Test
  void logo_shows_in_the_banner_and_its_image_url_serves_the_png() throws Exception {
    domain();
    cognito.setUICustomization(r -> r.userPoolId(setup.poolId()).clientId(setup.clientId())
        .imageFile(SdkBytes.fromByteArray(PNG)));
    String imageUrl = cognito.getUICustomization(r -> r.userPoolId(setup.poolId()).clientId(setup.clientId()))
        .uiCustomization().imageUrl();

    String page = loginPage();

    String base = FAKE.endpoint().toString();
    assertThat(imageUrl).startsWith(base + "/" + setup.poolId() + "/" + setup.clientId() + "/")
        .endsWith("/assets/images/image.png");
    String path = imageUrl.substring(base.length());
    assertThat(page).contains("<div class=\"banner-customizable\"><img class=\"logo-customizable\" alt=\"logo\" "
        + "src=\"" + path + "\"></div>");
    HttpResponse<byte[]> image = fetch(imageUrl);
    assertThat(image.statusCode()).isEqualTo(200);
    assertThat(image.headers().firstValue("Content-Type")).contains("image/png");
    assertThat(image.body()).isEqualTo(PNG);
  }

  @Test
  void image_url_names_the_domains_distribution_until_the_endpoint_serves() {
    try (FakeCognito fake = FakeCognito.create()) {
      CognitoIdentityProviderClient api = fake.client();
      String poolId = api.createUserPool(r -> r.poolName("logo")).userPool().id();
      api.createUserPoolDomain(r -> r.userPoolId(poolId).domain("logo-" + HexFormat.of()
          .formatHex(poolId.substring(10).getBytes(StandardCharsets.US_ASCII))));
      api.setUICustomization(r -> r.userPoolId(poolId).imageFile(SdkBytes.fromByteArray(PNG)));

      String before = api.getUICustomization(r -> r.userPoolId(poolId)).uiCustomization().imageUrl();
      URI endpoint = fake.endpoint();
      String after = api.getUICustomization(r -> r.userPoolId(poolId)).uiCustomization().imageUrl();

      assertThat(before).matches("https://d[0-9a-f]+\\.cloudfront\\.net/" + poolId + "/ALL/[0-9]{14}"
          + "/assets/images/image\\.png");
      assertThat(after).isEqualTo(endpoint + before.substring(before.indexOf("/" + poolId + "/")));
    }
  }

  @Test
  void pool_wide_jpeg_logo_is_served_as_jpeg_and_an_outdated_url_is_not() throws Exception {
    domain();
    cognito.setUICustomization(r -> r.userPoolId(setup.poolId()).imageFile(SdkBytes.fromByteArray(PNG)));
    String first = cognito.getUICustomization(r -> r.userPoolId(setup.poolId())).uiCustomization().imageUrl();
    cognito.setUICustomization(r -> r.userPoolId(setup.poolId()).imageFile(SdkBytes.fromByteArray(JPEG)));
    String imageUrl = cognito.getUICustomization(r -> r.userPoolId(setup.poolId()).clientId(setup.clientId()))
        .uiCustomization().imageUrl();

    HttpResponse<byte[]> image = fetch(imageUrl);

    assertThat(imageUrl).contains("/" + setup.poolId() + "/ALL/").endsWith("/image.jpg");
    assertThat(loginPage()).contains("src=\"" + imageUrl.substring(FAKE.endpoint().toString().length()) + "\"");
    assertThat(image.statusCode()).isEqualTo(200);
    assertThat(image.headers().firstValue("Content-Type")).contains("image/jpeg");
    assertThat(image.body()).isEqualTo(JPEG);
    assertThat(fetch(first).statusCode()).isEqualTo(404);
  }

  @Test
  void other_pages_of_the_client_carry_its_css_and_logo() throws Exception {
    domain();
    cognito.setUICustomization(r -> r.userPoolId(setup.poolId()).clientId(setup.clientId()).css(CLIENT_CSS)
        .imageFile(SdkBytes.fromByteArray(PNG)));

    for (String path : new String[] {"/signup?", "/forgotPassword?", "/confirmForgotPassword?username=alice&"}) {
      String page = browser.get(path + setup.query()).body();
      assertThat(page).as(path).contains(CLIENT_CSS).contains("class=\"logo-customizable\"")
          .contains("class=\"submitButton-customizable\"");
    }
    String error = browser.get("/error?error=redirect_mismatch&client_id=" + setup.clientId()).body();
    assertThat(error).contains(CLIENT_CSS).contains("errorMessage-customizable");
    assertThat(browser.get("/error?error=invalid_request").body()).doesNotContain(CLIENT_CSS);
  }

  @Test
  void wrong_password_message_carries_the_error_class() throws Exception {
    String page = browser.signIn(setup.query(), "alice", "wrong-Passw0rd!").body();

    assertThat(page).contains("<p class=\"error errorMessage-customizable\" id=\"loginErrorMessage\">"
        + "Incorrect username or password.</p>");
  }

  /* ---- Terms ---- */

  private void terms(String name, Map<String, String> links) {
    cognito.createTerms(r -> r.userPoolId(setup.poolId()).clientId(setup.clientId()).termsName(name)
        .termsSource(TermsSourceType.LINK).enforcement(TermsEnforcementType.NONE).links(links));
  }

  @Test
  void sign_up_page_links_the_clients_terms() throws Exception {
    terms("terms-of-use", Map.of("cognito:default", "https://example.com/terms"));
    terms("privacy-policy", Map.of("cognito:default", "https://example.com/privacy"));

    String page = browser.get("/signup?" + setup.query()).body();

    assertThat(page).contains("<p class=\"legalText-customizable\" id=\"termsText\">By signing up, you agree to "
        + "the <a href=\"https://example.com/terms\" id=\"termsOfUseLink\" target=\"_blank\" rel=\"noopener\">Terms "
        + "of Use</a> and the <a href=\"https://example.com/privacy\" id=\"privacyPolicyLink\" target=\"_blank\" "
        + "rel=\"noopener\">Privacy Policy</a>.</p>");
  }

  @Test
  void sign_up_page_follows_the_lang_parameter_and_falls_back_to_the_default() throws Exception {
    terms("terms-of-use", Map.of("cognito:default", "https://example.com/terms",
        "cognito:french", "https://example.com/fr/conditions"));

    String french = browser.get("/signup?" + setup.query("lang=fr")).body();
    String german = browser.get("/signup?" + setup.query("lang=de")).body();

    assertThat(french).contains("href=\"https://example.com/fr/conditions\"").doesNotContain("Privacy Policy");
    assertThat(german).contains("href=\"https://example.com/terms\"");
  }

  @Test
  void sign_up_page_without_terms_has_no_consent_line() throws Exception {
    assertThat(browser.get("/signup?" + setup.query()).body()).doesNotContain("termsText");
  }
}
