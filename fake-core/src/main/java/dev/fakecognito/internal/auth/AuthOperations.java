package dev.fakecognito.internal.auth;

import com.nimbusds.jose.util.JSONObjectUtils;
import dev.fakecognito.internal.Backend.ClientRef;
import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.auth.srp.Srp;
import dev.fakecognito.internal.clients.RefreshTokenRotation;
import dev.fakecognito.internal.devices.Device;
import dev.fakecognito.internal.devices.DeviceTracking;
import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.risk.RiskOperations;
import dev.fakecognito.internal.tokens.ClaimsOverride;
import dev.fakecognito.internal.tokens.RefreshTokenClaims;
import dev.fakecognito.internal.tokens.TokenService;
import dev.fakecognito.internal.triggers.TokenCustomization;
import dev.fakecognito.internal.triggers.Trigger;
import dev.fakecognito.internal.triggers.TriggerEvents;
import dev.fakecognito.internal.users.Attributes;
import dev.fakecognito.internal.users.AuthEvents;
import dev.fakecognito.internal.users.PasswordPolicies;
import dev.fakecognito.internal.users.Passwords;
import dev.fakecognito.internal.users.SecretHashes;
import dev.fakecognito.internal.users.User;
import dev.fakecognito.internal.users.UserMigration;
import dev.fakecognito.internal.util.Ids;
import dev.fakecognito.internal.util.ModelSupport;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NewDeviceMetadataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

/**
 * InitiateAuth, AdminInitiateAuth, RespondToAuthChallenge and AdminRespondToAuthChallenge: the
 * sign-in state machine.
 *
 * <p>This class holds the password, SRP, device and refresh flows, NEW_PASSWORD_REQUIRED, and what
 * follows a correct password ({@code afterPassword}: new password, device challenge, MFA, tokens);
 * {@link CustomAuthFlow}, {@link ChoiceBasedSignIn} and {@link MfaChallenges} hold the custom,
 * choice-based and MFA steps. Every path ends in one {@link Outcome}: tokens, or a challenge with
 * its Session. The public and admin variants differ only in how they find the app client and
 * record context data.
 */
public final class AuthOperations {

  private final Backend backend;
  private final AuthSessions sessions;
  private final CustomAuthFlow custom;
  private final ChoiceBasedSignIn choice;
  private final MfaChallenges mfa;

  public AuthOperations(Backend backend) {
    this.backend = backend;
    this.sessions = backend.sessions();
    this.custom = new CustomAuthFlow(this, backend, sessions);
    this.choice = new ChoiceBasedSignIn(this, backend, sessions);
    this.mfa = new MfaChallenges(this, backend, sessions);
  }

  /** The MFA steps, for managed login's code page. */
  MfaChallenges mfa() {
    return mfa;
  }

  /**
   * How far apart the client's TIMESTAMP and the fake's clock may be. Cognito documents only that
   * the answer must come "within a few seconds"; clients report failures beyond about five minutes.
   */
  private static final Duration TIMESTAMP_SKEW = Duration.ofMinutes(5);

  /**
   * A verifier exchange found under its SECRET_BLOCK, and whether the client's signature proved it.
   *
   * @param secretBlock the exchange's key, to use it up once the answer is judged
   */
  private record VerifiedPending(String secretBlock, AuthSessions.Pending pending, boolean signatureValid) {

    /**
     * Checks, under the pool's lock, that no concurrent answer has used the exchange up since it
     * was read.
     */
    void requireOpen(AuthSessions sessions) {
      if (sessions.peek(secretBlock) != pending) {
        throw CognitoErrors.incorrectCredentials();
      }
    }
  }

  public InitiateAuthResponse initiateAuth(InitiateAuthRequest request) {
    AuthFlowType flow = flow(request.authFlow(), request.authFlowAsString());
    ClientRef client = backend.client(request.clientId());
    Map<String, String> params = request.authParameters();
    Call call = new Call(
        backend.recorder().record("InitiateAuth", client, params.get("USERNAME"), request.userContextData()),
        request.clientMetadata(), true);
    Outcome outcome = initiate(client, flow, params, call, false);
    InitiateAuthResponse.Builder response = InitiateAuthResponse.builder()
        .authenticationResult(outcome.tokens()).challengeName(outcome.challengeName())
        .challengeParameters(outcome.challengeParameters()).session(outcome.session());
    if (outcome.available() != null) {
      // Only choice-based sign-in offers challenges, and only models that have it reach here.
      response.availableChallengesWithStrings(outcome.available());
    }
    return response.build();
  }

  public AdminInitiateAuthResponse adminInitiateAuth(AdminInitiateAuthRequest request) {
    AuthFlowType flow = flow(request.authFlow(), request.authFlowAsString());
    UserPool pool = backend.pool(request.userPoolId());
    ClientRef client = backend.client(pool, request.clientId());
    Map<String, String> params = request.authParameters();
    Call call = new Call(
        backend.recorder().recordAdmin("AdminInitiateAuth", client, params.get("USERNAME"), request.contextData()),
        request.clientMetadata(), true);
    Outcome outcome = initiate(client, flow, params, call, true);
    AdminInitiateAuthResponse.Builder response = AdminInitiateAuthResponse.builder()
        .authenticationResult(outcome.tokens()).challengeName(outcome.challengeName())
        .challengeParameters(outcome.challengeParameters()).session(outcome.session());
    if (outcome.available() != null) {
      // Only choice-based sign-in offers challenges, and only models that have it reach here.
      response.availableChallengesWithStrings(outcome.available());
    }
    return response.build();
  }

