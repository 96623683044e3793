package dev.fakecognito.http;

import static dev.fakecognito.http.HostedBrowser.CALLBACK;
import static dev.fakecognito.http.HostedBrowser.PASSWORD;
import static dev.fakecognito.http.HostedBrowser.encode;
import static dev.fakecognito.http.HostedBrowser.location;
import static dev.fakecognito.http.HostedBrowser.parameters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.fakecognito.FakeCognito;
import dev.fakecognito.http.HostedBrowser.Setup;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.FeatureType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;

/** {@code POST /oauth2/token} with the authorization_code and refresh_token grants. */
class AuthorizationCodeGrantTest {

  private static final FakeCognito FAKE = FakeCognito.create();
  private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

  private final Setup setup = HostedBrowser.setup(FAKE, false);
  private final HostedBrowser browser = new HostedBrowser(FAKE);

  @AfterAll
  static void close() {
    FAKE.close();
  }

  static String challenge(String verifier) throws Exception {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
  }

  private String code(Setup on, String... extra) throws Exception {
    // A fresh browser each time: a session cookie would skip the sign-in page.
    return parameters(location(new HostedBrowser(FAKE).signIn(on.query(extra), "alice", PASSWORD))).get("code");
  }

  private HttpResponse<String> redeem(String form, String... headers) throws Exception {
    return browser.post("/oauth2/token", form, headers);
  }

  private HttpResponse<String> redeem(Setup on, String code, String extra) throws Exception {
    return redeem("grant_type=authorization_code&client_id=" + on.clientId() + "&code=" + code + "&redirect_uri="
        + encode(CALLBACK) + extra);
  }

  private static Map<String, Object> json(HttpResponse<String> response) throws Exception {
    return JSONObjectUtils.parse(response.body());
  }

  private static JWTClaimsSet claims(Object token) throws Exception {
    return SignedJWT.parse((String) token).getJWTClaimsSet();
  }

  @Test
  void code_with_pkce_redeems_to_tokens_with_the_granted_scopes_and_the_nonce() throws Exception {
    String code = code(setup, "scope=openid email", "nonce=n-42", "code_challenge=" + challenge(VERIFIER),
        "code_challenge_method=S256");

    HttpResponse<String> response = redeem(setup, code, "&code_verifier=" + VERIFIER);

    assertThat(response.statusCode()).isEqualTo(200);
    Map<String, Object> body = json(response);
    assertThat(body).containsKeys("id_token", "access_token", "refresh_token")
        .containsEntry("token_type", "Bearer").containsEntry("expires_in", 3600L);
    JWTClaimsSet access = claims(body.get("access_token"));
    JWTClaimsSet id = claims(body.get("id_token"));
    assertThat(access.getStringClaim("scope")).isEqualTo("openid email");
    assertThat(access.getStringClaim("username")).isEqualTo("alice");
    assertThat(id.getStringClaim("nonce")).isEqualTo("n-42");
    assertThat(id.getStringClaim("at_hash")).isNotBlank();
    assertThat(id.getAudience()).containsExactly(setup.clientId());
    assertThat(id.getStringClaim("email")).isEqualTo("alice@example.com");
    assertThat(id.getStringClaim("origin_jti")).isEqualTo(access.getStringClaim("origin_jti"));
    assertThat(id.getLongClaim("auth_time")).isEqualTo(access.getLongClaim("auth_time"));
    assertThat(access.getIssuer()).isEqualTo(FAKE.issuer(setup.poolId()));
  }

  @Test
  void without_openid_there_is_no_id_token() throws Exception {
    String code = code(setup, "scope=aws.cognito.signin.user.admin");

    Map<String, Object> body = json(redeem(setup, code, ""));

    assertThat(body).containsKeys("access_token", "refresh_token").doesNotContainKey("id_token");
  }

  @Test
  void access_token_calls_the_api_only_with_the_admin_scope() throws Exception {
    String withAdmin = (String) json(redeem(setup, code(setup), "")).get("access_token");
    String withoutAdmin = (String) json(redeem(setup, code(setup, "scope=openid"), "")).get("access_token");

    assertThat(FAKE.client().getUser(r -> r.accessToken(withAdmin)).username()).isEqualTo("alice");
    NotAuthorizedException e = catchThrowableOfType(NotAuthorizedException.class,
        () -> FAKE.client().getUser(r -> r.accessToken(withoutAdmin)));
    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Access Token does not have required scopes");
  }

  @Test
  void code_is_single_use() throws Exception {
    String code = code(setup);
    assertThat(redeem(setup, code, "").statusCode()).isEqualTo(200);

    HttpResponse<String> again = redeem(setup, code, "");

    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(json(again)).isEqualTo(Map.of("error", "invalid_grant"));
  }

  @Test
  void code_expires_after_five_minutes_on_the_fakes_clock() throws Exception {
    try (FakeCognito fake = FakeCognito.create()) {
      Setup local = HostedBrowser.setup(fake, false);
      HostedBrowser own = new HostedBrowser(fake);
      String code = parameters(location(own.signIn(local.query(), "alice", PASSWORD))).get("code");

      fake.clock().advance(Duration.ofMinutes(5));

      HttpResponse<String> response = own.post("/oauth2/token", "grant_type=authorization_code&client_id="
          + local.clientId() + "&code=" + code + "&redirect_uri=" + encode(CALLBACK));
      assertThat(json(response)).isEqualTo(Map.of("error", "invalid_grant"));
    }
  }

  @Test
  void wrong_code_verifier_is_invalid_grant() throws Exception {
    String code = code(setup, "code_challenge=" + challenge(VERIFIER), "code_challenge_method=S256");

    assertThat(json(redeem(setup, code, "&code_verifier=" + VERIFIER + "x")))
        .isEqualTo(Map.of("error", "invalid_grant"));
  }

