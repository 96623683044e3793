package dev.fakecognito.internal.webauthn;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A registered passkey of one user. Immutable: a sign-in that moves the signature counter
 * replaces the user's entry with {@link #withSignCount(long)}, under the pool's lock.
 *
 * @param credentialId the credential ID, Base64URL without padding, as ListWebAuthnCredentials gives it
 * @param algorithm the COSE algorithm of the key
 * @param publicKey the COSE_Key as the authenticator sent it
 * @param signCount the last signature counter seen, 0 for authenticators without one
 * @param relyingPartyId the RP ID the credential is scoped to
 * @param friendlyName the name ListWebAuthnCredentials shows
 * @param attachment {@code platform} or {@code cross-platform}, when the client said
 * @param transports the transports the client reported
 * @param createdAt when the registration completed
 */
public record Passkey(
    String credentialId,
    long algorithm,
    byte[] publicKey,
    long signCount,
    String relyingPartyId,
    String friendlyName,
    @Nullable String attachment,
    List<String> transports,
    Instant createdAt) {

  /** The same passkey after a sign-in that reported {@code count}. */
  public Passkey withSignCount(long count) {
    return new Passkey(credentialId, algorithm, publicKey, count, relyingPartyId, friendlyName, attachment,
        transports, createdAt);
  }

  /** The public key, decoded. */
  public CoseKey key() {
    return CoseKey.parse(Cbor.decode(publicKey));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Passkey p && credentialId.equals(p.credentialId) && algorithm == p.algorithm
        && java.util.Arrays.equals(publicKey, p.publicKey) && signCount == p.signCount
        && relyingPartyId.equals(p.relyingPartyId) && friendlyName.equals(p.friendlyName)
        && java.util.Objects.equals(attachment, p.attachment) && transports.equals(p.transports)
        && createdAt.equals(p.createdAt);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(credentialId, signCount, createdAt);
  }

  @Override
  public String toString() {
    return "Passkey[" + credentialId + ", signCount=" + signCount + "]";
  }
}
