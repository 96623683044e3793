package dev.fakecognito.fuzz;

import dev.fakecognito.internal.StateSnapshot;
import dev.fakecognito.internal.users.SecretHashes;
import dev.fakecognito.srp.CognitoSrp;
import dev.fakecognito.srp.SrpSignIn;
import dev.fakecognito.totp.Totp;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.utils.builder.SdkBuilder;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/**
 * Generates requests from the SDK model's own field metadata ({@link SdkPojo#sdkFields()}): member
 * names, marshalling types, nested structures, lists, maps and enums.
 *
 * <p>Each request is generated around a context drawn from the fake's current state: a pool, one of
 * its app clients, one of its users (by username, alias or sub), and, where the request has room for
 * them, the user's tokens, a pending challenge of the client, codes from the outbox, device keys,
 * group names and software token secrets. Values are valid, near-valid or hostile: nulls, empty and
 * huge strings, unicode and control characters, negative and extreme numbers, unknown enum values,
 * absent members.
 */
final class RequestGenerator {

  private static final List<String> HOSTILE_STRINGS = List.of("", " ", "null", "\u0000", "ünï©ødé-名前-😀",
      "a".repeat(2100), "-1", "99999999999999999999", "NaN", "1e309", "%s%n", "${x}", "../..", "\n", "a b",
      "us-east-1_", "_", "+", "\"quoted\"", "custom:", "x".repeat(129), "1.5", "0x10", "true");
  private static final List<String> ATTRIBUTE_NAMES = List.of("email", "phone_number", "preferred_username",
      "name", "custom:tier", "custom:age", "email_verified", "phone_number_verified", "sub", "address",
      "birthdate", "updated_at", "custom:missing", "locale", "family_name", "cognito:user_status", "Email");
  private static final Map<String, Map<String, Class<?>>> ENUMS = new ConcurrentHashMap<>();

  private final World world;
  private final Random random;

  /** How likely a member gets a hostile rather than a plausible value in the current request. */
  private double hostility;

  private Context context;
  private String operationName = "";
  private @Nullable String lastAttributeName;
  private @Nullable String lastEnumValue;
  /** The import jobs of the context's pool. */
  private List<String> importJobIds = List.of();
  /** The SRP helper whose SRP_A the current request carries, to answer PASSWORD_VERIFIER later. */
  @Nullable SrpSignIn pendingSrp;

  RequestGenerator(World world) {
    this.world = world;
    this.random = world.random;
    this.context = new Context(null, null, null, null, null, null);
  }

  /**
   * What a request is generated around.
   *
   * @param poolId a pool, or null when the fake has none
   * @param client one of its app clients, or null
   * @param user one of its users, or null
   * @param name how the request names the user: username, alias, sub or a new name
   * @param tokens tokens of the client, if any
   * @param challenge a pending challenge of the client, if any
   */
  record Context(@Nullable String poolId, @Nullable UserPoolClientType client, StateSnapshot.@Nullable UserState user,
      @Nullable String name, World.@Nullable Tokens tokens, World.@Nullable Challenge challenge) {}

  /** Generates a request for {@code operation} against the state {@code state}. */
  Object generate(Operations.Operation operation, StateSnapshot state) {
    double mode = random.nextDouble();
    hostility = mode < 0.55 ? 0.01 : mode < 0.9 ? 0.12 : 0.5;
    pendingSrp = null;
    lastAttributeName = null;
    lastEnumValue = null;
    operationName = operation.name();
    context = context(operation.name(), state);
    StateSnapshot.PoolState contextPool = context.poolId() == null ? null : state.pools().get(context.poolId());
    importJobIds = contextPool == null ? List.of() : List.copyOf(contextPool.importJobs().keySet());
    SdkPojo builder = operation.newBuilder();
    fill(builder, 0);
    if (operation.name().endsWith("SoftwareToken") && random.nextDouble() > hostility) {
      // These take either an access token or a Session, never both.
      String drop = context.challenge() != null && random.nextBoolean() ? "AccessToken" : "Session";
      builder.sdkFields().stream().filter(f -> f.memberName().equals(drop)).forEach(f -> f.set(builder, null));
    }
    return ((SdkBuilder<?, ?>) builder).build();
  }

