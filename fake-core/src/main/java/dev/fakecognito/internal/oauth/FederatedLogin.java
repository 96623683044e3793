package dev.fakecognito.internal.oauth;

import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.Backend.ClientRef;
import dev.fakecognito.internal.auth.HostedSignIn;
import dev.fakecognito.internal.federation.ExternalIdentity;
import dev.fakecognito.internal.federation.FederatedSignIn;
import dev.fakecognito.internal.federation.FederationFailure;
import dev.fakecognito.internal.federation.IdentityProvider;
import dev.fakecognito.internal.federation.OidcSignIn;
import dev.fakecognito.internal.federation.PendingAuthorization;
import dev.fakecognito.internal.federation.PendingAuthorizations;
import dev.fakecognito.internal.federation.SamlSignIn;
import dev.fakecognito.internal.oauth.WebExchange.Reply;
import dev.fakecognito.internal.oauth.WebExchange.Request;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;

/**
 * Managed login's side of sign-in through an external identity provider
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-identity-federation.html).
 *
 * <p>An authorize request with {@code identity_provider=<name>} or {@code idp_identifier=<id>}
 * for a provider the app client supports is validated as usual, kept as a {@link
 * PendingAuthorization}, and the browser goes to the provider with the pending key as its state
 * (OIDC) or RelayState (SAML). When the provider sends the browser back, the protocol works out an
 * {@link ExternalIdentity}; {@link #signIn} then runs {@link FederatedSignIn} and issues the code
 * or tokens as the sign-in page does. Every failure after the authorize request was kept goes back
 * to the app's redirect_uri with {@code error} and {@code error_description}.
 */
final class FederatedLogin {

  /** Where OIDC and social providers send the browser back: Cognito's {@code /oauth2/idpresponse}. */
  static final String OIDC_RESPONSE = "/oauth2/idpresponse";

  /**
   * Issues the code or tokens of a finished sign-in for the authorize request it answers; {@code
   * identity} is who the provider vouched for.
   */
  interface Completion {
    Reply complete(PendingAuthorization pending, HostedSignIn.Result result, Request request,
        ExternalIdentity identity);
  }

  private final Backend backend;
  private final PendingAuthorizations pending;
  private final FederatedSignIn federatedSignIn;
  private final OidcSignIn oidc;
  private final SamlSignIn saml;
  private final Completion completion;

  FederatedLogin(Backend backend, Completion completion) {
    this.backend = backend;
    this.pending = new PendingAuthorizations(backend.clock());
    this.federatedSignIn = new FederatedSignIn(backend);
    this.oidc = new OidcSignIn(backend.clock(), backend::socialProviderBase);
    this.saml = new SamlSignIn(backend);
    this.completion = completion;
  }

  /** Whether an authorize query asks for an external identity provider rather than the pool's own users. */
  static boolean requested(Map<String, String> query) {
    String provider = query.get("identity_provider");
    return (provider != null && !provider.equals(OAuthClientSettings.COGNITO)) || query.get("idp_identifier") != null;
  }

  /**
   * The provider an authorize query names, by {@code identity_provider} or {@code idp_identifier},
   * if the pool has it and the app client supports it; otherwise null.
   */
  static @Nullable IdentityProvider provider(ClientRef client, Map<String, String> query) {
    String name = query.get("identity_provider");
    IdentityProvider provider = null;
    if (name != null && !name.equals(OAuthClientSettings.COGNITO)) {
      provider = client.pool().identityProviders().get(name);
    } else {
      String identifier = query.get("idp_identifier");
      provider = identifier == null ? null : byIdentifier(client, identifier);
    }
    return provider == null || !client.client().supportedIdentityProviders().contains(provider.name())
        ? null : provider;
  }

  /**
   * The provider with IdP identifier {@code identifier}; failing that, for an e-mail address, the
   * one with its domain as identifier, as the corporate e-mail field of the sign-in page routes users
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managing-saml-idp-naming.html).
   * Domains compare without case (assumed).
   */
  private static @Nullable IdentityProvider byIdentifier(ClientRef client, String identifier) {
    for (IdentityProvider candidate : client.pool().identityProviders().values()) {
      if (candidate.idpIdentifiers().contains(identifier)) {
        return candidate;
      }
    }
    int at = identifier.lastIndexOf('@');
    if (at < 0) {
      return null;
    }
    String domain = identifier.substring(at + 1);
    for (IdentityProvider candidate : client.pool().identityProviders().values()) {
      for (String known : candidate.idpIdentifiers()) {
        if (known.equalsIgnoreCase(domain)) {
          return candidate;
        }
      }
    }
    return null;
  }

