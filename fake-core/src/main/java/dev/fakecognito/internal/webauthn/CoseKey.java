package dev.fakecognito.internal.webauthn;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A credential public key in COSE form (RFC 9052 §7, RFC 9053), the two algorithms Cognito asks
 * passkeys for: ES256 (-7, EC2 key on P-256) and RS256 (-257, RSA key).
 *
 * @param algorithm the COSE algorithm, {@link #ES256} or {@link #RS256}
 * @param key the key
 */
public record CoseKey(long algorithm, PublicKey key) {

  /** ECDSA over P-256 with SHA-256. */
  public static final long ES256 = -7;
  /** RSASSA-PKCS1-v1_5 with SHA-256. */
  public static final long RS256 = -257;

  private static final long KTY = 1;
  private static final long ALG = 3;
  private static final long EC2 = 2;
  private static final long RSA = 3;
  private static final long P256 = 1;

  /** Thrown for a COSE key this relying party does not take. */
  public static final class UnsupportedKeyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnsupportedKeyException(String message) {
      super(message);
    }
  }

  /**
   * Reads a decoded COSE_Key map.
   *
   * @throws UnsupportedKeyException for another key type, algorithm or curve
   * @throws Cbor.CborException for a map that is not a well-formed key of its type
   */
  public static CoseKey parse(Object decoded) {
    if (!(decoded instanceof Map<?, ?> map)) {
      throw new Cbor.CborException("a COSE key must be a map");
    }
    Object kty = map.get(KTY);
    Object alg = map.get(ALG);
    try {
      if (Long.valueOf(EC2).equals(kty) && Long.valueOf(ES256).equals(alg)) {
        if (!Long.valueOf(P256).equals(map.get(-1L))) {
          throw new UnsupportedKeyException("only the P-256 curve is supported");
        }
        ECParameterSpec curve = p256();
        ECPoint point = new ECPoint(unsigned(map.get(-2L), 32), unsigned(map.get(-3L), 32));
        PublicKey key = KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, curve));
        return new CoseKey(ES256, key);
      }
      if (Long.valueOf(RSA).equals(kty) && Long.valueOf(RS256).equals(alg)) {
        BigInteger modulus = unsigned(map.get(-1L), 512);
        BigInteger exponent = unsigned(map.get(-2L), 8);
        PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent));
        return new CoseKey(RS256, key);
      }
    } catch (GeneralSecurityException e) {
      throw new Cbor.CborException("the COSE key is not a valid public key");
    }
    throw new UnsupportedKeyException("unsupported COSE key type " + kty + " with algorithm " + alg);
  }

  /** The COSE_Key map of an ES256 or RS256 public key, ready for {@link Cbor#encode}. */
  public static Map<Object, Object> toMap(long algorithm, PublicKey key) {
    Map<Object, Object> map = new LinkedHashMap<>();
    if (algorithm == ES256 && key instanceof ECPublicKey ec) {
      map.put(KTY, EC2);
      map.put(ALG, ES256);
      map.put(-1L, P256);
      map.put(-2L, fixed(ec.getW().getAffineX(), 32));
      map.put(-3L, fixed(ec.getW().getAffineY(), 32));
    } else if (algorithm == RS256 && key instanceof RSAPublicKey rsa) {
      map.put(KTY, RSA);
      map.put(ALG, RS256);
      map.put(-1L, magnitude(rsa.getModulus()));
      map.put(-2L, magnitude(rsa.getPublicExponent()));
    } else {
      throw new IllegalArgumentException("not an ES256 or RS256 key: " + algorithm);
    }
    return map;
  }

  /** The JCA signature algorithm of a COSE algorithm; ECDSA signatures are DER-encoded in WebAuthn. */
  public static String jcaName(long algorithm) {
    if (algorithm == ES256) {
      return "SHA256withECDSA";
    }
    if (algorithm == RS256) {
      return "SHA256withRSA";
    }
    throw new UnsupportedKeyException("unsupported COSE algorithm " + algorithm);
  }

  /** Whether {@code signature} is this key's signature over {@code data}. */
  public boolean verifies(byte[] data, byte[] signature) {
    return verify(algorithm, key, data, signature);
  }

  /** Whether {@code signature} is {@code key}'s signature over {@code data} with the COSE algorithm. */
  public static boolean verify(long algorithm, PublicKey key, byte[] data, byte[] signature) {
    try {
      Signature verifier = Signature.getInstance(jcaName(algorithm));
      verifier.initVerify(key);
      verifier.update(data);
      return verifier.verify(signature);
    } catch (GeneralSecurityException | RuntimeException e) {
      // A malformed signature or a key of the wrong type proves nothing.
      return false;
    }
  }

  private static ECParameterSpec p256() throws GeneralSecurityException {
    AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
    parameters.init(new ECGenParameterSpec("secp256r1"));
    return parameters.getParameterSpec(ECParameterSpec.class);
  }

  private static BigInteger unsigned(Object value, int maxLength) {
    if (!(value instanceof byte[] bytes) || bytes.length == 0 || bytes.length > maxLength) {
      throw new Cbor.CborException("a COSE key parameter is missing or malformed");
    }
    return new BigInteger(1, bytes);
  }

  private static byte[] fixed(BigInteger value, int length) {
    byte[] bytes = magnitude(value);
    byte[] padded = new byte[length];
    System.arraycopy(bytes, 0, padded, length - bytes.length, bytes.length);
    return padded;
  }

  private static byte[] magnitude(BigInteger value) {
    byte[] bytes = value.toByteArray();
    return bytes.length > 1 && bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
  }
}
