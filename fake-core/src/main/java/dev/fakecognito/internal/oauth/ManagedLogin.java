package dev.fakecognito.internal.oauth;

import com.nimbusds.jose.util.JSONObjectUtils;
import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.Backend.ClientRef;
import dev.fakecognito.internal.auth.HostedSignIn;
import dev.fakecognito.internal.federation.ExternalIdentity;
import dev.fakecognito.internal.federation.IdentityProvider;
import dev.fakecognito.internal.federation.SamlSignIn;
import dev.fakecognito.internal.oauth.WebExchange.Reply;
import dev.fakecognito.internal.oauth.WebExchange.Request;
import dev.fakecognito.internal.tokens.RevocationOperations;
import dev.fakecognito.internal.tokens.TokenService;
import dev.fakecognito.internal.users.User;
import dev.fakecognito.internal.util.Ids;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RevokeTokenRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnsupportedTokenTypeException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/**
 * Managed login's browser endpoints for the pool's own users (the classic hosted UI):
 * {@code GET /oauth2/authorize}, {@code GET|POST /login}, {@code GET /logout}, {@code GET /error},
 * {@code GET|POST /oauth2/userInfo} and {@code POST /oauth2/revoke}
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/federation-endpoints.html), and the
 * sign-up and password reset pages of {@link SelfServicePages}. The pool is
 * the app client's, since every pool shares the one origin; the {@code cognito} session cookie
 * therefore names a server-side session that holds one sign-in per pool.
 *
 * <h2>Authorize</h2>
 *
 * <p>Without a known client and a redirect_uri that is exactly one of its CallbackURLs, the browser
 * is sent to the error page ({@code /error?error=redirect_mismatch}), never to the redirect_uri.
 * Later problems are redirected there with {@code error} and {@code error_description}:
 * {@code invalid_request}, {@code unsupported_response_type}, {@code unauthorized_client} and
 * {@code invalid_scope}. A browser with a live session for the pool gets its code or tokens at
 * once; others go to {@code /login} with the same query.
 *
 * <h2>Further sign-in steps</h2>
 *
 * <p>After the password, the pages ask for what Cognito's challenge asks: a new password, an SMS,
 * email or authenticator code, a choice among several MFA factors (SELECT_MFA_TYPE), or the set-up
 * of an authenticator (MFA_SETUP, as AssociateSoftwareToken and VerifySoftwareToken with the
 * step's Session). Every page has the app client's classic hosted UI branding ({@code
 * LoginPages.Look}).
 *
 * <h2>External identity providers</h2>
 *
 * <p>With {@code identity_provider} or {@code idp_identifier} naming one of the client's external
 * identity providers, the browser goes on to that provider instead, and comes back to {@code
 * /oauth2/idpresponse} (OIDC and social) or {@code POST /saml2/idpresponse} (SAML, which may also
 * start there, IdP-initiated) ({@link FederatedLogin}); a provider the client does not support gets the
 * sign-in page with Cognito's "Login option is not available" message. The sign-in page shows a
 * button for each of the client's providers, and only those for a client without {@code COGNITO}.
 * {@code /logout} of a sign-in through a SAML provider with {@code IDPSignout} goes by the IdP's
 * single logout endpoint and ends at {@code POST /saml2/logout}.
 *
 * <h2>Codes and sessions</h2>
 *
 * <p>A sign-in issues its tokens at once (Pre token generation runs with {@code
 * TokenGeneration_HostedAuth}); an authorization code holds them for five minutes on the fake's
 * clock and is given out once. The session cookie's sign-in lasts an hour on the fake's clock.
 * Neither is pool state the API can see, so neither is part of the state snapshot.
 */
public final class ManagedLogin {

  static final String AUTHORIZE = "/oauth2/authorize";
  static final String LOGIN = "/login";
  static final String LOGOUT = "/logout";
  static final String ERROR = "/error";
  static final String USER_INFO = "/oauth2/userInfo";
  static final String REVOKE = "/oauth2/revoke";

  private static final Duration CODE_VALIDITY = Duration.ofMinutes(5);
  private static final Duration SESSION_VALIDITY = Duration.ofHours(1);
  /** How long a sign-out waits for the IdP's LogoutResponse (assumed). */
  private static final Duration LOGOUT_VALIDITY = Duration.ofMinutes(10);
  private static final String SESSION_COOKIE = "cognito";
  private static final String CSRF_COOKIE = "XSRF-TOKEN";
  private static final List<String> ATTRIBUTE_SCOPES = List.of("email", "phone", "profile");

  /**
   * An authorization code waiting to be redeemed.
   *
   * @param challenge the PKCE S256 code challenge, or null
   */
  record Code(String clientId, String redirectUri, @Nullable String challenge, AuthenticationResultType tokens,
      Instant expiresAt) {}

  /**
   * One pool's sign-in under a session cookie.
   *
   * @param saml the SAML identity it signed in with, or null
   */
  private record SignIn(String username, String sub, Instant authTime, Instant expiresAt,
      @Nullable SamlIdentity saml) {}

  /** The SAML provider and NameID of a sign-in, for single logout. */
  private record SamlIdentity(String providerName, String nameId) {}

