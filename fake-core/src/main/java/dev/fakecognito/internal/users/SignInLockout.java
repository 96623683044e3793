package dev.fakecognito.internal.users;

import dev.fakecognito.internal.errors.CognitoErrors;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The temporary lock-out that follows repeated wrong passwords at sign-in, on the fake's clock.
 *
 * <p>The rules are those of the developer guide's "Lockout behavior for failed sign-in attempts"
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/authentication.html#authentication-flow-lockout-behavior):
 *
 * <ul>
 *   <li>The first four wrong passwords in a row only count. The n-th, n of five or more, locks the
 *       user out for 2^(n-5) seconds from that attempt: one second after the fifth, two after the
 *       sixth, doubling up to "approximately 15 minutes", which the fake takes as exactly {@link
 *       #MAX_LOCK} (reached at the fifteenth, since 2^10 s is longer).
 *   <li>Every password attempt during a lock-out, right or wrong, fails with NotAuthorizedException
 *       "Password attempts exceeded". It is not counted and does not move the lock-out's end or the
 *       quiet period below: the guide says such attempts don't affect later lock-outs.
 *   <li>The count goes back to zero after a correct password once the lock-out is over, or after
 *       {@link #QUIET_RESET} without a counted attempt at any time after a lock-out began. Since
 *       the longest lock-out is as long as that quiet period, a user who waits out a 15-minute
 *       lock-out starts again from zero. Wrong passwords below the threshold do not expire (the
 *       guide names no period for them).
 * </ul>
 *
 * <p>Every path that checks a password at sign-in uses this: USER_PASSWORD_AUTH,
 * ADMIN_USER_PASSWORD_AUTH, the PASSWORD_VERIFIER answer of SRP (also inside custom auth), and the
 * PASSWORD and PASSWORD_SRP first factors of USER_AUTH. ChangePassword's previous password is not a
 * sign-in and has its own hourly limit ({@link RateLimits}). Resetting the password does not end a
 * lock-out.
 *
 * <p>One instance belongs to each {@link User} and, like the user, is guarded by the pool's lock.
 */
public final class SignInLockout {

  /** The number of wrong passwords in a row that first locks the user out. */
  public static final int THRESHOLD = 5;

  /** The longest lock-out. */
  public static final Duration MAX_LOCK = Duration.ofMinutes(15);

  /** How long without an attempt, after a lock-out began, clears the count. */
  public static final Duration QUIET_RESET = Duration.ofMinutes(15);

  private int failures;
  private @Nullable Instant lastFailure;
  private @Nullable Instant lockedUntil;

  /**
   * Refuses a password attempt made during a lock-out; the refusal changes nothing. Call it before
   * the password is compared.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException if
   *     the user is locked out at {@code now}
   */
  public void check(Instant now) {
    if (lockedUntil != null && now.isBefore(lockedUntil)) {
      throw CognitoErrors.passwordAttemptsExceeded();
    }
  }

  /**
   * Counts a wrong password at {@code now}, and locks the user out from the {@link #THRESHOLD}-th
   * in a row on.
   */
  public void failed(Instant now) {
    if (quietSinceLockout(now)) {
      failures = 0;
    }
    failures++;
    lastFailure = now;
    if (failures >= THRESHOLD) {
      lockedUntil = now.plus(lockDuration(failures));
    }
  }

  /** A correct password: the count starts again. */
  public void succeeded() {
    failures = 0;
    lastFailure = null;
    lockedUntil = null;
  }

  /** How long the {@code n}-th wrong password in a row locks the user out, {@code n >= 5}. */
  static Duration lockDuration(int n) {
    int exponent = n - THRESHOLD;
    // 2^10 seconds already exceeds the cap; checking first keeps the shift small.
    if (exponent >= 10) {
      return MAX_LOCK;
    }
    Duration lock = Duration.ofSeconds(1L << exponent);
    return lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock;
  }

  /** Whether a lock-out began and no attempt was counted for {@link #QUIET_RESET} since. */
  private boolean quietSinceLockout(Instant now) {
    return failures >= THRESHOLD && lastFailure != null && !now.isBefore(lastFailure.plus(QUIET_RESET));
  }
}
