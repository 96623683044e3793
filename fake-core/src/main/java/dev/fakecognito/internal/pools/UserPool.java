package dev.fakecognito.internal.pools;

import dev.fakecognito.internal.branding.ManagedLoginStyle;
import dev.fakecognito.internal.branding.Terms;
import dev.fakecognito.internal.branding.UiCustomization;
import dev.fakecognito.internal.clients.ClientSecret;
import dev.fakecognito.internal.groups.Group;
import dev.fakecognito.internal.users.User;
import dev.fakecognito.internal.users.UserImportJob;
import dev.fakecognito.internal.util.ModelSupport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserPoolMfaConfigResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceServerType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RiskConfigurationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameAttributeType;

/**
 * One user pool: its configuration, app clients and users.
 *
 * <p>The configuration is an immutable {@link UserPoolType}, replaced whole on update. Users are
 * mutable and every access to them, and every change that spans users (aliases, uniqueness), holds
 * {@link #lock()}. App clients are immutable {@link UserPoolClientType} values in a concurrent map.
 */
public final class UserPool {

  private final String id;
  private final ReentrantLock lock = new ReentrantLock();
  private volatile UserPoolType config;
  /** Null until the settings are first changed or read: the SDK class is costly to load. */
  private volatile @Nullable GetUserPoolMfaConfigResponse mfaConfig;

  private final ConcurrentHashMap<String, UserPoolClientType> clients = new ConcurrentHashMap<>();
  /** The secrets of each app client that has any, oldest first, by client ID; the lists are immutable. */
  private final ConcurrentHashMap<String, List<ClientSecret>> clientSecrets = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, RiskConfigurationType> riskConfigurations = new ConcurrentHashMap<>();
  /** Resource servers by identifier; changes hold {@link #lock()}. */
  private final ConcurrentHashMap<String, ResourceServerType> resourceServers = new ConcurrentHashMap<>();
  /** External identity providers by name; changes hold {@link #lock()}. */
  private final ConcurrentHashMap<String, dev.fakecognito.internal.federation.IdentityProvider> identityProviders =
      new ConcurrentHashMap<>();
  /** Federated identities linked to users, by {@link dev.fakecognito.internal.federation.ProviderLink#key()}. */
  private final ConcurrentHashMap<String, dev.fakecognito.internal.federation.ProviderLink> providerLinks =
      new ConcurrentHashMap<>();
  /** Managed login branding styles by ID; changes hold {@link #lock()}. */
  private final ConcurrentHashMap<String, ManagedLoginStyle> managedLoginStyles = new ConcurrentHashMap<>();
  /** Classic hosted UI customizations by client ID, the pool's own under "ALL"; changes hold the lock. */
  private final ConcurrentHashMap<String, UiCustomization> uiCustomizations = new ConcurrentHashMap<>();
  /** Terms documents by ID; changes hold {@link #lock()}. */
  private final ConcurrentHashMap<String, Terms> terms = new ConcurrentHashMap<>();
  /** The prefix domain and the custom domain, each null until created; changes hold {@link #lock()}. */
  private volatile @Nullable Domain prefixDomain;
  private volatile @Nullable Domain customDomain;
  private final ConcurrentHashMap<String, User> users = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, User> bySub = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, User> byAlias = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<User, List<String>> aliasKeysOf = new ConcurrentHashMap<>();
  private final Map<String, Group> groups = new LinkedHashMap<>();
  /** User import jobs by ID, in creation order; guarded by the lock. */
  private final Map<String, UserImportJob> importJobs = new LinkedHashMap<>();
  /**
   * When the next started import job of the pool finishes, in epoch milliseconds, or {@link
   * Long#MAX_VALUE} if none runs: read without the lock, so that a pool without running jobs costs
   * each call one volatile read.
   */
  private volatile long nextImportDue = Long.MAX_VALUE;
  private final AtomicLong sequence = new AtomicLong();
  /** Replicas by Region, including deleted ones until they are replaced; guarded by the lock. */
  private final Map<String, Replica> replicas = new java.util.TreeMap<>();
  /** The log delivery configuration, replaced whole; empty until set. */
  private volatile List<LogDestination> logDestinations = List.of();
  private final java.util.concurrent.ConcurrentLinkedQueue<dev.fakecognito.recording.LogDelivery> logDeliveries =
      new java.util.concurrent.ConcurrentLinkedQueue<>();

  public UserPool(UserPoolType config) {
    this.id = config.id();
    this.config = config;
  }

  public String id() {
    return id;
  }

  /** The part of the pool ID after the underscore, which SRP and password hashing use. */
  public String poolName() {
    return id.substring(id.indexOf('_') + 1);
  }

  public ReentrantLock lock() {
    return lock;
  }

  public UserPoolType config() {
    return config;
  }

  public void config(UserPoolType config) {
    this.config = config;
  }

  /**
   * The pool's MFA settings as GetUserPoolMfaConfig returns them. The mode itself also lives in
   * {@link #config()}'s MfaConfiguration; {@link #mfaMode()} reads it from there.
   */
  public GetUserPoolMfaConfigResponse mfaConfig() {
    GetUserPoolMfaConfigResponse current = mfaConfig;
    return current != null ? current : DefaultMfa.OFF;
  }

