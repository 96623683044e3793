package dev.fakecognito.internal.auth;

import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.Backend.ClientRef;
import dev.fakecognito.internal.devices.Device;
import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.mfa.MfaSettings;
import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.users.CodeDelivery;
import dev.fakecognito.internal.users.User;
import dev.fakecognito.internal.util.Ids;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeDeliveryDetailsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;

/**
 * The MFA step of sign-in: SMS_MFA, EMAIL_OTP, SOFTWARE_TOKEN_MFA, SELECT_MFA_TYPE and MFA_SETUP, and
 * the one-time codes of choice-based sign-in, which are answered the same way
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa.html).
 */
final class MfaChallenges {

  private final AuthOperations flow;
  private final Backend backend;
  private final AuthSessions sessions;

  MfaChallenges(AuthOperations flow, Backend backend, AuthSessions sessions) {
    this.flow = flow;
    this.backend = backend;
    this.sessions = sessions;
  }

  /**
   * The MFA challenge a sign-in owes, or null: none when the pool's MFA is off, or optional and the
   * user has no factor; the preferred or only factor; SELECT_MFA_TYPE when several are enabled and
   * none is preferred; MFA_SETUP when the pool requires MFA and the user has nothing to use yet
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa.html). A
   * remembered device has already skipped this step. The caller holds the pool's lock.
   */
  @Nullable Outcome challenge(ClientRef client, User user, @Nullable String deviceKey) {
    UserPool pool = client.pool();
    UserPoolMfaType mode = pool.mfaMode();
    if (mode == UserPoolMfaType.OFF) {
      return null;
    }
    List<String> factors = new ArrayList<>();
    for (String factor : user.mfa().enabledFactors()) {
      if (Mfa.allowed(pool, factor) && Mfa.reachable(user, factor)) {
        factors.add(factor);
      }
    }
    if (factors.isEmpty()) {
      if (mode == UserPoolMfaType.OPTIONAL) {
        return null;
      }
      // Required MFA: a verified software token counts even if the user never turned it on, then a
      // phone number when the pool sends SMS codes; anyone else must set a factor up first.
      if (Mfa.allowed(pool, MfaSettings.TOTP) && Mfa.reachable(user, MfaSettings.TOTP)) {
        factors.add(MfaSettings.TOTP);
      } else if (Mfa.allowed(pool, MfaSettings.SMS) && Mfa.reachable(user, MfaSettings.SMS)) {
        factors.add(MfaSettings.SMS);
      } else {
        List<String> canSetUp = new ArrayList<>();
        for (String factor : new String[] {MfaSettings.TOTP, MfaSettings.EMAIL}) {
          if (Mfa.allowed(pool, factor) && (factor.equals(MfaSettings.TOTP) || Mfa.reachable(user, factor))) {
            canSetUp.add("\"" + factor + "\"");
          }
        }
        if (canSetUp.isEmpty()) {
          // Assumed wording: the pool requires MFA but offers this user no way to do it.
          throw CognitoErrors.notAuthorized("User does not have delivery config set to turn on SMS_MFA");
        }
        String session = sessions.startMfa(pool.id(), client.clientId(), user.username(),
            ChallengeNameType.MFA_SETUP.toString(), AuthOperations.sessionValidity(client), deviceKey, null);
        return new Outcome(null, ChallengeNameType.MFA_SETUP.toString(),
            Map.of("MFAS_CAN_SETUP", "[" + String.join(",", canSetUp) + "]"), session);
      }
    }
    String preferred = user.mfa().preferred();
    if (preferred != null && factors.contains(preferred)) {
      return factorChallenge(client, user, preferred, deviceKey);
    }
    if (factors.size() == 1) {
      return factorChallenge(client, user, factors.get(0), deviceKey);
    }
    String session = sessions.startMfa(pool.id(), client.clientId(), user.username(),
        ChallengeNameType.SELECT_MFA_TYPE.toString(), AuthOperations.sessionValidity(client), deviceKey, null);
    List<String> quoted = factors.stream().map(f -> "\"" + f + "\"").toList();
    return new Outcome(null, ChallengeNameType.SELECT_MFA_TYPE.toString(),
        Map.of("MFAS_CAN_CHOOSE", "[" + String.join(",", quoted) + "]", "USER_ID_FOR_SRP", user.username()), session);
  }

