package dev.fakecognito.totp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpTest {

  /** The SHA-1 seed of RFC 6238 Appendix B. */
  private static final byte[] SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  @Test
  void reproduces_the_rfc_6238_sha1_vectors_in_six_digits() {
    assertThat(Totp.code(SEED, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
    assertThat(Totp.code(SEED, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
    assertThat(Totp.code(SEED, Totp.step(Instant.ofEpochSecond(1234567890)))).isEqualTo("005924");
    assertThat(Totp.code(SEED, Totp.step(Instant.ofEpochSecond(2000000000)))).isEqualTo("279037");
  }

  @Test
  void base32_round_trips_and_the_secret_code_form_gives_the_same_code() {
    String secret = Totp.encode(SEED);

    assertThat(secret).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    assertThat(Totp.decode(secret.toLowerCase())).isEqualTo(SEED);
    assertThat(Totp.code(secret, Instant.ofEpochSecond(59))).isEqualTo("287082");
  }

  @Test
  void rejects_a_secret_that_is_not_base32() {
    assertThatThrownBy(() -> Totp.decode("not base32!")).isInstanceOf(IllegalArgumentException.class);
  }
}
