package dev.fakecognito.recording;

import org.jspecify.annotations.Nullable;

/**
 * A message the fake "sent" instead of delivering it by email or SMS.
 *
 * @param userPoolId the pool the message belongs to
 * @param username the user's internal username (a UUID in pools that sign in with email or phone)
 * @param deliveryMedium {@code "EMAIL"} or {@code "SMS"}
 * @param destination the real, unmasked email address or phone number
 * @param code the verification code or temporary password in the message, or {@code null}
 * @param message the full text of the message
 */
public record SentMessage(
    String userPoolId,
    String username,
    String deliveryMedium,
    String destination,
    @Nullable String code,
    String message) {}
