package dev.fakecognito.recording;

import org.jspecify.annotations.Nullable;

/**
 * The user context data one call carried, as the fake received it.
 *
 * <p>The unauthenticated operations (SignUp, ConfirmSignUp, ResendConfirmationCode,
 * ForgotPassword, ConfirmForgotPassword, InitiateAuth, RespondToAuthChallenge) record their {@code
 * UserContextData}; AdminInitiateAuth and AdminRespondToAuthChallenge record their {@code
 * ContextData}. Every such call is recorded, with or without context data, once its app client is
 * known and the data is well formed. A sign-in on the managed login page served by {@link
 * dev.fakecognito.FakeCognito#endpoint()} is recorded as operation {@code ManagedLogin}, with the
 * browser's address (the connection's, or the first {@code X-Forwarded-For} one) as propagated.
 *
 * @param operation the SDK operation name, for example {@code "SignUp"}
 * @param userPoolId the pool of the app client
 * @param clientId the app client the call went through
 * @param username the username as the caller sent it, or {@code null} if the call named none
 * @param ipAddress the end user's IP address the caller sent, or {@code null}
 * @param encodedData the {@code EncodedData} device fingerprint the caller sent, or {@code null}
 * @param propagated whether Cognito would use the IP address: true when an address was sent and the
 *     app client has {@code EnablePropagateAdditionalUserContextData} on, or always for the admin
 *     operations' {@code ContextData}
 */
public record RecordedContextData(
    String operation,
    String userPoolId,
    String clientId,
    @Nullable String username,
    @Nullable String ipAddress,
    @Nullable String encodedData,
    boolean propagated) {}
