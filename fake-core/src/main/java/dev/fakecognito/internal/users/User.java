package dev.fakecognito.internal.users;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.fakecognito.internal.devices.Device;
import dev.fakecognito.internal.mfa.MfaSettings;
import dev.fakecognito.internal.groups.Group;
import dev.fakecognito.internal.util.Paging;
import dev.fakecognito.internal.webauthn.Passkey;
import dev.fakecognito.internal.webauthn.RegistrationChallenge;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthEventType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

/**
 * One user of a pool.
 *
 * <p>Mutable, and guarded by its pool's lock: every read or write of a field happens while {@link
 * dev.fakecognito.internal.pools.UserPool#lock()} is held.
 */
public final class User {

  /**
   * How many replaced passwords a user keeps, newest first: enough for the largest
   * PasswordHistorySize Cognito accepts, 24.
   */
  public static final int PASSWORD_HISTORY_LIMIT = 24;

  private final String username;
  private final String sub;
  private final Instant created;
  private final String listingKey;
  private final Map<String, String> attributes = new LinkedHashMap<>();
  private final List<AuthEventType> authEvents = new ArrayList<>();
  private final java.util.Map<String, String> feedbackTokens = new java.util.HashMap<>();
  private final Map<String, Device> devices = new LinkedHashMap<>();
  private final MfaSettings mfa = new MfaSettings();
  private final Map<String, PendingCode> verificationCodes = new LinkedHashMap<>();
  private final Map<String, String> pendingValues = new LinkedHashMap<>();
  private final Map<String, Group> groups = new LinkedHashMap<>();
  private final Set<String> liveSessions = new LinkedHashSet<>();
  private final Set<String> revokedSessions = new HashSet<>();
  /** When each refresh token rotated out by GetTokensFromRefreshToken was first used, by its jti. */
  private final Map<String, Instant> rotatedRefreshTokens = new LinkedHashMap<>();
  private final Deque<Password> previousPasswords = new ArrayDeque<>();
  private final RateLimits rateLimits = new RateLimits();
  private final SignInLockout lockout = new SignInLockout();
  private final Map<String, Passkey> passkeys = new LinkedHashMap<>();
  private @Nullable RegistrationChallenge passkeyRegistration;

  private Instant lastModified;
  private UserStatusType status;
  private boolean enabled = true;
  private @Nullable Password password;
  private @Nullable Instant passwordSetAt;
  private @Nullable PendingCode confirmationCode;
  private @Nullable PendingCode resetCode;

  public User(String username, String sub, Instant created, UserStatusType status) {
    this.username = username;
    this.sub = sub;
    this.created = created;
    this.listingKey = Paging.key(created, username);
    this.lastModified = created;
    this.status = status;
    attributes.put("sub", sub);
  }

  /** The internal username, as it was created (case kept). */
  public String username() {
    return username;
  }

  public String sub() {
    return sub;
  }

  public Instant created() {
    return created;
  }

  /**
   * The user's place in ListUsers and ListUsersInGroup: oldest first, then by username. Kept
   * rather than computed per call, since a listing of a large pool compares every user's.
   */
  public String listingKey() {
    return listingKey;
  }

  public Instant lastModified() {
    return lastModified;
  }

  public void touch(Instant now) {
    lastModified = now;
  }

  public UserStatusType status() {
    return status;
  }

  public void status(UserStatusType status) {
    this.status = status;
  }

  public boolean enabled() {
    return enabled;
  }

  public void enabled(boolean enabled) {
    this.enabled = enabled;
  }

  public @Nullable String attribute(String name) {
    return attributes.get(name);
  }

  /**
   * Whether {@code attribute}'s verified flag is set. Cognito takes boolean attribute values in any
   * case and keeps them as given, so "True" counts as true (aws-amplify/amplify-js#8205).
   */
  public boolean isVerified(String attribute) {
    return "true".equalsIgnoreCase(attributes.get(attribute + "_verified"));
  }

  public void putAttribute(String name, String value) {
    attributes.put(name, value);
  }

  public Map<String, String> attributes() {
    return Collections.unmodifiableMap(attributes);
  }

  public List<AttributeType> attributeList() {
    List<AttributeType> list = new ArrayList<>(attributes.size());
    attributes.forEach((name, value) -> list.add(AttributeType.builder().name(name).value(value).build()));
    return list;
  }

