package dev.fakecognito.internal.webauthn;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The authenticator data of a WebAuthn response (WebAuthn §6.1): the RP ID hash, the flags, the
 * signature counter and, at registration, the attested credential data.
 *
 * @param rpIdHash SHA-256 of the RP ID the authenticator scoped the credential to
 * @param flags the flags byte
 * @param signCount the signature counter, 0 for authenticators without one
 * @param credentialId the new credential's ID, when the AT flag is set
 * @param credentialKey the new credential's public key, when the AT flag is set
 */
public record AuthenticatorData(
    byte[] rpIdHash,
    int flags,
    long signCount,
    byte @Nullable [] credentialId,
    @Nullable Object credentialKey) {

  /** User present. */
  public static final int UP = 0x01;
  /** User verified. */
  public static final int UV = 0x04;
  /** Attested credential data included. */
  public static final int AT = 0x40;
  /** Extension data included. */
  public static final int ED = 0x80;

  private static final int FIXED_LENGTH = 37;
  private static final int AAGUID_LENGTH = 16;

  /**
   * Parses authenticator data; the decoded COSE key is left for {@link CoseKey#parse}.
   *
   * @throws Cbor.CborException for data that is too short or malformed
   */
  public static AuthenticatorData parse(byte[] data) {
    if (data.length < FIXED_LENGTH) {
      throw new Cbor.CborException("authenticator data is too short");
    }
    ByteBuffer buffer = ByteBuffer.wrap(data);
    byte[] rpIdHash = new byte[32];
    buffer.get(rpIdHash);
    int flags = buffer.get() & 0xff;
    long signCount = buffer.getInt() & 0xffffffffL;
    byte[] credentialId = null;
    Object credentialKey = null;
    int end = FIXED_LENGTH;
    if ((flags & AT) != 0) {
      if (data.length < FIXED_LENGTH + AAGUID_LENGTH + 2) {
        throw new Cbor.CborException("attested credential data is too short");
      }
      buffer.position(FIXED_LENGTH + AAGUID_LENGTH);
      int idLength = buffer.getShort() & 0xffff;
      int idStart = buffer.position();
      if (idLength == 0 || idLength > 1023 || idStart + idLength > data.length) {
        throw new Cbor.CborException("malformed credential ID in attested credential data");
      }
      credentialId = Arrays.copyOfRange(data, idStart, idStart + idLength);
      Cbor.Reader reader = new Cbor.Reader(data, idStart + idLength);
      credentialKey = reader.read();
      end = reader.position();
    }
    if ((flags & ED) != 0) {
      Cbor.Reader reader = new Cbor.Reader(data, end);
      reader.read();
      end = reader.position();
    }
    if (end != data.length) {
      throw new Cbor.CborException("trailing bytes after the authenticator data");
    }
    return new AuthenticatorData(rpIdHash, flags, signCount, credentialId, credentialKey);
  }

  /** Whether every bit of {@code flag} is set. */
  public boolean has(int flag) {
    return (flags & flag) == flag;
  }
}
