package dev.fakecognito.internal.auth;

import com.nimbusds.jose.util.JSONObjectUtils;
import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.Backend.ClientRef;
import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.tokens.RefreshTokenClaims;
import dev.fakecognito.internal.tokens.TokenService;
import dev.fakecognito.internal.users.Attributes;
import dev.fakecognito.internal.users.AuthEvents;
import dev.fakecognito.internal.users.PasswordPolicies;
import dev.fakecognito.internal.users.Passwords;
import dev.fakecognito.internal.users.SecretHashes;
import dev.fakecognito.internal.users.User;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminInitiateAuthRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminInitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminRespondToAuthChallengeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminRespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.EventResponseType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.EventType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

/**
 * InitiateAuth, AdminInitiateAuth, RespondToAuthChallenge and AdminRespondToAuthChallenge: the
 * password flows, refresh, and the NEW_PASSWORD_REQUIRED challenge.
 *
 * <p>Every path ends in one {@link Outcome}: tokens, or a challenge with its Session. The public and
 * admin variants differ only in how they find the app client and record context data.
 */
public final class AuthOperations {

  private final Backend backend;
  private final AuthSessions sessions;

  public AuthOperations(Backend backend) {
    this.backend = backend;
    this.sessions = backend.sessions();
  }

  /** Tokens, or the next challenge. */
  private record Outcome(
      @Nullable AuthenticationResultType tokens,
      @Nullable String challengeName,
      Map<String, String> challengeParameters,
      @Nullable String session) {

    static Outcome tokens(AuthenticationResultType tokens) {
      return new Outcome(tokens, null, Map.of(), null);
    }
  }

  public InitiateAuthResponse initiateAuth(InitiateAuthRequest request) {
    AuthFlowType flow = flow(request.authFlow(), request.authFlowAsString());
    ClientRef client = backend.client(request.clientId());
    Map<String, String> params = request.authParameters();
    String ip = backend.recorder().record("InitiateAuth", client, params.get("USERNAME"), request.userContextData());
    Outcome outcome = switch (flow) {
      case USER_PASSWORD_AUTH -> {
        requireFlow(client, "USER_PASSWORD_AUTH flow not enabled for this client",
            ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.USER_PASSWORD_AUTH);
        yield passwordAuth(client, params, ip);
      }
      case REFRESH_TOKEN_AUTH, REFRESH_TOKEN -> refresh(client, params);
      case ADMIN_USER_PASSWORD_AUTH, ADMIN_NO_SRP_AUTH ->
          throw CognitoErrors.invalidParameter("Initiate Auth method not supported.");
      default -> throw notYetSupported(flow.toString());
    };
    return InitiateAuthResponse.builder()
        .authenticationResult(outcome.tokens()).challengeName(outcome.challengeName())
        .challengeParameters(outcome.challengeParameters()).session(outcome.session()).build();
  }

  public AdminInitiateAuthResponse adminInitiateAuth(AdminInitiateAuthRequest request) {
    AuthFlowType flow = flow(request.authFlow(), request.authFlowAsString());
    UserPool pool = backend.pool(request.userPoolId());
    ClientRef client = backend.client(pool, request.clientId());
    Map<String, String> params = request.authParameters();
    String ip = backend.recorder().recordAdmin("AdminInitiateAuth", client, params.get("USERNAME"), request.contextData());
    Outcome outcome = switch (flow) {
      case ADMIN_USER_PASSWORD_AUTH, ADMIN_NO_SRP_AUTH -> {
        requireFlow(client, "Auth flow not enabled for this client",
            ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ADMIN_NO_SRP_AUTH);
        yield passwordAuth(client, params, ip);
      }
      case REFRESH_TOKEN_AUTH, REFRESH_TOKEN -> refresh(client, params);
      case USER_PASSWORD_AUTH -> throw CognitoErrors.invalidParameter("Initiate Auth method not supported.");
      default -> throw notYetSupported(flow.toString());
    };
    return AdminInitiateAuthResponse.builder()
        .authenticationResult(outcome.tokens()).challengeName(outcome.challengeName())
        .challengeParameters(outcome.challengeParameters()).session(outcome.session()).build();
  }

