package dev.fakecognito.internal.federation;

import dev.fakecognito.internal.Backend.ClientRef;
import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.auth.HostedSignIn;
import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.groups.Group;
import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.tokens.ClaimsOverride;
import dev.fakecognito.internal.tokens.TokenService;
import dev.fakecognito.internal.triggers.TokenCustomization;
import dev.fakecognito.internal.triggers.Trigger;
import dev.fakecognito.internal.triggers.TriggerEvents;
import dev.fakecognito.internal.users.AuthEvents;
import dev.fakecognito.internal.users.User;
import dev.fakecognito.internal.util.Ids;
import dev.fakecognito.internal.util.ModelSupport;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;

/**
 * A sign-in through an external identity provider, once its protocol has established who signed
 * in (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-identity-federation.html).
 *
 * <p>The user is named {@code <ProviderName>_<id>}, where the id is the IdP attribute the
 * provider's AttributeMapping maps to {@code username} (OIDC and social providers map {@code sub}
 * by default), or else the identity's own user ID. The first sign-in runs Pre sign-up with {@code
 * PreSignUp_ExternalProvider} and creates the user with status {@code EXTERNAL_PROVIDER}, the
 * mapped attributes, an {@code identities} attribute naming the provider, and membership of the
 * group {@code <poolId>_<ProviderName>}, which is made when missing; Post confirmation follows with
 * {@code PostConfirmation_ConfirmSignUp}. Later sign-ins write the mapped attributes again. An
 * identity that AdminLinkProviderForUser linked to a user signs in as that user, whose attributes
 * stay as they are (assumed); so does one that Pre sign-up links, which then makes no user
 * (assumed). Later sign-ins, and those of linked users, run Pre authentication and Post
 * authentication, which the first sign-in skips, as users observe in Cognito; every sign-in runs
 * Pre token generation with {@code TokenGeneration_HostedAuth}, like the sign-in page. Before
 * all of this, the inbound federation trigger may change the attributes the provider sent.
 */
public final class FederatedSignIn {

  private final Backend backend;

  public FederatedSignIn(Backend backend) {
    this.backend = backend;
  }

  /**
   * Runs the inbound federation trigger, if the pool has one, on the attributes the provider sent
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-inbound-federation.html):
   * {@code request.attributes.samlResponse} for SAML, {@code idToken} and {@code userInfo} for
   * OIDC and social providers, which the fake fills both with the one set of claims it has, and
   * an empty {@code tokenResponse} (assumed). A non-empty {@code response.userAttributesToMap}
   * replaces the attributes, which AttributeMapping then maps; an empty one keeps them. The
   * event's userName is the one the received attributes give (assumed).
   */
  private ExternalIdentity inboundFederation(ClientRef client, IdentityProvider provider, ExternalIdentity identity) {
    UserPool pool = client.pool();
    if (!backend.triggers().configured(pool, Trigger.INBOUND_FEDERATION)) {
      return identity;
    }
    Map<String, Object> attributes = new LinkedHashMap<>();
    if (provider.type().equals("SAML")) {
      attributes.put("samlResponse", new LinkedHashMap<String, Object>(identity.attributes()));
    } else {
      attributes.put("tokenResponse", new LinkedHashMap<String, Object>());
      attributes.put("idToken", new LinkedHashMap<String, Object>(identity.attributes()));
      attributes.put("userInfo", new LinkedHashMap<String, Object>(identity.attributes()));
    }
    Map<String, Object> response = backend.triggers().invoke(pool, Trigger.INBOUND_FEDERATION,
        "InboundFederation_ExternalProvider", client.clientId(), provider.name() + "_" + userId(provider, identity),
        TriggerEvents.request("providerName", provider.name(), "providerType", provider.type(),
            "attributes", attributes));
    Object toMap = response == null ? null : response.get("userAttributesToMap");
    if (!(toMap instanceof Map<?, ?> returned) || returned.isEmpty()) {
      return identity;
    }
    Map<String, String> replaced = new LinkedHashMap<>();
    returned.forEach((name, value) -> {
      if (name != null && value != null) {
        replaced.put(name.toString(), value.toString());
      }
    });
    return new ExternalIdentity(identity.providerName(), identity.userId(), replaced);
  }