  Context context() {
    return context;
  }

  private Context context(String operation, StateSnapshot state) {
    boolean respond = operation.toLowerCase(Locale.ROOT).contains("respondtoauthchallenge");
    if (respond && !world.challenges.isEmpty() && random.nextInt(10) < 8) {
      // The newest challenges are the ones most likely still waiting for an answer.
      World.Challenge challenge = random.nextInt(10) < 7 ? world.challenges.get(world.challenges.size() - 1)
          : pick(world.challenges);
      String poolId = challenge.poolId() != null ? challenge.poolId() : state.clientRegistrations().get(challenge.clientId());
      StateSnapshot.PoolState pool = poolId == null ? null : state.pools().get(poolId);
      UserPoolClientType client = pool == null ? null : pool.clients().get(challenge.clientId());
      String username = challenge.parameters().getOrDefault("USERNAME",
          challenge.parameters().get("USER_ID_FOR_SRP"));
      StateSnapshot.UserState user = pool == null || username == null ? null : pool.users().get(username);
      return new Context(poolId, client, user, username, null, challenge);
    }
    if (state.pools().isEmpty()) {
      return new Context(null, null, null, "alice", null, null);
    }
    List<String> populated = state.pools().entrySet().stream()
        .filter(e -> !e.getValue().users().isEmpty() && !e.getValue().clients().isEmpty()).map(Map.Entry::getKey).toList();
    String poolId = !populated.isEmpty() && random.nextInt(10) < 9 ? pick(populated)
        : pick(new ArrayList<>(state.pools().keySet()));
    StateSnapshot.PoolState pool = state.pools().get(poolId);
    UserPoolClientType client = pool.clients().isEmpty() ? null : pick(new ArrayList<>(pool.clients().values()));
    World.Tokens tokens = null;
    List<World.Tokens> ofClient = client == null ? List.of()
        : world.tokens.stream().filter(t -> t.clientId().equals(client.clientId())).toList();
    if (!ofClient.isEmpty() && random.nextInt(10) < 8) {
      tokens = pick(ofClient);
    } else if (!world.tokens.isEmpty()) {
      tokens = pick(world.tokens);
    }
    StateSnapshot.UserState user = pool.users().isEmpty() ? null : pick(new ArrayList<>(pool.users().values()));
    String name = user == null ? "nobody" : user.username();
    if (user != null) {
      int how = random.nextInt(20);
      if (how < 3 && user.attributes().containsKey("email")) {
        name = user.attributes().get("email");
      } else if (how == 3 && user.attributes().containsKey("phone_number")) {
        name = user.attributes().get("phone_number");
      } else if (how == 4) {
        name = user.sub();
      } else if (how == 5) {
        name = name.toUpperCase(Locale.ROOT);
      } else if (how == 6) {
        name = random.nextBoolean() ? "newbie" + random.nextInt(5) : "new" + random.nextInt(5) + "@example.com";
      }
    }
    World.Challenge challenge = null;
    if (client != null) {
      List<World.Challenge> ofClient2 =
          world.challenges.stream().filter(c -> c.clientId().equals(client.clientId())).toList();
      if (!ofClient2.isEmpty()) {
        challenge = random.nextBoolean() ? ofClient2.get(ofClient2.size() - 1) : pick(ofClient2);
      }
    }
    return new Context(poolId, client, user, name, tokens, challenge);
  }

  /* ---- Structures ---- */

  private void fill(SdkPojo builder, int depth) {
    for (SdkField<?> field : builder.sdkFields()) {
      if (omit(field.memberName(), depth)) {
        continue;
      }
      Object value;
      try {
        value = value(builder.getClass(), field, field.memberName(), depth);
      } catch (RuntimeException e) {
        throw new IllegalStateException("cannot generate " + field.memberName() + " of " + builder.getClass(), e);
      }
      if (value != null) {
        field.set(builder, value);
      }
    }
  }

