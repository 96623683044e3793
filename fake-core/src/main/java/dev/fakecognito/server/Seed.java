package dev.fakecognito.server;

import com.nimbusds.jose.util.JSONObjectUtils;
import dev.fakecognito.FakeCognito;
import dev.fakecognito.internal.facade.FakeCognitoIdentityProviderClient;
import dev.fakecognito.internal.http.JsonCodec;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;

/**
 * Pools, app clients and users to create when the server starts, with IDs fixed in advance so that
 * a front end's configuration can name them. The format is described in this package's
 * documentation.
 */
final class Seed {

  /** The flows a seeded app client allows when its settings name none. */
  static final List<ExplicitAuthFlowsType> DEFAULT_FLOWS = List.of(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH,
      ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH);

  private static final Set<String> SEED_MEMBERS = Set.of("pools");
  private static final Set<String> POOL_MEMBERS = Set.of("id", "name", "settings", "clients", "users");
  private static final Set<String> CLIENT_MEMBERS = Set.of("id", "name", "settings");
  private static final Set<String> USER_MEMBERS = Set.of("username", "password", "attributes");

  record User(String path, String username, String password, Map<String, String> attributes) {}

  record Client(String path, String id, CreateUserPoolClientRequest request) {}

  record Pool(String path, String id, CreateUserPoolRequest request, List<Client> clients, List<User> users) {}

  private final String source;
  private final List<Pool> pools;

  private Seed(String source, List<Pool> pools) {
    this.source = source;
    this.pools = List.copyOf(pools);
  }

