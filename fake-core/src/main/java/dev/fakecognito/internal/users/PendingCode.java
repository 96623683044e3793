package dev.fakecognito.internal.users;

import java.time.Instant;

/**
 * A code sent to a user and not used yet.
 *
 * @param code the digits
 * @param attribute the attribute the code went to ({@code email} or {@code phone_number}), which
 *     becomes verified when the code is used
 * @param expiresAt when the code stops working
 */
public record PendingCode(String code, String attribute, Instant expiresAt) {

  public boolean isExpired(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
