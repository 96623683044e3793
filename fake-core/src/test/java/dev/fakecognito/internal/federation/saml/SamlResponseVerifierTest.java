package dev.fakecognito.internal.federation.saml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecognito.idp.FakeSamlProvider;
import dev.fakecognito.idp.FakeSamlProvider.SignedElement;
import dev.fakecognito.idp.SamlUser;
import dev.fakecognito.internal.federation.saml.SamlResponseVerifier.Expectations;
import dev.fakecognito.internal.federation.saml.SamlResponseVerifier.Failure;
import dev.fakecognito.internal.federation.saml.SamlResponseVerifier.Rejected;
import dev.fakecognito.internal.federation.saml.SamlResponseVerifier.VerifiedAssertion;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SamlResponseVerifierTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private static final String ACS = "http://127.0.0.1:9/saml2/idpresponse";
  private static final String AUDIENCE = "urn:amazon:cognito:sp:us-east-1_Verifier1";
  private static final String REQUEST_ID = "_request1";

  private final FakeSamlProvider idp = FakeSamlProvider.start(Clock.fixed(NOW, ZoneOffset.UTC))
      .addUser(SamlUser.of("alice@example.com").withAttribute("email", "alice@example.com")
          .withAttribute("groups", "admins", "staff"));

  @AfterEach
  void close() {
    idp.close();
  }

  private Expectations expected(@Nullable String inResponseTo) {
    return new Expectations(AUDIENCE, ACS, idp.entityId(), List.of(idp.signingCertificate()), inResponseTo, null,
        false);
  }

  private VerifiedAssertion verify(String response, @Nullable String inResponseTo, Instant at) throws Rejected {
    return SamlResponseVerifier.verify(response, expected(inResponseTo), at);
  }

  private Failure failureOf(String response, @Nullable String inResponseTo, Instant at) {
    try {
      verify(response, inResponseTo, at);
    } catch (Rejected e) {
      return e.failure();
    }
    throw new AssertionError("the response was accepted");
  }

  private static String base64(String xml) {
    return Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_8));
  }

  private static String xml(String base64) {
    return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
  }

  /* ---- Accepted ---- */

  @Test
  void a_signed_answer_to_the_request_gives_the_name_id_and_attributes() throws Rejected {
    VerifiedAssertion assertion = verify(idp.samlResponse(ACS, AUDIENCE, REQUEST_ID), REQUEST_ID, NOW);

    assertThat(assertion.nameId()).isEqualTo("alice@example.com");
    assertThat(assertion.nameIdFormat()).isEqualTo(SamlUser.PERSISTENT_FORMAT);
    assertThat(assertion.attributes()).containsEntry("email", List.of("alice@example.com"))
        .containsEntry("groups", List.of("admins", "staff"));
    assertThat(assertion.assertionId()).startsWith("_");
    assertThat(assertion.sessionIndex()).isNotBlank();
    assertThat(assertion.validUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
  }

  @Test
  void multi_valued_attributes_join_into_one_bracketed_string() throws Rejected {
    Map<String, String> joined = verify(idp.samlResponse(ACS, AUDIENCE, REQUEST_ID), REQUEST_ID, NOW)
        .joinedAttributes();

    assertThat(joined).containsEntry("email", "alice@example.com").containsEntry("groups", "[admins, staff]");
  }

  @Test
  void a_response_signed_only_on_the_response_is_accepted() throws Rejected {
    idp.sign(SignedElement.RESPONSE);

    assertThat(verify(idp.samlResponse(ACS, AUDIENCE, REQUEST_ID), REQUEST_ID, NOW).nameId())
        .isEqualTo("alice@example.com");
  }

  @Test
  void a_response_signed_on_both_elements_is_accepted() throws Rejected {
    idp.sign(SignedElement.BOTH);

    assertThat(verify(idp.samlResponse(ACS, AUDIENCE, REQUEST_ID), REQUEST_ID, NOW).nameId())
        .isEqualTo("alice@example.com");
  }

  @Test
  void an_unsolicited_response_is_accepted_for_idp_initiated_sign_in() throws Rejected {
    assertThat(verify(idp.samlResponse(ACS, AUDIENCE, null), null, NOW).nameId()).isEqualTo("alice@example.com");
  }

  @Test
  void one_minute_of_clock_skew_is_allowed_after_expiry() throws Rejected {
    String response = idp.samlResponse(ACS, AUDIENCE, REQUEST_ID);

    assertThat(verify(response, REQUEST_ID, NOW.plus(Duration.ofSeconds(5 * 60 + 59))).nameId())
        .isEqualTo("alice@example.com");
    assertThat(failureOf(response, REQUEST_ID, NOW.plus(Duration.ofMinutes(6)))).isEqualTo(Failure.EXPIRED);
  }

  /* ---- Refused ---- */

  @ParameterizedTest
  @CsvSource({
      "BAD_SIGNATURE, BAD_SIGNATURE",
      "UNSIGNED, UNSIGNED",
      "UNKNOWN_KEY, BAD_SIGNATURE",
      "WRONG_AUDIENCE, AUDIENCE",
      "EXPIRED, EXPIRED",
      "NOT_YET_VALID, NOT_YET_VALID",
      "WRONG_IN_RESPONSE_TO, IN_RESPONSE_TO",
      "WRONG_ISSUER, RESPONSE_ISSUER",
      "WRONG_RECIPIENT, DESTINATION",
      "STATUS_FAILURE, STATUS",
      "SIGNATURE_WRAPPING, BAD_SIGNATURE"})
  void a_misbehaving_idp_is_refused(FakeSamlProvider.Failure idpFailure, Failure failure) {
    idp.failWith(idpFailure);

    assertThat(failureOf(idp.samlResponse(ACS, AUDIENCE, REQUEST_ID), REQUEST_ID, NOW)).isEqualTo(failure);
  }

  @ParameterizedTest
  @CsvSource({"BAD_SIGNATURE", "UNKNOWN_KEY"})
  void a_bad_response_signature_is_refused(FakeSamlProvider.Failure idpFailure) {
    idp.sign(SignedElement.RESPONSE).failWith(idpFailure);

    assertThat(failureOf(idp.samlResponse(ACS, AUDIENCE, REQUEST_ID), REQUEST_ID, NOW))
        .isEqualTo(Failure.BAD_SIGNATURE);
  }

  @Test
  void an_answer_to_a_request_is_refused_for_idp_initiated_sign_in() {
    assertThat(failureOf(idp.samlResponse(ACS, AUDIENCE, REQUEST_ID), null, NOW))
        .isEqualTo(Failure.UNSOLICITED_IN_RESPONSE_TO);
  }

  @Test
  void an_unsolicited_response_is_refused_for_sp_initiated_sign_in() {
    assertThat(failureOf(idp.samlResponse(ACS, AUDIENCE, null), REQUEST_ID, NOW)).isEqualTo(Failure.IN_RESPONSE_TO);
  }

  @Test
  void an_unsolicited_assertion_older_than_six_minutes_is_refused() {
    try (FakeSamlProvider longLived = FakeSamlProvider.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .assertionLifetime(Duration.ofHours(1)).build()) {
      longLived.addUser(SamlUser.of("bob"));
      Expectations expected = new Expectations(AUDIENCE, ACS, longLived.entityId(),
          List.of(longLived.signingCertificate()), null, null, false);
      String response = longLived.samlResponse(ACS, AUDIENCE, null);

      assertThatThrownBy(() -> SamlResponseVerifier.verify(response, expected, NOW.plus(Duration.ofMinutes(7))))
          .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.failure()).isEqualTo(Failure.STALE));
    }
  }

  @Test
  void a_response_the_metadata_certificates_do_not_sign_is_refused() {
    Expectations expected = new Expectations(AUDIENCE, ACS, idp.entityId(), List.of(), REQUEST_ID, null, false);

    assertThatThrownBy(() -> SamlResponseVerifier.verify(idp.samlResponse(ACS, AUDIENCE, REQUEST_ID), expected, NOW))
        .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.failure()).isEqualTo(Failure.BAD_SIGNATURE));
  }

  @Test
  void a_plain_assertion_is_refused_when_encryption_is_required() {
    Expectations expected = new Expectations(AUDIENCE, ACS, idp.entityId(), List.of(idp.signingCertificate()),
        REQUEST_ID, null, true);

    assertThatThrownBy(() -> SamlResponseVerifier.verify(idp.samlResponse(ACS, AUDIENCE, REQUEST_ID), expected, NOW))
        .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.failure()).isEqualTo(Failure.NOT_ENCRYPTED));
  }

  @Test
  void another_recipient_in_the_subject_confirmation_is_refused() {
    String response = xml(idp.samlResponse("http://127.0.0.1:9/other", AUDIENCE, REQUEST_ID));
    // The Response itself is not signed, so its Destination can go and the Recipient is what fails.
    String withoutDestination = response.replaceFirst(" Destination=\"[^\"]+\"", "");

    assertThat(failureOf(base64(withoutDestination), REQUEST_ID, NOW)).isEqualTo(Failure.RECIPIENT);
  }

  @Test
  void a_response_with_line_breaks_in_its_base64_is_accepted() throws Rejected {
    String wrapped = idp.samlResponse(ACS, AUDIENCE, REQUEST_ID).replaceAll("(.{76})", "$1\r\n");

    assertThat(verify(wrapped, REQUEST_ID, NOW).nameId()).isEqualTo("alice@example.com");
  }

  @Test
  void a_response_that_is_not_base64_is_refused() {
    assertThat(failureOf("not base64 at all!", REQUEST_ID, NOW)).isEqualTo(Failure.NOT_BASE64);
  }

  @Test
  void a_response_longer_than_100000_characters_is_refused() {
    assertThat(failureOf("A".repeat(100_004), REQUEST_ID, NOW)).isEqualTo(Failure.TOO_LONG);
  }

  @Test
  void a_document_type_declaration_is_refused_before_any_entity_is_read() {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
        + "<samlp:Response xmlns:samlp=\"" + SamlXml.PROTOCOL + "\" ID=\"_r\" Version=\"2.0\">&e;</samlp:Response>";

    assertThat(failureOf(base64(xxe), REQUEST_ID, NOW)).isEqualTo(Failure.NOT_XML);
  }

  @Test
  void an_element_that_is_not_a_response_is_refused() {
    String request = AuthnRequests.create("us-east-1_Verifier1", "http://idp", ACS, NOW).xml();

    assertThat(failureOf(base64(request), REQUEST_ID, NOW)).isEqualTo(Failure.NOT_A_RESPONSE);
  }

  @Test
  void a_second_element_with_the_assertion_id_is_refused() {
    String response = xml(idp.samlResponse(ACS, AUDIENCE, REQUEST_ID));
    String assertionId = response.replaceAll("(?s).*<saml2:Assertion ID=\"([^\"]+)\".*", "$1");
    String doubled = response.replace("<saml2p:Status>", "<saml2p:Extensions><x:copy xmlns:x=\"urn:example\" ID=\""
        + assertionId + "\"/></saml2p:Extensions><saml2p:Status>");

    assertThat(failureOf(base64(doubled), REQUEST_ID, NOW)).isEqualTo(Failure.DUPLICATE_ID);
  }

  @Test
  void a_response_with_two_assertions_is_refused() {
    String response = xml(idp.samlResponse(ACS, AUDIENCE, REQUEST_ID));
    int start = response.indexOf("<saml2:Assertion ");
    int end = response.indexOf("</saml2:Assertion>") + "</saml2:Assertion>".length();
    String assertion = response.substring(start, end);
    String second = assertion.replaceFirst("ID=\"[^\"]+\"", "ID=\"_second\"");

    assertThat(failureOf(base64(response.substring(0, end) + second + response.substring(end)), REQUEST_ID, NOW))
        .isEqualTo(Failure.NO_ASSERTION);
  }

  @Test
  void every_failure_has_its_own_description() {
    assertThat(java.util.Arrays.stream(Failure.values()).map(Failure::description).distinct())
        .hasSize(Failure.values().length);
  }
}
