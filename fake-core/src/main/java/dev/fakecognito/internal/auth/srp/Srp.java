package dev.fakecognito.internal.auth.srp;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * The SRP-6a arithmetic Cognito uses for USER_SRP_AUTH and device authentication, shared by the
 * fake's server side and the client helper.
 *
 * <p>The group is the 3072-bit MODP prime of RFC 3526 with {@code g = 2}; hashes are SHA-256 over
 * the minimal two's-complement big-endian encoding of each integer ({@link #pad}); the session key
 * is 16 bytes of HKDF-SHA256 with the info string "Caldera Derived Key". Each step names the value
 * it computes the way Cognito's own clients do.
 */
public final class Srp {

  public static final BigInteger N = new BigInteger(
      "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD"
          + "EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED"
          + "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F"
          + "83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B"
          + "E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510"
          + "15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7"
          + "ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C"
          + "BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF",
      16);
  public static final BigInteger G = BigInteger.TWO;
  /** {@code k = H(pad(N) ‖ pad(g))}. */
  public static final BigInteger K = new BigInteger(1, sha256(pad(N), pad(G)));

  private static final byte[] INFO = "Caldera Derived Key".getBytes(StandardCharsets.UTF_8);
  private static final HexFormat HEX = HexFormat.of();

  /**
   * The TIMESTAMP format: English names, UTC, and a day of the month without zero padding.
   * Clients send it this way and the signature covers it.
   */
  public static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss 'UTC' yyyy", Locale.US).withZone(ZoneOffset.UTC);

  private Srp() {}

  /** The minimal two's-complement big-endian encoding of a non-negative integer. */
  public static byte[] pad(BigInteger value) {
    return value.toByteArray();
  }

  /** Reads an unsigned hexadecimal integer, with any leading zeros and either case. */
  public static BigInteger fromHex(String hex) {
    return new BigInteger(hex, 16);
  }

  public static String toHex(BigInteger value) {
    return value.toString(16);
  }

  /**
   * The private value {@code x = H(pad(salt) ‖ H(utf8(prefix + name + ":" + password)))}, where
   * {@code prefix} is the pool name for users and the device group key for devices.
   */
  public static BigInteger x(byte[] salt, String prefix, String name, String password) {
    byte[] inner = sha256((prefix + name + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new BigInteger(1, sha256(pad(new BigInteger(1, salt)), inner));
  }

  /** The verifier {@code v = g^x mod N}. */
  public static BigInteger verifier(BigInteger x) {
    return G.modPow(x, N);
  }

  /** The server's public value {@code B = (k·v + g^b) mod N}. */
  public static BigInteger serverPublic(BigInteger v, BigInteger b) {
    return K.multiply(v).add(G.modPow(b, N)).mod(N);
  }

  /** The client's public value {@code A = g^a mod N}. */
  public static BigInteger clientPublic(BigInteger a) {
    return G.modPow(a, N);
  }

  /** The scrambler {@code u = H(pad(A) ‖ pad(B))}. */
  public static BigInteger u(BigInteger a, BigInteger b) {
    return new BigInteger(1, sha256(pad(a), pad(b)));
  }

  /** The server's shared secret {@code S = (A · v^u)^b mod N}. */
  public static BigInteger serverSecret(BigInteger clientPublic, BigInteger v, BigInteger u, BigInteger b) {
    return clientPublic.multiply(v.modPow(u, N)).mod(N).modPow(b, N);
  }

  /** The client's shared secret {@code S = (B − k·g^x)^(a + u·x) mod N}. */
  public static BigInteger clientSecret(BigInteger serverPublic, BigInteger x, BigInteger a, BigInteger u) {
    BigInteger base = serverPublic.subtract(K.multiply(G.modPow(x, N))).mod(N);
    return base.modPow(a.add(u.multiply(x)), N);
  }

  /** The 16-byte session key: HKDF-SHA256 (RFC 5869) with salt {@code pad(u)} over {@code pad(S)}. */
  public static byte[] key(BigInteger s, BigInteger u) {
    return Hkdf.derive(pad(s), pad(u));
  }

  /**
   * BouncyCastle's HKDF, in a class of its own: BouncyCastle's jar is signed, and the first class
   * loaded from it costs the JVM a verification of the whole jar, which the password flows, whose
   * hashes also go through this class, should not pay.
   */
  private static final class Hkdf {
    static byte[] derive(byte[] secret, byte[] salt) {
      HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
      hkdf.init(new HKDFParameters(secret, salt, INFO));
      byte[] key = new byte[16];
      hkdf.generateBytes(key, 0, key.length);
      return key;
    }
  }

  /**
   * The PASSWORD_CLAIM_SIGNATURE: {@code Base64(HMAC-SHA256(K, utf8(prefix) ‖ utf8(name) ‖
   * secretBlock ‖ utf8(timestamp)))}.
   */
  public static String signature(byte[] key, String prefix, String name, byte[] secretBlock, String timestamp) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(prefix.getBytes(StandardCharsets.UTF_8));
      mac.update(name.getBytes(StandardCharsets.UTF_8));
      mac.update(secretBlock);
      mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(mac.doFinal());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
    }
  }

  /** Formats an instant as a TIMESTAMP. */
  public static String timestamp(Instant instant) {
    return TIMESTAMP.format(instant);
  }

  public static String hex(byte[] bytes) {
    return HEX.formatHex(bytes);
  }

  static byte[] sha256(byte[]... parts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (byte[] part : parts) {
        digest.update(part);
      }
      return digest.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

}
