package dev.fakecognito.http;

import static dev.fakecognito.assertions.FakeCognitoAssertions.assertThat;
import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.SignedJWT;
import dev.fakecognito.FakeCognito;
import dev.fakecognito.TestPool;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;

/** Which issuer tokens name once the fake is served over HTTP, and that both forms stay valid. */
class EndpointIssuerTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void served_fake_issues_tokens_for_the_served_issuer_whose_discovery_finds_their_keys() throws Exception {
    try (FakeCognito fake = FakeCognito.create()) {
      TestPool pool = fake.newPool().createUser("alice", "Passw0rd!");
      URI endpoint = fake.endpoint();

      String idToken = pool.srp().signIn("alice", "Passw0rd!").idToken();

      String issuer = endpoint + "/" + pool.poolId();
      assertThat(fake.issuer(pool.poolId())).isEqualTo(issuer);
      SignedJWT jwt = SignedJWT.parse(idToken);
      assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(issuer);
      Map<String, Object> discovery = JSONObjectUtils.parse(get(URI.create(issuer + "/.well-known/openid-configuration")));
      assertThat(discovery).containsEntry("issuer", issuer);
      JWKSet keys = JWKSet.parse(get(URI.create((String) discovery.get("jwks_uri"))));
      assertThat(jwt.verify(new RSASSAVerifier(keys.getKeyByKeyId(jwt.getHeader().getKeyID()).toRSAKey()))).isTrue();
    }
  }

  @Test
  void token_issued_before_the_endpoint_started_stays_valid() {
    try (FakeCognito fake = FakeCognito.create()) {
      TestPool pool = fake.newPool().createUser("alice", "Passw0rd!");
      String before = pool.srp().signIn("alice", "Passw0rd!").accessToken();

      fake.endpoint();

      assertThat(fake.client().getUser(r -> r.accessToken(before)).username()).isEqualTo("alice");
      assertThat(fake).token(before).isAccessToken().hasClaim("iss",
          "https://cognito-idp.us-east-1.amazonaws.com/" + pool.poolId());
      String after = pool.srp().signIn("alice", "Passw0rd!").accessToken();
      assertThat(fake.client().getUser(r -> r.accessToken(after)).username()).isEqualTo("alice");
    }
  }

  @Test
  void aws_issuer_setting_keeps_cognitos_issuer_and_serves_the_keys_on_loopback() throws Exception {
    try (FakeCognito fake = FakeCognito.builder().awsIssuer().build()) {
      TestPool pool = fake.newPool().createUser("alice", "Passw0rd!");
      URI endpoint = fake.endpoint();

      String idToken = pool.srp().signIn("alice", "Passw0rd!").idToken();

      String issuer = "https://cognito-idp.us-east-1.amazonaws.com/" + pool.poolId();
      assertThat(fake.issuer(pool.poolId())).isEqualTo(issuer);
      assertThat(fake).token(idToken).isIdToken().hasClaim("iss", issuer);
      Map<String, Object> discovery = JSONObjectUtils.parse(
          get(URI.create(endpoint + "/" + pool.poolId() + "/.well-known/openid-configuration")));
      assertThat(discovery)
          .containsEntry("issuer", issuer)
          .containsEntry("jwks_uri", endpoint + "/" + pool.poolId() + "/.well-known/jwks.json");
    }
  }

  @Test
  void token_of_another_fakes_endpoint_is_an_invalid_access_token() {
    try (FakeCognito fake = FakeCognito.create(); FakeCognito other = FakeCognito.create()) {
      fake.endpoint();
      other.endpoint();
      TestPool elsewhere = other.newPool().createUser("alice", "Passw0rd!");
      String token = elsewhere.srp().signIn("alice", "Passw0rd!").accessToken();

      assertCognitoError(() -> fake.client().getUser(r -> r.accessToken(token)),
          NotAuthorizedException.class, "Invalid Access Token");
    }
  }

  private static String get(URI uri) throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("GET %s", uri).isEqualTo(200);
    return response.body();
  }
}
