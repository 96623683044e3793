package dev.fakecognito.contract;

import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.assertInvalidPaginationToken;
import static dev.fakecognito.testing.Fixtures.fake;
import static dev.fakecognito.testing.Fixtures.pool;
import static dev.fakecognito.testing.Transport.clientFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListResourceServersResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.OAuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceServerScopeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceServerType;

class ResourceServersTest {

  private final FakeCognito fake = fake();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);
  private final String poolId = pool(cognito);

  private static ResourceServerScopeType scope(String name) {
    return ResourceServerScopeType.builder().scopeName(name).scopeDescription(name + " access").build();
  }

  private ResourceServerType create(String identifier, String... scopes) {
    return cognito.createResourceServer(r -> r.userPoolId(poolId).identifier(identifier).name("api")
        .scopes(List.of(scopes).stream().map(ResourceServersTest::scope).toList())).resourceServer();
  }

  @Test
  void created_resource_server_is_described_with_its_scopes() {
    ResourceServerType created = create("https://api.example.com", "read", "write");

    ResourceServerType described = cognito.describeResourceServer(r -> r.userPoolId(poolId)
        .identifier("https://api.example.com")).resourceServer();

    assertThat(described).isEqualTo(created);
    assertThat(described.userPoolId()).isEqualTo(poolId);
    assertThat(described.name()).isEqualTo("api");
    assertThat(described.scopes()).extracting(ResourceServerScopeType::scopeName).containsExactly("read", "write");
  }

  @Test
  void resource_server_without_scopes_has_an_empty_list() {
    ResourceServerType created = cognito.createResourceServer(r -> r.userPoolId(poolId).identifier("api")
        .name("api")).resourceServer();

    assertThat(created.scopes()).isEmpty();
  }

  @Test
  void duplicate_identifier_throws_InvalidParameterException() {
    create("api", "read");

    assertCognitoError(() -> create("api", "write"), InvalidParameterException.class,
        "Resource server api already exists.");
  }

  @Test
  void duplicate_scope_name_throws_InvalidParameterException() {
    assertCognitoError(() -> create("api", "read", "read"), InvalidParameterException.class,
        "Duplicate scope name read in the resource server.");
    assertThat(cognito.listResourceServers(r -> r.userPoolId(poolId)).resourceServers()).isEmpty();
  }

  @Test
  void scope_name_with_a_slash_throws_InvalidParameterException() {
    assertCognitoError(() -> create("api", "a/b"), InvalidParameterException.class,
        "1 validation error detected: Value 'a/b' at 'scopes.1.member.scopeName' failed to satisfy constraint: "
            + "Member must satisfy regular expression pattern: [\\x21\\x23-\\x2E\\x30-\\x5B\\x5D-\\x7E]+");
  }

  @Test
  void more_than_100_scopes_throw_InvalidParameterException() {
    String[] scopes = IntStream.range(0, 101).mapToObj(i -> "s" + i).toArray(String[]::new);

    assertCognitoError(() -> create("api", scopes), InvalidParameterException.class,
        "1 validation error detected: Value at 'scopes' failed to satisfy constraint: "
            + "Member must have length less than or equal to 100");
  }

  @Test
  void identifier_with_a_space_throws_InvalidParameterException() {
    assertCognitoError(() -> create("my api", "read"), InvalidParameterException.class,
        "1 validation error detected: Value 'my api' at 'identifier' failed to satisfy constraint: "
            + "Member must satisfy regular expression pattern: [\\x21\\x23-\\x5B\\x5D-\\x7E]+");
  }

  @Test
  void missing_name_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.createResourceServer(r -> r.userPoolId(poolId).identifier("api")),
        InvalidParameterException.class,
        "1 validation error detected: Value null at 'name' failed to satisfy constraint: Member must not be null");
  }

  @Test
  void scope_without_description_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.createResourceServer(r -> r.userPoolId(poolId).identifier("api").name("api")
            .scopes(ResourceServerScopeType.builder().scopeName("read").build())), InvalidParameterException.class,
        "1 validation error detected: Value null at 'scopes.1.member.scopeDescription' failed to satisfy "
            + "constraint: Member must not be null");
  }

  @Test
  void unknown_pool_throws_ResourceNotFoundException() {
    assertCognitoError(() -> cognito.createResourceServer(r -> r.userPoolId("us-east-1_nothere").identifier("api")
        .name("api")), ResourceNotFoundException.class, "User pool us-east-1_nothere does not exist.");
  }

  @Test
  void unknown_resource_server_throws_ResourceNotFoundException() {
    assertCognitoError(() -> cognito.describeResourceServer(r -> r.userPoolId(poolId).identifier("api")),
        ResourceNotFoundException.class, "Resource server api does not exist.");
    assertCognitoError(() -> cognito.updateResourceServer(r -> r.userPoolId(poolId).identifier("api").name("api")),
        ResourceNotFoundException.class, "Resource server api does not exist.");
    assertCognitoError(() -> cognito.deleteResourceServer(r -> r.userPoolId(poolId).identifier("api")),
        ResourceNotFoundException.class, "Resource server api does not exist.");
  }

  @Test
  void update_replaces_name_and_scopes() {
    create("api", "read", "write");

    ResourceServerType updated = cognito.updateResourceServer(r -> r.userPoolId(poolId).identifier("api")
        .name("renamed").scopes(scope("admin"))).resourceServer();

    assertThat(updated.name()).isEqualTo("renamed");
    assertThat(cognito.describeResourceServer(r -> r.userPoolId(poolId).identifier("api")).resourceServer()
        .scopes()).extracting(ResourceServerScopeType::scopeName).containsExactly("admin");
  }

  @Test
  void deleted_resource_server_is_gone() {
    create("api", "read");

    cognito.deleteResourceServer(r -> r.userPoolId(poolId).identifier("api"));

    assertCognitoError(() -> cognito.describeResourceServer(r -> r.userPoolId(poolId).identifier("api")),
        ResourceNotFoundException.class, "Resource server api does not exist.");
  }

  @Test
  void deleting_a_resource_server_takes_its_scopes_from_app_clients() {
    create("api", "read");
    create("other", "read");
    String clientId = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("m2m").generateSecret(true)
        .allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows(OAuthFlowType.CLIENT_CREDENTIALS)
        .allowedOAuthScopes("api/read", "other/read")).userPoolClient().clientId();

    cognito.deleteResourceServer(r -> r.userPoolId(poolId).identifier("api"));

    assertThat(cognito.describeUserPoolClient(r -> r.userPoolId(poolId).clientId(clientId)).userPoolClient()
        .allowedOAuthScopes()).containsExactly("other/read");
  }

  @Test
  void scope_dropped_by_an_update_leaves_app_clients() {
    create("api", "read", "write");
    String clientId = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("m2m").generateSecret(true)
        .allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows(OAuthFlowType.CLIENT_CREDENTIALS)
        .allowedOAuthScopes("api/read", "api/write")).userPoolClient().clientId();

    cognito.updateResourceServer(r -> r.userPoolId(poolId).identifier("api").name("api").scopes(scope("write")));

    assertThat(cognito.describeUserPoolClient(r -> r.userPoolId(poolId).clientId(clientId)).userPoolClient()
        .allowedOAuthScopes()).containsExactly("api/write");
  }

  @Test
  void list_pages_through_resource_servers_by_identifier() {
    create("c", "x");
    create("a", "x");
    create("b", "x");

    List<String> seen = new ArrayList<>();
    ListResourceServersResponse first = cognito.listResourceServers(r -> r.userPoolId(poolId).maxResults(2));
    first.resourceServers().forEach(s -> seen.add(s.identifier()));
    ListResourceServersResponse second = cognito.listResourceServers(r -> r.userPoolId(poolId).maxResults(2)
        .nextToken(first.nextToken()));
    second.resourceServers().forEach(s -> seen.add(s.identifier()));

    assertThat(seen).containsExactly("a", "b", "c");
    assertThat(second.nextToken()).isNull();
  }

  @Test
  void list_with_max_results_above_50_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.listResourceServers(r -> r.userPoolId(poolId).maxResults(51)),
        InvalidParameterException.class, "1 validation error detected: Value '51' at 'maxResults' failed to satisfy "
            + "constraint: Member must have value less than or equal to 50");
  }

  @Test
  void list_with_a_foreign_token_throws_InvalidParameterException() {
    assertInvalidPaginationToken(() -> cognito.listResourceServers(r -> r.userPoolId(poolId).nextToken("bogus")),
        "bogus");
  }
}
