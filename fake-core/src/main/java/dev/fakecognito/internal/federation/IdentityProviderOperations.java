package dev.fakecognito.internal.federation;

import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.util.ModelSupport;
import dev.fakecognito.internal.util.Paging;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateIdentityProviderRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateIdentityProviderResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteIdentityProviderRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteIdentityProviderResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeIdentityProviderRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeIdentityProviderResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetIdentityProviderByIdentifierRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetIdentityProviderByIdentifierResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetSigningCertificateRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetSigningCertificateResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListIdentityProvidersRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListIdentityProvidersResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ProviderDescription;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateIdentityProviderRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateIdentityProviderResponse;

/**
 * CreateIdentityProvider, DescribeIdentityProvider, UpdateIdentityProvider,
 * DeleteIdentityProvider, ListIdentityProviders and GetIdentityProviderByIdentifier: the external
 * SAML, OIDC and social identity providers of a pool
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-identity-federation.html).
 *
 * <p>A social provider must be named after its type ({@code Google}, {@code Facebook}, {@code
 * LoginWithAmazon}, {@code SignInWithApple}), so a pool has at most one of each; {@code Cognito}
 * names the pool's own users and is reserved. Provider names and IdP identifiers are unique in
 * the pool. {@link ProviderDetails} checks the details of each type and adds the keys Cognito adds.
 * Every provider but SAML gets Cognito's default mapping of {@code username} unless the caller maps
 * it.
 *
 * <p>GetSigningCertificate lives here too: the certificate SAML requests to these providers are
 * signed with.
 *
 * <p>Deleting a provider also takes it out of the SupportedIdentityProviders of every app client
 * that named it, as deleting a resource server does with its scopes. Changes hold the pool's lock.
 */
public final class IdentityProviderOperations {

  /** The reserved name of the pool's own users, as AdminLinkProviderForUser spells it. */
  public static final String COGNITO = "Cognito";
  private static final Pattern NEW_NAME = Pattern.compile("[^_\\p{Z}][\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}][^_\\p{Z}]+");
  private static final String NEW_NAME_RULE =
      "Member must satisfy regular expression pattern: [^_\\p{Z}][\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}][^_\\p{Z}]+";
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+");
  static final String NAME_RULE = "Member must satisfy regular expression pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+";
  private static final Pattern IDENTIFIER = Pattern.compile("[\\w\\s+=.@-]+");
  private static final String IDENTIFIER_RULE = "Member must satisfy regular expression pattern: [\\w\\s+=.@-]+";
  private static final int MAX_IDENTIFIERS = 50;
  private static final Set<String> ACR_LEVELS = Set.of("Level1", "Level2", "Level3", "Level4");
  /** The IdP attribute Cognito maps {@code username} to when the caller does not. */
  private static final Map<String, String> DEFAULT_USERNAME = Map.of(ProviderDetails.GOOGLE, "sub",
      ProviderDetails.FACEBOOK, "id", ProviderDetails.AMAZON, "user_id", ProviderDetails.APPLE, "sub",
      ProviderDetails.OIDC, "sub");

  private final Backend backend;

  public IdentityProviderOperations(Backend backend) {
    this.backend = backend;
  }

  public CreateIdentityProviderResponse createIdentityProvider(CreateIdentityProviderRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    String name = checkNewName(request.providerName());
    String type = checkType(request.providerTypeAsString());
    if (!request.hasProviderDetails()) {
      throw CognitoErrors.notNull("providerDetails");
    }
    checkNameFitsType(name, type);
    Map<String, String> given = checkMap("providerDetails", request.providerDetails());
    Map<String, String> mapping = attributeMapping(pool, type,
        request.hasAttributeMapping() ? request.attributeMapping() : Map.of());
    List<String> identifiers = identifiers(request.hasIdpIdentifiers() ? request.idpIdentifiers() : List.of());
    Map<String, String> acr = ModelSupport.ACR_MAPPING && request.hasAcrMapping()
        ? acrMapping(type, request.acrMapping()) : Map.of();
    ProviderDetails.Resolved resolved =
        ProviderDetails.resolve(type, given, () -> backend.tokens().signingCertificate(pool.id()));
    Instant now = backend.clock().instant();
    IdentityProvider provider = new IdentityProvider(name, type, given, ProviderDetails.shown(type,
        resolved.details()), mapping, identifiers, acr, resolved.entityId(), resolved.signingCertificates(), now,
        now);
    pool.lock().lock();
    try {
      if (pool.identityProviders().containsKey(name)) {
        throw CognitoErrors.duplicateProvider(name, pool.id());
      }
      checkIdentifiersFree(pool, name, identifiers);
      pool.identityProviders().put(name, provider);
    } finally {
      pool.lock().unlock();
    }
    return CreateIdentityProviderResponse.builder().identityProvider(provider.toType(pool.id())).build();
  }

