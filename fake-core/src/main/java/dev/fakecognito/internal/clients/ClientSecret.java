package dev.fakecognito.internal.clients;

import java.time.Instant;

/**
 * One secret of an app client. A client with a secret has one or two of them; SECRET_HASH and the
 * ClientSecret parameters accept any of them, so that a secret can be rotated without downtime
 * (AddUserPoolClientSecret API reference).
 *
 * @param id the ClientSecretId, {@code <clientId>--<epoch milliseconds of creation>}
 * @param value the secret itself
 * @param created when the secret was created or added
 */
public record ClientSecret(String id, String value, Instant created) {

  /** The first secret of a client, made together with the client. */
  static ClientSecret first(String clientId, String value, Instant created) {
    return new ClientSecret(clientId + "--" + created.toEpochMilli(), value, created);
  }
}
