package dev.fakecognito;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The clock every expiry in a {@link FakeCognito} follows: confirmation codes, auth sessions,
 * temporary passwords and tokens.
 *
 * <p>It stands still unless a test moves it with {@link #advance(Duration)} or {@link
 * #setInstant(Instant)}, so a test can expire a code or a token without sleeping. When the fake is
 * built with a base {@link Clock}, this clock follows the base and adds whatever the test advanced.
 *
 * <p>Instances are thread-safe.
 */
public final class TestClock extends Clock {

  private final Clock base;
  private final AtomicLong offsetNanos = new AtomicLong();

  TestClock(Clock base) {
    this.base = base.withZone(ZoneOffset.UTC);
  }

  /** Returns a clock that stands still at {@code start} until it is advanced. */
  static TestClock fixedAt(Instant start) {
    return new TestClock(Clock.fixed(start, ZoneOffset.UTC));
  }

  /**
   * Moves this clock forward.
   *
   * @throws IllegalArgumentException if {@code amount} is negative
   */
  public void advance(Duration amount) {
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("amount (" + amount + ") must not be negative");
    }
    offsetNanos.addAndGet(amount.toNanos());
  }

  /**
   * Moves this clock to {@code instant}.
   *
   * @throws IllegalArgumentException if {@code instant} is before the current instant, since time
   *     that runs backwards would make expired codes valid again
   */
  public void setInstant(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    Instant now = instant();
    if (instant.isBefore(now)) {
      throw new IllegalArgumentException("instant (" + instant + ") must not be before " + now);
    }
    advance(Duration.between(now, instant));
  }

  @Override
  public Instant instant() {
    return base.instant().plusNanos(offsetNanos.get());
  }

  @Override
  public long millis() {
    return instant().toEpochMilli();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  /** Returns a view of this clock in another zone; advancing this clock moves the view too. */
  @Override
  public Clock withZone(ZoneId zone) {
    if (zone.equals(ZoneOffset.UTC)) {
      return this;
    }
    TestClock self = this;
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return zone;
      }

      @Override
      public Clock withZone(ZoneId other) {
        return self.withZone(other);
      }

      @Override
      public Instant instant() {
        return self.instant();
      }
    };
  }

  @Override
  public String toString() {
    return "TestClock[" + instant() + "]";
  }
}
