package dev.fakecognito.internal.federation;

import dev.fakecognito.internal.errors.CognitoErrors;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * What a SAML provider's metadata document tells the pool: the IdP's entity ID, where to send
 * sign-in and sign-out requests, and the certificates its assertions are signed with.
 *
 * <p>Parsed with the JDK's DOM parser, with DTDs and external entities refused.
 *
 * @param entityId the entityID of the IdP's EntityDescriptor
 * @param ssoRedirect the SingleSignOnService location for the HTTP-Redirect binding, or null
 * @param ssoPost the SingleSignOnService location for the HTTP-POST binding, or null
 * @param sloRedirect the SingleLogoutService location for the HTTP-Redirect binding, or null
 * @param signingCertificates the X.509 certificates of signing keys, base64 DER without whitespace
 */
record SamlMetadata(
    String entityId,
    @Nullable String ssoRedirect,
    @Nullable String ssoPost,
    @Nullable String sloRedirect,
    List<String> signingCertificates) {

  private static final String MD = "urn:oasis:names:tc:SAML:2.0:metadata";
  private static final String DS = "http://www.w3.org/2000/09/xmldsig#";
  private static final String REDIRECT = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";
  private static final String POST = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST";

  /**
   * Parses a metadata document.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     if it is not SAML 2.0 metadata of an IdP with a sign-in service
   */
  static SamlMetadata parse(String xml) {
    Document document;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      document = builder.parse(new InputSource(new StringReader(xml)));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw unreadable();
    }
    Element idp = first(document.getDocumentElement(), MD, "IDPSSODescriptor");
    if (idp == null || !(idp.getParentNode() instanceof Element entity)
        || !"EntityDescriptor".equals(entity.getLocalName())) {
      throw unreadable();
    }
    String ssoRedirect = null;
    String ssoPost = null;
    String sloRedirect = null;
    List<String> certificates = new ArrayList<>();
    for (Node node = idp.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (!(node instanceof Element child) || !MD.equals(child.getNamespaceURI())) {
        continue;
      }
      String binding = child.getAttribute("Binding");
      String location = child.getAttribute("Location");
      switch (child.getLocalName()) {
        case "SingleSignOnService" -> {
          if (REDIRECT.equals(binding) && ssoRedirect == null) {
            ssoRedirect = location;
          } else if (POST.equals(binding) && ssoPost == null) {
            ssoPost = location;
          }
        }
        case "SingleLogoutService" -> {
          if (REDIRECT.equals(binding) && sloRedirect == null) {
            sloRedirect = location;
          }
        }
        case "KeyDescriptor" -> {
          String use = child.getAttribute("use");
          Element certificate = first(child, DS, "X509Certificate");
          if ((use.isEmpty() || use.equals("signing")) && certificate != null) {
            certificates.add(certificate.getTextContent().replaceAll("\\s", ""));
          }
        }
        default -> { }
      }
    }
    if (ssoRedirect == null && ssoPost == null) {
      // The wording is assumed.
      throw CognitoErrors.invalidParameter("The metadata has no SingleSignOnService for the HTTP-Redirect or "
          + "HTTP-POST binding.");
    }
    return new SamlMetadata(entity.getAttribute("entityID"), ssoRedirect, ssoPost, sloRedirect, certificates);
  }

  private static @Nullable Element first(Element root, String namespace, String localName) {
    NodeList nodes = root.getElementsByTagNameNS(namespace, localName);
    return nodes.getLength() == 0 ? null : (Element) nodes.item(0);
  }

  /** The console's wording for metadata it cannot read (ory/mocksaml#103); assumed for the API. */
  private static RuntimeException unreadable() {
    return CognitoErrors.invalidParameter("Unable to unmarshall metadata.");
  }
}
