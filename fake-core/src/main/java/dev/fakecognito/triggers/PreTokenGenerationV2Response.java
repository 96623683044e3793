package dev.fakecognito.triggers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a pre token generation function (versions 2 and 3) answers: claims and scopes to change in
 * the ID and access tokens, and groups to put in both.
 *
 * <pre>{@code
 * fake.registerLambda(arn, Triggers.preTokenGenerationV2(event -> PreTokenGenerationV2Response.of(
 *     new ClaimsAndScopeOverrideDetails(
 *         new IdTokenGeneration(Map.of("tenant", "acme"), List.of()),
 *         new AccessTokenGeneration(Map.of("roles", List.of("reader")), List.of(),
 *             List.of("api/read"), List.of()),
 *         null))));
 * }</pre>
 *
 * @param claimsAndScopeOverrideDetails the changes ({@code claimsAndScopeOverrideDetails}), or
 *     null for none
 */
public record PreTokenGenerationV2Response(@Nullable ClaimsAndScopeOverrideDetails claimsAndScopeOverrideDetails) {

  /**
   * Leaves the tokens as they are.
   *
   * @return a response with no changes
   */
  public static PreTokenGenerationV2Response none() {
    return new PreTokenGenerationV2Response(null);
  }

  /**
   * A response with these changes.
   *
   * @param claimsAndScopeOverrideDetails the changes
   * @return the response
   */
  public static PreTokenGenerationV2Response of(ClaimsAndScopeOverrideDetails claimsAndScopeOverrideDetails) {
    return new PreTokenGenerationV2Response(claimsAndScopeOverrideDetails);
  }

  Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    if (claimsAndScopeOverrideDetails != null) {
      map.put("claimsAndScopeOverrideDetails", claimsAndScopeOverrideDetails.toMap());
    }
    return map;
  }

  /**
   * Changes to both tokens ({@code claimsAndScopeOverrideDetails}).
   *
   * @param idTokenGeneration changes to the ID token ({@code idTokenGeneration}), or null
   * @param accessTokenGeneration changes to the access token ({@code accessTokenGeneration}), or null
   * @param groupOverrideDetails groups and roles to put in place of the user's ({@code
   *     groupOverrideDetails}), or null to keep them
   */
  public record ClaimsAndScopeOverrideDetails(
      @Nullable IdTokenGeneration idTokenGeneration,
      @Nullable AccessTokenGeneration accessTokenGeneration,
      @Nullable GroupConfiguration groupOverrideDetails) {

    Map<String, Object> toMap() {
      Map<String, Object> map = new LinkedHashMap<>();
      if (idTokenGeneration != null) {
        map.put("idTokenGeneration", idTokenGeneration.toMap());
      }
      if (accessTokenGeneration != null) {
        map.put("accessTokenGeneration", accessTokenGeneration.toMap());
      }
      if (groupOverrideDetails != null) {
        map.put("groupOverrideDetails", groupOverrideDetails.toMap());
      }
      return map;
    }
  }

  /**
   * Changes to the ID token ({@code idTokenGeneration}). Claim values may be any JSON value:
   * strings, numbers, booleans, lists and maps.
   *
   * @param claimsToAddOrOverride claims to add or replace ({@code claimsToAddOrOverride})
   * @param claimsToSuppress claims to remove ({@code claimsToSuppress})
   */
  public record IdTokenGeneration(Map<String, Object> claimsToAddOrOverride, List<String> claimsToSuppress) {

    /**
     * Copies the collections; null ones read as empty.
     *
     * @param claimsToAddOrOverride see {@link #claimsToAddOrOverride()}
     * @param claimsToSuppress see {@link #claimsToSuppress()}
     */
    public IdTokenGeneration {
      claimsToAddOrOverride = EventMaps.copy(claimsToAddOrOverride);
      claimsToSuppress = EventMaps.copy(claimsToSuppress);
    }

    Map<String, Object> toMap() {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("claimsToAddOrOverride", EventMaps.mutable(claimsToAddOrOverride));
      map.put("claimsToSuppress", EventMaps.mutable(claimsToSuppress));
      return map;
    }
  }

  /**
   * Changes to the access token ({@code accessTokenGeneration}). Claim values may be any JSON
   * value.
   *
   * @param claimsToAddOrOverride claims to add or replace ({@code claimsToAddOrOverride})
   * @param claimsToSuppress claims to remove ({@code claimsToSuppress})
   * @param scopesToAdd scopes to add to the {@code scope} claim ({@code scopesToAdd})
   * @param scopesToSuppress scopes to remove from it ({@code scopesToSuppress})
   */
  public record AccessTokenGeneration(
      Map<String, Object> claimsToAddOrOverride,
      List<String> claimsToSuppress,
      List<String> scopesToAdd,
      List<String> scopesToSuppress) {

    /**
     * Copies the collections; null ones read as empty.
     *
     * @param claimsToAddOrOverride see {@link #claimsToAddOrOverride()}
     * @param claimsToSuppress see {@link #claimsToSuppress()}
     * @param scopesToAdd see {@link #scopesToAdd()}
     * @param scopesToSuppress see {@link #scopesToSuppress()}
     */
    public AccessTokenGeneration {
      claimsToAddOrOverride = EventMaps.copy(claimsToAddOrOverride);
      claimsToSuppress = EventMaps.copy(claimsToSuppress);
      scopesToAdd = EventMaps.copy(scopesToAdd);
      scopesToSuppress = EventMaps.copy(scopesToSuppress);
    }

    Map<String, Object> toMap() {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("claimsToAddOrOverride", EventMaps.mutable(claimsToAddOrOverride));
      map.put("claimsToSuppress", EventMaps.mutable(claimsToSuppress));
      map.put("scopesToAdd", EventMaps.mutable(scopesToAdd));
      map.put("scopesToSuppress", EventMaps.mutable(scopesToSuppress));
      return map;
    }
  }
}
