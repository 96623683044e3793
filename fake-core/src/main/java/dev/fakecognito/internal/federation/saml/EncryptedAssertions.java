package dev.fakecognito.internal.federation.saml;

import dev.fakecognito.internal.federation.saml.SamlResponseVerifier.Failure;
import dev.fakecognito.internal.federation.saml.SamlResponseVerifier.Rejected;
import dev.fakecognito.internal.util.Ids;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * EncryptedAssertion (XML Encryption) with the JCE: the assertion under an AES key (CBC or GCM),
 * the AES key under the pool's RSA key with OAEP. Encryption is here for the test IdP.
 */
public final class EncryptedAssertions {

  private static final String AES128_CBC = "http://www.w3.org/2001/04/xmlenc#aes128-cbc";
  private static final String AES256_CBC = "http://www.w3.org/2001/04/xmlenc#aes256-cbc";
  private static final String AES128_GCM = "http://www.w3.org/2009/xmlenc11#aes128-gcm";
  private static final String AES256_GCM = "http://www.w3.org/2009/xmlenc11#aes256-gcm";
  private static final String RSA_OAEP_MGF1P = "http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p";
  private static final String RSA_OAEP = "http://www.w3.org/2009/xmlenc11#rsa-oaep";
  private static final String SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256";
  private static final String MGF1_SHA256 = "http://www.w3.org/2009/xmlenc11#mgf1sha256";
  private static final String ELEMENT_TYPE = "http://www.w3.org/2001/04/xmlenc#Element";

  private EncryptedAssertions() {}

  /**
   * Decrypts an EncryptedAssertion into an Assertion element of a document of its own.
   *
   * @throws Rejected with {@link Failure#DECRYPTION} if anything does not fit
   */
  static Element decrypt(Element encryptedAssertion, PrivateKey key) throws Rejected {
    try {
      Element data = SamlXml.child(encryptedAssertion, SamlXml.XENC, "EncryptedData");
      if (data == null) {
        throw new Rejected(Failure.DECRYPTION);
      }
      Element keyInfo = SamlXml.child(data, SamlXml.DSIG, "KeyInfo");
      Element encryptedKey = keyInfo == null ? null : SamlXml.child(keyInfo, SamlXml.XENC, "EncryptedKey");
      if (encryptedKey == null) {
        encryptedKey = SamlXml.child(encryptedAssertion, SamlXml.XENC, "EncryptedKey");
      }
      if (encryptedKey == null) {
        throw new Rejected(Failure.DECRYPTION);
      }
      byte[] aesKey = unwrap(encryptedKey, key);
      String algorithm = algorithm(data);
      byte[] cipherText = cipherValue(data);
      byte[] plain = switch (algorithm == null ? "" : algorithm) {
        case AES128_CBC, AES256_CBC -> cbc(aesKey, cipherText);
        case AES128_GCM, AES256_GCM -> gcm(aesKey, cipherText);
        default -> throw new Rejected(Failure.DECRYPTION);
      };
      Document document = SamlXml.parse(plain);
      Element assertion = document.getDocumentElement();
      if (!SamlXml.ASSERTION.equals(assertion.getNamespaceURI()) || !"Assertion".equals(assertion.getLocalName())) {
        throw new Rejected(Failure.DECRYPTION);
      }
      return assertion;
    } catch (GeneralSecurityException | SAXException | IllegalArgumentException e) {
      throw new Rejected(Failure.DECRYPTION);
    }
  }

  private static byte[] unwrap(Element encryptedKey, PrivateKey key) throws GeneralSecurityException, Rejected {
    String algorithm = algorithm(encryptedKey);
    Element method = SamlXml.child(encryptedKey, SamlXml.XENC, "EncryptionMethod");
    String digest = "SHA-1";
    MGF1ParameterSpec mgf = MGF1ParameterSpec.SHA1;
    if (RSA_OAEP.equals(algorithm) && method != null) {
      Element digestMethod = SamlXml.child(method, SamlXml.DSIG, "DigestMethod");
      if (digestMethod != null && SHA256.equals(SamlXml.attribute(digestMethod, "Algorithm"))) {
        digest = "SHA-256";
      }
      Element mgfElement = SamlXml.child(method, "http://www.w3.org/2009/xmlenc11#", "MGF");
      if (mgfElement != null && MGF1_SHA256.equals(SamlXml.attribute(mgfElement, "Algorithm"))) {
        mgf = MGF1ParameterSpec.SHA256;
      }
    } else if (!RSA_OAEP_MGF1P.equals(algorithm)) {
      throw new Rejected(Failure.DECRYPTION);
    }
    Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
    cipher.init(Cipher.DECRYPT_MODE, key, new OAEPParameterSpec(digest, "MGF1", mgf, PSource.PSpecified.DEFAULT));
    return cipher.doFinal(cipherValue(encryptedKey));
  }

