package dev.fakecognito.internal.federation;

import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.util.Ids;
import dev.fakecognito.internal.federation.saml.AuthnRequests;
import dev.fakecognito.internal.federation.saml.AuthnRequests.AuthnRequest;
import dev.fakecognito.internal.federation.saml.LogoutMessages;
import dev.fakecognito.internal.federation.saml.SamlResponseVerifier;
import dev.fakecognito.internal.federation.saml.SamlResponseVerifier.Expectations;
import dev.fakecognito.internal.federation.saml.SamlResponseVerifier.Failure;
import dev.fakecognito.internal.federation.saml.SamlResponseVerifier.Rejected;
import dev.fakecognito.internal.federation.saml.SamlResponseVerifier.VerifiedAssertion;
import dev.fakecognito.internal.federation.saml.SamlXml;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The SAML 2.0 side of a federated sign-in
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-SAML-session-initiation.html).
 *
 * <p>SP-initiated: the browser goes to the provider's SSORedirectBindingURI with an AuthnRequest
 * (or, for an IdP with only a POST endpoint, to a page that posts it), the pending key as
 * RelayState; the request is signed with the pool's key when RequestSigningAlgorithm is {@code
 * rsa-sha256}. The AuthnRequest's ID is {@code _} and the pending authorization's IdP nonce, so
 * that the answer's InResponseTo can be checked. The IdP posts its SAMLResponse to {@code
 * /saml2/idpresponse}, where {@link SamlResponseVerifier} checks it against the provider's metadata;
 * an assertion is taken once (Cognito refuses replayed assertions). The NameID is the identity's
 * user ID, so the user is {@code <ProviderName>_<NameID>} unless AttributeMapping maps
 * {@code username}; the SAML attributes are what AttributeMapping reads, several values of one
 * attribute joined as {@code [a, b]} (assumed).
 *
 * <p>Errors go to the app as {@code error=server_error} and {@code error_description=Invalid SAML
 * response received: <reason>}, the form Cognito uses for an invalid signature; the other reasons'
 * wordings are assumed.
 */
public final class SamlSignIn {

  /** Where IdPs post their answers: Cognito's assertion consumer service. */
  public static final String ACS_PATH = "/saml2/idpresponse";
  /** Where IdPs post their LogoutResponse: Cognito's SAML single logout endpoint. */
  public static final String SLO_PATH = "/saml2/logout";

  private final Backend backend;
  /** Assertion IDs already used, by pool and ID, until they expire. */
  private final ConcurrentHashMap<String, Instant> used = new ConcurrentHashMap<>();

  public SamlSignIn(Backend backend) {
    this.backend = backend;
  }

  /**
   * How the browser goes to the IdP: a redirect, or a page that posts the request.
   *
   * @param redirectUrl the URL to redirect to, or null
   * @param postPage the HTML page that posts the request, or null
   */
  public record Start(@Nullable String redirectUrl, @Nullable String postPage) {}

  /**
   * A LogoutRequest on its way to the IdP.
   *
   * @param requestId its ID, which the LogoutResponse must name in InResponseTo
   * @param redirectUrl the IdP's SingleLogoutService URL with the signed request in the query
   */
  public record Logout(String requestId, String redirectUrl) {}

  /**
   * Starts SAML single logout of the user whose NameID is {@code nameId}, if {@code provider} has
   * {@code IDPSignout} set and a SingleLogoutService for HTTP-Redirect; otherwise null. The request
   * is always signed with the pool's key, as Cognito signs sign-out requests with the pool's signing
   * certificate
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-saml-idp-sign-out.html).
   */
  public @Nullable Logout startLogout(IdentityProvider provider, String poolId, String nameId, String relayState) {
    Map<String, String> details = provider.details();
    String endpoint = details.get("SLORedirectBindingURI");
    if (!provider.type().equals("SAML") || !"true".equals(details.get("IDPSignout")) || endpoint == null) {
      return null;
    }
    String id = "_" + HexFormat.of().formatHex(Ids.randomBytes(20));
    AuthnRequest request = LogoutMessages.logoutRequest(id, poolId, endpoint, nameId, backend.clock().instant());
    return new Logout(id, AuthnRequests.redirectUrl(request, relayState, backend.tokens().samlKey(poolId)));
  }

