package dev.fakecognito.fuzz;

import dev.fakecognito.TestClock;
import dev.fakecognito.TestClockAccess;
import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.facade.FakeCognitoIdentityProviderClient;
import dev.fakecognito.srp.SrpSignIn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminInitiateAuthRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminInitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminRespondToAuthChallengeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminRespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AssociateSoftwareTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeDataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CustomEmailLambdaVersionConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LambdaConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/**
 * One fake under fuzzing, set up with pools in different configurations, and what the fuzzer
 * learnt from its responses (tokens, sessions, software token secrets, pagination tokens) to reach
 * deep states.
 *
 * <p>The pools: {@code plain} (usernames, no MFA, a public and a secret client); {@code email}
 * (email as username, MFA required with software tokens, existence-error prevention, devices
 * remembered on user prompt); {@code aliases} (email, phone and preferred username aliases, custom
 * attributes, every trigger registered, optional SMS and software token MFA, devices always
 * remembered, a client with a secret and existence-error prevention).
 */
final class World {

  static final String PASSWORD = "Passw0rd!";
  static final List<String> PASSWORDS = List.of(PASSWORD, "N3w-Passw0rd!", "Other#Pass1", "passw0rd!");
  static final String ARN_PREFIX = "arn:aws:lambda:us-east-1:123456789012:function:fuzz-";
  static final List<String> TRIGGERS = List.of("PreSignUp", "PostConfirmation", "PreAuthentication",
      "PostAuthentication", "CustomMessage", "DefineAuthChallenge", "CreateAuthChallenge",
      "VerifyAuthChallengeResponse", "PreTokenGeneration", "UserMigration", "CustomEmailSender");
  private static final int KEEP = 24;

  /** Tokens a successful sign-in returned. */
  record Tokens(String clientId, @Nullable String accessToken, @Nullable String refreshToken,
      @Nullable String deviceKey) {}

  /** A challenge a sign-in returned, with the SRP helper that started it, if any. */
  record Challenge(@Nullable String poolId, String clientId, String name, String session,
      Map<String, String> parameters, @Nullable SrpSignIn srp, boolean admin) {}

  final Backend backend;
  final TestClock clock;
  final CognitoIdentityProviderClient client;
  final Random random;
  final List<Tokens> tokens = new ArrayList<>();
  final List<Challenge> challenges = new ArrayList<>();
  final List<String> totpSecrets = new ArrayList<>();
  final List<String> associateSessions = new ArrayList<>();
  final List<String> pageTokens = new ArrayList<>();

  /** The chance that a trigger fails during the current request. */
  double triggerFailureRate;
  /** The chance that a trigger returns a malformed response during the current request. */
  double triggerGarbageRate;
  /** The triggers that ran during the current request. */
  final List<String> invokedTriggers = new ArrayList<>();
  /** The triggers that failed or answered garbage during the current request. */
  final List<String> misbehavedTriggers = new ArrayList<>();

  World(Random random) {
    this.random = random;
    this.clock = TestClockAccess.fixedAt(Instant.parse("2026-01-01T00:00:00Z"));
    this.backend = new Backend("us-east-1", clock);
    this.client = new FakeCognitoIdentityProviderClient(backend);
    for (String trigger : TRIGGERS) {
      backend.triggers().register(ARN_PREFIX + trigger, event -> trigger(trigger, event));
    }
  }

