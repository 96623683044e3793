package dev.fakecognito.internal.webauthn;

import com.nimbusds.jose.util.JSONObjectUtils;
import dev.fakecognito.internal.errors.CognitoErrors;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;

/**
 * The relying party's checks of WebAuthn responses (WebAuthn §7.1 and §7.2), with the errors
 * Cognito gives.
 *
 * <p>What this fake accepts, where Cognito's rules are not documented:
 *
 * <ul>
 *   <li>Origins: {@code https://} on the RP ID or one of its subdomains, any port; and {@code
 *       http://localhost} (any port) when the RP ID is {@code localhost}, as browsers allow.
 *   <li>Attestation formats {@code none} and {@code packed}. A packed statement with {@code x5c} is
 *       checked with the leaf certificate's key only; no chain is built to a trusted root and no
 *       metadata service is asked. Any other format is refused as not supported.
 *   <li>Keys: ES256 (P-256) and RS256.
 * </ul>
 */
public final class RelyingParty {

  private RelyingParty() {}

  /**
   * A registration response that passed every check.
   *
   * @param credentialId the credential ID, Base64URL without padding
   * @param algorithm the key's COSE algorithm
   * @param publicKey the COSE_Key as sent
   * @param signCount the authenticator's initial signature counter
   * @param attachment {@code authenticatorAttachment} as the client reported it, if it did
   * @param transports {@code response.transports} as the client reported them
   */
  public record Registration(String credentialId, long algorithm, byte[] publicKey, long signCount,
      @Nullable String attachment, List<String> transports) {}

  /**
   * Checks a RegistrationResponseJSON against the challenge it must answer.
   *
   * @param credential the parsed JSON document
   * @param rpId the pool's relying party ID
   * @param challenge the registration challenge, Base64URL
   * @param userVerification whether the pool requires user verification
   */
  public static Registration verifyRegistration(Object credential, String rpId, String challenge,
      boolean userVerification) {
    Function<String, CognitoIdentityProviderException> malformed = CognitoErrors::invalidWebAuthnCredential;
    Map<String, Object> json = object(credential, "Credential", malformed);
    String id = text(json, "id", malformed);
    byte[] rawId = base64Url(json.containsKey("rawId") ? text(json, "rawId", malformed) : id, "rawId", malformed);
    if (!Arrays.equals(rawId, base64Url(id, "id", malformed))) {
      throw malformed.apply("id and rawId differ.");
    }
    if (!"public-key".equals(json.get("type"))) {
      throw malformed.apply("type must be public-key.");
    }
    Map<String, Object> response = object(json.get("response"), "response", malformed);
    byte[] clientDataJson = base64Url(text(response, "clientDataJSON", malformed), "clientDataJSON", malformed);
    Map<String, Object> clientData = clientData(clientDataJson, malformed);
    if (!"webauthn.create".equals(clientData.get("type"))) {
      throw malformed.apply("clientDataJSON.type must be webauthn.create.");
    }
    if (!challenge.equals(stripPadding(clientData.get("challenge")))) {
      throw CognitoErrors.webAuthnChallengeNotFound();
    }
    String origin = clientData.get("origin") instanceof String o ? o : "";
    if (!originAllowed(origin, rpId)) {
      throw CognitoErrors.webAuthnOriginNotAllowed(origin);
    }
    byte[] attestation = base64Url(text(response, "attestationObject", malformed), "attestationObject", malformed);
    Map<?, ?> attestationObject;
    AuthenticatorData data;
    byte[] authData;
    try {
      if (!(Cbor.decode(attestation) instanceof Map<?, ?> decoded)) {
        throw malformed.apply("attestationObject is not a CBOR map.");
      }
      attestationObject = decoded;
      if (!(attestationObject.get("authData") instanceof byte[] bytes)) {
        throw malformed.apply("attestationObject has no authData.");
      }
      authData = bytes;
      data = AuthenticatorData.parse(authData);
    } catch (Cbor.CborException e) {
      throw malformed.apply("attestationObject is malformed: " + e.getMessage() + ".");
    }
    if (!Arrays.equals(data.rpIdHash(), sha256(rpId.getBytes(StandardCharsets.UTF_8)))) {
      throw CognitoErrors.webAuthnRelyingPartyMismatch();
    }
    if (!data.has(AuthenticatorData.UP)) {
      throw malformed.apply("the user was not present.");
    }
    if (userVerification && !data.has(AuthenticatorData.UV)) {
      throw CognitoErrors.webAuthnCredentialNotSupported("the user pool requires user verification.");
    }
    if (!data.has(AuthenticatorData.AT) || data.credentialId() == null) {
      throw malformed.apply("authenticator data has no attested credential.");
    }
    if (!Arrays.equals(data.credentialId(), rawId)) {
      throw malformed.apply("the attested credential ID is not the credential's ID.");
    }
    CoseKey key;
    try {
      key = CoseKey.parse(data.credentialKey());
    } catch (CoseKey.UnsupportedKeyException e) {
      throw CognitoErrors.webAuthnCredentialNotSupported(e.getMessage() + ".");
    } catch (Cbor.CborException e) {
      throw malformed.apply(e.getMessage() + ".");
    }
    byte[] signed = concat(authData, sha256(clientDataJson));
    checkAttestation(attestationObject.get("fmt"), attestationObject.get("attStmt"), key, signed, malformed);
    String attachment = json.get("authenticatorAttachment") instanceof String a ? a : null;
    List<String> transports = new ArrayList<>();
    if (response.get("transports") instanceof List<?> list) {
      for (Object transport : list) {
        if (transport instanceof String t) {
          transports.add(t);
        }
      }
    }
    byte[] publicKey = Cbor.encode(data.credentialKey());
    return new Registration(encode(rawId), key.algorithm(), publicKey, data.signCount(), attachment, transports);
  }