  public @Nullable Password password() {
    return password;
  }

  public @Nullable Instant passwordSetAt() {
    return passwordSetAt;
  }

  /** Replaces the password; the one it replaces joins the history of previous passwords. */
  public void password(Password password, Instant now) {
    if (this.password != null) {
      previousPasswords.addFirst(this.password);
      if (previousPasswords.size() > PASSWORD_HISTORY_LIMIT) {
        previousPasswords.removeLast();
      }
    }
    this.password = password;
    this.passwordSetAt = now;
  }

  /**
   * The passwords the user had before the current one, newest first and at most {@link
   * #PASSWORD_HISTORY_LIMIT}, in their salted form only, for PasswordHistorySize.
   */
  public List<Password> previousPasswords() {
    return List.copyOf(previousPasswords);
  }

  /**
   * The user's account as it stands: attributes, status, password and its history, and the
   * last-modified time. A step that has to show triggers the user as a change would leave
   * it, before it knows whether the change stands, takes one first and goes back to it with
   * {@link #restore(Checkpoint)} if a later step refuses.
   */
  public Checkpoint checkpoint() {
    return new Checkpoint(new LinkedHashMap<>(attributes), status, password, passwordSetAt,
        new ArrayDeque<>(previousPasswords), lastModified);
  }

  /** Puts back the account fields saved by {@link #checkpoint()}; the caller then reindexes the user. */
  public void restore(Checkpoint saved) {
    attributes.clear();
    attributes.putAll(saved.attributes);
    status = saved.status;
    password = saved.password;
    passwordSetAt = saved.passwordSetAt;
    previousPasswords.clear();
    previousPasswords.addAll(saved.previousPasswords);
    lastModified = saved.lastModified;
  }

  /** A copy of a user's account fields, taken by {@link #checkpoint()}. */
  public static final class Checkpoint {
    private final Map<String, String> attributes;
    private final UserStatusType status;
    private final @Nullable Password password;
    private final @Nullable Instant passwordSetAt;
    private final Deque<Password> previousPasswords;
    private final Instant lastModified;

    private Checkpoint(Map<String, String> attributes, UserStatusType status, @Nullable Password password,
        @Nullable Instant passwordSetAt, Deque<Password> previousPasswords, Instant lastModified) {
      this.attributes = attributes;
      this.status = status;
      this.password = password;
      this.passwordSetAt = passwordSetAt;
      this.previousPasswords = previousPasswords;
      this.lastModified = lastModified;
    }
  }

  /** How often the user called the operations Cognito limits per user and hour. */
  public RateLimits rateLimits() {
    return rateLimits;
  }

  /** The count of wrong passwords at sign-in and the lock-out it leads to. */
  public SignInLockout lockout() {
    return lockout;
  }

  public @Nullable PendingCode confirmationCode() {
    return confirmationCode;
  }

  public void confirmationCode(@Nullable PendingCode code) {
    this.confirmationCode = code;
  }

  public @Nullable PendingCode resetCode() {
    return resetCode;
  }

  public void resetCode(@Nullable PendingCode code) {
    this.resetCode = code;
  }

  /** A copy of what tokens say about this user, to sign without holding the pool's lock. */
  public Snapshot snapshot() {
    List<Snapshot.Membership> memberships = groupsByPrecedence().stream()
        .map(g -> new Snapshot.Membership(g.name(), g.precedence(), g.roleArn()))
        .toList();
    return new Snapshot(username, sub, Map.copyOf(attributes), memberships);
  }

  /**
   * An immutable copy of a user's identity, attributes and groups.
   *
   * @param username the internal username
   * @param sub the user's sub
   * @param attributes every attribute, {@code sub} included
   * @param groups the groups the user belongs to, by precedence (see {@link #groupsByPrecedence()})
   */
  public record Snapshot(String username, String sub, Map<String, String> attributes, List<Membership> groups) {

    /** A snapshot of a user in no group. */
    public Snapshot(String username, String sub, Map<String, String> attributes) {
      this(username, sub, attributes, List.of());
    }

    /**
     * What tokens need of one group.
     *
     * @param name the group's name
     * @param precedence its precedence, or {@code null} when it has none
     * @param roleArn its IAM role, or {@code null}
     */
    public record Membership(String name, @Nullable Integer precedence, @Nullable String roleArn) {}
  }