  private boolean omit(String member, int depth) {
    boolean core = depth == 0 && switch (member) {
      case "UserPoolId", "ClientId", "Username", "AccessToken", "Session", "AuthFlow", "AuthParameters",
          "ChallengeName", "ChallengeResponses", "Password", "ProposedPassword", "PreviousPassword",
          "ConfirmationCode", "Code", "GroupName", "DeviceKey", "PoolName", "ClientName", "Token", "UserCode",
          "AttributeName", "UserAttributes", "UserAttributeNames", "DeviceRememberedStatus",
          "DeviceSecretVerifierConfig", "SecretHash", "ClientSecret", "MfaConfiguration" -> true;
      default -> false;
    };
    boolean noise = depth == 0 && switch (member) {
      case "UserContextData", "ContextData", "AnalyticsMetadata", "ClientMetadata", "ValidationData" -> true;
      default -> false;
    };
    double chance = core ? 0.02 + hostility / 4 : noise ? 0.85 : depth == 0 ? 0.55 : 0.08 + hostility / 2;
    return random.nextDouble() < chance;
  }

  private @Nullable Object value(Class<?> owner, SdkField<?> field, String member, int depth) {
    MarshallingType<?> type = field.marshallingType();
    if (type == MarshallingType.STRING) {
      Class<?> enumType = enumType(owner, member);
      return enumType != null ? enumValue(enumType) : string(member);
    }
    if (type == MarshallingType.INTEGER) {
      return integer(member);
    }
    if (type == MarshallingType.LONG) {
      return (long) integer(member);
    }
    if (type == MarshallingType.BOOLEAN) {
      return random.nextBoolean();
    }
    if (type == MarshallingType.INSTANT) {
      return Instant.ofEpochSecond(random.nextInt(2_000_000_000));
    }
    if (type == MarshallingType.DOUBLE) {
      return random.nextBoolean() ? 0.5 : -1e300;
    }
    if (type == MarshallingType.SDK_POJO) {
      return depth > 3 ? null : structure(field, depth);
    }
    if (type == MarshallingType.LIST) {
      return list(owner, field, member, depth);
    }
    if (type == MarshallingType.MAP) {
      SdkField<?> valueField = field.getTrait(MapTrait.class).valueFieldInfo();
      return valueField.marshallingType() == MarshallingType.STRING ? map(member) : structMap(owner, valueField, depth);
    }
    if (type == MarshallingType.DOCUMENT) {
      return document();
    }
    return null;
  }

  /** A passkey registration response, broken in one of several ways, or a JSON value of the wrong kind. */
  private software.amazon.awssdk.core.document.Document document() {
    return switch (random.nextInt(4)) {
      case 0 -> software.amazon.awssdk.core.document.Document.fromString(hostile());
      case 1 -> software.amazon.awssdk.core.document.Document.fromNull();
      default -> dev.fakecognito.internal.util.Documents.fromJava(Map.of("id", "AAAA", "rawId", "AAAA",
          "type", "public-key", "response", Map.of("clientDataJSON", random.nextBoolean() ? hostile()
              : "eyJ0eXBlIjoid2ViYXV0aG4uY3JlYXRlIn0", "attestationObject", "o2NmbXRkbm9uZQ")));
    };
  }

  private @Nullable Object structure(SdkField<?> field, int depth) {
    SdkPojo nested = field.constructor().get();
    fill(nested, depth + 1);
    return ((SdkBuilder<?, ?>) nested).build();
  }

  private List<Object> list(Class<?> owner, SdkField<?> field, String member, int depth) {
    ListTrait trait = field.getTrait(ListTrait.class);
    SdkField<?> element = trait.memberFieldInfo();
    int size = random.nextDouble() < hostility ? random.nextInt(60) : random.nextInt(4);
    List<Object> list = new ArrayList<>();
    Class<?> enumType = enumType(owner, member);
    for (int i = 0; i < size; i++) {
      Object value;
      if (enumType != null) {
        value = enumValue(enumType);
      } else if (element.marshallingType() == MarshallingType.STRING) {
        value = listString(member);
      } else if (element.marshallingType() == MarshallingType.SDK_POJO) {
        value = depth > 3 ? null : structure(element, depth);
      } else {
        value = value(owner, element, member, depth + 1);
      }
      if (value != null || random.nextDouble() < hostility / 4) {
        list.add(value);
      }
    }
    return list;
  }