  /**
   * Checks an AuthenticationResponseJSON against the sign-in challenge and the passkey it names.
   *
   * @param passkey the user's passkey the assertion names
   * @return the new signature counter
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException for
   *     any failed check
   */
  public static long verifyAssertion(Map<String, Object> json, Passkey passkey, String challenge,
      boolean userVerification) {
    Function<String, CognitoIdentityProviderException> refused = CognitoErrors::passkeyAssertionFailed;
    if (!"public-key".equals(json.get("type"))) {
      throw refused.apply("type must be public-key.");
    }
    Map<String, Object> response = object(json.get("response"), "response", refused);
    byte[] clientDataJson = base64Url(text(response, "clientDataJSON", refused), "clientDataJSON", refused);
    Map<String, Object> clientData = clientData(clientDataJson, refused);
    if (!"webauthn.get".equals(clientData.get("type"))) {
      throw refused.apply("clientDataJSON.type must be webauthn.get.");
    }
    if (!challenge.equals(stripPadding(clientData.get("challenge")))) {
      throw refused.apply("the challenge does not match.");
    }
    String origin = clientData.get("origin") instanceof String o ? o : "";
    if (!originAllowed(origin, passkey.relyingPartyId())) {
      throw refused.apply("origin " + origin + " is not allowed.");
    }
    byte[] authData = base64Url(text(response, "authenticatorData", refused), "authenticatorData", refused);
    byte[] signature = base64Url(text(response, "signature", refused), "signature", refused);
    AuthenticatorData data;
    try {
      data = AuthenticatorData.parse(authData);
    } catch (Cbor.CborException e) {
      throw refused.apply("authenticatorData is malformed.");
    }
    if (!Arrays.equals(data.rpIdHash(), sha256(passkey.relyingPartyId().getBytes(StandardCharsets.UTF_8)))) {
      throw refused.apply("the relying party ID does not match.");
    }
    if (!data.has(AuthenticatorData.UP)) {
      throw refused.apply("the user was not present.");
    }
    if (userVerification && !data.has(AuthenticatorData.UV)) {
      throw refused.apply("user verification is required.");
    }
    if (!passkey.key().verifies(concat(authData, sha256(clientDataJson)), signature)) {
      throw refused.apply("the signature does not verify.");
    }
    long count = data.signCount();
    // WebAuthn §7.2 step 21: a counter that does not grow may mean a cloned authenticator.
    if ((count != 0 || passkey.signCount() != 0) && count <= passkey.signCount()) {
      throw refused.apply("the signature counter did not increase.");
    }
    return count;
  }