  /**
   * A sign-out waiting for the SAML IdP's LogoutResponse.
   *
   * @param sessionId the session cookie whose sign-in ends
   * @param requestId the LogoutRequest's ID
   * @param target where the browser goes once signed out
   */
  private record PendingLogout(String poolId, String sessionId, String providerName, String requestId,
      String target, Instant expiresAt) {}

  private final Backend backend;
  private final HostedSignIn signIn;
  private final ConcurrentHashMap<String, Code> codes = new ConcurrentHashMap<>();
  /** Sign-ins by session cookie value, then by pool ID. */
  private final ConcurrentHashMap<String, ConcurrentHashMap<String, SignIn>> sessions = new ConcurrentHashMap<>();
  /** Sign-outs waiting for a SAML IdP, by the RelayState sent with the LogoutRequest. */
  private final ConcurrentHashMap<String, PendingLogout> logouts = new ConcurrentHashMap<>();

  private final SelfServicePages selfService;
  private final FederatedLogin federation;

  public ManagedLogin(Backend backend) {
    this.backend = backend;
    this.signIn = new HostedSignIn(backend);
    this.selfService = new SelfServicePages(backend, signIn);
    this.federation = new FederatedLogin(backend, this::completeFederated);
  }

  /** Whether this serves {@code path}. */
  public static boolean serves(String path) {
    return switch (path) {
      case AUTHORIZE, LOGIN, LOGOUT, ERROR, USER_INFO, REVOKE -> true;
      case FederatedLogin.OIDC_RESPONSE, SamlSignIn.ACS_PATH, SamlSignIn.SLO_PATH -> true;
      case SelfServicePages.SIGN_UP, SelfServicePages.CONFIRM, SelfServicePages.FORGOT_PASSWORD,
          SelfServicePages.CONFIRM_FORGOT_PASSWORD -> true;
      default -> false;
    };
  }

  /** Answers one request to a path {@link #serves} accepts. */
  public Reply handle(Request request) {
    String method = request.method();
    boolean get = method.equals("GET") || method.equals("HEAD");
    return switch (request.path()) {
      case AUTHORIZE -> get ? authorize(request) : notAllowed();
      case LOGIN -> get ? loginPage(request) : method.equals("POST") ? login(request) : notAllowed();
      case LOGOUT -> get ? logout(request) : notAllowed();
      case ERROR -> errorPage(request);
      case USER_INFO -> get || method.equals("POST") ? userInfo(request) : notAllowed();
      case REVOKE -> method.equals("POST") ? revoke(request) : notAllowed();
      case FederatedLogin.OIDC_RESPONSE -> get ? federation.oidcResponse(request) : notAllowed();
      case SamlSignIn.ACS_PATH -> method.equals("POST") ? samlResponse(request) : notAllowed();
      case SamlSignIn.SLO_PATH -> method.equals("POST") ? samlLogoutResponse(request) : notAllowed();
      case SelfServicePages.SIGN_UP, SelfServicePages.CONFIRM, SelfServicePages.FORGOT_PASSWORD,
          SelfServicePages.CONFIRM_FORGOT_PASSWORD -> get || method.equals("POST")
              ? selfService(request, get) : notAllowed();
      default -> Reply.html(404, LoginPages.message("Not found", "Nothing is served here."));
    };
  }

  /**
   * Takes an authorization code for redemption: it is gone afterwards, whatever the redemption's
   * outcome. Null if it is unknown, used or expired.
   */
  @Nullable Code redeem(String code) {
    Code found = codes.remove(code);
    return found == null || !backend.clock().instant().isBefore(found.expiresAt()) ? null : found;
  }

  /* ---- Authorize ---- */

  /** A validated authorize request. */
  private record Authorization(ClientRef client, String responseType, String redirectUri, @Nullable String state,
      List<String> scopes, @Nullable String challenge, @Nullable String nonce) {}

  /** A request that cannot go on, and the answer that says so. */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Reply reply;