  /** Creates the three pools, their clients, users and groups. */
  void setUp() {
    String plain = client.createUserPool(r -> r.poolName("plain")).userPool().id();
    client(plain, "public", false, r -> {});
    client(plain, "secret", true, r -> {});
    seed(plain, "alice", "bob", "carol", null);

    String email = client.createUserPool(r -> r.poolName("email")
        .usernameAttributes(UsernameAttributeType.EMAIL)
        .autoVerifiedAttributes(VerifiedAttributeType.EMAIL)
        .deviceConfiguration(d -> d.challengeRequiredOnNewDevice(true).deviceOnlyRememberedOnUserPrompt(true)))
        .userPool().id();
    client.setUserPoolMfaConfig(r -> r.userPoolId(email).mfaConfiguration(UserPoolMfaType.ON)
        .softwareTokenMfaConfiguration(s -> s.enabled(true)));
    client(email, "public", false, r -> r.preventUserExistenceErrors(PreventUserExistenceErrorTypes.ENABLED));
    seed(email, "alice@example.com", "bob@example.com", "carol@example.com", null);

    String aliases = client.createUserPool(r -> r.poolName("aliases")
        .aliasAttributes(AliasAttributeType.EMAIL, AliasAttributeType.PHONE_NUMBER,
            AliasAttributeType.PREFERRED_USERNAME)
        .autoVerifiedAttributes(VerifiedAttributeType.EMAIL)
        .schema(s -> s.name("tier").attributeDataType(AttributeDataType.STRING).mutable(true),
            s -> s.name("age").attributeDataType(AttributeDataType.NUMBER).mutable(true)
                .numberAttributeConstraints(n -> n.minValue("0").maxValue("200")))
        .smsConfiguration(s -> s.snsCallerArn("arn:aws:iam::123456789012:role/sns").externalId("x"))
        .deviceConfiguration(d -> d.challengeRequiredOnNewDevice(false).deviceOnlyRememberedOnUserPrompt(false))
        .lambdaConfig(lambdaConfig()))
        .userPool().id();
    client.setUserPoolMfaConfig(r -> r.userPoolId(aliases).mfaConfiguration(UserPoolMfaType.OPTIONAL)
        .smsMfaConfiguration(s -> s.smsConfiguration(c -> c.snsCallerArn("arn:aws:iam::123456789012:role/sns")
            .externalId("x")))
        .softwareTokenMfaConfiguration(s -> s.enabled(true)));
    client(aliases, "secret", true, r -> r.preventUserExistenceErrors(PreventUserExistenceErrorTypes.ENABLED));
    client(aliases, "public", false, r -> r.preventUserExistenceErrors(PreventUserExistenceErrorTypes.LEGACY));
    seed(aliases, "alice", "bob", "carol", "+15555550100");
  }

  /**
   * Signs the seeded confirmed users in through every client of their pool, so the fuzzer has
   * tokens and challenges to start from; fuzzed calls may revoke them, so this runs now and then.
   */
  void signInSeeds() {
    for (var pool : backend.pools().values()) {
      boolean emails = pool.usesUsernameAttributes();
      for (var appClient : pool.clients().values()) {
        for (String seed : List.of("alice", "bob")) {
          String username = emails ? seed + "@example.com" : seed;
          Map<String, String> parameters = new LinkedHashMap<>();
          parameters.put("USERNAME", username);
          parameters.put("PASSWORD", PASSWORD);
          if (appClient.clientSecret() != null) {
            parameters.put("SECRET_HASH", dev.fakecognito.internal.users.SecretHashes.compute(
                appClient.clientSecret(), username, appClient.clientId()));
          }
          AdminInitiateAuthRequest request = AdminInitiateAuthRequest.builder().userPoolId(pool.id())
              .clientId(appClient.clientId()).authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
              .authParameters(parameters).build();
          try {
            learn(request, client.adminInitiateAuth(request), null);
          } catch (RuntimeException e) {
            // The fuzzer may have changed the password, disabled or deleted the user: nothing to learn.
          }
        }
        try {
          SrpSignIn srp = dev.fakecognito.srp.CognitoSrp.builder().client(client).userPoolId(pool.id())
              .clientId(appClient.clientId()).clientSecret(appClient.clientSecret()).clock(clock).build()
              .newSignIn(emails ? "alice@example.com" : "alice");
          InitiateAuthRequest request = InitiateAuthRequest.builder().clientId(appClient.clientId())
              .authFlow(AuthFlowType.USER_SRP_AUTH).authParameters(srp.authParameters()).build();
          learn(request, client.initiateAuth(request), srp);
        } catch (RuntimeException e) {
          // As above.
        }
      }
    }
  }