  /**
   * Whether a ceremony on {@code origin} may use {@code rpId}: HTTPS on the RP ID or a subdomain,
   * or plain HTTP on localhost for an RP ID of localhost.
   */
  public static boolean originAllowed(String origin, String rpId) {
    URI uri;
    try {
      uri = new URI(origin);
    } catch (URISyntaxException e) {
      return false;
    }
    String host = uri.getHost();
    if (host == null || uri.getScheme() == null || (uri.getPath() != null && !uri.getPath().isEmpty())
        || uri.getQuery() != null || uri.getFragment() != null || uri.getUserInfo() != null) {
      return false;
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    host = host.toLowerCase(Locale.ROOT);
    String rp = rpId.toLowerCase(Locale.ROOT);
    if (scheme.equals("http")) {
      return rp.equals("localhost") && host.equals("localhost");
    }
    return scheme.equals("https") && (host.equals(rp) || host.endsWith("." + rp));
  }

  /* ---- Attestation ---- */

  private static void checkAttestation(@Nullable Object format, @Nullable Object statement, CoseKey key,
      byte[] signed, Function<String, CognitoIdentityProviderException> malformed) {
    if (!(statement instanceof Map<?, ?> attStmt)) {
      throw malformed.apply("attStmt must be a map.");
    }
    if ("none".equals(format)) {
      if (!attStmt.isEmpty()) {
        throw malformed.apply("a none attestation must have an empty attStmt.");
      }
      return;
    }
    if (!"packed".equals(format)) {
      throw CognitoErrors.webAuthnCredentialNotSupported("attestation format " + format + " is not supported.");
    }
    if (!(attStmt.get("alg") instanceof Long alg) || !(attStmt.get("sig") instanceof byte[] sig)) {
      throw malformed.apply("a packed attestation needs alg and sig.");
    }
    if (attStmt.get("x5c") instanceof List<?> chain) {
      if (chain.isEmpty() || !(chain.get(0) instanceof byte[] leaf)) {
        throw malformed.apply("x5c must hold the attestation certificate.");
      }
      X509Certificate certificate;
      try {
        certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
            .generateCertificate(new ByteArrayInputStream(leaf));
      } catch (CertificateException | ClassCastException e) {
        throw malformed.apply("the attestation certificate cannot be read.");
      }
      if (!CoseKey.verify(alg, certificate.getPublicKey(), signed, sig)) {
        throw malformed.apply("the attestation signature does not verify.");
      }
      return;
    }
    if (attStmt.containsKey("ecdaaKeyId")) {
      throw CognitoErrors.webAuthnCredentialNotSupported("ECDAA attestation is not supported.");
    }
    // Self attestation: signed with the credential's own key, under its own algorithm.
    if (alg != key.algorithm() || !key.verifies(signed, sig)) {
      throw malformed.apply("the self attestation signature does not verify.");
    }
  }

  /* ---- Encoding helpers ---- */

  /** Base64URL without padding, WebAuthn's encoding of binary values in JSON. */
  public static String encode(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  private static @Nullable String stripPadding(@Nullable Object value) {
    return value instanceof String s ? s.replace("=", "") : null;
  }

  private static Map<String, Object> clientData(byte[] json,
      Function<String, CognitoIdentityProviderException> error) {
    try {
      return JSONObjectUtils.parse(new String(json, StandardCharsets.UTF_8));
    } catch (ParseException | RuntimeException e) {
      throw error.apply("clientDataJSON is not a JSON object.");
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(@Nullable Object value, String name,
      Function<String, CognitoIdentityProviderException> error) {
    if (!(value instanceof Map<?, ?> map)) {
      throw error.apply(name + " must be a JSON object.");
    }
    return (Map<String, Object>) map;
  }

  private static String text(Map<String, Object> json, String name,
      Function<String, CognitoIdentityProviderException> error) {
    if (!(json.get(name) instanceof String value)) {
      throw error.apply(name + " is missing.");
    }
    return value;
  }

  private static byte[] base64Url(String value, String name,
      Function<String, CognitoIdentityProviderException> error) {
    try {
      byte[] bytes = Base64.getUrlDecoder().decode(value);
      if (bytes.length == 0) {
        throw error.apply(name + " is empty.");
      }
      return bytes;
    } catch (IllegalArgumentException e) {
      throw error.apply(name + " is not Base64URL.");
    }
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] joined = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, joined, first.length, second.length);
    return joined;
  }
}
