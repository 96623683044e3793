package dev.fakecognito.internal.tokens;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSADecrypter;
import com.nimbusds.jose.crypto.RSAEncrypter;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;

/**
 * The RSA keys every fake in this JVM signs and encrypts with.
 *
 * <p>Generating a 2048-bit RSA key costs tens of milliseconds, far more than a test should pay for
 * a fresh fake, so the keys are generated once, on first use, and shared. Pools still publish their
 * own key IDs (see {@link TokenService}), so a token of one pool is never found in another pool's
 * JWKS. The holder is immutable once built.
 */
final class KeyMaterial {

  /** Signs ID tokens; Cognito signs ID and access tokens with different keys. */
  final KeyPair idKey;
  /** Signs access tokens. */
  final KeyPair accessKey;
  /** Encrypts refresh tokens, which are JWEs only the pool can read. */
  final KeyPair refreshKey;

  final RSASSASigner idSigner;
  final RSASSASigner accessSigner;
  final RSASSAVerifier idVerifier;
  final RSASSAVerifier accessVerifier;
  final RSAEncrypter refreshEncrypter;
  final RSADecrypter refreshDecrypter;

  private KeyMaterial() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      idKey = generator.generateKeyPair();
      accessKey = generator.generateKeyPair();
      refreshKey = generator.generateKeyPair();
      idSigner = new RSASSASigner(idKey.getPrivate());
      accessSigner = new RSASSASigner(accessKey.getPrivate());
      idVerifier = new RSASSAVerifier((RSAPublicKey) idKey.getPublic());
      accessVerifier = new RSASSAVerifier((RSAPublicKey) accessKey.getPublic());
      refreshEncrypter = new RSAEncrypter((RSAPublicKey) refreshKey.getPublic());
      refreshDecrypter = new RSADecrypter((RSAPrivateKey) refreshKey.getPrivate());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("RSA is required by every Java platform", e);
    }
  }

  static KeyMaterial get() {
    return Holder.INSTANCE;
  }

  /** Initialization-on-demand: the keys are made the first time any fake needs them. */
  private static final class Holder {
    static final KeyMaterial INSTANCE = new KeyMaterial();
  }

  static IllegalStateException cryptoFailure(JOSEException e) {
    return new IllegalStateException("fake-cognito could not sign or encrypt a token", e);
  }
}
