package dev.fakecognito.internal.clients;

import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.oauth.ClientTokenOperations;
import dev.fakecognito.internal.oauth.OAuthClientSettings;
import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.util.Ids;
import dev.fakecognito.internal.util.ModelSupport;
import dev.fakecognito.internal.util.Paging;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolClientResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolClientResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolClientsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolClientsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TimeUnitsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TokenValidityUnitsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolClientResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientDescription;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/**
 * CreateUserPoolClient, DescribeUserPoolClient, UpdateUserPoolClient, DeleteUserPoolClient and
 * ListUserPoolClients.
 *
 * <p>Defaults and ranges follow the CreateUserPoolClient API reference: tokens valid for one hour
 * (refresh tokens 30 days), the explicit auth flows {@code ALLOW_REFRESH_TOKEN_AUTH,
 * ALLOW_USER_SRP_AUTH, ALLOW_CUSTOM_AUTH}, token revocation on, {@code LEGACY} user existence errors
 * and a three-minute auth session.
 */
public final class AppClientOperations {

  private static final Pattern CLIENT_NAME = Pattern.compile("[\\w\\s+=,.@-]+");
  private static final List<ExplicitAuthFlowsType> DEFAULT_FLOWS = List.of(
      ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH,
      ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH,
      ExplicitAuthFlowsType.ALLOW_CUSTOM_AUTH);

  /**
   * The rule a list member breaks, in the order real responses list the values (quoted in
   * aws-solutions/media-insights-on-aws#199); ALLOW_USER_AUTH came later and is put last.
   */
  private static final String FLOW_RULE = "Member must satisfy constraint: [Member must satisfy enum value set: "
      + "[ALLOW_CUSTOM_AUTH, ADMIN_NO_SRP_AUTH, ALLOW_REFRESH_TOKEN_AUTH, ALLOW_USER_PASSWORD_AUTH, "
      + "ALLOW_USER_SRP_AUTH, CUSTOM_AUTH_FLOW_ONLY, USER_PASSWORD_AUTH, ALLOW_ADMIN_USER_PASSWORD_AUTH, "
      + "ALLOW_USER_AUTH]]";

  private final Backend backend;

  public AppClientOperations(Backend backend) {
    this.backend = backend;
  }

  public CreateUserPoolClientResponse createUserPoolClient(CreateUserPoolClientRequest request) {
    return createUserPoolClient(request, null);
  }

  /**
   * CreateUserPoolClient, with {@code fixedId} as the client's ID instead of a generated one when
   * given, so that configuration written in advance can name the client.
   *
   * @throws IllegalArgumentException if {@code fixedId} is not 26 lowercase letters or digits, or an
   *     app client of any pool has it already
   */
  public CreateUserPoolClientResponse createUserPoolClient(CreateUserPoolClientRequest request,
      @Nullable String fixedId) {
    if (fixedId != null) {
      Ids.checkClientId(fixedId);
      if (backend.clientRegistered(fixedId)) {
        throw new IllegalArgumentException("an app client with ID " + fixedId + " exists already");
      }
    }
    UserPool pool = backend.pool(request.userPoolId());
    String secret = null;
    String givenSecret = ModelSupport.CLIENT_SECRET ? request.clientSecret() : null;
    if (Boolean.TRUE.equals(request.generateSecret())) {
      if (givenSecret != null) {
        throw CognitoErrors.invalidParameter(
            "ClientSecret cannot be specified when GenerateSecret is true.");
      }
      secret = Ids.clientSecret();
    } else if (givenSecret != null) {
      secret = checkSecret(givenSecret);
    }
    Settings settings = new Settings(request.clientName(), request.refreshTokenValidity(),
        request.accessTokenValidity(), request.idTokenValidity(), request.tokenValidityUnits(),
        request.hasReadAttributes() ? request.readAttributes() : null,
        request.hasWriteAttributes() ? request.writeAttributes() : null,
        request.hasExplicitAuthFlows() ? request.explicitAuthFlowsAsStrings() : null,
        request.hasSupportedIdentityProviders() ? request.supportedIdentityProviders() : null,
        request.hasCallbackURLs() ? request.callbackURLs() : null,
        request.hasLogoutURLs() ? request.logoutURLs() : null, request.defaultRedirectURI(),
        request.hasAllowedOAuthFlows() ? request.allowedOAuthFlowsAsStrings() : null,
        request.hasAllowedOAuthScopes() ? request.allowedOAuthScopes() : null,
        request.allowedOAuthFlowsUserPoolClient(), request.analyticsConfiguration(),
        request.preventUserExistenceErrors(), request.enableTokenRevocation(),
        request.enablePropagateAdditionalUserContextData(),
        ModelSupport.AUTH_SESSION_VALIDITY ? request.authSessionValidity() : null,
        ModelSupport.REFRESH_TOKEN_ROTATION ? request.refreshTokenRotation() : null);
    Instant now = backend.clock().instant();
    String clientId = fixedId != null ? fixedId : Ids.clientId();
    UserPoolClientType.Builder client = UserPoolClientType.builder()
        .userPoolId(pool.id()).clientId(clientId).clientSecret(secret)
        .creationDate(now).lastModifiedDate(now);
    UserPoolClientType built;
    // Under the pool's lock: the scopes and providers checked must not be deleted before the client is stored.
    pool.lock().lock();
    try {
      apply(client, settings, secret != null, pool, "creating");
      built = client.build();
      if (secret != null) {
        // The secrets first, so that a client is never visible without them.
        pool.clientSecrets().put(clientId, List.of(ClientSecret.first(clientId, secret, now)));
      }
      pool.clients().put(clientId, built);
    } finally {
      pool.lock().unlock();
    }
    backend.registerClient(clientId, pool.id());
    if (backend.findPool(pool.id()) == null) {
      // The pool was deleted while this client was being created.
      backend.unregisterClient(clientId);
      throw CognitoErrors.userPoolNotFound(pool.id());
    }
    return CreateUserPoolClientResponse.builder().userPoolClient(built).build();
  }

