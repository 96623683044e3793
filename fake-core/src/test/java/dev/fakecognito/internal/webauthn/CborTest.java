package dev.fakecognito.internal.webauthn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CBOR subset WebAuthn uses, checked against RFC 8949 Appendix A. */
class CborTest {

  private static byte[] hex(String hex) {
    return HexFormat.of().parseHex(hex);
  }

  @Test
  void integers_decode_as_the_rfc_examples_give_them() {
    assertThat(Cbor.decode(hex("00"))).isEqualTo(0L);
    assertThat(Cbor.decode(hex("17"))).isEqualTo(23L);
    assertThat(Cbor.decode(hex("1818"))).isEqualTo(24L);
    assertThat(Cbor.decode(hex("1903e8"))).isEqualTo(1000L);
    assertThat(Cbor.decode(hex("1a000f4240"))).isEqualTo(1_000_000L);
    assertThat(Cbor.decode(hex("1bffffffffffffffff"))).isEqualTo(new BigInteger("18446744073709551615"));
    assertThat(Cbor.decode(hex("20"))).isEqualTo(-1L);
    assertThat(Cbor.decode(hex("390100"))).isEqualTo(-257L);
  }

  @Test
  void strings_arrays_maps_and_simple_values_decode() {
    assertThat(Cbor.decode(hex("4401020304"))).isEqualTo(new byte[] {1, 2, 3, 4});
    assertThat(Cbor.decode(hex("6449455446"))).isEqualTo("IETF");
    assertThat(Cbor.decode(hex("83010203"))).isEqualTo(List.of(1L, 2L, 3L));
    assertThat(Cbor.decode(hex("a201020304"))).isEqualTo(Map.of(1L, 2L, 3L, 4L));
    assertThat(Cbor.decode(hex("f4"))).isEqualTo(false);
    assertThat(Cbor.decode(hex("f5"))).isEqualTo(true);
    assertThat(Cbor.decode(hex("f6"))).isNull();
    assertThat(Cbor.decode(hex("f93c00"))).isEqualTo(1.0);
    assertThat(Cbor.decode(hex("fa47c35000"))).isEqualTo(100000.0);
    assertThat(Cbor.decode(hex("c074323031332d30332d32315432303a30343a30305a"))).isEqualTo("2013-03-21T20:04:00Z");
  }

  @Test
  void encoding_uses_the_shortest_form_and_round_trips() {
    Map<Object, Object> key = new LinkedHashMap<>();
    key.put(1L, 2L);
    key.put(3L, -7L);
    key.put(-1L, 1L);
    key.put("fmt", "none");
    key.put("bytes", new byte[300]);
    key.put("list", List.of(true, false, 1000L, -257L));

    byte[] encoded = Cbor.encode(key);

    assertThat(HexFormat.of().formatHex(Cbor.encode(-257L))).isEqualTo("390100");
    assertThat(HexFormat.of().formatHex(Cbor.encode(1000L))).isEqualTo("1903e8");
    @SuppressWarnings("unchecked")
    Map<Object, Object> decoded = (Map<Object, Object>) Cbor.decode(encoded);
    assertThat(decoded.get(3L)).isEqualTo(-7L);
    assertThat((byte[]) decoded.get("bytes")).hasSize(300);
    assertThat(decoded.get("list")).isEqualTo(List.of(true, false, 1000L, -257L));
  }

  @Test
  void a_reader_reports_where_the_item_ends() {
    Cbor.Reader reader = new Cbor.Reader(hex("0182010203"), 1);

    assertThat(reader.read()).isEqualTo(List.of(1L, 2L));
    assertThat(reader.position()).isEqualTo(4);
  }

  @Test
  void malformed_input_is_refused() {
    assertThatThrownBy(() -> Cbor.decode(hex("45010203"))).isInstanceOf(Cbor.CborException.class);
    assertThatThrownBy(() -> Cbor.decode(hex("0000"))).isInstanceOf(Cbor.CborException.class);
    assertThatThrownBy(() -> Cbor.decode(hex("5f"))).isInstanceOf(Cbor.CborException.class);
    assertThatThrownBy(() -> Cbor.decode(hex("a201020102"))).isInstanceOf(Cbor.CborException.class);
    assertThatThrownBy(() -> Cbor.decode(hex("62c328"))).isInstanceOf(Cbor.CborException.class);
    assertThatThrownBy(() -> Cbor.decode(hex("81".repeat(40) + "00"))).isInstanceOf(Cbor.CborException.class);
    assertThatThrownBy(() -> Cbor.decode(hex("1c"))).isInstanceOf(Cbor.CborException.class);
    assertThatThrownBy(() -> Cbor.decode(new byte[0])).isInstanceOf(Cbor.CborException.class);
  }
}
