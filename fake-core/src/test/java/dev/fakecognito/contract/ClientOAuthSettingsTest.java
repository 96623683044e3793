package dev.fakecognito.contract;

import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.fake;
import static dev.fakecognito.testing.Fixtures.pool;
import static dev.fakecognito.testing.Transport.clientFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidOAuthFlowException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.OAuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ScopeDoesNotExistException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/** The OAuth 2.0 settings of app clients, as CreateUserPoolClient and UpdateUserPoolClient check them. */
class ClientOAuthSettingsTest {

  private static final String CALLBACK = "https://app.example.com/callback";

  private final FakeCognito fake = fake();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);
  private final String poolId = pool(cognito);

  private UserPoolClientType create(Consumer<CreateUserPoolClientRequest.Builder> settings) {
    return cognito.createUserPoolClient(r -> settings.accept(r.userPoolId(poolId).clientName("web")))
        .userPoolClient();
  }

  private void webClient(Consumer<CreateUserPoolClientRequest.Builder> settings) {
    create(r -> settings.accept(r.allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows(OAuthFlowType.CODE)
        .allowedOAuthScopes("openid").callbackURLs(CALLBACK)));
  }

  private void resourceServer() {
    cognito.createResourceServer(r -> r.userPoolId(poolId).identifier("api").name("api")
        .scopes(s -> s.scopeName("read").scopeDescription("read")));
  }

  @Test
  void code_flow_client_keeps_its_settings() {
    UserPoolClientType client = create(r -> r.allowedOAuthFlowsUserPoolClient(true)
        .allowedOAuthFlows(OAuthFlowType.CODE, OAuthFlowType.IMPLICIT)
        .allowedOAuthScopes("openid", "email", "profile", "phone", "aws.cognito.signin.user.admin")
        .callbackURLs(CALLBACK, "http://localhost:3000/cb", "myapp://signin").logoutURLs("https://app.example.com/")
        .defaultRedirectURI(CALLBACK).supportedIdentityProviders("COGNITO"));

    UserPoolClientType described = cognito.describeUserPoolClient(r -> r.userPoolId(poolId)
        .clientId(client.clientId())).userPoolClient();
    assertThat(described.allowedOAuthFlowsUserPoolClient()).isTrue();
    assertThat(described.allowedOAuthFlows()).containsExactly(OAuthFlowType.CODE, OAuthFlowType.IMPLICIT);
    assertThat(described.callbackURLs()).containsExactly(CALLBACK, "http://localhost:3000/cb", "myapp://signin");
    assertThat(described.defaultRedirectURI()).isEqualTo(CALLBACK);
    assertThat(described.supportedIdentityProviders()).containsExactly("COGNITO");
  }

  @Test
  void client_credentials_client_with_a_custom_scope_is_created() {
    resourceServer();

    UserPoolClientType client = create(r -> r.generateSecret(true).allowedOAuthFlowsUserPoolClient(true)
        .allowedOAuthFlows(OAuthFlowType.CLIENT_CREDENTIALS).allowedOAuthScopes("api/read"));

    assertThat(client.allowedOAuthScopes()).containsExactly("api/read");
  }

  @Test
  void oauth_without_flows_or_scopes_throws_InvalidParameterException() {
    assertCognitoError(() -> create(r -> r.allowedOAuthFlowsUserPoolClient(true).allowedOAuthScopes("openid")),
        InvalidParameterException.class,
        "AllowedOAuthFlows and AllowedOAuthScopes are required if user pool client is allowed to use OAuth flows.");
    assertCognitoError(() -> create(r -> r.allowedOAuthFlowsUserPoolClient(true)
            .allowedOAuthFlows(OAuthFlowType.CODE).callbackURLs(CALLBACK)), InvalidParameterException.class,
        "AllowedOAuthFlows and AllowedOAuthScopes are required if user pool client is allowed to use OAuth flows.");
  }

  @Test
  void flows_without_oauth_enabled_throw_InvalidParameterException() {
    assertCognitoError(() -> create(r -> r.allowedOAuthFlows(OAuthFlowType.CODE).allowedOAuthScopes("openid")
            .callbackURLs(CALLBACK)), InvalidParameterException.class,
        "AllowedOAuthFlowsUserPoolClient must be true to configure AllowedOAuthFlows.");
  }

  @Test
  void code_flow_without_callback_urls_throws_InvalidOAuthFlowException() {
    assertCognitoError(() -> create(r -> r.allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows(OAuthFlowType.CODE)
            .allowedOAuthScopes("openid")), InvalidOAuthFlowException.class,
        "CallbackUrls can not be empty when code flow or implicit flow is selected");
  }

  @Test
  void client_credentials_without_a_secret_throws_InvalidOAuthFlowException() {
    resourceServer();

    assertCognitoError(() -> create(r -> r.allowedOAuthFlowsUserPoolClient(true)
            .allowedOAuthFlows(OAuthFlowType.CLIENT_CREDENTIALS).allowedOAuthScopes("api/read")),
        InvalidOAuthFlowException.class,
        "client_credentials flow can not be selected if client does not have a client secret.");
  }

  @Test
  void client_credentials_with_code_flow_throws_InvalidOAuthFlowException() {
    resourceServer();

    assertCognitoError(() -> create(r -> r.generateSecret(true).allowedOAuthFlowsUserPoolClient(true)
            .allowedOAuthFlows(OAuthFlowType.CLIENT_CREDENTIALS, OAuthFlowType.CODE).allowedOAuthScopes("api/read")
            .callbackURLs(CALLBACK)), InvalidOAuthFlowException.class,
        "client_credentials flow can not be selected along with code flow or implicit flow.");
  }

  @Test
  void client_credentials_with_a_standard_scope_throws_InvalidOAuthFlowException() {
    assertCognitoError(() -> create(r -> r.generateSecret(true).allowedOAuthFlowsUserPoolClient(true)
            .allowedOAuthFlows(OAuthFlowType.CLIENT_CREDENTIALS).allowedOAuthScopes("openid")),
        InvalidOAuthFlowException.class, "client_credentials flow can only be used with custom scopes.");
  }

  @Test
  void unknown_scope_throws_ScopeDoesNotExistException() {
    assertCognitoError(() -> webClient(r -> r.allowedOAuthScopes("openid", "Cognito")),
        ScopeDoesNotExistException.class, "Invalid scope requested: Cognito");
    assertCognitoError(() -> webClient(r -> r.allowedOAuthScopes("api/read")),
        ScopeDoesNotExistException.class, "Invalid scope requested: api/read");
  }

  @Test
  void unknown_flow_throws_InvalidParameterException() {
    assertCognitoError(() -> webClient(r -> r.allowedOAuthFlowsWithStrings("token")),
        InvalidParameterException.class, "1 validation error detected: Value '[token]' at 'allowedOAuthFlows' failed "
            + "to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: "
            + "[implicit, client_credentials, code]]");
  }

  @Test
  void unknown_identity_provider_throws_InvalidParameterException() {
    assertCognitoError(() -> webClient(r -> r.supportedIdentityProviders("COGNITO", "Google")),
        InvalidParameterException.class, "The provider Google does not exist for User Pool " + poolId);
  }

  @Test
  void plain_http_callback_url_throws_InvalidParameterException() {
    assertCognitoError(() -> webClient(r -> r.callbackURLs("http://app.example.com/callback")),
        InvalidParameterException.class, "Invalid CallbackURL: http://app.example.com/callback");
  }

  @Test
  void callback_url_with_a_fragment_throws_InvalidParameterException() {
    assertCognitoError(() -> webClient(r -> r.callbackURLs(CALLBACK + "#done")),
        InvalidParameterException.class, "Invalid CallbackURL: " + CALLBACK + "#done");
  }

  @Test
  void relative_logout_url_throws_InvalidParameterException() {
    assertCognitoError(() -> webClient(r -> r.logoutURLs("/signed-out")),
        InvalidParameterException.class, "Invalid LogoutURL: /signed-out");
  }

  @Test
  void more_than_100_callback_urls_throw_InvalidParameterException() {
    List<String> urls = IntStream.range(0, 101).mapToObj(i -> CALLBACK + i).toList();

    assertCognitoError(() -> webClient(r -> r.callbackURLs(urls)), InvalidParameterException.class,
        "1 validation error detected: Value at 'callbackURLs' failed to satisfy constraint: "
            + "Member must have length less than or equal to 100");
  }

  @Test
  void default_redirect_uri_outside_the_callback_urls_throws_InvalidParameterException() {
    assertCognitoError(() -> webClient(r -> r.defaultRedirectURI("https://elsewhere.example.com/")),
        InvalidParameterException.class, "DefaultRedirectURI must be one of the CallbackURLs.");
  }

  @Test
  void update_checks_the_same_rules_and_changes_nothing_on_failure() {
    UserPoolClientType client = create(r -> r.allowedOAuthFlowsUserPoolClient(true)
        .allowedOAuthFlows(OAuthFlowType.CODE).allowedOAuthScopes("openid").callbackURLs(CALLBACK));

    assertCognitoError(() -> cognito.updateUserPoolClient(r -> r.userPoolId(poolId).clientId(client.clientId())
            .allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows(OAuthFlowType.CLIENT_CREDENTIALS)
            .allowedOAuthScopes("openid")), InvalidOAuthFlowException.class,
        "client_credentials flow can not be selected if client does not have a client secret.");

    assertThat(cognito.describeUserPoolClient(r -> r.userPoolId(poolId).clientId(client.clientId()))
        .userPoolClient()).isEqualTo(client);
  }
}
