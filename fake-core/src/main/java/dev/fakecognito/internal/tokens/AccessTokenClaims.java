package dev.fakecognito.internal.tokens;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a verified access token says.
 *
 * @param userPoolId the pool that issued it
 * @param clientId the app client it was issued to
 * @param username the internal username
 * @param sub the user's sub
 * @param originJti the ID shared by all tokens of one sign-in and its refresh token
 * @param authTime when the user signed in
 * @param expiresAt when the token expires
 * @param deviceKey the tracked device, if any
 */
public record AccessTokenClaims(
    String userPoolId,
    String clientId,
    String username,
    String sub,
    String originJti,
    Instant authTime,
    Instant expiresAt,
    @Nullable String deviceKey) {}
