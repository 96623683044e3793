package dev.fakecognito.http;

import static dev.fakecognito.http.HostedBrowser.CALLBACK;
import static dev.fakecognito.http.HostedBrowser.encode;
import static dev.fakecognito.http.HostedBrowser.parameters;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.fakecognito.FakeCognito;
import dev.fakecognito.idp.FakeSamlProvider;
import dev.fakecognito.idp.FakeSamlProvider.Failure;
import dev.fakecognito.idp.ReceivedAuthnRequest;
import dev.fakecognito.idp.SamlUser;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeDataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.OAuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

/**
 * A browser (HtmlUnit, JavaScript off) signs in through a SAML 2.0 IdP on managed login:
 * authorize with {@code identity_provider}, the IdP's page that posts the assertion (its Continue
 * button, as without JavaScript), {@code /saml2/idpresponse}, and back to the app with a code that
 * redeems to the federated user's tokens; and IdP-initiated sign-in, and the refusals.
 */
@Execution(ExecutionMode.SAME_THREAD)
class FederatedSamlBrowserTest {

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
    IDP.failWith(null).encryptAssertionsFor(null);
  }

  /** A pool with SAML provider {@code Corp} and an app client for the code flow that supports it. */
  private record Federated(String poolId, String clientId) {
    String query(String... extra) {
      return HostedBrowser.federatedQuery(clientId, extra);
    }

    String acs() {
      return FAKE.endpoint() + "/saml2/idpresponse";
    }

    String audience() {
      return "urn:amazon:cognito:sp:" + poolId;
    }
  }

  private static Federated federated(Map<String, String> details, String... providers) {
    CognitoIdentityProviderClient cognito = FAKE.client();
    String poolId = cognito.createUserPool(r -> r.poolName("saml").schema(s -> s.name("groups")
        .attributeDataType(AttributeDataType.STRING).mutable(true))).userPool().id();
    IDP.register(cognito, poolId, "Corp", Map.of("email", "email", "name", "name", "custom:groups", "groups"),
        List.of("corp.example"), details);
    String clientId = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("web")
        .allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows(OAuthFlowType.CODE)
        .allowedOAuthScopes("openid", "email", "profile").callbackURLs(CALLBACK)
        .supportedIdentityProviders(providers.length == 0 ? new String[] {"COGNITO", "Corp"} : providers))
        .userPoolClient().clientId();
    return new Federated(poolId, clientId);
  }

  private static void user(String nameId) {
    IDP.addUser(SamlUser.of(nameId).withNameIdFormat(SamlUser.EMAIL_FORMAT).withAttribute("email", nameId)
        .withAttribute("name", "Corp User").withAttribute("groups", "admins", "staff")).signInAs(nameId);
  }

  /** Opens authorize and returns the IdP's page, which posts the assertion back. */
  private static HtmlPage idpPage(String query) throws IOException {
    HtmlPage page = BROWSER.getPage(FAKE.endpoint() + "/oauth2/authorize?" + query);
    assertThat(page.getUrl().toString()).startsWith(IDP.baseUri() + "/sso?SAMLRequest=");
    return page;
  }

  private static <P extends Page> P submit(HtmlPage idpPage) throws IOException {
    HtmlButton button = idpPage.getElementByName("continue");
    return button.click();
  }

  private static JWTClaimsSet redeem(Federated setup, String callback) throws Exception {
    Map<String, String> parameters = parameters(callback);
    assertThat(parameters).containsKey("code");
    Map<String, Object> tokens = JSONObjectUtils.parse(new HostedBrowser(FAKE).post("/oauth2/token",
        "grant_type=authorization_code&client_id=" + setup.clientId() + "&code=" + parameters.get("code")
            + "&redirect_uri=" + encode(CALLBACK)).body());
    return SignedJWT.parse((String) tokens.get("id_token")).getJWTClaimsSet();
  }

  private static String attribute(List<AttributeType> attributes, String name) {
    return attributes.stream().filter(a -> a.name().equals(name)).map(AttributeType::value).findFirst()
        .orElse(null);
  }

  /* ---- SP-initiated ---- */

  @Test
  void first_sign_in_creates_the_federated_user_with_mapped_attributes() throws Exception {
    Federated setup = federated(Map.of());
    user("first@corp.example");

    Page landed = submit(idpPage(setup.query("state=app-state")));

    String callback = landed.getUrl().toString();
    assertThat(callback).startsWith(CALLBACK + "?code=");
    assertThat(parameters(callback)).containsEntry("state", "app-state");
    AdminGetUserResponse user = FAKE.client().adminGetUser(r -> r.userPoolId(setup.poolId())
        .username("Corp_first@corp.example"));
    assertThat(user.userStatus()).isEqualTo(UserStatusType.EXTERNAL_PROVIDER);
    assertThat(attribute(user.userAttributes(), "email")).isEqualTo("first@corp.example");
    assertThat(attribute(user.userAttributes(), "name")).isEqualTo("Corp User");
    assertThat(attribute(user.userAttributes(), "custom:groups")).isEqualTo("[admins, staff]");
    JWTClaimsSet claims = redeem(setup, callback);
    assertThat(claims.getStringClaim("cognito:username")).isEqualTo("Corp_first@corp.example");
    assertThat(claims.getStringClaim("email")).isEqualTo("first@corp.example");
    assertThat(claims.getClaim("identities").toString()).contains("Corp").contains("SAML");
  }

  @Test
  void the_idp_receives_an_authn_request_from_the_pool_with_the_relay_state() throws Exception {
    Federated setup = federated(Map.of());
    user("request@corp.example");

    idpPage(setup.query());

    ReceivedAuthnRequest request = IDP.lastAuthnRequest();
    assertThat(request.issuer()).isEqualTo(setup.audience());
    assertThat(request.assertionConsumerServiceUrl()).isEqualTo(setup.acs());
    assertThat(request.destination()).isEqualTo(IDP.baseUri() + "/sso");
    assertThat(request.binding()).isEqualTo("HTTP-Redirect");
    assertThat(request.relayState()).isNotBlank();
    assertThat(request.signed()).isFalse();
  }

  @Test
  void with_request_signing_the_authn_request_is_signed_with_the_pool_certificate() throws Exception {
    Federated setup = federated(Map.of("RequestSigningAlgorithm", "rsa-sha256"));
    user("signed@corp.example");

    Page landed = submit(idpPage(setup.query()));

    String certificate = FAKE.client().getSigningCertificate(r -> r.userPoolId(setup.poolId())).certificate();
    assertThat(IDP.lastAuthnRequest().signatureVerifies(certificate)).isTrue();
    assertThat(landed.getUrl().toString()).startsWith(CALLBACK + "?code=");
  }

  @Test
  void the_provider_is_found_by_its_idp_identifier() throws Exception {
    Federated setup = federated(Map.of());
    user("identifier@corp.example");

    HtmlPage page = BROWSER.getPage(FAKE.endpoint() + "/oauth2/authorize?" + setup.query()
        .replace("identity_provider=Corp", "idp_identifier=corp.example"));

    assertThat(page.getUrl().toString()).startsWith(IDP.baseUri() + "/sso?");
    assertThat(submit(page).getUrl().toString()).startsWith(CALLBACK + "?code=");
  }

  @Test
  void the_sign_in_page_routes_a_corporate_email_to_the_provider_of_its_domain() throws Exception {
    Federated setup = federated(Map.of());
    user("routed@corp.example");
    HtmlPage signIn = BROWSER.getPage(FAKE.endpoint() + "/oauth2/authorize?" + setup.query()
        .replace("&identity_provider=Corp", ""));
    HtmlForm form = signIn.getFormByName("idpIdentifierForm");

    form.getInputByName("idp_identifier").type("Routed@CORP.example");
    HtmlButton go = form.getButtonByName("idpIdentifierSubmit");
    HtmlPage idpPage = go.click();

    assertThat(signIn.getUrl().getPath()).isEqualTo("/login");
    assertThat(idpPage.getUrl().toString()).startsWith(IDP.baseUri() + "/sso?SAMLRequest=");
    assertThat(submit(idpPage).getUrl().toString()).startsWith(CALLBACK + "?code=");
  }

  @Test
  void an_email_of_an_unknown_domain_finds_no_provider() throws Exception {
    Federated setup = federated(Map.of());

    HtmlPage page = BROWSER.getPage(FAKE.endpoint() + "/oauth2/authorize?" + setup.query()
        .replace("identity_provider=Corp", "idp_identifier=" + encode("someone@elsewhere.example")));

    assertThat(page.getUrl().getHost()).isEqualTo(FAKE.endpoint().getHost());
    assertThat(page.asNormalizedText()).contains("Login option is not available");
  }

  @Test
  void a_later_sign_in_updates_the_mapped_attributes() throws Exception {
    Federated setup = federated(Map.of());
    user("again@corp.example");
    submit(idpPage(setup.query()));
    IDP.addUser(SamlUser.of("again@corp.example").withAttribute("email", "again@corp.example")
        .withAttribute("name", "Renamed"));
    BROWSER.getCookieManager().clearCookies();

    Page landed = submit(idpPage(setup.query()));

    assertThat(landed.getUrl().toString()).startsWith(CALLBACK + "?code=");
    assertThat(attribute(FAKE.client().adminGetUser(r -> r.userPoolId(setup.poolId())
        .username("Corp_again@corp.example")).userAttributes(), "name")).isEqualTo("Renamed");
  }

  @Test
  void encrypted_assertions_are_decrypted_with_the_pool_key() throws Exception {
    Federated setup = federated(Map.of("EncryptedResponses", "true"));
    user("sealed@corp.example");
    String certificate = FAKE.client().describeIdentityProvider(r -> r.userPoolId(setup.poolId())
        .providerName("Corp")).identityProvider().providerDetails().get("ActiveEncryptionCertificate");

    String refused = submit(idpPage(setup.query())).getUrl().toString();
    IDP.encryptAssertionsFor(certificate);
    String accepted = submit(idpPage(setup.query())).getUrl().toString();

    assertThat(parameters(refused)).containsEntry("error", "server_error")
        .containsEntry("error_description", "Invalid SAML response received: SAML Assertion must be encrypted.");
    assertThat(accepted).startsWith(CALLBACK + "?code=");
  }

  @Test
  void an_idp_with_only_a_post_endpoint_gets_the_request_by_a_posted_form() throws Exception {
    CognitoIdentityProviderClient cognito = FAKE.client();
    String poolId = cognito.createUserPool(r -> r.poolName("saml-post")).userPool().id();
    String postOnly = IDP.metadata().replaceFirst("<md:SingleSignOnService Binding=\"[^\"]*HTTP-Redirect\"[^>]*/>", "");
    cognito.createIdentityProvider(r -> r.userPoolId(poolId).providerName("Corp").providerType("SAML")
        .providerDetails(Map.of("MetadataFile", postOnly, "RequestSigningAlgorithm", "rsa-sha256"))
        .attributeMapping(Map.of("email", "email")));
    String clientId = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("web")
        .allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows(OAuthFlowType.CODE)
        .allowedOAuthScopes("openid", "email").callbackURLs(CALLBACK).supportedIdentityProviders("Corp"))
        .userPoolClient().clientId();
    user("posted@corp.example");

    HtmlPage requestPage = BROWSER.getPage(FAKE.endpoint() + "/oauth2/authorize?response_type=code&client_id="
        + clientId + "&redirect_uri=" + encode(CALLBACK) + "&identity_provider=Corp&scope=openid");
    HtmlPage idpPage = submit(requestPage);
    Page landed = submit(idpPage);

    String certificate = cognito.getSigningCertificate(r -> r.userPoolId(poolId)).certificate();
    assertThat(postOnly).doesNotContain("HTTP-Redirect\" Location=\"" + IDP.baseUri() + "/sso");
    assertThat(requestPage.getUrl().getPath()).isEqualTo("/oauth2/authorize");
    assertThat(IDP.lastAuthnRequest().binding()).isEqualTo("HTTP-POST");
    assertThat(IDP.lastAuthnRequest().signatureVerifies(certificate)).isTrue();
    assertThat(landed.getUrl().toString()).startsWith(CALLBACK + "?code=");
  }

  /* ---- Refusals ---- */

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "BAD_SIGNATURE | SAML Assertion signature is invalid.",
      "UNKNOWN_KEY | SAML Assertion signature is invalid.",
      "UNSIGNED | SAML Response or Assertion must be signed.",
      "WRONG_AUDIENCE | Audience restriction does not match the user pool.",
      "EXPIRED | Assertion has expired.",
      "WRONG_IN_RESPONSE_TO | InResponseTo does not match the authentication request.",
      "WRONG_ISSUER | Response Issuer does not match the identity provider.",
      "STATUS_FAILURE | Response status is not Success.",
      "SIGNATURE_WRAPPING | SAML Assertion signature is invalid."})
  void a_refused_response_sends_the_error_to_the_app(Failure idpFailure, String reason) throws Exception {
    Federated setup = federated(Map.of());
    user("refused@corp.example");
    IDP.failWith(idpFailure);

    String callback = submit(idpPage(setup.query("state=s1"))).getUrl().toString();

    assertThat(callback).startsWith(CALLBACK + "?");
    assertThat(parameters(callback)).containsEntry("error", "server_error").containsEntry("state", "s1")
        .containsEntry("error_description", "Invalid SAML response received: " + reason);
  }

  @Test
  void an_answer_posted_after_the_assertion_expired_is_refused() throws Exception {
    Federated setup = federated(Map.of());
    user("late@corp.example");
    HtmlPage page = idpPage(setup.query());

    FAKE.clock().advance(Duration.ofMinutes(7));
    String callback = submit(page).getUrl().toString();

    assertThat(parameters(callback)).containsEntry("error", "server_error")
        .containsEntry("error_description", "Invalid SAML response received: Assertion has expired.");
  }

  /* ---- IdP-initiated ---- */

  private String relayState(Federated setup) {
    return "identity_provider=Corp&client_id=" + setup.clientId() + "&redirect_uri=" + encode(CALLBACK)
        + "&response_type=code&scope=" + encode("openid email");
  }

  @Test
  void idp_initiated_sign_in_lands_on_the_callback_with_a_code() throws Exception {
    Federated setup = federated(Map.of("IDPInit", "true"), "Corp");
    user("portal@corp.example");

    HtmlPage page = BROWSER.getPage(IDP.idpInitiatedUrl(setup.acs(), setup.audience(), relayState(setup)).toURL());
    String callback = submit(page).getUrl().toString();

    assertThat(callback).startsWith(CALLBACK + "?code=");
    assertThat(redeem(setup, callback).getStringClaim("cognito:username")).isEqualTo("Corp_portal@corp.example");
  }

  @Test
  void idp_initiated_sign_in_is_refused_unless_the_provider_allows_it() throws Exception {
    Federated setup = federated(Map.of());
    user("portal-off@corp.example");

    HtmlPage page = BROWSER.getPage(IDP.idpInitiatedUrl(setup.acs(), setup.audience(), relayState(setup)).toURL());
    String callback = submit(page).getUrl().toString();

    assertThat(parameters(callback)).containsEntry("error", "invalid_request")
        .containsEntry("error_description", "IdP-initiated sign-in is not enabled for identity provider Corp.");
  }

  @Test
  void an_idp_initiated_assertion_is_taken_only_once() throws Exception {
    Federated setup = federated(Map.of("IDPInit", "true"), "Corp");
    user("replay@corp.example");
    String form = "SAMLResponse=" + encode(IDP.samlResponse(setup.acs(), setup.audience(), null)) + "&RelayState="
        + encode(relayState(setup));
    HostedBrowser http = new HostedBrowser(FAKE);

    HttpResponse<String> first = http.post("/saml2/idpresponse", form);
    HttpResponse<String> second = http.post("/saml2/idpresponse", form);

    assertThat(HostedBrowser.location(first)).startsWith(CALLBACK + "?code=");
    assertThat(parameters(HostedBrowser.location(second)))
        .containsEntry("error_description", "Invalid SAML response received: SAML Assertion has already been used.");
  }

  @Test
  void a_response_without_a_known_relay_state_ends_on_the_error_page() throws Exception {
    Federated setup = federated(Map.of("IDPInit", "true"), "Corp");
    user("lost@corp.example");
    HostedBrowser http = new HostedBrowser(FAKE);

    HttpResponse<String> response = http.post("/saml2/idpresponse", "SAMLResponse="
        + encode(IDP.samlResponse(setup.acs(), setup.audience(), null)) + "&RelayState=unknown-key");
    HttpResponse<String> empty = http.post("/saml2/idpresponse", "RelayState=x");

    assertThat(HostedBrowser.location(response)).startsWith("/error?error=");
    assertThat(HostedBrowser.location(empty)).startsWith("/error?error=");
  }
}
