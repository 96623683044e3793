package dev.fakecognito.http;

import static dev.fakecognito.http.HostedBrowser.CALLBACK;
import static dev.fakecognito.http.HostedBrowser.encode;
import static dev.fakecognito.http.HostedBrowser.location;
import static dev.fakecognito.http.HostedBrowser.parameters;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.fakecognito.FakeCognito;
import dev.fakecognito.idp.FakeOidcProvider;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.OAuthFlowType;

/**
 * Sign-in through a social provider whose real endpoints the fake was told to replace with a
 * {@link FakeOidcProvider} ({@link FakeCognito.Builder#socialProviderAt}).
 */
@Execution(ExecutionMode.SAME_THREAD)
class SocialProviderBrowserTest {

  private static final FakeOidcProvider GOOGLE = FakeOidcProvider.start();
  private static final FakeCognito FAKE = FakeCognito.builder()
      .socialProviderAt("Google", URI.create(GOOGLE.issuer())).build();

  static {
    GOOGLE.clock(FAKE.clock());
  }

  @AfterAll
  static void close() {
    GOOGLE.close();
    FAKE.close();
  }

  private static String client(String poolId, String provider) {
    return FAKE.client().createUserPoolClient(r -> r.userPoolId(poolId).clientName("web")
        .allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows(OAuthFlowType.CODE)
        .allowedOAuthScopes("openid", "email").callbackURLs(CALLBACK).supportedIdentityProviders(provider))
        .userPoolClient().clientId();
  }

  @Test
  void google_sign_in_goes_to_the_test_provider_and_creates_a_google_user() throws Exception {
    CognitoIdentityProviderClient cognito = FAKE.client();
    String poolId = cognito.createUserPool(r -> r.poolName("social")).userPool().id();
    GOOGLE.register(cognito, poolId, "Google", Map.of("email", "email"));
    String clientId = client(poolId, "Google");
    GOOGLE.user("google-123", Map.of("email", "g@gmail.example")).signInAs("google-123");
    HostedBrowser browser = new HostedBrowser(FAKE);

    HttpResponse<String> authorize = browser.get("/oauth2/authorize?response_type=code&client_id=" + clientId
        + "&redirect_uri=" + encode(CALLBACK) + "&identity_provider=Google");
    assertThat(location(authorize)).startsWith(GOOGLE.issuer() + "/authorize?");
    HttpResponse<String> atGoogle = browser.get(location(authorize));
    HttpResponse<String> back = browser.get(location(atGoogle).substring(FAKE.endpoint().toString().length()));

    Map<String, String> parameters = parameters(location(back));
    assertThat(parameters).containsKey("code");
    Map<String, Object> tokens = JSONObjectUtils.parse(browser.post("/oauth2/token", "grant_type=authorization_code"
        + "&client_id=" + clientId + "&code=" + parameters.get("code") + "&redirect_uri=" + encode(CALLBACK)).body());
    JWTClaimsSet id = SignedJWT.parse((String) tokens.get("id_token")).getJWTClaimsSet();
    assertThat(id.getStringClaim("cognito:username")).isEqualTo("Google_google-123");
    assertThat(id.getStringClaim("email")).isEqualTo("g@gmail.example");
    assertThat((List<Object>) id.getClaim("identities")).singleElement().satisfies(identity ->
        assertThat((Map<String, Object>) identity).containsEntry("providerType", "Google")
            .containsEntry("providerName", "Google"));
    assertThat(cognito.describeIdentityProvider(r -> r.userPoolId(poolId).providerName("Google"))
        .identityProvider().providerDetails()).containsEntry("authorize_url",
            "https://accounts.google.com/o/oauth2/v2/auth");
  }

  @Test
  void a_social_provider_left_at_its_real_endpoints_fails_back_to_the_app() throws Exception {
    CognitoIdentityProviderClient cognito = FAKE.client();
    String poolId = cognito.createUserPool(r -> r.poolName("social-real")).userPool().id();
    cognito.createIdentityProvider(r -> r.userPoolId(poolId).providerName("Facebook").providerType("Facebook")
        .providerDetails(Map.of("client_id", "app", "client_secret", "secret", "authorize_scopes", "email")));
    String clientId = client(poolId, "Facebook");
    HostedBrowser browser = new HostedBrowser(FAKE);

    HttpResponse<String> authorize = browser.get("/oauth2/authorize?response_type=code&client_id=" + clientId
        + "&redirect_uri=" + encode(CALLBACK) + "&identity_provider=Facebook");
    assertThat(location(authorize)).startsWith("https://www.facebook.com/");
    String state = parameters(location(authorize)).get("state");

    HttpResponse<String> back = browser.get("/oauth2/idpresponse?state=" + state + "&code=anything");

    assertThat(location(back)).startsWith(CALLBACK + "?");
    assertThat(parameters(location(back))).containsEntry("error", "invalid_request")
        .hasEntrySatisfying("error_description", d -> assertThat(d).contains("loopback"));
  }

  @Test
  void the_builder_takes_social_types_on_loopback_only() {
    FakeCognito.Builder builder = FakeCognito.builder();
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> builder.socialProviderAt("OIDC", URI.create("http://127.0.0.1:1")));
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> builder.socialProviderAt("Google", URI.create("https://accounts.google.com")));
  }
}
