package dev.fakecognito.internal.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpRangeTest {

  @ParameterizedTest
  @CsvSource({
      "203.0.113.0/24, 203.0.113.255, true",
      "203.0.113.0/24, 203.0.114.0, false",
      "203.0.113.7/32, 203.0.113.7, true",
      "0.0.0.0/0, 198.51.100.1, true",
      "10.1.0.0/15, 10.0.255.1, true",
      "10.1.0.0/16, 10.0.255.1, false",
      "2001:db8::/32, 2001:db8:ffff::1, true",
      "2001:db8::/32, 2001:db9::1, false",
      "203.0.113.0/24, 2001:db8::1, false",
      "203.0.113.0/24, not-an-address, false"})
  void contains_the_addresses_its_prefix_covers(String range, String ip, boolean contained) {
    assertThat(IpRange.parse(range)).hasValueSatisfying(r -> assertThat(r.contains(ip)).isEqualTo(contained));
  }

  @ParameterizedTest
  @ValueSource(strings = {"203.0.113.7", "203.0.113.0/33", "256.0.0.0/8", "localhost/8", "203.0.113.0/-1",
      "2001:db8::/129", "/24", "203.0.113/24"})
  void refuses_what_is_not_an_address_literal_and_a_fitting_prefix(String range) {
    assertThat(IpRange.parse(range)).isEmpty();
  }
}
