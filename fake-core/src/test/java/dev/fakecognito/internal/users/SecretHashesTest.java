package dev.fakecognito.internal.users;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretHashesTest {

  @Test
  void computes_the_documented_example() {
    assertThat(SecretHashes.compute("exampleclientsecret", "alice", "exampleclientid123"))
        .isEqualTo("veDdnIMXHzojhCdBhLHlE9kKvs1LBV82/FrKKdse3rY=");
  }

  @Test
  void matches_compares_the_whole_hash() {
    String hash = SecretHashes.compute("exampleclientsecret", "alice", "exampleclientid123");

    assertThat(SecretHashes.matches("exampleclientsecret", "alice", "exampleclientid123", hash)).isTrue();
    assertThat(SecretHashes.matches("exampleclientsecret", "alice", "exampleclientid123", hash.substring(1))).isFalse();
  }
}
