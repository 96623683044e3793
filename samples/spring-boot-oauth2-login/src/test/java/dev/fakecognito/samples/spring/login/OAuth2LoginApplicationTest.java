package dev.fakecognito.samples.spring.login;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.TestPool;
import dev.fakecognito.idp.FakeOidcProvider;
import dev.fakecognito.recording.RecordedContextData;
import dev.fakecognito.samples.spring.login.ApiController.Caller;
import java.net.URL;
import java.util.Map;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.OAuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceServerScopeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

/**
 * Runs the app against a fake user pool served over HTTP, as it would run against Cognito: Spring
 * reads the pool's OpenID configuration from the fake's endpoint, a browser signs in on the fake's
 * managed login page, with a password or through the pool's external OIDC identity provider (a
 * {@link FakeOidcProvider}), and the app's client_credentials token from the fake's token endpoint
 * passes Spring's JWT checks on the API.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Execution(ExecutionMode.SAME_THREAD) // the browser tests share one browser
class OAuth2LoginApplicationTest {

  static final String PASSWORD = "Passw0rd!";
  static final FakeCognito fake = FakeCognito.create();
  /** A pool with a domain, and an app client with a secret for managed login with the code grant. */
  static final TestPool pool = fake.newPool(p -> { }, client -> managedLogin(client.generateSecret(true)
      .callbackURLs("http://localhost/login/oauth2/code/cognito")))
      .createUser("alice", PASSWORD, Map.of("email", "alice@example.com", "email_verified", "true"));
  /** An app client of the same pool for client_credentials, with the API's scope. */
  static final UserPoolClientType service = serviceClient(fake.client(), pool.poolId());
  /** An OpenID Connect provider, registered with the pool as {@code Corp}. */
  static final FakeOidcProvider corp = corpProvider(fake, pool.poolId());
  static final WebClient browser = browser();

  @DynamicPropertySource
  static void cognito(DynamicPropertyRegistry registry) {
    fake.endpoint(); // serves the pool's discovery document and managed login; tokens name it as their issuer
    registry.add("spring.security.oauth2.client.provider.cognito.issuer-uri", () -> fake.issuer(pool.poolId()));
    registry.add("spring.security.oauth2.client.registration.cognito.client-id", pool::clientId);
    registry.add("spring.security.oauth2.client.registration.cognito.client-secret", pool::clientSecret);
    registry.add("spring.security.oauth2.client.registration.service.client-id", service::clientId);
    registry.add("spring.security.oauth2.client.registration.service.client-secret", service::clientSecret);
  }

  /** Cognito redirects only to a registered callback URL, which holds the port the app got. */
  @TestConfiguration
  static class CallbackUrl {
    @Bean
    ApplicationListener<WebServerInitializedEvent> registerCallbackUrl() {
      return event -> fake.client().updateUserPoolClient(r -> managedLogin(r.userPoolId(pool.poolId())
          .clientId(pool.clientId())
          .callbackURLs("http://localhost:" + event.getWebServer().getPort() + "/login/oauth2/code/cognito")));
    }
  }

  @LocalServerPort
  int port;

  @Autowired
  RestClient serviceRestClient;

  @Autowired
  TestRestTemplate http;

  @AfterAll
  static void close() {
    browser.close();
    corp.close();
    fake.close();
  }

  /** Each browser test starts signed out, of the app and of the fake's managed login. */
  @BeforeEach
  void signedOut() {
    browser.getCookieManager().clearCookies();
  }

  @Test
  void signs_in_on_the_managed_login_page_and_shows_the_users_email() throws Exception {
    HtmlPage login = browser.getPage("http://localhost:" + port + "/");
    assertThat(login.getUrl().toString()).startsWith(fake.endpoint() + "/login?");
    HtmlForm form = login.getFormByName("cognitoSignInForm");
    form.getInputByName("username").type("alice");
    form.getInputByName("password").type(PASSWORD);

    HtmlPage home = form.getButtonByName("signInSubmitButton").click();

    URL url = home.getUrl();
    assertThat(url.getHost() + ":" + url.getPort() + url.getPath()).isEqualTo("localhost:" + port + "/");
    assertThat(home.getElementById("user").asNormalizedText()).isEqualTo("Signed in as alice@example.com");
    // The fake saw the browser's own address, as Cognito sees the end user's.
    assertThat(fake.recordedContextData()).filteredOn(r -> r.operation().equals("ManagedLogin"))
        .filteredOn(r -> "alice".equals(r.username())).singleElement()
        .extracting(RecordedContextData::clientId, RecordedContextData::username, RecordedContextData::ipAddress)
        .containsExactly(pool.clientId(), "alice", "127.0.0.1");
  }

  @Test
  void signs_in_through_the_pools_oidc_provider_and_shows_the_federated_users_email() throws Exception {
    corp.user("corp-bob", Map.of("email", "bob@corp.example"));
    HtmlPage login = browser.getPage("http://localhost:" + port + "/");
    assertThat(login.getUrl().toString()).startsWith(fake.endpoint() + "/login?");

    HtmlPage idpPage = login.getAnchorByName("Corp").click();
    assertThat(idpPage.getUrl().toString()).startsWith(corp.issuer() + "/authorize?");
    HtmlButton bob = idpPage.getFirstByXPath("//button[@value='corp-bob']");
    HtmlPage home = bob.click();

    URL url = home.getUrl();
    assertThat(url.getHost() + ":" + url.getPort() + url.getPath()).isEqualTo("localhost:" + port + "/");
    assertThat(home.getElementById("user").asNormalizedText()).isEqualTo("Signed in as bob@corp.example");
    // The first sign-in made the federated user, named after the provider and the user's sub.
    assertThat(fake.client().adminGetUser(r -> r.userPoolId(pool.poolId()).username("Corp_corp-bob")).userStatus())
        .isEqualTo(UserStatusType.EXTERNAL_PROVIDER);
  }

  @Test
  void service_calls_the_api_with_its_client_credentials_token() {
    Caller caller = serviceRestClient.get().uri("http://localhost:" + port + "/api/caller").retrieve()
        .body(Caller.class);

    assertThat(caller).isEqualTo(new Caller(service.clientId(), OAuth2LoginApplication.API_SCOPE));
  }

  @Test
  void api_refuses_a_call_without_a_token() {
    ResponseEntity<String> response = http.getForEntity("/api/caller", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void api_refuses_a_users_token_without_its_scope() {
    String token = pool.srp().signIn("alice", PASSWORD).accessToken();

    ResponseEntity<String> response = http.exchange(RequestEntity.get("/api/caller")
        .headers(headers -> headers.setBearerAuth(token)).build(), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  /**
   * The app client's managed login settings: the code grant, scopes openid and email, the pool's
   * users. Provider {@code Corp} does not exist yet when the client is made; the update adds it.
   */
  static CreateUserPoolClientRequest.Builder managedLogin(CreateUserPoolClientRequest.Builder client) {
    return client.allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows(OAuthFlowType.CODE)
        .allowedOAuthScopes("openid", "email").supportedIdentityProviders("COGNITO");
  }

  /**
   * As the other, and provider {@code Corp} too, for UpdateUserPoolClient, which resets what it
   * does not name.
   */
  static UpdateUserPoolClientRequest.Builder managedLogin(UpdateUserPoolClientRequest.Builder client) {
    return client.allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows(OAuthFlowType.CODE)
        .allowedOAuthScopes("openid", "email").supportedIdentityProviders("COGNITO", "Corp");
  }

  /**
   * Starts an OpenID Connect provider and registers it with the pool as {@code Corp}, its {@code
   * email} claim mapped to the pool's {@code email}. Managed login shows a button for it once the
   * app client supports it.
   */
  static FakeOidcProvider corpProvider(FakeCognito fake, String poolId) {
    FakeOidcProvider provider = FakeOidcProvider.start(fake.clock());
    provider.register(fake.client(), poolId, "Corp", Map.of("email", "email"));
    return provider;
  }

  /**
   * Gives the pool a domain, so that its OpenID configuration lists the OAuth endpoints, and a
   * resource server {@code sample-api} with scope {@code read}; returns a new app client with a
   * secret for client_credentials with that scope.
   */
  static UserPoolClientType serviceClient(CognitoIdentityProviderClient cognito, String poolId) {
    cognito.createUserPoolDomain(r -> r.userPoolId(poolId).domain("spring-sample"));
    cognito.createResourceServer(r -> r.userPoolId(poolId).identifier("sample-api").name("Sample API")
        .scopes(ResourceServerScopeType.builder().scopeName("read").scopeDescription("Read access").build()));
    return cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("service").generateSecret(true)
        .allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows(OAuthFlowType.CLIENT_CREDENTIALS)
        .allowedOAuthScopes(OAuth2LoginApplication.API_SCOPE)).userPoolClient();
  }

  private static WebClient browser() {
    WebClient client = new WebClient();
    client.getOptions().setJavaScriptEnabled(false);
    client.getOptions().setCssEnabled(false);
    return client;
  }
}
