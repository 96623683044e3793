package dev.fakecognito.idp;

import dev.fakecognito.internal.federation.saml.SamlXml;
import dev.fakecognito.internal.federation.saml.XmlSignatures;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * An AuthnRequest that a {@link FakeSamlProvider} received.
 *
 * @param id the request's ID
 * @param issuer its Issuer, the service provider's entity ID
 * @param destination its Destination, or null
 * @param assertionConsumerServiceUrl its AssertionConsumerServiceURL, or null
 * @param issueInstant its IssueInstant as written
 * @param relayState the RelayState that came with it, or null
 * @param binding {@code HTTP-Redirect} or {@code HTTP-POST}
 * @param xml the request's XML
 * @param signed whether it came signed: in the query (redirect binding) or in the XML (POST binding)
 * @param signedQuery for a signed redirect, the query octets the signature covers; else null
 * @param querySignature for a signed redirect, the Signature parameter; else null
 * @param sigAlg for a signed redirect, the SigAlg parameter; else null
 */
public record ReceivedAuthnRequest(
    String id,
    String issuer,
    @Nullable String destination,
    @Nullable String assertionConsumerServiceUrl,
    String issueInstant,
    @Nullable String relayState,
    String binding,
    String xml,
    boolean signed,
    @Nullable String signedQuery,
    @Nullable String querySignature,
    @Nullable String sigAlg) {

  /**
   * Whether the request is signed by the key of {@code certificateBase64}, the service provider's
   * certificate as base64 DER (what GetSigningCertificate returns).
   */
  public boolean signatureVerifies(String certificateBase64) {
    if (!signed) {
      return false;
    }
    X509Certificate certificate;
    try {
      certificate = SamlXml.certificate(certificateBase64);
    } catch (GeneralSecurityException e) {
      return false;
    }
    if (signedQuery != null && querySignature != null) {
      return SamlXml.querySignatureVerifies(certificate, signedQuery, sigAlg, querySignature);
    }
    try {
      Document document = SamlXml.parse(xml.getBytes(StandardCharsets.UTF_8));
      Element request = document.getDocumentElement();
      request.setIdAttributeNS(null, "ID", true);
      Element signature = SamlXml.child(request, SamlXml.DSIG, "Signature");
      return signature != null && XmlSignatures.verify(request, signature, List.of(certificate));
    } catch (SAXException e) {
      return false;
    }
  }
}