  public RespondToAuthChallengeResponse respondToAuthChallenge(RespondToAuthChallengeRequest request) {
    ChallengeNameType challenge = challenge(request.challengeName(), request.challengeNameAsString());
    ClientRef client = backend.client(request.clientId());
    Map<String, String> responses = request.challengeResponses();
    Call call = new Call(
        backend.recorder().record("RespondToAuthChallenge", client, responses.get("USERNAME"), request.userContextData()),
        request.clientMetadata(), false);
    Outcome outcome = respond(client, challenge, request.session(), responses, call);
    RespondToAuthChallengeResponse.Builder response = RespondToAuthChallengeResponse.builder()
        .authenticationResult(outcome.tokens()).challengeName(outcome.challengeName())
        .challengeParameters(outcome.challengeParameters()).session(outcome.session());
    if (outcome.available() != null) {
      // Only choice-based sign-in offers challenges, and only models that have it reach here.
      response.availableChallengesWithStrings(outcome.available());
    }
    return response.build();
  }

  public AdminRespondToAuthChallengeResponse adminRespondToAuthChallenge(AdminRespondToAuthChallengeRequest request) {
    ChallengeNameType challenge = challenge(request.challengeName(), request.challengeNameAsString());
    UserPool pool = backend.pool(request.userPoolId());
    ClientRef client = backend.client(pool, request.clientId());
    Map<String, String> responses = request.challengeResponses();
    Call call = new Call(
        backend.recorder().recordAdmin("AdminRespondToAuthChallenge", client, responses.get("USERNAME"),
            request.contextData()),
        request.clientMetadata(), false);
    Outcome outcome = respond(client, challenge, request.session(), responses, call);
    AdminRespondToAuthChallengeResponse.Builder response = AdminRespondToAuthChallengeResponse.builder()
        .authenticationResult(outcome.tokens()).challengeName(outcome.challengeName())
        .challengeParameters(outcome.challengeParameters()).session(outcome.session());
    if (outcome.available() != null) {
      // Only choice-based sign-in offers challenges, and only models that have it reach here.
      response.availableChallengesWithStrings(outcome.available());
    }
    return response.build();
  }

  /**
   * Starts the flow. The password flows differ between the public and the admin operation; the
   * others are the same through both.
   */
  private Outcome initiate(ClientRef client, AuthFlowType flow, Map<String, String> params, Call call, boolean admin) {
    if (flow != AuthFlowType.REFRESH_TOKEN_AUTH && flow != AuthFlowType.REFRESH_TOKEN) {
      RiskOperations.checkAddress(client.pool(), client.clientId(), call.ip());
    }
    return switch (flow) {
      case USER_PASSWORD_AUTH -> {
        if (admin) {
          throw CognitoErrors.invalidParameter("Initiate Auth method not supported.");
        }
        requireFlow(client, "USER_PASSWORD_AUTH flow not enabled for this client",
            ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.USER_PASSWORD_AUTH);
        yield passwordAuth(client, params, call);
      }
      case ADMIN_USER_PASSWORD_AUTH, ADMIN_NO_SRP_AUTH -> {
        if (!admin) {
          throw CognitoErrors.invalidParameter("Initiate Auth method not supported.");
        }
        requireFlow(client, "Auth flow not enabled for this client",
            ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ADMIN_NO_SRP_AUTH);
        yield passwordAuth(client, params, call);
      }
      case USER_SRP_AUTH -> {
        requireSrp(client);
        yield srpStart(client, params, call);
      }
      case CUSTOM_AUTH -> {
        requireCustom(client);
        yield custom.start(client, params, call);
      }
      case USER_AUTH -> {
        requireFlow(client, "USER_AUTH flow not enabled for this client", ExplicitAuthFlowsType.ALLOW_USER_AUTH);
        yield choice.start(client, params, call);
      }
      case REFRESH_TOKEN_AUTH, REFRESH_TOKEN -> refresh(client, params);
      default -> throw notYetSupported(flow.toString());
    };
  }

  /* ---- Password sign-in ---- */

  private Outcome passwordAuth(ClientRef client, Map<String, String> params, Call call) {
    String username = required(params, "USERNAME");
    String password = required(params, "PASSWORD");
    SecretHashes.check(client, params.get("SECRET_HASH"), username);
    return finish(client, passwordStep(client, username, password, params.get("DEVICE_KEY"), call,
        "TokenGeneration_Authentication"));
  }

  /**
   * A password sign-in up to its next step, for USER_PASSWORD_AUTH and the managed login page:
   * user migration, Pre authentication, the checks before the password, lock-out and the password
   * itself, then MFA or tokens with {@code tokenSource}.
   */
  Next passwordStep(ClientRef client, String username, String password, @Nullable String deviceKeyParam, Call call,
      String tokenSource) {
    UserPool pool = client.pool();
    Instant now = backend.clock().instant();
    pool.lock().lock();
    try {
      User user = pool.find(username);
      if (user == null) {
        user = UserMigration.migrate(backend, client, username, password, "UserMigration_Authentication",
            call.clientMetadata(), Map.of());
      }
      if (user == null) {
        user = existingUser(client, username);
      }
      preAuthentication(client, user, call);
      checkBeforePassword(client, user);
      String deviceKey = knownDeviceKey(user, deviceKeyParam);
      user.lockout().check(now);
      if (!Passwords.matches(pool, user, password)) {
        user.lockout().failed(now);
        AuthEvents.record(pool, user, now, AuthEvents.SIGN_IN, AuthEvents.FAIL, call.ip(), ChallengeResponse.FAILURE);
        throw CognitoErrors.incorrectCredentials();
      }
      Next next = afterPassword(client, user, now, call, deviceKey, tokenSource, password);
      user.lockout().succeeded();
      return next;
    } finally {
      pool.lock().unlock();
    }
  }

