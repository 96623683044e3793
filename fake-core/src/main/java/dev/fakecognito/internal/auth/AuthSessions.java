package dev.fakecognito.internal.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.util.Ids;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * The {@code Session} strings of challenges in progress.
 *
 * <p>Entries live in a Caffeine cache whose ticker reads the fake's clock, so advancing the clock
 * expires them. They are kept for a while after their own expiry, so that a late answer gets
 * Cognito's "session is expired" error rather than "invalid session".
 */
public final class AuthSessions {

  private static final Duration KEEP_AFTER_EXPIRY = Duration.ofHours(1);

  /**
   * A challenge waiting for its answer.
   *
   * @param userPoolId the pool
   * @param clientId the app client the sign-in started through
   * @param username the internal username, or {@code null} for a user that does not exist and whose
   *     challenge is only simulated (existence-error prevention)
   * @param challengeName the challenge that was issued
   * @param expiresAt when the session stops being accepted
   * @param deviceKey the device the sign-in named, if any
   * @param srp the server's half of an SRP exchange, for the two verifier challenges
   * @param custom the state of a CUSTOM_AUTH flow, if the challenge belongs to one
   * @param code the code an SMS or email MFA challenge sent, if any
   */
  public record Pending(
      String userPoolId,
      String clientId,
      @Nullable String username,
      String challengeName,
      Instant expiresAt,
      @Nullable String deviceKey,
      @Nullable SrpExchange srp,
      @Nullable CustomAuth custom,
      @Nullable String code) {}

  /**
   * Where a CUSTOM_AUTH flow stands.
   *
   * @param history the challenges so far, as DefineAuthChallenge receives them ({@code
   *     challengeName}, {@code challengeResult}, {@code challengeMetadata})
   * @param privateParameters what CreateAuthChallenge kept for VerifyAuthChallengeResponse
   * @param challengeMetadata CreateAuthChallenge's metadata for the current challenge
   * @param srpA the client's SRP_A, when the flow started with {@code CHALLENGE_NAME=SRP_A}
   */
  public record CustomAuth(
      java.util.List<java.util.Map<String, Object>> history,
      java.util.Map<String, Object> privateParameters,
      @Nullable String challengeMetadata,
      java.math.@Nullable BigInteger srpA) {}

  /**
   * What the server keeps between issuing SRP_B and checking the client's signature.
   *
   * @param clientPublic A, as the client sent it
   * @param serverPrivate b
   * @param serverPublic B
   * @param verifier v
   * @param prefix the pool name for users, the device group key for devices
   * @param name the internal username for users, the device key for devices
   */
  public record SrpExchange(
      java.math.BigInteger clientPublic,
      java.math.BigInteger serverPrivate,
      java.math.BigInteger serverPublic,
      java.math.BigInteger verifier,
      String prefix,
      String name) {}

  private final Clock clock;
  /** Built on the first challenge: most tests never see one, and Caffeine's set-up is not free. */
  private volatile @Nullable Cache<String, Pending> sessions;

  /** Wrong answers given so far, by Session; an entry goes when its session does. */
  private final ConcurrentMap<String, Integer> failures = new ConcurrentHashMap<>();

  public AuthSessions(Clock clock) {
    this.clock = clock;
  }

  private Cache<String, Pending> sessions() {
    Cache<String, Pending> current = sessions;
    if (current == null) {
      synchronized (this) {
        current = sessions;
        if (current == null) {
          current = newCache();
          sessions = current;
        }
      }
    }
    return current;
  }

  private Cache<String, Pending> newCache() {
    Ticker ticker = () -> {
      Instant now = clock.instant();
      return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    };
    return Caffeine.newBuilder()
        .ticker(ticker)
        .executor(Runnable::run)
        .expireAfter(Expiry.<String, Pending>creating((key, pending) ->
            Duration.between(clock.instant(), pending.expiresAt()).plus(KEEP_AFTER_EXPIRY)))
        .removalListener((String key, Pending pending, RemovalCause cause) -> failures.remove(key))
        .build();
  }

  /** Starts a challenge that must be answered within {@code validity}; returns its Session. */
  public String start(String userPoolId, String clientId, String username, String challengeName,
      Duration validity, @Nullable String deviceKey) {
    return start(userPoolId, clientId, username, challengeName, validity, deviceKey, null);
  }

