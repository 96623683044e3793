package dev.fakecognito.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.fakecognito.FakeCognito;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.OAuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreTokenGenerationLambdaVersionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceServerScopeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TimeUnitsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/** The token endpoint's client_credentials grant, over real HTTP. */
class TokenEndpointTest {

  private static final FakeCognito FAKE = FakeCognito.create();
  private static final URI TOKEN = URI.create(FAKE.endpoint() + "/oauth2/token");
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String ARN = "arn:aws:lambda:us-east-1:123456789012:function:tokens";

  private final CognitoIdentityProviderClient cognito = FAKE.client();

  @AfterAll
  static void close() {
    FAKE.close();
  }

  /** A pool with resource server {@code api} (scopes read, write) and a machine-to-machine client. */
  private static UserPoolClientType m2mClient(CognitoIdentityProviderClient cognito, String poolId) {
    cognito.createResourceServer(r -> r.userPoolId(poolId).identifier("api").name("api").scopes(
        ResourceServerScopeType.builder().scopeName("read").scopeDescription("read").build(),
        ResourceServerScopeType.builder().scopeName("write").scopeDescription("write").build()));
    return cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("m2m").generateSecret(true)
        .accessTokenValidity(30).tokenValidityUnits(u -> u.accessToken(TimeUnitsType.MINUTES))
        .allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows(OAuthFlowType.CLIENT_CREDENTIALS)
        .allowedOAuthScopes("api/read", "api/write")).userPoolClient();
  }

  private UserPoolClientType m2mClient() {
    return m2mClient(cognito, cognito.createUserPool(r -> r.poolName("m2m")).userPool().id());
  }

  private static String basic(String clientId, String secret) {
    return "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> post(URI uri, String form, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String form, String... headers) throws Exception {
    return post(TOKEN, form, headers);
  }

  private static Map<String, Object> json(HttpResponse<String> response) throws Exception {
    return JSONObjectUtils.parse(response.body());
  }

  @Test
  void basic_authentication_gets_an_access_token_with_every_allowed_scope() throws Exception {
    UserPoolClientType client = m2mClient();

    HttpResponse<String> response = post("grant_type=client_credentials",
        "Authorization", basic(client.clientId(), client.clientSecret()));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    Map<String, Object> body = json(response);
    assertThat(body).containsEntry("token_type", "Bearer").containsEntry("expires_in", 1800L);
    JWTClaimsSet claims = SignedJWT.parse((String) body.get("access_token")).getJWTClaimsSet();
    assertThat(claims.getSubject()).isEqualTo(client.clientId());
    assertThat(claims.getStringClaim("client_id")).isEqualTo(client.clientId());
    assertThat(claims.getStringClaim("token_use")).isEqualTo("access");
    assertThat(claims.getStringClaim("scope")).isEqualTo("api/read api/write");
    assertThat(claims.getClaim("username")).isNull();
    assertThat(claims.getIssuer()).isEqualTo(FAKE.issuer(client.userPoolId()));
    assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isEqualTo(1_800_000L);
  }

  @Test
  void access_token_verifies_against_the_pools_jwks() throws Exception {
    UserPoolClientType client = m2mClient();
    String token = (String) json(post("grant_type=client_credentials",
        "Authorization", basic(client.clientId(), client.clientSecret()))).get("access_token");

    String jwks = HTTP.send(HttpRequest.newBuilder(URI.create(FAKE.issuer(client.userPoolId())
        + "/.well-known/jwks.json")).build(), HttpResponse.BodyHandlers.ofString()).body();

    SignedJWT jwt = SignedJWT.parse(token);
    assertThat(jwt.verify(new RSASSAVerifier(JWKSet.parse(jwks).getKeyByKeyId(jwt.getHeader().getKeyID())
        .toRSAKey()))).isTrue();
  }

  @Test
  void secret_in_the_form_and_a_requested_scope_are_accepted() throws Exception {
    UserPoolClientType client = m2mClient();

    HttpResponse<String> response = post("grant_type=client_credentials&client_id=" + client.clientId()
        + "&client_secret=" + client.clientSecret() + "&scope=api%2Fwrite");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(SignedJWT.parse((String) json(response).get("access_token")).getJWTClaimsSet()
        .getStringClaim("scope")).isEqualTo("api/write");
  }

  @Test
  void wrong_secret_gives_invalid_client() throws Exception {
    UserPoolClientType client = m2mClient();

    HttpResponse<String> basic = post("grant_type=client_credentials", "Authorization",
        basic(client.clientId(), "wrong"));
    HttpResponse<String> form = post("grant_type=client_credentials&client_id=" + client.clientId()
        + "&client_secret=wrong");

    assertThat(basic.statusCode()).isEqualTo(401);
    assertThat(json(basic)).isEqualTo(Map.of("error", "invalid_client"));
    assertThat(form.statusCode()).isEqualTo(400);
    assertThat(json(form)).isEqualTo(Map.of("error", "invalid_client"));
  }

  @Test
  void unknown_client_gives_invalid_client() throws Exception {
    HttpResponse<String> response = post("grant_type=client_credentials",
        "Authorization", basic("nosuchclient1234567890abcd", "secret"));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(json(response)).isEqualTo(Map.of("error", "invalid_client"));
  }

  @Test
  void client_without_the_flow_gives_unauthorized_client() throws Exception {
    String poolId = cognito.createUserPool(r -> r.poolName("plain")).userPool().id();
    UserPoolClientType client = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("plain")
        .generateSecret(true)).userPoolClient();

    HttpResponse<String> response = post("grant_type=client_credentials",
        "Authorization", basic(client.clientId(), client.clientSecret()));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response)).isEqualTo(Map.of("error", "unauthorized_client"));
  }

  @Test
  void scope_the_client_may_not_ask_for_gives_invalid_scope() throws Exception {
    UserPoolClientType client = m2mClient();

    HttpResponse<String> response = post("grant_type=client_credentials&scope=api%2Fadmin",
        "Authorization", basic(client.clientId(), client.clientSecret()));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response)).isEqualTo(Map.of("error", "invalid_scope"));
  }

  @Test
  void other_grant_types_give_unsupported_grant_type() throws Exception {
    UserPoolClientType client = m2mClient();

    HttpResponse<String> response = post("grant_type=password&username=a&password=b",
        "Authorization", basic(client.clientId(), client.clientSecret()));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response)).isEqualTo(Map.of("error", "unsupported_grant_type"));
  }

  @Test
  void missing_grant_type_or_credentials_gives_invalid_request() throws Exception {
    UserPoolClientType client = m2mClient();

    HttpResponse<String> noGrant = post("scope=api%2Fread", "Authorization",
        basic(client.clientId(), client.clientSecret()));
    HttpResponse<String> noClient = post("grant_type=client_credentials");

    assertThat(noGrant.statusCode()).isEqualTo(400);
    assertThat(json(noGrant)).isEqualTo(Map.of("error", "invalid_request"));
    assertThat(noClient.statusCode()).isEqualTo(400);
    assertThat(json(noClient)).isEqualTo(Map.of("error", "invalid_request"));
  }

  @Test
  void json_body_gives_invalid_request() throws Exception {
    UserPoolClientType client = m2mClient();

    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(TOKEN)
        .header("Content-Type", "application/json")
        .header("Authorization", basic(client.clientId(), client.clientSecret()))
        .POST(HttpRequest.BodyPublishers.ofString("{\"grant_type\":\"client_credentials\"}")).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response)).isEqualTo(Map.of("error", "invalid_request"));
  }

  @Test
  void discovery_lists_the_oauth_endpoints_once_the_pool_has_a_domain() throws Exception {
    UserPoolClientType client = m2mClient();
    URI discovery = URI.create(FAKE.issuer(client.userPoolId()) + "/.well-known/openid-configuration");
    String before = HTTP.send(HttpRequest.newBuilder(discovery).build(), HttpResponse.BodyHandlers.ofString()).body();

    cognito.createUserPoolDomain(r -> r.userPoolId(client.userPoolId()).domain("m2m-" + client.clientId()));
    Map<String, Object> after = JSONObjectUtils.parse(
        HTTP.send(HttpRequest.newBuilder(discovery).build(), HttpResponse.BodyHandlers.ofString()).body());

    assertThat(JSONObjectUtils.parse(before)).doesNotContainKey("token_endpoint");
    assertThat(JSONObjectUtils.parse(before)).doesNotContainKeys("authorization_endpoint", "userinfo_endpoint",
        "revocation_endpoint", "end_session_endpoint");
    String base = FAKE.endpoint().toString();
    assertThat(after).containsEntry("token_endpoint", TOKEN.toString())
        .containsEntry("authorization_endpoint", base + "/oauth2/authorize")
        .containsEntry("userinfo_endpoint", base + "/oauth2/userInfo")
        .containsEntry("revocation_endpoint", base + "/oauth2/revoke")
        .containsEntry("end_session_endpoint", base + "/logout");
    assertThat(after.keySet()).containsExactly("authorization_endpoint", "end_session_endpoint",
        "id_token_signing_alg_values_supported", "issuer", "jwks_uri", "response_types_supported",
        "revocation_endpoint", "scopes_supported", "subject_types_supported", "token_endpoint",
        "token_endpoint_auth_methods_supported", "userinfo_endpoint");
  }

  @Test
  void version_3_trigger_changes_the_token_and_versions_1_and_2_are_not_invoked() throws Exception {
    try (FakeCognito fake = FakeCognito.create()) {
      CognitoIdentityProviderClient local = fake.client();
      URI token = URI.create(fake.endpoint() + "/oauth2/token");
      fake.registerLambda(ARN, event -> {
        @SuppressWarnings("unchecked")
        Map<String, Object> response = (Map<String, Object>) event.get("response");
        response.put("claimsAndScopeOverrideDetails", Map.of("accessTokenGeneration", Map.of(
            "claimsToAddOrOverride", Map.of("tenant", "acme", "sub", "not-allowed"),
            "scopesToSuppress", List.of("api/write"))));
        return event;
      });
      String v3 = local.createUserPool(r -> r.poolName("v3").lambdaConfig(l -> l.preTokenGenerationConfig(c -> c
          .lambdaArn(ARN).lambdaVersion("V3_0")))).userPool().id();
      String v2 = local.createUserPool(r -> r.poolName("v2").lambdaConfig(l -> l.preTokenGenerationConfig(c -> c
          .lambdaArn(ARN).lambdaVersion(PreTokenGenerationLambdaVersionType.V2_0)))).userPool().id();
      UserPoolClientType client3 = m2mClient(local, v3);
      UserPoolClientType client2 = m2mClient(local, v2);

      JWTClaimsSet changed = SignedJWT.parse((String) json(post(token, "grant_type=client_credentials",
          "Authorization", basic(client3.clientId(), client3.clientSecret()))).get("access_token")).getJWTClaimsSet();
      JWTClaimsSet unchanged = SignedJWT.parse((String) json(post(token, "grant_type=client_credentials",
          "Authorization", basic(client2.clientId(), client2.clientSecret()))).get("access_token")).getJWTClaimsSet();

      assertThat(changed.getStringClaim("tenant")).isEqualTo("acme");
      assertThat(changed.getSubject()).isEqualTo(client3.clientId());
      assertThat(changed.getStringClaim("scope")).isEqualTo("api/read");
      assertThat(unchanged.getClaim("tenant")).isNull();
      assertThat(unchanged.getStringClaim("scope")).isEqualTo("api/read api/write");
      assertThat(fake.triggerInvocations()).singleElement().satisfies(call -> {
        assertThat(call.triggerSource()).isEqualTo("TokenGeneration_ClientCredentials");
        assertThat(call.event()).containsEntry("version", "3");
        assertThat(call.request()).containsEntry("scopes", List.of("api/read", "api/write"));
      });
    }
  }
}
