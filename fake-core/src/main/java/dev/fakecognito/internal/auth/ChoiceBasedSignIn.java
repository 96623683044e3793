package dev.fakecognito.internal.auth;

import dev.fakecognito.internal.Backend.ClientRef;
import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.users.AuthEvents;
import dev.fakecognito.internal.users.CodeDelivery;
import dev.fakecognito.internal.users.Passwords;
import dev.fakecognito.internal.users.SecretHashes;
import dev.fakecognito.internal.users.User;
import dev.fakecognito.internal.util.Ids;
import java.math.BigInteger;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeDeliveryDetailsType;

/**
 * USER_AUTH: choice-based sign-in with a first factor the user picks
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flows-selection-sdk.html).
 */
final class ChoiceBasedSignIn {

  private final AuthOperations flow;
  private final Backend backend;
  private final AuthSessions sessions;

  ChoiceBasedSignIn(AuthOperations flow, Backend backend, AuthSessions sessions) {
    this.flow = flow;
    this.backend = backend;
    this.sessions = sessions;
  }

  /**
   * Starts choice-based sign-in: the client's PREFERRED_CHALLENGE if the user can answer it,
   * otherwise SELECT_CHALLENGE with the first factors available to this user under the pool's
   * sign-in policy
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flows-selection-sdk.html).
   */
  Outcome start(ClientRef client, Map<String, String> params, Call call) {
    String username = AuthOperations.required(params, "USERNAME");
    SecretHashes.check(client, params.get("SECRET_HASH"), username);
    UserPool pool = client.pool();
    Instant now = backend.clock().instant();
    Next next;
    pool.lock().lock();
    try {
      User user = AuthOperations.existingUser(client, username);
      flow.preAuthentication(client, user, call);
      AuthOperations.checkBeforePassword(client, user);
      String deviceKey = AuthOperations.knownDeviceKey(user, params.get("DEVICE_KEY"));
      List<String> available = FirstFactors.available(pool, user);
      String preferred = params.get("PREFERRED_CHALLENGE");
      if (preferred != null && available.contains(preferred)) {
        next = firstFactor(client, user, preferred, params, call, now, deviceKey);
      } else {
        String session = sessions.start(pool.id(), client.clientId(), user.username(),
            ChallengeNameType.SELECT_CHALLENGE.toString(), AuthOperations.sessionValidity(client), deviceKey);
        next = new Next(new Outcome(null, ChallengeNameType.SELECT_CHALLENGE.toString(), Map.of(), session, available),
            null);
      }
    } finally {
      pool.lock().unlock();
    }
    return flow.finish(client, next);
  }

  /** SELECT_CHALLENGE: the user's choice of first factor. */
  Outcome select(ClientRef client, @Nullable String session, Map<String, String> responses, Call call) {
    AuthSessions.Pending pending = sessions.get(session, client.clientId());
    if (!pending.challengeName().equals(ChallengeNameType.SELECT_CHALLENGE.toString())) {
      throw CognitoErrors.invalidSession();
    }
    String username = AuthOperations.required(responses, "USERNAME");
    String answer = AuthOperations.required(responses, "ANSWER");
    UserPool pool = client.pool();
    Instant now = backend.clock().instant();
    Next next;
    pool.lock().lock();
    try {
      // Again under the lock: a concurrent answer may have used the session up meanwhile.
      sessions.get(session, client.clientId());
      User user = AuthOperations.sessionUser(client, pending, username, responses);
      if (!FirstFactors.available(pool, user).contains(answer)) {
        throw CognitoErrors.invalidParameter("Invalid value for ANSWER: " + answer);
      }
      next = firstFactor(client, user, answer, responses, call, now, pending.deviceKey());
      sessions.finish(session);
    } finally {
      pool.lock().unlock();
    }
    return flow.finish(client, next);
  }

  /**
   * Runs one first factor: PASSWORD checks the PASSWORD sent with it, PASSWORD_SRP answers
   * PASSWORD_VERIFIER for the SRP_A sent with it, EMAIL_OTP and SMS_OTP send an 8-digit code. The
   * caller holds the pool's lock.
   */
  private Next firstFactor(ClientRef client, User user, String factor, Map<String, String> params, Call call,
      Instant now, @Nullable String deviceKey) {
    UserPool pool = client.pool();
    switch (factor) {
      case "PASSWORD" -> {
        String password = AuthOperations.required(params, "PASSWORD");
        user.lockout().check(now);
        if (!Passwords.matches(pool, user, password)) {
          user.lockout().failed(now);
          AuthEvents.record(pool, user, now, AuthEvents.SIGN_IN, AuthEvents.FAIL, call.ip(),
              ChallengeResponse.FAILURE);
          throw CognitoErrors.incorrectCredentials();
        }
        Next next = flow.afterPassword(client, user, now, call, deviceKey, "TokenGeneration_Authentication",
            password);
        user.lockout().succeeded();
        return next;
      }
      case "PASSWORD_SRP" -> {
        BigInteger clientPublic = SrpChallenges.clientPublic(AuthOperations.required(params, "SRP_A"));
        return new Next(flow.passwordVerifierChallenge(client, user.username(), user.username(), user.password().salt(),
            user.password().verifier(), clientPublic, deviceKey, null), null);
      }
      default -> {
        String attribute = factor.equals("EMAIL_OTP") ? "email" : "phone_number";
        String code = Ids.numericCode(8);
        CodeDelivery.sendAuthenticationCode(backend, pool, user, attribute, code, FirstFactors.MESSAGE,
            new CodeDelivery.MessageContext("CustomMessage_Authentication", client.clientId(), null));
        CodeDeliveryDetailsType details = CodeDelivery.details(user, attribute);
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("CODE_DELIVERY_DELIVERY_MEDIUM", details.deliveryMediumAsString());
        parameters.put("CODE_DELIVERY_DESTINATION", details.destination());
        String session = sessions.startMfa(pool.id(), client.clientId(), user.username(), factor,
            AuthOperations.sessionValidity(client), deviceKey, code);
        return new Next(new Outcome(null, factor, parameters, session), null);
      }
    }
  }
}