  static LambdaConfigType lambdaConfig() {
    return LambdaConfigType.builder()
        .preSignUp(ARN_PREFIX + "PreSignUp")
        .postConfirmation(ARN_PREFIX + "PostConfirmation")
        .preAuthentication(ARN_PREFIX + "PreAuthentication")
        .postAuthentication(ARN_PREFIX + "PostAuthentication")
        .customMessage(ARN_PREFIX + "CustomMessage")
        .defineAuthChallenge(ARN_PREFIX + "DefineAuthChallenge")
        .createAuthChallenge(ARN_PREFIX + "CreateAuthChallenge")
        .verifyAuthChallengeResponse(ARN_PREFIX + "VerifyAuthChallengeResponse")
        .preTokenGeneration(ARN_PREFIX + "PreTokenGeneration")
        .userMigration(ARN_PREFIX + "UserMigration")
        .customEmailSender(CustomEmailLambdaVersionConfigType.builder()
            .lambdaArn(ARN_PREFIX + "CustomEmailSender").lambdaVersion("V1_0").build())
        .kmsKeyID("arn:aws:kms:us-east-1:123456789012:key/fuzz")
        .build();
  }

  private void client(String poolId, String name, boolean secret,
      java.util.function.Consumer<CreateUserPoolClientRequest.Builder> settings) {
    client.createUserPoolClient(r -> {
      r.userPoolId(poolId).clientName(name).generateSecret(secret)
          .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH,
              ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH,
              ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH, ExplicitAuthFlowsType.ALLOW_CUSTOM_AUTH);
      settings.accept(r);
    });
  }

  /**
   * A confirmed user with a verified email in a group, one waiting to change its temporary
   * password, and one signed up but unconfirmed.
   */
  private void seed(String poolId, String confirmed, String invited, String unconfirmed, @Nullable String phone) {
    client.createGroup(r -> r.userPoolId(poolId).groupName("admins").precedence(1));
    client.createGroup(r -> r.userPoolId(poolId).groupName("readers"));
    List<AttributeType> attributes = new ArrayList<>();
    attributes.add(attribute("email", confirmed.contains("@") ? confirmed : confirmed + "@example.com"));
    attributes.add(attribute("email_verified", "true"));
    if (phone != null) {
      attributes.add(attribute("phone_number", phone));
      attributes.add(attribute("phone_number_verified", "true"));
    }
    client.adminCreateUser(r -> r.userPoolId(poolId).username(confirmed).userAttributes(attributes)
        .messageAction("SUPPRESS"));
    client.adminSetUserPassword(r -> r.userPoolId(poolId).username(confirmed).password(PASSWORD).permanent(true));
    client.adminAddUserToGroup(r -> r.userPoolId(poolId).username(confirmed).groupName("admins"));
    client.adminCreateUser(r -> r.userPoolId(poolId).username(invited).temporaryPassword(PASSWORD)
        .userAttributes(attribute("email", invited.contains("@") ? invited : invited + "@example.com")));
    String clientId = backend.pool(poolId).clients().keySet().iterator().next();
    var ref = backend.client(clientId);
    client.signUp(r -> r.clientId(clientId).username(unconfirmed).password(PASSWORD)
        .secretHash(ref.client().clientSecret() == null ? null
            : dev.fakecognito.internal.users.SecretHashes.compute(ref.client().clientSecret(), unconfirmed, clientId))
        .userAttributes(attribute("email", unconfirmed.contains("@") ? unconfirmed : unconfirmed + "@example.com")));
  }

  static AttributeType attribute(String name, String value) {
    return AttributeType.builder().name(name).value(value).build();
  }

  /** Remembers a value, keeping only the newest few. */
  static <T> void remember(List<T> list, T value) {
    list.add(value);
    if (list.size() > KEEP) {
      list.remove(0);
    }
  }

  /* ---- Learning from responses ---- */

  /** Remembers what a successful response offers for later requests. */
  void learn(Object request, @Nullable Object response, @Nullable SrpSignIn pendingSrp) {
    World world = this;
    String clientId = null;
    String poolId = null;
    AuthenticationResultType tokens = null;
    String challenge = null;
    String session = null;
    Map<String, String> parameters = Map.of();
    String refresh = null;
    boolean admin = false;
    if (response instanceof InitiateAuthResponse r && request instanceof InitiateAuthRequest q) {
      clientId = q.clientId();
      refresh = q.authParameters().get("REFRESH_TOKEN");
      tokens = r.authenticationResult();
      challenge = r.challengeNameAsString();
      session = r.session();
      parameters = r.challengeParameters();
    } else if (response instanceof AdminInitiateAuthResponse r && request instanceof AdminInitiateAuthRequest q) {
      clientId = q.clientId();
      poolId = q.userPoolId();
      refresh = q.authParameters().get("REFRESH_TOKEN");
      tokens = r.authenticationResult();
      challenge = r.challengeNameAsString();
      session = r.session();
      parameters = r.challengeParameters();
      admin = true;
    } else if (response instanceof RespondToAuthChallengeResponse r && request instanceof RespondToAuthChallengeRequest q) {
      clientId = q.clientId();
      tokens = r.authenticationResult();
      challenge = r.challengeNameAsString();
      session = r.session();
      parameters = r.challengeParameters();
    } else if (response instanceof AdminRespondToAuthChallengeResponse r
        && request instanceof AdminRespondToAuthChallengeRequest q) {
      clientId = q.clientId();
      poolId = q.userPoolId();
      tokens = r.authenticationResult();
      challenge = r.challengeNameAsString();
      session = r.session();
      parameters = r.challengeParameters();
      admin = true;
    } else if (response instanceof AssociateSoftwareTokenResponse r) {
      if (r.secretCode() != null) {
        World.remember(world.totpSecrets, r.secretCode());
      }
      if (r.session() != null) {
        World.remember(world.associateSessions, r.session());
      }
    } else if (response instanceof VerifySoftwareTokenResponse r && r.session() != null) {
      World.remember(world.associateSessions, r.session());
    }
    if (clientId != null && tokens != null) {
      String deviceKey = tokens.newDeviceMetadata() == null ? null : tokens.newDeviceMetadata().deviceKey();
      World.remember(world.tokens, new World.Tokens(clientId, tokens.accessToken(),
          tokens.refreshToken() != null ? tokens.refreshToken() : refresh, deviceKey));
    }
    if (clientId != null && challenge != null && session != null) {
      World.remember(world.challenges, new World.Challenge(poolId, clientId, challenge, session, parameters,
          challenge.equals("PASSWORD_VERIFIER") ? pendingSrp : null, admin));
    }
    if (response instanceof SdkPojo pojo) {
      for (SdkField<?> field : pojo.sdkFields()) {
        if ((field.memberName().equals("NextToken") || field.memberName().equals("PaginationToken"))
            && field.getValueOrDefault(pojo) instanceof String token) {
          World.remember(world.pageTokens, token);
        }
      }
    }
  }

  /* ---- Triggers ---- */

  /**
   * What every registered trigger does: fail or answer garbage as often as the current request
   * asks, and otherwise answer plausibly so that flows go on.
   */
  private Map<String, Object> trigger(String trigger, Map<String, Object> event) {
    invokedTriggers.add(trigger);
    if (random.nextDouble() < triggerFailureRate) {
      misbehavedTriggers.add(trigger + " threw");
      throw new IllegalStateException("fuzzed failure of " + trigger);
    }
    Map<String, Object> out = new LinkedHashMap<>(event);
    if (random.nextDouble() < triggerGarbageRate) {
      misbehavedTriggers.add(trigger + " answered garbage");
      out.put("response", garbage());
      return out;
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> request = event.get("request") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    Map<String, Object> response = new LinkedHashMap<>();
    switch (trigger) {
      case "PreSignUp" -> response.put("autoConfirmUser", random.nextInt(4) == 0);
      case "DefineAuthChallenge" -> {
        Object session = request.get("session");
        int rounds = session instanceof List<?> l ? l.size() : 0;
        boolean lastCorrect = rounds > 0 && session instanceof List<?> l
            && l.get(rounds - 1) instanceof Map<?, ?> last && Boolean.TRUE.equals(last.get("challengeResult"));
        if (lastCorrect) {
          response.put("issueTokens", true);
        } else if (rounds >= 3) {
          response.put("failAuthentication", true);
        } else {
          response.put("challengeName", "CUSTOM_CHALLENGE");
        }
      }
      case "CreateAuthChallenge" -> {
        response.put("publicChallengeParameters", Map.of("question", "6 * 7"));
        response.put("privateChallengeParameters", Map.of("answer", "42"));
        response.put("challengeMetadata", "fuzz");
      }
      case "VerifyAuthChallengeResponse" -> response.put("answerCorrect", "42".equals(request.get("challengeAnswer")));
      case "UserMigration" -> {
        if (!PASSWORD.equals(request.get("password")) && "UserMigration_Authentication".equals(
            event.get("triggerSource"))) {
          throw new IllegalStateException("Bad password");
        }
        response.put("userAttributes", Map.of("email", "migrated@example.com", "email_verified", "true"));
        response.put("finalUserStatus", "CONFIRMED");
        response.put("messageAction", "SUPPRESS");
      }
      case "PreTokenGeneration" -> response.put("claimsOverrideDetails",
          Map.of("claimsToAddOrOverride", Map.of("tier", "gold"), "groupOverrideDetails",
              Map.of("groupsToOverride", List.of("fuzzers"))));
      case "CustomMessage" -> {
        Object code = request.get("codeParameter");
        response.put("emailSubject", "Hello");
        response.put("emailMessage", "Your code is " + code);
        response.put("smsMessage", "Code " + code);
      }
      default -> {
        // PostConfirmation, PreAuthentication, PostAuthentication, senders: nothing to say.
      }
    }
    out.put("response", response);
    return out;
  }

  /** A response whose every known member has a surprising type or value. */
  private Object garbage() {
    Object[] odd = {null, "", "yes", 42, -1, List.of("x"), Map.of("x", List.of(1)), Boolean.TRUE, "\u0000",
        Map.of()};
    if (random.nextInt(5) == 0) {
      return random.nextBoolean() ? "not a map" : List.of("not", "a", "map");
    }
    Map<String, Object> response = new LinkedHashMap<>();
    for (String key : List.of("autoConfirmUser", "autoVerifyEmail", "autoVerifyPhone", "challengeName",
        "issueTokens", "failAuthentication", "publicChallengeParameters", "privateChallengeParameters",
        "challengeMetadata", "answerCorrect", "userAttributes", "finalUserStatus", "messageAction",
        "desiredDeliveryMediums", "forceAliasCreation", "enableSMSMFA", "claimsOverrideDetails",
        "claimsAndScopeOverrideDetails", "emailSubject", "emailMessage", "smsMessage")) {
      if (random.nextBoolean()) {
        response.put(key, odd[random.nextInt(odd.length)]);
      }
    }
    if (random.nextBoolean()) {
      response.put("claimsOverrideDetails", Map.of("claimsToAddOrOverride", Map.of("sub", List.of(1)),
          "groupOverrideDetails", Map.of("groupsToOverride", "admins", "iamRolesToOverride", 7)));
    }
    if (random.nextBoolean()) {
      response.put("userAttributes", Map.of("email", 5, "custom:nope", "x", "username", "other"));
    }
    return response;
  }
}
