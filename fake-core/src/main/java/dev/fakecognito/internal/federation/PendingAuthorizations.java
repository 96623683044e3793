package dev.fakecognito.internal.federation;

import dev.fakecognito.internal.util.Ids;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The authorize requests waiting for an external identity provider's answer, by key. Each is taken
 * once and lasts ten minutes on the fake's clock (assumed: Cognito does not document how long it
 * waits for the provider). They are not pool state the API can see, so not part of the snapshot.
 */
public final class PendingAuthorizations {

  static final Duration VALIDITY = Duration.ofMinutes(10);

  private final Clock clock;
  private final ConcurrentHashMap<String, PendingAuthorization> pending = new ConcurrentHashMap<>();

  public PendingAuthorizations(Clock clock) {
    this.clock = clock;
  }

  /** Keeps a validated authorize request under a new random key and returns it. */
  public PendingAuthorization put(String poolId, String clientId, String providerName, String responseType,
      String redirectUri, @Nullable String state, List<String> scopes, @Nullable String challenge,
      @Nullable String nonce) {
    Instant now = clock.instant();
    pending.values().removeIf(p -> !now.isBefore(p.expiresAt()));
    PendingAuthorization kept = new PendingAuthorization(Ids.uuid(), poolId, clientId, providerName, responseType,
        redirectUri, state, scopes, challenge, nonce, Ids.uuid(), now.plus(VALIDITY));
    pending.put(kept.key(), kept);
    return kept;
  }

  /** Takes the request kept under {@code key}: null if it is unknown, taken or expired. */
  public @Nullable PendingAuthorization take(@Nullable String key) {
    if (key == null) {
      return null;
    }
    PendingAuthorization found = pending.remove(key);
    return found == null || !clock.instant().isBefore(found.expiresAt()) ? null : found;
  }
}
