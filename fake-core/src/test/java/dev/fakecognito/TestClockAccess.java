package dev.fakecognito;

import java.time.Instant;

/** Lets benchmarks and tests outside this package make a {@link TestClock} without a fake. */
public final class TestClockAccess {

  private TestClockAccess() {}

  public static TestClock fixedAt(Instant start) {
    return TestClock.fixedAt(start);
  }
}