  public DescribeIdentityProviderResponse describeIdentityProvider(DescribeIdentityProviderRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    String name = checkName("providerName", request.providerName());
    return DescribeIdentityProviderResponse.builder().identityProvider(existing(pool, name).toType(pool.id()))
        .build();
  }

  public UpdateIdentityProviderResponse updateIdentityProvider(UpdateIdentityProviderRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    String name = checkName("providerName", request.providerName());
    IdentityProvider current = existing(pool, name);
    String type = current.type();
    Map<String, String> given = new LinkedHashMap<>(current.given());
    if (request.hasProviderDetails()) {
      // Keys the request leaves out keep their values (assumed): an update may change one key.
      given.putAll(checkMap("providerDetails", request.providerDetails()));
    }
    Map<String, String> mapping = request.hasAttributeMapping()
        ? attributeMapping(pool, type, request.attributeMapping()) : current.attributeMapping();
    List<String> identifiers = request.hasIdpIdentifiers()
        ? identifiers(request.idpIdentifiers()) : current.idpIdentifiers();
    Map<String, String> acr = ModelSupport.ACR_MAPPING && request.hasAcrMapping()
        ? acrMapping(type, request.acrMapping()) : current.acrMapping();
    ProviderDetails.Resolved resolved =
        ProviderDetails.resolve(type, given, () -> backend.tokens().signingCertificate(pool.id()));
    pool.lock().lock();
    try {
      IdentityProvider latest = existing(pool, name);
      checkIdentifiersFree(pool, name, identifiers);
      IdentityProvider updated = new IdentityProvider(name, type, given, ProviderDetails.shown(type,
          resolved.details()), mapping, identifiers, acr, resolved.entityId(), resolved.signingCertificates(),
          latest.created(), backend.clock().instant());
      pool.identityProviders().put(name, updated);
      return UpdateIdentityProviderResponse.builder().identityProvider(updated.toType(pool.id())).build();
    } finally {
      pool.lock().unlock();
    }
  }

  public DeleteIdentityProviderResponse deleteIdentityProvider(DeleteIdentityProviderRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    String name = checkName("providerName", request.providerName());
    pool.lock().lock();
    try {
      existing(pool, name);
      pool.identityProviders().remove(name);
      dropFromClients(pool, name);
    } finally {
      pool.lock().unlock();
    }
    return DeleteIdentityProviderResponse.builder().build();
  }

  public ListIdentityProvidersResponse listIdentityProviders(ListIdentityProvidersRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    int max = request.maxResults() == null ? 60 : request.maxResults();
    Paging.checkMaxResults(max, 60);
    String token = request.nextToken();
    if (token != null && (token.isEmpty() || token.chars().anyMatch(Character::isWhitespace))) {
      throw CognitoErrors.constraint("nextToken", token, token.isEmpty()
          ? "Member must have length greater than or equal to 1"
          : "Member must satisfy regular expression pattern: [\\S]+");
    }
    // By name, with a cursor on that order.
    Paging<IdentityProvider> page = Paging.page("ListIdentityProviders", pool.identityProviders().values(),
        IdentityProvider::name, token, max);
    List<ProviderDescription> providers = page.items().stream().map(IdentityProvider::toDescription).toList();
    return ListIdentityProvidersResponse.builder().providers(providers).nextToken(page.nextToken()).build();
  }

  public GetIdentityProviderByIdentifierResponse getIdentityProviderByIdentifier(
      GetIdentityProviderByIdentifierRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    String identifier = checkIdentifier("idpIdentifier", request.idpIdentifier());
    for (IdentityProvider provider : pool.identityProviders().values()) {
      if (provider.idpIdentifiers().contains(identifier)) {
        return GetIdentityProviderByIdentifierResponse.builder().identityProvider(provider.toType(pool.id()))
            .build();
      }
    }
    throw CognitoErrors.idpIdentifierNotFound(identifier);
  }

