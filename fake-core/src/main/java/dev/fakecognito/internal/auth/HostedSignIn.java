package dev.fakecognito.internal.auth;

import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.Backend.ClientRef;
import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.mfa.MfaOperations;
import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.risk.RiskOperations;
import dev.fakecognito.internal.tokens.ClaimsOverride;
import dev.fakecognito.internal.tokens.TokenService;
import dev.fakecognito.internal.triggers.TokenCustomization;
import dev.fakecognito.internal.users.User;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AssociateSoftwareTokenRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AssociateSoftwareTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenResponse;

/**
 * Sign-in through managed login's pages: the same checks, triggers, lock-out, auth events and
 * threat protection as USER_PASSWORD_AUTH, with the trigger sources of the hosted pages
 * ({@code TokenGeneration_HostedAuth}). The end user's IP address is always known here, since the
 * browser talks to the pages itself, and is recorded like an API call's context data.
 */
public final class HostedSignIn {

  /** The operation name under which a sign-in on the pages is recorded. */
  public static final String RECORDED_OPERATION = "ManagedLogin";

  /**
   * A sign-in that ended in tokens to issue, or in a further step the pages must ask for.
   *
   * @param user the user, when signed in
   * @param session the new session, when signed in
   * @param changes Pre token generation's changes, when signed in
   * @param challengeName the next step Cognito would ask for, such as {@code NEW_PASSWORD_REQUIRED}
   * @param challengeSession the step's session, for answering it
   * @param challengeParameters the step's parameters, such as CODE_DELIVERY_DESTINATION or
   *     MFAS_CAN_CHOOSE
   */
  public record Result(
      User.@Nullable Snapshot user,
      TokenService.@Nullable Session session,
      @Nullable ClaimsOverride changes,
      @Nullable String challengeName,
      @Nullable String challengeSession,
      Map<String, String> challengeParameters) {

    public Result(User.@Nullable Snapshot user, TokenService.@Nullable Session session,
        @Nullable ClaimsOverride changes, @Nullable String challengeName, @Nullable String challengeSession) {
      this(user, session, changes, challengeName, challengeSession, Map.of());
    }

    public boolean signedIn() {
      return user != null;
    }
  }

  private final Backend backend;
  private final AuthOperations auth;

  public HostedSignIn(Backend backend) {
    this.backend = backend;
    this.auth = new AuthOperations(backend);
  }

  /**
   * Checks a username and password typed into the sign-in page.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException
   *     as InitiateAuth with USER_PASSWORD_AUTH would, whose message the page shows
   */
  public Result signIn(ClientRef client, String username, String password, String ip, @Nullable String encodedData) {
    backend.recorder().recordHosted(RECORDED_OPERATION, client, username, ip, encodedData);
    Call call = new Call(ip, Map.of(), true);
    RiskOperations.checkAddress(client.pool(), client.clientId(), ip);
    Next next = auth.passwordStep(client, username, password, null, call, "TokenGeneration_HostedAuth");
    return result(next);
  }

  /**
   * Answers NEW_PASSWORD_REQUIRED with the password typed into the change-password page.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException
   *     as RespondToAuthChallenge would, whose message the page shows
   */
  public Result newPassword(ClientRef client, String session, String username, String newPassword, String ip) {
    backend.recorder().recordHosted(RECORDED_OPERATION, client, username, ip, null);
    Call call = new Call(ip, Map.of(), false);
    Map<String, String> responses = answer(client, session, username, "NEW_PASSWORD", newPassword);
    return result(auth.newPasswordAnswered(client, session, responses, call, "TokenGeneration_HostedAuth"));
  }

  /** The challenges whose code the MFA page asks for. */
  public static final java.util.List<String> MFA_CODE_CHALLENGES = java.util.List.of("SMS_MFA", "SOFTWARE_TOKEN_MFA",
      "EMAIL_OTP");

  /**
   * Answers an SMS, email or software token MFA challenge with the code typed into the MFA page.
   *
   * @param challengeName one of {@link #MFA_CODE_CHALLENGES}
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException
   *     as RespondToAuthChallenge would, whose message the page shows
   */
  public Result mfaCode(ClientRef client, String challengeName, String session, String username, String code,
      String ip) {
    if (!MFA_CODE_CHALLENGES.contains(challengeName)) {
      throw CognitoErrors.invalidSession();
    }
    backend.recorder().recordHosted(RECORDED_OPERATION, client, username, ip, null);
    Call call = new Call(ip, Map.of(), false);
    ChallengeNameType challenge = ChallengeNameType.fromValue(challengeName);
    String codeName = challengeName.equals("EMAIL_OTP") ? "EMAIL_OTP_CODE" : challengeName + "_CODE";
    Map<String, String> responses = answer(client, session, username, codeName, code);
    return result(auth.mfa().answered(client, challenge, session, responses, call, "TokenGeneration_HostedAuth"));
  }

