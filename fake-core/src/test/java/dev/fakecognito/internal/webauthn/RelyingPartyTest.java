package dev.fakecognito.internal.webauthn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The origins a relying party ID accepts. */
class RelyingPartyTest {

  @Test
  void https_on_the_rp_id_or_a_subdomain_is_allowed() {
    assertThat(RelyingParty.originAllowed("https://example.com", "example.com")).isTrue();
    assertThat(RelyingParty.originAllowed("https://login.example.com:8443", "example.com")).isTrue();
    assertThat(RelyingParty.originAllowed("http://localhost:3000", "localhost")).isTrue();
  }

  @Test
  void other_hosts_schemes_and_shapes_are_refused() {
    assertThat(RelyingParty.originAllowed("https://example.org", "example.com")).isFalse();
    assertThat(RelyingParty.originAllowed("https://badexample.com", "example.com")).isFalse();
    assertThat(RelyingParty.originAllowed("http://example.com", "example.com")).isFalse();
    assertThat(RelyingParty.originAllowed("http://localhost", "example.com")).isFalse();
    assertThat(RelyingParty.originAllowed("https://example.com/path", "example.com")).isFalse();
    assertThat(RelyingParty.originAllowed("not a url", "example.com")).isFalse();
    assertThat(RelyingParty.originAllowed("", "example.com")).isFalse();
  }
}
