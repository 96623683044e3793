package dev.fakecognito.idp;

import dev.fakecognito.internal.federation.saml.SamlXml;
import java.security.GeneralSecurityException;
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
    try {
      return SamlXml.querySignatureVerifies(SamlXml.certificate(certificateBase64), signedQuery, sigAlg,
          querySignature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

}
