package dev.fakecognito.internal.federation.saml;

import dev.fakecognito.internal.federation.saml.AuthnRequests.AuthnRequest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * The messages of SAML single logout between a pool and its IdP: the LogoutRequest the pool sends
 * (over HTTP-Redirect, as {@link AuthnRequests#redirectUrl} sends an AuthnRequest) and the check of
 * the LogoutResponse the IdP posts back.
 */
public final class LogoutMessages {

  private LogoutMessages() {}

  /**
   * A LogoutRequest from the pool for {@code nameId}, in the form {@link AuthnRequests#redirectUrl}
   * sends. The NameID carries no Format and there is no SessionIndex (assumed).
   */
  public static AuthnRequest logoutRequest(String id, String userPoolId, String destination, String nameId,
      Instant now) {
    Document document = SamlXml.newDocument();
    Element request = document.createElementNS(SamlXml.PROTOCOL, "saml2p:LogoutRequest");
    request.setAttributeNS(SamlXml.XMLNS, "xmlns:saml2p", SamlXml.PROTOCOL);
    request.setAttributeNS(null, "Destination", destination);
    request.setAttributeNS(null, "ID", id);
    request.setAttributeNS(null, "IssueInstant", SamlXml.dateTime(now));
    request.setAttributeNS(null, "Version", "2.0");
    document.appendChild(request);
    Element issuer = document.createElementNS(SamlXml.ASSERTION, "saml2:Issuer");
    issuer.setAttributeNS(SamlXml.XMLNS, "xmlns:saml2", SamlXml.ASSERTION);
    issuer.setTextContent(AuthnRequests.entityId(userPoolId));
    request.appendChild(issuer);
    Element name = document.createElementNS(SamlXml.ASSERTION, "saml2:NameID");
    name.setAttributeNS(SamlXml.XMLNS, "xmlns:saml2", SamlXml.ASSERTION);
    name.setTextContent(nameId);
    request.appendChild(name);
    return new AuthnRequest(id, now, destination, SamlXml.serialize(document));
  }

  /**
   * Checks a posted SAMLResponse that should be the IdP's LogoutResponse to request {@code
   * requestId}.
   *
   * @param idpEntityId the provider's entity ID from its metadata; empty to skip the Issuer check
   * @param certificates the provider's signing certificates, base64 DER
   * @return null if it is a successful answer to the request; otherwise why not. A signature, where
   *     there is one, must verify; an unsigned response is accepted (assumed).
   */
  public static @Nullable String checkLogoutResponse(String samlResponse, String requestId, String idpEntityId,
      List<String> certificates) {
    Element response;
    try {
      byte[] xml = Base64.getMimeDecoder().decode(samlResponse);
      response = SamlXml.parse(xml).getDocumentElement();
    } catch (IllegalArgumentException | SAXException e) {
      return "the LogoutResponse cannot be read";
    }
    if (!SamlXml.PROTOCOL.equals(response.getNamespaceURI()) || !"LogoutResponse".equals(response.getLocalName())) {
      return "the message is not a LogoutResponse";
    }
    if (!requestId.equals(SamlXml.attribute(response, "InResponseTo"))) {
      return "the LogoutResponse does not answer the LogoutRequest";
    }
    Element issuer = SamlXml.child(response, SamlXml.ASSERTION, "Issuer");
    if (!idpEntityId.isEmpty() && issuer != null && !idpEntityId.equals(issuer.getTextContent().trim())) {
      return "the LogoutResponse comes from another issuer";
    }
    Element signature = SamlXml.child(response, SamlXml.DSIG, "Signature");
    if (signature != null) {
      response.setIdAttributeNS(null, "ID", true);
      List<X509Certificate> keys = new ArrayList<>();
      for (String certificate : certificates) {
        try {
          keys.add(SamlXml.certificate(certificate));
        } catch (CertificateException e) {
          // A certificate that cannot be read verifies nothing.
        }
      }
      if (!XmlSignatures.verify(response, signature, keys)) {
        return "the signature of the LogoutResponse is invalid";
      }
    }
    Element status = SamlXml.child(response, SamlXml.PROTOCOL, "Status");
    Element code = status == null ? null : SamlXml.child(status, SamlXml.PROTOCOL, "StatusCode");
    if (code == null || !SamlXml.SUCCESS.equals(SamlXml.attribute(code, "Value"))) {
      return "the IdP did not sign the user out";
    }
    return null;
  }
}
