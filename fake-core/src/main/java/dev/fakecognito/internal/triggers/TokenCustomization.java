package dev.fakecognito.internal.triggers;

import dev.fakecognito.internal.Backend.ClientRef;
import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.tokens.ClaimsOverride;
import dev.fakecognito.internal.tokens.TokenService;
import dev.fakecognito.internal.users.User;
import dev.fakecognito.internal.util.ModelSupport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LambdaConfigType;

/**
 * The Pre token generation trigger: version 1 changes the ID token and the groups; versions 2 and
 * 3 (LambdaVersion V2_0 and V3_0) also change the access token's claims and scopes
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html).
 */
public final class TokenCustomization {

  private TokenCustomization() {}

  /**
   * Asks the pool's trigger, if any, how to change the tokens about to be issued.
   *
   * @param triggerSource for example {@code TokenGeneration_Authentication}
   */
  public static ClaimsOverride ask(Backend backend, ClientRef client, User.Snapshot user, String triggerSource,
      Map<String, String> clientMetadata) {
    UserPool pool = client.pool();
    if (!backend.triggers().configured(pool, Trigger.PRE_TOKEN_GENERATION)) {
      return ClaimsOverride.NONE;
    }
    String version = version(pool.config().lambdaConfig());
    List<String> groups = new ArrayList<>();
    List<String> roles = new ArrayList<>();
    for (User.Snapshot.Membership group : user.groups()) {
      groups.add(group.name());
      if (group.roleArn() != null && !roles.contains(group.roleArn())) {
        roles.add(group.roleArn());
      }
    }
    Map<String, Object> groupConfiguration = new LinkedHashMap<>();
    groupConfiguration.put("groupsToOverride", groups);
    groupConfiguration.put("iamRolesToOverride", roles);
    groupConfiguration.put("preferredRole", null);
    Map<String, Object> attributes = new LinkedHashMap<>(user.attributes());
    // As in the other events. Sign-in issues tokens to confirmed users only; the snapshot does not
    // carry the status, so a refresh after an administrator's reset also reads CONFIRMED here.
    attributes.put("cognito:user_status", "CONFIRMED");
    Map<String, Object> request = TriggerEvents.request(
        "userAttributes", attributes,
        "groupConfiguration", groupConfiguration,
        "clientMetadata", TriggerEvents.clientMetadata(clientMetadata));
    if (!version.equals("1")) {
      request.put("scopes", new ArrayList<>(List.of(TokenService.ADMIN_SCOPE)));
    }
    Map<String, Object> response = backend.triggers().invoke(pool, Trigger.PRE_TOKEN_GENERATION, triggerSource,
        version, client.clientId(), user.username(), request);
    if (response == null) {
      return ClaimsOverride.NONE;
    }
    return version.equals("1") ? version1(response) : version2(response);
  }

  /**
   * Asks the pool's trigger how to change an access token of the client credentials grant. Only
   * event version 3 (LambdaVersion V3_0) is invoked for machine-to-machine tokens; with versions 1
   * and 2 the token is issued unchanged
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html).
   * The event names the app client as {@code userName}, with no user attributes or groups; that
   * shape is assumed.
   */
  public static ClaimsOverride askForClient(Backend backend, ClientRef client, List<String> scopes,
      Map<String, String> clientMetadata) {
    UserPool pool = client.pool();
    if (!backend.triggers().configured(pool, Trigger.PRE_TOKEN_GENERATION)
        || !version(pool.config().lambdaConfig()).equals("3")) {
      return ClaimsOverride.NONE;
    }
    Map<String, Object> request = TriggerEvents.request(
        "userAttributes", new LinkedHashMap<String, Object>(),
        "scopes", new ArrayList<>(scopes),
        "groupConfiguration", null,
        "clientMetadata", TriggerEvents.clientMetadata(clientMetadata));
    Map<String, Object> response = backend.triggers().invoke(pool, Trigger.PRE_TOKEN_GENERATION,
        "TokenGeneration_ClientCredentials", "3", client.clientId(), client.clientId(), request);
    return response == null ? ClaimsOverride.NONE : version2(response);
  }

  private static String version(@Nullable LambdaConfigType config) {
    if (config == null || !ModelSupport.PRE_TOKEN_GENERATION_CONFIG || config.preTokenGenerationConfig() == null) {
      return "1";
    }
    // As a string: V3_0 came to the model after V2_0 (SDK 2.30).
    String version = config.preTokenGenerationConfig().lambdaVersionAsString();
    if ("V2_0".equals(version)) {
      return "2";
    }
    return "V3_0".equals(version) ? "3" : "1";
  }

  private static ClaimsOverride version1(Map<String, Object> response) {
    Map<String, Object> details = map(response.get("claimsOverrideDetails"));
    Groups groups = groups(details);
    return new ClaimsOverride(map(details.get("claimsToAddOrOverride")), strings(details.get("claimsToSuppress")),
        Map.of(), Set.of(), Set.of(), Set.of(), groups.names(), groups.roles(), groups.preferred());
  }

  private static ClaimsOverride version2(Map<String, Object> response) {
    Map<String, Object> details = map(response.get("claimsAndScopeOverrideDetails"));
    Map<String, Object> id = map(details.get("idTokenGeneration"));
    Map<String, Object> access = map(details.get("accessTokenGeneration"));
    Groups groups = groups(details);
    return new ClaimsOverride(map(id.get("claimsToAddOrOverride")), strings(id.get("claimsToSuppress")),
        map(access.get("claimsToAddOrOverride")), strings(access.get("claimsToSuppress")),
        strings(access.get("scopesToAdd")), strings(access.get("scopesToSuppress")),
        groups.names(), groups.roles(), groups.preferred());
  }

  private record Groups(@Nullable List<String> names, @Nullable List<String> roles, @Nullable String preferred) {}

  /**
   * Group overrides: left out, the user's groups stay; present but empty or null, they are removed.
   */
  private static Groups groups(Map<String, Object> details) {
    if (!details.containsKey("groupOverrideDetails")) {
      return new Groups(null, null, null);
    }
    Map<String, Object> override = map(details.get("groupOverrideDetails"));
    Object preferred = override.get("preferredRole");
    return new Groups(new ArrayList<>(strings(override.get("groupsToOverride"))),
        new ArrayList<>(strings(override.get("iamRolesToOverride"))), preferred == null ? null : preferred.toString());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(@Nullable Object value) {
    return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
  }

  private static Set<String> strings(@Nullable Object value) {
    Set<String> strings = new LinkedHashSet<>();
    if (value instanceof List<?> list) {
      list.forEach(item -> strings.add(String.valueOf(item)));
    }
    return strings;
  }
}
