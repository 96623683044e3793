package dev.fakecognito.internal.webauthn;

import java.time.Instant;

/**
 * The challenge of a passkey registration StartWebAuthnRegistration began; a user has at most one,
 * and a new start replaces it.
 *
 * @param challenge the challenge, Base64URL without padding
 * @param clientId the app client of the access token that started the registration
 * @param expiresAt when CompleteWebAuthnRegistration stops accepting it
 */
public record RegistrationChallenge(String challenge, String clientId, Instant expiresAt) {}