  /* ---- USER_SRP_AUTH and PASSWORD_VERIFIER ---- */

  /**
   * Starts SRP: answers PASSWORD_VERIFIER with the user's salt and the server's B. Real Cognito
   * sends no Session here; the exchange waits under the SECRET_BLOCK, which clients send back.
   */
  private Outcome srpStart(ClientRef client, Map<String, String> params, Call call) {
    String username = required(params, "USERNAME");
    String srpA = required(params, "SRP_A");
    SecretHashes.check(client, params.get("SECRET_HASH"), username);
    BigInteger clientPublic = SrpChallenges.clientPublic(srpA);
    UserPool pool = client.pool();
    String internal;
    byte[] salt;
    BigInteger verifier;
    String deviceKey = null;
    boolean exists;
    pool.lock().lock();
    try {
      User user = pool.find(username);
      exists = user != null;
      if (user == null && !hidesExistence(client)) {
        throw CognitoErrors.userNotFound();
      }
      if (user != null) {
        preAuthentication(client, user, call);
        checkBeforePassword(client, user);
        deviceKey = knownDeviceKey(user, params.get("DEVICE_KEY"));
        internal = user.username();
        salt = user.password().salt();
        verifier = user.password().verifier();
      } else {
        // Existence-error prevention: a stable made-up salt and USER_ID_FOR_SRP for this name, so
        // repeated attempts look like a real user's; the answer then fails like a wrong password.
        byte[] seed = (pool.id() + "/" + username).getBytes(StandardCharsets.UTF_8);
        internal = UUID.nameUUIDFromBytes(seed).toString();
        salt = Arrays.copyOf(sha256(seed), 16);
        if (salt[0] == 0) {
          salt[0] = 1;
        }
        verifier = Srp.verifier(new BigInteger(1, Ids.randomBytes(32)));
      }
    } finally {
      pool.lock().unlock();
    }
    return passwordVerifierChallenge(client, exists ? internal : null, internal, salt, verifier, clientPublic,
        deviceKey, null);
  }

  /** Picks the server's B and answers PASSWORD_VERIFIER; the exchange waits under SECRET_BLOCK. */
  Outcome passwordVerifierChallenge(ClientRef client, @Nullable String owner, String internal, byte[] salt,
      BigInteger verifier, BigInteger clientPublic, @Nullable String deviceKey, AuthSessions.@Nullable CustomAuth custom) {
    UserPool pool = client.pool();
    AuthSessions.SrpExchange exchange = SrpChallenges.begin(clientPublic, verifier, pool.poolName(), internal);
    String secretBlock = sessions.startSrp(pool.id(), client.clientId(), owner,
        ChallengeNameType.PASSWORD_VERIFIER.toString(), sessionValidity(client), deviceKey, exchange, custom);
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("SALT", Srp.hex(salt));
    parameters.put("SECRET_BLOCK", secretBlock);
    parameters.put("SRP_B", Srp.toHex(exchange.serverPublic()));
    parameters.put("USERNAME", internal);
    parameters.put("USER_ID_FOR_SRP", internal);
    return new Outcome(null, ChallengeNameType.PASSWORD_VERIFIER.toString(), parameters, null);
  }

  /** Checks the client's PASSWORD_VERIFIER answer and goes on as after any correct password. */
  private Outcome passwordVerifier(ClientRef client, Map<String, String> responses, Call call) {
    VerifiedPending verified = verifiedExchange(client, responses, ChallengeNameType.PASSWORD_VERIFIER);
    AuthSessions.Pending pending = verified.pending();
    UserPool pool = client.pool();
    Instant now = backend.clock().instant();
    Next next;
    pool.lock().lock();
    try {
      verified.requireOpen(sessions);
      User user = pending.username() == null ? null : pool.byUsername(pending.username());
      if (user == null || pool.find(responses.get("USERNAME")) != user) {
        // A wrong answer, like a wrong password: the exchange is over.
        sessions.finish(verified.secretBlock());
        throw CognitoErrors.incorrectCredentials();
      }
      // From the second step on, clients hash the internal username (USER_ID_FOR_SRP).
      SecretHashes.check(client, responses.get("SECRET_HASH"), user.username());
      user.lockout().check(now);
      if (!verified.signatureValid()) {
        user.lockout().failed(now);
        sessions.finish(verified.secretBlock());
        AuthEvents.record(pool, user, now, AuthEvents.SIGN_IN, AuthEvents.FAIL, call.ip(), ChallengeResponse.FAILURE);
        throw CognitoErrors.incorrectCredentials();
      }
      checkBeforePassword(client, user);
      String deviceKey = responses.get("DEVICE_KEY") != null
          ? knownDeviceKey(user, responses.get("DEVICE_KEY")) : pending.deviceKey();
      if (pending.custom() != null) {
        List<Map<String, Object>> history = new ArrayList<>(pending.custom().history());
        history.add(CustomAuthFlow.challengeResult("PASSWORD_VERIFIER", true, null));
        next = custom.next(client, user, new AuthSessions.CustomAuth(history, Map.of(), null, null), call, now,
            deviceKey);
      } else {
        // SRP never shows the password, so compromised-credentials protection cannot judge it.
        next = afterPassword(client, user, now, call, deviceKey, "TokenGeneration_Authentication", null);
      }
      // Used up only by an answer that stands; one a trigger refused can be sent again.
      sessions.finish(verified.secretBlock());
      user.lockout().succeeded();
    } finally {
      pool.lock().unlock();
    }
    return finish(client, next);
  }

