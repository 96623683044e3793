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
import java.util.concurrent.CompletableFuture;

/**
 * The RSA keys every fake in this JVM signs and encrypts with.
 *
 * <p>Generating a 2048-bit RSA key costs tens of milliseconds, far more than a test should pay for
 * a fresh fake, so the keys are generated once per JVM, in the background from the first fake on,
 * and shared. Pools still publish their own key IDs (see {@link TokenService}), so a token of one
 * pool is never found in another pool's JWKS. The holder is immutable once built.
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
    return Holder.KEYS.join();
  }

  /** Starts generating the keys in the background, if that has not started yet. */
  static void prepare() {
    Holder.KEYS.isDone();
  }

  /**
   * Initialization-on-demand: generation starts, on a daemon thread of the common pool, the first
   * time a fake is created, so it overlaps with the test's own set-up instead of delaying its
   * first sign-in.
   */
  private static final class Holder {
    static final CompletableFuture<KeyMaterial> KEYS = CompletableFuture.supplyAsync(KeyMaterial::new);
  }

  static IllegalStateException cryptoFailure(JOSEException e) {
    return new IllegalStateException("fake-cognito could not sign or encrypt a token", e);
  }
}
