package dev.fakecognito.internal.users;

import dev.fakecognito.internal.errors.CognitoErrors;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;

/**
 * How often one user may call the operations that send or check codes and change passwords,
 * counted over a sliding hour on the fake's clock.
 *
 * <p>The limits are the per-user rates of the Amazon Cognito quotas page
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/quotas.html); a call over the limit
 * fails with LimitExceededException "Attempt limit exceeded, please try after some time." Every
 * call that reaches an existing user counts, whether it then succeeds or fails; a call the limit
 * refuses does not count and changes nothing. Each attempt stops counting one hour after it was
 * made.
 *
 * <p>One instance belongs to each {@link User} and, like the user, is guarded by the pool's lock.
 */
public final class RateLimits {

  /** How long an attempt counts against the limit. */
  public static final Duration WINDOW = Duration.ofHours(1);

  /** The limited operations, each with its number of calls allowed per user and hour. */
  public enum Operation {
    RESEND_CONFIRMATION_CODE(5),
    CONFIRM_SIGN_UP(15),
    /**
     * Cognito allows 5 to 20 an hour depending on the risk it sees in the request. The fake scores
     * no risk, so every request counts as low risk and gets the highest figure.
     */
    CONFIRM_FORGOT_PASSWORD(20),
    CHANGE_PASSWORD(5),
    GET_USER_ATTRIBUTE_VERIFICATION_CODE(5),
    VERIFY_USER_ATTRIBUTE(15);

    private final int perHour;

    Operation(int perHour) {
      this.perHour = perHour;
    }

    /** The number of calls one user may make in any {@link #WINDOW}. */
    public int perHour() {
      return perHour;
    }
  }

  private final Map<Operation, Deque<Instant>> attempts = new EnumMap<>(Operation.class);

  /**
   * Counts one call of {@code operation} at {@code now}, or refuses it if the user already made
   * the allowed number of calls in the hour before.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.LimitExceededException if
   *     the limit is reached; the refused call is not counted
   */
  public void acquire(Operation operation, Instant now) {
    Deque<Instant> times = attempts.computeIfAbsent(operation, o -> new ArrayDeque<>());
    Instant windowStart = now.minus(WINDOW);
    while (!times.isEmpty() && !times.peekFirst().isAfter(windowStart)) {
      times.pollFirst();
    }
    if (times.size() >= operation.perHour()) {
      throw CognitoErrors.attemptLimitExceeded();
    }
    times.addLast(now);
  }
}
