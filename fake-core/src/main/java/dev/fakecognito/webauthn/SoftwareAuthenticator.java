package dev.fakecognito.webauthn;

import com.nimbusds.jose.util.JSONObjectUtils;
import dev.fakecognito.internal.util.Documents;
import dev.fakecognito.internal.webauthn.Cbor;
import dev.fakecognito.internal.webauthn.CoseKey;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x509.TBSCertificate;
import org.bouncycastle.asn1.x509.Time;
import org.bouncycastle.asn1.x509.V3TBSCertificateGenerator;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.document.Document;

/**
 * A passkey authenticator in software, for tests: it creates credentials from the
 * CredentialCreationOptions that StartWebAuthnRegistration returns and signs the
 * CREDENTIAL_REQUEST_OPTIONS of a WEB_AUTHN challenge, as a browser and a passkey provider
 * together would, for one origin. It works against the fake and against the real service.
 *
 * <pre>{@code
 * SoftwareAuthenticator passkey = SoftwareAuthenticator.create("https://example.com");
 * Document options = cognito.startWebAuthnRegistration(r -> r.accessToken(token)).credentialCreationOptions();
 * cognito.completeWebAuthnRegistration(r -> r.accessToken(token).credential(passkey.register(options)));
 *
 * // USER_AUTH with PREFERRED_CHALLENGE=WEB_AUTHN gave a WEB_AUTHN challenge:
 * String assertion = passkey.authenticate(challenge.challengeParameters().get("CREDENTIAL_REQUEST_OPTIONS"));
 * cognito.respondToAuthChallenge(r -> r.clientId(clientId).session(challenge.session())
 *     .challengeName(ChallengeNameType.WEB_AUTHN)
 *     .challengeResponses(Map.of("USERNAME", "alice", "CREDENTIAL", assertion)));
 * }</pre>
 *
 * <p>By default credentials use ES256 with {@code none} attestation, and every response claims
 * user presence and user verification. The {@code with...} methods return a view that shares the
 * credentials but misbehaves in one way, to test the relying party's refusals: another origin or
 * RP ID, no user verification, a signature counter that does not move.
 *
 * <p>Instances are thread-safe. Keys live only in memory; RS256 credentials share one RSA key per
 * JVM, since generating RSA keys is slow.
 */
public final class SoftwareAuthenticator {

  /** The credential algorithms Cognito asks for. */
  public enum Algorithm {
    /** ECDSA on P-256 with SHA-256 (COSE -7). */
    ES256,
    /** RSASSA-PKCS1-v1_5 with SHA-256 (COSE -257). */
    RS256
  }

  /** The attestation statement a registration carries. */
  public enum Attestation {
    /** Format {@code none}: no statement. */
    NONE,
    /** Format {@code packed}, self attestation: signed with the credential's own key. */
    PACKED_SELF,
    /** Format {@code packed} with {@code x5c}: signed by an attestation key with a self-signed certificate. */
    PACKED_X5C
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Settings settings;
  private final List<Credential> credentials;

  private record Settings(String origin, Algorithm algorithm, Attestation attestation, boolean userVerification,
      @Nullable String rpIdOverride, boolean frozenCounter) {}

  private record Credential(byte[] id, Algorithm algorithm, KeyPair keys, String rpId, byte @Nullable [] userHandle,
      AtomicLong counter) {}

  private SoftwareAuthenticator(Settings settings, List<Credential> credentials) {
    this.settings = settings;
    this.credentials = credentials;
  }

  /** An ES256 authenticator with {@code none} attestation, used on {@code origin} (e.g. {@code https://example.com}). */
  public static SoftwareAuthenticator create(String origin) {
    return builder().origin(origin).build();
  }

