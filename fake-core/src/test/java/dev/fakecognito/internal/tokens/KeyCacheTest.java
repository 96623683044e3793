package dev.fakecognito.internal.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyCacheTest {

  @Test
  void the_same_index_gives_the_same_key() {
    KeyCache.prepare(0);

    assertThat(KeyCache.get(0)).isSameAs(KeyCache.get(0));
  }

  @Test
  void different_indexes_give_different_keys() {
    assertThat(KeyCache.get(0).publicKey().getModulus()).isNotEqualTo(KeyCache.get(1).publicKey().getModulus());
  }

  @Test
  void keys_are_2048_bit_rsa() {
    assertThat(KeyCache.get(0).publicKey().getModulus().bitLength()).isEqualTo(2048);
    assertThat(KeyCache.get(0).keyPair.getPrivate().getAlgorithm()).isEqualTo("RSA");
  }
}
