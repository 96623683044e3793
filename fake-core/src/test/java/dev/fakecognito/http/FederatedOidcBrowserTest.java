package dev.fakecognito.http;

import static dev.fakecognito.http.HostedBrowser.CALLBACK;
import static dev.fakecognito.http.HostedBrowser.encode;
import static dev.fakecognito.http.HostedBrowser.parameters;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.fakecognito.FakeCognito;
import dev.fakecognito.idp.FakeOidcProvider;
import dev.fakecognito.idp.FakeOidcProvider.Failure;
import dev.fakecognito.recording.RecordedContextData;
import dev.fakecognito.triggers.TriggerFunction;
import dev.fakecognito.triggers.TriggerInvocation;
import dev.fakecognito.triggers.TriggerType;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
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
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.OAuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

/**
 * A browser (HtmlUnit, JavaScript off) signs in through an external OIDC identity provider on
 * managed login: authorize with {@code identity_provider}, the provider's page, back through
 * {@code /oauth2/idpresponse} to the app with a code that redeems to the federated user's tokens.
 */
@Execution(ExecutionMode.SAME_THREAD)
class FederatedOidcBrowserTest {

  private static final FakeCognito FAKE = FakeCognito.create();
  private static final FakeOidcProvider IDP = FakeOidcProvider.start(FAKE.clock());
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
    IDP.signInAs(null).failWith(null);
  }

  /** A pool with provider {@code Corp} (email and name mapped) and an app client that supports it. */
  private record Federated(String poolId, String clientId) {
    String query(String... extra) {
      return HostedBrowser.federatedQuery(clientId, extra);
    }
  }

  private static Federated federated() {
    CognitoIdentityProviderClient cognito = FAKE.client();
    String poolId = cognito.createUserPool(r -> r.poolName("federated")).userPool().id();
    IDP.register(cognito, poolId, "Corp", Map.of("email", "email", "name", "name"), List.of("corp.example"));
    String clientId = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("web")
        .allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows(OAuthFlowType.CODE)
        .allowedOAuthScopes("openid", "email", "profile").callbackURLs(CALLBACK)
        .supportedIdentityProviders("COGNITO", "Corp")).userPoolClient().clientId();
    return new Federated(poolId, clientId);
  }

  /** Opens authorize, picks {@code subject} on the provider's page, and returns the page the browser ends on. */
  private static Page signIn(String query, String subject) throws IOException {
    HtmlPage idpPage = BROWSER.getPage(FAKE.endpoint() + "/oauth2/authorize?" + query);
    assertThat(idpPage.getUrl().toString()).startsWith(IDP.issuer() + "/authorize?");
    HtmlButton button = idpPage.getFirstByXPath("//button[@value='" + subject + "']");
    return button.click();
  }

  private static JWTClaimsSet redeem(Federated setup, String callback) throws Exception {
    Map<String, String> parameters = parameters(callback);
    assertThat(parameters).containsKey("code");
    HostedBrowser http = new HostedBrowser(FAKE);
    Map<String, Object> tokens = JSONObjectUtils.parse(http.post("/oauth2/token", "grant_type=authorization_code"
        + "&client_id=" + setup.clientId() + "&code=" + parameters.get("code") + "&redirect_uri="
        + encode(CALLBACK)).body());
    return SignedJWT.parse((String) tokens.get("id_token")).getJWTClaimsSet();
  }

  private static String attribute(List<AttributeType> attributes, String name) {
    return attributes.stream().filter(a -> a.name().equals(name)).map(AttributeType::value).findFirst()
        .orElse(null);
  }

  @Test
  void first_sign_in_creates_the_federated_user_and_lands_on_the_callback_with_a_code() throws Exception {
    Federated setup = federated();
    IDP.user("corp-first", Map.of("email", "first@corp.example", "name", "First"));
    for (TriggerType type : List.of(TriggerType.PRE_SIGN_UP, TriggerType.POST_CONFIRMATION,
        TriggerType.PRE_AUTHENTICATION, TriggerType.POST_AUTHENTICATION, TriggerType.PRE_TOKEN_GENERATION)) {
      FAKE.attachTrigger(setup.poolId(), TriggerFunction.of(type, event -> event));
    }

    Page callback = signIn(setup.query("state=app-state", "nonce=app-nonce"), "corp-first");

    String url = callback.getUrl().toString();
    assertThat(url).startsWith(CALLBACK + "?code=");
    assertThat(parameters(url)).containsEntry("state", "app-state");
    JWTClaimsSet id = redeem(setup, url);
    assertThat(id.getStringClaim("cognito:username")).isEqualTo("Corp_corp-first");
    assertThat(id.getStringClaim("email")).isEqualTo("first@corp.example");
    assertThat(id.getStringClaim("nonce")).isEqualTo("app-nonce");
    assertThat(id.getStringListClaim("cognito:groups")).containsExactly(setup.poolId() + "_Corp");
    List<Object> identities = (List<Object>) id.getClaim("identities");
    assertThat(identities).singleElement().satisfies(identity -> assertThat((Map<String, Object>) identity)
        .containsEntry("userId", "corp-first").containsEntry("providerName", "Corp")
        .containsEntry("providerType", "OIDC").containsEntry("primary", "true").containsEntry("issuer", null)
        .hasEntrySatisfying("dateCreated", date -> assertThat(date).asString().matches("\\d{13}")));

    AdminGetUserResponse user = FAKE.client().adminGetUser(r -> r.userPoolId(setup.poolId())
        .username("Corp_corp-first"));
    assertThat(user.userStatus()).isEqualTo(UserStatusType.EXTERNAL_PROVIDER);
    assertThat(attribute(user.userAttributes(), "name")).isEqualTo("First");
    assertThat(attribute(user.userAttributes(), "sub")).isEqualTo(id.getSubject());
    assertThat(attribute(user.userAttributes(), "identities"))
        .contains("\"userId\":\"corp-first\"", "\"providerName\":\"Corp\"", "\"primary\":true");
    assertThat(FAKE.client().listUsers(r -> r.userPoolId(setup.poolId())).users())
        .extracting(UserType::username).containsExactly("Corp_corp-first");
    assertThat(FAKE.client().adminListGroupsForUser(r -> r.userPoolId(setup.poolId())
        .username("Corp_corp-first")).groups()).singleElement()
        .satisfies(group -> assertThat(group.groupName()).isEqualTo(setup.poolId() + "_Corp"));

    assertThat(FAKE.triggerInvocations()).filteredOn(i -> setup.poolId().equals(i.event().get("userPoolId")))
        .extracting(TriggerInvocation::triggerSource).containsExactly("PreSignUp_ExternalProvider",
            "PostConfirmation_ConfirmSignUp", "TokenGeneration_HostedAuth");
    assertThat(FAKE.recordedContextData()).filteredOn(r -> r.clientId().equals(setup.clientId()))
        .singleElement().satisfies(r -> {
          assertThat(r.operation()).isEqualTo("ManagedLogin");
          assertThat(r.ipAddress()).isEqualTo("127.0.0.1");
        });
  }

  @Test
  void the_provider_is_sent_the_client_the_scopes_a_nonce_and_the_secret() throws Exception {
    Federated setup = federated();
    IDP.user("corp-sent", Map.of("email", "sent@corp.example"));
    int before = IDP.requests("/token").size();

    signIn(setup.query(), "corp-sent");

    FakeOidcProvider.Request authorize = IDP.requests("/authorize").get(IDP.requests("/authorize").size() - 2);
    assertThat(authorize.parameters()).containsEntry("client_id", FakeOidcProvider.CLIENT_ID)
        .containsEntry("response_type", "code").containsEntry("scope", "openid email profile")
        .containsEntry("redirect_uri", FAKE.endpoint() + "/oauth2/idpresponse")
        .containsKeys("state", "nonce");
    List<FakeOidcProvider.Request> tokens = IDP.requests("/token");
    assertThat(tokens).hasSize(before + 1);
    assertThat(tokens.get(before).parameters()).containsEntry("client_secret", IDP.clientSecret())
        .containsEntry("grant_type", "authorization_code")
        .containsEntry("redirect_uri", FAKE.endpoint() + "/oauth2/idpresponse");
  }

  @Test
  void a_later_sign_in_updates_the_mapped_attributes_of_the_same_user() throws Exception {
    Federated setup = federated();
    for (TriggerType type : List.of(TriggerType.PRE_SIGN_UP, TriggerType.PRE_AUTHENTICATION,
        TriggerType.POST_AUTHENTICATION, TriggerType.PRE_TOKEN_GENERATION)) {
      FAKE.attachTrigger(setup.poolId(), TriggerFunction.of(type, event -> event));
    }
    IDP.user("corp-again", Map.of("email", "again@corp.example", "name", "Before"));
    String firstSub = redeem(setup, signIn(setup.query(), "corp-again").getUrl().toString()).getSubject();
    IDP.user("corp-again", Map.of("email", "again@corp.example", "name", "After")).signInAs("corp-again");
    BROWSER.getCookieManager().clearCookies();

    Page callback = BROWSER.getPage(FAKE.endpoint() + "/oauth2/authorize?" + setup.query());

    JWTClaimsSet id = redeem(setup, callback.getUrl().toString());
    assertThat(id.getSubject()).isEqualTo(firstSub);
    assertThat(id.getStringClaim("name")).isEqualTo("After");
    assertThat(attribute(FAKE.client().adminGetUser(r -> r.userPoolId(setup.poolId()).username("Corp_corp-again"))
        .userAttributes(), "name")).isEqualTo("After");
    assertThat(FAKE.client().listUsers(r -> r.userPoolId(setup.poolId())).users()).hasSize(1);
    assertThat(FAKE.triggerInvocations()).filteredOn(i -> setup.poolId().equals(i.event().get("userPoolId")))
        .extracting(TriggerInvocation::triggerSource).containsExactly("PreSignUp_ExternalProvider",
            "TokenGeneration_HostedAuth", "PreAuthentication_Authentication", "PostAuthentication_Authentication",
            "TokenGeneration_HostedAuth");
  }

  @Test
  void a_linked_identity_signs_in_as_the_native_user() throws Exception {
    Federated setup = federated();
    CognitoIdentityProviderClient cognito = FAKE.client();
    String nativeSub = attribute(cognito.adminCreateUser(r -> r.userPoolId(setup.poolId()).username("bob")
        .messageAction("SUPPRESS")).user().attributes(), "sub");
    cognito.adminLinkProviderForUser(r -> r.userPoolId(setup.poolId())
        .destinationUser(u -> u.providerName("Cognito").providerAttributeValue("bob"))
        .sourceUser(u -> u.providerName("Corp").providerAttributeName("Cognito_Subject")
            .providerAttributeValue("corp-bob")));
    IDP.user("corp-bob", Map.of("email", "bob@corp.example"));

    JWTClaimsSet id = redeem(setup, signIn(setup.query(), "corp-bob").getUrl().toString());

    assertThat(id.getSubject()).isEqualTo(nativeSub);
    assertThat(id.getStringClaim("cognito:username")).isEqualTo("bob");
    assertThat((List<Object>) id.getClaim("identities")).singleElement()
        .satisfies(identity -> assertThat((Map<String, Object>) identity).containsEntry("providerName", "Corp")
            .containsEntry("userId", "corp-bob"));
    assertThat(cognito.listUsers(r -> r.userPoolId(setup.poolId())).users()).extracting(UserType::username)
        .containsExactly("bob");
  }

  @Test
  void pre_sign_up_may_link_the_identity_to_a_native_user_which_then_signs_in() throws Exception {
    Federated setup = federated();
    CognitoIdentityProviderClient cognito = FAKE.client();
    cognito.adminCreateUser(r -> r.userPoolId(setup.poolId()).username("carol").messageAction("SUPPRESS"));
    FAKE.attachTrigger(setup.poolId(), TriggerFunction.of(TriggerType.PRE_SIGN_UP, event -> {
      cognito.adminLinkProviderForUser(r -> r.userPoolId(setup.poolId())
          .destinationUser(u -> u.providerName("Cognito").providerAttributeValue("carol"))
          .sourceUser(u -> u.providerName("Corp").providerAttributeName("Cognito_Subject")
              .providerAttributeValue("corp-carol")));
      return event;
    }));
    IDP.user("corp-carol", Map.of("email", "carol@corp.example")).signInAs("corp-carol");

    Page callback = BROWSER.getPage(FAKE.endpoint() + "/oauth2/authorize?" + setup.query());

    assertThat(redeem(setup, callback.getUrl().toString()).getStringClaim("cognito:username")).isEqualTo("carol");
    assertThat(cognito.listUsers(r -> r.userPoolId(setup.poolId())).users()).extracting(UserType::username)
        .containsExactly("carol");
  }

  @Test
  void linking_a_second_provider_to_a_federated_user_keeps_its_own_identity_first() throws Exception {
    Federated setup = federated();
    CognitoIdentityProviderClient cognito = FAKE.client();
    IDP.register(cognito, setup.poolId(), "Second", Map.of("email", "email"));
    cognito.updateUserPoolClient(r -> r.userPoolId(setup.poolId()).clientId(setup.clientId()).clientName("web")
        .allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows(OAuthFlowType.CODE)
        .allowedOAuthScopes("openid", "email", "profile").callbackURLs(CALLBACK)
        .supportedIdentityProviders("COGNITO", "Corp", "Second"));
    IDP.user("corp-dave", Map.of("email", "dave@corp.example")).signInAs("corp-dave");
    redeem(setup, BROWSER.getPage(FAKE.endpoint() + "/oauth2/authorize?" + setup.query()).getUrl().toString());
    cognito.adminLinkProviderForUser(r -> r.userPoolId(setup.poolId())
        .destinationUser(u -> u.providerName("Corp").providerAttributeValue("corp-dave"))
        .sourceUser(u -> u.providerName("Second").providerAttributeName("Cognito_Subject")
            .providerAttributeValue("second-dave")));
    IDP.user("second-dave", Map.of("email", "dave@second.example")).signInAs("second-dave");
    BROWSER.getCookieManager().clearCookies();

    Page callback = BROWSER.getPage(FAKE.endpoint() + "/oauth2/authorize?"
        + setup.query().replace("identity_provider=Corp", "identity_provider=Second"));

    JWTClaimsSet id = redeem(setup, callback.getUrl().toString());
    assertThat(id.getStringClaim("cognito:username")).isEqualTo("Corp_corp-dave");
    assertThat((List<Object>) id.getClaim("identities")).extracting(i -> ((Map<String, Object>) i).get("providerName"))
        .containsExactly("Corp", "Second");
    assertThat((List<Object>) id.getClaim("identities")).extracting(i -> ((Map<String, Object>) i).get("primary"))
        .containsExactly("true", "false");
  }

  @Test
  void claims_only_user_info_gives_are_mapped_too() throws Exception {
    Federated setup = federated();
    IDP.user("corp-info", Map.of("email", "info@corp.example")).userInfoClaims("corp-info", Map.of("name", "Info"));

    JWTClaimsSet id = redeem(setup, signIn(setup.query(), "corp-info").getUrl().toString());

    assertThat(id.getStringClaim("name")).isEqualTo("Info");
  }

  @Test
  void user_info_is_asked_with_post_when_the_provider_says_so() throws Exception {
    Federated setup = federated();
    FAKE.client().updateIdentityProvider(r -> r.userPoolId(setup.poolId()).providerName("Corp")
        .providerDetails(Map.of("attributes_request_method", "POST")));
    IDP.user("corp-post", Map.of("email", "post@corp.example")).userInfoClaims("corp-post", Map.of("name", "Posted"))
        .signInAs("corp-post");

    Page callback = BROWSER.getPage(FAKE.endpoint() + "/oauth2/authorize?" + setup.query());

    assertThat(redeem(setup, callback.getUrl().toString()).getStringClaim("name")).isEqualTo("Posted");
    List<FakeOidcProvider.Request> userInfo = IDP.requests("/userinfo");
    assertThat(userInfo.get(userInfo.size() - 1).method()).isEqualTo("POST");
  }

  @Test
  void a_provider_deleted_while_the_browser_is_away_fails_back_to_the_app() throws Exception {
    Federated setup = federated();
    IDP.user("corp-gone", Map.of("email", "gone@corp.example"));
    HtmlPage idpPage = BROWSER.getPage(FAKE.endpoint() + "/oauth2/authorize?" + setup.query());
    FAKE.client().deleteIdentityProvider(r -> r.userPoolId(setup.poolId()).providerName("Corp"));

    Page callback = ((HtmlButton) idpPage.getFirstByXPath("//button[@value='corp-gone']")).click();

    assertThat(parameters(callback.getUrl().toString())).containsEntry("error", "invalid_request")
        .containsEntry("error_description", "Login option is not available. Please try another one.");
  }

  @Test
  void idp_identifier_picks_the_provider() throws Exception {
    Federated setup = federated();
    IDP.user("corp-identifier", Map.of("email", "identifier@corp.example")).signInAs("corp-identifier");

    Page callback = BROWSER.getPage(FAKE.endpoint() + "/oauth2/authorize?" + setup.query()
        .replace("identity_provider=Corp", "idp_identifier=corp.example"));

    assertThat(redeem(setup, callback.getUrl().toString()).getStringClaim("cognito:username"))
        .isEqualTo("Corp_corp-identifier");
  }

  @Test
  void a_provider_the_client_does_not_support_gets_the_sign_in_page_with_a_message() throws Exception {
    Federated setup = federated();

    HtmlPage page = BROWSER.getPage(FAKE.endpoint() + "/oauth2/authorize?"
        + setup.query().replace("identity_provider=Corp", "identity_provider=Other"));

    assertThat(page.getUrl().getHost()).isEqualTo(FAKE.endpoint().getHost());
    assertThat(page.asNormalizedText()).contains("Login option is not available. Please try another one.");
  }

  @Test
  void the_sign_in_page_has_a_button_for_the_provider_that_signs_in_through_it() throws Exception {
    Federated setup = federated();
    IDP.user("corp-button", Map.of("email", "button@corp.example"));
    String query = setup.query("state=button").replace("&identity_provider=Corp", "");

    HtmlPage login = BROWSER.getPage(FAKE.endpoint() + "/oauth2/authorize?" + query);
    assertThat(login.getUrl().getPath()).isEqualTo("/login");
    assertThat(login.getFormByName("cognitoSignInForm")).isNotNull();
    HtmlPage idpPage = login.getAnchorByName("Corp").click();
    HtmlButton button = idpPage.getFirstByXPath("//button[@value='corp-button']");
    Page callback = button.click();

    assertThat(parameters(callback.getUrl().toString())).containsEntry("state", "button").containsKey("code");
    assertThat(redeem(setup, callback.getUrl().toString()).getStringClaim("cognito:username"))
        .isEqualTo("Corp_corp-button");
  }

  @Test
  void a_client_without_cognito_shows_only_the_provider_buttons_and_refuses_passwords() throws Exception {
    Federated setup = federated();
    String clientId = FAKE.client().createUserPoolClient(r -> r.userPoolId(setup.poolId()).clientName("corp-only")
        .allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows(OAuthFlowType.CODE)
        .allowedOAuthScopes("openid", "email").callbackURLs(CALLBACK).supportedIdentityProviders("Corp"))
        .userPoolClient().clientId();
    String query = "response_type=code&client_id=" + clientId + "&redirect_uri=" + encode(CALLBACK);

    HtmlPage login = BROWSER.getPage(FAKE.endpoint() + "/oauth2/authorize?" + query);

    assertThat(login.getUrl().getPath()).isEqualTo("/login");
    assertThat(login.getForms()).isEmpty();
    assertThat(login.getAnchorByName("Corp").getHrefAttribute()).contains("identity_provider=Corp");
    HostedBrowser http = new HostedBrowser(FAKE);
    http.get("/oauth2/authorize?" + query);
    assertThat(http.post("/login?" + query, "_csrf=" + http.cookies.get("XSRF-TOKEN")
        + "&username=someone&password=x").body()).doesNotContain("cognitoSignInForm").contains("Corp");
  }

  @Test
  void the_federated_user_refreshes_its_tokens() throws Exception {
    Federated setup = federated();
    IDP.user("corp-refresh", Map.of("email", "refresh@corp.example")).signInAs("corp-refresh");
    Map<String, String> parameters = parameters(BROWSER.getPage(FAKE.endpoint() + "/oauth2/authorize?"
        + setup.query()).getUrl().toString());
    HostedBrowser http = new HostedBrowser(FAKE);
    Map<String, Object> tokens = JSONObjectUtils.parse(http.post("/oauth2/token", "grant_type=authorization_code"
        + "&client_id=" + setup.clientId() + "&code=" + parameters.get("code") + "&redirect_uri="
        + encode(CALLBACK)).body());

    Map<String, Object> refreshed = JSONObjectUtils.parse(http.post("/oauth2/token", "grant_type=refresh_token"
        + "&client_id=" + setup.clientId() + "&refresh_token=" + tokens.get("refresh_token")).body());

    assertThat(SignedJWT.parse((String) refreshed.get("id_token")).getJWTClaimsSet()
        .getStringClaim("cognito:username")).isEqualTo("Corp_corp-refresh");
  }

  @Test
  void a_federated_user_with_a_native_users_email_does_not_take_over_its_sign_in_name() throws Exception {
    CognitoIdentityProviderClient cognito = FAKE.client();
    String poolId = cognito.createUserPool(r -> r.poolName("by-email")
        .usernameAttributes(software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameAttributeType.EMAIL))
        .userPool().id();
    IDP.register(cognito, poolId, "Corp", Map.of("email", "email"));
    String clientId = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("web")
        .allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows(OAuthFlowType.CODE)
        .allowedOAuthScopes("openid", "email", "profile").callbackURLs(CALLBACK)
        .supportedIdentityProviders("COGNITO", "Corp")).userPoolClient().clientId();
    String nativeName = cognito.adminCreateUser(r -> r.userPoolId(poolId).username("same@corp.example")
        .messageAction("SUPPRESS")).user().username();
    IDP.user("corp-same", Map.of("email", "same@corp.example")).signInAs("corp-same");

    Page callback = BROWSER.getPage(FAKE.endpoint() + "/oauth2/authorize?"
        + new Federated(poolId, clientId).query());

    assertThat(parameters(callback.getUrl().toString())).containsKey("code");
    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("same@corp.example")).username())
        .isEqualTo(nativeName);
    assertThat(cognito.listUsers(r -> r.userPoolId(poolId)).users()).hasSize(2);
  }

  @Test
  void a_pkce_challenge_carries_through_the_provider_to_the_code() throws Exception {
    Federated setup = federated();
    IDP.user("corp-pkce", Map.of("email", "pkce@corp.example")).signInAs("corp-pkce");
    String verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    Page callback = BROWSER.getPage(FAKE.endpoint() + "/oauth2/authorize?" + setup.query(
        "code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", "code_challenge_method=S256"));
    String code = parameters(callback.getUrl().toString()).get("code");
    HostedBrowser http = new HostedBrowser(FAKE);
    String redemption = "grant_type=authorization_code&client_id=" + setup.clientId() + "&code=" + code
        + "&redirect_uri=" + encode(CALLBACK);

    HttpResponse<String> withVerifier = http.post("/oauth2/token", redemption + "&code_verifier=" + verifier);

    assertThat(withVerifier.statusCode()).isEqualTo(200);
    assertThat(withVerifier.body()).contains("id_token");
  }

  @Test
  void the_session_of_a_federated_sign_in_signs_in_again_without_the_provider() throws Exception {
    Federated setup = federated();
    IDP.user("corp-session", Map.of("email", "session@corp.example")).signInAs("corp-session");
    BROWSER.getPage(FAKE.endpoint() + "/oauth2/authorize?" + setup.query());
    int atProvider = IDP.requests("/authorize").size();

    Page again = BROWSER.getPage(FAKE.endpoint() + "/oauth2/authorize?"
        + setup.query().replace("&identity_provider=Corp", ""));

    assertThat(IDP.requests("/authorize")).hasSize(atProvider);
    assertThat(redeem(setup, again.getUrl().toString()).getStringClaim("cognito:username"))
        .isEqualTo("Corp_corp-session");
  }

  @ParameterizedTest
  @CsvSource({
      "ERROR_RESPONSE, access_denied, The user denied the request",
      "TOKEN_ERROR, invalid_request, Error from token endpoint of identity provider: invalid_grant",
      "BAD_SIGNATURE, invalid_request, Invalid id_token signature",
      "WRONG_ISSUER, invalid_request, Bad id_token issuer",
      "WRONG_AUDIENCE, invalid_request, Bad id_token audience",
      "EXPIRED, invalid_request, id_token expired",
      "WRONG_NONCE, invalid_request, Bad id_token nonce",
      "USERINFO_ERROR, invalid_request, Error from userInfo endpoint of identity provider: 401"})
  void each_failure_of_the_provider_goes_back_to_the_app_as_an_error(Failure failure, String error,
      String description) throws Exception {
    Federated setup = federated();
    IDP.user("corp-failing", Map.of("email", "failing@corp.example")).signInAs("corp-failing").failWith(failure);

    Page callback = BROWSER.getPage(FAKE.endpoint() + "/oauth2/authorize?" + setup.query("state=failing"));

    Map<String, String> parameters = parameters(callback.getUrl().toString());
    assertThat(callback.getUrl().toString()).startsWith(CALLBACK + "?");
    assertThat(parameters).containsEntry("error", error).containsEntry("state", "failing")
        .doesNotContainKey("code");
    assertThat(parameters.get("error_description")).startsWith(description);
    assertThat(FAKE.client().listUsers(r -> r.userPoolId(setup.poolId())).users()).isEmpty();
  }

  @Test
  void a_pre_sign_up_trigger_that_throws_goes_back_to_the_app_and_creates_no_user() throws Exception {
    Federated setup = federated();
    FAKE.attachTrigger(setup.poolId(), TriggerFunction.of(TriggerType.PRE_SIGN_UP, event -> {
      throw new IllegalStateException("no outsiders");
    }));
    IDP.user("corp-rejected", Map.of("email", "rejected@corp.example")).signInAs("corp-rejected");

    Page callback = BROWSER.getPage(FAKE.endpoint() + "/oauth2/authorize?" + setup.query());

    assertThat(parameters(callback.getUrl().toString())).containsEntry("error", "invalid_request")
        .containsEntry("error_description", "PreSignUp failed with error no outsiders.");
    assertThat(FAKE.client().listUsers(r -> r.userPoolId(setup.poolId())).users()).isEmpty();
  }

  @Test
  void a_disabled_federated_user_cannot_sign_in() throws Exception {
    Federated setup = federated();
    IDP.user("corp-disabled", Map.of("email", "disabled@corp.example")).signInAs("corp-disabled");
    redeem(setup, BROWSER.getPage(FAKE.endpoint() + "/oauth2/authorize?" + setup.query()).getUrl().toString());
    FAKE.client().adminDisableUser(r -> r.userPoolId(setup.poolId()).username("Corp_corp-disabled"));
    BROWSER.getCookieManager().clearCookies();

    Page callback = BROWSER.getPage(FAKE.endpoint() + "/oauth2/authorize?" + setup.query());

    assertThat(parameters(callback.getUrl().toString())).containsEntry("error", "invalid_request")
        .containsEntry("error_description", "User is disabled.");
  }
}
