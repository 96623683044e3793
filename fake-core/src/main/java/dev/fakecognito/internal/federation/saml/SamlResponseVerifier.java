package dev.fakecognito.internal.federation.saml;

import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Checks a SAMLResponse that an IdP posted to a pool's {@code /saml2/idpresponse}, as Cognito
 * does before it signs the user in
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-saml-idp-things-to-know.html).
 *
 * <ul>
 *   <li>The XML is parsed with DTDs refused. The Response and its one Assertion (or
 *       EncryptedAssertion, decrypted with the pool's key) are the only elements whose {@code ID}
 *       counts as an ID, and no two elements may share an {@code ID} value, so that a signature
 *       cannot vouch for another element than the one read (signature wrapping).
 *   <li>The Response, the Assertion or both carry an enveloped RSA-SHA256 signature over exactly
 *       that element, by a key of one of the metadata's signing certificates; every signature
 *       present must be valid.
 *   <li>The status is Success; the issuers are the metadata's entityID; Destination, if present,
 *       and the bearer SubjectConfirmationData's Recipient are the ACS URL; the Conditions name
 *       the pool ({@code urn:amazon:cognito:sp:<poolId>}) as audience.
 *   <li>Conditions NotBefore and NotOnOrAfter, and the SubjectConfirmationData's NotOnOrAfter,
 *       hold on the fake's clock, with one minute of skew (assumed).
 *   <li>For SP-initiated sign-in, InResponseTo on the Response and on the SubjectConfirmationData
 *       is the AuthnRequest's ID. For IdP-initiated sign-in there is no InResponseTo, and the
 *       assertion was issued within the last six minutes.
 * </ul>
 *
 * <p>Each refusal is a {@link Failure}, whose description goes to the app in {@code
 * error_description}.
 */
public final class SamlResponseVerifier {

  /** The clock skew allowed on time conditions (assumed). */
  public static final Duration SKEW = Duration.ofMinutes(1);
  /** How old an unsolicited assertion may be (Cognito's documented six minutes). */
  static final Duration UNSOLICITED_MAX_AGE = Duration.ofMinutes(6);
  /** The longest SAMLResponse the endpoint takes, in characters (documented). */
  public static final int MAX_LENGTH = 100_000;

  /**
   * Why a response was refused. Only the signature text is Cognito's as seen in the wild
   * (aws/aws-sdk-js-v3#6201); the others are assumed.
   */
  public enum Failure {
    TOO_LONG("SAMLResponse is longer than 100000 characters."),
    NOT_BASE64("Invalid base64 SAMLResponse."),
    NOT_XML("SAMLResponse is not well-formed XML."),
    NOT_A_RESPONSE("SAMLResponse is not a SAML 2.0 Response."),
    DUPLICATE_ID("SAML Response contains duplicate IDs."),
    STATUS("Response status is not Success."),
    UNSIGNED("SAML Response or Assertion must be signed."),
    BAD_SIGNATURE("SAML Assertion signature is invalid."),
    RESPONSE_ISSUER("Response Issuer does not match the identity provider."),
    DESTINATION("Response Destination does not match the ACS URL."),
    IN_RESPONSE_TO("InResponseTo does not match the authentication request."),
    UNSOLICITED_IN_RESPONSE_TO("An IdP-initiated response must not contain InResponseTo."),
    NO_ASSERTION("SAML Response must contain exactly one Assertion."),
    NOT_ENCRYPTED("SAML Assertion must be encrypted."),
    DECRYPTION("Unable to decrypt the SAML Assertion."),
    ASSERTION_ISSUER("Assertion Issuer does not match the identity provider."),
    NO_SUBJECT("Assertion has no NameID."),
    NO_BEARER_CONFIRMATION("Assertion has no valid bearer SubjectConfirmation."),
    RECIPIENT("SubjectConfirmationData Recipient does not match the ACS URL."),
    SUBJECT_EXPIRED("SubjectConfirmationData has expired."),
    NOT_YET_VALID("Assertion is not yet valid."),
    EXPIRED("Assertion has expired."),
    AUDIENCE("Audience restriction does not match the user pool."),
    STALE("IdP-initiated assertion was issued more than 6 minutes ago."),
    REPLAYED("SAML Assertion has already been used.");

    private final String description;

    Failure(String description) {
      this.description = description;
    }

    /** The text after "Invalid SAML response received: " in the error redirect. */
    public String description() {
      return description;
    }
  }

  /** A refused response. */
  public static final class Rejected extends Exception {
    private static final long serialVersionUID = 1L;
    private final Failure failure;

    Rejected(Failure failure) {
      super(failure.description(), null, false, false);
      this.failure = failure;
    }

    public Failure failure() {
      return failure;
    }
  }

  /**
   * What the response must match.
   *
   * @param audience the pool's entity ID, {@code urn:amazon:cognito:sp:<poolId>}
   * @param recipient the ACS URL, {@code <endpoint>/saml2/idpresponse}
   * @param issuer the IdP's entityID from its metadata
   * @param certificates the IdP's signing certificates from its metadata, base64 DER
   * @param inResponseTo the AuthnRequest's ID, or null for IdP-initiated sign-in
   * @param decryptionKey the pool's key for EncryptedAssertion, or null to refuse encryption
   * @param requireEncryption whether a plain Assertion is refused (EncryptedResponses)
   */
  public record Expectations(String audience, String recipient, String issuer, List<String> certificates,
      @Nullable String inResponseTo, @Nullable PrivateKey decryptionKey, boolean requireEncryption) {}

  /**
   * What a verified assertion says.
   *
   * @param assertionId the Assertion's ID, to refuse it a second time
   * @param nameId the subject's NameID
   * @param sessionIndex the AuthnStatement's SessionIndex, or null
   * @param attributes attribute name to values, in document order
   * @param validUntil until when the assertion could be replayed
   */
  public record VerifiedAssertion(String assertionId, String nameId, @Nullable String nameIdFormat,
      @Nullable String sessionIndex, Map<String, List<String>> attributes, Instant validUntil) {

    public VerifiedAssertion {
      Map<String, List<String>> copy = new LinkedHashMap<>();
      attributes.forEach((name, values) -> copy.put(name, List.copyOf(values)));
      attributes = Collections.unmodifiableMap(copy);
    }

    /**
     * The attributes as single strings, as Cognito maps them to user attributes: one value as
     * it is, several as {@code [a, b]} (assumed).
     */
    public Map<String, String> joinedAttributes() {
      Map<String, String> joined = new LinkedHashMap<>();
      attributes.forEach((name, values) -> joined.put(name, values.size() == 1 ? values.get(0)
          : "[" + String.join(", ", values) + "]"));
      return joined;
    }
  }

  private SamlResponseVerifier() {}

  /**
   * Verifies the base64 SAMLResponse form value against {@code expected} at {@code now}.
   *
   * @throws Rejected with the first check that failed
   */
  public static VerifiedAssertion verify(String samlResponse, Expectations expected, Instant now) throws Rejected {
    if (samlResponse.length() > MAX_LENGTH) {
      throw new Rejected(Failure.TOO_LONG);
    }
    byte[] xml;
    try {
      // Line breaks are allowed, as many IdPs wrap base64; other stray characters are not.
      xml = Base64.getDecoder().decode(samlResponse.replaceAll("[\\r\\n\\t ]", ""));
    } catch (IllegalArgumentException e) {
      throw new Rejected(Failure.NOT_BASE64);
    }
    Document document;
    try {
      document = SamlXml.parse(xml);
    } catch (SAXException e) {
      throw new Rejected(Failure.NOT_XML);
    }
    Element response = document.getDocumentElement();
    if (!is(response, SamlXml.PROTOCOL, "Response") || !"2.0".equals(SamlXml.attribute(response, "Version"))
        || SamlXml.attribute(response, "ID") == null) {
      throw new Rejected(Failure.NOT_A_RESPONSE);
    }
    checkUniqueIds(document);
    checkStatus(response);
    List<X509Certificate> certificates = certificates(expected.certificates());

    List<Element> assertions = SamlXml.children(response, SamlXml.ASSERTION, "Assertion");
    List<Element> encrypted = SamlXml.children(response, SamlXml.ASSERTION, "EncryptedAssertion");
    if (assertions.size() + encrypted.size() != 1) {
      throw new Rejected(Failure.NO_ASSERTION);
    }
    response.setIdAttributeNS(null, "ID", true);
    if (!assertions.isEmpty() && SamlXml.attribute(assertions.get(0), "ID") != null) {
      assertions.get(0).setIdAttributeNS(null, "ID", true);
    }
    boolean responseSigned = checkSignature(response, certificates);

    Element assertion;
    if (assertions.isEmpty()) {
      if (expected.decryptionKey() == null) {
        throw new Rejected(Failure.DECRYPTION);
      }
      assertion = EncryptedAssertions.decrypt(encrypted.get(0), expected.decryptionKey());
      checkUniqueIds(assertion.getOwnerDocument());
      if (SamlXml.attribute(assertion, "ID") != null) {
        assertion.setIdAttributeNS(null, "ID", true);
      }
    } else if (expected.requireEncryption()) {
      throw new Rejected(Failure.NOT_ENCRYPTED);
    } else {
      assertion = assertions.get(0);
    }
    boolean assertionSigned = checkSignature(assertion, certificates);
    if (!responseSigned && !assertionSigned) {
      throw new Rejected(Failure.UNSIGNED);
    }

    Element responseIssuer = SamlXml.child(response, SamlXml.ASSERTION, "Issuer");
    if (responseIssuer != null && !expected.issuer().equals(responseIssuer.getTextContent().trim())) {
      throw new Rejected(Failure.RESPONSE_ISSUER);
    }
    String destination = SamlXml.attribute(response, "Destination");
    if (destination != null && !destination.equals(expected.recipient())) {
      throw new Rejected(Failure.DESTINATION);
    }
    checkInResponseTo(SamlXml.attribute(response, "InResponseTo"), expected.inResponseTo());
    return readAssertion(assertion, expected, now);
  }

  private static VerifiedAssertion readAssertion(Element assertion, Expectations expected, Instant now)
      throws Rejected {
    String id = SamlXml.attribute(assertion, "ID");
    if (id == null || !"2.0".equals(SamlXml.attribute(assertion, "Version"))) {
      throw new Rejected(Failure.NOT_A_RESPONSE);
    }
    Element issuer = SamlXml.child(assertion, SamlXml.ASSERTION, "Issuer");
    if (issuer == null || !expected.issuer().equals(issuer.getTextContent().trim())) {
      throw new Rejected(Failure.ASSERTION_ISSUER);
    }

    Element conditions = SamlXml.child(assertion, SamlXml.ASSERTION, "Conditions");
    if (conditions != null) {
      Instant notBefore = time(conditions, "NotBefore");
      Instant notOnOrAfter = time(conditions, "NotOnOrAfter");
      if (notBefore != null && now.plus(SKEW).isBefore(notBefore)) {
        throw new Rejected(Failure.NOT_YET_VALID);
      }
      if (notOnOrAfter != null && !now.minus(SKEW).isBefore(notOnOrAfter)) {
        throw new Rejected(Failure.EXPIRED);
      }
    }
    if (!audienceMatches(conditions, expected.audience())) {
      throw new Rejected(Failure.AUDIENCE);
    }
    Element subject = SamlXml.child(assertion, SamlXml.ASSERTION, "Subject");
    Element nameId = subject == null ? null : SamlXml.child(subject, SamlXml.ASSERTION, "NameID");
    if (nameId == null || nameId.getTextContent().trim().isEmpty()) {
      throw new Rejected(Failure.NO_SUBJECT);
    }
    Instant validUntil = checkSubjectConfirmation(subject, expected, now);
    Instant conditionsEnd = conditions == null ? null : time(conditions, "NotOnOrAfter");
    if (conditionsEnd != null && conditionsEnd.isAfter(validUntil)) {
      validUntil = conditionsEnd;
    }
    if (expected.inResponseTo() == null) {
      Instant issued = time(assertion, "IssueInstant");
      if (issued == null || now.minus(UNSOLICITED_MAX_AGE).isAfter(issued)) {
        throw new Rejected(Failure.STALE);
      }
    }

    String sessionIndex = null;
    Element authn = SamlXml.child(assertion, SamlXml.ASSERTION, "AuthnStatement");
    if (authn != null) {
      sessionIndex = SamlXml.attribute(authn, "SessionIndex");
    }
    Map<String, List<String>> attributes = new LinkedHashMap<>();
    for (Element statement : SamlXml.children(assertion, SamlXml.ASSERTION, "AttributeStatement")) {
      for (Element attribute : SamlXml.children(statement, SamlXml.ASSERTION, "Attribute")) {
        String name = SamlXml.attribute(attribute, "Name");
        if (name == null || name.isEmpty()) {
          continue;
        }
        List<String> values = attributes.computeIfAbsent(name, n -> new ArrayList<>());
        for (Element value : SamlXml.children(attribute, SamlXml.ASSERTION, "AttributeValue")) {
          if (!"true".equals(value.getAttributeNS(SamlXml.XSI, "nil"))) {
            values.add(value.getTextContent());
          }
        }
      }
    }
    return new VerifiedAssertion(id, nameId.getTextContent().trim(), SamlXml.attribute(nameId, "Format"),
        sessionIndex, attributes, validUntil);
  }

  /** Finds a bearer confirmation whose data fits; returns its NotOnOrAfter. */
  private static Instant checkSubjectConfirmation(Element subject, Expectations expected, Instant now)
      throws Rejected {
    Rejected first = null;
    for (Element confirmation : SamlXml.children(subject, SamlXml.ASSERTION, "SubjectConfirmation")) {
      if (!SamlXml.BEARER.equals(SamlXml.attribute(confirmation, "Method"))) {
        continue;
      }
      Element data = SamlXml.child(confirmation, SamlXml.ASSERTION, "SubjectConfirmationData");
      Failure failure;
      Instant notOnOrAfter = data == null ? null : time(data, "NotOnOrAfter");
      if (data == null || notOnOrAfter == null) {
        failure = Failure.NO_BEARER_CONFIRMATION;
      } else if (!expected.recipient().equals(SamlXml.attribute(data, "Recipient"))) {
        failure = Failure.RECIPIENT;
      } else if (!now.minus(SKEW).isBefore(notOnOrAfter)) {
        failure = Failure.SUBJECT_EXPIRED;
      } else {
        try {
          checkInResponseTo(SamlXml.attribute(data, "InResponseTo"), expected.inResponseTo());
          return notOnOrAfter;
        } catch (Rejected e) {
          failure = e.failure();
        }
      }
      if (first == null) {
        first = new Rejected(failure);
      }
    }
    throw first != null ? first : new Rejected(Failure.NO_BEARER_CONFIRMATION);
  }

  private static void checkInResponseTo(@Nullable String actual, @Nullable String expected) throws Rejected {
    if (expected == null) {
      if (actual != null) {
        throw new Rejected(Failure.UNSOLICITED_IN_RESPONSE_TO);
      }
    } else if (!expected.equals(actual)) {
      throw new Rejected(Failure.IN_RESPONSE_TO);
    }
  }

  private static boolean audienceMatches(@Nullable Element conditions, String audience) {
    if (conditions == null) {
      return false;
    }
    List<Element> restrictions = SamlXml.children(conditions, SamlXml.ASSERTION, "AudienceRestriction");
    if (restrictions.isEmpty()) {
      return false;
    }
    // Every restriction must be met: each must list the pool.
    for (Element restriction : restrictions) {
      boolean listed = false;
      for (Element candidate : SamlXml.children(restriction, SamlXml.ASSERTION, "Audience")) {
        listed |= audience.equals(candidate.getTextContent().trim());
      }
      if (!listed) {
        return false;
      }
    }
    return true;
  }

  private static void checkStatus(Element response) throws Rejected {
    Element status = SamlXml.child(response, SamlXml.PROTOCOL, "Status");
    Element code = status == null ? null : SamlXml.child(status, SamlXml.PROTOCOL, "StatusCode");
    if (code == null || !SamlXml.SUCCESS.equals(SamlXml.attribute(code, "Value"))) {
      throw new Rejected(Failure.STATUS);
    }
  }

  /** Whether {@code element} carries a signature; a signature present must verify. */
  private static boolean checkSignature(Element element, List<X509Certificate> certificates) throws Rejected {
    List<Element> signatures = SamlXml.children(element, SamlXml.DSIG, "Signature");
    if (signatures.isEmpty()) {
      return false;
    }
    if (signatures.size() > 1 || !XmlSignatures.verify(element, signatures.get(0), certificates)) {
      throw new Rejected(Failure.BAD_SIGNATURE);
    }
    return true;
  }

  /** No two elements may carry the same ID value. */
  private static void checkUniqueIds(Document document) throws Rejected {
    Set<String> seen = new HashSet<>();
    List<Node> pending = new ArrayList<>();
    pending.add(document.getDocumentElement());
    while (!pending.isEmpty()) {
      Node node = pending.remove(pending.size() - 1);
      if (node instanceof Element element) {
        for (String name : List.of("ID", "Id", "id")) {
          String value = SamlXml.attribute(element, name);
          if (value != null && !seen.add(value)) {
            throw new Rejected(Failure.DUPLICATE_ID);
          }
        }
      }
      for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
        pending.add(child);
      }
    }
  }

  private static List<X509Certificate> certificates(List<String> encoded) {
    List<X509Certificate> certificates = new ArrayList<>();
    for (String certificate : encoded) {
      try {
        certificates.add(SamlXml.certificate(certificate));
      } catch (CertificateException e) {
        // Metadata with a certificate that cannot be read verifies nothing with it.
      }
    }
    return certificates;
  }

  private static @Nullable Instant time(Element element, String attribute) {
    return SamlXml.parseDateTime(SamlXml.attribute(element, attribute));
  }

  private static boolean is(Element element, String namespace, String localName) {
    return namespace.equals(element.getNamespaceURI()) && localName.equals(element.getLocalName());
  }
}
