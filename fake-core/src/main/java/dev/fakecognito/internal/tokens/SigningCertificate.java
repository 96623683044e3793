package dev.fakecognito.internal.tokens;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x509.TBSCertificate;
import org.bouncycastle.asn1.x509.Time;
import org.bouncycastle.asn1.x509.V3TBSCertificateGenerator;

/**
 * Builds a pool's self-signed X.509 certificate over its RSA key, as GetSigningCertificate returns
 * it: base64 of the DER encoding, without PEM armour.
 *
 * <p>Only BouncyCastle's ASN.1 classes are needed, so the fake does without its PKIX module. The
 * certificate is a pure function of the key, the pool ID and the pool's creation time, valid for
 * ten years from then; its subject and issuer are {@code CN=<pool ID>, O=Amazon Cognito}, which
 * is assumed.
 */
public final class SigningCertificate {

  private static final int VALID_YEARS = 10;

  private SigningCertificate() {}

  static String create(KeyPair keys, String userPoolId, Instant notBefore) {
    try {
      Instant notAfter = notBefore.atOffset(ZoneOffset.UTC).plusYears(VALID_YEARS).toInstant();
      return Base64.getEncoder().encodeToString(selfSigned(keys, "CN=" + userPoolId + ", O=Amazon Cognito",
          serial(userPoolId), notBefore, notAfter));
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("fake-cognito could not build the signing certificate", e);
    }
  }

  /** The DER encoding of a self-signed SHA256withRSA X.509 v3 certificate over {@code keys}. */
  public static byte[] selfSigned(KeyPair keys, String subject, BigInteger serial, Instant notBefore,
      Instant notAfter) throws GeneralSecurityException, IOException {
    AlgorithmIdentifier algorithm =
        new AlgorithmIdentifier(PKCSObjectIdentifiers.sha256WithRSAEncryption, DERNull.INSTANCE);
    X500Name name = new X500Name(subject);
    V3TBSCertificateGenerator generator = new V3TBSCertificateGenerator();
    generator.setSerialNumber(new ASN1Integer(serial));
    generator.setSignature(algorithm);
    generator.setIssuer(name);
    generator.setSubject(name);
    generator.setStartDate(new Time(Date.from(notBefore)));
    generator.setEndDate(new Time(Date.from(notAfter)));
    generator.setSubjectPublicKeyInfo(SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded()));
    TBSCertificate tbs = generator.generateTBSCertificate();
    Signature signature = Signature.getInstance("SHA256withRSA");
    signature.initSign(keys.getPrivate());
    signature.update(tbs.getEncoded(ASN1Encoding.DER));
    ASN1EncodableVector certificate = new ASN1EncodableVector();
    certificate.add(tbs);
    certificate.add(algorithm);
    certificate.add(new DERBitString(signature.sign()));
    return new DERSequence(certificate).getEncoded(ASN1Encoding.DER);
  }

  /** A positive 128-bit serial derived from the pool ID, so that the certificate is reproducible. */
  private static BigInteger serial(String userPoolId) throws GeneralSecurityException {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(userPoolId.getBytes(StandardCharsets.UTF_8));
    return new BigInteger(1, java.util.Arrays.copyOf(digest, 16));
  }
}
