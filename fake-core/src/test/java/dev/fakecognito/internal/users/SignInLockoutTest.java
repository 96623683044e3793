package dev.fakecognito.internal.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;

class SignInLockoutTest {

  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void lock_out_lasts_two_to_the_power_of_failures_minus_five_seconds() {
    assertThat(SignInLockout.lockDuration(5)).isEqualTo(Duration.ofSeconds(1));
    assertThat(SignInLockout.lockDuration(6)).isEqualTo(Duration.ofSeconds(2));
    assertThat(SignInLockout.lockDuration(14)).isEqualTo(Duration.ofSeconds(512));
  }

  @Test
  void lock_out_never_exceeds_15_minutes_however_many_failures() {
    assertThat(SignInLockout.lockDuration(15)).isEqualTo(Duration.ofMinutes(15));
    assertThat(SignInLockout.lockDuration(70)).isEqualTo(Duration.ofMinutes(15));
    assertThat(SignInLockout.lockDuration(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void lock_out_ends_exactly_at_its_duration() {
    SignInLockout lockout = new SignInLockout();
    for (int i = 0; i < 6; i++) {
      lockout.failed(START);
    }

    assertThatThrownBy(() -> lockout.check(START.plusMillis(1999))).isInstanceOf(NotAuthorizedException.class)
        .hasMessageStartingWith("Password attempts exceeded");
    assertThatCode(() -> lockout.check(START.plusSeconds(2))).doesNotThrowAnyException();
  }

  @Test
  void success_clears_the_lock_out() {
    SignInLockout lockout = new SignInLockout();
    for (int i = 0; i < 5; i++) {
      lockout.failed(START);
    }

    lockout.succeeded();

    assertThatCode(() -> lockout.check(START)).doesNotThrowAnyException();
  }
}
