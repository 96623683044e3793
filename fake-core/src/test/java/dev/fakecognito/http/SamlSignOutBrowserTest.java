package dev.fakecognito.http;

import static dev.fakecognito.http.HostedBrowser.CALLBACK;
import static dev.fakecognito.http.HostedBrowser.encode;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.idp.FakeSamlProvider;
import dev.fakecognito.idp.ReceivedLogoutRequest;
import dev.fakecognito.idp.SamlUser;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.htmlunit.HttpMethod;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.OAuthFlowType;

/**
 * A browser (HtmlUnit, JavaScript off) that signed in through a SAML IdP signs out on managed
 * login: with {@code IDPSignout}, {@code /logout} sends it to the IdP with a signed LogoutRequest,
 * the IdP posts its LogoutResponse to {@code /saml2/logout}, and the browser lands on the
 * logout_uri with the session gone; without it, {@code /logout} signs out at once.
 */
@Execution(ExecutionMode.SAME_THREAD)
class SamlSignOutBrowserTest {

  private static final String SIGNED_OUT = CALLBACK + "/signed-out";
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

  private record Setup(String poolId, String clientId) {
    String authorize(boolean viaIdp) {
      return FAKE.endpoint() + "/oauth2/authorize?response_type=code&client_id=" + clientId + "&redirect_uri="
          + encode(CALLBACK) + "&scope=openid" + (viaIdp ? "&identity_provider=Corp" : "");
    }

    String logout() {
      return FAKE.endpoint() + "/logout?client_id=" + clientId + "&logout_uri=" + encode(SIGNED_OUT);
    }
  }

  private static Setup setup(Map<String, String> details, String nameId) {
    CognitoIdentityProviderClient cognito = FAKE.client();
    String poolId = cognito.createUserPool(r -> r.poolName("slo")).userPool().id();
    IDP.register(cognito, poolId, "Corp", Map.of("email", "email"), List.of(), details);
    String clientId = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("web")
        .allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows(OAuthFlowType.CODE).allowedOAuthScopes("openid")
        .callbackURLs(CALLBACK).logoutURLs(SIGNED_OUT).supportedIdentityProviders("COGNITO", "Corp"))
        .userPoolClient().clientId();
    IDP.addUser(SamlUser.of(nameId).withNameIdFormat(SamlUser.EMAIL_FORMAT).withAttribute("email", nameId))
        .signInAs(nameId);
    return new Setup(poolId, clientId);
  }

  /** Signs in through the IdP and checks that the session lets authorize answer at once. */
  private static void signIn(Setup setup) throws IOException {
    HtmlPage idpPage = BROWSER.getPage(setup.authorize(true));
    HtmlButton button = idpPage.getElementByName("continue");
    Page landed = button.click();
    assertThat(landed.getUrl().toString()).startsWith(CALLBACK + "?code=");
    assertThat(BROWSER.getPage(setup.authorize(false)).getUrl().toString()).startsWith(CALLBACK + "?code=");
  }

  @Test
  void with_idp_signout_logout_goes_through_the_idp_and_ends_the_session() throws Exception {
    Setup setup = setup(Map.of("IDPSignout", "true"), "slo@corp.example");
    signIn(setup);
    FAKE.clock().advance(Duration.ofSeconds(30));
    Instant now = FAKE.clock().instant().truncatedTo(ChronoUnit.MILLIS);

    HtmlPage idpPage = BROWSER.getPage(setup.logout());

    assertThat(idpPage.getUrl().toString()).startsWith(IDP.baseUri() + "/slo?SAMLRequest=");
    ReceivedLogoutRequest request = IDP.lastLogoutRequest();
    assertThat(request.nameId()).isEqualTo("slo@corp.example");
    assertThat(request.issuer()).isEqualTo("urn:amazon:cognito:sp:" + setup.poolId());
    assertThat(request.destination()).isEqualTo(IDP.baseUri() + "/slo");
    assertThat(request.id()).startsWith("_");
    assertThat(Instant.parse(request.issueInstant())).isEqualTo(now);
    assertThat(request.relayState()).isNotBlank();
    String certificate = FAKE.client().getSigningCertificate(r -> r.userPoolId(setup.poolId())).certificate();
    assertThat(request.signatureVerifies(certificate)).isTrue();

    HtmlButton button = idpPage.getElementByName("continue");
    Page landed = button.click();

    assertThat(landed.getUrl().toString()).isEqualTo(SIGNED_OUT);
    HtmlPage again = BROWSER.getPage(setup.authorize(false));
    assertThat(again.getUrl().getPath()).isEqualTo("/login");
    Object password = again.getElementByName("password");
    assertThat(password).isNotNull();
  }

  @Test
  void without_idp_signout_logout_signs_out_at_once() throws Exception {
    Setup setup = setup(Map.of(), "plain@corp.example");
    signIn(setup);
    int before = IDP.logoutRequests().size();

    Page landed = BROWSER.getPage(setup.logout());

    assertThat(landed.getUrl().toString()).isEqualTo(SIGNED_OUT);
    assertThat(IDP.logoutRequests()).hasSize(before);
    assertThat(BROWSER.<HtmlPage>getPage(setup.authorize(false)).getUrl().getPath()).isEqualTo("/login");
  }

  @Test
  void a_logout_response_that_answers_another_request_keeps_the_session() throws Exception {
    Setup setup = setup(Map.of("IDPSignout", "true"), "kept@corp.example");
    signIn(setup);
    BROWSER.getPage(setup.logout());
    String relayState = IDP.lastLogoutRequest().relayState();
    String forged = "<saml2p:LogoutResponse xmlns:saml2p=\"urn:oasis:names:tc:SAML:2.0:protocol\" ID=\"_x\" "
        + "InResponseTo=\"_another\" Version=\"2.0\" IssueInstant=\"2026-01-01T00:00:00Z\"><saml2p:Status>"
        + "<saml2p:StatusCode Value=\"urn:oasis:names:tc:SAML:2.0:status:Success\"/></saml2p:Status>"
        + "</saml2p:LogoutResponse>";
    WebRequest post = new WebRequest(new URL(FAKE.endpoint() + "/saml2/logout"), HttpMethod.POST);
    post.setRequestBody("SAMLResponse=" + encode(Base64.getEncoder().encodeToString(
        forged.getBytes(StandardCharsets.UTF_8))) + "&RelayState=" + encode(relayState));
    post.setAdditionalHeader("Content-Type", "application/x-www-form-urlencoded");

    Page refused = BROWSER.getPage(post);

    assertThat(refused.getUrl().getPath()).isEqualTo("/error");
    assertThat(BROWSER.getPage(setup.authorize(false)).getUrl().toString()).startsWith(CALLBACK + "?code=");
  }

  @Test
  void a_logout_response_without_a_pending_sign_out_goes_to_the_error_page() throws Exception {
    WebRequest post = new WebRequest(new URL(FAKE.endpoint() + "/saml2/logout"), HttpMethod.POST);
    post.setRequestBody("SAMLResponse=PHg%2BPC94Pg%3D%3D&RelayState=unknown");
    post.setAdditionalHeader("Content-Type", "application/x-www-form-urlencoded");

    Page refused = BROWSER.getPage(post);

    assertThat(refused.getUrl().getPath()).isEqualTo("/error");
    assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(400);
  }
}
