package dev.fakecognito.internal.util;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressesTest {

  @ParameterizedTest
  @ValueSource(strings = {"203.0.113.7", "0.0.0.0", "255.255.255.255", "2001:db8::7", "::1", "::",
      "fe80::1:2:3:4", "2001:0db8:0000:0000:0000:ff00:0042:8329", "::ffff:192.0.2.1"})
  void accepts_ipv4_and_ipv6_literals(String address) {
    assertThat(IpAddresses.isValid(address)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "999.1.1.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "example.com", "localhost",
      "2001:db8::7::1", "1:2:3:4:5:6:7:8:9", "12345::", "::ffff:300.0.0.1", "not-an-ip", " 1.2.3.4"})
  void rejects_anything_else_without_resolving_it(String address) {
    assertThat(IpAddresses.isValid(address)).isFalse();
  }
}
