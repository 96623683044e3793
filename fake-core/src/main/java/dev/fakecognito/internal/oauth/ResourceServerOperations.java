package dev.fakecognito.internal.oauth;

import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.util.Paging;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateResourceServerRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateResourceServerResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteResourceServerRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteResourceServerResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeResourceServerRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeResourceServerResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListResourceServersRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListResourceServersResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceServerScopeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceServerType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateResourceServerRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateResourceServerResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/**
 * CreateResourceServer, DescribeResourceServer, UpdateResourceServer, DeleteResourceServer and
 * ListResourceServers: the OAuth 2.0 resource servers of a pool and their custom scopes
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-define-resource-servers.html).
 *
 * <p>A scope that a resource server stops defining, by an update or by its deletion, also leaves
 * the AllowedOAuthScopes of every app client that named it, so that no client keeps a scope that
 * no longer exists. Changes hold the pool's lock, since they span the resource server and the
 * clients.
 */
public final class ResourceServerOperations {

  private static final Pattern IDENTIFIER = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]+");
  private static final Pattern NAME = Pattern.compile("[\\w\\s+=,.@-]+");
  private static final Pattern SCOPE_NAME = Pattern.compile("[\\x21\\x23-\\x2E\\x30-\\x5B\\x5D-\\x7E]+");

  private final Backend backend;

  public ResourceServerOperations(Backend backend) {
    this.backend = backend;
  }

  public CreateResourceServerResponse createResourceServer(CreateResourceServerRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    ResourceServerType server = build(pool, request.identifier(), request.name(),
        request.hasScopes() ? request.scopes() : null);
    pool.lock().lock();
    try {
      if (pool.resourceServers().putIfAbsent(server.identifier(), server) != null) {
        throw CognitoErrors.resourceServerExists(server.identifier());
      }
    } finally {
      pool.lock().unlock();
    }
    return CreateResourceServerResponse.builder().resourceServer(server).build();
  }

  public DescribeResourceServerResponse describeResourceServer(DescribeResourceServerRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    String identifier = checkIdentifier(request.identifier());
    return DescribeResourceServerResponse.builder().resourceServer(existing(pool, identifier)).build();
  }

  public UpdateResourceServerResponse updateResourceServer(UpdateResourceServerRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    ResourceServerType server = build(pool, request.identifier(), request.name(),
        request.hasScopes() ? request.scopes() : null);
    pool.lock().lock();
    try {
      ResourceServerType current = existing(pool, server.identifier());
      Set<String> removed = new HashSet<>(OAuthScopes.fullNames(current));
      OAuthScopes.fullNames(server).forEach(removed::remove);
      pool.resourceServers().put(server.identifier(), server);
      dropFromClients(pool, removed);
    } finally {
      pool.lock().unlock();
    }
    return UpdateResourceServerResponse.builder().resourceServer(server).build();
  }

  public DeleteResourceServerResponse deleteResourceServer(DeleteResourceServerRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    String identifier = checkIdentifier(request.identifier());
    pool.lock().lock();
    try {
      ResourceServerType current = existing(pool, identifier);
      pool.resourceServers().remove(identifier);
      dropFromClients(pool, new HashSet<>(OAuthScopes.fullNames(current)));
    } finally {
      pool.lock().unlock();
    }
    return DeleteResourceServerResponse.builder().build();
  }

  public ListResourceServersResponse listResourceServers(ListResourceServersRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    int max = request.maxResults() == null ? 50 : request.maxResults();
    Paging.checkMaxResults(max, 50);
    // By identifier, with a cursor on that order.
    Paging<ResourceServerType> page = Paging.page("ListResourceServers", pool.resourceServers().values(),
        ResourceServerType::identifier, request.nextToken(), max);
    return ListResourceServersResponse.builder().resourceServers(page.items()).nextToken(page.nextToken()).build();
  }

  private static ResourceServerType existing(UserPool pool, String identifier) {
    ResourceServerType server = pool.resourceServers().get(identifier);
    if (server == null) {
      throw CognitoErrors.resourceServerNotFound(identifier);
    }
    return server;
  }

  /** Validates a resource server as Create and Update take it. */
  private static ResourceServerType build(UserPool pool, @Nullable String identifier, @Nullable String name,
      @Nullable List<ResourceServerScopeType> scopes) {
    checkIdentifier(identifier);
    if (name == null) {
      throw CognitoErrors.notNull("name");
    }
    if (name.isEmpty() || name.length() > 256 || !NAME.matcher(name).matches()) {
      throw CognitoErrors.constraint("name", name, name.length() > 256
          ? "Member must have length less than or equal to 256"
          : name.isEmpty() ? "Member must have length greater than or equal to 1"
          : "Member must satisfy regular expression pattern: [\\w\\s+=,.@-]+");
    }
    List<ResourceServerScopeType> checked = new ArrayList<>();
    if (scopes != null) {
      if (scopes.size() > 100) {
        throw CognitoErrors.listLength("scopes", "Member must have length less than or equal to 100");
      }
      Set<String> names = new HashSet<>();
      for (int i = 0; i < scopes.size(); i++) {
        ResourceServerScopeType scope = scopes.get(i);
        String member = "scopes." + (i + 1) + ".member.";
        if (scope == null || scope.scopeName() == null) {
          throw CognitoErrors.notNull(member + "scopeName");
        }
        String scopeName = scope.scopeName();
        if (scopeName.isEmpty() || scopeName.length() > 256 || !SCOPE_NAME.matcher(scopeName).matches()) {
          throw CognitoErrors.constraint(member + "scopeName", scopeName, scopeName.length() > 256
              ? "Member must have length less than or equal to 256"
              : scopeName.isEmpty() ? "Member must have length greater than or equal to 1"
              : "Member must satisfy regular expression pattern: [\\x21\\x23-\\x2E\\x30-\\x5B\\x5D-\\x7E]+");
        }
        String description = scope.scopeDescription();
        if (description == null) {
          throw CognitoErrors.notNull(member + "scopeDescription");
        }
        if (description.isEmpty() || description.length() > 256) {
          throw CognitoErrors.constraint(member + "scopeDescription", description, description.isEmpty()
              ? "Member must have length greater than or equal to 1"
              : "Member must have length less than or equal to 256");
        }
        if (!names.add(scopeName)) {
          // The wording is assumed.
          throw CognitoErrors.invalidParameter("Duplicate scope name " + scopeName + " in the resource server.");
        }
        checked.add(ResourceServerScopeType.builder().scopeName(scopeName).scopeDescription(description).build());
      }
    }
    return ResourceServerType.builder()
        .userPoolId(pool.id()).identifier(identifier).name(name).scopes(checked).build();
  }

  private static String checkIdentifier(@Nullable String identifier) {
    if (identifier == null) {
      throw CognitoErrors.notNull("identifier");
    }
    if (identifier.isEmpty() || identifier.length() > 256 || !IDENTIFIER.matcher(identifier).matches()) {
      throw CognitoErrors.constraint("identifier", identifier, identifier.length() > 256
          ? "Member must have length less than or equal to 256"
          : identifier.isEmpty() ? "Member must have length greater than or equal to 1"
          : "Member must satisfy regular expression pattern: [\\x21\\x23-\\x5B\\x5D-\\x7E]+");
    }
    return identifier;
  }

  /** Takes scopes that no longer exist out of every app client's AllowedOAuthScopes; the caller holds the lock. */
  private static void dropFromClients(UserPool pool, Set<String> removed) {
    if (removed.isEmpty()) {
      return;
    }
    for (String clientId : List.copyOf(pool.clients().keySet())) {
      pool.clients().computeIfPresent(clientId, (id, client) -> {
        List<String> scopes = client.allowedOAuthScopes();
        if (scopes.stream().noneMatch(removed::contains)) {
          return client;
        }
        List<String> kept = scopes.stream().filter(s -> !removed.contains(s)).toList();
        UserPoolClientType.Builder updated = client.toBuilder().allowedOAuthScopes(kept);
        return updated.build();
      });
    }
  }
}
