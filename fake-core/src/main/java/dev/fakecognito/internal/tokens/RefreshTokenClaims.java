package dev.fakecognito.internal.tokens;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The content of a refresh token, readable only by the fake that encrypted it.
 *
 * @param userPoolId the pool that issued it
 * @param clientId the app client it was issued to
 * @param username the internal username
 * @param sub the user's sub, so a user re-created under the same name does not inherit it
 * @param originJti the ID tying the tokens issued from this refresh token together
 * @param authTime when the user signed in
 * @param expiresAt when the refresh token expires
 * @param deviceKey the tracked device, if any
 * @param jti this refresh token's own ID, which tells apart the tokens a rotating app client issues
 *     within one session
 * @param scope the OAuth scopes granted by managed login, separated by spaces, or {@code null} for
 *     a refresh token of the API sign-in flows
 */
public record RefreshTokenClaims(
    String userPoolId,
    String clientId,
    String username,
    String sub,
    String originJti,
    Instant authTime,
    Instant expiresAt,
    @Nullable String deviceKey,
    @Nullable String jti,
    @Nullable String scope) {}