  /** A builder; only the origin must be set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a credential for the given options, as {@code navigator.credentials.create()} would,
   * and returns the RegistrationResponseJSON for CompleteWebAuthnRegistration.
   *
   * @param creationOptions the CredentialCreationOptions of StartWebAuthnRegistration
   * @throws IllegalArgumentException if the options are not PublicKeyCredentialCreationOptions
   *     JSON, do not offer this authenticator's algorithm, or exclude one of its credentials
   */
  public Document register(Document creationOptions) {
    Map<String, Object> options = map(Documents.toJava(creationOptions), "creation options");
    Map<String, Object> rp = map(options.get("rp"), "rp");
    String rpId = string(rp.get("id"), "rp.id");
    Map<String, Object> user = map(options.get("user"), "user");
    byte[] userHandle = user.get("id") instanceof String id ? decode(id) : null;
    long coseAlgorithm = settings.algorithm == Algorithm.ES256 ? CoseKey.ES256 : CoseKey.RS256;
    boolean offered = options.get("pubKeyCredParams") instanceof List<?> params && params.stream()
        .anyMatch(p -> p instanceof Map<?, ?> m && m.get("alg") instanceof Number n && n.longValue() == coseAlgorithm);
    if (!offered) {
      throw new IllegalArgumentException("the options do not offer " + settings.algorithm);
    }
    if (options.get("excludeCredentials") instanceof List<?> excluded) {
      for (Object descriptor : excluded) {
        if (descriptor instanceof Map<?, ?> m && m.get("id") instanceof String id && find(id, rpId) != null) {
          throw new IllegalArgumentException("InvalidStateError: a credential in excludeCredentials is here");
        }
      }
    }
    byte[] id = random(32);
    Credential credential = new Credential(id, settings.algorithm, keyPair(settings.algorithm), rpId, userHandle,
        new AtomicLong());
    byte[] clientData = clientData("webauthn.create", string(options.get("challenge"), "challenge"));
    byte[] authData = authenticatorData(credential, true);
    Map<Object, Object> attestation = new LinkedHashMap<>();
    attestation.put("fmt", settings.attestation == Attestation.NONE ? "none" : "packed");
    attestation.put("attStmt", statement(credential, concat(authData, sha256(clientData))));
    attestation.put("authData", authData);
    credentials.add(credential);
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("clientDataJSON", encode(clientData));
    response.put("attestationObject", encode(Cbor.encode(attestation)));
    response.put("transports", List.of("internal", "hybrid"));
    return Documents.fromJava(publicKeyCredential(id, response));
  }

  /**
   * Signs a sign-in challenge with a matching credential, as {@code navigator.credentials.get()}
   * would, and returns the AuthenticationResponseJSON to send as CREDENTIAL.
   *
   * @param requestOptions CREDENTIAL_REQUEST_OPTIONS of the WEB_AUTHN challenge
   * @throws IllegalArgumentException if the options are not JSON, or no credential of this
   *     authenticator matches their RP ID and allowCredentials
   */
  public String authenticate(String requestOptions) {
    Map<String, Object> options;
    try {
      options = JSONObjectUtils.parse(requestOptions);
    } catch (ParseException e) {
      throw new IllegalArgumentException("the request options are not JSON", e);
    }
    String rpId = string(options.get("rpId"), "rpId");
    Credential credential = null;
    if (options.get("allowCredentials") instanceof List<?> allowed && !allowed.isEmpty()) {
      for (Object descriptor : allowed) {
        if (credential == null && descriptor instanceof Map<?, ?> m && m.get("id") instanceof String id) {
          credential = find(id, rpId);
        }
      }
    } else {
      credential = credentials.stream().filter(c -> c.rpId.equals(rpId)).findFirst().orElse(null);
    }
    if (credential == null) {
      throw new IllegalArgumentException("NotAllowedError: no credential for " + rpId);
    }
    byte[] clientData = clientData("webauthn.get", string(options.get("challenge"), "challenge"));
    byte[] authData = authenticatorData(credential, false);
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("clientDataJSON", encode(clientData));
    response.put("authenticatorData", encode(authData));
    response.put("signature", encode(sign(credential.algorithm, credential.keys.getPrivate(),
        concat(authData, sha256(clientData)))));
    if (credential.userHandle != null) {
      response.put("userHandle", encode(credential.userHandle));
    }
    return JSONObjectUtils.toJSONString(publicKeyCredential(credential.id, response));
  }

  /** The IDs of the credentials made so far, Base64URL as Cognito lists them, oldest first. */
  public List<String> credentialIds() {
    return credentials.stream().map(c -> encode(c.id)).toList();
  }

