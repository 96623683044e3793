package dev.fakecognito.samples;

import static dev.fakecognito.assertions.FakeCognitoAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.TestPool;
import dev.fakecognito.idp.FakeOidcProvider;
import dev.fakecognito.srp.CognitoSrp;
import dev.fakecognito.triggers.PreSignUpResponse;
import dev.fakecognito.triggers.Triggers;
import dev.fakecognito.webauthn.SoftwareAuthenticator;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdvancedSecurityModeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFactorType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CompromisedCredentialsEventActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.OAuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/** The code the README quotes, kept compiling and passing. Regions are marked with comments. */
class SnippetsTest {

  @Test
  void basic_use() {
    // region basic-use
    try (FakeCognito fake = FakeCognito.create()) {
      CognitoIdentityProviderClient cognito = fake.client();
      String poolId = cognito.createUserPool(r -> r.poolName("shop")
          .autoVerifiedAttributes(VerifiedAttributeType.EMAIL)).userPool().id();
      String clientId = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("web")
          .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH)).userPoolClient().clientId();
      cognito.signUp(r -> r.clientId(clientId).username("alice").password("Passw0rd!")
          .userAttributes(a -> a.name("email").value("alice@example.com"))
          .userContextData(c -> c.ipAddress("203.0.113.7")));
      String code = fake.outbox().lastCode(poolId, "alice").orElseThrow();
      cognito.confirmSignUp(r -> r.clientId(clientId).username("alice").confirmationCode(code));
      String idToken = cognito.initiateAuth(r -> r.clientId(clientId)
          .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
          .authParameters(Map.of("USERNAME", "alice", "PASSWORD", "Passw0rd!")))
          .authenticationResult().idToken();
      assertThat(fake).token(idToken).isIdToken().hasClaim("email", "alice@example.com");
      assertThat(fake).recorded("SignUp").hasIpAddress("203.0.113.7").wasNotPropagated();
    }
    // endregion basic-use
  }

  @Test
  void expire_a_code_with_the_clock() {
    FakeCognito fake = FakeCognito.create();
    java.time.Instant before = fake.clock().instant();
    // region clock
    fake.clock().advance(java.time.Duration.ofHours(24)); // sign-up codes are now expired
    // endregion clock
    assertThat(fake.clock().instant()).isEqualTo(before.plus(java.time.Duration.ofHours(24)));
  }

  @Test
  void attach_a_trigger_in_one_step() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = fake.client();
    String poolId = cognito.createUserPool(r -> r.poolName("shop")).userPool().id();
    String clientId = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("web"))
        .userPoolClient().clientId();
    String arn = fake.attachTrigger(poolId, Triggers.preSignUp(event -> PreSignUpResponse.autoConfirm()));
    boolean confirmed = cognito.signUp(r -> r.clientId(clientId).username("alice").password("Passw0rd!"))
        .userConfirmed();
    assertThat(fake).invoked("PreSignUp_SignUp", "alice").hasResponseEntry("autoConfirmUser", true);
    assertThat(confirmed).isTrue();
    assertThat(fake).invokedTimes("PreSignUp_SignUp", 1);
    assertThat(cognito.describeUserPool(r -> r.userPoolId(poolId)).userPool().lambdaConfig().preSignUp())
        .isEqualTo(arn);
  }

  @Test
  void srp_sign_in_against_a_fake() {
    FakeCognito fake = FakeCognito.create();
    TestPool pool = fake.newPool().createUser("alice", "Passw0rd!");
    String poolId = pool.poolId();
    String clientId = pool.clientId();
    // region srp
    CognitoSrp srp = CognitoSrp.builder()
        .fake(fake)                  // the fake's client, and its clock for each TIMESTAMP
        .userPoolId(poolId)
        .clientId(clientId)
        .build();
    fake.clock().advance(Duration.ofDays(1)); // sign-ins keep working when the test moves time
    AuthenticationResultType tokens = srp.signIn("alice", "Passw0rd!");
    // endregion srp
    assertThat(fake).token(tokens.accessToken()).isAccessToken().hasClaim("username", "alice");
  }

  @Test
  void issuer_and_jwks_for_a_token_verifier() {
    FakeCognito fake = FakeCognito.create();
    TestPool pool = fake.newPool().createUser("alice", "Passw0rd!");
    String poolId = pool.poolId();
    String idToken = pool.srp().signIn("alice", "Passw0rd!").idToken();
    String issuer = fake.issuer(poolId); // https://cognito-idp.us-east-1.amazonaws.com/<poolId>
    String jwks = fake.jwks(poolId);     // {"keys":[...]}, as served at <issuer>/.well-known/jwks.json
    // give both to the JWT verifier under test, e.g. Nimbus: JWKSet.parse(jwks)
    assertThat(issuer).isEqualTo("https://cognito-idp.us-east-1.amazonaws.com/" + poolId);
    assertThat(jwks).startsWith("{\"keys\":[").contains("\"kid\"", "\"RS256\"");
    assertThat(fake).token(idToken).isIdToken().hasClaim("iss", issuer);
  }

  @Test
  void test_pool_srp_issuer_and_a_trigger() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = fake.client();
    // region test-pool
    TestPool pool = fake.newPool(p -> p.autoVerifiedAttributes(VerifiedAttributeType.EMAIL), c -> {}); // pool + client
    pool.createUser("alice", "Passw0rd!", Map.of("email", "alice@example.com", "email_verified", "true"));
    AuthenticationResultType tokens = pool.srp().signIn("alice", "Passw0rd!");
    String issuer = fake.issuer(pool.poolId()); // https://cognito-idp.us-east-1.amazonaws.com/<poolId>
    String jwks = fake.jwks(pool.poolId());     // {"keys":[...]}, as at <issuer>/.well-known/jwks.json
    fake.attachTrigger(pool.poolId(), Triggers.preSignUp(event -> PreSignUpResponse.autoConfirm()));
    cognito.signUp(r -> r.clientId(pool.clientId()).username("bob").password("Passw0rd!"));
    assertThat(fake).invoked("PreSignUp_SignUp", "bob").hasResponseEntry("autoConfirmUser", true);
    // endregion test-pool
    assertThat(jwks).startsWith("{\"keys\":[");
    assertThat(fake).token(tokens.idToken()).isIdToken().hasClaim("iss", issuer).hasClaim("email", "alice@example.com");
  }

  @Test
  void passkey_sign_in_and_a_compromised_password() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = fake.client();
    TestPool pool = fake.newPool(p -> p.userPoolAddOns(a -> a.advancedSecurityMode(AdvancedSecurityModeType.ENFORCED))
        .policies(x -> x.signInPolicy(s -> s
            .allowedFirstAuthFactors(AuthFactorType.PASSWORD, AuthFactorType.WEB_AUTHN))),
        c -> c.explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_AUTH, ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH));
    cognito.createUserPoolDomain(r -> r.userPoolId(pool.poolId()).domain("shop")); // the relying party
    String accessToken = pool.createUser("alice", "Passw0rd!").srp().signIn("alice", "Passw0rd!").accessToken();
    // region passkeys-and-risk
    SoftwareAuthenticator passkey = SoftwareAuthenticator.create("https://shop.auth.us-east-1.amazoncognito.com");
    Document options = cognito.startWebAuthnRegistration(r -> r.accessToken(accessToken)).credentialCreationOptions();
    cognito.completeWebAuthnRegistration(r -> r.accessToken(accessToken).credential(passkey.register(options)));
    InitiateAuthResponse challenge = cognito.initiateAuth(r -> r.clientId(pool.clientId())
        .authFlow(AuthFlowType.USER_AUTH)
        .authParameters(Map.of("USERNAME", "alice", "PREFERRED_CHALLENGE", "WEB_AUTHN")));
    String assertion = passkey.authenticate(challenge.challengeParameters().get("CREDENTIAL_REQUEST_OPTIONS"));
    AuthenticationResultType tokens = cognito.respondToAuthChallenge(r -> r.clientId(pool.clientId())
        .challengeName(ChallengeNameType.WEB_AUTHN).session(challenge.session())
        .challengeResponses(Map.of("USERNAME", "alice", "CREDENTIAL", assertion))).authenticationResult();
    cognito.setRiskConfiguration(r -> r.userPoolId(pool.poolId()).compromisedCredentialsRiskConfiguration(
        c -> c.actions(a -> a.eventAction(CompromisedCredentialsEventActionType.BLOCK))));
    fake.threats().compromisedPasswords(List.of("Passw0rd!")); // or ipRisk("203.0.113.0/24", RiskLevel.HIGH)
    // endregion passkeys-and-risk
    // A password sign-in of alice is now refused with NotAuthorizedException.
    assertThatThrownBy(() -> cognito.initiateAuth(r -> r.clientId(pool.clientId()).authFlow(AuthFlowType.USER_AUTH)
        .authParameters(Map.of("USERNAME", "alice", "PREFERRED_CHALLENGE", "PASSWORD", "PASSWORD", "Passw0rd!"))))
        .isInstanceOf(NotAuthorizedException.class);
    assertThat(fake).token(tokens.idToken()).isIdToken().hasClaim("cognito:username", "alice");
  }

  @Test
  void oauth_code_with_pkce() throws Exception {
    FakeCognito fake = FakeCognito.create();
    String callback = "https://app.example.com/cb";
    // region oauth-code-pkce
    TestPool pool = fake.newPool(p -> {}, c -> c.allowedOAuthFlowsUserPoolClient(true).allowedOAuthScopes("openid")
        .allowedOAuthFlows(OAuthFlowType.CODE).callbackURLs(callback).supportedIdentityProviders("COGNITO"));
    pool.createUser("alice", "Passw0rd!");
    String verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"; // S256 challenge: E9Melhoa2Ow…tw-cM
    String query = "response_type=code&client_id=" + pool.clientId() + "&redirect_uri=" + encode(callback)
        + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256";
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build(); // follows no redirects
    String login = location(send(browser, fake.endpoint() + "/oauth2/authorize?" + query, null)); // /login?<query>
    String form = send(browser, fake.endpoint() + login, null).body();                             // the sign-in page
    String csrf = form.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
    String back = location(send(browser, fake.endpoint() + login, "username=alice&password=Passw0rd!&_csrf=" + csrf));
    String code = back.replaceAll(".*[?&]code=([^&]+).*", "$1"); // back is https://app.example.com/cb?code=…
    String tokens = send(browser, fake.endpoint() + "/oauth2/token", "grant_type=authorization_code&code=" + code
        + "&client_id=" + pool.clientId() + "&redirect_uri=" + encode(callback) + "&code_verifier=" + verifier).body();
    // endregion oauth-code-pkce
    assertThat(tokens).contains("\"id_token\"", "\"access_token\"", "\"refresh_token\"");
    fake.close();
  }

  @Test
  void federated_sign_in() throws Exception {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = fake.client();
    String callback = "https://app.example.com/cb";
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    String challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"; // BASE64URL(SHA-256(verifier))
    // region federation
    FakeOidcProvider idp = FakeOidcProvider.start(fake.clock()).user("42", Map.of("email", "dana@corp.example"));
    String poolId = cognito.createUserPool(r -> r.poolName("shop")).userPool().id();
    idp.register(cognito, poolId, "Corp", Map.of("email", "email")); // OIDC, its issuer on loopback
    String clientId = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("web")
        .allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows(OAuthFlowType.CODE).allowedOAuthScopes("openid")
        .callbackURLs(callback).supportedIdentityProviders("COGNITO", "Corp")).userPoolClient().clientId();
    idp.signInAs("42"); // as if user 42 signed in on the IdP's page
    String next = fake.endpoint() + "/oauth2/authorize?identity_provider=Corp&response_type=code&client_id=" + clientId
        + "&redirect_uri=" + encode(callback) + "&code_challenge_method=S256&code_challenge=" + challenge;
    while (!next.startsWith(callback)) { // to the IdP, back to /oauth2/idpresponse, then to the app with a code
      next = URI.create(next).resolve(location(send(browser, next, null))).toString();
    }
    String tokens = send(browser, fake.endpoint() + "/oauth2/token", "grant_type=authorization_code&client_id="
        + clientId + "&code=" + next.replaceAll(".*[?&]code=([^&]+).*", "$1") + "&redirect_uri=" + encode(callback)
        + "&code_verifier=" + verifier).body(); // tokens of user Corp_42, status EXTERNAL_PROVIDER
    // endregion federation
    assertThat(tokens).contains("\"id_token\"", "\"access_token\"", "\"refresh_token\"");
    AdminGetUserResponse dana = cognito.adminGetUser(r -> r.userPoolId(poolId).username("Corp_42"));
    assertThat(dana.userStatusAsString()).isEqualTo("EXTERNAL_PROVIDER");
    idp.close();
    fake.close();
  }

  /** A GET, or a form POST when {@code form} is not null, without following redirects. */
  private static HttpResponse<String> send(HttpClient http, String uri, String form) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri));
    if (form != null) {
      request.header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String location(HttpResponse<String> response) {
    return response.headers().firstValue("Location").orElseThrow();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
