package dev.fakecognito.internal;

import dev.fakecognito.internal.auth.AuthSessions;
import dev.fakecognito.internal.clients.ClientSecret;
import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.limits.RequestRates;
import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.recording.ContextRecorder;
import dev.fakecognito.internal.recording.InMemoryOutbox;
import dev.fakecognito.internal.risk.RiskSignals;
import dev.fakecognito.internal.tokens.TokenService;
import dev.fakecognito.internal.triggers.TriggerDispatcher;
import dev.fakecognito.internal.users.UserImportOperations;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/**
 * The whole state of one fake: its pools, and the recordings tests read.
 *
 * <p>Each {@code FakeCognito} has exactly one; nothing here is static, so two fakes in one JVM never
 * see each other.
 */
public final class Backend {

  private static final Pattern POOL_ID = Pattern.compile("[\\w-]+_[0-9a-zA-Z]+");
  private static final Pattern CLIENT_ID = Pattern.compile("[\\w+]+");

  private final String region;
  private final Clock clock;
  private final ConcurrentHashMap<String, UserPool> pools = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, String> poolOfClient = new ConcurrentHashMap<>();
  /** The pool of every prefix and custom domain: names are unique across the whole fake. */
  private final ConcurrentHashMap<String, String> poolOfDomain = new ConcurrentHashMap<>();
  private final InMemoryOutbox outbox = new InMemoryOutbox(this);
  private final ContextRecorder recorder = new ContextRecorder();
  private final RiskSignals risks = new RiskSignals();
  private final RequestRates rates = new RequestRates();
  private final TokenService tokens;
  private final TriggerDispatcher triggers;
  private volatile @Nullable AuthSessions sessions;
  /** The base URI of the HTTP endpoint once it serves, for pre-signed upload URLs. */
  private volatile @Nullable String endpointBase;
  /** Where sign-in through a social provider type goes instead of its real endpoints, by type. */
  private final java.util.Map<String, String> socialProviders = new java.util.concurrent.ConcurrentHashMap<>();

  public Backend(String region, Clock clock) {
    this.region = region;
    this.clock = clock;
    this.tokens = new TokenService(this);
    this.triggers = new TriggerDispatcher(region);
  }

  public String region() {
    return region;
  }

  public Clock clock() {
    return clock;
  }

  public ConcurrentHashMap<String, UserPool> pools() {
    return pools;
  }

  public InMemoryOutbox outbox() {
    return outbox;
  }

  /** The risk a test has declared. */
  public RiskSignals risks() {
    return risks;
  }

  /** The account's request-rate quotas, shared by all pools. */
  public RequestRates rates() {
    return rates;
  }

  public ContextRecorder recorder() {
    return recorder;
  }

  public TokenService tokens() {
    return tokens;
  }

  public TriggerDispatcher triggers() {
    return triggers;
  }

  /** Records that the HTTP endpoint serves at {@code base} ({@code http://127.0.0.1:<port>}). */
  public void endpointStarted(String base) {
    this.endpointBase = base;
  }

  /** The HTTP endpoint's base ({@code http://127.0.0.1:<port>}), or null while it does not serve. */
  public @Nullable String endpointBase() {
    return endpointBase;
  }

  /**
   * Sends sign-in through a social provider type ({@code Google}, {@code Facebook}, ...) to a test's
   * identity provider at {@code base} instead of the real one.
   */
  public void socialProviderAt(String providerType, String base) {
    socialProviders.put(providerType, base);
  }

  /** The base a test set for a social provider type, or null: sign-in then uses the real endpoints. */
  public @Nullable String socialProviderBase(String providerType) {
    return socialProviders.get(providerType);
  }

  /**
   * Where pre-signed URLs of user import jobs point: the HTTP endpoint once it serves, otherwise
   * Cognito's import bucket in this region, which nothing serves.
   */
  public String uploadBase() {
    String base = endpointBase;
    return base != null ? base : "https://aws-cognito-idp-user-import-" + region + ".s3.amazonaws.com";
  }

  /** The pending challenges; made on first use, since most tests never see a challenge. */
  public AuthSessions sessions() {
    AuthSessions current = sessions;
    if (current == null) {
      synchronized (this) {
        current = sessions;
        if (current == null) {
          current = new AuthSessions(clock);
          sessions = current;
        }
      }
    }
    return current;
  }

