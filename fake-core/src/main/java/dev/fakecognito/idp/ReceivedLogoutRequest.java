package dev.fakecognito.idp;

import dev.fakecognito.internal.federation.saml.SamlXml;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * A LogoutRequest that a {@link FakeSamlProvider} received over the HTTP-Redirect binding.
 *
 * @param id the request's ID
 * @param issuer its Issuer, the service provider's entity ID
 * @param nameId the NameID of the user to sign out
 * @param destination its Destination, or null
 * @param issueInstant its IssueInstant as written
 * @param relayState the RelayState that came with it, or null
 * @param xml the request's XML
 * @param signedQuery if it came signed, the query octets the signature covers; else null
 * @param querySignature the Signature parameter, or null
 * @param sigAlg the SigAlg parameter, or null
 */
public record ReceivedLogoutRequest(
    String id,
    String issuer,
    String nameId,
    @Nullable String destination,
    String issueInstant,
    @Nullable String relayState,
    String xml,
    @Nullable String signedQuery,
    @Nullable String querySignature,
    @Nullable String sigAlg) {

  /** Whether the request came signed. */
  public boolean signed() {
    return querySignature != null;
  }

  /**
   * Whether the request is signed with RSA-SHA256 by the key of {@code certificateBase64}, the
   * service provider's certificate as base64 DER (what GetSigningCertificate returns).
   */
  public boolean signatureVerifies(String certificateBase64) {
    if (signedQuery == null || querySignature == null || !SamlXml.RSA_SHA256.equals(sigAlg)) {
      return false;
    }
    try {
      X509Certificate certificate = SamlXml.certificate(certificateBase64);
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initVerify(certificate.getPublicKey());
      signature.update(signedQuery.getBytes(StandardCharsets.US_ASCII));
      return signature.verify(Base64.getMimeDecoder().decode(querySignature));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }
}