  /** Starts a challenge of a CUSTOM_AUTH flow; returns its Session. */
  public String start(String userPoolId, String clientId, String username, String challengeName,
      Duration validity, @Nullable String deviceKey, @Nullable CustomAuth custom) {
    // Real sessions are opaque blobs of several hundred characters; 96 random bytes look alike.
    String session = Base64.getUrlEncoder().withoutPadding().encodeToString(Ids.randomBytes(96));
    sessions().put(session, new Pending(userPoolId, clientId, username, challengeName,
        clock.instant().plus(validity), deviceKey, null, custom, null));
    return session;
  }

  /** Starts an MFA challenge that expects {@code code} (null for software tokens); returns its Session. */
  public String startMfa(String userPoolId, String clientId, String username, String challengeName,
      Duration validity, @Nullable String deviceKey, @Nullable String code) {
    String session = Base64.getUrlEncoder().withoutPadding().encodeToString(Ids.randomBytes(96));
    sessions().put(session, new Pending(userPoolId, clientId, username, challengeName,
        clock.instant().plus(validity), deviceKey, null, null, code));
    return session;
  }

  /**
   * Returns the challenge a Session belongs to, for operations that name no app client
   * (AssociateSoftwareToken and VerifySoftwareToken during MFA_SETUP).
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException if
   *     the session is unknown or has expired
   */
  public Pending get(String session) {
    Pending pending = sessions().getIfPresent(session);
    if (pending == null) {
      throw CognitoErrors.invalidSession();
    }
    return get(session, pending.clientId());
  }

  /**
   * Moves a challenge to a new Session string, as each MFA_SETUP step returns a new one; the old
   * string stops working.
   */
  public String reissue(String session) {
    Pending pending = get(session);
    sessions().invalidate(session);
    String next = Base64.getUrlEncoder().withoutPadding().encodeToString(Ids.randomBytes(96));
    sessions().put(next, pending);
    return next;
  }

  /**
   * Keeps the server's half of an SRP exchange under its SECRET_BLOCK, which real clients send back
   * instead of a Session.
   */
  public String startSrp(String userPoolId, String clientId, @Nullable String username, String challengeName,
      Duration validity, @Nullable String deviceKey, SrpExchange exchange) {
    return startSrp(userPoolId, clientId, username, challengeName, validity, deviceKey, exchange, null);
  }

  /** As {@link #startSrp}, for the PASSWORD_VERIFIER step of a CUSTOM_AUTH flow. */
  public String startSrp(String userPoolId, String clientId, @Nullable String username, String challengeName,
      Duration validity, @Nullable String deviceKey, SrpExchange exchange, @Nullable CustomAuth custom) {
    // Real SECRET_BLOCKs are opaque encrypted blobs; clients only Base64-decode them into the HMAC.
    String secretBlock = Base64.getEncoder().encodeToString(Ids.randomBytes(256));
    sessions().put(secretBlock, new Pending(userPoolId, clientId, username, challengeName,
        clock.instant().plus(validity), deviceKey, exchange, custom, null));
    return secretBlock;
  }

  /** The pending challenge under {@code key}, whatever its state, or null; it stays where it is. */
  public @Nullable Pending peek(String key) {
    return sessions().asMap().get(key);
  }

  /** A copy of every pending challenge by its Session or SECRET_BLOCK, for snapshots. */
  public java.util.Map<String, Pending> pending() {
    Cache<String, Pending> current = sessions;
    return current == null ? java.util.Map.of() : java.util.Map.copyOf(current.asMap());
  }

  public boolean isExpired(Pending pending) {
    return !clock.instant().isBefore(pending.expiresAt());
  }

  /**
   * Returns the challenge a Session belongs to, without using it up.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException if
   *     the session is unknown, belongs to another client or has expired
   */
  public Pending get(@Nullable String session, String clientId) {
    if (session == null) {
      throw CognitoErrors.missingParameter("Session");
    }
    Pending pending = sessions().getIfPresent(session);
    if (pending == null || !pending.clientId().equals(clientId)) {
      throw CognitoErrors.invalidSession();
    }
    if (!clock.instant().isBefore(pending.expiresAt())) {
      throw CognitoErrors.sessionExpired();
    }
    return pending;
  }

  /** Uses a session up; a second answer with it fails. */
  public void finish(String session) {
    sessions().invalidate(session);
  }

  /**
   * Counts a wrong answer to the challenge under {@code session}. The {@code limit}-th wrong
   * answer uses the session up, so that the next answer, right or wrong, finds no session.
   *
   * @return whether the session still takes answers
   */
  public boolean failedAttempt(String session, int limit) {
    if (failures.merge(session, 1, Integer::sum) < limit) {
      return true;
    }
    finish(session);
    return false;
  }
}