  private String listString(String member) {
    if (random.nextDouble() < hostility) {
      return hostile();
    }
    return switch (member) {
      case "UserAttributeNames", "AttributesToGet", "ReadAttributes", "WriteAttributes" -> pick(ATTRIBUTE_NAMES);
      case "CallbackURLs", "LogoutURLs" -> random.nextBoolean() ? "https://example.com/cb" : "http://localhost/cb";
      case "SupportedIdentityProviders" -> random.nextBoolean() ? "COGNITO" : "Google";
      case "AllowedOAuthScopes" -> pick(List.of("openid", "email", "profile", "aws.cognito.signin.user.admin"));
      default -> alnum(8);
    };
  }

  /* ---- Maps ---- */

  private Map<String, Object> structMap(Class<?> owner, SdkField<?> valueField, int depth) {
    Map<String, Object> map = new LinkedHashMap<>();
    int n = depth > 2 ? 0 : random.nextInt(3);
    for (int i = 0; i < n; i++) {
      Object value = value(owner, valueField, valueField.memberName(), depth + 1);
      if (value != null) {
        map.put(random.nextDouble() < hostility ? hostile() : "k" + i, value);
      }
    }
    return map;
  }

  private Map<String, String> map(String member) {
    Map<String, String> map = switch (member) {
      case "AuthParameters" -> authParameters();
      case "ChallengeResponses" -> challengeResponses();
      default -> {
        Map<String, String> m = new LinkedHashMap<>();
        int n = random.nextInt(3);
        for (int i = 0; i < n; i++) {
          m.put(random.nextDouble() < hostility ? hostile() : "k" + i, random.nextDouble() < hostility ? hostile() : "v");
        }
        yield m;
      }
    };
    if (random.nextDouble() < hostility && !map.isEmpty()) {
      List<String> keys = new ArrayList<>(map.keySet());
      String key = pick(keys);
      switch (random.nextInt(3)) {
        case 0 -> map.remove(key);
        case 1 -> map.put(key, hostile());
        default -> map.put(pick(List.of("JUNK", "USERNAME", "SECRET_HASH", "DEVICE_KEY", "PASSWORD")), hostile());
      }
    }
    return map;
  }

  private Map<String, String> authParameters() {
    Map<String, String> parameters = new LinkedHashMap<>();
    String flow = lastEnumValue == null ? "" : lastEnumValue;
    String name = context.name() == null ? "alice" : context.name();
    parameters.put("USERNAME", name);
    boolean srp = flow.equals("USER_SRP_AUTH") || (flow.equals("CUSTOM_AUTH") && random.nextBoolean());
    if (srp && context.client() != null && context.poolId() != null && random.nextInt(10) < 9) {
      SrpSignIn signIn = CognitoSrp.builder().client(world.client).userPoolId(context.poolId())
          .clientId(context.client().clientId()).clientSecret(context.client().clientSecret())
          .clock(world.clock).build().newSignIn(name);
      parameters.putAll(signIn.authParameters());
      if (flow.equals("CUSTOM_AUTH")) {
        parameters.put("CHALLENGE_NAME", "SRP_A");
      }
      pendingSrp = signIn;
    } else if (srp) {
      parameters.put("SRP_A", random.nextBoolean() ? "0" : HexFormat.of().formatHex(new byte[] {1, 2, 3}));
    }
    if (flow.contains("PASSWORD") || flow.equals("USER_AUTH") || random.nextInt(5) == 0) {
      parameters.put("PASSWORD", password());
    }
    if (flow.startsWith("REFRESH") || random.nextInt(8) == 0) {
      String refresh = context.tokens() == null ? null : context.tokens().refreshToken();
      parameters.put("REFRESH_TOKEN", refresh != null && random.nextInt(10) < 8 ? refresh : hostile());
    }
    if (flow.equals("USER_AUTH") && random.nextBoolean()) {
      parameters.put("PREFERRED_CHALLENGE", pick(List.of("PASSWORD", "PASSWORD_SRP", "EMAIL_OTP", "SMS_OTP",
          "WEB_AUTHN", "NONSENSE")));
    }
    if (random.nextInt(6) == 0) {
      parameters.put("DEVICE_KEY", deviceKey());
    }
    putSecretHash(parameters, name);
    return parameters;
  }