  /** The settings of a new pool; a holder, so that pools whose MFA nobody asks about never load them. */
  private static final class DefaultMfa {
    static final GetUserPoolMfaConfigResponse OFF =
        GetUserPoolMfaConfigResponse.builder().mfaConfiguration(UserPoolMfaType.OFF).build();
  }

  public void mfaConfig(GetUserPoolMfaConfigResponse mfaConfig) {
    this.mfaConfig = mfaConfig;
  }

  public UserPoolMfaType mfaMode() {
    UserPoolMfaType mode = config.mfaConfiguration();
    return mode == null ? UserPoolMfaType.OFF : mode;
  }

  public ConcurrentHashMap<String, UserPoolClientType> clients() {
    return clients;
  }

  /**
   * The secrets of every app client that has any, oldest first, by client ID. Each list is
   * immutable and replaced whole; changes hold {@link #lock()}.
   */
  public ConcurrentHashMap<String, List<ClientSecret>> clientSecrets() {
    return clientSecrets;
  }

  /**
   * Threat protection settings set with SetRiskConfiguration, by app client ID, with the pool's own
   * under {@link #POOL_RISK_CONFIGURATION}.
   */
  public ConcurrentHashMap<String, RiskConfigurationType> riskConfigurations() {
    return riskConfigurations;
  }

  /** The pool's replicas by Region; callers hold the lock. */
  public Map<String, Replica> replicas() {
    return replicas;
  }

  /** The log delivery configuration SetLogDeliveryConfiguration set, in its order; empty if none. */
  public List<LogDestination> logDestinations() {
    return logDestinations;
  }

  public void logDestinations(List<LogDestination> destinations) {
    this.logDestinations = List.copyOf(destinations);
  }

  /**
   * Records one log record for every configured destination of {@code eventSource}; a recording,
   * like the outbox, that failed calls may leave behind.
   */
  public void deliverLog(java.time.Instant time, String eventSource, String username, String event, String detail) {
    for (LogDestination destination : logDestinations) {
      if (destination.eventSource().equals(eventSource)) {
        logDeliveries.add(new dev.fakecognito.recording.LogDelivery(time, id, eventSource, destination.logLevel(),
            destination.arn(), username, event, detail));
      }
    }
  }

  /** Every log record delivered so far, oldest first. */
  public List<dev.fakecognito.recording.LogDelivery> logDeliveries() {
    return List.copyOf(logDeliveries);
  }

  /**
   * The pool's OAuth 2.0 resource servers by identifier. Each value is immutable and replaced whole;
   * changes hold {@link #lock()}, since they also change the app clients that name their scopes.
   */
  public ConcurrentHashMap<String, ResourceServerType> resourceServers() {
    return resourceServers;
  }

  /**
   * The pool's external identity providers by name. Each value is immutable and replaced whole;
   * changes hold {@link #lock()}, since they also change app clients and check IdP identifiers
   * across providers.
   */
  public ConcurrentHashMap<String, dev.fakecognito.internal.federation.IdentityProvider> identityProviders() {
    return identityProviders;
  }

  /**
   * The federated identities AdminLinkProviderForUser linked to users of the pool, by provider,
   * attribute and value; changes hold {@link #lock()}.
   */
  public ConcurrentHashMap<String, dev.fakecognito.internal.federation.ProviderLink> providerLinks() {
    return providerLinks;
  }

  /** The pool's managed login branding styles by ID, one at most for each app client. */
  public ConcurrentHashMap<String, ManagedLoginStyle> managedLoginStyles() {
    return managedLoginStyles;
  }

  /**
   * The classic hosted UI customizations by app client ID, the pool-wide one under {@link
   * UiCustomization#ALL}.
   */
  public ConcurrentHashMap<String, UiCustomization> uiCustomizations() {
    return uiCustomizations;
  }

  /** The pool's terms documents by ID, at most one of each name for each app client. */
  public ConcurrentHashMap<String, Terms> terms() {
    return terms;
  }

  /**
   * Forgets the branding of an app client that is deleted: its managed login style, classic
   * customization and terms documents. Callers hold the lock.
   */
  public void forgetBrandingOf(String clientId) {
    managedLoginStyles.values().removeIf(style -> style.clientId().equals(clientId));
    uiCustomizations.remove(clientId);
    terms.values().removeIf(document -> document.clientId().equals(clientId));
  }

  /** The pool's prefix domain ({@code <prefix>.auth.<region>.amazoncognito.com}), or null. */
  public @Nullable Domain prefixDomain() {
    return prefixDomain;
  }

  public void prefixDomain(@Nullable Domain domain) {
    this.prefixDomain = domain;
  }

  /** The pool's custom domain, or null. */
  public @Nullable Domain customDomain() {
    return customDomain;
  }

  public void customDomain(@Nullable Domain domain) {
    this.customDomain = domain;
  }

  /** The key of the pool-wide entry in {@link #riskConfigurations()}. */
  public static final String POOL_RISK_CONFIGURATION = "";

