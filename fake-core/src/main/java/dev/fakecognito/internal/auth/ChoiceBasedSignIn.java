package dev.fakecognito.internal.auth;

import com.nimbusds.jose.util.JSONObjectUtils;
import dev.fakecognito.internal.Backend.ClientRef;
import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.devices.Device;
import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.users.AuthEvents;
import dev.fakecognito.internal.users.CodeDelivery;
import dev.fakecognito.internal.users.Passwords;
import dev.fakecognito.internal.users.SecretHashes;
import dev.fakecognito.internal.users.User;
import dev.fakecognito.internal.util.Ids;
import dev.fakecognito.internal.webauthn.Passkey;
import dev.fakecognito.internal.webauthn.RelyingParty;
import dev.fakecognito.internal.webauthn.WebAuthnOperations;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeDeliveryDetailsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;

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
   * PASSWORD_VERIFIER for the SRP_A sent with it, EMAIL_OTP and SMS_OTP send an 8-digit code,
   * WEB_AUTHN asks for a passkey assertion. The caller holds the pool's lock.
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
      case "WEB_AUTHN" -> {
        return new Next(passkeyChallenge(client, user, deviceKey), null);
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

  /* ---- Passkeys ---- */

  /**
   * Wrong passkey answers one WEB_AUTHN challenge takes before its session is used up; assumed, as
   * for MFA codes.
   */
  private static final int PASSKEY_ATTEMPTS = 3;

  /**
   * The WEB_AUTHN challenge: CREDENTIAL_REQUEST_OPTIONS, the PublicKeyCredentialRequestOptions JSON
   * with a new challenge and the user's passkeys, which the session keeps for the answer.
   */
  private Outcome passkeyChallenge(ClientRef client, User user, @Nullable String deviceKey) {
    UserPool pool = client.pool();
    String challenge = RelyingParty.encode(Ids.randomBytes(32));
    String rpId = WebAuthnOperations.relyingPartyId(pool);
    if (rpId == null) {
      rpId = user.passkeys().values().iterator().next().relyingPartyId();
    }
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("challenge", challenge);
    options.put("rpId", rpId);
    options.put("allowCredentials", WebAuthnOperations.descriptors(user));
    options.put("userVerification", WebAuthnOperations.userVerification(pool));
    options.put("timeout", WebAuthnOperations.timeoutMillis());
    String session = sessions.startMfa(pool.id(), client.clientId(), user.username(), "WEB_AUTHN",
        AuthOperations.sessionValidity(client), deviceKey, challenge);
    return new Outcome(null, "WEB_AUTHN", Map.of("CREDENTIAL_REQUEST_OPTIONS", JSONObjectUtils.toJSONString(options)),
        session);
  }

  /**
   * WEB_AUTHN: CREDENTIAL holds the AuthenticationResponseJSON of one of the user's passkeys, over
   * the session's challenge. A wrong answer leaves the challenge open for another try, up to
   * {@link #PASSKEY_ATTEMPTS}; a right one signs the user in and keeps the new signature counter.
   */
  Outcome answerPasskey(ClientRef client, @Nullable String session, Map<String, String> responses, Call call) {
    AuthSessions.Pending pending = sessions.get(session, client.clientId());
    if (!pending.challengeName().equals("WEB_AUTHN") || pending.code() == null) {
      throw CognitoErrors.invalidSession();
    }
    String username = AuthOperations.required(responses, "USERNAME");
    String answer = AuthOperations.required(responses, "CREDENTIAL");
    Map<String, Object> credential;
    try {
      credential = JSONObjectUtils.parse(answer);
    } catch (ParseException | RuntimeException e) {
      throw CognitoErrors.passkeyAssertionFailed("CREDENTIAL is not a JSON object.");
    }
    UserPool pool = client.pool();
    Instant now = backend.clock().instant();
    Next next;
    pool.lock().lock();
    try {
      // Again under the lock: a concurrent answer may have used the session up meanwhile.
      sessions.get(session, client.clientId());
      User user = AuthOperations.sessionUser(client, pending, username, responses);
      Passkey passkey;
      long count;
      try {
        passkey = credential.get("id") instanceof String id ? user.passkeys().get(id) : null;
        if (passkey == null) {
          throw CognitoErrors.passkeyAssertionFailed("the credential is not registered to the user.");
        }
        if (!userHandleMatches(credential, user)) {
          throw CognitoErrors.passkeyAssertionFailed("the user handle is not the user's.");
        }
        count = RelyingParty.verifyAssertion(credential, passkey, pending.code(),
            WebAuthnOperations.userVerificationRequired(pool));
      } catch (NotAuthorizedException e) {
        sessions.failedAttempt(session, PASSKEY_ATTEMPTS);
        AuthEvents.record(pool, user, now, AuthEvents.SIGN_IN, AuthEvents.FAIL, call.ip(), ChallengeResponse.FAILURE);
        throw e;
      }
      Device device = pending.deviceKey() == null ? null : user.devices().get(pending.deviceKey());
      next = new Next(null, flow.signedIn(client, user, now, call, device, "TokenGeneration_Authentication"));
      // Only a sign-in that stands moves the counter and uses the challenge up.
      user.passkeys().put(passkey.credentialId(), passkey.withSignCount(count));
      sessions.finish(session);
    } finally {
      pool.lock().unlock();
    }
    return flow.finish(client, next);
  }

  /** An assertion's userHandle, when it has one, must be the user ID the registration gave: the sub. */
  private static boolean userHandleMatches(Map<String, Object> credential, User user) {
    if (!(credential.get("response") instanceof Map<?, ?> response)
        || !(response.get("userHandle") instanceof String handle) || handle.isEmpty()) {
      return true;
    }
    return handle.replace("=", "").equals(RelyingParty.encode(user.sub().getBytes(StandardCharsets.UTF_8)));
  }
}
