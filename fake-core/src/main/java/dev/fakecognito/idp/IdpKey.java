package dev.fakecognito.idp;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
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
 * The one RSA key and self-signed certificate that every {@link FakeSamlProvider} in the JVM signs
 * with, made on first use: generating RSA keys is slow, and providers need not differ in key.
 */
final class IdpKey {

  /** The holder idiom: made once, when a provider first signs, and immutable after. */
  private static final class Holder {
    static final IdpKey INSTANCE = new IdpKey(2048, "CN=fake-cognito test SAML IdP");
  }

  /** A second key, which no metadata names, for {@link Misbehavior#UNKNOWN_KEY}; small, as it only needs to differ. */
  private static final class OtherHolder {
    static final IdpKey INSTANCE = new IdpKey(1024, "CN=fake-cognito unknown SAML key");
  }

  final KeyPair keys;
  final X509Certificate certificate;
  /** Base64 DER without line breaks, as metadata carries it. */
  final String certificateBase64;

  private IdpKey(int bits, String subject) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(bits);
      keys = generator.generateKeyPair();
      byte[] der = selfSigned(keys, subject);
      certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
          .generateCertificate(new ByteArrayInputStream(der));
      certificateBase64 = Base64.getEncoder().encodeToString(der);
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("fake-cognito could not make the test IdP's key", e);
    }
  }

  static IdpKey get() {
    return Holder.INSTANCE;
  }

  static IdpKey unknown() {
    return OtherHolder.INSTANCE;
  }

  /** Valid from 2000 to 2999, so that a fake clock anywhere in between accepts it. */
  private static byte[] selfSigned(KeyPair keys, String subject) throws GeneralSecurityException, IOException {
    AlgorithmIdentifier algorithm =
        new AlgorithmIdentifier(PKCSObjectIdentifiers.sha256WithRSAEncryption, DERNull.INSTANCE);
    X500Name name = new X500Name(subject);
    V3TBSCertificateGenerator generator = new V3TBSCertificateGenerator();
    generator.setSerialNumber(new ASN1Integer(BigInteger.ONE));
    generator.setSignature(algorithm);
    generator.setIssuer(name);
    generator.setSubject(name);
    generator.setStartDate(new Time(Date.from(Instant.parse("2000-01-01T00:00:00Z"))));
    generator.setEndDate(new Time(Date.from(Instant.parse("2999-12-31T00:00:00Z"))));
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
}
