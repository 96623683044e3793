package dev.fakecognito.triggers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The user's groups and IAM roles: the {@code groupConfiguration} of a pre token generation event,
 * and the {@code groupOverrideDetails} a function may return to replace them.
 *
 * <p>Returned as {@code groupOverrideDetails}, the group names replace {@code cognito:groups} in
 * both the ID and the access token; an empty list removes the groups.
 *
 * @param groupsToOverride group names ({@code groupsToOverride})
 * @param iamRolesToOverride IAM role ARNs ({@code iamRolesToOverride})
 * @param preferredRole the preferred IAM role ARN ({@code preferredRole}), or null
 */
public record GroupConfiguration(
    List<String> groupsToOverride, List<String> iamRolesToOverride, @Nullable String preferredRole) {

  /**
   * Copies the lists; null lists read as empty.
   *
   * @param groupsToOverride see {@link #groupsToOverride()}
   * @param iamRolesToOverride see {@link #iamRolesToOverride()}
   * @param preferredRole see {@link #preferredRole()}
   */
  public GroupConfiguration {
    groupsToOverride = EventMaps.copy(groupsToOverride);
    iamRolesToOverride = EventMaps.copy(iamRolesToOverride);
  }

  /**
   * Groups only, with no IAM roles.
   *
   * <pre>{@code
   * new PreTokenGenerationResponse.ClaimsOverrideDetails(Map.of(), List.of(), GroupConfiguration.groups("admins"))
   * }</pre>
   *
   * @param groups the group names; none removes the user's groups from the tokens
   * @return the configuration
   */
  public static GroupConfiguration groups(String... groups) {
    return new GroupConfiguration(List.of(groups), List.of(), null);
  }

  static GroupConfiguration from(Map<String, Object> map) {
    return new GroupConfiguration(EventMaps.stringList(map, "groupsToOverride"),
        EventMaps.stringList(map, "iamRolesToOverride"), EventMaps.optionalString(map, "preferredRole"));
  }

  Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("groupsToOverride", EventMaps.mutable(groupsToOverride));
    map.put("iamRolesToOverride", EventMaps.mutable(iamRolesToOverride));
    EventMaps.putIfPresent(map, "preferredRole", preferredRole);
    return map;
  }
}