  private Map<String, String> challengeResponses() {
    Map<String, String> responses = new LinkedHashMap<>();
    World.Challenge challenge = context.challenge();
    String challengeName = lastEnumValue != null ? lastEnumValue
        : challenge != null ? challenge.name() : "NEW_PASSWORD_REQUIRED";
    String username = context.name() == null ? "alice" : context.name();
    if (challenge != null && challenge.name().equals("PASSWORD_VERIFIER") && challenge.srp() != null
        && challengeName.equals("PASSWORD_VERIFIER")) {
      try {
        responses.putAll(challenge.srp().passwordVerifierResponses(challenge.parameters(), password()));
        return responses;
      } catch (RuntimeException e) {
        // A challenge whose parameters the helper cannot use: answer it with junk instead.
      }
    }
    responses.put("USERNAME", username);
    switch (challengeName) {
      case "NEW_PASSWORD_REQUIRED" -> {
        responses.put("NEW_PASSWORD", password());
        if (random.nextInt(4) == 0) {
          responses.put("userAttributes." + pick(ATTRIBUTE_NAMES), attributeValue(pick(ATTRIBUTE_NAMES)));
        }
      }
      case "SMS_MFA", "SMS_OTP" -> responses.put("SMS_MFA_CODE", code());
      case "EMAIL_OTP" -> responses.put("EMAIL_OTP_CODE", code());
      case "SOFTWARE_TOKEN_MFA" -> responses.put("SOFTWARE_TOKEN_MFA_CODE", totpCode());
      case "SELECT_MFA_TYPE" -> responses.put("ANSWER", pick(List.of("SMS_MFA", "SOFTWARE_TOKEN_MFA", "EMAIL_OTP",
          "BOGUS")));
      case "SELECT_CHALLENGE" -> {
        responses.put("ANSWER", pick(List.of("PASSWORD", "PASSWORD_SRP", "EMAIL_OTP", "SMS_OTP", "BOGUS")));
        responses.put("PASSWORD", password());
      }
      case "CUSTOM_CHALLENGE" -> responses.put("ANSWER", random.nextInt(3) == 0 ? "41" : "42");
      case "WEB_AUTHN" -> responses.put("CREDENTIAL", random.nextBoolean() ? hostile()
          : "{\"id\":\"AAAA\",\"type\":\"public-key\",\"response\":{}}");
      case "PASSWORD_VERIFIER" -> {
        responses.put("PASSWORD_CLAIM_SIGNATURE", "c2lnbmF0dXJl");
        responses.put("PASSWORD_CLAIM_SECRET_BLOCK", challenge == null ? hostile()
            : challenge.parameters().getOrDefault("SECRET_BLOCK", "x"));
        responses.put("TIMESTAMP", random.nextBoolean() ? "Mon Jan 5 10:00:00 UTC 2026" : hostile());
      }
      case "DEVICE_SRP_AUTH" -> {
        responses.put("DEVICE_KEY", deviceKey());
        responses.put("SRP_A", random.nextBoolean() ? "0" : "abcdef");
      }
      case "MFA_SETUP" -> {
        if (random.nextBoolean()) {
          responses.put("ANSWER", "SOFTWARE_TOKEN_MFA");
        }
      }
      default -> responses.put("ANSWER", hostile());
    }
    putSecretHash(responses, username);
    return responses;
  }

  private void putSecretHash(Map<String, String> parameters, String username) {
    UserPoolClientType client = context.client();
    if (client != null && client.clientSecret() != null && random.nextInt(10) < 9) {
      parameters.put("SECRET_HASH", random.nextDouble() < hostility ? hostile()
          : SecretHashes.compute(client.clientSecret(), username, client.clientId()));
    }
  }

  /* ---- Scalars ---- */

