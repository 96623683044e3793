package dev.fakecognito.internal.oauth;

import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.federation.IdentityProviderOperations;
import dev.fakecognito.internal.pools.UserPool;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The checks CreateUserPoolClient and UpdateUserPoolClient make on an app client's OAuth 2.0
 * settings: flows, scopes, callback and sign-out URLs, and identity providers
 * (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html).
 *
 * <p>Model constraints come first, then the identity providers, the URLs, and the rules that tie
 * flows, scopes and the client secret together. An identity provider is either the pool's own
 * users ({@code COGNITO}) or one of the pool's external providers, by name.
 */
public final class OAuthClientSettings {

  public static final String CODE = "code";
  public static final String IMPLICIT = "implicit";
  public static final String CLIENT_CREDENTIALS = "client_credentials";
  /** The identity provider that stands for the pool's own users. */
  public static final String COGNITO = "COGNITO";

  private static final List<String> FLOWS = List.of(CODE, IMPLICIT, CLIENT_CREDENTIALS);
  private static final String FLOW_RULE =
      "Member must satisfy constraint: [Member must satisfy enum value set: [implicit, client_credentials, code]]";
  private static final Pattern SCOPE = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]+");
  private static final Pattern URL = Pattern.compile("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+");
  private static final Pattern PROVIDER = Pattern.compile("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+");

  private OAuthClientSettings() {}

  /**
   * Checks an app client's OAuth settings as given in the request, before anything is stored.
   *
   * @param hasSecret whether the client has (or gets) a client secret
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     for a setting that breaks a model constraint, a provider the pool lacks, a malformed URL, a
   *     default redirect URI that is not a callback URL, or OAuth enabled without flows and scopes
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidOAuthFlowException
   *     for flows that cannot be combined, code or implicit without callback URLs, or
   *     client_credentials without a secret or with standard scopes
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.ScopeDoesNotExistException
   *     for a scope that is neither standard nor defined by a resource server of the pool
   */
  public static void check(UserPool pool, @Nullable List<String> providers, @Nullable List<String> callbackUrls,
      @Nullable List<String> logoutUrls, @Nullable String defaultRedirectUri, @Nullable List<String> flows,
      @Nullable List<String> scopes, boolean oauthEnabled, boolean hasSecret) {
    List<String> flowList = flows == null ? List.of() : flows;
    List<String> scopeList = scopes == null ? List.of() : scopes;
    List<String> callbacks = callbackUrls == null ? List.of() : callbackUrls;
    List<String> logouts = logoutUrls == null ? List.of() : logoutUrls;

    /* ---- Model constraints ---- */
    if (flowList.size() > 3) {
      throw CognitoErrors.listLength("allowedOAuthFlows", "Member must have length less than or equal to 3");
    }
    for (String flow : flowList) {
      if (flow == null || !FLOWS.contains(flow)) {
        throw CognitoErrors.constraint("allowedOAuthFlows", flowList, FLOW_RULE);
      }
    }
    if (scopeList.size() > 50) {
      throw CognitoErrors.listLength("allowedOAuthScopes", "Member must have length less than or equal to 50");
    }
    for (String scope : scopeList) {
      if (scope == null || scope.isEmpty() || scope.length() > 256 || !SCOPE.matcher(scope).matches()) {
        throw CognitoErrors.constraint("allowedOAuthScopes", scopeList,
            "Member must satisfy constraint: [Member must have length less than or equal to 256, "
                + "Member must have length greater than or equal to 1, "
                + "Member must satisfy regular expression pattern: [\\x21\\x23-\\x5B\\x5D-\\x7E]+]");
      }
    }
    checkUrls("callbackURLs", callbacks);
    checkUrls("logoutURLs", logouts);
    if (defaultRedirectUri != null && !validUrlShape(defaultRedirectUri)) {
      throw CognitoErrors.constraint("defaultRedirectURI", defaultRedirectUri, defaultRedirectUri.length() > 1024
          ? "Member must have length less than or equal to 1024"
          : "Member must satisfy regular expression pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+");
    }
    if (providers != null) {
      for (String provider : providers) {
        if (provider == null || provider.isEmpty() || provider.length() > 32
            || !PROVIDER.matcher(provider).matches()) {
          throw CognitoErrors.constraint("supportedIdentityProviders", providers,
              "Member must satisfy constraint: [Member must have length less than or equal to 32, "
                  + "Member must have length greater than or equal to 1, "
                  + "Member must satisfy regular expression pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+]");
        }
      }
    }

    /* ---- What the pool has ---- */
    if (providers != null) {
      for (String provider : providers) {
        if (!provider.equals(COGNITO) && !IdentityProviderOperations.exists(pool, provider)) {
          throw CognitoErrors.providerDoesNotExist(provider, pool.id());
        }
      }
      checkIdpInitiated(pool, providers);
    }
    callbacks.forEach(url -> checkRedirect("CallbackURL", url));
    logouts.forEach(url -> checkRedirect("LogoutURL", url));
    if (defaultRedirectUri != null) {
      checkRedirect("DefaultRedirectURI", defaultRedirectUri);
      if (!callbacks.contains(defaultRedirectUri)) {
        // The wording is assumed.
        throw CognitoErrors.invalidParameter("DefaultRedirectURI must be one of the CallbackURLs.");
      }
    }

    /* ---- Flows, scopes and the secret ---- */
    if (oauthEnabled && (flowList.isEmpty() || scopeList.isEmpty())) {
      throw CognitoErrors.invalidParameter(
          "AllowedOAuthFlows and AllowedOAuthScopes are required if user pool client is allowed to use OAuth flows.");
    }
    if (!oauthEnabled && !flowList.isEmpty()) {
      // The wording is assumed.
      throw CognitoErrors.invalidParameter(
          "AllowedOAuthFlowsUserPoolClient must be true to configure AllowedOAuthFlows.");
    }
    boolean browserFlow = flowList.contains(CODE) || flowList.contains(IMPLICIT);
    boolean clientCredentials = flowList.contains(CLIENT_CREDENTIALS);
    if (clientCredentials && browserFlow) {
      throw CognitoErrors.invalidOAuthFlow(
          "client_credentials flow can not be selected along with code flow or implicit flow.");
    }
    if (clientCredentials && !hasSecret) {
      throw CognitoErrors.invalidOAuthFlow(
          "client_credentials flow can not be selected if client does not have a client secret.");
    }
    if (browserFlow && callbacks.isEmpty()) {
      throw CognitoErrors.invalidOAuthFlow("CallbackUrls can not be empty when code flow or implicit flow is selected");
    }
    for (String scope : scopeList) {
      if (!OAuthScopes.exists(pool, scope)) {
        throw CognitoErrors.scopeDoesNotExist(scope);
      }
    }
    if (clientCredentials) {
      for (String scope : scopeList) {
        if (OAuthScopes.isStandard(scope)) {
          // Machine-to-machine tokens carry custom scopes only; the wording is assumed.
          throw CognitoErrors.invalidOAuthFlow("client_credentials flow can only be used with custom scopes.");
        }
      }
    }
  }

  private static void checkUrls(String member, List<String> urls) {
    if (urls.size() > 100) {
      throw CognitoErrors.listLength(member, "Member must have length less than or equal to 100");
    }
    for (String url : urls) {
      if (url == null || !validUrlShape(url)) {
        throw CognitoErrors.constraint(member, urls,
            "Member must satisfy constraint: [Member must have length less than or equal to 1024, "
                + "Member must have length greater than or equal to 1, "
                + "Member must satisfy regular expression pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+]");
      }
    }
  }

  private static boolean validUrlShape(String url) {
    return !url.isEmpty() && url.length() <= 1024 && URL.matcher(url).matches();
  }

  /**
   * A redirect URI must be absolute and carry no fragment; plain HTTP is allowed only for
   * {@code localhost}, and app schemes such as {@code myapp://callback} are allowed
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html).
   * The wording of the error is assumed.
   */
  private static void checkRedirect(String what, String url) {
    if (!isAllowedRedirect(url)) {
      throw CognitoErrors.invalidParameter("Invalid " + what + ": " + url);
    }
  }

  /** Whether {@code url} may be registered as a callback or sign-out URL. */
  public static boolean isAllowedRedirect(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return false;
    }
    if (!uri.isAbsolute() || uri.getRawFragment() != null || url.contains("#")) {
      return false;
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("http")) {
      return "localhost".equalsIgnoreCase(uri.getHost());
    }
    if (scheme.equals("https")) {
      return uri.getHost() != null;
    }
    return true;
  }

  /**
   * A client with a SAML provider that allows IdP-initiated sign-in supports only SAML providers,
   * not even the pool's own users
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-SAML-session-initiation.html).
   * The wording is assumed.
   */
  private static void checkIdpInitiated(UserPool pool, List<String> providers) {
    String idpInitiated = null;
    String other = null;
    for (String name : providers) {
      var provider = pool.identityProviders().get(name);
      boolean saml = provider != null && provider.type().equals("SAML");
      if (saml && "true".equals(provider.details().get("IDPInit"))) {
        idpInitiated = name;
      } else if (!saml) {
        other = name;
      }
    }
    if (idpInitiated != null && other != null) {
      throw CognitoErrors.invalidParameter("SupportedIdentityProviders cannot include " + other + " together with "
          + "SAML provider " + idpInitiated + ", which allows IdP-initiated sign-in.");
    }
  }
}