  private static byte[] cbc(byte[] key, byte[] data) throws GeneralSecurityException {
    if (data.length < 32 || data.length % 16 != 0) {
      throw new GeneralSecurityException("bad length");
    }
    Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
    cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(data, 0, 16));
    byte[] padded = cipher.doFinal(data, 16, data.length - 16);
    // XML Encryption's padding: the last byte counts the padding bytes, whatever the others are.
    int pad = padded[padded.length - 1] & 0xff;
    if (pad < 1 || pad > 16) {
      throw new GeneralSecurityException("bad padding");
    }
    return Arrays.copyOf(padded, padded.length - pad);
  }

  private static byte[] gcm(byte[] key, byte[] data) throws GeneralSecurityException {
    if (data.length < 12 + 16) {
      throw new GeneralSecurityException("bad length");
    }
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, data, 0, 12));
    return cipher.doFinal(data, 12, data.length - 12);
  }

  private static @Nullable String algorithm(Element encrypted) {
    Element method = SamlXml.child(encrypted, SamlXml.XENC, "EncryptionMethod");
    return method == null ? null : SamlXml.attribute(method, "Algorithm");
  }

  private static byte[] cipherValue(Element encrypted) throws Rejected {
    Element data = SamlXml.child(encrypted, SamlXml.XENC, "CipherData");
    Element value = data == null ? null : SamlXml.child(data, SamlXml.XENC, "CipherValue");
    if (value == null) {
      throw new Rejected(Failure.DECRYPTION);
    }
    return Base64.getMimeDecoder().decode(value.getTextContent().trim());
  }

  /**
   * Replaces {@code assertion} in its document by an EncryptedAssertion for {@code recipient}:
   * AES-256-GCM, the key wrapped with RSA-OAEP (MGF1 with SHA-1).
   */
  public static void encrypt(Element assertion, PublicKey recipient) {
    try {
      byte[] aesKey = Ids.randomBytes(32);
      byte[] iv = Ids.randomBytes(12);
      Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
      aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(aesKey, "AES"), new GCMParameterSpec(128, iv));
      byte[] sealed = aes.doFinal(SamlXml.serialize(assertion).getBytes(StandardCharsets.UTF_8));
      byte[] data = new byte[iv.length + sealed.length];
      System.arraycopy(iv, 0, data, 0, iv.length);
      System.arraycopy(sealed, 0, data, iv.length, sealed.length);
      Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
      rsa.init(Cipher.ENCRYPT_MODE, recipient, new OAEPParameterSpec("SHA-1", "MGF1", MGF1ParameterSpec.SHA1,
          PSource.PSpecified.DEFAULT));
      byte[] wrapped = rsa.doFinal(aesKey);

      Document document = assertion.getOwnerDocument();
      Element encryptedAssertion = document.createElementNS(SamlXml.ASSERTION, "saml2:EncryptedAssertion");
      Element encryptedData = document.createElementNS(SamlXml.XENC, "xenc:EncryptedData");
      encryptedData.setAttributeNS(null, "Type", ELEMENT_TYPE);
      encryptedData.appendChild(method(document, AES256_GCM));
      Element keyInfo = document.createElementNS(SamlXml.DSIG, "ds:KeyInfo");
      Element encryptedKey = document.createElementNS(SamlXml.XENC, "xenc:EncryptedKey");
      encryptedKey.appendChild(method(document, RSA_OAEP_MGF1P));
      encryptedKey.appendChild(cipherData(document, wrapped));
      keyInfo.appendChild(encryptedKey);
      encryptedData.appendChild(keyInfo);
      encryptedData.appendChild(cipherData(document, data));
      encryptedAssertion.appendChild(encryptedData);
      // Declared explicitly, so that a signature made over this DOM matches the parsed document.
      encryptedAssertion.setAttributeNS(SamlXml.XMLNS, "xmlns:saml2", SamlXml.ASSERTION);
      encryptedData.setAttributeNS(SamlXml.XMLNS, "xmlns:xenc", SamlXml.XENC);
      keyInfo.setAttributeNS(SamlXml.XMLNS, "xmlns:ds", SamlXml.DSIG);
      assertion.getParentNode().replaceChild(encryptedAssertion, assertion);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("could not encrypt the assertion", e);
    }
  }

  private static Element method(Document document, String algorithm) {
    Element method = document.createElementNS(SamlXml.XENC, "xenc:EncryptionMethod");
    method.setAttributeNS(null, "Algorithm", algorithm);
    return method;
  }

  private static Element cipherData(Document document, byte[] value) {
    Element data = document.createElementNS(SamlXml.XENC, "xenc:CipherData");
    Element cipherValue = document.createElementNS(SamlXml.XENC, "xenc:CipherValue");
    cipherValue.setTextContent(Base64.getEncoder().encodeToString(value));
    data.appendChild(cipherValue);
    return data;
  }
}