  /** A view with the same credentials whose responses claim another origin. */
  public SoftwareAuthenticator withOrigin(String origin) {
    return new SoftwareAuthenticator(new Settings(Objects.requireNonNull(origin), settings.algorithm,
        settings.attestation, settings.userVerification, settings.rpIdOverride, settings.frozenCounter), credentials);
  }

  /** A view with the same credentials whose authenticator data hashes {@code rpId} instead of the options' one. */
  public SoftwareAuthenticator withRelyingPartyId(String rpId) {
    return new SoftwareAuthenticator(new Settings(settings.origin, settings.algorithm, settings.attestation,
        settings.userVerification, Objects.requireNonNull(rpId), settings.frozenCounter), credentials);
  }

  /** A view with the same credentials that never sets the user-verified flag. */
  public SoftwareAuthenticator withoutUserVerification() {
    return new SoftwareAuthenticator(new Settings(settings.origin, settings.algorithm, settings.attestation,
        false, settings.rpIdOverride, settings.frozenCounter), credentials);
  }

  /**
   * A view with the same credentials whose assertions repeat the last signature counter instead of
   * increasing it, as a cloned authenticator would.
   */
  public SoftwareAuthenticator withReplayedCounter() {
    return new SoftwareAuthenticator(new Settings(settings.origin, settings.algorithm, settings.attestation,
        settings.userVerification, settings.rpIdOverride, true), credentials);
  }

  /** Builds a {@link SoftwareAuthenticator}. */
  public static final class Builder {
    private @Nullable String origin;
    private Algorithm algorithm = Algorithm.ES256;
    private Attestation attestation = Attestation.NONE;
    private boolean userVerification = true;

    private Builder() {}

    /** The origin of the page the ceremonies run on, e.g. {@code https://example.com}; required. */
    public Builder origin(String origin) {
      this.origin = Objects.requireNonNull(origin, "origin");
      return this;
    }

    /** The algorithm of new credentials; ES256 unless set. */
    public Builder algorithm(Algorithm algorithm) {
      this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
      return this;
    }

    /** The attestation of registrations; NONE unless set. */
    public Builder attestation(Attestation attestation) {
      this.attestation = Objects.requireNonNull(attestation, "attestation");
      return this;
    }

    /** Whether responses claim user verification (the UV flag); true unless set. */
    public Builder userVerification(boolean userVerification) {
      this.userVerification = userVerification;
      return this;
    }

    /**
     * The authenticator.
     *
     * @throws IllegalStateException if no origin was set
     */
    public SoftwareAuthenticator build() {
      if (origin == null) {
        throw new IllegalStateException("origin must be set");
      }
      return new SoftwareAuthenticator(new Settings(origin, algorithm, attestation, userVerification, null, false),
          new CopyOnWriteArrayList<>());
    }
  }

  /* ---- Responses ---- */

  private Map<String, Object> publicKeyCredential(byte[] id, Map<String, Object> response) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", encode(id));
    json.put("rawId", encode(id));
    json.put("type", "public-key");
    json.put("response", response);
    json.put("authenticatorAttachment", "platform");
    json.put("clientExtensionResults", Map.of());
    return json;
  }