  public DescribeUserPoolClientResponse describeUserPoolClient(DescribeUserPoolClientRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    UserPoolClientType client = backend.client(pool, request.clientId()).client();
    return DescribeUserPoolClientResponse.builder().userPoolClient(client).build();
  }

  public UpdateUserPoolClientResponse updateUserPoolClient(UpdateUserPoolClientRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    backend.client(pool, request.clientId());
    Settings settings = new Settings(request.clientName(), request.refreshTokenValidity(),
        request.accessTokenValidity(), request.idTokenValidity(), request.tokenValidityUnits(),
        request.hasReadAttributes() ? request.readAttributes() : null,
        request.hasWriteAttributes() ? request.writeAttributes() : null,
        request.hasExplicitAuthFlows() ? request.explicitAuthFlowsAsStrings() : null,
        request.hasSupportedIdentityProviders() ? request.supportedIdentityProviders() : null,
        request.hasCallbackURLs() ? request.callbackURLs() : null,
        request.hasLogoutURLs() ? request.logoutURLs() : null, request.defaultRedirectURI(),
        request.hasAllowedOAuthFlows() ? request.allowedOAuthFlowsAsStrings() : null,
        request.hasAllowedOAuthScopes() ? request.allowedOAuthScopes() : null,
        request.allowedOAuthFlowsUserPoolClient(), request.analyticsConfiguration(),
        request.preventUserExistenceErrors(), request.enableTokenRevocation(),
        request.enablePropagateAdditionalUserContextData(),
        ModelSupport.AUTH_SESSION_VALIDITY ? request.authSessionValidity() : null,
        ModelSupport.REFRESH_TOKEN_ROTATION ? request.refreshTokenRotation() : null);
    UserPoolClientType updated;
    pool.lock().lock();
    try {
      updated = update(pool, request.clientId(), settings);
    } finally {
      pool.lock().unlock();
    }
    if (updated == null) {
      throw CognitoErrors.clientNotFound(request.clientId());
    }
    return UpdateUserPoolClientResponse.builder().userPoolClient(updated).build();
  }

  private @Nullable UserPoolClientType update(UserPool pool, String clientId, Settings settings) {
    return pool.clients().computeIfPresent(clientId, (id, current) -> {
      // Like UpdateUserPoolClient itself: every setting the request leaves out reverts to its default.
      UserPoolClientType.Builder client = UserPoolClientType.builder()
          .userPoolId(current.userPoolId()).clientId(id).clientSecret(current.clientSecret())
          .creationDate(current.creationDate()).lastModifiedDate(backend.clock().instant());
      apply(client, settings.clientName() == null ? settings.withName(current.clientName()) : settings,
          current.clientSecret() != null, pool, "updating");
      return client.build();
    });
  }

