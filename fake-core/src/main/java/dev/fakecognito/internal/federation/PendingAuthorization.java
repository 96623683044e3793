package dev.fakecognito.internal.federation;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An authorize request that managed login has validated and sent on to an external identity
 * provider, waiting for the provider's answer. The key travels to the provider and back as the
 * OIDC {@code state} or the SAML {@code RelayState}.
 *
 * @param key the random key that names it
 * @param poolId the pool of the app client
 * @param clientId the app client
 * @param providerName the pool's name for the identity provider
 * @param responseType {@code code} or {@code token}
 * @param redirectUri the app's redirect_uri, one of the client's callback URLs
 * @param state the app's state, or null
 * @param scopes the granted scopes
 * @param challenge the PKCE S256 code challenge, or null
 * @param nonce the app's nonce for its ID token, or null
 * @param idpNonce the nonce sent to the identity provider, which its ID token must carry back
 * @param expiresAt when it is no longer taken
 */
public record PendingAuthorization(
    String key,
    String poolId,
    String clientId,
    String providerName,
    String responseType,
    String redirectUri,
    @Nullable String state,
    List<String> scopes,
    @Nullable String challenge,
    @Nullable String nonce,
    String idpNonce,
    Instant expiresAt) {

  public PendingAuthorization {
    scopes = List.copyOf(scopes);
  }
}