  private int integer(String member) {
    if (random.nextDouble() < hostility) {
      return pick(List.of(0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 100_000, 61));
    }
    return switch (member) {
      case "Precedence" -> random.nextInt(5);
      case "Limit", "MaxResults" -> 1 + random.nextInt(60);
      case "MinimumLength" -> 6 + random.nextInt(20);
      case "TemporaryPasswordValidityDays", "UnusedAccountValidityDays" -> random.nextInt(10);
      case "PasswordHistorySize" -> random.nextInt(25);
      case "Priority" -> 1 + random.nextInt(2);
      case "AuthSessionValidity" -> 3 + random.nextInt(13);
      default -> random.nextInt(25);
    };
  }

  private String string(String member) {
    if (random.nextDouble() < hostility) {
      return hostile();
    }
    return switch (member) {
      case "UserPoolId" -> context.poolId() != null && random.nextInt(20) > 0 ? context.poolId()
          : random.nextBoolean() ? "us-east-1_doesNotExist" : "eu-west-1_Other123";
      case "ClientId" -> context.client() != null && random.nextInt(20) > 0 ? context.client().clientId()
          : alnum(26);
      case "ClientSecret" -> context.client() != null && context.client().clientSecret() != null
          && random.nextInt(10) < 8 ? context.client().clientSecret() : alnum(51);
      case "SecretHash" -> secretHash();
      case "Username" -> context.name() != null ? context.name() : "alice";
      case "Password", "ProposedPassword", "PreviousPassword", "TemporaryPassword" -> password();
      case "Session" -> session();
      case "AccessToken" -> context.tokens() != null && context.tokens().accessToken() != null
          && random.nextInt(10) < 9 ? context.tokens().accessToken() : "eyJhbGciOiJub25lIn0.e30." + alnum(4);
      case "Token" -> context.tokens() != null && random.nextInt(10) < 8
          ? (random.nextInt(4) > 0 ? context.tokens().refreshToken() : context.tokens().accessToken())
          : alnum(40);
      case "ConfirmationCode", "Code" -> code();
      case "UserCode" -> totpCode();
      case "DeviceKey" -> deviceKey();
      case "GroupName" -> groupName();
      case "AttributeName" -> pick(List.of("email", "phone_number", "email", "name", "custom:tier"));
      case "Name" -> lastAttributeName = pick(ATTRIBUTE_NAMES);
      case "Value" -> attributeValue(lastAttributeName == null ? "name" : lastAttributeName);
      case "Filter" -> pick(List.of("email = \"alice@example.com\"", "username ^= \"a\"", "status = \"Enabled\"",
          "cognito:user_status = \"CONFIRMED\"", "sub = \"x\"", "name ^= \"\"", "email =", "= \"x\"",
          "phone_number ^= \"+1\"", "custom:tier = \"gold\""));
      case "NextToken", "PaginationToken" -> !world.pageTokens.isEmpty() && random.nextInt(10) < 7
          ? pick(world.pageTokens) : alnum(12);
      case "RoleArn", "SnsCallerArn" -> "arn:aws:iam::123456789012:role/fuzz";
      case "CloudWatchLogsRoleArn" -> random.nextInt(10) < 8 ? "arn:aws:iam::123456789012:role/import"
          : "arn:aws:lambda:us-east-1:123456789012:function:import";
      case "JobId" -> !importJobIds.isEmpty() && random.nextInt(10) < 8 ? pick(importJobIds) : "import-" + alnum(10);
      case "JobName" -> "fuzz-" + alnum(5);
      case "PreSignUp", "CustomMessage", "PostConfirmation", "PreAuthentication", "PostAuthentication",
          "DefineAuthChallenge", "CreateAuthChallenge", "VerifyAuthChallengeResponse", "PreTokenGeneration",
          "UserMigration", "LambdaArn" -> random.nextInt(10) < 8 ? World.ARN_PREFIX + pick(World.TRIGGERS)
              : "arn:aws:lambda:us-east-1:123456789012:function:unregistered";
      case "LambdaVersion" -> pick(List.of("V1_0", "V2_0", "V3_0", "V9_9"));
      case "IpAddress" -> random.nextBoolean() ? "192.0.2.1" : "2001:db8::1";
      case "ServerName" -> "example.com";
      case "ServerPath" -> "/login";
      case "EncodedData" -> "ZW5jb2RlZA==";
      case "headerName" -> "User-Agent";
      case "headerValue" -> "fuzz";
      case "KMSKeyID" -> "arn:aws:kms:us-east-1:123456789012:key/fuzz";
      case "SmsVerificationMessage", "SmsAuthenticationMessage", "SmsMessage", "EmailVerificationMessage",
          "EmailMessage" -> random.nextBoolean() ? "Your code is {####}" : "No code here";
      case "EmailMessageByLink" -> "Click {##Verify##}";
      case "MinValue", "MaxValue", "MinLength", "MaxLength" -> String.valueOf(random.nextInt(300));
      case "DeviceName", "FriendlyDeviceName", "PoolName", "ClientName", "Description" -> "fuzz-" + alnum(5);
      case "PublicKey", "Salt", "PasswordVerifier" -> random.nextBoolean() ? "AQID" : alnum(20);
      default -> alnum(1 + random.nextInt(12));
    };
  }

