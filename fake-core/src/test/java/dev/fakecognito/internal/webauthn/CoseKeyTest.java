package dev.fakecognito.internal.webauthn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** COSE keys: ES256 and RS256 to and from their COSE_Key maps, and signature checks. */
class CoseKeyTest {

  private static final byte[] DATA = "authData||hash".getBytes(StandardCharsets.UTF_8);

  @Test
  void an_es256_key_round_trips_through_cbor_and_verifies_its_signatures() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair keys = generator.generateKeyPair();

    CoseKey key = CoseKey.parse(Cbor.decode(Cbor.encode(CoseKey.toMap(CoseKey.ES256, keys.getPublic()))));

    assertThat(key.algorithm()).isEqualTo(CoseKey.ES256);
    assertThat(key.key().getEncoded()).isEqualTo(keys.getPublic().getEncoded());
    assertThat(key.verifies(DATA, sign("SHA256withECDSA", keys))).isTrue();
    assertThat(key.verifies("other".getBytes(StandardCharsets.UTF_8), sign("SHA256withECDSA", keys))).isFalse();
    assertThat(key.verifies(DATA, new byte[] {1, 2, 3})).isFalse();
  }

  @Test
  void an_rs256_key_round_trips_through_cbor_and_verifies_its_signatures() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(1024);
    KeyPair keys = generator.generateKeyPair();

    CoseKey key = CoseKey.parse(Cbor.decode(Cbor.encode(CoseKey.toMap(CoseKey.RS256, keys.getPublic()))));

    assertThat(key.algorithm()).isEqualTo(CoseKey.RS256);
    assertThat(key.verifies(DATA, sign("SHA256withRSA", keys))).isTrue();
  }

  @Test
  void other_algorithms_and_curves_are_unsupported() {
    Map<Object, Object> eddsa = new LinkedHashMap<>(Map.of(1L, 1L, 3L, -8L, -1L, 6L, -2L, new byte[32]));
    Map<Object, Object> p384 = new LinkedHashMap<>(Map.of(1L, 2L, 3L, -7L, -1L, 2L, -2L, new byte[48],
        -3L, new byte[48]));

    assertThatThrownBy(() -> CoseKey.parse(eddsa)).isInstanceOf(CoseKey.UnsupportedKeyException.class);
    assertThatThrownBy(() -> CoseKey.parse(p384)).isInstanceOf(CoseKey.UnsupportedKeyException.class);
  }

  @Test
  void malformed_keys_are_refused() {
    Map<Object, Object> noY = new LinkedHashMap<>(Map.of(1L, 2L, 3L, -7L, -1L, 1L, -2L, new byte[32]));

    assertThatThrownBy(() -> CoseKey.parse(noY)).isInstanceOf(Cbor.CborException.class);
    assertThatThrownBy(() -> CoseKey.parse("not a map")).isInstanceOf(Cbor.CborException.class);
  }

  @Test
  void authenticator_data_yields_the_attested_credential() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    byte[] cose = Cbor.encode(CoseKey.toMap(CoseKey.ES256, generator.generateKeyPair().getPublic()));
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    out.writeBytes(RelyingParty.sha256("example.com".getBytes(StandardCharsets.UTF_8)));
    out.write(AuthenticatorData.UP | AuthenticatorData.UV | AuthenticatorData.AT);
    out.writeBytes(new byte[] {0, 0, 0, 7});
    out.writeBytes(new byte[16]);
    out.writeBytes(new byte[] {0, 3, 9, 8, 7});
    out.writeBytes(cose);

    AuthenticatorData data = AuthenticatorData.parse(out.toByteArray());

    assertThat(data.signCount()).isEqualTo(7);
    assertThat(data.has(AuthenticatorData.UV)).isTrue();
    assertThat(data.credentialId()).isEqualTo(new byte[] {9, 8, 7});
    assertThat(CoseKey.parse(data.credentialKey()).algorithm()).isEqualTo(CoseKey.ES256);
    assertThatThrownBy(() -> AuthenticatorData.parse(java.util.Arrays.copyOf(out.toByteArray(), 40)))
        .isInstanceOf(Cbor.CborException.class);
  }

  private static byte[] sign(String algorithm, KeyPair keys) throws Exception {
    Signature signature = Signature.getInstance(algorithm);
    signature.initSign(keys.getPrivate());
    signature.update(DATA);
    return signature.sign();
  }
}
