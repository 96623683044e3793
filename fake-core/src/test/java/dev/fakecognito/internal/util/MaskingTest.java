package dev.fakecognito.internal.util;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

  @Test
  void email_keeps_the_first_letter_of_the_local_part_and_of_the_domain() {
    assertThat(Masking.email("alice@example.com")).isEqualTo("a***@e***");
  }

  @Test
  void phone_keeps_the_plus_and_the_last_four_digits() {
    assertThat(Masking.phone("+15555552076")).isEqualTo("+*******2076");
  }
}