  private @Nullable String secretHash() {
    UserPoolClientType client = context.client();
    if (client == null || client.clientSecret() == null || random.nextInt(10) == 0) {
      return alnum(44);
    }
    return SecretHashes.compute(client.clientSecret(), context.name() == null ? "alice" : context.name(),
        client.clientId());
  }

  private String session() {
    if (context.challenge() != null && context.challenge().name().equals("MFA_SETUP")
        && !world.associateSessions.isEmpty() && random.nextBoolean()) {
      // Each software token step hands out the Session the next step needs.
      return world.associateSessions.get(world.associateSessions.size() - 1);
    }
    if (context.challenge() != null && random.nextInt(10) < 8) {
      return context.challenge().session();
    }
    if (!world.associateSessions.isEmpty() && random.nextBoolean()) {
      return pick(world.associateSessions);
    }
    return alnum(40);
  }

  private String password() {
    int roll = random.nextInt(10);
    if (roll < 5) {
      return World.PASSWORD;
    }
    if (roll < 8) {
      return pick(World.PASSWORDS);
    }
    return pick(List.of("short", "alllowercase1!", "NoDigits!", "N0Symbols", "Passw0rd! ", "Pässw0rd!", " "));
  }

  private String code() {
    if (context.poolId() != null && context.name() != null && random.nextInt(10) < 8) {
      var code = world.backend.outbox().lastCode(context.poolId(), context.name());
      if (code.isPresent()) {
        return code.get();
      }
    }
    return pick(List.of("123456", "000000", "12345", "abcdef", "1234567"));
  }

  private String totpCode() {
    StateSnapshot.UserState user = context.user();
    String key = user == null ? null
        : user.mfa().pendingTotpKey() != null && random.nextBoolean() ? user.mfa().pendingTotpKey()
        : user.mfa().totpKey();
    if (key != null && random.nextInt(10) < 8) {
      return Totp.code(HexFormat.of().parseHex(key), Totp.step(world.clock.instant()));
    }
    if (!world.totpSecrets.isEmpty() && random.nextInt(10) < 7) {
      return Totp.code(pick(world.totpSecrets), world.clock);
    }
    return random.nextDouble() < hostility ? pick(List.of("12345", "abcdef")) : "123456";
  }

  private String deviceKey() {
    StateSnapshot.UserState user = context.user();
    if (user != null && !user.devices().isEmpty() && random.nextInt(10) < 8) {
      return pick(new ArrayList<>(user.devices().keySet()));
    }
    List<String> known = world.tokens.stream().map(World.Tokens::deviceKey).filter(k -> k != null).toList();
    if (!known.isEmpty() && random.nextInt(10) < 7) {
      return pick(known);
    }
    return "us-east-1_" + alnum(8);
  }

  private String groupName() {
    return random.nextInt(10) < 8 ? pick(List.of("admins", "readers", "admins")) : "group" + random.nextInt(3);
  }

