package dev.fakecognito.internal.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class PasswordTest {

  /** The user SRP test vector: pool ExAmPlE12, user alice, password Passw0rd!. */
  private final byte[] salt = HexFormat.of().parseHex("c1b2a3f4e5d6c7b8a9f0e1d2c3b4a5f6");

  @Test
  void stored_form_is_the_srp_private_value_of_the_reference_vector() {
    Password password = Password.create("ExAmPlE12", "alice", "Passw0rd!", salt);

    BigInteger v = password.verifier();

    assertThat(HexFormat.of().formatHex(v.toByteArray())).startsWith("00fb19468b2c7fc10d200cfb538c70ff0f");
  }

  @Test
  void matches_the_same_password_only() {
    Password password = Password.create("ExAmPlE12", "alice", "Passw0rd!", salt);

    assertThat(password.matches("ExAmPlE12", "alice", "Passw0rd!")).isTrue();
    assertThat(password.matches("ExAmPlE12", "alice", "passw0rd!")).isFalse();
    assertThat(password.matches("ExAmPlE12", "bob", "Passw0rd!")).isFalse();
  }
}
