package dev.fakecognito.internal.auth;

import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.Backend.ClientRef;
import dev.fakecognito.internal.devices.Device;
import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.triggers.Trigger;
import dev.fakecognito.internal.triggers.TriggerEvents;
import dev.fakecognito.internal.users.SecretHashes;
import dev.fakecognito.internal.users.User;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;

/**
 * CUSTOM_AUTH: DefineAuthChallenge decides each step from the history of challenges,
 * CreateAuthChallenge makes each CUSTOM_CHALLENGE and VerifyAuthChallengeResponse judges the answer
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-challenge.html).
 */
final class CustomAuthFlow {

  private final AuthOperations flow;
  private final Backend backend;
  private final AuthSessions sessions;

  CustomAuthFlow(AuthOperations flow, Backend backend, AuthSessions sessions) {
    this.flow = flow;
    this.backend = backend;
    this.sessions = sessions;
  }

  /**
   * Starts a custom authentication flow: DefineAuthChallenge decides each step from the history
   * of challenges, CreateAuthChallenge makes each CUSTOM_CHALLENGE and VerifyAuthChallengeResponse
   * judges the answer
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-challenge.html). A
   * flow that starts with {@code CHALLENGE_NAME=SRP_A} may verify the password by SRP first.
   */
  Outcome start(ClientRef client, Map<String, String> params, Call call) {
    String username = AuthOperations.required(params, "USERNAME");
    SecretHashes.check(client, params.get("SECRET_HASH"), username);
    UserPool pool = client.pool();
    if (!backend.triggers().configured(pool, Trigger.DEFINE_AUTH_CHALLENGE)) {
      throw CognitoErrors.invalidParameter("Custom auth lambda trigger is not configured for the user pool.");
    }
    boolean withSrp = "SRP_A".equals(params.get("CHALLENGE_NAME"));
    BigInteger srpA = withSrp ? SrpChallenges.clientPublic(AuthOperations.required(params, "SRP_A")) : null;
    List<Map<String, Object>> history = new ArrayList<>();
    if (withSrp) {
      history.add(challengeResult("SRP_A", true, null));
    }
    Instant now = backend.clock().instant();
    Next next;
    pool.lock().lock();
    try {
      User user = AuthOperations.existingUser(client, username);
      flow.preAuthentication(client, user, call);
      AuthOperations.checkBeforePassword(client, user);
      String deviceKey = AuthOperations.knownDeviceKey(user, params.get("DEVICE_KEY"));
      next = next(client, user, new AuthSessions.CustomAuth(history, Map.of(), null, srpA), call, now, deviceKey);
    } finally {
      pool.lock().unlock();
    }
    return flow.finish(client, next);
  }

  /** Asks DefineAuthChallenge for the next step. The caller holds the pool's lock. */
  Next next(ClientRef client, User user, AuthSessions.CustomAuth state, Call call, Instant now,
      @Nullable String deviceKey) {
    return next(client, user, state, define(client, user, state, call), call, now, deviceKey);
  }

  /** DefineAuthChallenge's decision on the history so far. The caller holds the pool's lock. */
  private Map<String, Object> define(ClientRef client, User user, AuthSessions.CustomAuth state, Call call) {
    Map<String, Object> decision = backend.triggers().invoke(client.pool(), Trigger.DEFINE_AUTH_CHALLENGE,
        "DefineAuthChallenge_Authentication", client.clientId(), user.username(), TriggerEvents.request(
            "userAttributes", TriggerEvents.userAttributes(user),
            "session", new ArrayList<>(state.history()),
            "clientMetadata", TriggerEvents.clientMetadata(call.forOtherTriggers()),
            "userNotFound", false));
    if (decision == null) {
      throw CognitoErrors.invalidParameter("Custom auth lambda trigger is not configured for the user pool.");
    }
    return decision;
  }

