package dev.fakecognito.internal.auth.srp;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The published SRP test vectors for a user and a device, checked against three client libraries. */
class SrpTest {

  private static final HexFormat HEX = HexFormat.of();

  @Test
  void k_is_the_hash_of_the_padded_group() {
    assertThat(Srp.K.toString(16)).isEqualTo("538282c4354742d7cbbde2359fcf67f9f5b3a6b08791e5011b43b8a5b66d9ee6");
  }

  @Test
  void pad_prepends_a_zero_byte_when_the_top_bit_is_set() {
    assertThat(HEX.formatHex(Srp.pad(BigInteger.valueOf(20)))).isEqualTo("14");
    assertThat(HEX.formatHex(Srp.pad(BigInteger.valueOf(236)))).isEqualTo("00ec");
    assertThat(HEX.formatHex(Srp.pad(BigInteger.ZERO))).isEqualTo("00");
  }

  @Test
  void user_vector_gives_the_reference_signature_on_both_sides() {
    byte[] salt = HEX.parseHex("c1b2a3f4e5d6c7b8a9f0e1d2c3b4a5f6");
    BigInteger a = new BigInteger("7".repeat(256), 16);
    BigInteger b = new BigInteger("3c".repeat(128), 16);
    BigInteger x = Srp.x(salt, "ExAmPlE12", "alice", "Passw0rd!");
    BigInteger v = Srp.verifier(x);
    BigInteger clientPublic = Srp.clientPublic(a);
    BigInteger serverPublic = Srp.serverPublic(v, b);

    assertThat(sha256Hex(Srp.toHex(clientPublic))).isEqualTo("12b48609db13500af0a00de3eeebb28e8286c4b0cda8ec1ae432ddf5618c9c64");
    assertThat(sha256Hex(Srp.toHex(serverPublic))).isEqualTo("eefec31d7199356b4dadf834a47b043c314b2889a09fa7abe880b675af627212");
    assertThat(HEX.formatHex(Srp.pad(v))).startsWith("00fb19468b2c7fc10d200cfb538c70ff0f");
    BigInteger u = Srp.u(clientPublic, serverPublic);
    assertThat(u.toString(16)).isEqualTo("fb1a2beb3c9dbcf775dba922c1ab5d99e05c363edfa3461bec41d26ad5546b32");

    byte[] serverKey = Srp.key(Srp.serverSecret(clientPublic, v, u, b), u);
    byte[] clientKey = Srp.key(Srp.clientSecret(serverPublic, x, a, u), u);
    assertThat(HEX.formatHex(serverKey)).isEqualTo("c85beee969bd232bac5ec598d64a92f4");
    assertThat(clientKey).isEqualTo(serverKey);

    byte[] secretBlock = Base64.getDecoder().decode("ZmFrZS1zZWNyZXQtYmxvY2stMDEyMzQ1Njc4OQ==");
    assertThat(Srp.signature(serverKey, "ExAmPlE12", "alice", secretBlock, "Tue Jan 2 03:04:05 UTC 2024"))
        .isEqualTo("zrNJMNlEXeWqxQJjHMT9WyYu1qadL7u1hfR1J6cJGJY=");
  }

  @Test
  void device_vector_gives_the_reference_verifier_and_signature() {
    String groupKey = "-ExAmPlE1";
    String deviceKey = "us-east-1_a1b2c3d4-5678-90ab-cdef-EXAMPLE11111";
    String devicePassword = "ZGV2aWNlLXJhbmRvbS1wYXNzd29yZC1leGFtcGxlLTAxMjM0NTY3ODk=";
    BigInteger saltInt = new BigInteger("9a8b7c6d5e4f30211203f4e5d6c7b8a9", 16);
    byte[] salt = Srp.pad(saltInt);
    assertThat(Base64.getEncoder().encodeToString(salt)).isEqualTo("AJqLfG1eTzAhEgP05dbHuKk=");

    BigInteger x = Srp.x(salt, groupKey, deviceKey, devicePassword);
    BigInteger v = Srp.verifier(x);
    String verifier = Base64.getEncoder().encodeToString(Srp.pad(v));
    assertThat(verifier).startsWith("ALN3jQUfrmwVYpGzmwC+9PCD");
    assertThat(sha256Hex(verifier)).isEqualTo("be024cd899c8b56769726d3342924eb1d0d246e12835b1c8b18cc46da55dac8a");

    BigInteger a = new BigInteger("5".repeat(256), 16);
    BigInteger b = new BigInteger("6e".repeat(128), 16);
    BigInteger clientPublic = Srp.clientPublic(a);
    BigInteger serverPublic = Srp.serverPublic(v, b);
    BigInteger u = Srp.u(clientPublic, serverPublic);
    assertThat(u.toString(16)).isEqualTo("2b42e061fc6cdff74016760a83645b97f9feece57b7112ad0f8652e4fb3f786");
    byte[] key = Srp.key(Srp.serverSecret(clientPublic, v, u, b), u);
    assertThat(HEX.formatHex(key)).isEqualTo("2251e3c670569a932be6948462be1061");
    assertThat(Srp.key(Srp.clientSecret(serverPublic, x, a, u), u)).isEqualTo(key);

    byte[] secretBlock = Base64.getDecoder().decode("ZGV2aWNlLXNlY3JldC1ibG9jay1leGFtcGxl");
    assertThat(Srp.signature(key, groupKey, deviceKey, secretBlock, "Fri Sep 5 07:08:09 UTC 2025"))
        .isEqualTo("meRuHCefUVNOyTz8YAW5RtJwPhnTc/piW8L9Tyu9M1U=");
  }

  @Test
  void timestamp_has_no_zero_padded_day() {
    assertThat(Srp.timestamp(Instant.parse("2024-01-02T03:04:05Z"))).isEqualTo("Tue Jan 2 03:04:05 UTC 2024");
  }

  private static String sha256Hex(String text) {
    return HEX.formatHex(Srp.sha256(text.getBytes(StandardCharsets.US_ASCII)));
  }
}
