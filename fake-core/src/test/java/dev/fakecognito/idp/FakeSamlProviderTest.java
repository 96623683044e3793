package dev.fakecognito.idp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.internal.federation.saml.SamlResponseVerifier;
import dev.fakecognito.internal.federation.saml.SamlResponseVerifier.Expectations;
import dev.fakecognito.internal.federation.saml.SamlResponseVerifier.Failure;
import dev.fakecognito.internal.federation.saml.SamlResponseVerifier.Rejected;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.IdentityProviderType;

class FakeSamlProviderTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private static final String ACS = "http://127.0.0.1:9/saml2/idpresponse";
  private static final String AUDIENCE = "urn:amazon:cognito:sp:us-east-1_Provider1";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final FakeSamlProvider idp = FakeSamlProvider.start(Clock.fixed(NOW, ZoneOffset.UTC));

  @AfterEach
  void close() {
    idp.close();
  }

  private HttpResponse<String> get(String pathAndQuery) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(idp.baseUri().resolve(pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void the_metadata_url_serves_the_metadata() throws Exception {
    HttpResponse<String> metadata = get("/metadata");

    assertThat(metadata.statusCode()).isEqualTo(200);
    assertThat(metadata.headers().firstValue("Content-Type")).hasValue("application/samlmetadata+xml");
    assertThat(metadata.body()).isEqualTo(idp.metadata()).contains("entityID=\"" + idp.entityId() + "\"")
        .contains(idp.signingCertificate()).contains("Location=\"" + idp.baseUri() + "/sso\"");
    assertThat(idp.entityId()).isEqualTo(idp.metadataUrl().toString());
  }

  @Test
  void a_pool_reads_the_metadata_through_its_url() {
    try (FakeCognito fake = FakeCognito.create()) {
      CognitoIdentityProviderClient cognito = fake.client();
      String poolId = cognito.createUserPool(r -> r.poolName("saml")).userPool().id();

      IdentityProviderType provider = cognito.createIdentityProvider(r -> r.userPoolId(poolId).providerName("Corp")
          .providerType("SAML").providerDetails(Map.of("MetadataURL", idp.metadataUrl().toString())))
          .identityProvider();

      assertThat(provider.providerDetails()).containsEntry("SSORedirectBindingURI", idp.baseUri() + "/sso")
          .containsEntry("SLORedirectBindingURI", idp.baseUri() + "/slo");
    }
  }

  @Test
  void every_provider_signs_with_the_same_key() {
    try (FakeSamlProvider other = FakeSamlProvider.start()) {
      assertThat(other.signingCertificate()).isEqualTo(idp.signingCertificate());
      assertThat(other.entityId()).isNotEqualTo(idp.entityId());
    }
  }

  @Test
  void the_entity_id_can_be_chosen() {
    try (FakeSamlProvider named = FakeSamlProvider.builder().entityId("urn:example:idp").build()) {
      assertThat(named.entityId()).isEqualTo("urn:example:idp");
      assertThat(named.metadata()).contains("entityID=\"urn:example:idp\"");
    }
  }

  @Test
  void without_users_the_idp_cannot_answer() throws Exception {
    assertThatThrownBy(() -> idp.samlResponse(ACS, AUDIENCE, null)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("addUser");
    assertThat(get("/initiate?acs=" + ACS + "&audience=" + AUDIENCE).statusCode()).isEqualTo(400);
  }

  @Test
  void with_several_users_the_chosen_one_signs_in() throws Rejected {
    idp.addUser(SamlUser.of("alice")).addUser(SamlUser.of("bob"));

    assertThatThrownBy(() -> idp.samlResponse(ACS, AUDIENCE, null)).hasMessageContaining("signInAs");
    idp.signInAs("bob");
    assertThat(verify(idp.samlResponse(ACS, AUDIENCE, null)).nameId()).isEqualTo("bob");
    assertThatThrownBy(() -> idp.signInAs("carol")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void idp_initiated_sign_in_posts_to_the_acs_with_the_relay_state() throws Exception {
    idp.addUser(SamlUser.of("alice").withNameIdFormat(SamlUser.EMAIL_FORMAT));

    HttpResponse<String> page = get(idp.idpInitiatedUrl(ACS, AUDIENCE, "client_id=abc&response_type=code")
        .toString().substring(idp.baseUri().toString().length()));

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<form method=\"post\" name=\"samlForm\" action=\"" + ACS + "\">")
        .contains("name=\"RelayState\" value=\"client_id=abc&amp;response_type=code\"")
        .contains("document.forms[0].submit()");
    String response = page.body().replaceAll("(?s).*name=\"SAMLResponse\" value=\"([^\"]+)\".*", "$1");
    SamlResponseVerifier.VerifiedAssertion assertion = verify(response);
    assertThat(assertion.nameIdFormat()).isEqualTo(SamlUser.EMAIL_FORMAT);
    assertThat(idp.idpInitiatedPage(ACS, AUDIENCE, null)).doesNotContain("RelayState");
  }

  @Test
  void encrypted_assertions_decrypt_with_the_key_of_the_certificate() throws Rejected {
    idp.addUser(SamlUser.of("alice").withAttribute("email", "alice@example.com"));
    // The IdP's own certificate stands in for the pool's: the test holds its private key.
    idp.encryptAssertionsFor(idp.signingCertificate());

    String response = idp.samlResponse(ACS, AUDIENCE, null);
    Expectations expected = new Expectations(AUDIENCE, ACS, idp.entityId(), List.of(idp.signingCertificate()), null,
        IdpKey.get().keys.getPrivate(), true);

    assertThat(new String(Base64.getDecoder().decode(response), StandardCharsets.UTF_8))
        .contains("EncryptedAssertion").doesNotContain("alice@example.com");
    assertThat(SamlResponseVerifier.verify(response, expected, NOW).attributes())
        .containsEntry("email", List.of("alice@example.com"));
    Expectations withoutKey = new Expectations(AUDIENCE, ACS, idp.entityId(), List.of(idp.signingCertificate()),
        null, null, false);
    assertThatThrownBy(() -> SamlResponseVerifier.verify(response, withoutKey, NOW))
        .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.failure()).isEqualTo(Failure.DECRYPTION));
  }

  @Test
  void a_response_encrypted_and_signed_on_the_response_verifies() throws Rejected {
    idp.addUser(SamlUser.of("alice")).sign(FakeSamlProvider.SignedElement.RESPONSE)
        .encryptAssertionsFor(idp.signingCertificate());
    Expectations expected = new Expectations(AUDIENCE, ACS, idp.entityId(), List.of(idp.signingCertificate()), null,
        IdpKey.get().keys.getPrivate(), false);

    assertThat(SamlResponseVerifier.verify(idp.samlResponse(ACS, AUDIENCE, null), expected, NOW).nameId())
        .isEqualTo("alice");
  }

  @Test
  void a_request_that_is_not_saml_gets_400() throws Exception {
    assertThat(get("/sso?SAMLRequest=" + URLDecoder.decode("%21%21", StandardCharsets.UTF_8)).statusCode())
        .isEqualTo(400);
    assertThat(get("/nothing").statusCode()).isEqualTo(404);
    assertThat(idp.authnRequests()).isEmpty();
    assertThatThrownBy(idp::lastAuthnRequest).isInstanceOf(IllegalStateException.class);
  }

  private SamlResponseVerifier.VerifiedAssertion verify(String response) throws Rejected {
    return SamlResponseVerifier.verify(response, new Expectations(AUDIENCE, ACS, idp.entityId(),
        List.of(idp.signingCertificate()), null, null, false), NOW);
  }
}