  /* ---- DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER ---- */

  /** Answers DEVICE_SRP_AUTH with the device's salt and the server's B. */
  private Outcome deviceSrpStart(ClientRef client, @Nullable String session, Map<String, String> responses) {
    String username = required(responses, "USERNAME");
    String deviceKey = required(responses, "DEVICE_KEY");
    BigInteger clientPublic = SrpChallenges.clientPublic(required(responses, "SRP_A"));
    // Amplify and amazon-cognito-identity-js send the Session of DEVICE_SRP_AUTH; pycognito sends
    // none, so the device and user named in the answer must then stand on their own.
    AuthSessions.Pending pending = session == null ? null : sessions.get(session, client.clientId());
    if (pending != null && (!pending.challengeName().equals(ChallengeNameType.DEVICE_SRP_AUTH.toString())
        || !deviceKey.equals(pending.deviceKey()))) {
      throw CognitoErrors.invalidSession();
    }
    UserPool pool = client.pool();
    String internal;
    Device device;
    pool.lock().lock();
    try {
      User user = pending != null ? pool.byUsername(pending.username()) : pool.find(username);
      if (user == null || pool.find(username) != user) {
        throw CognitoErrors.incorrectCredentials();
      }
      SecretHashes.check(client, responses.get("SECRET_HASH"), user.username());
      device = user.devices().get(deviceKey);
      if (device == null || !device.confirmed()) {
        throw CognitoErrors.deviceNotFound();
      }
      internal = user.username();
    } finally {
      pool.lock().unlock();
    }
    if (session != null) {
      sessions.finish(session);
    }
    AuthSessions.SrpExchange exchange =
        SrpChallenges.begin(clientPublic, device.verifier(), device.groupKey(), device.key());
    String secretBlock = sessions.startSrp(pool.id(), client.clientId(), internal,
        ChallengeNameType.DEVICE_PASSWORD_VERIFIER.toString(), sessionValidity(client), deviceKey, exchange);
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("SRP_B", Srp.toHex(exchange.serverPublic()));
    // The salt goes back exactly as ConfirmDevice stored it, leading zero byte included.
    parameters.put("SALT", Srp.hex(device.salt()));
    parameters.put("SECRET_BLOCK", secretBlock);
    parameters.put("USERNAME", internal);
    parameters.put("DEVICE_KEY", deviceKey);
    return new Outcome(null, ChallengeNameType.DEVICE_PASSWORD_VERIFIER.toString(), parameters, null);
  }

  /** Checks the device's signature; a known device then gets tokens without further challenges. */
  private Outcome devicePasswordVerifier(ClientRef client, Map<String, String> responses, Call call) {
    VerifiedPending verified = verifiedExchange(client, responses, ChallengeNameType.DEVICE_PASSWORD_VERIFIER);
    AuthSessions.Pending pending = verified.pending();
    UserPool pool = client.pool();
    Instant now = backend.clock().instant();
    Completion completion;
    pool.lock().lock();
    try {
      verified.requireOpen(sessions);
      User user = pool.byUsername(pending.username());
      if (user == null || pool.find(responses.get("USERNAME")) != user) {
        sessions.finish(verified.secretBlock());
        throw CognitoErrors.incorrectCredentials();
      }
      SecretHashes.check(client, responses.get("SECRET_HASH"), user.username());
      Device device = user.devices().get(pending.deviceKey());
      if (device == null) {
        sessions.finish(verified.secretBlock());
        throw CognitoErrors.deviceNotFound();
      }
      if (!verified.signatureValid()) {
        sessions.finish(verified.secretBlock());
        throw CognitoErrors.incorrectCredentials();
      }
      checkBeforePassword(client, user);
      completion = signedIn(client, user, now, call, device, "TokenGeneration_AuthenticateDevice");
      sessions.finish(verified.secretBlock());
    } finally {
      pool.lock().unlock();
    }
    return finish(client, new Next(null, completion));
  }

  /**
   * Finds the exchange a verifier answer names by its SECRET_BLOCK, reads the TIMESTAMP and checks
   * the signature, outside any lock. The exchange stays until the answer is judged under the
   * lock: a wrong answer or a sign-in that stands uses it up, so a second answer finds nothing.
   */
  private VerifiedPending verifiedExchange(ClientRef client, Map<String, String> responses, ChallengeNameType kind) {
    String secretBlock = required(responses, "PASSWORD_CLAIM_SECRET_BLOCK");
    String signature = required(responses, "PASSWORD_CLAIM_SIGNATURE");
    String timestamp = required(responses, "TIMESTAMP");
    required(responses, "USERNAME");
    Instant instant = SrpChallenges.timestamp(timestamp);
    AuthSessions.Pending pending = sessions.peek(secretBlock);
    if (pending == null || pending.srp() == null || !pending.clientId().equals(client.clientId())
        || !pending.challengeName().equals(kind.toString())) {
      throw CognitoErrors.incorrectCredentials();
    }
    if (sessions.isExpired(pending)) {
      throw CognitoErrors.sessionExpired();
    }
    Instant now = backend.clock().instant();
    boolean verified = Duration.between(instant, now).abs().compareTo(TIMESTAMP_SKEW) <= 0
        && SrpChallenges.verify(pending.srp(), secretBlock, instant, signature);
    return new VerifiedPending(secretBlock, pending, verified);
  }

