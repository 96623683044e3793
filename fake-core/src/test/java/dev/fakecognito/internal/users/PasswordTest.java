package dev.fakecognito.internal.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class PasswordTest {

  private static final BigInteger N = new BigInteger(
      "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD"
          + "EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED"
          + "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F"
          + "83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B"
          + "E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510"
          + "15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7"
          + "ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C"
          + "BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF",
      16);

  /** The user SRP test vector: pool ExAmPlE12, user alice, password Passw0rd!. */
  private final byte[] salt = HexFormat.of().parseHex("c1b2a3f4e5d6c7b8a9f0e1d2c3b4a5f6");

  @Test
  void stored_form_is_the_srp_private_value_of_the_reference_vector() {
    Password password = Password.create("ExAmPlE12", "alice", "Passw0rd!", salt);

    BigInteger v = BigInteger.TWO.modPow(new BigInteger(1, password.x()), N);

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