  /**
   * Reads and checks a seed file; nothing is created yet.
   *
   * @throws StartupException if the file cannot be read or is not a seed; the message names the
   *     file and the member that is wrong
   */
  static Seed read(Path file) throws StartupException {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw StartupException.failure("seed file " + file + " does not exist");
    } catch (CharacterCodingException e) {
      throw StartupException.failure("seed file " + file + " is not UTF-8 text");
    } catch (IOException e) {
      throw StartupException.failure("cannot read seed file " + file + ": " + e);
    }
    return parse(text, file.toString());
  }

  /**
   * Checks a seed given as JSON text.
   *
   * @param source what error messages call it, the file name
   * @throws StartupException if it is not a seed
   */
  static Seed parse(String json, String source) throws StartupException {
    Map<String, Object> root;
    try {
      root = JSONObjectUtils.parse(json);
    } catch (ParseException e) {
      root = null;
    }
    if (root == null) {
      throw StartupException.failure(source + " is not a JSON object; a seed is {\"pools\": [...]}");
    }
    Reader reader = new Reader(source);
    reader.members(root, "", SEED_MEMBERS);
    List<Pool> pools = new ArrayList<>();
    List<Object> poolList = reader.list(root, "", "pools", true);
    for (int i = 0; i < poolList.size(); i++) {
      pools.add(reader.pool(poolList.get(i), "pools[" + i + "]"));
    }
    return new Seed(source, pools);
  }

  List<Pool> pools() {
    return pools;
  }

  /**
   * The region of the first pool's ID ({@code us-east-1} of {@code us-east-1_TestPool1}), or null
   * if there are no pools.
   */
  @Nullable String region() {
    if (pools.isEmpty()) {
      return null;
    }
    String id = pools.get(0).id();
    int underscore = id.indexOf('_');
    return underscore < 0 ? id : id.substring(0, underscore);
  }

  /** What error messages call the first pool's ID. */
  String firstPoolDescription() {
    return source + ": pools[0].id (" + (pools.isEmpty() ? "" : pools.get(0).id()) + ")";
  }

  /**
   * Creates the pools, their app clients and users in {@code fake}: users are confirmed, with their
   * password as permanent password, and are sent nothing.
   *
   * @throws StartupException if the fake refuses one, naming it and why; what came before stays
   */
  void apply(FakeCognito fake) throws StartupException {
    // The fake's own client, which can also create pools and clients with given IDs.
    FakeCognitoIdentityProviderClient cognito = (FakeCognitoIdentityProviderClient) fake.client();
    for (Pool pool : pools) {
      create(pool.path(), () -> cognito.createUserPool(pool.request(), pool.id()));
      for (Client client : pool.clients()) {
        create(client.path(), () -> cognito.createUserPoolClient(
            client.request().toBuilder().userPoolId(pool.id()).build(), client.id()));
      }
      for (User user : pool.users()) {
        List<AttributeType> attributes = new ArrayList<>();
        user.attributes().forEach((name, value) -> attributes.add(AttributeType.builder().name(name).value(value).build()));
        create(user.path(), () -> {
          cognito.adminCreateUser(r -> r.userPoolId(pool.id()).username(user.username())
              .userAttributes(attributes).messageAction(MessageActionType.SUPPRESS));
          cognito.adminSetUserPassword(r -> r.userPoolId(pool.id()).username(user.username())
              .password(user.password()).permanent(true));
        });
      }
    }
  }

  private void create(String path, Runnable step) throws StartupException {
    try {
      step.run();
    } catch (CognitoIdentityProviderException e) {
      String message = e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
      throw StartupException.failure(source + ": " + path + ": " + message);
    } catch (IllegalArgumentException e) {
      throw StartupException.failure(source + ": " + path + ": " + e.getMessage());
    }
  }

  /** Reads the JSON of a seed, with messages that name the file and the member. */
  private static final class Reader {
    private final String source;

    Reader(String source) {
      this.source = source;
    }

    Pool pool(Object json, String path) throws StartupException {
      Map<String, Object> pool = object(json, path);
      members(pool, path, POOL_MEMBERS);
      String id = string(pool, path, "id");
      String name = string(pool, path, "name");
      CreateUserPoolRequest.Builder request = CreateUserPoolRequest.builder();
      settings(pool, path, request, "CreateUserPool", Map.of("PoolName", "comes from the pool's \"name\""));
      request.poolName(name);
      List<Client> clients = new ArrayList<>();
      List<Object> clientList = list(pool, path, "clients", false);
      for (int i = 0; i < clientList.size(); i++) {
        clients.add(client(clientList.get(i), path + ".clients[" + i + "]"));
      }
      List<User> users = new ArrayList<>();
      List<Object> userList = list(pool, path, "users", false);
      for (int i = 0; i < userList.size(); i++) {
        users.add(user(userList.get(i), path + ".users[" + i + "]"));
      }
      return new Pool(path, id, request.build(), clients, users);
    }

    Client client(Object json, String path) throws StartupException {
      Map<String, Object> client = object(json, path);
      members(client, path, CLIENT_MEMBERS);
      String id = string(client, path, "id");
      String name = string(client, path, "name");
      CreateUserPoolClientRequest.Builder request = CreateUserPoolClientRequest.builder();
      settings(client, path, request, "CreateUserPoolClient", Map.of(
          "ClientName", "comes from the client's \"name\"",
          "UserPoolId", "comes from the pool the client is listed under"));
      request.clientName(name);
      if (!request.build().hasExplicitAuthFlows()) {
        request.explicitAuthFlows(DEFAULT_FLOWS);
      }
      return new Client(path, id, request.build());
    }

    User user(Object json, String path) throws StartupException {
      Map<String, Object> user = object(json, path);
      members(user, path, USER_MEMBERS);
      String username = string(user, path, "username");
      String password = string(user, path, "password");
      Map<String, String> attributes = new LinkedHashMap<>();
      Object given = user.get("attributes");
      if (given != null) {
        for (Map.Entry<String, Object> attribute : object(given, path + ".attributes").entrySet()) {
          Object value = attribute.getValue();
          if (!(value instanceof String || value instanceof Boolean || value instanceof Number)) {
            throw error(path + ".attributes." + attribute.getKey(), "must be a string");
          }
          attributes.put(attribute.getKey(), value.toString());
        }
      }
      return new User(path, username, password, attributes);
    }

    /** Sets the request's members from {@code settings}, in Cognito's JSON names. */
    void settings(Map<String, Object> parent, String path, SdkPojo request, String operation,
        Map<String, String> reserved) throws StartupException {
      Object given = parent.get("settings");
      if (given == null) {
        return;
      }
      String settingsPath = path + ".settings";
      Map<String, Object> settings = object(given, settingsPath);
      Set<String> known = new TreeSet<>();
      for (SdkField<?> field : request.sdkFields()) {
        known.add(field.locationName());
      }
      for (Map.Entry<String, String> member : reserved.entrySet()) {
        if (settings.containsKey(member.getKey())) {
          throw error(settingsPath + "." + member.getKey(), "cannot be set here: it " + member.getValue());
        }
      }
      for (String member : settings.keySet()) {
        if (!known.contains(member)) {
          throw error(settingsPath, "has an unknown member \"" + member + "\": settings are members of Cognito's "
              + operation + " request, with their JSON names");
        }
      }
      try {
        JsonCodec.read(settings, request);
      } catch (RuntimeException e) {
        throw error(settingsPath + ":", e.getMessage());
      }
    }

    void members(Map<String, Object> object, String path, Set<String> allowed) throws StartupException {
      for (String member : object.keySet()) {
        if (!allowed.contains(member)) {
          throw error(path.isEmpty() ? "the top level" : path, "has an unknown member \"" + member
              + "\"; known: " + String.join(", ", new TreeSet<>(allowed)));
        }
      }
    }

    Map<String, Object> object(Object json, String path) throws StartupException {
      if (!(json instanceof Map<?, ?>)) {
        throw error(path, "must be a JSON object");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> object = (Map<String, Object>) json;
      return object;
    }

    String string(Map<String, Object> object, String path, String member) throws StartupException {
      Object value = object.get(member);
      if (!(value instanceof String string) || string.isEmpty()) {
        throw error(path + "." + member, value == null ? "is missing" : "must be a non-empty string");
      }
      return string;
    }

    List<Object> list(Map<String, Object> object, String path, String member, boolean required)
        throws StartupException {
      String memberPath = path.isEmpty() ? member : path + "." + member;
      Object value = object.get(member);
      if (value == null) {
        if (required) {
          throw error(memberPath, "is missing");
        }
        return List.of();
      }
      if (!(value instanceof List<?> list)) {
        throw error(memberPath, "must be a JSON array");
      }
      return new ArrayList<>(list);
    }

    StartupException error(String path, String message) {
      return StartupException.failure(source + ": " + path + " " + message);
    }
  }
}