  /* ---- After the password ---- */

  /**
   * What follows a correct password, whichever way it was proven: the new-password challenge for
   * invited users, device authentication for a remembered device, or tokens (with new device
   * metadata when the pool tracks devices). The caller holds the pool's lock.
   *
   * @param password the password as sent in plain text, which compromised-credentials protection
   *     judges; {@code null} when it was proven by SRP
   */
  Next afterPassword(ClientRef client, User user, Instant now, Call call, @Nullable String deviceKey,
      String tokenSource, @Nullable String password) {
    UserPool pool = client.pool();
    if (user.status() == UserStatusType.UNCONFIRMED) {
      throw CognitoErrors.userNotConfirmed();
    }
    if (user.status() == UserStatusType.FORCE_CHANGE_PASSWORD) {
      int days = pool.config().policies().passwordPolicy().temporaryPasswordValidityDays();
      Instant setAt = user.passwordSetAt();
      if (setAt != null && !now.isBefore(setAt.plus(Duration.ofDays(days)))) {
        throw CognitoErrors.notAuthorized("Temporary password has expired and must be reset by an administrator.");
      }
      return new Next(newPasswordChallenge(client, pool, user, deviceKey), null);
    }
    boolean compromised = RiskOperations.compromised(backend.risks(), pool, password);
    boolean riskMfa = accountTakeover(client, user, now, call, compromised);
    Device device = deviceKey == null ? null : user.devices().get(deviceKey);
    if (!riskMfa && device != null && device.confirmed()
        && (device.remembered() || !DeviceTracking.onlyOnUserPrompt(pool))) {
      String session = sessions.start(pool.id(), client.clientId(), user.username(),
          ChallengeNameType.DEVICE_SRP_AUTH.toString(), sessionValidity(client), device.key());
      return new Next(new Outcome(null, ChallengeNameType.DEVICE_SRP_AUTH.toString(),
          Map.of("USERNAME", user.username()), session), null);
    }
    Outcome mfaStep = mfa.challenge(client, user, deviceKey);
    if (mfaStep != null) {
      return new Next(mfaStep, null);
    }
    return new Next(null, signedIn(client, user, now, call, device, tokenSource, compromised));
  }

  /**
   * Account takeover protection in ENFORCED mode, once the password is right: BLOCK refuses the
   * sign-in; MFA_REQUIRED asks for MFA and refuses users without an MFA factor; MFA_IF_CONFIGURED
   * asks for MFA only of users with one; NO_ACTION lets the sign-in go on
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-threat-protection.html).
   * A refused sign-in is recorded as a failed event with a Block decision, and a configured
   * notification is sent either way. The caller holds the pool's lock.
   *
   * @return whether the sign-in must pass MFA because of its risk, even from a remembered device
   */
  private boolean accountTakeover(ClientRef client, User user, Instant now, Call call, boolean compromised) {
    UserPool pool = client.pool();
    RiskOperations.Assessment risk =
        RiskOperations.assess(backend.risks(), pool, client.clientId(), user.username(), call.ip());
    if (compromised && RiskOperations.blocksCompromised(pool, client.clientId(), "SIGN_IN")) {
      AuthEvents.record(pool, user, now, AuthEvents.SIGN_IN, AuthEvents.FAIL, call.ip(),
          ChallengeResponse.SUCCESS, risk.eventRisk(true, true));
      // Assumed: refused as the IP block is; Cognito's wording for this case is not documented.
      throw CognitoErrors.blockedBySecurity();
    }
    String action = risk.enforcedAction();
    if (action == null) {
      return false;
    }
    // Assumed: a user "has MFA configured" when an MFA factor the pool allows is turned on for them.
    boolean configured = user.mfa().enabledFactors().stream()
        .anyMatch(factor -> Mfa.allowed(pool, factor) && Mfa.reachable(user, factor));
    boolean blocked = action.equals("BLOCK") || (action.equals("MFA_REQUIRED") && !configured);
    boolean mfa = !blocked && configured && action.startsWith("MFA");
    if (blocked) {
      String eventId = AuthEvents.record(pool, user, now, AuthEvents.SIGN_IN, AuthEvents.FAIL, call.ip(),
          ChallengeResponse.SUCCESS, risk.eventRisk(true, compromised));
      if (risk.notifies()) {
        RiskOperations.notifyUser(backend, pool, user, client.clientId(), "BLOCK", eventId,
            AuthEvents.feedbackToken(user, eventId));
      }
      throw CognitoErrors.signInBlockedBySecurity();
    }
    return mfa;
  }

  /**
   * Records the sign-in and prepares its tokens; the caller holds the pool's lock. Post
   * authentication and Pre token generation decide whether the sign-in stands, so both run before
   * anything is kept: when either fails, the call fails and nothing is recorded, no device issued.
   * A caller that has more to keep (a spent session, a used code) keeps it only after this returns.
   */
  Completion signedIn(ClientRef client, User user, Instant now, Call call, @Nullable Device device,
      String tokenSource) {
    return signedIn(client, user, now, call, device, tokenSource, false);
  }

