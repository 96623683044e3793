package dev.fakecognito.samples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.TestPool;
import dev.fakecognito.samples.spring.ApiController.Me;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * Calls the API over HTTP with access tokens of a fake user pool. Spring reads the pool's OpenID
 * configuration and keys from the fake's endpoint, as it would from Cognito, and the app's {@link
 * Clock} is the fake's, so a token expires when the test moves that clock.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ResourceServerApplicationTest {

  static final String PASSWORD = "Passw0rd!";
  static final FakeCognito fake = FakeCognito.create();
  static final TestPool pool = fake.newPool().createUser("alice", PASSWORD).createUser("root", PASSWORD);

  @DynamicPropertySource
  static void cognito(DynamicPropertyRegistry registry) {
    fake.endpoint(); // serves the pool's discovery document and keys; tokens name it as their issuer
    registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> fake.issuer(pool.poolId()));
  }

  @TestBean
  Clock clock;

  static Clock clock() {
    return fake.clock();
  }

  @Autowired
  TestRestTemplate http;

  @BeforeAll
  static void admins() {
    pool.client().createGroup(r -> r.userPoolId(pool.poolId()).groupName("admins"));
    pool.client().adminAddUserToGroup(r -> r.userPoolId(pool.poolId()).groupName("admins").username("root"));
  }

  @AfterAll
  static void close() {
    fake.close();
  }

  @Test
  void answers_with_the_token_of_a_user() {
    ResponseEntity<Me> response = http.exchange(get("/api/me", signIn(pool, "alice")), Me.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).isEqualTo(new Me("alice", sub("alice")));
  }

  @Test
  void rejects_an_expired_token() {
    String token = signIn(pool, "alice");
    // Past the hour an access token lasts and the minute of clock skew Spring allows.
    fake.clock().advance(Duration.ofMinutes(62));

    ResponseEntity<String> response = http.exchange(get("/api/me", token), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).contains("Jwt expired");
  }

  @Test
  void rejects_a_token_of_another_pool() {
    TestPool other = fake.newPool().createUser("alice", PASSWORD);

    ResponseEntity<String> response = http.exchange(get("/api/me", signIn(other, "alice")), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void admin_endpoints_need_the_admins_group() {
    ResponseEntity<String> admin = http.exchange(get("/api/admin/groups", signIn(pool, "root")), String.class);
    ResponseEntity<String> user = http.exchange(get("/api/admin/groups", signIn(pool, "alice")), String.class);

    assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(admin.getBody()).isEqualTo("[\"admins\"]");
    assertThat(user.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  static String signIn(TestPool pool, String username) {
    return pool.srp().signIn(username, PASSWORD).accessToken();
  }

  static String sub(String username) {
    return pool.client().adminGetUser(r -> r.userPoolId(pool.poolId()).username(username)).userAttributes().stream()
        .filter(attribute -> attribute.name().equals("sub")).findFirst().orElseThrow().value();
  }

  static RequestEntity<Void> get(String path, String accessToken) {
    return RequestEntity.get(path).headers(headers -> headers.setBearerAuth(accessToken)).build();
  }
}
