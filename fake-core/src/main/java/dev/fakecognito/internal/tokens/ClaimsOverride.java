package dev.fakecognito.internal.tokens;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a Pre token generation trigger asked to change in the tokens it was shown.
 *
 * @param idClaims claims to add to or override in the ID token
 * @param idSuppressed claims to leave out of the ID token (suppressing wins over adding)
 * @param accessClaims claims to add to or override in the access token (versions 2 and 3)
 * @param accessSuppressed claims to leave out of the access token
 * @param scopesAdded scopes to add to the access token's {@code scope}
 * @param scopesSuppressed scopes to take out of it
 * @param groups the groups to put in {@code cognito:groups} instead of the user's, or null to keep them
 * @param roles the roles to put in {@code cognito:roles}, when {@code groups} is not null
 * @param preferredRole the {@code cognito:preferred_role}, when {@code groups} is not null
 */
public record ClaimsOverride(
    Map<String, Object> idClaims,
    Set<String> idSuppressed,
    Map<String, Object> accessClaims,
    Set<String> accessSuppressed,
    Set<String> scopesAdded,
    Set<String> scopesSuppressed,
    @Nullable List<String> groups,
    @Nullable List<String> roles,
    @Nullable String preferredRole) {

  /** No changes. */
  public static final ClaimsOverride NONE =
      new ClaimsOverride(Map.of(), Set.of(), Map.of(), Set.of(), Set.of(), Set.of(), null, null, null);

  /**
   * The ID token claims a trigger may not change
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html).
   */
  public static final Set<String> PROTECTED_ID_CLAIMS = Set.of("acr", "amr", "aud", "at_hash", "auth_time", "azp",
      "cognito:username", "exp", "iat", "identities", "iss", "jti", "nbf", "nonce", "origin_jti", "sub", "token_use");

  /** The access token claims a trigger may not change; scopes change through their own lists. */
  public static final Set<String> PROTECTED_ACCESS_CLAIMS = Set.of("acr", "amr", "aud", "auth_time", "azp",
      "client_id", "device_key", "event_id", "exp", "iat", "iss", "jti", "nbf", "origin_jti", "scope", "sub",
      "token_use", "username", "version", "cognito:username");
}
