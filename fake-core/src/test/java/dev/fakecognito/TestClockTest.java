package dev.fakecognito;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TestClockTest {

  private final Instant start = Instant.parse("2024-01-02T03:04:05Z");

  @Test
  void stands_still_until_advanced() {
    FakeCognito fake = FakeCognito.builder().start(start).build();

    fake.clock().advance(Duration.ofMinutes(5));

    assertThat(fake.clock().instant()).isEqualTo(start.plusSeconds(300));
  }

  @Test
  void follows_a_base_clock_plus_what_was_advanced() {
    FakeCognito fake = FakeCognito.builder().clock(Clock.fixed(start, ZoneOffset.UTC)).build();

    fake.clock().advance(Duration.ofHours(1));

    assertThat(fake.clock().instant()).isEqualTo(start.plusSeconds(3600));
  }

  @Test
  void set_instant_moves_forward_only() {
    FakeCognito fake = FakeCognito.builder().start(start).build();

    fake.clock().setInstant(start.plusSeconds(10));

    assertThat(fake.clock().instant()).isEqualTo(start.plusSeconds(10));
    assertThatThrownBy(() -> fake.clock().setInstant(start))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be before");
    assertThatThrownBy(() -> fake.clock().advance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void zoned_view_follows_the_clock() {
    FakeCognito fake = FakeCognito.builder().start(start).build();
    Clock paris = fake.clock().withZone(ZoneId.of("Europe/Paris"));

    fake.clock().advance(Duration.ofSeconds(1));

    assertThat(paris.instant()).isEqualTo(start.plusSeconds(1));
    assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
  }

  @Test
  void builder_rejects_a_region_that_is_not_one_and_conflicting_clocks() {
    assertThatThrownBy(() -> FakeCognito.builder().region("mars"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("region (mars) must look like an AWS region, e.g. us-east-1");
    assertThatThrownBy(() -> FakeCognito.builder().start(start).clock(Clock.systemUTC()))
        .isInstanceOf(IllegalStateException.class);
  }
}