  /** Issues one factor's challenge; SMS and email codes go to the outbox and live as long as the session. */
  private Outcome factorChallenge(ClientRef client, User user, String factor, @Nullable String deviceKey) {
    UserPool pool = client.pool();
    Map<String, String> parameters = new LinkedHashMap<>();
    String code = null;
    if (!factor.equals(MfaSettings.TOTP)) {
      String attribute = factor.equals(MfaSettings.SMS) ? "phone_number" : "email";
      code = Ids.numericCode(6);
      CodeDelivery.sendAuthenticationCode(backend, pool, user, attribute, code, Mfa.message(pool, factor),
          new CodeDelivery.MessageContext("CustomMessage_Authentication", client.clientId(), null));
      CodeDeliveryDetailsType details = CodeDelivery.details(user, attribute);
      parameters.put("CODE_DELIVERY_DELIVERY_MEDIUM", details.deliveryMediumAsString());
      parameters.put("CODE_DELIVERY_DESTINATION", details.destination());
    }
    parameters.put("USER_ID_FOR_SRP", user.username());
    String session = sessions.startMfa(pool.id(), client.clientId(), user.username(), factor,
        AuthOperations.sessionValidity(client), deviceKey, code);
    return new Outcome(null, factor, parameters, session);
  }

  /**
   * Wrong codes one challenge takes before its session is used up and the user must sign in again.
   * Cognito documents no number; three is the commonly reported one (assumed).
   */
  private static final int MFA_ATTEMPTS = 3;

  /** The time step of an answer that is not a software token code. */
  private static final long NO_STEP = Long.MIN_VALUE;

  /**
   * Checks an SMS, email or software token code. A wrong code leaves the challenge open for another
   * try, up to {@link #MFA_ATTEMPTS} wrong codes.
   */
  Outcome answer(ClientRef client, ChallengeNameType challenge, @Nullable String session,
      Map<String, String> responses, Call call) {
    return flow.finish(client, answered(client, challenge, session, responses, call, "TokenGeneration_Authentication"));
  }

  /** Checks a code as {@link #answer} does, and returns the sign-in with its tokens not yet issued. */
  Next answered(ClientRef client, ChallengeNameType challenge, @Nullable String session,
      Map<String, String> responses, Call call, String tokenSource) {
    AuthSessions.Pending pending = sessions.get(session, client.clientId());
    if (!pending.challengeName().equals(challenge.toString())) {
      throw CognitoErrors.invalidSession();
    }
    String username = AuthOperations.required(responses, "USERNAME");
    String codeName = switch (challenge) {
      case SMS_MFA -> "SMS_MFA_CODE";
      case SOFTWARE_TOKEN_MFA -> "SOFTWARE_TOKEN_MFA_CODE";
      case SMS_OTP -> "SMS_OTP_CODE";
      default -> "EMAIL_OTP_CODE";
    };
    String code = AuthOperations.required(responses, codeName);
    UserPool pool = client.pool();
    Instant now = backend.clock().instant();
    Next next;
    pool.lock().lock();
    try {
      // Again under the lock: a concurrent answer may have used the session up meanwhile.
      sessions.get(session, client.clientId());
      User user = AuthOperations.sessionUser(client, pending, username, responses);
      long step = NO_STEP;
      if (challenge == ChallengeNameType.SOFTWARE_TOKEN_MFA) {
        step = Mfa.matchingStep(user.mfa().totpKey(), code, now);
        if (step == Long.MIN_VALUE) {
          sessions.failedAttempt(session, MFA_ATTEMPTS);
          throw CognitoErrors.mfaCodeMismatch();
        }
        if (step <= user.mfa().lastTotpStep()) {
          throw CognitoErrors.softwareTokenReused();
        }
      } else if (!code.equals(pending.code())) {
        sessions.failedAttempt(session, MFA_ATTEMPTS);
        throw CognitoErrors.mfaCodeMismatch();
      }
      Device device = pending.deviceKey() == null ? null : user.devices().get(pending.deviceKey());
      next = new Next(null, flow.signedIn(client, user, now, call, device, tokenSource));
      // Only a sign-in that stands uses up the code and the session; a refusing trigger leaves
      // both for another answer.
      if (step != NO_STEP) {
        user.mfa().lastTotpStep(step);
      }
      sessions.finish(session);
    } finally {
      pool.lock().unlock();
    }
    return next;
  }