  /**
   * As {@link #signedIn(ClientRef, User, Instant, Call, Device, String)}, for a sign-in whose
   * password compromised-credentials protection found {@code compromised}.
   */
  Completion signedIn(ClientRef client, User user, Instant now, Call call, @Nullable Device device,
      String tokenSource, boolean compromised) {
    UserPool pool = client.pool();
    boolean issuesDevice = device == null && DeviceTracking.enabled(pool);
    backend.triggers().invoke(pool, Trigger.POST_AUTHENTICATION, "PostAuthentication_Authentication",
        client.clientId(), user.username(), TriggerEvents.request(
            "userAttributes", TriggerEvents.userAttributes(user),
            "newDeviceUsed", issuesDevice,
            "clientMetadata", TriggerEvents.clientMetadata(call.forOtherTriggers())));
    User.Snapshot snapshot = user.snapshot();
    ClaimsOverride changes = TokenCustomization.ask(backend, client, snapshot, tokenSource, call.forOtherTriggers());
    RiskOperations.Assessment risk =
        RiskOperations.assess(backend.risks(), pool, client.clientId(), user.username(), call.ip());
    String eventId = AuthEvents.record(pool, user, now, AuthEvents.SIGN_IN, AuthEvents.PASS, call.ip(),
        ChallengeResponse.SUCCESS, risk.eventRisk(false, compromised));
    if (risk.notifies()) {
      String action = risk.enforcedAction();
      RiskOperations.notifyUser(backend, pool, user, client.clientId(),
          action != null && action.startsWith("MFA") ? "MFA" : "NO_ACTION", eventId,
          AuthEvents.feedbackToken(user, eventId));
    }
    NewDeviceMetadataType newDevice = null;
    String deviceKey = null;
    if (device != null) {
      device.authenticated(now, call.ip());
      deviceKey = device.key();
    } else if (issuesDevice) {
      Device issued = DeviceTracking.issue(pool, backend.region(), user, now);
      newDevice = NewDeviceMetadataType.builder().deviceKey(issued.key()).deviceGroupKey(issued.groupKey()).build();
      deviceKey = issued.key();
    }
    return new Completion(snapshot, new TokenService.Session(now, Ids.uuid(), eventId, deviceKey), newDevice, changes);
  }

  /** Signs the tokens of a finished sign-in outside the pool's lock, or passes a challenge on. */
  Outcome finish(ClientRef client, Next next) {
    if (next.challenge() != null) {
      return next.challenge();
    }
    Completion done = next.completion();
    AuthenticationResultType tokens = backend.tokens().issue(client, done.user(), done.session(), true, done.changes());
    if (done.newDevice() != null) {
      tokens = tokens.toBuilder().newDeviceMetadata(done.newDevice()).build();
    }
    return Outcome.tokens(tokens);
  }

