package dev.fakecognito.triggers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a pre token generation function (first version) answers: claims to add, change or remove in
 * the ID token, and groups to put in both tokens.
 *
 * <pre>{@code
 * fake.registerLambda(arn, Triggers.preTokenGeneration(event -> PreTokenGenerationResponse.of(
 *     new ClaimsOverrideDetails(Map.of("tenant", "acme"), List.of("email"), null))));
 * }</pre>
 *
 * @param claimsOverrideDetails the changes ({@code claimsOverrideDetails}), or null for none
 */
public record PreTokenGenerationResponse(@Nullable ClaimsOverrideDetails claimsOverrideDetails) {

  /**
   * Leaves the tokens as they are.
   *
   * @return a response with no changes
   */
  public static PreTokenGenerationResponse none() {
    return new PreTokenGenerationResponse(null);
  }

  /**
   * A response with these changes.
   *
   * @param claimsOverrideDetails the changes
   * @return the response
   */
  public static PreTokenGenerationResponse of(ClaimsOverrideDetails claimsOverrideDetails) {
    return new PreTokenGenerationResponse(claimsOverrideDetails);
  }

  Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    if (claimsOverrideDetails != null) {
      map.put("claimsOverrideDetails", claimsOverrideDetails.toMap());
    }
    return map;
  }

  /**
   * Changes to the ID token ({@code claimsOverrideDetails}). A claim both added and suppressed is
   * suppressed.
   *
   * @param claimsToAddOrOverride claims to add or replace ({@code claimsToAddOrOverride})
   * @param claimsToSuppress claims to remove ({@code claimsToSuppress})
   * @param groupOverrideDetails groups and roles to put in place of the user's ({@code
   *     groupOverrideDetails}), or null to keep them
   */
  public record ClaimsOverrideDetails(
      Map<String, String> claimsToAddOrOverride,
      List<String> claimsToSuppress,
      @Nullable GroupConfiguration groupOverrideDetails) {

    /**
     * Copies the collections; null ones read as empty.
     *
     * @param claimsToAddOrOverride see {@link #claimsToAddOrOverride()}
     * @param claimsToSuppress see {@link #claimsToSuppress()}
     * @param groupOverrideDetails see {@link #groupOverrideDetails()}
     */
    public ClaimsOverrideDetails {
      claimsToAddOrOverride = EventMaps.copy(claimsToAddOrOverride);
      claimsToSuppress = EventMaps.copy(claimsToSuppress);
    }

    Map<String, Object> toMap() {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("claimsToAddOrOverride", EventMaps.mutable(claimsToAddOrOverride));
      map.put("claimsToSuppress", EventMaps.mutable(claimsToSuppress));
      if (groupOverrideDetails != null) {
        map.put("groupOverrideDetails", groupOverrideDetails.toMap());
      }
      return map;
    }
  }
}