  public DeleteUserPoolClientResponse deleteUserPoolClient(DeleteUserPoolClientRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    backend.client(pool, request.clientId());
    if (pool.clients().remove(request.clientId()) != null) {
      pool.clientSecrets().remove(request.clientId());
      backend.unregisterClient(request.clientId());
      pool.lock().lock();
      try {
        pool.forgetBrandingOf(request.clientId());
      } finally {
        pool.lock().unlock();
      }
    }
    return DeleteUserPoolClientResponse.builder().build();
  }

  public ListUserPoolClientsResponse listUserPoolClients(ListUserPoolClientsRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    int max = request.maxResults() == null ? 60 : request.maxResults();
    Paging.checkMaxResults(max, 60);
    // Oldest first, then by client ID, with a cursor on that order.
    Paging<UserPoolClientType> page = Paging.page("ListUserPoolClients", pool.clients().values(),
        c -> Paging.key(c.creationDate(), c.clientId()), request.nextToken(), max);
    List<UserPoolClientDescription> clients = page.items().stream()
        .map(c -> UserPoolClientDescription.builder()
            .clientId(c.clientId()).userPoolId(c.userPoolId()).clientName(c.clientName()).build())
        .toList();
    return ListUserPoolClientsResponse.builder().userPoolClients(clients).nextToken(page.nextToken()).build();
  }

  private record Settings(
      @Nullable String clientName,
      @Nullable Integer refreshTokenValidity,
      @Nullable Integer accessTokenValidity,
      @Nullable Integer idTokenValidity,
      @Nullable TokenValidityUnitsType tokenValidityUnits,
      @Nullable List<String> readAttributes,
      @Nullable List<String> writeAttributes,
      @Nullable List<String> explicitAuthFlows,
      @Nullable List<String> supportedIdentityProviders,
      @Nullable List<String> callbackURLs,
      @Nullable List<String> logoutURLs,
      @Nullable String defaultRedirectURI,
      @Nullable List<String> allowedOAuthFlows,
      @Nullable List<String> allowedOAuthScopes,
      @Nullable Boolean allowedOAuthFlowsUserPoolClient,
      software.amazon.awssdk.services.cognitoidentityprovider.model.@Nullable AnalyticsConfigurationType analyticsConfiguration,
      @Nullable PreventUserExistenceErrorTypes preventUserExistenceErrors,
      @Nullable Boolean enableTokenRevocation,
      @Nullable Boolean enablePropagateAdditionalUserContextData,
      @Nullable Integer authSessionValidity,
      software.amazon.awssdk.services.cognitoidentityprovider.model.@Nullable RefreshTokenRotationType refreshTokenRotation) {

    Settings withName(String name) {
      return new Settings(name, refreshTokenValidity, accessTokenValidity, idTokenValidity,
          tokenValidityUnits, readAttributes, writeAttributes, explicitAuthFlows,
          supportedIdentityProviders, callbackURLs, logoutURLs, defaultRedirectURI, allowedOAuthFlows,
          allowedOAuthScopes, allowedOAuthFlowsUserPoolClient, analyticsConfiguration,
          preventUserExistenceErrors, enableTokenRevocation, enablePropagateAdditionalUserContextData,
          authSessionValidity, refreshTokenRotation);
    }
  }