  /** The current secrets of an app client, oldest first; empty for a client without a secret. */
  public List<ClientSecret> secretsOf(String clientId) {
    return clientSecrets.getOrDefault(clientId, List.of());
  }

  public boolean caseSensitive() {
    UserPoolType c = config;
    return c.usernameConfiguration() == null
        || !Boolean.FALSE.equals(c.usernameConfiguration().caseSensitive());
  }

  /** Whether users sign in with email or phone number instead of a username. */
  public boolean usesUsernameAttributes() {
    return !config.usernameAttributes().isEmpty();
  }

  public boolean isUsernameAttribute(String attribute) {
    for (UsernameAttributeType type : config.usernameAttributes()) {
      if (type.toString().equals(attribute)) {
        return true;
      }
    }
    return false;
  }

  public boolean isAliasAttribute(String attribute) {
    for (AliasAttributeType type : config.aliasAttributes()) {
      if (type.toString().equals(attribute)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A number larger than every one returned before: the creation order of the pool's groups and
   * devices, which listings page through even when the clock stands still and creation times tie.
   */
  public long nextSequence() {
    return sequence.incrementAndGet();
  }

  /** The pool's groups by name, in creation order; callers hold the lock. */
  public Map<String, Group> groups() {
    return groups;
  }

  /** The pool's user import jobs by ID, in creation order; callers hold the lock. */
  public Map<String, UserImportJob> importJobs() {
    return importJobs;
  }

  /** When the next running import job finishes, in epoch milliseconds, or {@link Long#MAX_VALUE}. */
  public long nextImportDue() {
    return nextImportDue;
  }

  /** Sets {@link #nextImportDue()}; callers hold the lock. */
  public void nextImportDue(long epochMillis) {
    this.nextImportDue = epochMillis;
  }

  /* ---- Users; callers hold the lock ---- */

  public int userCount() {
    return users.size();
  }

  public Collection<User> users() {
    return users.values();
  }

  public @Nullable User byUsername(String username) {
    return users.get(key(username));
  }

  public @Nullable User byAlias(String attribute, String value) {
    return byAlias.get(aliasKey(attribute, value));
  }

  /**
   * Finds a user by username, by sign-in alias (email, phone number or preferred username, as the
   * pool allows) or by {@code sub}.
   */
  public @Nullable User find(String name) {
    User user = users.get(key(name));
    if (user != null) {
      return user;
    }
    for (String attribute : new String[] {"email", "phone_number", "preferred_username"}) {
      user = byAlias.get(aliasKey(attribute, name));
      if (user != null) {
        return user;
      }
    }
    return bySub.get(name);
  }

  public void add(User user) {
    users.put(key(user.username()), user);
    bySub.put(user.sub(), user);
    reindex(user);
  }

  public void remove(User user) {
    users.remove(key(user.username()));
    bySub.remove(user.sub());
    List<String> keys = aliasKeysOf.remove(user);
    if (keys != null) {
      keys.forEach(k -> byAlias.remove(k, user));
    }
  }

  /** The user that currently holds {@code attribute=value} as a sign-in name, if any. */
  public @Nullable User aliasOwner(String attribute, String value) {
    return byAlias.get(aliasKey(attribute, value));
  }

  /**
   * Recomputes which sign-in names point at {@code user} after its attributes or status changed.
   * In pools with username attributes the email or phone is the sign-in name whether verified or
   * not; alias attributes count only once verified, except {@code preferred_username}.
   */
  public void reindex(User user) {
    List<String> old = aliasKeysOf.remove(user);
    if (old != null) {
      old.forEach(k -> byAlias.remove(k, user));
    }
    if (user.status() == ModelSupport.EXTERNAL_PROVIDER) {
      // A federated user signs in only through its provider, so its email or phone names nobody.
      return;
    }
    List<String> keys = new ArrayList<>(3);
    for (String attribute : new String[] {"email", "phone_number", "preferred_username"}) {
      String value = user.attribute(attribute);
      if (value == null) {
        continue;
      }
      boolean signIn =
          isUsernameAttribute(attribute)
              || (isAliasAttribute(attribute)
                  && (attribute.equals("preferred_username") || user.isVerified(attribute)));
      if (signIn) {
        String key = aliasKey(attribute, value);
        byAlias.put(key, user);
        keys.add(key);
      }
    }
    if (!keys.isEmpty()) {
      aliasKeysOf.put(user, keys);
    }
  }

  /** Every sign-in name (attribute and value, as indexed) and the username it points at, for snapshots. */
  public Map<String, String> signInNames() {
    Map<String, String> names = new java.util.TreeMap<>();
    byAlias.forEach((key, user) -> names.put(key, user.username()));
    return names;
  }

  private String key(String username) {
    return caseSensitive() ? username : username.toLowerCase(Locale.ROOT);
  }

  private String aliasKey(String attribute, String value) {
    boolean fold = attribute.equals("email") || !caseSensitive();
    return attribute + ":" + (fold ? value.toLowerCase(Locale.ROOT) : value);
  }
}
