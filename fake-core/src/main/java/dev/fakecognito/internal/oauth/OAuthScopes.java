package dev.fakecognito.internal.oauth;

import dev.fakecognito.internal.pools.UserPool;
import java.util.List;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceServerScopeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceServerType;

/**
 * OAuth 2.0 scopes of a pool: the standard ones, and the custom {@code <resourceServer>/<scope>}
 * scopes its resource servers define
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-define-resource-servers.html).
 */
public final class OAuthScopes {

  /** The scopes every pool has, in the order the API reference lists them. */
  public static final List<String> STANDARD =
      List.of("phone", "email", "openid", "profile", "aws.cognito.signin.user.admin");

  private OAuthScopes() {}

  public static boolean isStandard(String scope) {
    return STANDARD.contains(scope);
  }

  /** Whether the scope is standard or defined by one of the pool's resource servers. */
  public static boolean exists(UserPool pool, String scope) {
    return isStandard(scope) || isCustom(pool, scope);
  }

  /**
   * Whether one of the pool's resource servers defines the scope. Identifiers may contain slashes
   * (an API URL is a common one) but scope names may not, so the last slash splits the two.
   */
  public static boolean isCustom(UserPool pool, String scope) {
    int slash = scope.lastIndexOf('/');
    if (slash <= 0) {
      return false;
    }
    ResourceServerType server = pool.resourceServers().get(scope.substring(0, slash));
    return server != null && defines(server, scope.substring(slash + 1));
  }

  private static boolean defines(ResourceServerType server, String scopeName) {
    for (ResourceServerScopeType scope : server.scopes()) {
      if (scope.scopeName().equals(scopeName)) {
        return true;
      }
    }
    return false;
  }

  /** The full names ({@code <identifier>/<scope>}) of a resource server's scopes. */
  public static List<String> fullNames(@Nullable ResourceServerType server) {
    if (server == null) {
      return List.of();
    }
    return server.scopes().stream().map(s -> server.identifier() + "/" + s.scopeName()).toList();
  }
}