  /**
   * A challenge answer as the API would carry it; the pages hold the client's secret themselves,
   * so they add the SECRET_HASH a client with a secret must send.
   */
  private Map<String, String> answer(ClientRef client, String session, String username, String name, String value) {
    Map<String, String> responses = new java.util.HashMap<>();
    responses.put("USERNAME", username);
    responses.put(name, value);
    AuthSessions.Pending pending = backend.sessions().get(session, client.clientId());
    if (!client.secrets().isEmpty() && pending.username() != null) {
      responses.put("SECRET_HASH",
          dev.fakecognito.internal.users.SecretHashes.compute(client.secrets().get(0), pending.username(),
              client.clientId()));
    }
    return responses;
  }

  /**
   * A new software token for the user of an MFA_SETUP step, as AssociateSoftwareToken with the
   * step's Session hands it out.
   *
   * @param secret the token's key in Base32, as AssociateSoftwareToken's SecretCode
   * @param session the step's new session; the old one no longer works
   * @param otpauth the key as an {@code otpauth://totp/} URI for authenticator apps
   */
  public record TotpSetup(String secret, String session, String otpauth) {}

  /**
   * Starts setting up a software token for an MFA_SETUP step.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException
   *     as AssociateSoftwareToken would, whose message the page shows
   */
  public TotpSetup associateSoftwareToken(ClientRef client, String session, String username, String ip) {
    backend.recorder().recordHosted(RECORDED_OPERATION, client, username, ip, null);
    requireStep(client, session, ChallengeNameType.MFA_SETUP);
    AssociateSoftwareTokenResponse associated = new MfaOperations(backend).associateSoftwareToken(
        AssociateSoftwareTokenRequest.builder().session(session).build());
    return new TotpSetup(associated.secretCode(), associated.session(),
        otpauth(client, username, associated.secretCode()));
  }

  /**
   * A software token key as an {@code otpauth://totp/} URI, labelled with the pool's name and the
   * username (assumed: what Cognito's pages put in the QR code they show is not documented).
   */
  public static String otpauth(ClientRef client, String username, String secret) {
    String issuer = client.pool().config().name();
    return "otpauth://totp/" + uriPart(issuer) + ":" + uriPart(username) + "?secret=" + uriPart(secret)
        + "&issuer=" + uriPart(issuer);
  }

  /**
   * Answers MFA_SETUP with the first code of the new software token: verifies the token as
   * VerifySoftwareToken with the step's Session does, which turns TOTP on, then answers the step.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException
   *     as VerifySoftwareToken or RespondToAuthChallenge would, whose message the page shows
   */
  public Result mfaSetup(ClientRef client, String session, String username, String code, String ip) {
    backend.recorder().recordHosted(RECORDED_OPERATION, client, username, ip, null);
    requireStep(client, session, ChallengeNameType.MFA_SETUP);
    VerifySoftwareTokenResponse verified = new MfaOperations(backend).verifySoftwareToken(
        VerifySoftwareTokenRequest.builder().session(session).userCode(code).build());
    Call call = new Call(ip, Map.of(), false);
    Map<String, String> responses = answer(client, verified.session(), username, "USERNAME", username);
    return result(auth.mfa().setupAnswered(client, verified.session(), responses, call,
        "TokenGeneration_HostedAuth"));
  }

  /**
   * Answers SELECT_MFA_TYPE with the factor chosen on the page, which starts that factor's challenge.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException
   *     as RespondToAuthChallenge would, whose message the page shows
   */
  public Result selectMfa(ClientRef client, String session, String username, String factor, String ip) {
    backend.recorder().recordHosted(RECORDED_OPERATION, client, username, ip, null);
    Map<String, String> responses = answer(client, session, username, "ANSWER", factor);
    Outcome chosen = auth.mfa().select(client, session, responses);
    return new Result(null, null, null, chosen.challengeName(), chosen.session(), chosen.challengeParameters());
  }

  /** Checks that a session is one of this client's, waiting for {@code step}. */
  private void requireStep(ClientRef client, String session, ChallengeNameType step) {
    if (!backend.sessions().get(session, client.clientId()).challengeName().equals(step.toString())) {
      throw CognitoErrors.invalidSession();
    }
  }

  private static String uriPart(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static Result result(Next next) {
    if (next.challenge() != null) {
      return new Result(null, null, null, next.challenge().challengeName(), next.challenge().session(),
          next.challenge().challengeParameters());
    }
    Completion done = next.completion();
    return new Result(done.user(), done.session(), done.changes(), null, null);
  }

  /**
   * A sign-in from the session cookie, without the form: the user must still exist and be enabled.
   * Only Pre token generation runs (assumed: Cognito does not document which triggers a silent
   * sign-in fires).
   *
   * @return the result, or null if the session no longer stands
   */
  public @Nullable Result resume(ClientRef client, String username, String sub, Instant authTime) {
    UserPool pool = client.pool();
    User.Snapshot snapshot;
    pool.lock().lock();
    try {
      User user = pool.byUsername(username);
      if (user == null || !user.sub().equals(sub) || !user.enabled()) {
        return null;
      }
      snapshot = user.snapshot();
    } finally {
      pool.lock().unlock();
    }
    ClaimsOverride changes = TokenCustomization.ask(backend, client, snapshot, "TokenGeneration_HostedAuth", Map.of());
    String id = dev.fakecognito.internal.util.Ids.uuid();
    return new Result(snapshot, new TokenService.Session(authTime, id, id, null), changes, null, null);
  }
}
