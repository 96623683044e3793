package dev.fakecognito.idp;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.JSONObjectUtils;
import dev.fakecognito.FakeCognito;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.IdentityProviderType;

/** The fake OIDC provider on its own: discovery, registration with a pool, client authentication. */
class FakeOidcProviderTest {

  private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Test
  void registering_fills_the_endpoints_from_its_discovery_document() throws Exception {
    try (FakeCognito fake = FakeCognito.create(); FakeOidcProvider idp = FakeOidcProvider.start(fake.clock())) {
      String poolId = fake.client().createUserPool(r -> r.poolName("idp")).userPool().id();

      IdentityProviderType provider = idp.register(fake.client(), poolId, "Corp", Map.of("email", "email"));

      assertThat(provider.providerType().toString()).isEqualTo("OIDC");
      assertThat(provider.providerDetails()).containsEntry("oidc_issuer", idp.issuer())
          .containsEntry("authorize_url", idp.issuer() + "/authorize")
          .containsEntry("token_url", idp.issuer() + "/token")
          .containsEntry("attributes_url", idp.issuer() + "/userinfo")
          .containsEntry("jwks_uri", idp.issuer() + "/jwks")
          .containsEntry("client_id", FakeOidcProvider.CLIENT_ID);
      assertThat(idp.requests("/.well-known/openid-configuration")).hasSize(1);
      Map<String, Object> discovery = JSONObjectUtils.parse(HTTP.send(HttpRequest.newBuilder(idp.discoveryUri())
          .build(), HttpResponse.BodyHandlers.ofString()).body());
      assertThat(discovery).containsEntry("issuer", idp.issuer());
    }
  }

  @Test
  void the_token_endpoint_refuses_a_wrong_secret_and_takes_basic_authentication() throws Exception {
    try (FakeOidcProvider idp = FakeOidcProvider.start()) {
      String wrong = Base64.getEncoder().encodeToString((FakeOidcProvider.CLIENT_ID + ":nope")
          .getBytes(StandardCharsets.UTF_8));
      String right = Base64.getEncoder().encodeToString((FakeOidcProvider.CLIENT_ID + ":" + idp.clientSecret())
          .getBytes(StandardCharsets.UTF_8));

      assertThat(token(idp, wrong).statusCode()).isEqualTo(401);
      HttpResponse<String> unknownCode = token(idp, right);
      assertThat(unknownCode.statusCode()).isEqualTo(400);
      assertThat(unknownCode.body()).contains("invalid_grant");
      assertThat(idp.requests("/token")).hasSize(2)
          .allSatisfy(request -> assertThat(request.parameters()).containsEntry("code", "made-up"));
    }
  }

  @Test
  void the_authorize_page_lists_the_users_and_a_preselected_user_goes_straight_back() throws Exception {
    try (FakeOidcProvider idp = FakeOidcProvider.start()) {
      idp.user("alice", Map.of("email", "alice@example.com")).user("bob", Map.of());
      String authorize = idp.issuer() + "/authorize?client_id=" + FakeOidcProvider.CLIENT_ID
          + "&redirect_uri=http%3A%2F%2F127.0.0.1%3A1%2Fback&response_type=code&state=s";

      String page = HTTP.send(HttpRequest.newBuilder(URI.create(authorize)).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      HttpResponse<String> unselected = HTTP.send(HttpRequest.newBuilder(URI.create(authorize)).build(),
          HttpResponse.BodyHandlers.ofString());
      idp.signInAs("bob");
      HttpResponse<String> preselected = HTTP.send(HttpRequest.newBuilder(URI.create(authorize)).build(),
          HttpResponse.BodyHandlers.ofString());

      assertThat(page).contains("value=\"alice\"", "value=\"bob\"");
      assertThat(unselected.statusCode()).isEqualTo(200);
      assertThat(preselected.statusCode()).isEqualTo(302);
      assertThat(preselected.headers().firstValue("Location").orElseThrow())
          .startsWith("http://127.0.0.1:1/back?code=").endsWith("&state=s");
    }
  }

  private static HttpResponse<String> token(FakeOidcProvider idp, String basic) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(idp.issuer() + "/token"))
        .header("Authorization", "Basic " + basic)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&code=made-up&redirect_uri=x"))
        .build(), HttpResponse.BodyHandlers.ofString());
  }
}
