package dev.fakecognito.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.fakecognito.FakeCognito;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

class SeedTest {

  private final FakeCognito fake = FakeCognito.create();
  private final CognitoIdentityProviderClient cognito = fake.client();

  @AfterEach
  void close() {
    fake.close();
  }

  static Path exampleSeed() {
    try {
      return Path.of(Objects.requireNonNull(SeedTest.class.getResource("/example-seed.json")).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void the_example_seed_makes_its_pool_client_and_users_under_their_ids_and_the_users_sign_in()
      throws StartupException {
    Seed seed = Seed.read(exampleSeed());
    assertThat(seed.region()).isEqualTo("us-east-1");
    seed.apply(fake);

    UserPoolType pool = cognito.describeUserPool(r -> r.userPoolId("us-east-1_TestPool1")).userPool();
    assertThat(pool.name()).isEqualTo("app");
    assertThat(pool.autoVerifiedAttributes()).containsExactly(VerifiedAttributeType.EMAIL);
    assertThat(pool.policies().passwordPolicy().requireSymbols()).isFalse();
    assertThat(pool.arn()).endsWith(":userpool/us-east-1_TestPool1");
    UserPoolClientType client = cognito.describeUserPoolClient(r -> r.userPoolId("us-east-1_TestPool1")
        .clientId("abcdefghijklmnopqrstuvwxyz")).userPoolClient();
    assertThat(client.clientName()).isEqualTo("web");
    assertThat(client.explicitAuthFlows()).containsExactlyInAnyOrderElementsOf(Seed.DEFAULT_FLOWS);

    AdminGetUserResponse alice = cognito.adminGetUser(r -> r.userPoolId("us-east-1_TestPool1").username("alice"));
    assertThat(alice.userStatus()).isEqualTo(UserStatusType.CONFIRMED);
    assertThat(alice.userAttributes()).extracting(a -> a.name() + "=" + a.value())
        .contains("email=alice@example.com", "email_verified=true", "name=Alice");
    for (String username : new String[] {"alice", "bob"}) {
      AuthenticationResultType tokens = cognito.initiateAuth(r -> r.clientId("abcdefghijklmnopqrstuvwxyz")
          .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
          .authParameters(Map.of("USERNAME", username, "PASSWORD", "Passw0rd!"))).authenticationResult();
      assertThat(tokens.idToken()).isNotBlank();
    }
    assertThat(fake.outbox().messages()).isEmpty();
  }

  @Test
  void settings_are_cognitos_request_members_and_listed_flows_are_kept() throws StartupException {
    Seed seed = Seed.parse("""
        {"pools": [{"id": "eu-west-1_Abc123xyZ", "name": "shop",
          "settings": {"UsernameAttributes": ["email"], "MfaConfiguration": "OFF"},
          "clients": [{"id": "0123456789abcdefghijklmnop", "name": "mobile",
            "settings": {"ExplicitAuthFlows": ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
              "IdTokenValidity": 5, "TokenValidityUnits": {"IdToken": "minutes"}}}],
          "users": [{"username": "carol@example.com", "password": "Passw0rd!",
            "attributes": {"email": "carol@example.com", "email_verified": true}}]}]}
        """, "seed.json");
    assertThat(seed.region()).isEqualTo("eu-west-1");
    try (FakeCognito ireland = FakeCognito.builder().region("eu-west-1").build()) {
      seed.apply(ireland);
      CognitoIdentityProviderClient client = ireland.client();
      assertThat(client.describeUserPool(r -> r.userPoolId("eu-west-1_Abc123xyZ")).userPool().usernameAttributes())
          .containsExactly(UsernameAttributeType.EMAIL);
      UserPoolClientType mobile = client.describeUserPoolClient(r -> r.userPoolId("eu-west-1_Abc123xyZ")
          .clientId("0123456789abcdefghijklmnop")).userPoolClient();
      assertThat(mobile.explicitAuthFlows()).containsExactlyInAnyOrder(
          ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH);
      assertThat(mobile.idTokenValidity()).isEqualTo(5);
      AdminGetUserResponse carol = client.adminGetUser(r -> r.userPoolId("eu-west-1_Abc123xyZ")
          .username("carol@example.com"));
      assertThat(carol.userStatus()).isEqualTo(UserStatusType.CONFIRMED);
      assertThat(carol.userAttributes()).extracting(a -> a.name() + "=" + a.value())
          .contains("email_verified=true");
    }
  }

  @Test
  void a_file_that_is_missing_or_not_json_is_one_clear_line(@TempDir Path dir) throws Exception {
    assertThat(catchThrowableOfType(StartupException.class, () -> Seed.read(dir.resolve("nope.json"))))
        .hasMessage("seed file " + dir.resolve("nope.json") + " does not exist");
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"pools\": [");
    assertThat(catchThrowableOfType(StartupException.class, () -> Seed.read(broken)))
        .hasMessage(broken + " is not a JSON object; a seed is {\"pools\": [...]}");
    Path latin1 = Files.write(dir.resolve("latin1.json"), new byte[] {'{', '"', (byte) 0xE9, '"', ':', '1', '}'});
    assertThat(catchThrowableOfType(StartupException.class, () -> Seed.read(latin1)))
        .hasMessage("seed file " + latin1 + " is not UTF-8 text");
  }

  @Test
  void a_wrong_shape_names_the_member() {
    assertParseError("null", "seed.json is not a JSON object; a seed is {\"pools\": [...]}");
    assertParseError("{\"pools\": [}", "seed.json is not a JSON object; a seed is {\"pools\": [...]}");
    assertParseError("{}", "seed.json: pools is missing");
    assertParseError("{\"pools\": {}}", "seed.json: pools must be a JSON array");
    assertParseError("{\"pool\": []}", "seed.json: the top level has an unknown member \"pool\"; known: pools");
    assertParseError("{\"pools\": [7]}", "seed.json: pools[0] must be a JSON object");
    assertParseError("{\"pools\": [{\"name\": \"app\"}]}", "seed.json: pools[0].id is missing");
    assertParseError("{\"pools\": [{\"id\": 1, \"name\": \"app\"}]}", "seed.json: pools[0].id must be a non-empty string");
    assertParseError("{\"pools\": [{\"id\": \"us-east-1_TestPool1\", \"name\": \"app\", \"user\": []}]}",
        "seed.json: pools[0] has an unknown member \"user\"; known: clients, id, name, settings, users");
    assertParseError("""
        {"pools": [{"id": "us-east-1_TestPool1", "name": "app", "clients": [{"id": "abcdefghijklmnopqrstuvwxyz"}]}]}""",
        "seed.json: pools[0].clients[0].name is missing");
    assertParseError("""
        {"pools": [{"id": "us-east-1_TestPool1", "name": "app", "users": [{"username": "alice"}]}]}""",
        "seed.json: pools[0].users[0].password is missing");
    assertParseError("""
        {"pools": [{"id": "us-east-1_TestPool1", "name": "app",
          "users": [{"username": "alice", "password": "Passw0rd!", "attributes": {"email": ["a"]}}]}]}""",
        "seed.json: pools[0].users[0].attributes.email must be a string");
  }

  @Test
  void settings_that_cognito_does_not_know_or_of_the_wrong_type_are_refused() {
    assertParseError("""
        {"pools": [{"id": "us-east-1_TestPool1", "name": "app", "settings": {"AutoVerifiedAttribute": ["email"]}}]}""",
        "seed.json: pools[0].settings has an unknown member \"AutoVerifiedAttribute\": settings are members of"
            + " Cognito's CreateUserPool request, with their JSON names");
    assertParseError("""
        {"pools": [{"id": "us-east-1_TestPool1", "name": "app", "settings": {"AutoVerifiedAttributes": "email"}}]}""",
        "seed.json: pools[0].settings: Expected an array at AutoVerifiedAttributes.");
    assertParseError("""
        {"pools": [{"id": "us-east-1_TestPool1", "name": "app", "settings": {"PoolName": "other"}}]}""",
        "seed.json: pools[0].settings.PoolName cannot be set here: it comes from the pool's \"name\"");
    assertParseError("""
        {"pools": [{"id": "us-east-1_TestPool1", "name": "app",
          "clients": [{"id": "abcdefghijklmnopqrstuvwxyz", "name": "web", "settings": {"UserPoolId": "x"}}]}]}""",
        "seed.json: pools[0].clients[0].settings.UserPoolId cannot be set here: it comes from the pool the client"
            + " is listed under");
  }

  @Test
  void ids_of_the_wrong_shape_or_used_twice_are_refused() {
    assertApplyError("""
        {"pools": [{"id": "us-east-1_short", "name": "app"}]}""",
        "seed.json: pools[0]: user pool ID us-east-1_short must be the region (us-east-1), an underscore and"
            + " 9 letters or digits, e.g. us-east-1_TestPool1");
    assertApplyError("""
        {"pools": [{"id": "eu-west-1_TestPool1", "name": "app"}]}""",
        "seed.json: pools[0]: user pool ID eu-west-1_TestPool1 must be the region (us-east-1), an underscore and"
            + " 9 letters or digits, e.g. us-east-1_TestPool1");
    assertApplyError("""
        {"pools": [{"id": "us-east-1_TestPool1", "name": "app",
          "clients": [{"id": "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "name": "web"}]}]}""",
        "seed.json: pools[0].clients[0]: app client ID ABCDEFGHIJKLMNOPQRSTUVWXYZ must be 26 lowercase letters"
            + " or digits, e.g. abcdefghijklmnopqrstuvwxyz");
    assertApplyError("""
        {"pools": [{"id": "us-east-1_TestPool1", "name": "a"}, {"id": "us-east-1_TestPool1", "name": "b"}]}""",
        "seed.json: pools[1]: a user pool with ID us-east-1_TestPool1 exists already");
    assertApplyError("""
        {"pools": [{"id": "us-east-1_TestPool1", "name": "a", "clients": [{"id": "abcdefghijklmnopqrstuvwxyz", "name": "web"}]},
          {"id": "us-east-1_TestPool2", "name": "b", "clients": [{"id": "abcdefghijklmnopqrstuvwxyz", "name": "web"}]}]}""",
        "seed.json: pools[1].clients[0]: an app client with ID abcdefghijklmnopqrstuvwxyz exists already");
  }

  @Test
  void what_cognito_refuses_is_reported_with_cognitos_message() {
    assertApplyError("""
        {"pools": [{"id": "us-east-1_TestPool1", "name": "app", "users": [{"username": "alice", "password": "password"}]}]}""",
        "seed.json: pools[0].users[0]: Password did not conform with password policy: Password must have uppercase characters");
    assertApplyError("""
        {"pools": [{"id": "us-east-1_TestPool1", "name": "app",
          "settings": {"UsernameAttributes": ["email"]}, "users": [{"username": "alice", "password": "Passw0rd!"}]}]}""",
        "seed.json: pools[0].users[0]: Username should be an email.");
  }

  private static void assertParseError(String json, String message) {
    StartupException e = catchThrowableOfType(StartupException.class, () -> Seed.parse(json, "seed.json"));
    assertThat(e).isNotNull();
    assertThat(e).hasMessage(message);
    assertThat(e.exitStatus()).isEqualTo(1);
  }

  private static void assertApplyError(String json, String message) {
    try (FakeCognito empty = FakeCognito.create()) {
      StartupException e = catchThrowableOfType(StartupException.class, () -> Seed.parse(json, "seed.json").apply(empty));
      assertThat(e).hasMessage(message);
    }
  }
}