  /**
   * Signs in the user {@code received} names, creating or updating it, after the inbound
   * federation trigger has seen its attributes.
   *
   * @param ip the end user's address, recorded as operation {@code ManagedLogin}
   * @return a signed-in result, whose tokens managed login issues
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException
   *     when a trigger rejects the sign-in or the user is disabled; the message goes to the app as
   *     {@code error_description}
   */
  public HostedSignIn.Result signIn(ClientRef client, IdentityProvider provider, ExternalIdentity received,
      String ip) {
    UserPool pool = client.pool();
    ExternalIdentity identity = inboundFederation(client, provider, received);
    String userId = userId(provider, identity);
    String username = provider.name() + "_" + userId;
    backend.recorder().recordHosted(HostedSignIn.RECORDED_OPERATION, client, username, ip, null);
    Map<String, String> mapped = mapped(provider, identity);

    boolean known;
    pool.lock().lock();
    try {
      known = linked(pool, provider, identity, userId) != null || pool.byUsername(username) != null;
    } finally {
      pool.lock().unlock();
    }
    boolean created = false;
    if (!known) {
      created = create(client, provider, identity, username, userId, mapped);
    }

    User user;
    User.Snapshot snapshot;
    ClaimsOverride changes;
    TokenService.Session session;
    pool.lock().lock();
    try {
      Instant now = backend.clock().instant();
      User linked = linked(pool, provider, identity, userId);
      user = linked != null ? linked : pool.byUsername(username);
      if (user == null) {
        // Deleted between creation and now.
        throw CognitoErrors.userNotFound();
      }
      if (!user.enabled()) {
        throw CognitoErrors.userDisabled();
      }
      if (linked == null && !created) {
        mapped.forEach(user::putAttribute);
        user.touch(now);
      }
      if (!created) {
        backend.triggers().invoke(pool, Trigger.PRE_AUTHENTICATION, "PreAuthentication_Authentication",
            client.clientId(), user.username(), TriggerEvents.request(
                "userAttributes", TriggerEvents.userAttributes(user),
                "validationData", TriggerEvents.clientMetadata(null)));
        backend.triggers().invoke(pool, Trigger.POST_AUTHENTICATION, "PostAuthentication_Authentication",
            client.clientId(), user.username(), TriggerEvents.request(
                "userAttributes", TriggerEvents.userAttributes(user),
                "newDeviceUsed", false,
                "clientMetadata", TriggerEvents.clientMetadata(null)));
      }
      snapshot = user.snapshot();
      changes = TokenCustomization.ask(backend, client, snapshot, "TokenGeneration_HostedAuth", Map.of());
      String eventId = AuthEvents.record(pool, user, now, AuthEvents.SIGN_IN, AuthEvents.PASS, ip, null);
      session = new TokenService.Session(now, Ids.uuid(), eventId, null);
    } finally {
      pool.lock().unlock();
    }
    return new HostedSignIn.Result(snapshot, session, changes, null, null);
  }

  /** The IdP's ID for the user: the attribute mapped to {@code username}, or the identity's user ID. */
  static String userId(IdentityProvider provider, ExternalIdentity identity) {
    String attribute = provider.attributeMapping().get("username");
    String value = attribute == null ? null : identity.attributes().get(attribute);
    return value == null || value.isEmpty() ? identity.userId() : value;
  }

  /** The pool attributes the AttributeMapping fills from what the IdP gave. */
  static Map<String, String> mapped(IdentityProvider provider, ExternalIdentity identity) {
    Map<String, String> mapped = new LinkedHashMap<>();
    provider.attributeMapping().forEach((attribute, idpAttribute) -> {
      if (attribute.equals("username")) {
        return;
      }
      String value = identity.attributes().get(idpAttribute);
      if (value != null) {
        mapped.put(attribute, attribute.endsWith("_verified") ? String.valueOf(Boolean.parseBoolean(value)) : value);
      }
    });
    return mapped;
  }

