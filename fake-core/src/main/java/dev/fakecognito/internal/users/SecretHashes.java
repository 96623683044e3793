package dev.fakecognito.internal.users;

import dev.fakecognito.internal.Backend.ClientRef;
import dev.fakecognito.internal.errors.CognitoErrors;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * SECRET_HASH, which clients with a secret must send: {@code Base64(HMAC-SHA256(secret, username ‖
 * clientId))} (https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#cognito-user-pools-computing-secret-hash).
 */
public final class SecretHashes {

  private SecretHashes() {}

  public static String compute(String clientSecret, String username, String clientId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(clientSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal((username + clientId).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
    }
  }

  /**
   * Checks the SECRET_HASH of a call through {@code client}; clients without a secret need none.
   *
   * @param username the username the hash must have been computed over
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException if
   *     the hash is missing or wrong
   */
  public static void check(ClientRef client, @Nullable String secretHash, @Nullable String username) {
    List<String> secrets = client.secrets();
    if (secrets.isEmpty()) {
      return;
    }
    if (secretHash == null) {
      throw CognitoErrors.secretHashMissing(client.clientId());
    }
    if (username == null || !matchesAny(secrets, username, client.clientId(), secretHash)) {
      throw CognitoErrors.secretHashMismatch(client.clientId());
    }
  }

  /** Whether {@code secretHash} was computed with any of a client's current secrets. */
  public static boolean matchesAny(List<String> secrets, String username, String clientId, String secretHash) {
    for (String secret : secrets) {
      if (matches(secret, username, clientId, secretHash)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code given} is one of a client's current secrets, compared in constant time. */
  public static boolean isCurrentSecret(List<String> secrets, String given) {
    boolean found = false;
    for (String secret : secrets) {
      found |= MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
    return found;
  }

  public static boolean matches(String secret, String username, String clientId, String secretHash) {
    return MessageDigest.isEqual(
        compute(secret, username, clientId).getBytes(StandardCharsets.UTF_8),
        secretHash.getBytes(StandardCharsets.UTF_8));
  }
}
