package dev.fakecognito.contract;

import static dev.fakecognito.testing.Transport.clientFor;
import static dev.fakecognito.testing.Fixtures.PASSWORD;
import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.attribute;
import static dev.fakecognito.testing.Fixtures.client;
import static dev.fakecognito.testing.Fixtures.confirmedUser;
import static dev.fakecognito.testing.Fixtures.fake;
import static dev.fakecognito.testing.Fixtures.pool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jwt.SignedJWT;
import dev.fakecognito.FakeCognito;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeDataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TimeUnitsType;

class TokensTest {

  private final FakeCognito fake = fake();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);

  /* ---- Signatures and keys ---- */

  @Test
  void tokens_are_RS256_with_a_kid_and_no_typ() throws Exception {
    AuthenticationResultType tokens = signIn(pool(cognito), r -> {});

    for (String token : new String[] {tokens.idToken(), tokens.accessToken()}) {
      SignedJWT jwt = SignedJWT.parse(token);
      assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
      assertThat(jwt.getHeader().getKeyID()).isNotBlank();
      assertThat(jwt.getHeader().toJSONObject()).containsOnlyKeys("alg", "kid");
    }
  }

  @Test
  void id_and_access_tokens_verify_against_their_own_kid_in_the_jwks() throws Exception {
    String poolId = pool(cognito);
    AuthenticationResultType tokens = signIn(poolId, r -> {});
    JWKSet jwks = JWKSet.parse(fake.jwks(poolId));
    SignedJWT id = SignedJWT.parse(tokens.idToken());
    SignedJWT access = SignedJWT.parse(tokens.accessToken());

    assertThat(id.getHeader().getKeyID()).isNotEqualTo(access.getHeader().getKeyID());
    assertThat(id.verify(new RSASSAVerifier(jwks.getKeyByKeyId(id.getHeader().getKeyID()).toRSAKey()))).isTrue();
    assertThat(access.verify(new RSASSAVerifier(jwks.getKeyByKeyId(access.getHeader().getKeyID()).toRSAKey())))
        .isTrue();
  }

  @Test
  void jwks_has_two_public_rsa_signing_keys() throws Exception {
    String poolId = pool(cognito);

    JWKSet jwks = JWKSet.parse(fake.jwks(poolId));

    assertThat(jwks.getKeys()).hasSize(2).allSatisfy(key -> {
      assertThat(key.isPrivate()).isFalse();
      assertThat(key.getKeyType()).isEqualTo(KeyType.RSA);
      assertThat(key.getKeyUse()).isEqualTo(KeyUse.SIGNATURE);
      assertThat(key.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
      assertThat(key.toRSAKey().getPublicExponent().toString()).isEqualTo("AQAB");
      assertThat(key.getKeyID()).matches("[A-Za-z0-9+/]{43}=");
    });
    assertThat(fake.jwks(poolId)).doesNotContain("\"d\"", "\"p\"", "\"q\"");
  }

  @Test
  void kids_differ_between_pools() throws Exception {
    String first = pool(cognito);
    String second = pool(cognito);

    assertThat(JWKSet.parse(fake.jwks(first)).getKeys()).extracting(JWK::getKeyID)
        .doesNotContainAnyElementsOf(JWKSet.parse(fake.jwks(second)).getKeys().stream().map(JWK::getKeyID).toList());
  }

  @Test
  void pools_of_one_fake_have_different_keys() throws Exception {
    String first = pool(cognito);
    String second = pool(cognito);
    String third = pool(cognito);

    assertThat(java.util.stream.Stream.of(first, second, third).map(this::modulus))
        .doesNotHaveDuplicates();
  }

  @Test
  void tokens_of_one_pool_do_not_verify_against_another_pools_jwks() throws Exception {
    String poolA = pool(cognito);
    String poolB = pool(cognito);
    AuthenticationResultType tokensA = signIn(poolA, r -> {});
    JWKSet jwksB = JWKSet.parse(fake.jwks(poolB));

    for (String token : new String[] {tokensA.idToken(), tokensA.accessToken()}) {
      assertThatThrownBy(() -> processor(jwksB).process(token, null)).isInstanceOf(BadJOSEException.class);
      // Whatever the kid says: no key of the other pool verifies the signature.
      for (JWK key : jwksB.getKeys()) {
        assertThat(SignedJWT.parse(token).verify(new RSASSAVerifier(key.toRSAKey()))).isFalse();
      }
    }
  }

  @Test
  void tokens_of_each_pool_verify_against_their_own_jwks() throws Exception {
    String poolA = pool(cognito);
    String poolB = pool(cognito);
    AuthenticationResultType tokensA = signIn(poolA, r -> {});
    AuthenticationResultType tokensB = signIn(poolB, r -> {});

    assertThat(processor(JWKSet.parse(fake.jwks(poolA))).process(tokensA.accessToken(), null).getIssuer())
        .isEqualTo(fake.issuer(poolA));
    assertThat(processor(JWKSet.parse(fake.jwks(poolA))).process(tokensA.idToken(), null).getIssuer())
        .isEqualTo(fake.issuer(poolA));
    assertThat(processor(JWKSet.parse(fake.jwks(poolB))).process(tokensB.accessToken(), null).getIssuer())
        .isEqualTo(fake.issuer(poolB));
    assertThat(processor(JWKSet.parse(fake.jwks(poolB))).process(tokensB.idToken(), null).getIssuer())
        .isEqualTo(fake.issuer(poolB));
  }

  @Test
  void refresh_token_of_another_pool_throws_NotAuthorizedException() {
    String poolA = pool(cognito);
    String poolB = pool(cognito);
    String refreshA = signIn(poolA, r -> {}).refreshToken();
    String clientB = client(cognito, poolB, r -> {}).clientId();

    assertCognitoError(() -> cognito.initiateAuth(r -> r.clientId(clientB).authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
        .authParameters(Map.of("REFRESH_TOKEN", refreshA))),
        NotAuthorizedException.class, "Invalid Refresh Token.");
  }

  @Test
  void jwks_of_an_unknown_pool_throws_ResourceNotFoundException() {
    assertCognitoError(() -> fake.jwks("us-east-1_missing"),
        ResourceNotFoundException.class, "User pool us-east-1_missing does not exist.");
  }

  @Test
  void issuer_of_an_unknown_pool_throws_ResourceNotFoundException() {
    assertCognitoError(() -> fake.issuer("us-east-1_missing"),
        ResourceNotFoundException.class, "User pool us-east-1_missing does not exist.");
  }

  @Test
  void issuer_names_the_region_and_pool() throws Exception {
    FakeCognito frankfurt = FakeCognito.builder().region("eu-central-1").awsIssuer().build();
    CognitoIdentityProviderClient client = clientFor(frankfurt);
    String poolId = pool(client);
    String clientId = client(client, poolId).clientId();
    confirmedUser(client, poolId, "alice");

    AuthenticationResultType tokens = client.initiateAuth(r -> r.clientId(clientId)
        .authFlow(AuthFlowType.USER_PASSWORD_AUTH).authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD)))
        .authenticationResult();

    String issuer = "https://cognito-idp.eu-central-1.amazonaws.com/" + poolId;
    assertThat(frankfurt.issuer(poolId)).isEqualTo(issuer);
    assertThat(SignedJWT.parse(tokens.idToken()).getJWTClaimsSet().getIssuer()).isEqualTo(issuer);
    assertThat(SignedJWT.parse(tokens.accessToken()).getJWTClaimsSet().getIssuer()).isEqualTo(issuer);
  }

  /* ---- ID token ---- */

  @Test
  void id_token_carries_identity_attributes_and_times() throws Exception {
    String poolId = pool(cognito, r -> r.schema(s -> s.name("tier").attributeDataType(AttributeDataType.STRING),
        s -> s.name("score").attributeDataType(AttributeDataType.NUMBER)));
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"),
        attribute("email_verified", "true"), attribute("custom:tier", "gold"), attribute("custom:score", "42"));
    String sub = sub(poolId, "alice");
    Instant signedInAt = fake.clock().instant();

    Map<String, Object> id = payload(passwordAuth(clientId).idToken());

    assertThat(id)
        .containsEntry("sub", sub)
        .containsEntry("aud", clientId)
        .containsEntry("iss", fake.issuer(poolId))
        .containsEntry("token_use", "id")
        .containsEntry("cognito:username", "alice")
        .containsEntry("email", "alice@example.com")
        .containsEntry("email_verified", true)
        .containsEntry("custom:tier", "gold")
        .containsEntry("custom:score", "42")
        .containsEntry("auth_time", signedInAt.getEpochSecond())
        .containsEntry("iat", signedInAt.getEpochSecond())
        .containsEntry("exp", signedInAt.getEpochSecond() + 3600)
        .containsKeys("jti", "origin_jti", "event_id");
    assertThat(id.get("jti")).asString().matches("[0-9a-f-]{36}");
  }

  @Test
  void read_attributes_restrict_the_id_token_claims() throws Exception {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId, r -> r.readAttributes("email")).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"),
        attribute("email_verified", "true"), attribute("name", "Alice"));

    Map<String, Object> id = payload(passwordAuth(clientId).idToken());

    assertThat(id).containsEntry("email", "alice@example.com").containsKeys("sub", "cognito:username")
        .doesNotContainKeys("name", "email_verified");
  }

  /* ---- Access token ---- */

  @Test
  void access_token_carries_client_scope_and_username() throws Exception {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"));
    Instant signedInAt = fake.clock().instant();

    Map<String, Object> access = payload(passwordAuth(clientId).accessToken());

    assertThat(access)
        .containsEntry("sub", sub(poolId, "alice"))
        .containsEntry("iss", fake.issuer(poolId))
        .containsEntry("client_id", clientId)
        .containsEntry("token_use", "access")
        .containsEntry("scope", "aws.cognito.signin.user.admin")
        .containsEntry("username", "alice")
        .containsEntry("version", 2L)
        .containsEntry("auth_time", signedInAt.getEpochSecond())
        .containsEntry("iat", signedInAt.getEpochSecond())
        .containsEntry("exp", signedInAt.getEpochSecond() + 3600)
        .containsKeys("jti", "origin_jti", "event_id")
        .doesNotContainKeys("aud", "email");
  }

  @Test
  void tokens_of_one_sign_in_share_origin_jti_and_event_id_but_not_jti() throws Exception {
    AuthenticationResultType tokens = signIn(pool(cognito), r -> {});

    Map<String, Object> id = payload(tokens.idToken());
    Map<String, Object> access = payload(tokens.accessToken());

    assertThat(id.get("origin_jti")).isEqualTo(access.get("origin_jti"));
    assertThat(id.get("event_id")).isEqualTo(access.get("event_id"));
    assertThat(id.get("jti")).isNotEqualTo(access.get("jti"));
  }

  @Test
  void custom_validity_sets_ExpiresIn_and_exp() throws Exception {
    AuthenticationResultType tokens = signIn(pool(cognito), r -> r.accessTokenValidity(5).idTokenValidity(10)
        .tokenValidityUnits(u -> u.accessToken(TimeUnitsType.MINUTES).idToken(TimeUnitsType.MINUTES)));

    Map<String, Object> access = payload(tokens.accessToken());
    Map<String, Object> id = payload(tokens.idToken());

    assertThat(tokens.expiresIn()).isEqualTo(300);
    assertThat((Long) access.get("exp") - (Long) access.get("iat")).isEqualTo(300);
    assertThat((Long) id.get("exp") - (Long) id.get("iat")).isEqualTo(600);
  }

  /* ---- Refresh token ---- */

  @Test
  void refresh_token_is_an_RSA_OAEP_A256GCM_JWE() throws Exception {
    String refreshToken = signIn(pool(cognito), r -> {}).refreshToken();

    JWEObject jwe = JWEObject.parse(refreshToken);

    assertThat(refreshToken.split("\\.", -1)).hasSize(5);
    assertThat(jwe.getHeader().toJSONObject())
        .containsOnly(Map.entry("alg", "RSA-OAEP"), Map.entry("enc", "A256GCM"), Map.entry("cty", "JWT"));
  }

  /* ---- Helpers ---- */

  private AuthenticationResultType signIn(String poolId, Consumer<CreateUserPoolClientRequest.Builder> settings) {
    String clientId = client(cognito, poolId, settings).clientId();
    confirmedUser(cognito, poolId, "alice");
    return passwordAuth(clientId);
  }

  private AuthenticationResultType passwordAuth(String clientId) {
    return cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD))).authenticationResult();
  }

  private String sub(String poolId, String username) {
    return cognito.adminGetUser(r -> r.userPoolId(poolId).username(username)).userAttributes().stream()
        .filter(a -> a.name().equals("sub")).findFirst().orElseThrow().value();
  }

  /** A verifier as a resource server would configure it: RS256, keys by kid from the JWKS. */
  private static DefaultJWTProcessor<SecurityContext> processor(JWKSet jwks) {
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(jwks)));
    return processor;
  }

  private java.math.BigInteger modulus(String poolId) {
    try {
      return JWKSet.parse(fake.jwks(poolId)).getKeys().get(0).toRSAKey().getModulus().decodeToBigInteger();
    } catch (java.text.ParseException e) {
      throw new AssertionError(e);
    }
  }

  /** The payload as JSON types, to see strings, numbers and booleans as a verifier sees them. */
  private static Map<String, Object> payload(String token) throws Exception {
    return SignedJWT.parse(token).getPayload().toJSONObject();
  }
}