    Refused(Reply reply) {
      super(null, null, false, false);
      this.reply = reply;
    }
  }

  private Reply authorize(Request request) {
    Authorization authorization;
    try {
      authorization = authorization(request.query());
    } catch (Refused e) {
      return e.reply;
    }
    Map<String, String> query = Forms.parse(request.query());
    if (FederatedLogin.requested(query)) {
      return federated(authorization, query, request);
    }
    String cookie = request.cookie(SESSION_COOKIE);
    Map<String, SignIn> pools = cookie == null ? null : sessions.get(cookie);
    SignIn existing = pools == null ? null : pools.get(authorization.client().pool().id());
    if (existing != null && backend.clock().instant().isBefore(existing.expiresAt())) {
      HostedSignIn.Result resumed;
      try {
        resumed = signIn.resume(authorization.client(), existing.username(), existing.sub(), existing.authTime());
      } catch (CognitoIdentityProviderException e) {
        return errorRedirect(authorization, "server_error", e.awsErrorDetails().errorMessage());
      }
      if (resumed != null) {
        return complete(authorization, resumed, request, cookie, existing.saml());
      }
    }
    Reply reply = Reply.redirect(LOGIN + "?" + request.query());
    if (request.cookie(CSRF_COOKIE) == null) {
      reply.cookie(csrfCookie(Ids.uuid()));
    }
    return reply;
  }

  /**
   * Checks an authorize (or login) query. Until the client and redirect_uri are known the browser
   * goes to the error page; after that, errors go back to the redirect_uri.
   */
  private Authorization authorization(String query) {
    Map<String, String> q = Forms.parse(query);
    if (q == null) {
      throw new Refused(Reply.redirect(ERROR + "?error=invalid_request"));
    }
    String clientId = q.get("client_id");
    if (clientId == null || clientId.isEmpty()) {
      throw new Refused(Reply.redirect(ERROR + "?error=invalid_request"));
    }
    ClientRef client;
    try {
      client = backend.client(clientId);
    } catch (CognitoIdentityProviderException e) {
      throw new Refused(Reply.redirect(ERROR + "?error=redirect_mismatch&client_id=" + encode(clientId)));
    }
    UserPoolClientType settings = client.client();
    String redirectUri = q.get("redirect_uri");
    if (redirectUri == null || !settings.callbackURLs().contains(redirectUri)) {
      throw new Refused(Reply.redirect(ERROR + "?error=redirect_mismatch&client_id=" + encode(clientId)));
    }
    String responseType = q.get("response_type");
    String state = q.get("state");
    Authorization partial = new Authorization(client, responseType == null ? "code" : responseType, redirectUri,
        state, List.of(), null, null);
    if (responseType == null || responseType.isEmpty()) {
      throw new Refused(errorRedirect(partial, "invalid_request", "response_type is required"));
    }
    if (!responseType.equals("code") && !responseType.equals("token")) {
      throw new Refused(errorRedirect(partial, "unsupported_response_type", "unsupported response_type"));
    }
    String flow = responseType.equals("code") ? OAuthClientSettings.CODE : OAuthClientSettings.IMPLICIT;
    if (!Boolean.TRUE.equals(settings.allowedOAuthFlowsUserPoolClient())
        || !settings.allowedOAuthFlowsAsStrings().contains(flow)) {
      throw new Refused(errorRedirect(partial, "unauthorized_client", "Client is not enabled for OAuth2.0 flows."));
    }
    if (!FederatedLogin.requested(q) && !settings.supportedIdentityProviders().contains(OAuthClientSettings.COGNITO)
        && FederatedLogin.providers(client).isEmpty()) {
      throw new Refused(errorRedirect(partial, "unauthorized_client", "identity provider is not supported"));
    }
    String challenge = q.get("code_challenge");
    String method = q.get("code_challenge_method");
    if (challenge != null || method != null) {
      // Cognito supports only S256 ("plain" is refused).
      if (challenge == null || challenge.isEmpty() || method == null || !method.equals("S256")) {
        throw new Refused(errorRedirect(partial, "invalid_request", "invalid code_challenge or code_challenge_method"));
      }
    }
    List<String> allowed = settings.allowedOAuthScopes();
    List<String> scopes = new ArrayList<>();
    String requested = q.get("scope");
    if (requested == null || requested.isBlank()) {
      scopes.addAll(allowed);
    } else {
      for (String scope : requested.trim().split("[ +]+")) {
        if (!allowed.contains(scope)) {
          throw new Refused(errorRedirect(partial, "invalid_scope", "invalid_scope"));
        }
        if (!scopes.contains(scope)) {
          scopes.add(scope);
        }
      }
    }
    boolean needsOpenid = scopes.stream().anyMatch(ATTRIBUTE_SCOPES::contains);
    if (scopes.isEmpty() || (needsOpenid && !scopes.contains("openid"))) {
      throw new Refused(errorRedirect(partial, "invalid_scope", "invalid_scope"));
    }
    return new Authorization(client, responseType, redirectUri, state, List.copyOf(scopes), challenge,
        q.get("nonce"));
  }

  /* ---- Federated sign-in ---- */

  /**
   * Sends the browser on to the external identity provider the authorize request names; a
   * provider that the pool lacks or the client does not support gets the sign-in page with
   * Cognito's message.
   */
  private Reply federated(Authorization authorization, Map<String, String> query, Request request) {
    var provider = FederatedLogin.provider(authorization.client(), query);
    if (provider == null) {
      return signInPage(authorization, request, FederatedLogin.withoutProvider(request.query()),
          "Login option is not available. Please try another one.");
    }
    return federation.begin(authorization.client(), provider, authorization.responseType(),
        authorization.redirectUri(), authorization.state(), authorization.scopes(), authorization.challenge(),
        authorization.nonce(), request);
  }

  /**
   * {@code POST /saml2/idpresponse}: a SAML IdP posts SAMLResponse and RelayState. A RelayState
   * that names a pending authorize request answers SP-initiated sign-in; otherwise it must hold
   * the authorize parameters of an IdP-initiated sign-in (response_type, client_id,
   * redirect_uri, identity_provider or idp_identifier, scope), checked as authorize checks them
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/saml2-idpresponse-endpoint.html).
   */
  private Reply samlResponse(Request request) {
    Map<String, String> form = Forms.parse(new String(request.body(), StandardCharsets.UTF_8));
    String samlResponse = form == null ? null : form.get("SAMLResponse");
    if (samlResponse == null || samlResponse.isEmpty()) {
      return Reply.redirect(ERROR + "?error=invalid_request");
    }
    String relayState = form.get("RelayState");
    var kept = federation.take(relayState);
    if (kept != null) {
      return federation.samlResponse(request, kept, samlResponse);
    }
    // Assumed: an unknown RelayState that is no authorize query ends on the error page, since
    // there is no app to send the browser back to.
    Authorization authorization;
    try {
      authorization = authorization(relayState == null ? "" : relayState);
    } catch (Refused e) {
      return e.reply;
    }
    Map<String, String> query = Forms.parse(relayState);
    var provider = query == null ? null : FederatedLogin.provider(authorization.client(), query);
    if (provider == null || !provider.type().equals("SAML")) {
      // The wording is assumed.
      return errorRedirect(authorization, "invalid_request", "Invalid samlResponse or relayState from identity "
          + "provider");
    }
    return federation.unsolicitedSamlResponse(request, authorization.client(), provider,
        authorization.responseType(), authorization.redirectUri(), authorization.state(), authorization.scopes(),
        authorization.nonce(), samlResponse);
  }

  /** Issues the code or tokens of a federated sign-in, as for the sign-in page. */
  private Reply completeFederated(dev.fakecognito.internal.federation.PendingAuthorization pending,
      HostedSignIn.Result result, Request request, ExternalIdentity identity) {
    ClientRef client;
    try {
      client = backend.client(pending.clientId());
    } catch (CognitoIdentityProviderException e) {
      return FederatedLogin.fail(pending, "invalid_request", e.awsErrorDetails().errorMessage());
    }
    Authorization authorization = new Authorization(client, pending.responseType(), pending.redirectUri(),
        pending.state(), pending.scopes(), pending.challenge(), pending.nonce());
    IdentityProvider provider = client.pool().identityProviders().get(identity.providerName());
    SamlIdentity saml = provider != null && provider.type().equals("SAML")
        ? new SamlIdentity(provider.name(), identity.userId()) : null;
    return complete(authorization, result, request, request.cookie(SESSION_COOKIE), saml);
  }

  /** Sends an error back to the redirect_uri: in the query, or in the fragment for the implicit grant. */
  private static Reply errorRedirect(Authorization authorization, String error, String description) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("error_description", description);
    if (authorization.state() != null) {
      parameters.put("state", authorization.state());
    }
    parameters.put("error", error);
    boolean fragment = authorization.responseType().equals("token");
    return Reply.redirect(append(authorization.redirectUri(), parameters, fragment));
  }

  /* ---- Sign-up and password reset pages ---- */

  private Reply selfService(Request request, boolean get) {
    String query = SelfServicePages.authorizeQuery(request.query());
    Authorization authorization;
    try {
      authorization = authorization(query);
    } catch (Refused e) {
      return e.reply;
    }
    LoginPages.Look look = LoginPages.Look.of(authorization.client(), request.query());
    Reply federatedOnly = providersOnly(authorization, request);
    if (federatedOnly != null) {
      return federatedOnly;
    }
    String csrf = request.cookie(CSRF_COOKIE);
    if (get) {
      Reply reply;
      if (csrf == null) {
        csrf = Ids.uuid();
        reply = selfService.page(request, query, authorization.client(), csrf).cookie(csrfCookie(csrf));
      } else {
        reply = selfService.page(request, query, authorization.client(), csrf);
      }
      return reply;
    }
    Map<String, String> form = form(request);
    if (form == null) {
      return forbidden();
    }
    SelfServicePages.Outcome outcome = selfService.post(request, query, authorization.client(), csrf, form);
    if (outcome.reply() != null) {
      return outcome.reply();
    }
    return finish(authorization, outcome.signIn(), request, query, csrf, outcome.username());
  }

  /* ---- Sign-in page ---- */

  private Reply loginPage(Request request) {
    Authorization authorization;
    try {
      authorization = authorization(request.query());
    } catch (Refused e) {
      return e.reply;
    }
    Reply federatedOnly = providersOnly(authorization, request);
    if (federatedOnly != null) {
      return federatedOnly;
    }
    return signInPage(authorization, request, request.query(), null);
  }

  /**
   * The sign-in form for {@code query}, with the client's provider buttons and {@code error} if
   * given; a browser without an {@code XSRF-TOKEN} cookie gets one.
   */
  private static Reply signInPage(Authorization authorization, Request request, String query, @Nullable String error) {
    String csrf = request.cookie(CSRF_COOKIE);
    boolean fresh = csrf == null;
    if (fresh) {
      csrf = Ids.uuid();
    }
    String page = LoginPages.signIn(LoginPages.Look.of(authorization.client(), query), query, csrf, error, null);
    Reply reply = Reply.html(200, withProviderButtons(authorization, request, page));
    return fresh ? reply.cookie(csrfCookie(csrf)) : reply;
  }

  /**
   * For a client whose users sign in only through external identity providers, the page with
   * their buttons; null for a client that supports the pool's own users.
   */
  private static @Nullable Reply providersOnly(Authorization authorization, Request request) {
    if (authorization.client().client().supportedIdentityProviders().contains(OAuthClientSettings.COGNITO)) {
      return null;
    }
    return Reply.html(200, LoginPages.providersOnly(
        LoginPages.Look.of(authorization.client(), request.query()), providerSection(authorization, request)));
  }

  /** The sign-in page with buttons for the client's external identity providers, if it has any. */
  private static String withProviderButtons(Authorization authorization, Request request, String page) {
    Map<String, String> providers = FederatedLogin.providers(authorization.client());
    return providers.isEmpty() ? page : LoginPages.withProviderButtons(page, providerSection(authorization, request));
  }

  /** The provider buttons, and the corporate e-mail field when a provider has IdP identifiers. */
  private static String providerSection(Authorization authorization, Request request) {
    String query = FederatedLogin.withoutProvider(request.query());
    String buttons = LoginPages.providerButtons(query, FederatedLogin.providers(authorization.client()));
    return FederatedLogin.routesByEmail(authorization.client()) ? buttons + LoginPages.corporateEmail(query)
        : buttons;
  }

  private Reply login(Request request) {
    Authorization authorization;
    try {
      authorization = authorization(request.query());
    } catch (Refused e) {
      return e.reply;
    }
    Reply federatedOnly = providersOnly(authorization, request);
    if (federatedOnly != null) {
      return federatedOnly;
    }
    Map<String, String> form = form(request);
    String csrf = request.cookie(CSRF_COOKIE);
    if (form == null) {
      return forbidden();
    }
    String username = form.getOrDefault("username", "").trim();
    String ip = request.clientIp();
    ClientRef client = authorization.client();
    LoginPages.Look look = LoginPages.Look.of(client, request.query());
    HostedSignIn.Result result;
    if (form.containsKey("mfa_code") && form.containsKey("session") && form.containsKey("challenge")) {
      String session = form.get("session");
      String challenge = form.get("challenge");
      try {
        result = signIn.mfaCode(client, challenge, session, username, form.get("mfa_code").trim(), ip);
      } catch (CognitoIdentityProviderException e) {
        return Reply.html(200, LoginPages.mfaCode(look, request.query(), csrf, challenge, session, username,
            form.get("destination"), e.awsErrorDetails().errorMessage()));
      }
    } else if (form.containsKey("totp_code") && form.containsKey("session")) {
      String session = form.get("session");
      String secret = form.getOrDefault("totp_secret", "");
      try {
        result = signIn.mfaSetup(client, session, username, form.get("totp_code").trim(), ip);
      } catch (CognitoIdentityProviderException e) {
        return Reply.html(200, LoginPages.mfaSetup(look, request.query(), csrf, session, username, secret,
            HostedSignIn.otpauth(client, username, secret), e.awsErrorDetails().errorMessage()));
      }
    } else if (form.containsKey("mfa_type") && form.containsKey("session")) {
      String session = form.get("session");
      try {
        result = signIn.selectMfa(client, session, username, form.get("mfa_type"), ip);
      } catch (CognitoIdentityProviderException e) {
        return Reply.html(200, LoginPages.selectMfa(look, request.query(), csrf, session, username,
            choices(form.getOrDefault("mfa_choices", "")), e.awsErrorDetails().errorMessage()));
      }
    } else if (form.containsKey("new_password") && form.containsKey("session")) {
      String session = form.get("session");
      try {
        result = signIn.newPassword(client, session, username, form.get("new_password"), ip);
      } catch (CognitoIdentityProviderException e) {
        return Reply.html(200, LoginPages.newPassword(look, request.query(), csrf, session, username,
            e.awsErrorDetails().errorMessage()));
      } catch (UnsupportedOperationException e) {
        return Reply.html(200, LoginPages.message(look, "Sign in", e.getMessage()));
      }
    } else {
      String password = form.getOrDefault("password", "");
      if (username.isEmpty() || password.isEmpty()) {
        // Assumed wording; the real page checks this in the browser.
        return Reply.html(200, LoginPages.signIn(look, request.query(), csrf,
            "Username and password are required.", username));
      }
      try {
        result = signIn.signIn(client, username, password, ip, form.get("cognitoAsfData"));
      } catch (CognitoIdentityProviderException e) {
        return Reply.html(200, LoginPages.signIn(look, request.query(), csrf, e.awsErrorDetails().errorMessage(),
            username));
      } catch (UnsupportedOperationException e) {
        return Reply.html(200, LoginPages.message(look, "Sign in", e.getMessage()));
      }
    }
    return finish(authorization, result, request, request.query(), csrf, username);
  }

  /** Goes on after a sign-in: to the next step's page, or back to the client with the tokens. */
  private Reply finish(Authorization authorization, HostedSignIn.Result result, Request request, String query,
      String csrf, String username) {
    if (!result.signedIn()) {
      LoginPages.Look look = LoginPages.Look.of(authorization.client(), query);
      if ("NEW_PASSWORD_REQUIRED".equals(result.challengeName()) && result.challengeSession() != null) {
        return Reply.html(200, LoginPages.newPassword(look, query, csrf, result.challengeSession(), username, null));
      }
      if (HostedSignIn.MFA_CODE_CHALLENGES.contains(result.challengeName()) && result.challengeSession() != null) {
        return Reply.html(200, LoginPages.mfaCode(look, query, csrf, result.challengeName(),
            result.challengeSession(), username, result.challengeParameters().get("CODE_DELIVERY_DESTINATION"),
            null));
      }
      Reply step = mfaStep(authorization, result, request, query, csrf, username, look);
      if (step != null) {
        return step;
      }
      return Reply.html(200, LoginPages.message(look, "Sign in", "The managed login pages of fake-cognito do not "
          + "support the " + result.challengeName() + " step yet; sign in through the API instead."));
    }
    return complete(authorization, result, request, request.cookie(SESSION_COOKIE), null);
  }

  /**
   * The page of an MFA_SETUP step that can set up a software token, or of a SELECT_MFA_TYPE step;
   * null for other steps.
   */
  private @Nullable Reply mfaStep(Authorization authorization, HostedSignIn.Result result, Request request,
      String query, String csrf, String username, LoginPages.Look look) {
    String session = result.challengeSession();
    if (session == null) {
      return null;
    }
    if ("MFA_SETUP".equals(result.challengeName())
        && result.challengeParameters().getOrDefault("MFAS_CAN_SETUP", "").contains("\"SOFTWARE_TOKEN_MFA\"")) {
      HostedSignIn.TotpSetup setup;
      try {
        setup = signIn.associateSoftwareToken(authorization.client(), session, username, request.clientIp());
      } catch (CognitoIdentityProviderException e) {
        return Reply.html(200, LoginPages.message(look, "Sign in", e.awsErrorDetails().errorMessage()));
      }
      return Reply.html(200, LoginPages.mfaSetup(look, query, csrf, setup.session(), username, setup.secret(),
          setup.otpauth(), null));
    }
    if ("SELECT_MFA_TYPE".equals(result.challengeName())) {
      return Reply.html(200, LoginPages.selectMfa(look, query, csrf, session, username,
          choices(result.challengeParameters().getOrDefault("MFAS_CAN_CHOOSE", "")), null));
    }
    return null;
  }

  /** The factors of MFAS_CAN_CHOOSE ({@code ["SMS_MFA","EMAIL_OTP"]}), or of the select page's hidden field. */
  private static List<String> choices(String list) {
    List<String> choices = new ArrayList<>();
    for (String choice : list.replaceAll("[\\[\\]\"\\s]", "").split(",")) {
      if (!choice.isEmpty()) {
        choices.add(choice);
      }
    }
    return choices;
  }

  /** The posted form, or null if it is malformed or lacks the CSRF token of the cookie. */
  private static @Nullable Map<String, String> form(Request request) {
    Map<String, String> form = Forms.parse(new String(request.body(), StandardCharsets.UTF_8));
    String csrf = request.cookie(CSRF_COOKIE);
    return form == null || csrf == null || !csrf.equals(form.get("_csrf")) ? null : form;
  }

  private static Reply forbidden() {
    // Assumed: Cognito's answer to a missing or wrong CSRF token is not documented.
    return Reply.html(403, LoginPages.message("Forbidden", "Invalid or missing CSRF token."));
  }

  /** Issues the tokens of a sign-in, keeps the session, and sends the browser back to the client. */
  private Reply complete(Authorization authorization, HostedSignIn.Result result, Request request,
      @Nullable String cookie, @Nullable SamlIdentity saml) {
    ClientRef client = authorization.client();
    boolean code = authorization.responseType().equals("code");
    User.Snapshot user = result.user();
    AuthenticationResultType tokens = backend.tokens().issue(client, user, result.session(), code, result.changes(),
        new TokenService.OAuthGrant(authorization.scopes(), authorization.nonce()));
    Instant now = backend.clock().instant();
    forgetExpired(now);
    String sessionId = cookie != null && sessions.containsKey(cookie) ? cookie : Ids.uuid();
    SignIn kept = new SignIn(user.username(), user.sub(), result.session().authTime(), now.plus(SESSION_VALIDITY),
        saml);
    sessions.compute(sessionId, (id, pools) -> {
      ConcurrentHashMap<String, SignIn> updated = pools == null ? new ConcurrentHashMap<>() : pools;
      updated.put(client.pool().id(), kept);
      return updated;
    });
    Map<String, String> parameters = new LinkedHashMap<>();
    Reply reply;
    if (code) {
      String value = Ids.uuid();
      codes.put(value, new Code(client.clientId(), authorization.redirectUri(), authorization.challenge(), tokens,
          now.plus(CODE_VALIDITY)));
      parameters.put("code", value);
      if (authorization.state() != null) {
        parameters.put("state", authorization.state());
      }
      reply = Reply.redirect(append(authorization.redirectUri(), parameters, false));
    } else {
      if (tokens.idToken() != null) {
        parameters.put("id_token", tokens.idToken());
      }
      parameters.put("access_token", tokens.accessToken());
      parameters.put("expires_in", String.valueOf(tokens.expiresIn()));
      parameters.put("token_type", "Bearer");
      if (authorization.state() != null) {
        parameters.put("state", authorization.state());
      }
      reply = Reply.redirect(append(authorization.redirectUri(), parameters, true));
    }
    return reply.cookie(SESSION_COOKIE + "=" + sessionId + "; Path=/; HttpOnly; SameSite=Lax");
  }

  /** Drops codes and sign-ins that have expired, so that a long-lived fake does not collect them. */
  private void forgetExpired(Instant now) {
    codes.values().removeIf(code -> !now.isBefore(code.expiresAt()));
    selfService.forgetExpired(now);
    logouts.values().removeIf(logout -> !now.isBefore(logout.expiresAt()));
    for (String id : sessions.keySet()) {
      sessions.computeIfPresent(id, (key, pools) -> {
        pools.values().removeIf(signIn -> !now.isBefore(signIn.expiresAt()));
        return pools.isEmpty() ? null : pools;
      });
    }
  }

  private static String csrfCookie(String value) {
    return CSRF_COOKIE + "=" + value + "; Path=/; HttpOnly; SameSite=Lax";
  }

  /* ---- Logout and error page ---- */

  /**
   * {@code GET /logout}: ends the browser's sign-in to the client's pool and sends it to the
   * logout_uri, or to the sign-in page. A sign-in through a SAML provider with {@code IDPSignout}
   * first goes to the IdP with a LogoutRequest and ends when its LogoutResponse comes back to
   * {@code /saml2/logout}
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-saml-idp-sign-out.html).
   */
  private Reply logout(Request request) {
    Map<String, String> q = Forms.parse(request.query());
    String clientId = q == null ? null : q.get("client_id");
    ClientRef client;
    try {
      client = backend.client(clientId);
    } catch (CognitoIdentityProviderException e) {
      return Reply.redirect(ERROR + "?error=invalid_request");
    }
    String logoutUri = q.get("logout_uri");
    String target;
    if (logoutUri != null) {
      if (!client.client().logoutURLs().contains(logoutUri)) {
        return Reply.redirect(ERROR + "?error=redirect_mismatch&client_id=" + encode(client.clientId()));
      }
      target = logoutUri;
    } else if (q.get("redirect_uri") != null && q.get("response_type") != null) {
      target = LOGIN + "?" + request.query();
    } else {
      // Assumed: Cognito answers a logout without either with its error page.
      return Reply.redirect(ERROR + "?error=invalid_request&client_id=" + encode(client.clientId()));
    }
    String cookie = request.cookie(SESSION_COOKIE);
    Reply toIdp = cookie == null ? null : samlLogout(client, cookie, target);
    if (toIdp != null) {
      return toIdp;
    }
    if (cookie != null) {
      endSignIn(cookie, client.pool().id());
    }
    return signedOut(target);
  }

  /**
   * Sends the browser to the SAML IdP's single logout endpoint, if the session's sign-in to the
   * client's pool came through a provider that signs users out there; otherwise null.
   */
  private @Nullable Reply samlLogout(ClientRef client, String cookie, String target) {
    String poolId = client.pool().id();
    Map<String, SignIn> pools = sessions.get(cookie);
    SignIn current = pools == null ? null : pools.get(poolId);
    Instant now = backend.clock().instant();
    if (current == null || current.saml() == null || !now.isBefore(current.expiresAt())) {
      return null;
    }
    IdentityProvider provider = client.pool().identityProviders().get(current.saml().providerName());
    if (provider == null) {
      return null;
    }
    String relayState = Ids.uuid();
    SamlSignIn.Logout logout = federation.saml().startLogout(provider, poolId, current.saml().nameId(), relayState);
    if (logout == null) {
      return null;
    }
    forgetExpired(now);
    logouts.put(relayState, new PendingLogout(poolId, cookie, provider.name(), logout.requestId(), target,
        now.plus(LOGOUT_VALIDITY)));
    return Reply.redirect(logout.redirectUrl());
  }

  /**
   * {@code POST /saml2/logout}: the IdP posts its LogoutResponse and the RelayState of the
   * sign-out. A good answer ends the sign-in and sends the browser on to where {@code /logout} was
   * to send it. Assumed: an unknown RelayState, or a response that fails a check, ends on the error
   * page with the sign-in kept.
   */
  private Reply samlLogoutResponse(Request request) {
    Map<String, String> form = Forms.parse(new String(request.body(), StandardCharsets.UTF_8));
    String samlResponse = form == null ? null : form.get("SAMLResponse");
    String relayState = form == null ? null : form.get("RelayState");
    PendingLogout pending = relayState == null ? null : logouts.remove(relayState);
    if (pending == null || samlResponse == null || !backend.clock().instant().isBefore(pending.expiresAt())) {
      return Reply.redirect(ERROR + "?error=invalid_request");
    }
    var pool = backend.findPool(pending.poolId());
    IdentityProvider provider = pool == null ? null : pool.identityProviders().get(pending.providerName());
    if (provider == null
        || federation.saml().checkLogoutResponse(provider, samlResponse, pending.requestId()) != null) {
      return Reply.redirect(ERROR + "?error=invalid_request");
    }
    endSignIn(pending.sessionId(), pending.poolId());
    return signedOut(pending.target());
  }

  /** Forgets the sign-in to one pool under a session cookie. */
  private void endSignIn(String cookie, String poolId) {
    sessions.computeIfPresent(cookie, (id, pools) -> {
      pools.remove(poolId);
      return pools.isEmpty() ? null : pools;
    });
  }

  private static Reply signedOut(String target) {
    return Reply.redirect(target).cookie(SESSION_COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
  }

  private Reply errorPage(Request request) {
    Map<String, String> q = Forms.parse(request.query());
    String error = q == null ? null : q.get("error");
    String detail = error == null ? "" : " (" + error + ")";
    LoginPages.Look look = LoginPages.Look.NONE;
    String clientId = q == null ? null : q.get("client_id");
    if (clientId != null) {
      try {
        look = LoginPages.Look.of(backend.client(clientId), null);
      } catch (CognitoIdentityProviderException e) {
        // An unknown client: the page keeps the built-in look.
      }
    }
    return Reply.html(400, LoginPages.message(look, "Error", "An error was encountered with the requested page."
        + detail));
  }

  /* ---- userInfo and revoke ---- */

  private Reply userInfo(Request request) {
    String authorization = request.header("authorization");
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Reply.json(400, "{\"error\":\"invalid_request\"}")
          .header("WWW-Authenticate", "Bearer error=\"invalid_request\"");
    }
    TokenService.VerifiedAccess access;
    try {
      access = backend.tokens().verifyAnyScope(authorization.substring(7).trim());
    } catch (CognitoIdentityProviderException e) {
      return invalidToken(e.awsErrorDetails().errorMessage());
    }
    if (!access.scopes().contains("openid")) {
      return invalidToken("Access token does not contain openid scope");
    }
    var pool = backend.findPool(access.claims().userPoolId());
    Map<String, String> attributes;
    String username;
    if (pool == null) {
      return invalidToken("Access token is invalid");
    }
    pool.lock().lock();
    try {
      User user = pool.byUsername(access.claims().username());
      if (user == null || !user.sub().equals(access.claims().sub()) || !user.enabled()) {
        return invalidToken("Access token is invalid");
      }
      attributes = new LinkedHashMap<>(user.attributes());
      username = user.username();
    } finally {
      pool.lock().unlock();
    }
    ClientRef client;
    try {
      client = backend.client(access.claims().clientId());
    } catch (CognitoIdentityProviderException e) {
      return invalidToken("Access token is invalid");
    }
    List<String> readable = client.client().readAttributes();
    List<String> scopes = access.scopes();
    boolean all = scopes.stream().noneMatch(ATTRIBUTE_SCOPES::contains);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("sub", attributes.get("sub"));
    attributes.forEach((name, value) -> {
      if (name.equals("sub") || (!readable.isEmpty() && !readable.contains(name))) {
        return;
      }
      if (all || scopes.contains(scopeOf(name))) {
        body.put(name, value);
      }
    });
    body.put("username", username);
    return Reply.json(200, JSONObjectUtils.toJSONString(body));
  }

  /** The standard scope that releases an attribute through userInfo. */
  private static String scopeOf(String attribute) {
    return switch (attribute) {
      case "email", "email_verified" -> "email";
      case "phone_number", "phone_number_verified" -> "phone";
      default -> "profile";
    };
  }

  private static Reply invalidToken(String description) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", "invalid_token");
    body.put("error_description", description);
    return Reply.json(401, JSONObjectUtils.toJSONString(body))
        .header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
  }

  private Reply revoke(Request request) {
    Map<String, String> form = Forms.parse(new String(request.body(), StandardCharsets.UTF_8));
    if (form == null || form.get("token") == null || form.get("token").isEmpty()) {
      return Reply.json(400, "{\"error\":\"invalid_request\"}");
    }
    TokenEndpoint.Credentials credentials = TokenEndpoint.credentials(form, request.header("authorization"));
    if (credentials == null) {
      return Reply.json(401, "{\"error\":\"invalid_client\"}");
    }
    try {
      new RevocationOperations(backend).revokeToken(RevokeTokenRequest.builder().clientId(credentials.clientId())
          .clientSecret(credentials.secret()).token(form.get("token")).build());
    } catch (UnsupportedTokenTypeException e) {
      return Reply.json(400, "{\"error\":\"unsupported_token_type\"}");
    } catch (software.amazon.awssdk.services.cognitoidentityprovider.model.UnauthorizedException e) {
      return Reply.json(401, "{\"error\":\"invalid_client\"}");
    } catch (CognitoIdentityProviderException e) {
      return Reply.json(400, "{\"error\":\"invalid_request\"}");
    }
    return new Reply(200, null, "");
  }

  /* ---- Helpers ---- */

  private Reply notAllowed() {
    return Reply.html(405, LoginPages.message("Method not allowed", "This method is not served here."));
  }

  /** The URI with parameters added to its query, or as its fragment. */
  static String append(String uri, Map<String, String> parameters, boolean fragment) {
    StringBuilder out = new StringBuilder(uri);
    char separator = fragment ? '#' : uri.contains("?") ? '&' : '?';
    for (Map.Entry<String, String> parameter : parameters.entrySet()) {
      out.append(separator).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
      separator = '&';
    }
    return out.toString();
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