  /**
   * Whether a SAML provider the client supports has IdP identifiers, so that the sign-in page asks
   * for a corporate e-mail; the page does so only for SAML providers (assumed).
   */
  static boolean routesByEmail(ClientRef client) {
    for (String name : client.client().supportedIdentityProviders()) {
      IdentityProvider provider = client.pool().identityProviders().get(name);
      if (provider != null && provider.type().equals("SAML") && !provider.idpIdentifiers().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The client's external identity providers that the pool has, name to type, in the client's
   * order: the buttons of the sign-in page.
   */
  static Map<String, String> providers(ClientRef client) {
    Map<String, String> providers = new LinkedHashMap<>();
    for (String name : client.client().supportedIdentityProviders()) {
      IdentityProvider provider = client.pool().identityProviders().get(name);
      if (provider != null) {
        providers.put(name, provider.type());
      }
    }
    return providers;
  }

  /** An authorize query without {@code identity_provider} and {@code idp_identifier}, as it came otherwise. */
  static String withoutProvider(String query) {
    StringBuilder kept = new StringBuilder();
    for (String pair : query.split("&")) {
      String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
      if (pair.isEmpty() || name.equals("identity_provider") || name.equals("idp_identifier")) {
        continue;
      }
      kept.append(kept.length() == 0 ? "" : "&").append(pair);
    }
    return kept.toString();
  }

  /** Keeps a validated authorize request and sends the browser on to the provider. */
  Reply begin(ClientRef client, IdentityProvider provider, String responseType, String redirectUri,
      @Nullable String state, List<String> scopes, @Nullable String challenge, @Nullable String nonce,
      Request request) {
    PendingAuthorization kept = pending.put(client.pool().id(), client.clientId(), provider.name(), responseType,
        redirectUri, state, scopes, challenge, nonce);
    String type = provider.type();
    if (type.equals("SAML")) {
      SamlSignIn.Start start;
      try {
        start = saml.start(provider, kept, endpointBase(request) + SamlSignIn.ACS_PATH);
      } catch (FederationFailure e) {
        pending.take(kept.key());
        return fail(kept, e.error(), e.description());
      }
      return start.redirectUrl() != null ? Reply.redirect(start.redirectUrl())
          : Reply.html(200, java.util.Objects.requireNonNull(start.postPage()));
    }
    return Reply.redirect(oidc.authorizeUrl(provider, kept, endpointBase(request) + OIDC_RESPONSE));
  }

  /** {@code GET /oauth2/idpresponse}: an OIDC or social provider sends the browser back. */
  Reply oidcResponse(Request request) {
    Map<String, String> q = Forms.parse(request.query());
    return respond(request, q == null ? null : q.get("state"),
        (provider, kept) -> oidc.identity(provider, kept, q, endpointBase(request) + OIDC_RESPONSE));
  }

  /** How a protocol works out who signed in from the provider's answer. */
  interface Protocol {
    /**
     * @throws FederationFailure if the answer is an error or fails a check
     */
    ExternalIdentity identity(IdentityProvider provider, PendingAuthorization kept);
  }

  /**
   * Answers a provider's response: takes the authorize request kept under {@code key} (the state or
   * RelayState that came back), lets {@code protocol} work out the identity, signs it in and sends
   * the browser back to the app with its code or tokens, or with the error. Without a kept request
   * the browser goes to the error page.
   */
  Reply respond(Request request, @Nullable String key, Protocol protocol) {
    PendingAuthorization kept = pending.take(key);
    if (kept == null) {
      // Assumed: without a state Cognito knows, there is no app to send the browser back to.
      return Reply.redirect(ManagedLogin.ERROR + "?error=invalid_state");
    }
    IdentityProvider provider;
    try {
      provider = backend.client(kept.clientId()).pool().identityProviders().get(kept.providerName());
    } catch (CognitoIdentityProviderException e) {
      return fail(kept, "invalid_request", e.awsErrorDetails().errorMessage());
    }
    if (provider == null) {
      // Assumed wording: the provider was deleted while the browser was away.
      return fail(kept, "invalid_request", "Login option is not available. Please try another one.");
    }
    ExternalIdentity identity;
    try {
      identity = protocol.identity(provider, kept);
    } catch (FederationFailure e) {
      return fail(kept, e.error(), e.description());
    }
    return signIn(request, kept, identity);
  }

  /**
   * {@code POST /saml2/idpresponse} for SP-initiated sign-in: the IdP answers the AuthnRequest
   * made for {@code kept}, whose key came back as RelayState.
   */
  Reply samlResponse(Request request, PendingAuthorization kept, String samlResponse) {
    IdentityProvider provider;
    try {
      provider = backend.client(kept.clientId()).pool().identityProviders().get(kept.providerName());
    } catch (CognitoIdentityProviderException e) {
      return fail(kept, "invalid_request", e.awsErrorDetails().errorMessage());
    }
    if (provider == null || !provider.type().equals("SAML")) {
      return fail(kept, "invalid_request", "Login option is not available. Please try another one.");
    }
    return samlSignIn(request, kept, provider, samlResponse, SamlSignIn.requestId(kept));
  }

  /**
   * {@code POST /saml2/idpresponse} for IdP-initiated sign-in: an unsolicited SAMLResponse for an
   * authorize request that managed login checked from the RelayState, for a provider with
   * {@code IDPInit} set.
   */
  Reply unsolicitedSamlResponse(Request request, ClientRef client, IdentityProvider provider, String responseType,
      String redirectUri, @Nullable String state, List<String> scopes, @Nullable String nonce,
      String samlResponse) {
    PendingAuthorization kept = new PendingAuthorization("", client.pool().id(), client.clientId(), provider.name(),
        responseType, redirectUri, state, scopes, null, nonce, "", backend.clock().instant());
    if (!"true".equals(provider.details().get("IDPInit"))) {
      // The wording is assumed.
      return fail(kept, "invalid_request", "IdP-initiated sign-in is not enabled for identity provider "
          + provider.name() + ".");
    }
    return samlSignIn(request, kept, provider, samlResponse, null);
  }

  private Reply samlSignIn(Request request, PendingAuthorization kept, IdentityProvider provider,
      String samlResponse, @Nullable String inResponseTo) {
    ExternalIdentity identity;
    try {
      identity = saml.identity(provider, kept.poolId(), samlResponse, inResponseTo,
          endpointBase(request) + SamlSignIn.ACS_PATH);
    } catch (FederationFailure e) {
      return fail(kept, e.error(), e.description());
    }
    return signIn(request, kept, identity);
  }

  /** The SAML side of sign-in and sign-out. */
  SamlSignIn saml() {
    return saml;
  }

  /**
   * Takes the authorize request kept under {@code key} (the state or RelayState that came back);
   * null if it is unknown, already taken or expired.
   */
  @Nullable PendingAuthorization take(@Nullable String key) {
    return pending.take(key);
  }

  /**
   * Signs in the user an external identity provider vouched for, for the authorize request that
   * was kept for it, and sends the browser back to the app with its code or tokens, or an error.
   */
  Reply signIn(Request request, PendingAuthorization kept, ExternalIdentity identity) {
    ClientRef client;
    IdentityProvider provider;
    HostedSignIn.Result result;
    try {
      client = backend.client(kept.clientId());
      provider = client.pool().identityProviders().get(kept.providerName());
      if (provider == null) {
        return fail(kept, "invalid_request", "Login option is not available. Please try another one.");
      }
      result = federatedSignIn.signIn(client, provider, identity, request.clientIp());
    } catch (CognitoIdentityProviderException e) {
      return fail(kept, "invalid_request", e.awsErrorDetails().errorMessage());
    }
    return completion.complete(kept, result, request, identity);
  }

  /** Sends the browser back to the app with an error: in the query, or the fragment for the implicit grant. */
  static Reply fail(PendingAuthorization kept, String error, String description) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("error_description", description);
    if (kept.state() != null) {
      parameters.put("state", kept.state());
    }
    parameters.put("error", error);
    return Reply.redirect(ManagedLogin.append(kept.redirectUri(), parameters, kept.responseType().equals("token")));
  }

  /** The fake's base URI as the browser reaches it. */
  String endpointBase(Request request) {
    String base = backend.endpointBase();
    if (base != null) {
      return base;
    }
    String host = request.header("host");
    return "http://" + (host == null ? "127.0.0.1" : host);
  }
}