  public RespondToAuthChallengeResponse respondToAuthChallenge(RespondToAuthChallengeRequest request) {
    ChallengeNameType challenge = challenge(request.challengeName(), request.challengeNameAsString());
    ClientRef client = backend.client(request.clientId());
    Map<String, String> responses = request.challengeResponses();
    String ip = backend.recorder().record("RespondToAuthChallenge", client, responses.get("USERNAME"), request.userContextData());
    Outcome outcome = respond(client, challenge, request.session(), responses, ip);
    return RespondToAuthChallengeResponse.builder()
        .authenticationResult(outcome.tokens()).challengeName(outcome.challengeName())
        .challengeParameters(outcome.challengeParameters()).session(outcome.session()).build();
  }

  public AdminRespondToAuthChallengeResponse adminRespondToAuthChallenge(AdminRespondToAuthChallengeRequest request) {
    ChallengeNameType challenge = challenge(request.challengeName(), request.challengeNameAsString());
    UserPool pool = backend.pool(request.userPoolId());
    ClientRef client = backend.client(pool, request.clientId());
    Map<String, String> responses = request.challengeResponses();
    String ip = backend.recorder().recordAdmin("AdminRespondToAuthChallenge", client, responses.get("USERNAME"), request.contextData());
    Outcome outcome = respond(client, challenge, request.session(), responses, ip);
    return AdminRespondToAuthChallengeResponse.builder()
        .authenticationResult(outcome.tokens()).challengeName(outcome.challengeName())
        .challengeParameters(outcome.challengeParameters()).session(outcome.session()).build();
  }

  /* ---- Password sign-in ---- */

  private Outcome passwordAuth(ClientRef client, Map<String, String> params, @Nullable String ip) {
    String username = params.get("USERNAME");
    if (username == null) {
      throw CognitoErrors.missingParameter("USERNAME");
    }
    String password = params.get("PASSWORD");
    if (password == null) {
      throw CognitoErrors.missingParameter("PASSWORD");
    }
    SecretHashes.check(client, params.get("SECRET_HASH"), username);
    UserPool pool = client.pool();
    boolean hideExistence =
        client.client().preventUserExistenceErrors() == PreventUserExistenceErrorTypes.ENABLED;
    Instant now = backend.clock().instant();
    User.Snapshot snapshot;
    String eventId;
    pool.lock().lock();
    try {
      User user = pool.find(username);
      if (user == null) {
        throw hideExistence ? CognitoErrors.incorrectCredentials() : CognitoErrors.userNotFound();
      }
      if (!user.enabled()) {
        throw CognitoErrors.userDisabled();
      }
      // Without existence-error prevention Cognito reports an unconfirmed user before it looks at
      // the password; with it, only once the password is right
      // (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-managing-errors.html).
      if (!hideExistence && user.status() == UserStatusType.UNCONFIRMED) {
        throw CognitoErrors.userNotConfirmed();
      }
      if (user.status() == UserStatusType.RESET_REQUIRED) {
        throw CognitoErrors.passwordResetRequired();
      }
      if (!Passwords.matches(pool, user, password)) {
        AuthEvents.record(pool, user, now, EventType.SIGN_IN, EventResponseType.FAIL, ip, ChallengeResponse.FAILURE);
        throw CognitoErrors.incorrectCredentials();
      }
      if (user.status() == UserStatusType.UNCONFIRMED) {
        throw CognitoErrors.userNotConfirmed();
      }
      if (user.status() == UserStatusType.FORCE_CHANGE_PASSWORD) {
        int days = pool.config().policies().passwordPolicy().temporaryPasswordValidityDays();
        Instant setAt = user.passwordSetAt();
        if (setAt != null && !now.isBefore(setAt.plus(Duration.ofDays(days)))) {
          throw CognitoErrors.notAuthorized("Temporary password has expired and must be reset by an administrator.");
        }
        return newPasswordChallenge(client, pool, user);
      }
      eventId = AuthEvents.record(pool, user, now, EventType.SIGN_IN, EventResponseType.PASS, ip, ChallengeResponse.SUCCESS);
      snapshot = user.snapshot();
    } finally {
      pool.lock().unlock();
    }
    return Outcome.tokens(backend.tokens().issue(client, snapshot, TokenService.Session.fresh(now, eventId), true));
  }