  /** GetSigningCertificate: the pool's certificate, which it signs SAML requests with. */
  public GetSigningCertificateResponse getSigningCertificate(GetSigningCertificateRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    return GetSigningCertificateResponse.builder().certificate(backend.tokens().signingCertificate(pool.id()))
        .build();
  }

  /** The provider named {@code name}, which must exist. */
  static IdentityProvider existing(UserPool pool, String name) {
    IdentityProvider provider = pool.identityProviders().get(name);
    if (provider == null) {
      throw CognitoErrors.identityProviderNotFound(name);
    }
    return provider;
  }

  /* ---- Validation ---- */

  private static String checkNewName(@Nullable String name) {
    if (name == null) {
      throw CognitoErrors.notNull("providerName");
    }
    if (name.isEmpty() || name.length() > 32 || !NEW_NAME.matcher(name).matches()) {
      throw CognitoErrors.constraint("providerName", name, name.length() > 32
          ? "Member must have length less than or equal to 32"
          : name.isEmpty() ? "Member must have length greater than or equal to 1" : NEW_NAME_RULE);
    }
    if (name.equalsIgnoreCase(COGNITO)) {
      // The wording is assumed.
      throw CognitoErrors.invalidParameter("Provider name " + name + " is reserved.");
    }
    return name;
  }

  /** A provider name as the operations other than Create take it. */
  static String checkName(String member, @Nullable String name) {
    if (name == null) {
      throw CognitoErrors.notNull(member);
    }
    if (name.isEmpty() || name.length() > 32 || !NAME.matcher(name).matches()) {
      throw CognitoErrors.constraint(member, name, name.length() > 32
          ? "Member must have length less than or equal to 32"
          : name.isEmpty() ? "Member must have length greater than or equal to 1" : NAME_RULE);
    }
    return name;
  }

  private static String checkType(@Nullable String type) {
    if (type == null) {
      throw CognitoErrors.notNull("providerType");
    }
    if (!ProviderDetails.TYPES.contains(type)) {
      throw CognitoErrors.constraint("providerType", type,
          "Member must satisfy enum value set: [" + String.join(", ", ProviderDetails.TYPES) + "]");
    }
    return type;
  }

  /** A social provider is named after its type, and no other provider takes a social type's name. */
  private static void checkNameFitsType(String name, String type) {
    if (isSocialName(type) ? !name.equals(type) : isSocialName(name)) {
      throw CognitoErrors.providerTypeMismatch(name, type);
    }
  }

  private static boolean isSocialName(String name) {
    return name.equals(ProviderDetails.GOOGLE) || name.equals(ProviderDetails.FACEBOOK)
        || name.equals(ProviderDetails.AMAZON) || name.equals(ProviderDetails.APPLE);
  }

  private static Map<String, String> checkMap(String member, Map<String, String> map) {
    Map<String, String> copy = new LinkedHashMap<>();
    map.forEach((key, value) -> {
      if (key == null || value == null) {
        throw CognitoErrors.notNull(member);
      }
      copy.put(key, value);
    });
    return copy;
  }

  /**
   * Checks an AttributeMapping: each key is an attribute of the pool's schema or {@code username},
   * never {@code sub}, which Cognito sets itself; then adds the default {@code username} mapping.
   */
  private static Map<String, String> attributeMapping(UserPool pool, String type, Map<String, String> requested) {
    Map<String, String> mapping = checkMap("attributeMapping", requested);
    Set<String> schema = new HashSet<>();
    for (SchemaAttributeType attribute : pool.config().schemaAttributes()) {
      schema.add(attribute.name());
    }
    for (String key : mapping.keySet()) {
      if (key.isEmpty() || key.length() > 32) {
        throw CognitoErrors.constraint("attributeMapping", mapping, "Map keys must satisfy constraint: "
            + "[Member must have length less than or equal to 32, Member must have length greater than or equal to 1]");
      }
      if (mapping.get(key).length() > 131072) {
        throw CognitoErrors.constraint("attributeMapping", mapping,
            "Map value must satisfy constraint: [Member must have length less than or equal to 131072]");
      }
      if (key.equals("sub")) {
        // Cognito gives every user its own sub; the wording is assumed.
        throw CognitoErrors.invalidParameter("The sub attribute cannot be mapped to an identity provider attribute.");
      }
      if (!key.equals("username") && !schema.contains(key)) {
        // The wording is assumed.
        throw CognitoErrors.invalidParameter("Attribute " + key + " in AttributeMapping does not exist in the "
            + "schema of user pool " + pool.id() + ".");
      }
    }
    String username = DEFAULT_USERNAME.get(type);
    if (username != null) {
      mapping.putIfAbsent("username", username);
    }
    return mapping;
  }

