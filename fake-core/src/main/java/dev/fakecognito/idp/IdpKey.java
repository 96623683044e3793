package dev.fakecognito.idp;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import dev.fakecognito.internal.tokens.SigningCertificate;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;

/**
 * The RSA key and self-signed certificate that every {@link FakeSamlProvider} in the JVM signs
 * with: the key the fake OIDC providers publish ({@link SigningKeys}), so that the JVM makes no
 * other, under a certificate made on first use.
 */
final class IdpKey {

  /** The holder idiom: made once, when a provider first signs, and immutable after. */
  private static final class Holder {
    static final IdpKey INSTANCE = new IdpKey(SigningKeys.published(), "CN=fake-cognito test SAML IdP");
  }

  /** The second key, which no metadata names, for {@link FakeSamlProvider.Failure#UNKNOWN_KEY}. */
  private static final class OtherHolder {
    static final IdpKey INSTANCE = new IdpKey(SigningKeys.other(), "CN=fake-cognito unknown SAML key");
  }

  final KeyPair keys;
  final X509Certificate certificate;
  /** Base64 DER without line breaks, as metadata carries it. */
  final String certificateBase64;

  private IdpKey(RSAKey key, String subject) {
    try {
      keys = key.toKeyPair();
      byte[] der = selfSigned(keys, subject);
      certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
          .generateCertificate(new ByteArrayInputStream(der));
      certificateBase64 = Base64.getEncoder().encodeToString(der);
    } catch (GeneralSecurityException | IOException | JOSEException e) {
      throw new IllegalStateException("fake-cognito could not make the test IdP's certificate", e);
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
    return SigningCertificate.selfSigned(keys, subject, BigInteger.ONE, Instant.parse("2000-01-01T00:00:00Z"),
        Instant.parse("2999-12-31T00:00:00Z"));
  }
}