  /** The NEW_PASSWORD_REQUIRED challenge, with the parameters Amplify and the SDK clients read. */
  Outcome newPasswordChallenge(ClientRef client, UserPool pool, User user, @Nullable String deviceKey) {
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
        ChallengeNameType.NEW_PASSWORD_REQUIRED.toString(), sessionValidity(client), deviceKey);
    return new Outcome(null, ChallengeNameType.NEW_PASSWORD_REQUIRED.toString(), parameters, session);
  }

  /* ---- Challenges ---- */

  private Outcome respond(ClientRef client, ChallengeNameType challenge, @Nullable String session,
      Map<String, String> responses, Call call) {
    return switch (challenge) {
      case NEW_PASSWORD_REQUIRED -> newPassword(client, session, responses, call);
      case PASSWORD_VERIFIER -> passwordVerifier(client, responses, call);
      case DEVICE_SRP_AUTH -> deviceSrpStart(client, session, responses);
      case DEVICE_PASSWORD_VERIFIER -> devicePasswordVerifier(client, responses, call);
      case CUSTOM_CHALLENGE -> custom.respond(client, session, responses, call);
      case SMS_MFA, SOFTWARE_TOKEN_MFA, EMAIL_OTP -> mfa.answer(client, challenge, session, responses, call);
      case SELECT_MFA_TYPE -> mfa.select(client, session, responses);
      case MFA_SETUP -> mfa.setup(client, session, responses, call);
      case SMS_OTP -> mfa.answer(client, challenge, session, responses, call);
      case SELECT_CHALLENGE -> choice.select(client, session, responses, call);
      // By name: an SDK older than passkeys has no WEB_AUTHN constant.
      default -> challenge.toString().equals("WEB_AUTHN")
          ? choice.answerPasskey(client, session, responses, call)
          : unmodelledChallenge(client, challenge, session);
    };
  }

  /**
   * A challenge name this fake never issues. Naming PASSWORD or PASSWORD_SRP in answer to
   * SELECT_CHALLENGE is a shortcut this version does not model; anything else names a challenge the
   * session is not waiting for.
   */
  private Outcome unmodelledChallenge(ClientRef client, ChallengeNameType challenge, @Nullable String session) {
    AuthSessions.Pending pending = sessions.get(session, client.clientId());
    // By name: an SDK older than choice-based sign-in has none of these constants.
    boolean shortcut = switch (challenge.toString()) {
      case "PASSWORD", "PASSWORD_SRP" -> true;
      default -> false;
    };
    if (shortcut && pending.challengeName().equals("SELECT_CHALLENGE")) {
      throw notYetSupported(challenge.toString());
    }
    throw CognitoErrors.invalidSession();
  }

  private Outcome newPassword(ClientRef client, @Nullable String session, Map<String, String> responses,
      Call call) {
    return finish(client,
        newPasswordAnswered(client, session, responses, call, "TokenGeneration_NewPasswordChallenge"));
  }

  /** Applies a NEW_PASSWORD_REQUIRED answer and returns what follows, with tokens not yet issued. */
  Next newPasswordAnswered(ClientRef client, @Nullable String session, Map<String, String> responses,
      Call call, String tokenSource) {
    AuthSessions.Pending pending = sessions.get(session, client.clientId());
    if (!pending.challengeName().equals(ChallengeNameType.NEW_PASSWORD_REQUIRED.toString())) {
      throw CognitoErrors.invalidSession();
    }
    String username = required(responses, "USERNAME");
    String newPassword = required(responses, "NEW_PASSWORD");
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
    Next next;
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
      Passwords.requireUnused(pool, user, password);
      requireFreeSignInNames(pool, user, attributes);
      // Assumed: the new password of an invited user is judged as a password change.
      if (RiskOperations.compromised(backend.risks(), pool, password)
          && RiskOperations.blocksCompromised(pool, client.clientId(), "PASSWORD_CHANGE")) {
        throw CognitoErrors.compromisedPassword();
      }
      // The triggers that follow (Post authentication, Pre token generation, an MFA code's
      // message) see the user as the answer leaves it, so the answer is applied first; if any of
      // them refuses, it is undone and the same session can be answered again.
      User.Checkpoint before = user.checkpoint();
      try {
        attributes.forEach(user::putAttribute);
        Passwords.set(pool, user, password, now);
        user.status(UserStatusType.CONFIRMED);
        user.touch(now);
        pool.reindex(user);
        // The new password was judged as a password change above, not again as a sign-in.
        next = afterPassword(client, user, now, call, pending.deviceKey(), tokenSource, null);
      } catch (RuntimeException e) {
        user.restore(before);
        pool.reindex(user);
        throw e;
      }
      sessions.finish(session);
    } finally {
      pool.lock().unlock();
    }
    return next;
  }

  /**
   * Refuses attributes from the NEW_PASSWORD_REQUIRED answer that would make another user's
   * sign-in name this user's too. Checked before anything changes, so that undoing the answer
   * never has to give an alias back.
   */
  private static void requireFreeSignInNames(UserPool pool, User user, Map<String, String> attributes) {
    for (String name : new String[] {"email", "phone_number", "preferred_username"}) {
      String value = attributes.get(name);
      if (value == null) {
        continue;
      }
      String verified = attributes.getOrDefault(name + "_verified", user.attribute(name + "_verified"));
      boolean signInName = pool.isUsernameAttribute(name) || (pool.isAliasAttribute(name)
          && (name.equals("preferred_username") || "true".equals(verified)));
      User owner = signInName ? pool.aliasOwner(name, value) : null;
      if (owner != null && owner != user) {
        throw CognitoErrors.aliasExists(name);
      }
    }
  }

  /* ---- Refresh ---- */

  private Outcome refresh(ClientRef client, Map<String, String> params) {
    if (ModelSupport.REFRESH_TOKEN_ROTATION && RefreshTokenRotation.enabled(client.client())) {
      // "Refresh token rotation isn't compatible with the authentication flow REFRESH_TOKEN_AUTH"
      // (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-refresh-token.html).
      throw CognitoErrors.refreshTokenAuthWithRotation();
    }
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
    List<String> secrets = client.secrets();
    if (!secrets.isEmpty()) {
      String hash = params.get("SECRET_HASH");
      if (hash == null) {
        throw CognitoErrors.secretHashMissing(client.clientId());
      }
      // Refresh hashes the token owner's internal username, not what they typed to sign in.
      if (!SecretHashes.matchesAny(secrets, claims.username(), client.clientId(), hash)) {
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
    String deviceKey = claims.deviceKey() != null ? claims.deviceKey() : params.get("DEVICE_KEY");
    TokenService.Session session = new TokenService.Session(claims.authTime(), claims.originJti(), Ids.uuid(), deviceKey);
    ClaimsOverride changes = TokenCustomization.ask(backend, client, snapshot, "TokenGeneration_RefreshTokens",
        Map.of());
    return Outcome.tokens(backend.tokens().issue(client, snapshot, session, false, changes,
        TokenService.OAuthGrant.of(claims)));
  }

  /* ---- Helpers ---- */

  static byte[] sha256(byte[] bytes) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /**
   * The user a challenge's session belongs to, who must also be the user the answer names; from
   * the second step on, SECRET_HASH is computed over the internal username. The caller holds the
   * pool's lock.
   */
  static User sessionUser(ClientRef client, AuthSessions.Pending pending, String username,
      Map<String, String> responses) {
    UserPool pool = client.pool();
    User user = pending.username() == null ? null : pool.byUsername(pending.username());
    if (user == null || pool.find(username) != user) {
      throw CognitoErrors.invalidSession();
    }
    SecretHashes.check(client, responses.get("SECRET_HASH"), user.username());
    return user;
  }

  static String required(Map<String, String> parameters, String name) {
    String value = parameters.get(name);
    if (value == null) {
      throw CognitoErrors.missingParameter(name);
    }
    return value;
  }

  static boolean hidesExistence(ClientRef client) {
    return client.client().preventUserExistenceErrors() == PreventUserExistenceErrorTypes.ENABLED;
  }

  /**
   * Pre authentication, before the password is looked at; InitiateAuth's ClientMetadata reaches
   * it as {@code validationData}. The caller holds the pool's lock.
   */
  void preAuthentication(ClientRef client, User user, Call call) {
    backend.triggers().invoke(client.pool(), Trigger.PRE_AUTHENTICATION, "PreAuthentication_Authentication",
        client.clientId(), user.username(), TriggerEvents.request(
            "userAttributes", TriggerEvents.userAttributes(user),
            "validationData", TriggerEvents.clientMetadata(call.initiate() ? call.clientMetadata() : null)));
  }

  /** The user a sign-in names, or the error Cognito gives for an unknown one. */
  static User existingUser(ClientRef client, String username) {
    User user = client.pool().find(username);
    if (user == null) {
      throw hidesExistence(client) ? CognitoErrors.incorrectCredentials() : CognitoErrors.userNotFound();
    }
    return user;
  }

  /**
   * The checks Cognito makes before it looks at the password. Without existence-error prevention
   * an unconfirmed user is reported at once; with it, only once the password is right
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-managing-errors.html).
   */
  static void checkBeforePassword(ClientRef client, User user) {
    if (!user.enabled()) {
      throw CognitoErrors.userDisabled();
    }
    if (!hidesExistence(client) && user.status() == UserStatusType.UNCONFIRMED) {
      throw CognitoErrors.userNotConfirmed();
    }
    if (user.status() == UserStatusType.RESET_REQUIRED) {
      throw CognitoErrors.passwordResetRequired();
    }
  }

  /**
   * Checks a DEVICE_KEY the client sent. An unknown one is refused with the exact error Amplify
   * looks for before it forgets the key and tries again.
   */
  static @Nullable String knownDeviceKey(User user, @Nullable String deviceKey) {
    if (deviceKey != null && !user.devices().containsKey(deviceKey)) {
      throw CognitoErrors.deviceNotFound();
    }
    return deviceKey;
  }

  /*
   * The service's enum value sets, as the current model lists them. Spelled out rather than taken
   * from the SDK's knownValues(): Cognito's message does not depend on the caller's SDK version.
   */
  private static final String AUTH_FLOWS = "[USER_SRP_AUTH, REFRESH_TOKEN_AUTH, REFRESH_TOKEN, CUSTOM_AUTH, "
      + "ADMIN_NO_SRP_AUTH, USER_PASSWORD_AUTH, ADMIN_USER_PASSWORD_AUTH, USER_AUTH]";
  private static final String CHALLENGE_NAMES = "[SMS_MFA, EMAIL_OTP, SOFTWARE_TOKEN_MFA, SELECT_MFA_TYPE, "
      + "MFA_SETUP, PASSWORD_VERIFIER, CUSTOM_CHALLENGE, SELECT_CHALLENGE, DEVICE_SRP_AUTH, "
      + "DEVICE_PASSWORD_VERIFIER, ADMIN_NO_SRP_AUTH, NEW_PASSWORD_REQUIRED, SMS_OTP, PASSWORD, WEB_AUTHN, "
      + "PASSWORD_SRP]";

  private static AuthFlowType flow(@Nullable AuthFlowType flow, @Nullable String raw) {
    if (raw == null) {
      throw CognitoErrors.notNull("authFlow");
    }
    if (flow == null || flow == AuthFlowType.UNKNOWN_TO_SDK_VERSION) {
      throw CognitoErrors.constraint("authFlow", raw, "Member must satisfy enum value set: " + AUTH_FLOWS);
    }
    return flow;
  }

  private static ChallengeNameType challenge(@Nullable ChallengeNameType challenge, @Nullable String raw) {
    if (raw == null) {
      throw CognitoErrors.notNull("challengeName");
    }
    if (challenge == null || challenge == ChallengeNameType.UNKNOWN_TO_SDK_VERSION) {
      throw CognitoErrors.constraint("challengeName", raw,
          "Member must satisfy enum value set: " + CHALLENGE_NAMES);
    }
    return challenge;
  }

  static void requireFlow(ClientRef client, String message, ExplicitAuthFlowsType... accepted) {
    List<ExplicitAuthFlowsType> enabled = client.client().explicitAuthFlows();
    for (ExplicitAuthFlowsType flow : accepted) {
      if (enabled.contains(flow)) {
        return;
      }
    }
    throw CognitoErrors.invalidParameter(message);
  }

  static void requireCustom(ClientRef client) {
    if (usesAllowFlows(client)) {
      requireFlow(client, "CUSTOM_AUTH flow not enabled for this client", ExplicitAuthFlowsType.ALLOW_CUSTOM_AUTH);
    }
  }

  /** Clients configured with the legacy flow names only always allowed SRP. */
  static void requireSrp(ClientRef client) {
    if (usesAllowFlows(client)) {
      requireFlow(client, "USER_SRP_AUTH flow not enabled for this client", ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH);
    }
  }

  static boolean usesAllowFlows(ClientRef client) {
    return client.client().explicitAuthFlows().stream().anyMatch(f -> f.toString().startsWith("ALLOW_"));
  }

  static Duration sessionValidity(ClientRef client) {
    Integer minutes = ModelSupport.AUTH_SESSION_VALIDITY ? client.client().authSessionValidity() : null;
    return Duration.ofMinutes(minutes == null ? 3 : minutes);
  }

  /**
   * Flows and challenges this version does not model yet fail loudly rather than pretend: a test
   * that needs them should see at once that the fake cannot answer for Cognito here.
   */
  static UnsupportedOperationException notYetSupported(String what) {
    return new UnsupportedOperationException("fake-cognito does not support " + what + " yet");
  }
}
