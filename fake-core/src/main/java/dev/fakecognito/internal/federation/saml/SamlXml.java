package dev.fakecognito.internal.federation.saml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The XML plumbing SAML needs: a DOM parser that refuses DTDs and external entities, a
 * serializer, namespace constants, child lookups and the xs:dateTime form SAML uses.
 */
public final class SamlXml {

  public static final String PROTOCOL = "urn:oasis:names:tc:SAML:2.0:protocol";
  public static final String ASSERTION = "urn:oasis:names:tc:SAML:2.0:assertion";
  public static final String METADATA = "urn:oasis:names:tc:SAML:2.0:metadata";
  public static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";
  public static final String XENC = "http://www.w3.org/2001/04/xmlenc#";
  public static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
  public static final String XS = "http://www.w3.org/2001/XMLSchema";
  public static final String XMLNS = "http://www.w3.org/2000/xmlns/";
  public static final String REDIRECT_BINDING = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";
  public static final String POST_BINDING = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST";
  public static final String SUCCESS = "urn:oasis:names:tc:SAML:2.0:status:Success";
  public static final String BEARER = "urn:oasis:names:tc:SAML:2.0:cm:bearer";
  public static final String ENTITY_FORMAT = "urn:oasis:names:tc:SAML:2.0:nameid-format:entity";
  public static final String UNSPECIFIED_FORMAT = "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified";
  /** The {@code SigAlg} and SignatureMethod of RSA with SHA-256. */
  public static final String RSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";

  private SamlXml() {}

  /**
   * Whether a request sent by the HTTP-Redirect binding is signed with RSA-SHA256 by {@code
   * certificate}: {@code signedQuery} is the query as signed ({@code SAMLRequest=...&RelayState=...
   * &SigAlg=...}), {@code signature} the base64 of the {@code Signature} parameter.
   */
  public static boolean querySignatureVerifies(X509Certificate certificate, @Nullable String signedQuery,
      @Nullable String sigAlg, @Nullable String signature) {
    if (signedQuery == null || signature == null || !RSA_SHA256.equals(sigAlg)) {
      return false;
    }
    try {
      Signature verifier = Signature.getInstance("SHA256withRSA");
      verifier.initVerify(certificate.getPublicKey());
      verifier.update(signedQuery.getBytes(StandardCharsets.US_ASCII));
      return verifier.verify(Base64.getMimeDecoder().decode(signature));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Parses a document with the JDK's parser: namespace aware, with DOCTYPE declarations refused
   * (so no entity can be defined), external DTDs and schemas unreachable, and XInclude off.
   *
   * @throws SAXException if the bytes are not well-formed XML or declare a DOCTYPE
   */
  public static Document parse(byte[] xml) throws SAXException {
    try {
      DocumentBuilder builder = FACTORY.get().newDocumentBuilder();
      builder.setErrorHandler(null);
      builder.setEntityResolver((publicId, systemId) -> {
        throw new SAXException("external entities are not resolved");
      });
      return builder.parse(new ByteArrayInputStream(xml));
    } catch (ParserConfigurationException | IOException e) {
      throw new SAXException(e);
    }
  }

  private static final ThreadLocal<DocumentBuilderFactory> FACTORY = ThreadLocal.withInitial(() -> {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    try {
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser lacks a secure-processing feature", e);
    }
    return factory;
  });

  /** A new, empty namespace-aware document. */
  public static Document newDocument() {
    try {
      return FACTORY.get().newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The document or element as XML text, without an XML declaration. */
  public static String serialize(Node node) {
    try {
      TransformerFactory factory = TransformerFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      Transformer transformer = factory.newTransformer();
      transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      StringWriter out = new StringWriter();
      transformer.transform(new DOMSource(node), new StreamResult(out));
      return out.toString();
    } catch (TransformerException e) {
      throw new IllegalStateException("could not serialize XML", e);
    }
  }

  /** The element children of {@code parent} with the given name, in document order. */
  public static List<Element> children(Element parent, String namespace, String localName) {
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element child && namespace.equals(child.getNamespaceURI())
          && localName.equals(child.getLocalName())) {
        found.add(child);
      }
    }
    return found;
  }

  /** The first element child of {@code parent} with the given name, or null. */
  public static @Nullable Element child(Element parent, String namespace, String localName) {
    List<Element> found = children(parent, namespace, localName);
    return found.isEmpty() ? null : found.get(0);
  }

  /** An attribute's value, or null if the element lacks it (DOM gives "" for both). */
  public static @Nullable String attribute(Element element, String name) {
    return element.hasAttributeNS(null, name) ? element.getAttributeNS(null, name) : null;
  }

  /** An xs:dateTime as SAML writes it: UTC, with milliseconds. */
  public static String dateTime(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MILLIS).toString();
  }

  /** Reads an xs:dateTime; null if it is not one. */
  public static @Nullable Instant parseDateTime(@Nullable String value) {
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.trim()).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** An X.509 certificate from base64 DER, as metadata and GetSigningCertificate carry it. */
  public static X509Certificate certificate(String base64Der) throws CertificateException {
    byte[] der;
    try {
      der = Base64.getMimeDecoder().decode(base64Der);
    } catch (IllegalArgumentException e) {
      throw new CertificateException(e);
    }
    return (X509Certificate) CertificateFactory.getInstance("X.509")
        .generateCertificate(new ByteArrayInputStream(der));
  }
}