  /**
   * Validates the settings and writes them, with defaults for what is left out, into {@code client}.
   *
   * @param action {@code creating} or {@code updating}, as Cognito names the call in some messages
   */
  private static void apply(
      UserPoolClientType.Builder client, Settings s, boolean hasSecret, UserPool pool, String action) {
    String name = s.clientName();
    if (name == null) {
      throw CognitoErrors.notNull("clientName");
    }
    if (name.isEmpty() || name.length() > 128 || !CLIENT_NAME.matcher(name).matches()) {
      throw CognitoErrors.constraint("clientName", name, name.length() > 128
          ? "Member must have length less than or equal to 128"
          : "Member must satisfy regular expression pattern: [\\w\\s+=,.@-]+");
    }
    // The model's own bounds on the numbers come before the unit-aware range check.
    checkRange("accessTokenValidity", s.accessTokenValidity(), 1, 86_400);
    checkRange("idTokenValidity", s.idTokenValidity(), 1, 86_400);
    checkRange("refreshTokenValidity", s.refreshTokenValidity(), 0, 315_360_000);
    TokenValidityUnitsType units = units(s.tokenValidityUnits());
    int access = s.accessTokenValidity() == null ? 1 : s.accessTokenValidity();
    int id = s.idTokenValidity() == null ? 1 : s.idTokenValidity();
    int refresh = s.refreshTokenValidity() == null || s.refreshTokenValidity() == 0 ? 30 : s.refreshTokenValidity();
    Duration accessDuration = duration(access, units.accessToken());
    Duration idDuration = duration(id, units.idToken());
    Duration refreshDuration = duration(refresh, units.refreshToken());
    if (outside(accessDuration, Duration.ofMinutes(5), Duration.ofDays(1))
        || outside(idDuration, Duration.ofMinutes(5), Duration.ofDays(1))
        || outside(refreshDuration, Duration.ofMinutes(60), Duration.ofDays(3650))
        || accessDuration.compareTo(refreshDuration) > 0
        || idDuration.compareTo(refreshDuration) > 0) {
      throw CognitoErrors.invalidParameter("Invalid range for token validity.");
    }
    int session = s.authSessionValidity() == null ? 3 : s.authSessionValidity();
    if (session < 3 || session > 15) {
      throw CognitoErrors.constraint("authSessionValidity", session, session < 3
          ? "Member must have value greater than or equal to 3"
          : "Member must have value less than or equal to 15");
    }
    List<String> flows = s.explicitAuthFlows() == null
        ? DEFAULT_FLOWS.stream().map(ExplicitAuthFlowsType::toString).toList()
        : s.explicitAuthFlows();
    for (String flow : flows) {
      if (!ClientTokenOperations.CLIENT_TOKEN_AUTH.equals(flow)
          && ExplicitAuthFlowsType.fromValue(flow) == ExplicitAuthFlowsType.UNKNOWN_TO_SDK_VERSION) {
        throw CognitoErrors.constraint("explicitAuthFlows", flows, FLOW_RULE);
      }
    }
    if (flows.contains(ClientTokenOperations.CLIENT_TOKEN_AUTH)) {
      // GetClientToken's flow is for machine-to-machine clients only (GetClientToken API reference);
      // the wording of both errors is assumed.
      if (flows.stream().anyMatch(f -> !f.equals(ClientTokenOperations.CLIENT_TOKEN_AUTH))) {
        throw CognitoErrors.invalidParameter(
            "ALLOW_CLIENT_TOKEN_AUTH can not be selected along with other authentication flows.");
      }
      if (!hasSecret) {
        throw CognitoErrors.invalidParameter(
            "ALLOW_CLIENT_TOKEN_AUTH flow can not be selected if client does not have a client secret.");
      }
    }
    checkAttributes(pool, s.readAttributes(), "Invalid read attributes specified while " + action + " a client");
    checkAttributes(pool, s.writeAttributes(), "Invalid write attributes specified while " + action + " a client");
    OAuthClientSettings.check(pool, s.supportedIdentityProviders(), s.callbackURLs(), s.logoutURLs(),
        s.defaultRedirectURI(), s.allowedOAuthFlows(), s.allowedOAuthScopes(),
        Boolean.TRUE.equals(s.allowedOAuthFlowsUserPoolClient()), hasSecret);
    boolean propagate = Boolean.TRUE.equals(s.enablePropagateAdditionalUserContextData());
    if (propagate && !hasSecret) {
      // Only clients with a secret may pass the end user's IP address on (CreateUserPoolClient API
      // reference); the wording of this error is assumed.
      throw CognitoErrors.invalidParameter(
          "EnablePropagateAdditionalUserContextData can only be enabled for an app client with a client secret.");
    }
    PreventUserExistenceErrorTypes prevent = s.preventUserExistenceErrors() == null
        ? PreventUserExistenceErrorTypes.LEGACY : s.preventUserExistenceErrors();
    if (prevent == PreventUserExistenceErrorTypes.UNKNOWN_TO_SDK_VERSION) {
      throw CognitoErrors.constraint("preventUserExistenceErrors", prevent,
          "Member must satisfy enum value set: [LEGACY, ENABLED]");
    }
    client.clientName(name)
        .accessTokenValidity(access).idTokenValidity(id).refreshTokenValidity(refresh)
        .tokenValidityUnits(units)
        .readAttributes(s.readAttributes())
        .writeAttributes(s.writeAttributes())
        .explicitAuthFlowsWithStrings(flows)
        .supportedIdentityProviders(s.supportedIdentityProviders())
        .callbackURLs(s.callbackURLs())
        .logoutURLs(s.logoutURLs())
        .defaultRedirectURI(s.defaultRedirectURI())
        .allowedOAuthFlowsWithStrings(s.allowedOAuthFlows())
        .allowedOAuthScopes(s.allowedOAuthScopes())
        .allowedOAuthFlowsUserPoolClient(Boolean.TRUE.equals(s.allowedOAuthFlowsUserPoolClient()))
        .analyticsConfiguration(s.analyticsConfiguration())
        .preventUserExistenceErrors(prevent)
        .enableTokenRevocation(s.enableTokenRevocation() == null || s.enableTokenRevocation())
        .enablePropagateAdditionalUserContextData(propagate);
    if (ModelSupport.AUTH_SESSION_VALIDITY) {
      client.authSessionValidity(session);
    }
    if (ModelSupport.REFRESH_TOKEN_ROTATION) {
      client.refreshTokenRotation(RefreshTokenRotation.normalize(s.refreshTokenRotation()));
    }
  }