  private byte[] clientData(String type, String challenge) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("type", type);
    json.put("challenge", challenge);
    json.put("origin", settings.origin);
    json.put("crossOrigin", false);
    return JSONObjectUtils.toJSONString(json).getBytes(StandardCharsets.UTF_8);
  }

  private byte[] authenticatorData(Credential credential, boolean attested) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String rpId = settings.rpIdOverride != null ? settings.rpIdOverride : credential.rpId;
    out.writeBytes(sha256(rpId.getBytes(StandardCharsets.UTF_8)));
    int flags = 0x01 | (settings.userVerification ? 0x04 : 0) | (attested ? 0x40 : 0);
    out.write(flags);
    long count = attested || settings.frozenCounter ? credential.counter.get() : credential.counter.incrementAndGet();
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) count).array());
    if (attested) {
      out.writeBytes(new byte[16]);
      out.write(credential.id.length >>> 8);
      out.write(credential.id.length);
      out.writeBytes(credential.id);
      long alg = credential.algorithm == Algorithm.ES256 ? CoseKey.ES256 : CoseKey.RS256;
      out.writeBytes(Cbor.encode(CoseKey.toMap(alg, credential.keys.getPublic())));
    }
    return out.toByteArray();
  }

  private Map<Object, Object> statement(Credential credential, byte[] signed) {
    Map<Object, Object> statement = new LinkedHashMap<>();
    switch (settings.attestation) {
      case PACKED_SELF -> {
        statement.put("alg", credential.algorithm == Algorithm.ES256 ? CoseKey.ES256 : CoseKey.RS256);
        statement.put("sig", sign(credential.algorithm, credential.keys.getPrivate(), signed));
      }
      case PACKED_X5C -> {
        KeyPair attestationKey = keyPair(Algorithm.ES256);
        statement.put("alg", CoseKey.ES256);
        statement.put("sig", sign(Algorithm.ES256, attestationKey.getPrivate(), signed));
        statement.put("x5c", List.of(selfSignedCertificate(attestationKey)));
      }
      default -> { }
    }
    return statement;
  }

  private @Nullable Credential find(String id, String rpId) {
    byte[] wanted = decode(id);
    for (Credential credential : credentials) {
      if (java.util.Arrays.equals(credential.id, wanted) && credential.rpId.equals(rpId)) {
        return credential;
      }
    }
    return null;
  }

  /* ---- Keys and certificates ---- */

  /** One RSA key for every RS256 credential of the JVM: RSA key generation takes tens of milliseconds. */
  private static final class RsaKey {
    static final KeyPair KEYS = generate("RSA", 2048);
  }

  private static KeyPair keyPair(Algorithm algorithm) {
    return algorithm == Algorithm.RS256 ? RsaKey.KEYS : generate("EC", 256);
  }

  private static KeyPair generate(String type, int size) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance(type);
      if (type.equals("EC")) {
        generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
      } else {
        generator.initialize(size, RANDOM);
      }
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot generate a " + type + " key", e);
    }
  }

  private static byte[] sign(Algorithm algorithm, PrivateKey key, byte[] data) {
    try {
      Signature signature = Signature.getInstance(algorithm == Algorithm.ES256 ? "SHA256withECDSA" : "SHA256withRSA");
      signature.initSign(key);
      signature.update(data);
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign", e);
    }
  }

  /** A self-signed attestation certificate in the form packed attestation asks for (WebAuthn §8.2.1). */
  private static byte[] selfSignedCertificate(KeyPair keys) {
    try {
      AlgorithmIdentifier ecdsa = new AlgorithmIdentifier(X9ObjectIdentifiers.ecdsa_with_SHA256);
      X500Name name = new X500Name("C=US, O=fake-cognito, OU=Authenticator Attestation, CN=Software Authenticator");
      V3TBSCertificateGenerator generator = new V3TBSCertificateGenerator();
      generator.setSerialNumber(new ASN1Integer(new BigInteger(64, RANDOM)));
      generator.setIssuer(name);
      generator.setSubject(name);
      // Fixed dates: nothing here depends on the time of the test.
      generator.setStartDate(new Time(new Date(1_577_836_800_000L)));
      generator.setEndDate(new Time(new Date(4_102_444_800_000L)));
      generator.setSignature(ecdsa);
      generator.setSubjectPublicKeyInfo(SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded()));
      TBSCertificate tbs = generator.generateTBSCertificate();
      ASN1EncodableVector certificate = new ASN1EncodableVector();
      certificate.add(tbs);
      certificate.add(ecdsa);
      certificate.add(new DERBitString(sign(Algorithm.ES256, keys.getPrivate(), tbs.getEncoded())));
      return new DERSequence(certificate).getEncoded();
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot encode the attestation certificate", e);
    }
  }

  /* ---- Encoding ---- */

  private static byte[] random(int length) {
    byte[] bytes = new byte[length];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  private static String encode(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static byte[] decode(String text) {
    try {
      return Base64.getUrlDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not Base64URL: " + text, e);
    }
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] joined = java.util.Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, joined, first.length, second.length);
    return joined;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(@Nullable Object value, String what) {
    if (!(value instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException(what + " must be a JSON object");
    }
    return (Map<String, Object>) map;
  }

  private static String string(@Nullable Object value, String what) {
    if (!(value instanceof String text)) {
      throw new IllegalArgumentException(what + " must be a string");
    }
    return text;
  }
}
