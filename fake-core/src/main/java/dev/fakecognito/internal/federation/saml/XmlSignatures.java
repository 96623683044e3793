package dev.fakecognito.internal.federation.saml;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Enveloped XML signatures as SAML uses them, with the JDK's {@code javax.xml.crypto.dsig}: RSA
 * with SHA-256 over one element, referenced by its {@code ID}, after the enveloped-signature and
 * exclusive canonicalization transforms.
 */
public final class XmlSignatures {

  private static final String SECURE_VALIDATION = "org.jcp.xml.dsig.secureValidation";

  private XmlSignatures() {}

  /**
   * Signs {@code element} by its {@code ID} attribute and puts the Signature right after its
   * Issuer child (where the SAML schemas want it), or first if it has none.
   *
   * @param certificate put into KeyInfo if not null
   */
  public static void sign(Element element, PrivateKey key, @Nullable X509Certificate certificate) {
    element.setIdAttributeNS(null, "ID", true);
    XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
    try {
      Reference reference = factory.newReference("#" + element.getAttributeNS(null, "ID"),
          factory.newDigestMethod(DigestMethod.SHA256, null),
          List.of(factory.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
              factory.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)),
          null, null);
      SignedInfo signedInfo = factory.newSignedInfo(
          factory.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
          factory.newSignatureMethod(SamlXml.RSA_SHA256, null), List.of(reference));
      KeyInfo keyInfo = null;
      if (certificate != null) {
        KeyInfoFactory keys = factory.getKeyInfoFactory();
        keyInfo = keys.newKeyInfo(List.of(keys.newX509Data(List.of(certificate))));
      }
      Element issuer = SamlXml.child(element, SamlXml.ASSERTION, "Issuer");
      Node next = issuer != null ? issuer.getNextSibling() : element.getFirstChild();
      DOMSignContext context = next == null ? new DOMSignContext(key, element) : new DOMSignContext(key, element, next);
      context.setDefaultNamespacePrefix("ds");
      factory.newXMLSignature(signedInfo, keyInfo).sign(context);
    } catch (GeneralSecurityException | MarshalException | XMLSignatureException e) {
      throw new IllegalStateException("could not sign XML", e);
    }
  }

  /**
   * Checks that {@code signature}, a ds:Signature that is a child of {@code signed}, is an
   * enveloped signature over exactly that element, made by the key of one of {@code certificates}.
   * The caller must have marked {@code signed}'s ID attribute as an ID, and no other element's.
   *
   * @return whether it is
   */
  public static boolean verify(Element signed, Element signature, List<X509Certificate> certificates) {
    if (signature.getParentNode() != signed) {
      return false;
    }
    String id = SamlXml.attribute(signed, "ID");
    if (id == null || id.isEmpty() || signed.getOwnerDocument().getElementById(id) != signed) {
      return false;
    }
    XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
    for (X509Certificate certificate : certificates) {
      PublicKey key = certificate.getPublicKey();
      DOMValidateContext context = new DOMValidateContext(key, signature);
      context.setProperty(SECURE_VALIDATION, Boolean.TRUE);
      try {
        XMLSignature parsed = factory.unmarshalXMLSignature(context);
        if (!coversOnly(parsed, id) || !parsed.validate(context)) {
          continue;
        }
        return true;
      } catch (MarshalException | XMLSignatureException | RuntimeException e) {
        // Not a signature this key verifies; the next certificate may.
      }
    }
    return false;
  }

  /** One reference, to {@code #id}, with only the transforms SAML allows. */
  private static boolean coversOnly(XMLSignature signature, String id) {
    List<?> references = signature.getSignedInfo().getReferences();
    if (references.size() != 1 || !(references.get(0) instanceof Reference reference)
        || !("#" + id).equals(reference.getURI())) {
      return false;
    }
    for (Object transform : reference.getTransforms()) {
      String algorithm = ((Transform) transform).getAlgorithm();
      if (!algorithm.equals(Transform.ENVELOPED) && !algorithm.equals(CanonicalizationMethod.EXCLUSIVE)
          && !algorithm.equals(CanonicalizationMethod.EXCLUSIVE_WITH_COMMENTS)
          && !algorithm.equals(CanonicalizationMethod.INCLUSIVE)) {
        return false;
      }
    }
    return true;
  }
}