  /** The user a link names for this identity, if any; the caller holds the lock. */
  private static @Nullable User linked(UserPool pool, IdentityProvider provider, ExternalIdentity identity,
      String userId) {
    for (ProviderLink link : pool.providerLinks().values()) {
      if (!link.providerName().equals(provider.name())) {
        continue;
      }
      String value = link.attributeName().equals(ProviderLink.COGNITO_SUBJECT)
          ? userId : identity.attributes().get(link.attributeName());
      if (link.attributeValue().equals(value)) {
        User user = ProviderLinkOperations.linkedUser(pool, link.providerName(), link.attributeName(),
            link.attributeValue());
        if (user != null) {
          return user;
        }
      }
    }
    return null;
  }

  /**
   * The first sign-in: Pre sign-up, then the user, then Post confirmation.
   *
   * @return whether this call made the user (false when a concurrent sign-in made it first)
   */
  private boolean create(ClientRef client, IdentityProvider provider, ExternalIdentity identity, String username,
      String userId, Map<String, String> mapped) {
    UserPool pool = client.pool();
    Map<String, String> attributes = new LinkedHashMap<>(mapped);
    for (SchemaAttributeType schema : pool.config().schemaAttributes()) {
      if (Boolean.TRUE.equals(schema.required()) && !attributes.containsKey(schema.name())
          && !schema.name().equals("sub")) {
        // The wording is assumed.
        throw CognitoErrors.invalidParameter("Invalid user attributes: " + schema.name()
            + ": Attribute is required.");
      }
    }
    Map<String, Object> preSignUp = backend.triggers().invoke(pool, Trigger.PRE_SIGN_UP, "PreSignUp_ExternalProvider",
        client.clientId(), username, TriggerEvents.request(
            "userAttributes", TriggerEvents.userAttributes(attributes),
            "validationData", TriggerEvents.validationData(null),
            "clientMetadata", TriggerEvents.clientMetadata(null)));
    for (String attribute : new String[] {"email", "phone_number"}) {
      String flag = attribute.equals("email") ? "autoVerifyEmail" : "autoVerifyPhone";
      if (TriggerEvents.flag(preSignUp, flag) && attributes.containsKey(attribute)) {
        attributes.put(attribute + "_verified", "true");
      }
    }
    User user;
    pool.lock().lock();
    try {
      if (pool.byUsername(username) != null || linked(pool, provider, identity, userId) != null) {
        // Made meanwhile, or Pre sign-up linked the identity to a user (AdminLinkProviderForUser).
        return false;
      }
      Instant now = backend.clock().instant();
      user = new User(username, Ids.uuid(), now, ModelSupport.EXTERNAL_PROVIDER);
      attributes.forEach(user::putAttribute);
      user.putAttribute("identities", identities(pool, provider, userId, now));
      String groupName = pool.id() + "_" + provider.name();
      Group group = pool.groups().computeIfAbsent(groupName,
          name -> new Group(name, null, null, null, now, pool.nextSequence()));
      user.groups().putIfAbsent(groupName, group);
      pool.add(user);
    } finally {
      pool.lock().unlock();
    }
    if (backend.triggers().configured(pool, Trigger.POST_CONFIRMATION)) {
      Map<String, Object> userAttributes;
      pool.lock().lock();
      try {
        userAttributes = TriggerEvents.userAttributes(user);
      } finally {
        pool.lock().unlock();
      }
      backend.triggers().invoke(pool, Trigger.POST_CONFIRMATION, "PostConfirmation_ConfirmSignUp",
          client.clientId(), username, TriggerEvents.request("userAttributes", userAttributes,
              "clientMetadata", TriggerEvents.clientMetadata(null)));
    }
    return true;
  }

  /**
   * The {@code identities} attribute of a user the provider's first sign-in made, as Cognito
   * writes it: the issuer is a SAML provider's entity ID, null for others.
   */
  private static String identities(UserPool pool, IdentityProvider provider, String userId, Instant now) {
    String issuer = provider.entityId().isEmpty() ? null : provider.entityId();
    return "[" + ProviderLinkOperations.identity(userId, provider.name(), provider.type(), issuer, true,
        now.toEpochMilli()) + "]";
  }
}