  /** Carries out DefineAuthChallenge's decision. The caller holds the pool's lock. */
  private Next next(ClientRef client, User user, AuthSessions.CustomAuth state, Map<String, Object> decision,
      Call call, Instant now, @Nullable String deviceKey) {
    UserPool pool = client.pool();
    if (TriggerEvents.flag(decision, "failAuthentication")) {
      throw CognitoErrors.incorrectCredentials();
    }
    if (TriggerEvents.flag(decision, "issueTokens")) {
      Device device = deviceKey == null ? null : user.devices().get(deviceKey);
      return new Next(null, flow.signedIn(client, user, now, call, device, "TokenGeneration_Authentication"));
    }
    String challenge = TriggerEvents.string(decision, "challengeName");
    if ("PASSWORD_VERIFIER".equals(challenge) && state.srpA() != null) {
      return new Next(flow.passwordVerifierChallenge(client, user.username(), user.username(), user.password().salt(),
          user.password().verifier(), state.srpA(), deviceKey, state), null);
    }
    if (!"CUSTOM_CHALLENGE".equals(challenge)) {
      throw CognitoErrors.invalidLambdaResponse("Unrecognizable lambda output");
    }
    Map<String, Object> created = backend.triggers().invoke(pool, Trigger.CREATE_AUTH_CHALLENGE,
        "CreateAuthChallenge_Authentication", client.clientId(), user.username(), TriggerEvents.request(
            "userAttributes", TriggerEvents.userAttributes(user),
            "challengeName", "CUSTOM_CHALLENGE",
            "session", new ArrayList<>(state.history()),
            "clientMetadata", TriggerEvents.clientMetadata(call.forOtherTriggers()),
            "userNotFound", false));
    if (created == null) {
      throw CognitoErrors.invalidParameter("Custom auth lambda trigger is not configured for the user pool.");
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    if (created.get("publicChallengeParameters") instanceof Map<?, ?> given) {
      given.forEach((k, v) -> parameters.put(String.valueOf(k), v == null ? null : v.toString()));
    }
    parameters.put("USERNAME", user.username());
    Map<String, Object> privateParameters = new LinkedHashMap<>();
    if (created.get("privateChallengeParameters") instanceof Map<?, ?> kept) {
      kept.forEach((k, v) -> privateParameters.put(String.valueOf(k), v));
    }
    AuthSessions.CustomAuth next = new AuthSessions.CustomAuth(state.history(), privateParameters,
        TriggerEvents.string(created, "challengeMetadata"), state.srpA());
    String session = sessions.start(pool.id(), client.clientId(), user.username(),
        ChallengeNameType.CUSTOM_CHALLENGE.toString(), AuthOperations.sessionValidity(client), deviceKey, next);
    return new Next(new Outcome(null, ChallengeNameType.CUSTOM_CHALLENGE.toString(), parameters, session), null);
  }

  /** Judges the answer to a CUSTOM_CHALLENGE, then asks DefineAuthChallenge what comes next. */
  Outcome respond(ClientRef client, @Nullable String session, Map<String, String> responses, Call call) {
    AuthSessions.Pending pending = sessions.get(session, client.clientId());
    if (!pending.challengeName().equals(ChallengeNameType.CUSTOM_CHALLENGE.toString()) || pending.custom() == null) {
      throw CognitoErrors.invalidSession();
    }
    String username = AuthOperations.required(responses, "USERNAME");
    String answer = AuthOperations.required(responses, "ANSWER");
    AuthSessions.CustomAuth state = pending.custom();
    UserPool pool = client.pool();
    Instant now = backend.clock().instant();
    Next next;
    pool.lock().lock();
    try {
      // Again under the lock: a concurrent answer may have used the session up meanwhile.
      sessions.get(session, client.clientId());
      User user = AuthOperations.sessionUser(client, pending, username, responses);
      Map<String, Object> verdict = backend.triggers().invoke(pool, Trigger.VERIFY_AUTH_CHALLENGE_RESPONSE,
          "VerifyAuthChallengeResponse_Authentication", client.clientId(), user.username(), TriggerEvents.request(
              "userAttributes", TriggerEvents.userAttributes(user),
              "privateChallengeParameters", new LinkedHashMap<>(state.privateParameters()),
              "challengeAnswer", answer,
              "clientMetadata", TriggerEvents.clientMetadata(call.clientMetadata()),
              "userNotFound", false));
      if (verdict == null) {
        throw CognitoErrors.invalidParameter("Custom auth lambda trigger is not configured for the user pool.");
      }
      List<Map<String, Object>> history = new ArrayList<>(state.history());
      history.add(challengeResult("CUSTOM_CHALLENGE", TriggerEvents.flag(verdict, "answerCorrect"),
          state.challengeMetadata()));
      AuthSessions.CustomAuth judged = new AuthSessions.CustomAuth(history, Map.of(), null, state.srpA());
      Map<String, Object> decision = define(client, user, judged, call);
      if (TriggerEvents.flag(decision, "failAuthentication")) {
        // A verdict, not a failure: the flow is over and its session used up.
        sessions.finish(session);
        throw CognitoErrors.incorrectCredentials();
      }
      next = next(client, user, judged, decision, call, now, pending.deviceKey());
      // Only once every trigger has agreed is the answer used up; if one fails, it can be sent again.
      sessions.finish(session);
    } finally {
      pool.lock().unlock();
    }
    return flow.finish(client, next);
  }

  static Map<String, Object> challengeResult(String name, boolean result, @Nullable String metadata) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("challengeName", name);
    entry.put("challengeResult", result);
    entry.put("challengeMetadata", metadata);
    return entry;
  }
}