  private static List<String> identifiers(List<String> requested) {
    if (requested.size() > MAX_IDENTIFIERS) {
      throw CognitoErrors.listLength("idpIdentifiers", "Member must have length less than or equal to 50");
    }
    List<String> identifiers = new ArrayList<>();
    for (String identifier : requested) {
      if (identifier == null || identifier.isEmpty() || identifier.length() > 40
          || !IDENTIFIER.matcher(identifier).matches()) {
        throw CognitoErrors.constraint("idpIdentifiers", requested, "Member must satisfy constraint: [Member must "
            + "have length less than or equal to 40, Member must have length greater than or equal to 1, "
            + IDENTIFIER_RULE + "]");
      }
      if (identifiers.contains(identifier)) {
        // The wording is assumed.
        throw CognitoErrors.invalidParameter("Duplicate IdpIdentifier " + identifier + ".");
      }
      identifiers.add(identifier);
    }
    return identifiers;
  }

  private static String checkIdentifier(String member, @Nullable String identifier) {
    if (identifier == null) {
      throw CognitoErrors.notNull(member);
    }
    if (identifier.isEmpty() || identifier.length() > 40 || !IDENTIFIER.matcher(identifier).matches()) {
      throw CognitoErrors.constraint(member, identifier, identifier.length() > 40
          ? "Member must have length less than or equal to 40"
          : identifier.isEmpty() ? "Member must have length greater than or equal to 1" : IDENTIFIER_RULE);
    }
    return identifier;
  }

  /** ACR levels Level1 to Level4 of an OIDC provider; the wordings are assumed. */
  private static Map<String, String> acrMapping(String type, Map<String, String> requested) {
    Map<String, String> acr = checkMap("acrMapping", requested);
    if (!acr.isEmpty() && !type.equals(ProviderDetails.OIDC)) {
      throw CognitoErrors.invalidParameter("AcrMapping is only supported for OIDC identity providers.");
    }
    for (Map.Entry<String, String> entry : acr.entrySet()) {
      if (!ACR_LEVELS.contains(entry.getKey())) {
        throw CognitoErrors.invalidParameter("AcrMapping keys must be Level1, Level2, Level3 or Level4.");
      }
      if (entry.getValue().isEmpty()) {
        throw CognitoErrors.invalidParameter("AcrMapping values must not be empty.");
      }
    }
    return acr;
  }

  /** IdP identifiers are unique in the pool; the caller holds the lock. */
  private static void checkIdentifiersFree(UserPool pool, String name, List<String> identifiers) {
    for (IdentityProvider other : pool.identityProviders().values()) {
      if (other.name().equals(name)) {
        continue;
      }
      for (String identifier : identifiers) {
        if (other.idpIdentifiers().contains(identifier)) {
          throw CognitoErrors.duplicateIdpIdentifier(identifier, pool.id());
        }
      }
    }
  }

  /** Takes a deleted provider out of every app client's SupportedIdentityProviders; the caller holds the lock. */
  private static void dropFromClients(UserPool pool, String name) {
    for (String clientId : List.copyOf(pool.clients().keySet())) {
      pool.clients().computeIfPresent(clientId, (id, client) -> {
        List<String> providers = client.supportedIdentityProviders();
        if (!providers.contains(name)) {
          return client;
        }
        List<String> kept = providers.stream().filter(p -> !p.equals(name)).toList();
        return client.toBuilder().supportedIdentityProviders(kept).build();
      });
    }
  }

  /** Whether {@code name} is an identity provider of the pool; for app client settings. */
  public static boolean exists(UserPool pool, String name) {
    return pool.identityProviders().containsKey(name);
  }
}
