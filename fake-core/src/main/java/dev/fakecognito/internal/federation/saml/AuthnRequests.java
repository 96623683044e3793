package dev.fakecognito.internal.federation.saml;

import dev.fakecognito.internal.util.Ids;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * The AuthnRequest a pool sends a SAML IdP for SP-initiated sign-in, and its two bindings:
 * HTTP-Redirect (deflated, base64 and URL-encoded in the query, signed in the query) and
 * HTTP-POST (base64 in an auto-submitted form, signed inside the XML).
 *
 * <p>The request names the pool as issuer ({@code urn:amazon:cognito:sp:<poolId>}) and its
 * {@code /saml2/idpresponse} endpoint as the assertion consumer service, to be answered over
 * HTTP-POST. A pool signs its requests with the key of its GetSigningCertificate certificate when
 * the provider's {@code RequestSigningAlgorithm} is {@code rsa-sha256}.
 */
public final class AuthnRequests {

  private static final int MAX_INFLATED = 1 << 20;

  private AuthnRequests() {}

  /**
   * One AuthnRequest.
   *
   * @param id its ID, which the IdP's response must name in InResponseTo
   * @param xml the unsigned XML
   */
  public record AuthnRequest(String id, Instant issueInstant, String destination, String xml) {}

  /** The SAML entity ID of a pool, which is also the audience its assertions must name. */
  public static String entityId(String userPoolId) {
    return "urn:amazon:cognito:sp:" + userPoolId;
  }

  /** A new request, with a fresh ID, issued {@code now}. */
  public static AuthnRequest create(String userPoolId, String destination, String acsUrl, Instant now) {
    // An xs:ID must not start with a digit.
    return create("_" + HexFormat.of().formatHex(Ids.randomBytes(20)), userPoolId, destination, acsUrl, now);
  }

  /** A new request with the given ID, which must be an xs:ID (start with a letter or underscore). */
  public static AuthnRequest create(String id, String userPoolId, String destination, String acsUrl, Instant now) {
    Document document = SamlXml.newDocument();
    Element request = document.createElementNS(SamlXml.PROTOCOL, "saml2p:AuthnRequest");
    request.setAttributeNS(SamlXml.XMLNS, "xmlns:saml2p", SamlXml.PROTOCOL);
    request.setAttributeNS(null, "AssertionConsumerServiceURL", acsUrl);
    request.setAttributeNS(null, "Destination", destination);
    request.setAttributeNS(null, "ForceAuthn", "false");
    request.setAttributeNS(null, "ID", id);
    request.setAttributeNS(null, "IsPassive", "false");
    request.setAttributeNS(null, "IssueInstant", SamlXml.dateTime(now));
    request.setAttributeNS(null, "ProtocolBinding", SamlXml.POST_BINDING);
    request.setAttributeNS(null, "Version", "2.0");
    document.appendChild(request);
    Element issuer = document.createElementNS(SamlXml.ASSERTION, "saml2:Issuer");
    issuer.setAttributeNS(SamlXml.XMLNS, "xmlns:saml2", SamlXml.ASSERTION);
    issuer.setTextContent(entityId(userPoolId));
    request.appendChild(issuer);
    // The NameIDPolicy Cognito sends is assumed: any format, and the IdP may create an identifier.
    Element policy = document.createElementNS(SamlXml.PROTOCOL, "saml2p:NameIDPolicy");
    policy.setAttributeNS(null, "AllowCreate", "true");
    policy.setAttributeNS(null, "Format", SamlXml.UNSPECIFIED_FORMAT);
    request.appendChild(policy);
    return new AuthnRequest(id, now, destination, SamlXml.serialize(document));
  }

  /**
   * The URL that sends the request to the IdP over HTTP-Redirect. When {@code key} is set the
   * query carries {@code SigAlg} and a {@code Signature} over
   * {@code SAMLRequest=..&RelayState=..&SigAlg=..} as the binding specifies.
   */
  public static String redirectUrl(AuthnRequest request, @Nullable String relayState, @Nullable PrivateKey key) {
    StringBuilder query = new StringBuilder("SAMLRequest=").append(encode(deflate(request.xml())));
    if (relayState != null) {
      query.append("&RelayState=").append(encode(relayState));
    }
    if (key != null) {
      query.append("&SigAlg=").append(encode(SamlXml.RSA_SHA256));
      String signature = Base64.getEncoder().encodeToString(
          signRsaSha256(key, query.toString().getBytes(StandardCharsets.UTF_8)));
      query.append("&Signature=").append(encode(signature));
    }
    String destination = request.destination();
    return destination + (destination.contains("?") ? "&" : "?") + query;
  }

  /**
   * The page that sends the request to the IdP over HTTP-POST; with {@code key} set the XML
   * carries an enveloped signature and the certificate.
   */
  public static String postPage(AuthnRequest request, @Nullable String relayState, @Nullable PrivateKey key,
      @Nullable X509Certificate certificate) {
    String xml = request.xml();
    if (key != null) {
      try {
        Document document = SamlXml.parse(xml.getBytes(StandardCharsets.UTF_8));
        XmlSignatures.sign(document.getDocumentElement(), key, certificate);
        xml = SamlXml.serialize(document);
      } catch (SAXException e) {
        throw new IllegalStateException(e);
      }
    }
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("SAMLRequest", Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_8)));
    if (relayState != null) {
      fields.put("RelayState", relayState);
    }
    return AutoPostPage.html("Signing in", request.destination(), fields);
  }

  /** RSA with SHA-256 over {@code data}. */
  public static byte[] signRsaSha256(PrivateKey key, byte[] data) {
    try {
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initSign(key);
      signature.update(data);
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("could not sign the SAML request", e);
    }
  }

  /** The redirect binding's encoding: raw DEFLATE, then base64. */
  public static String deflate(String xml) {
    Deflater deflater = new Deflater(Deflater.DEFLATED, true);
    deflater.setInput(xml.getBytes(StandardCharsets.UTF_8));
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[4096];
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    return Base64.getEncoder().encodeToString(out.toByteArray());
  }

  /**
   * Reverses {@link #deflate}; null if the value is not base64 of raw DEFLATE data or inflates to
   * more than a megabyte.
   */
  public static @Nullable String inflate(String base64) {
    byte[] compressed;
    try {
      compressed = Base64.getMimeDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      return null;
    }
    Inflater inflater = new Inflater(true);
    inflater.setInput(compressed);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[4096];
    try {
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          return null;
        }
        out.write(buffer, 0, n);
        if (out.size() > MAX_INFLATED) {
          return null;
        }
      }
    } catch (DataFormatException e) {
      return null;
    } finally {
      inflater.end();
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
