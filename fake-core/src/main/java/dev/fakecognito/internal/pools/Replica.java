package dev.fakecognito.internal.pools;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A copy of a pool in another Region, whose status follows the fake's clock: {@code CREATING} for
 * {@link #CREATION} after it was asked for, then {@code ACTIVE} (or {@code INACTIVE} if set so);
 * once deleted, {@code DELETING} for {@link #DELETION}, then gone. Immutable; a change replaces it.
 * It names no SDK class, since replicas are newer than the oldest SDK the fake runs with.
 *
 * @param region the replica's Region
 * @param created when CreateUserPoolReplica was called
 * @param active whether UpdateUserPoolReplica last set it ACTIVE (the initial state) or INACTIVE
 * @param deleted when DeleteUserPoolReplica was called, or null
 * @param tags the tags it was created with
 */
public record Replica(String region, Instant created, boolean active, @Nullable Instant deleted,
    Map<String, String> tags) {

  /** How long a new replica stays CREATING; assumed, Cognito documents no figure. */
  public static final Duration CREATION = Duration.ofMinutes(5);
  /** How long a deleted replica stays DELETING before it is gone; assumed. */
  public static final Duration DELETION = Duration.ofMinutes(5);

  public static final String CREATING = "CREATING";
  public static final String ACTIVE = "ACTIVE";
  public static final String INACTIVE = "INACTIVE";
  public static final String DELETING = "DELETING";

  /** Its status at {@code now}, or null once deletion has finished. */
  public @Nullable String status(Instant now) {
    if (deleted != null) {
      return now.isBefore(deleted.plus(DELETION)) ? DELETING : null;
    }
    if (now.isBefore(created.plus(CREATION))) {
      return CREATING;
    }
    return active ? ACTIVE : INACTIVE;
  }
}