  private String attributeValue(String name) {
    if (random.nextDouble() < hostility) {
      return hostile();
    }
    return switch (name) {
      case "email", "Email" -> pick(List.of("alice@example.com", "bob@example.com", "new@example.com",
          "carol@example.com", "not-an-email"));
      case "phone_number" -> pick(List.of("+15555550100", "+15555550101", "555", "+1"));
      case "email_verified", "phone_number_verified" -> pick(List.of("true", "false", "yes"));
      case "preferred_username" -> pick(List.of("ally", "bobby", "alice", "bob@example.com"));
      case "custom:age" -> pick(List.of("42", "-5", "abc", "1000"));
      case "birthdate" -> pick(List.of("1990-01-01", "01/01/1990"));
      case "updated_at" -> pick(List.of("1700000000", "yesterday"));
      default -> "v" + random.nextInt(3);
    };
  }

  /* ---- Enums ---- */

  private @Nullable Class<?> enumType(Class<?> owner, String member) {
    Map<String, Class<?>> byMember = ENUMS.computeIfAbsent(owner.getName(), n -> enumsOf(owner));
    return byMember.get(member.toLowerCase(Locale.ROOT));
  }

  /** The enum types a builder's setters take, by lower-cased member name. */
  private static Map<String, Class<?>> enumsOf(Class<?> builder) {
    Map<String, Class<?>> enums = new ConcurrentHashMap<>();
    for (Method method : builder.getMethods()) {
      if (method.getParameterCount() != 1) {
        continue;
      }
      Class<?> parameter = method.getParameterTypes()[0];
      Class<?> enumType = null;
      if (parameter.isEnum()) {
        enumType = parameter;
      } else if (java.util.Collection.class.isAssignableFrom(parameter)
          && method.getGenericParameterTypes()[0] instanceof ParameterizedType p) {
        Type argument = p.getActualTypeArguments()[0];
        if (argument instanceof Class<?> c && c.isEnum()) {
          enumType = c;
        }
      }
      if (enumType != null) {
        enums.put(method.getName().toLowerCase(Locale.ROOT), enumType);
      }
    }
    return enums;
  }

  private String enumValue(Class<?> enumType) {
    if (enumType.getSimpleName().equals("AuthFlowType") && random.nextDouble() > hostility) {
      boolean admin = operationName.startsWith("admin");
      List<String> flows = admin
          ? List.of("ADMIN_USER_PASSWORD_AUTH", "ADMIN_USER_PASSWORD_AUTH", "ADMIN_USER_PASSWORD_AUTH",
              "USER_SRP_AUTH", "USER_SRP_AUTH", "CUSTOM_AUTH", "REFRESH_TOKEN_AUTH", "ADMIN_NO_SRP_AUTH", "USER_AUTH")
          : List.of("USER_PASSWORD_AUTH", "USER_PASSWORD_AUTH", "USER_PASSWORD_AUTH", "USER_SRP_AUTH",
              "USER_SRP_AUTH", "CUSTOM_AUTH", "REFRESH_TOKEN_AUTH", "REFRESH_TOKEN", "USER_AUTH");
      lastEnumValue = pick(flows);
      return lastEnumValue;
    }
    Object[] constants = enumType.getEnumConstants();
    List<String> known = new ArrayList<>();
    for (Object constant : constants) {
      if (!constant.toString().equals("null")) {
        known.add(constant.toString());
      }
    }
    String value;
    double roll = random.nextDouble();
    if (roll < hostility / 2 || known.isEmpty()) {
      value = pick(List.of("NOT_A_VALUE", "", "sms_mfa"));
    } else if (roll < hostility) {
      value = known.get(random.nextInt(known.size())).toLowerCase(Locale.ROOT);
    } else {
      value = known.get(random.nextInt(known.size()));
      if (context.challenge() != null && enumType.getSimpleName().equals("ChallengeNameType")
          && random.nextInt(10) < 8) {
        value = context.challenge().name();
      }
    }
    lastEnumValue = value;
    return value;
  }

  /* ---- Helpers ---- */

  private String hostile() {
    return pick(HOSTILE_STRINGS);
  }

  private String alnum(int length) {
    String chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(chars.charAt(random.nextInt(chars.length())));
    }
    return sb.toString();
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
