package dev.fakecognito.idp;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/**
 * The RSA keys fake identity providers sign with: one JVM-wide key that every provider publishes,
 * and a second that signs the tokens meant to fail signature checks. Each is made on first use.
 */
final class SigningKeys {

  /** The key ID both keys carry, so that a token signed with the other key names the published one. */
  static final String KEY_ID = "fake-idp-key";

  private SigningKeys() {}

  static RSAKey published() {
    return Published.KEY;
  }

  static RSAKey other() {
    return Other.KEY;
  }

  private static RSAKey generate() {
    try {
      return new RSAKeyGenerator(2048).keyID(KEY_ID).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot generate an RSA key", e);
    }
  }

  private static final class Published {
    static final RSAKey KEY = generate();
  }

  private static final class Other {
    static final RSAKey KEY = generate();
  }
}