  /** SELECT_MFA_TYPE: the user's choice among their factors starts that factor's challenge. */
  Outcome select(ClientRef client, @Nullable String session, Map<String, String> responses) {
    AuthSessions.Pending pending = sessions.get(session, client.clientId());
    if (!pending.challengeName().equals(ChallengeNameType.SELECT_MFA_TYPE.toString())) {
      throw CognitoErrors.invalidSession();
    }
    String username = AuthOperations.required(responses, "USERNAME");
    String answer = AuthOperations.required(responses, "ANSWER");
    UserPool pool = client.pool();
    pool.lock().lock();
    try {
      // Again under the lock: a concurrent answer may have used the session up meanwhile.
      sessions.get(session, client.clientId());
      User user = AuthOperations.sessionUser(client, pending, username, responses);
      if (!user.mfa().enabled(answer) || !Mfa.allowed(pool, answer) || !Mfa.reachable(user, answer)) {
        throw CognitoErrors.invalidParameter("Invalid value for ANSWER: " + answer);
      }
      // The new challenge first: if its code cannot be sent, the choice can be made again.
      Outcome chosen = factorChallenge(client, user, answer, pending.deviceKey());
      sessions.finish(session);
      return chosen;
    } finally {
      pool.lock().unlock();
    }
  }

  /** MFA_SETUP: answered once VerifySoftwareToken has confirmed a token through this session. */
  Outcome setup(ClientRef client, @Nullable String session, Map<String, String> responses, Call call) {
    return flow.finish(client, setupAnswered(client, session, responses, call, "TokenGeneration_Authentication"));
  }

  /** Checks an MFA_SETUP answer as {@link #setup} does, and returns the sign-in with its tokens not yet issued. */
  Next setupAnswered(ClientRef client, @Nullable String session, Map<String, String> responses, Call call,
      String tokenSource) {
    AuthSessions.Pending pending = sessions.get(session, client.clientId());
    if (!pending.challengeName().equals(ChallengeNameType.MFA_SETUP.toString())) {
      throw CognitoErrors.invalidSession();
    }
    String username = AuthOperations.required(responses, "USERNAME");
    UserPool pool = client.pool();
    Instant now = backend.clock().instant();
    Next next;
    pool.lock().lock();
    try {
      // Again under the lock: a concurrent answer may have used the session up meanwhile.
      sessions.get(session, client.clientId());
      User user = AuthOperations.sessionUser(client, pending, username, responses);
      if (user.mfa().enabledFactors().isEmpty()) {
        // Assumed wording: the session's token was never verified.
        throw CognitoErrors.invalidParameter("Invalid MFA setup: no MFA method has been verified");
      }
      Device device = pending.deviceKey() == null ? null : user.devices().get(pending.deviceKey());
      next = new Next(null, flow.signedIn(client, user, now, call, device, tokenSource));
      sessions.finish(session);
    } finally {
      pool.lock().unlock();
    }
    return next;
  }
}