  private static void checkRange(String member, @Nullable Integer value, int min, int max) {
    if (value != null && (value < min || value > max)) {
      throw CognitoErrors.constraint(member, value, value < min
          ? "Member must have value greater than or equal to " + min
          : "Member must have value less than or equal to " + max);
    }
  }

  /** Read and write attributes must name attributes of the pool's schema, standard or custom. */
  private static void checkAttributes(UserPool pool, @Nullable List<String> attributes, String message) {
    if (attributes == null) {
      return;
    }
    Set<String> known = pool.config().schemaAttributes().stream()
        .map(SchemaAttributeType::name)
        .collect(Collectors.toSet());
    if (!known.containsAll(attributes)) {
      throw CognitoErrors.invalidParameter(message);
    }
  }

  private static TokenValidityUnitsType units(@Nullable TokenValidityUnitsType given) {
    TimeUnitsType access = given == null || given.accessToken() == null ? TimeUnitsType.HOURS : given.accessToken();
    TimeUnitsType id = given == null || given.idToken() == null ? TimeUnitsType.HOURS : given.idToken();
    TimeUnitsType refresh = given == null || given.refreshToken() == null ? TimeUnitsType.DAYS : given.refreshToken();
    return TokenValidityUnitsType.builder().accessToken(access).idToken(id).refreshToken(refresh).build();
  }

  /** The lifetime a validity setting stands for. */
  public static Duration duration(int amount, TimeUnitsType unit) {
    return switch (unit) {
      case SECONDS -> Duration.ofSeconds(amount);
      case MINUTES -> Duration.ofMinutes(amount);
      case HOURS -> Duration.ofHours(amount);
      case DAYS -> Duration.ofDays(amount);
      default -> throw CognitoErrors.constraint("tokenValidityUnits", unit,
          "Member must satisfy enum value set: [seconds, minutes, hours, days]");
    };
  }

  private static boolean outside(Duration value, Duration min, Duration max) {
    return value.compareTo(min) < 0 || value.compareTo(max) > 0;
  }

  static String checkSecret(String secret) {
    // ClientSecretType is a sensitive member: the model check names the rule but never the value.
    String rule = secret.length() < 24 ? "Member must have length greater than or equal to 24"
        : secret.length() > 64 ? "Member must have length less than or equal to 64"
        : !secret.matches("[\\w+]+") ? "Member must satisfy regular expression pattern: [\\w+]+"
        : null;
    if (rule != null) {
      throw CognitoErrors.invalidParameter(
          "1 validation error detected: Value at 'clientSecret' failed to satisfy constraint: " + rule);
    }
    return secret;
  }
}