  /** The NEW_PASSWORD_REQUIRED challenge, with the parameters Amplify and the SDK clients read. */
  private Outcome newPasswordChallenge(ClientRef client, UserPool pool, User user) {
    Map<String, Object> attributes = new LinkedHashMap<>(user.attributes());
    attributes.remove("sub");
    List<String> required = new ArrayList<>();
    for (SchemaAttributeType type : pool.config().schemaAttributes()) {
      if (Boolean.TRUE.equals(type.required()) && !type.name().equals("sub") && user.attribute(type.name()) == null) {
        required.add("\"userAttributes." + type.name() + "\"");
      }
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("USER_ID_FOR_SRP", user.username());
    parameters.put("requiredAttributes", "[" + String.join(",", required) + "]");
    parameters.put("userAttributes", JSONObjectUtils.toJSONString(attributes));
    String session = sessions.start(pool.id(), client.clientId(), user.username(),
        ChallengeNameType.NEW_PASSWORD_REQUIRED.toString(), sessionValidity(client));
    return new Outcome(null, ChallengeNameType.NEW_PASSWORD_REQUIRED.toString(), parameters, session);
  }

  /* ---- Challenges ---- */

  private Outcome respond(ClientRef client, ChallengeNameType challenge, @Nullable String session,
      Map<String, String> responses, @Nullable String ip) {
    if (challenge != ChallengeNameType.NEW_PASSWORD_REQUIRED) {
      throw notYetSupported(challenge.toString());
    }
    AuthSessions.Pending pending = sessions.get(session, client.clientId());
    if (!pending.challengeName().equals(challenge.toString())) {
      throw CognitoErrors.invalidSession();
    }
    String username = responses.get("USERNAME");
    if (username == null) {
      throw CognitoErrors.missingParameter("USERNAME");
    }
    String newPassword = responses.get("NEW_PASSWORD");
    if (newPassword == null) {
      throw CognitoErrors.missingParameter("NEW_PASSWORD");
    }
    UserPool pool = client.pool();
    List<AttributeType> given = new ArrayList<>();
    responses.forEach((key, value) -> {
      if (key.startsWith("userAttributes.")) {
        given.add(AttributeType.builder().name(key.substring("userAttributes.".length())).value(value).build());
      }
    });
    Map<String, String> attributes = Attributes.check(pool, given, client.client().writeAttributes(), false);
    String password = PasswordPolicies.check(pool.config(), newPassword, "NEW_PASSWORD", PasswordPolicies.ADMIN);
    Instant now = backend.clock().instant();
    User.Snapshot snapshot;
    String eventId;
    pool.lock().lock();
    try {
      User user = pool.byUsername(pending.username());
      if (user == null) {
        throw CognitoErrors.userNotFound();
      }
      if (pool.find(username) != user) {
        throw CognitoErrors.invalidSession();
      }
      // After the first step the client must hash the internal username (USER_ID_FOR_SRP).
      SecretHashes.check(client, responses.get("SECRET_HASH"), user.username());
      if (user.status() != UserStatusType.FORCE_CHANGE_PASSWORD) {
        throw CognitoErrors.invalidSession();
      }
      for (SchemaAttributeType type : pool.config().schemaAttributes()) {
        String name = type.name();
        if (Boolean.TRUE.equals(type.required()) && !name.equals("sub")
            && user.attribute(name) == null && !attributes.containsKey(name)) {
          throw CognitoErrors.invalidParameter("Invalid attributes given, " + name + " is missing");
        }
      }
      attributes.forEach(user::putAttribute);
      Passwords.set(pool, user, password, now);
      user.status(UserStatusType.CONFIRMED);
      user.touch(now);
      pool.reindex(user);
      sessions.finish(session);
      eventId = AuthEvents.record(pool, user, now, EventType.SIGN_IN, EventResponseType.PASS, ip, ChallengeResponse.SUCCESS);
      snapshot = user.snapshot();
    } finally {
      pool.lock().unlock();
    }
    return Outcome.tokens(backend.tokens().issue(client, snapshot, TokenService.Session.fresh(now, eventId), true));
  }

  /* ---- Refresh ---- */

  private Outcome refresh(ClientRef client, Map<String, String> params) {
    // Clients configured with the legacy flow names only (no ALLOW_ values) always allow refresh;
    // with the newer names ALLOW_REFRESH_TOKEN_AUTH switches it on. The message follows the pattern
    // of "USER_PASSWORD_AUTH flow not enabled for this client".
    if (usesAllowFlows(client)) {
      requireFlow(client, "REFRESH_TOKEN_AUTH flow not enabled for this client",
          ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH);
    }
    String token = params.get("REFRESH_TOKEN");
    if (token == null) {
      throw CognitoErrors.missingParameter("REFRESH_TOKEN");
    }
    RefreshTokenClaims claims = backend.tokens().readRefreshToken(client, token);
    String secret = client.client().clientSecret();
    if (secret != null) {
      String hash = params.get("SECRET_HASH");
      if (hash == null) {
        throw CognitoErrors.secretHashMissing(client.clientId());
      }
      // Refresh hashes the token owner's internal username, not what they typed to sign in.
      if (!SecretHashes.matches(secret, claims.username(), client.clientId(), hash)) {
        throw CognitoErrors.refreshSecretHashMismatch(client.clientId());
      }
    }
    UserPool pool = client.pool();
    User.Snapshot snapshot;
    pool.lock().lock();
    try {
      User user = pool.byUsername(claims.username());
      if (user == null || !user.sub().equals(claims.sub())) {
        throw CognitoErrors.userNotFound();
      }
      if (!user.enabled()) {
        throw CognitoErrors.userDisabled();
      }
      snapshot = user.snapshot();
    } finally {
      pool.lock().unlock();
    }
    TokenService.Session session = new TokenService.Session(claims.authTime(), claims.originJti(),
        dev.fakecognito.internal.util.Ids.uuid(), claims.deviceKey());
    return Outcome.tokens(backend.tokens().issue(client, snapshot, session, false));
  }

  /* ---- Helpers ---- */

  private static AuthFlowType flow(@Nullable AuthFlowType flow, @Nullable String raw) {
    if (raw == null) {
      throw CognitoErrors.notNull("authFlow");
    }
    if (flow == null || flow == AuthFlowType.UNKNOWN_TO_SDK_VERSION) {
      throw CognitoErrors.constraint("authFlow", raw, "Member must satisfy enum value set: " + AuthFlowType.knownValues());
    }
    return flow;
  }

  private static ChallengeNameType challenge(@Nullable ChallengeNameType challenge, @Nullable String raw) {
    if (raw == null) {
      throw CognitoErrors.notNull("challengeName");
    }
    if (challenge == null || challenge == ChallengeNameType.UNKNOWN_TO_SDK_VERSION) {
      throw CognitoErrors.constraint("challengeName", raw,
          "Member must satisfy enum value set: " + ChallengeNameType.knownValues());
    }
    return challenge;
  }

  private static void requireFlow(ClientRef client, String message, ExplicitAuthFlowsType... accepted) {
    List<ExplicitAuthFlowsType> enabled = client.client().explicitAuthFlows();
    for (ExplicitAuthFlowsType flow : accepted) {
      if (enabled.contains(flow)) {
        return;
      }
    }
    throw CognitoErrors.invalidParameter(message);
  }

  private static boolean usesAllowFlows(ClientRef client) {
    return client.client().explicitAuthFlows().stream().anyMatch(f -> f.toString().startsWith("ALLOW_"));
  }

  private static Duration sessionValidity(ClientRef client) {
    Integer minutes = client.client().authSessionValidity();
    return Duration.ofMinutes(minutes == null ? 3 : minutes);
  }

  /**
   * Flows and challenges this version does not model yet fail loudly rather than pretend: a test
   * that needs them should see at once that the fake cannot answer for Cognito here.
   */
  private static UnsupportedOperationException notYetSupported(String what) {
    return new UnsupportedOperationException("fake-cognito does not support " + what + " yet");
  }
}