  /** The user's MFA factors and software token. */
  public MfaSettings mfa() {
    return mfa;
  }

  /** The user's devices by device key, oldest first. */
  public Map<String, Device> devices() {
    return devices;
  }

  /** Auth events, oldest first. */
  public List<AuthEventType> authEvents() {
    return authEvents;
  }

  /** The feedback token of each auth event a notification was sent for, by event ID. */
  public java.util.Map<String, String> feedbackTokens() {
    return feedbackTokens;
  }

  /** The user's passkeys by credential ID, oldest first. */
  public Map<String, Passkey> passkeys() {
    return passkeys;
  }

  /** The passkey registration waiting for CompleteWebAuthnRegistration, if any. */
  public @Nullable RegistrationChallenge passkeyRegistration() {
    return passkeyRegistration;
  }

  public void passkeyRegistration(@Nullable RegistrationChallenge registration) {
    this.passkeyRegistration = registration;
  }

  /* ---- Attribute changes ---- */

  /** Removes an attribute; a no-op when the user does not have it. */
  public void removeAttribute(String name) {
    attributes.remove(name);
  }

  /**
   * Codes sent by GetUserAttributeVerificationCode or an attribute update, by attribute ({@code
   * email} or {@code phone_number}). Only the newest code of an attribute works.
   */
  public Map<String, PendingCode> verificationCodes() {
    return verificationCodes;
  }

  /**
   * New values of {@code email} or {@code phone_number} that wait for verification before they
   * replace the current value, in pools whose UserAttributeUpdateSettings ask for that.
   */
  public Map<String, String> pendingValues() {
    return pendingValues;
  }

  /* ---- Groups ---- */

  /** The groups the user belongs to, by name, in the order the user joined them. */
  public Map<String, Group> groups() {
    return groups;
  }

  /**
   * The user's groups ordered as tokens list them: by precedence, lowest first, groups without a
   * precedence last, and otherwise in the order the user joined them.
   */
  public List<Group> groupsByPrecedence() {
    List<Group> sorted = new ArrayList<>(groups.values());
    sorted.sort(Comparator.comparing(Group::precedence, Comparator.nullsLast(Comparator.naturalOrder())));
    return sorted;
  }

  /* ---- Sessions, for revocation ---- */

  /**
   * Records a sign-in session (the {@code origin_jti} its tokens share) as live. A session that was
   * revoked stays revoked, so a refresh racing a sign-out cannot bring it back.
   */
  public void startSession(String originJti) {
    if (!revokedSessions.contains(originJti)) {
      liveSessions.add(originJti);
    }
  }

  /** Whether tokens of the session {@code originJti} are still accepted. */
  public boolean isSessionLive(String originJti) {
    return liveSessions.contains(originJti);
  }

  /** Revokes one session: its refresh token and the access tokens issued with it (RevokeToken). */
  public void revokeSession(String originJti) {
    liveSessions.remove(originJti);
    revokedSessions.add(originJti);
  }

  /** The origin_jti of every live session, for snapshots. */
  public Set<String> liveSessions() {
    return Set.copyOf(liveSessions);
  }

  /** The origin_jti of every revoked session, for snapshots. */
  public Set<String> revokedSessions() {
    return Set.copyOf(revokedSessions);
  }

  /**
   * When the refresh token {@code jti} was first traded for tokens on a rotating app client, or
   * null if it never was.
   */
  public @Nullable Instant refreshTokenFirstUsed(String jti) {
    return rotatedRefreshTokens.get(jti);
  }

  /** Records the first use of a refresh token that rotation replaces; later uses keep the first. */
  public void refreshTokenUsed(String jti, Instant at) {
    rotatedRefreshTokens.putIfAbsent(jti, at);
  }

  /** The first use of every refresh token rotated out, by jti, for snapshots. */
  public Map<String, Instant> rotatedRefreshTokens() {
    return Map.copyOf(rotatedRefreshTokens);
  }

  /** Revokes every session so far (GlobalSignOut, AdminUserGlobalSignOut, AdminDisableUser). */
  public void revokeAllSessions() {
    revokedSessions.addAll(liveSessions);
    liveSessions.clear();
  }
}