  /**
   * Returns a pool.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     if the ID is missing
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException
   *     if there is no such pool
   */
  public UserPool pool(@Nullable String userPoolId) {
    if (userPoolId == null) {
      throw CognitoErrors.notNull("userPoolId");
    }
    if (userPoolId.length() > 55 || !POOL_ID.matcher(userPoolId).matches()) {
      throw CognitoErrors.constraint("userPoolId", userPoolId, userPoolId.length() > 55
          ? "Member must have length less than or equal to 55"
          : "Member must satisfy regular expression pattern: [\\w-]+_[0-9a-zA-Z]+");
    }
    UserPool pool = pools.get(userPoolId);
    if (pool == null) {
      throw CognitoErrors.userPoolNotFound(userPoolId);
    }
    UserImportOperations.settle(this, pool);
    return pool;
  }

  public @Nullable UserPool findPool(String userPoolId) {
    return pools.get(userPoolId);
  }

  /** An app client together with its pool. */
  public record ClientRef(UserPool pool, UserPoolClientType client) {
    public String clientId() {
      return client.clientId();
    }

    /**
     * The client's current secret values, oldest first; empty for a client without a secret. Any
     * of them is accepted wherever a secret or SECRET_HASH is checked.
     */
    public java.util.List<String> secrets() {
      java.util.List<ClientSecret> secrets = pool.secretsOf(client.clientId());
      if (secrets.isEmpty()) {
        return client.clientSecret() == null ? java.util.List.of() : java.util.List.of(client.clientSecret());
      }
      return secrets.stream().map(ClientSecret::value).toList();
    }
  }

  /**
   * Resolves an app client by ID alone, as the unauthenticated operations do.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException
   *     if there is no such client
   */
  public ClientRef client(@Nullable String clientId) {
    if (clientId == null) {
      throw CognitoErrors.notNull("clientId");
    }
    if (clientId.isEmpty() || clientId.length() > 128 || !CLIENT_ID.matcher(clientId).matches()) {
      throw CognitoErrors.constraint("clientId", clientId, clientId.length() > 128
          ? "Member must have length less than or equal to 128"
          : "Member must satisfy regular expression pattern: [\\w+]+");
    }
    String poolId = poolOfClient.get(clientId);
    UserPool pool = poolId == null ? null : pools.get(poolId);
    UserPoolClientType client = pool == null ? null : pool.clients().get(clientId);
    if (client == null) {
      throw CognitoErrors.clientNotFound(clientId);
    }
    UserImportOperations.settle(this, pool);
    return new ClientRef(pool, client);
  }

  /** Resolves an app client that must belong to {@code pool}, as the admin operations do. */
  public ClientRef client(UserPool pool, @Nullable String clientId) {
    if (clientId == null) {
      throw CognitoErrors.notNull("clientId");
    }
    UserPoolClientType client = pool.clients().get(clientId);
    if (client == null) {
      throw CognitoErrors.clientNotFound(clientId);
    }
    return new ClientRef(pool, client);
  }

  /** Forgets every pool and recording, when the fake is closed. */
  public void clear() {
    pools.clear();
    poolOfClient.clear();
    poolOfDomain.clear();
    outbox.clear();
    recorder.clear();
    risks.reset();
    rates.clear();
    triggers.clear();
    tokens.clear();
  }

  /** A copy of the pending challenges, without making the store if no challenge was ever issued. */
  java.util.Map<String, AuthSessions.Pending> pendingChallenges() {
    AuthSessions current = sessions;
    return current == null ? java.util.Map.of() : new java.util.TreeMap<>(current.pending());
  }

  /** Which pool each app client belongs to, for snapshots. */
  public java.util.Map<String, String> clientRegistrations() {
    return java.util.Map.copyOf(poolOfClient);
  }

  /**
   * A comparable copy of this fake's state, for tests that check a failed call changed nothing;
   * see {@link StateSnapshot} for what it holds.
   */
  public StateSnapshot snapshot() {
    return StateSnapshot.of(this);
  }

  /** Whether an app client of any pool has this ID. */
  public boolean clientRegistered(String clientId) {
    return poolOfClient.containsKey(clientId);
  }

  public void registerClient(String clientId, String userPoolId) {
    poolOfClient.put(clientId, userPoolId);
  }

  public void unregisterClient(String clientId) {
    poolOfClient.remove(clientId);
  }

  /** The ID of the pool a prefix or custom domain belongs to, or null. */
  public @Nullable String poolOfDomain(String domain) {
    return poolOfDomain.get(domain);
  }

  /** Claims a domain name for a pool; false if any pool has it already. */
  public boolean claimDomain(String domain, String userPoolId) {
    return poolOfDomain.putIfAbsent(domain, userPoolId) == null;
  }

  /** Gives up a pool's claim on a domain name. */
  public void releaseDomain(String domain, String userPoolId) {
    poolOfDomain.remove(domain, userPoolId);
  }

  /** Which pool each domain belongs to, for snapshots. */
  public java.util.Map<String, String> domainRegistrations() {
    return java.util.Map.copyOf(poolOfDomain);
  }
}