  /**
   * Checks the LogoutResponse {@code provider} posted for the LogoutRequest {@code requestId}: null
   * if the user is signed out there, otherwise why not.
   */
  public @Nullable String checkLogoutResponse(IdentityProvider provider, String samlResponse, String requestId) {
    return LogoutMessages.checkLogoutResponse(samlResponse, requestId, provider.entityId(),
        provider.signingCertificates());
  }

  /** The AuthnRequest ID of a pending authorization. */
  public static String requestId(PendingAuthorization pending) {
    return "_" + pending.idpNonce();
  }

  /**
   * Starts SP-initiated sign-in for {@code pending} at {@code provider}.
   *
   * @throws FederationFailure if the provider has no sign-in endpoint (metadata that the fake could
   *     not fetch)
   */
  public Start start(IdentityProvider provider, PendingAuthorization pending, String acsUrl) {
    Map<String, String> details = provider.details();
    String redirect = details.get("SSORedirectBindingURI");
    String post = details.get("SSOPostBindingURI");
    if (redirect == null && post == null) {
      // The fake reads metadata only from loopback URLs; the wording is assumed.
      throw FederationFailure.invalidRequest("The SAML identity provider " + provider.name()
          + " has no single sign-on endpoint.");
    }
    AuthnRequest request = AuthnRequests.create(requestId(pending), pending.poolId(),
        redirect != null ? redirect : post, acsUrl, backend.clock().instant());
    boolean sign = "rsa-sha256".equals(details.get("RequestSigningAlgorithm"));
    PrivateKey key = sign ? backend.tokens().samlKey(pending.poolId()) : null;
    if (redirect != null) {
      return new Start(AuthnRequests.redirectUrl(request, pending.key(), key), null);
    }
    try {
      return new Start(null, AuthnRequests.postPage(request, pending.key(), key,
          key == null ? null : SamlXml.certificate(backend.tokens().signingCertificate(pending.poolId()))));
    } catch (CertificateException e) {
      throw new IllegalStateException("the pool's own certificate cannot be read", e);
    }
  }

  /**
   * Verifies a SAMLResponse from {@code provider} and returns who signed in.
   *
   * @param inResponseTo the AuthnRequest's ID, or null for IdP-initiated sign-in
   * @throws FederationFailure with {@code server_error} if the response is refused
   */
  public ExternalIdentity identity(IdentityProvider provider, String poolId, String samlResponse,
      @Nullable String inResponseTo, String acsUrl) {
    Map<String, String> details = provider.details();
    boolean encrypted = "true".equals(details.get("EncryptedResponses"));
    Expectations expected = new Expectations(AuthnRequests.entityId(poolId), acsUrl, provider.entityId(),
        provider.signingCertificates(), inResponseTo, backend.tokens().samlKey(poolId), encrypted);
    Instant now = backend.clock().instant();
    VerifiedAssertion assertion;
    try {
      assertion = SamlResponseVerifier.verify(samlResponse, expected, now);
    } catch (Rejected e) {
      throw rejected(e.failure());
    }
    used.values().removeIf(until -> !now.isBefore(until));
    Instant forgetAt = assertion.validUntil().plus(SamlResponseVerifier.SKEW);
    if (used.putIfAbsent(poolId + "/" + assertion.assertionId(), forgetAt) != null) {
      throw rejected(Failure.REPLAYED);
    }
    return new ExternalIdentity(provider.name(), assertion.nameId(), assertion.joinedAttributes());
  }

  private static FederationFailure rejected(Failure failure) {
    return new FederationFailure("server_error", "Invalid SAML response received: " + failure.description());
  }
}