  @Test
  void missing_code_verifier_is_invalid_grant() throws Exception {
    String code = code(setup, "code_challenge=" + challenge(VERIFIER), "code_challenge_method=S256");

    assertThat(json(redeem(setup, code, ""))).isEqualTo(Map.of("error", "invalid_grant"));
  }

  @Test
  void other_redirect_uri_is_invalid_grant() throws Exception {
    String code = code(setup);

    HttpResponse<String> response = redeem("grant_type=authorization_code&client_id=" + setup.clientId() + "&code="
        + code + "&redirect_uri=" + encode(CALLBACK + "/other"));

    assertThat(json(response)).isEqualTo(Map.of("error", "invalid_grant"));
  }

  @Test
  void code_of_another_client_is_invalid_grant() throws Exception {
    Setup other = HostedBrowser.setup(FAKE, false);
    String code = code(setup);

    assertThat(json(redeem(other, code, ""))).isEqualTo(Map.of("error", "invalid_grant"));
  }

  @Test
  void missing_code_is_invalid_request() throws Exception {
    assertThat(json(redeem("grant_type=authorization_code&client_id=" + setup.clientId())))
        .isEqualTo(Map.of("error", "invalid_request"));
  }

  @Test
  void unknown_client_is_invalid_client() throws Exception {
    HttpResponse<String> response = redeem("grant_type=authorization_code&client_id=nope&code=x");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response)).isEqualTo(Map.of("error", "invalid_client"));
  }

  @Test
  void confidential_client_authenticates_with_basic() throws Exception {
    Setup confidential = HostedBrowser.setup(FAKE, true);
    String basic = "Basic " + Base64.getEncoder().encodeToString((confidential.clientId() + ":"
        + confidential.client().clientSecret()).getBytes(StandardCharsets.UTF_8));

    HttpResponse<String> response = redeem("grant_type=authorization_code&code=" + code(confidential)
        + "&redirect_uri=" + encode(CALLBACK), "Authorization", basic);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response)).containsKey("access_token");
  }

  @Test
  void confidential_client_without_its_secret_is_invalid_client() throws Exception {
    Setup confidential = HostedBrowser.setup(FAKE, true);

    HttpResponse<String> response = redeem(confidential, code(confidential), "");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response)).isEqualTo(Map.of("error", "invalid_client"));
  }

  @Test
  void wrong_basic_secret_is_invalid_client_with_401() throws Exception {
    Setup confidential = HostedBrowser.setup(FAKE, true);
    String basic = "Basic " + Base64.getEncoder().encodeToString((confidential.clientId() + ":wrong")
        .getBytes(StandardCharsets.UTF_8));

    HttpResponse<String> response = redeem("grant_type=authorization_code&code=" + code(confidential)
        + "&redirect_uri=" + encode(CALLBACK), "Authorization", basic);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(json(response)).isEqualTo(Map.of("error", "invalid_client"));
  }

  @Test
  void refresh_token_grant_issues_new_tokens_that_keep_the_scopes() throws Exception {
    Map<String, Object> first = json(redeem(setup, code(setup, "scope=openid profile"), ""));
    FAKE.clock().advance(Duration.ofSeconds(1));

    HttpResponse<String> response = redeem("grant_type=refresh_token&client_id=" + setup.clientId()
        + "&refresh_token=" + first.get("refresh_token"));

    assertThat(response.statusCode()).isEqualTo(200);
    Map<String, Object> body = json(response);
    assertThat(body).containsKeys("id_token", "access_token").doesNotContainKey("refresh_token");
    JWTClaimsSet access = claims(body.get("access_token"));
    assertThat(access.getStringClaim("scope")).isEqualTo("openid profile");
    assertThat(access.getStringClaim("origin_jti")).isEqualTo(claims(first.get("access_token"))
        .getStringClaim("origin_jti"));
    assertThat(claims(body.get("id_token")).getClaim("nonce")).isNull();
  }

  @Test
  void refresh_with_rotation_returns_a_new_refresh_token() throws Exception {
    Setup rotating = HostedBrowser.setup(FAKE, pool -> { },
        client -> client.refreshTokenRotation(t -> t.feature(FeatureType.ENABLED).retryGracePeriodSeconds(0)));
    String refresh = (String) json(redeem(rotating, code(rotating), "")).get("refresh_token");

    Map<String, Object> body = json(redeem("grant_type=refresh_token&client_id=" + rotating.clientId()
        + "&refresh_token=" + refresh));
    HttpResponse<String> reused = redeem("grant_type=refresh_token&client_id=" + rotating.clientId()
        + "&refresh_token=" + refresh);

    assertThat(body).containsKeys("access_token", "refresh_token");
    assertThat(body.get("refresh_token")).isNotEqualTo(refresh);
    assertThat(json(reused)).isEqualTo(Map.of("error", "invalid_grant"));
  }

  @Test
  void revoked_refresh_token_is_invalid_grant() throws Exception {
    String refresh = (String) json(redeem(setup, code(setup), "")).get("refresh_token");
    FAKE.client().revokeToken(r -> r.clientId(setup.clientId()).token(refresh));

    HttpResponse<String> response = redeem("grant_type=refresh_token&client_id=" + setup.clientId()
        + "&refresh_token=" + refresh);

    assertThat(json(response)).isEqualTo(Map.of("error", "invalid_grant"));
  }

  @Test
  void missing_refresh_token_is_invalid_request() throws Exception {
    assertThat(json(redeem("grant_type=refresh_token&client_id=" + setup.clientId())))
        .isEqualTo(Map.of("error", "invalid_request"));
  }
}
