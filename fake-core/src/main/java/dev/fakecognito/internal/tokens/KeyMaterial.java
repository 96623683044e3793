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
 * One pool's RSA key pair, with the Nimbus signer, verifier, encrypter and decrypter over it.
 *
 * <p>A pool signs its ID and access tokens and encrypts its refresh tokens with this one key pair.
 * Cognito uses a separate key for each, but a 2048-bit key costs the first test in a JVM over half
 * a second of CPU, and the difference cannot be seen through the API: the JWKS still lists one
 * entry per token use under its own key ID, and every pool of a fake has a key of its own. The
 * holder is immutable.
 */
final class KeyMaterial {

  final KeyPair keyPair;
  final RSASSASigner signer;
  final RSASSAVerifier verifier;
  final RSAEncrypter encrypter;
  final RSADecrypter decrypter;

  private KeyMaterial(KeyPair keyPair) {
    this.keyPair = keyPair;
    // Built here, on the generating thread, so that their classes load off the caller's path.
    this.signer = new RSASSASigner(keyPair.getPrivate());
    this.verifier = new RSASSAVerifier((RSAPublicKey) keyPair.getPublic());
    this.encrypter = new RSAEncrypter((RSAPublicKey) keyPair.getPublic());
    this.decrypter = new RSADecrypter((RSAPrivateKey) keyPair.getPrivate());
  }

  /** Generates a fresh 2048-bit key pair: tens to hundreds of milliseconds of CPU. */
  static KeyMaterial generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return new KeyMaterial(generator.generateKeyPair());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("RSA is required by every Java platform", e);
    }
  }

  RSAPublicKey publicKey() {
    return (RSAPublicKey) keyPair.getPublic();
  }

  static IllegalStateException cryptoFailure(JOSEException e) {
    return new IllegalStateException("fake-cognito could not sign or encrypt a token", e);
  }
}
