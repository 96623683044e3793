package dev.fakecognito.internal.tokens;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.Backend.ClientRef;
import dev.fakecognito.internal.clients.AppClientOperations;
import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.users.User;
import dev.fakecognito.internal.util.Ids;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/**
 * Issues and verifies the pool's tokens: RS256 ID and access tokens, and refresh tokens encrypted
 * as JWEs, with the claim sets Cognito uses.
 *
 * <h2>Keys</h2>
 *
 * <p>Every pool of a fake has an RSA key of its own, so a token of one pool never verifies against
 * another pool's JWKS: the n-th pool the fake creates takes key n of the JVM-wide {@link KeyCache}.
 * The pool signs ID and access tokens and encrypts refresh tokens with that key; its JWKS lists it
 * once per token use, under key IDs derived from the pool ID. Creating a fake starts generating key
 * 0 in the background, and creating a pool its own key, if no earlier fake made them, so that they
 * are usually ready for the first sign-in.
 *
 * <h2>Revocation</h2>
 *
 * <p>Every issuance records its session (the {@code origin_jti} that the ID, access and refresh
 * tokens of one sign-in share) on the user as live. GlobalSignOut, AdminUserGlobalSignOut,
 * AdminDisableUser and RevokeToken end sessions, and {@link #verifyAccessToken} and {@link
 * #readRefreshToken} refuse tokens of an ended session, so every call that takes a token honours
 * revocation (https://docs.aws.amazon.com/cognito/latest/developerguide/token-revocation.html).
 * Sessions rather than timestamps decide, because the fake's clock may stand still: a sign-in right
 * after a sign-out, at the same instant, must still work.
 */
public final class TokenService {

  /** The scope of tokens from the API sign-in flows, as opposed to OAuth. */
  public static final String ADMIN_SCOPE = "aws.cognito.signin.user.admin";

  private final Backend backend;
  /** Which key of the {@link KeyCache} each pool of this fake signs with, by pool ID. */
  private final ConcurrentHashMap<String, Integer> keyOfPool = new ConcurrentHashMap<>();
  private final AtomicInteger poolsWithKeys = new AtomicInteger();
  /** Each pool's signing certificate, base64 DER, made on first request. */
  private final ConcurrentHashMap<String, String> certificates = new ConcurrentHashMap<>();
  /** The endpoint's base URI once new tokens name it as issuer, or null for Cognito's own issuer. */
  private volatile @Nullable String servedIssuerBase;

  public TokenService(Backend backend) {
    this.backend = backend;
    // Nearly every fake creates a pool, and its first pool takes key 0: start on it now, so that it
    // is generated while the test sets up. Once it exists this costs a map lookup.
    KeyCache.prepare(0);
  }

  /**
   * Gives a new pool its key, the next one of the {@link KeyCache}, and starts generating it in the
   * background if it does not exist yet, so that it is usually ready by the pool's first sign-in.
   */
  public void assignKey(String userPoolId) {
    KeyCache.prepare(keyIndex(userPoolId));
  }

  private KeyMaterial keys(String userPoolId) {
    return KeyCache.get(keyIndex(userPoolId));
  }

  private int keyIndex(String userPoolId) {
    return keyOfPool.computeIfAbsent(userPoolId, id -> poolsWithKeys.getAndIncrement());
  }

  /**
   * The pool's X.509 signing certificate, as GetSigningCertificate returns it: self-signed over the
   * pool's own key, so that it matches the pool's JWKS. Made on first request and kept, so that a
   * pool nobody asks about costs nothing.
   */
  public String signingCertificate(String userPoolId) {
    return certificates.computeIfAbsent(userPoolId, id -> {
      dev.fakecognito.internal.pools.UserPool pool = backend.findPool(id);
      Instant created = pool == null ? backend.clock().instant() : pool.config().creationDate();
      return SigningCertificate.create(keys(id).keyPair, id, created);
    });
  }

  /**
   * The private key behind {@link #signingCertificate}: the pool signs its SAML requests with it
   * and decrypts the assertions that IdPs encrypt for that certificate.
   */
  public java.security.PrivateKey samlKey(String userPoolId) {
    return keys(userPoolId).keyPair.getPrivate();
  }

  /** Forgets which pool had which key, when the fake is closed. */
  public void clear() {
    certificates.clear();
    keyOfPool.clear();
  }

  /**
   * The issuer of a pool's new tokens: {@code https://cognito-idp.<region>.amazonaws.com/<poolId>},
   * or {@code <endpoint>/<poolId>} once the fake is served over HTTP (see {@link #serveIssuerAt}).
   */
  public String issuer(String userPoolId) {
    String served = servedIssuerBase;
    return (served != null ? served + "/" : awsIssuerPrefix()) + userPoolId;
  }

  /**
   * Makes new tokens name {@code base + "/" + poolId} as their issuer, where the endpoint serves each
   * pool's OpenID configuration; tokens issued before keep theirs and stay valid.
   */
  public void serveIssuerAt(String base) {
    servedIssuerBase = base;
  }

  private String awsIssuerPrefix() {
    return "https://cognito-idp." + backend.region() + ".amazonaws.com/";
  }

  /** The pool a token's issuer names, if it is one of the forms this fake issues, or null. */
  private @Nullable String poolOfIssuer(@Nullable String issuer) {
    if (issuer == null) {
      return null;
    }
    String served = servedIssuerBase;
    for (String prefix : served == null ? List.of(awsIssuerPrefix()) : List.of(awsIssuerPrefix(), served + "/")) {
      if (issuer.startsWith(prefix) && issuer.indexOf('/', prefix.length()) < 0) {
        return issuer.substring(prefix.length());
      }
    }
    return null;
  }

  /** The pool's JWKS document, with the public keys of its ID and access tokens. */
  public String jwks(String userPoolId) {
    RSAPublicKey key = keys(userPoolId).publicKey();
    RSAKey id = new RSAKey.Builder(key)
        .keyID(kid(userPoolId, "id")).algorithm(JWSAlgorithm.RS256).keyUse(KeyUse.SIGNATURE).build();
    RSAKey access = new RSAKey.Builder(key)
        .keyID(kid(userPoolId, "access")).algorithm(JWSAlgorithm.RS256).keyUse(KeyUse.SIGNATURE).build();
    return new JWKSet(List.of(id, access)).toString(true);
  }

  /**
   * Everything a token issuance needs to know about the sign-in.
   *
   * @param authTime when the user authenticated; kept across refreshes
   * @param originJti the ID tying these tokens to their refresh token; kept across refreshes
   * @param eventId the authentication event
   * @param deviceKey the tracked device, or {@code null}
   */
  public record Session(Instant authTime, String originJti, String eventId, @Nullable String deviceKey) {
    public static Session fresh(Instant now, String eventId) {
      return new Session(now, Ids.uuid(), eventId, null);
    }
  }

  /**
   * Issues ID and access tokens, and a refresh token if {@code withRefreshToken}, with the user's
   * groups as {@code cognito:groups} (both tokens), {@code cognito:roles} and {@code
   * cognito:preferred_role} (ID token). The session is recorded as live on the user first.
   */
  public AuthenticationResultType issue(
      ClientRef ref, User.Snapshot user, Session session, boolean withRefreshToken) {
    return issue(ref, user, session, withRefreshToken, ClaimsOverride.NONE);
  }

  /** As {@link #issue(ClientRef, User.Snapshot, Session, boolean)}, with a trigger's changes applied. */
  public AuthenticationResultType issue(
      ClientRef ref, User.Snapshot user, Session session, boolean withRefreshToken, ClaimsOverride changes) {
    return issue(ref, user, session, withRefreshToken, changes, null, null);
  }

  /**
   * Issues ID and access tokens and a refresh token that replaces one a rotating app client was
   * given: the new refresh token belongs to the same session and expires when the one it replaces
   * would have ("The new refresh token is valid for the remaining duration of the original refresh
   * token", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-refresh-token.html).
   */
  public AuthenticationResultType issueReplacement(
      ClientRef ref, User.Snapshot user, Session session, ClaimsOverride changes, Instant refreshTokenExpiresAt) {
    return issue(ref, user, session, true, changes, refreshTokenExpiresAt, null);
  }

  /**
   * As {@link #issueReplacement}, for a refresh token that carries managed login's grant.
   */
  public AuthenticationResultType issueReplacement(ClientRef ref, User.Snapshot user, Session session,
      ClaimsOverride changes, Instant refreshTokenExpiresAt, @Nullable OAuthGrant grant) {
    return issue(ref, user, session, true, changes, refreshTokenExpiresAt, grant);
  }

  /**
   * What managed login granted: the scopes, which the access token carries instead of {@value
   * #ADMIN_SCOPE}, and the {@code nonce} of the authorize request. An ID token is issued only with
   * {@code openid} (https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html).
   */
  public record OAuthGrant(List<String> scopes, @Nullable String nonce) {

    /** The grant a refresh token carries, or null for one of the API sign-in flows. */
    public static @Nullable OAuthGrant of(RefreshTokenClaims claims) {
      return claims.scope() == null ? null : new OAuthGrant(List.of(claims.scope().split(" ")), null);
    }

    boolean openid() {
      return scopes.contains("openid");
    }
  }

  /** Issues the tokens of a managed login sign-in, or of a refresh with its grant (when not null). */
  public AuthenticationResultType issue(ClientRef ref, User.Snapshot user, Session session,
      boolean withRefreshToken, ClaimsOverride changes, @Nullable OAuthGrant grant) {
    return issue(ref, user, session, withRefreshToken, changes, null, grant);
  }

  private AuthenticationResultType issue(ClientRef ref, User.Snapshot user, Session session,
      boolean withRefreshToken, ClaimsOverride changes, @Nullable Instant refreshTokenExpiresAt,
      @Nullable OAuthGrant grant) {
    UserPoolClientType client = ref.client();
    String poolId = ref.pool().id();
    Instant now = backend.clock().instant();
    Duration accessValidity = AppClientOperations.duration(
        client.accessTokenValidity(), client.tokenValidityUnits().accessToken());
    Duration idValidity = AppClientOperations.duration(
        client.idTokenValidity(), client.tokenValidityUnits().idToken());
    KeyMaterial keys = keys(poolId);
    startSession(ref.pool(), user, session.originJti());
    List<String> groupNames = user.groups().stream().map(User.Snapshot.Membership::name).toList();

    JWTClaimsSet.Builder access = new JWTClaimsSet.Builder().subject(user.sub());
    if (!groupNames.isEmpty()) {
      access.claim("cognito:groups", groupNames);
    }
    access.issuer(issuer(poolId))
        .claim("client_id", client.clientId())
        .claim("origin_jti", session.originJti())
        .claim("event_id", session.eventId())
        .claim("token_use", "access")
        .claim("scope", grant == null ? ADMIN_SCOPE : String.join(" ", grant.scopes()))
        .claim("auth_time", session.authTime().getEpochSecond())
        .expirationTime(Date.from(now.plus(accessValidity)))
        .issueTime(Date.from(now))
        .jwtID(Ids.uuid())
        .claim("username", user.username());
    if (session.deviceKey() != null) {
      access.claim("device_key", session.deviceKey());
    }
    // Real access tokens have carried "version": 2 since the 2023 token format change.
    access.claim("version", 2);

    JWTClaimsSet.Builder id = new JWTClaimsSet.Builder().subject(user.sub());
    if (!groupNames.isEmpty()) {
      id.claim("cognito:groups", groupNames);
    }
    idAttributes(user.attributes(), client.readAttributes()).forEach(id::claim);
    roleClaims(user.groups(), id);
    id.issuer(issuer(poolId))
        .claim("cognito:username", user.username())
        .claim("origin_jti", session.originJti())
        .audience(client.clientId())
        .claim("event_id", session.eventId())
        .claim("token_use", "id")
        .claim("auth_time", session.authTime().getEpochSecond())
        .expirationTime(Date.from(now.plus(idValidity)))
        .issueTime(Date.from(now))
        .jwtID(Ids.uuid());

    if (grant != null && grant.nonce() != null) {
      id.claim("nonce", grant.nonce());
    }
    if (changes != ClaimsOverride.NONE) {
      apply(changes, id, access, grant == null ? List.of(ADMIN_SCOPE) : grant.scopes());
    }
    String accessToken = sign(access.build(), kid(poolId, "access"), keys.signer);
    AuthenticationResultType.Builder result = AuthenticationResultType.builder()
        .accessToken(accessToken)
        .expiresIn((int) accessValidity.toSeconds())
        .tokenType("Bearer");
    if (grant == null || grant.openid()) {
      if (grant != null) {
        // Tokens from the OAuth endpoints tie the ID token to its access token (OIDC Core 3.1.3.6).
        id.claim("at_hash", atHash(accessToken));
      }
      result.idToken(sign(id.build(), kid(poolId, "id"), keys.signer));
    }
    if (withRefreshToken) {
      Instant expiresAt = refreshTokenExpiresAt;
      if (expiresAt == null) {
        expiresAt = now.plus(AppClientOperations.duration(
            client.refreshTokenValidity(), client.tokenValidityUnits().refreshToken()));
      }
      result.refreshToken(refreshToken(keys, new RefreshTokenClaims(poolId, client.clientId(), user.username(),
          user.sub(), session.originJti(), session.authTime(), expiresAt, session.deviceKey(), Ids.uuid(),
          grant == null ? null : String.join(" ", grant.scopes()))));
    }
    return result.build();
  }

  /** An access token issued to an app client itself, and its lifetime in seconds. */
  public record ClientToken(String accessToken, int expiresIn) {}

  /**
   * Issues the access token of the client credentials grant: the app client is its subject, it
   * carries the granted custom scopes and no user, and lives for the client's access token validity
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-access-token.html).
   * Only the access token parts of {@code changes} apply; protected claims stay as they are.
   */
  public ClientToken issueClientToken(ClientRef ref, List<String> scopes, ClaimsOverride changes) {
    UserPoolClientType client = ref.client();
    String poolId = ref.pool().id();
    Instant now = backend.clock().instant();
    Duration validity = AppClientOperations.duration(
        client.accessTokenValidity(), client.tokenValidityUnits().accessToken());
    java.util.LinkedHashSet<String> granted = new java.util.LinkedHashSet<>(scopes);
    granted.addAll(changes.scopesAdded());
    granted.removeAll(changes.scopesSuppressed());
    JWTClaimsSet.Builder access = new JWTClaimsSet.Builder().subject(client.clientId())
        .claim("token_use", "access")
        .claim("scope", String.join(" ", granted))
        .claim("auth_time", now.getEpochSecond())
        .issuer(issuer(poolId))
        .expirationTime(Date.from(now.plus(validity)))
        .issueTime(Date.from(now))
        .claim("version", 2)
        .jwtID(Ids.uuid())
        .claim("client_id", client.clientId());
    override(access, changes.accessClaims(), changes.accessSuppressed(), ClaimsOverride.PROTECTED_ACCESS_CLAIMS);
    String token = sign(access.build(), kid(poolId, "access"), keys(poolId).signer);
    return new ClientToken(token, (int) validity.toSeconds());
  }

  /**
   * Verifies an access token for a self-service operation: signature, issuing pool, token use,
   * expiry on the fake's clock, that its session was not revoked, and that it carries the {@value
   * #ADMIN_SCOPE} scope. A token whose user no longer exists passes, so that the operation can
   * answer UserNotFoundException as Cognito does.
   *
   * <p>Every operation that takes an access token comes here, and each of them is documented to
   * need that scope ("It must include the scope aws.cognito.signin.user.admin" in the API
   * reference of GetUser, GlobalSignOut, ChangePassword, the device and MFA operations, and the
   * others); RevokeToken, which takes a refresh token, does not. Tokens lose the scope only when a
   * pre token generation trigger of version 2 or 3 suppresses it.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException if
   *     the token is not a valid, unexpired, unrevoked access token of one of this fake's pools, or
   *     lacks the scope
   */
  public AccessTokenClaims verifyAccessToken(@Nullable String token) {
    return verify(token, true).claims();
  }

  /** A verified access token and the scopes it carries. */
  public record VerifiedAccess(AccessTokenClaims claims, List<String> scopes) {}

  /**
   * Verifies an access token as {@link #verifyAccessToken} does, for the userInfo endpoint: any
   * scope passes, and the caller judges the scopes.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException if
   *     the token is not a valid, unexpired, unrevoked access token of one of this fake's pools
   */
  public VerifiedAccess verifyAnyScope(@Nullable String token) {
    return verify(token, false);
  }

  private VerifiedAccess verify(@Nullable String token, boolean requireAdminScope) {
    if (token == null) {
      throw CognitoErrors.notNull("accessToken");
    }
    JWTClaimsSet claims;
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      claims = jwt.getJWTClaimsSet();
      String poolId = poolOfIssuer(claims.getIssuer());
      if (poolId == null) {
        throw CognitoErrors.invalidAccessToken();
      }
      UserPool pool = backend.findPool(poolId);
      if (pool == null
          || !kid(poolId, "access").equals(jwt.getHeader().getKeyID())
          || !jwt.verify(keys(poolId).verifier)
          || !"access".equals(claims.getStringClaim("token_use"))) {
        throw CognitoErrors.invalidAccessToken();
      }
      Instant expiresAt = claims.getExpirationTime().toInstant();
      if (!backend.clock().instant().isBefore(expiresAt)) {
        throw CognitoErrors.accessTokenExpired();
      }
      AccessTokenClaims verified = new AccessTokenClaims(poolId, claims.getStringClaim("client_id"),
          claims.getStringClaim("username"), claims.getSubject(), claims.getStringClaim("origin_jti"),
          Instant.ofEpochSecond(claims.getLongClaim("auth_time")), expiresAt,
          claims.getStringClaim("device_key"));
      if (isRevoked(pool, verified.username(), verified.sub(), verified.originJti())) {
        throw CognitoErrors.accessTokenRevoked();
      }
      String scope = claims.getStringClaim("scope");
      if (requireAdminScope && !hasAdminScope(scope)) {
        throw CognitoErrors.accessTokenMissingScope();
      }
      return new VerifiedAccess(verified, scope == null ? List.of() : List.of(scope.split(" ")));
    } catch (ParseException | JOSEException | RuntimeException e) {
      if (e instanceof software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException n) {
        throw n;
      }
      throw CognitoErrors.invalidAccessToken();
    }
  }

  /**
   * Decrypts a refresh token and checks that it belongs to {@code client}, has not expired and was
   * not revoked.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException if
   *     it does not
   */
  public RefreshTokenClaims readRefreshToken(ClientRef client, String token) {
    Map<String, Object> json;
    try {
      JWEObject jwe = JWEObject.parse(token);
      jwe.decrypt(keys(client.pool().id()).decrypter);
      json = jwe.getPayload().toJSONObject();
    } catch (ParseException | JOSEException | IllegalStateException e) {
      throw CognitoErrors.invalidRefreshToken();
    }
    if (json == null || !client.pool().id().equals(json.get("pool"))
        || !client.clientId().equals(json.get("client"))) {
      throw CognitoErrors.invalidRefreshToken();
    }
    RefreshTokenClaims claims = claims(json);
    if (!backend.clock().instant().isBefore(claims.expiresAt())) {
      throw CognitoErrors.refreshTokenExpired();
    }
    if (isRevoked(client.pool(), claims.username(), claims.sub(), claims.originJti())) {
      throw CognitoErrors.refreshTokenRevoked();
    }
    return claims;
  }

  /**
   * Reads a refresh token of {@code pool} without judging it: no check of client, expiry or
   * revocation, for RevokeToken, which accepts invalid tokens silently.
   *
   * @return the claims, or {@code null} if the pool cannot decrypt the token
   */
  public @Nullable RefreshTokenClaims decodeRefreshToken(UserPool pool, String token) {
    try {
      JWEObject jwe = JWEObject.parse(token);
      jwe.decrypt(keys(pool.id()).decrypter);
      return claims(jwe.getPayload().toJSONObject());
    } catch (ParseException | JOSEException | RuntimeException e) {
      return null;
    }
  }

  private static boolean hasAdminScope(@Nullable String scope) {
    return scope != null && List.of(scope.split(" ")).contains(ADMIN_SCOPE);
  }

  /** Whether {@code token} has the shape of a signed JWT (an ID or access token), not a JWE. */
  public static boolean isSignedJwt(String token) {
    return token.chars().filter(c -> c == '.').count() == 2;
  }

  /**
   * Marks a session live on its user, if the user still exists, before its tokens exist: a
   * revocation can only end sessions it can see.
   */
  private void startSession(UserPool pool, User.Snapshot user, String originJti) {
    pool.lock().lock();
    try {
      User current = pool.byUsername(user.username());
      if (current != null && current.sub().equals(user.sub())) {
        current.startSession(originJti);
      }
    } finally {
      pool.lock().unlock();
    }
  }

  /** Whether the session of a token was revoked; false when the user is gone or was replaced. */
  private static boolean isRevoked(UserPool pool, @Nullable String username, @Nullable String sub,
      @Nullable String originJti) {
    if (username == null || sub == null) {
      return false;
    }
    pool.lock().lock();
    try {
      User user = pool.byUsername(username);
      return user != null && user.sub().equals(sub) && (originJti == null || !user.isSessionLive(originJti));
    } finally {
      pool.lock().unlock();
    }
  }

  /**
   * {@code cognito:roles} and {@code cognito:preferred_role} of the ID token. The preferred role is
   * that of the group with the lowest precedence; when several groups share that precedence with
   * different roles, there is none
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-user-groups.html).
   */
  /**
   * Applies a Pre token generation trigger's changes. Claims the trigger may not touch are left as
   * they are, and suppressing a claim wins over adding it.
   */
  private static void apply(ClaimsOverride changes, JWTClaimsSet.Builder id, JWTClaimsSet.Builder access,
      List<String> granted) {
    if (changes.groups() != null) {
      List<String> groups = changes.groups();
      id.claim("cognito:groups", groups.isEmpty() ? null : groups);
      access.claim("cognito:groups", groups.isEmpty() ? null : groups);
      id.claim("cognito:roles", changes.roles() == null || changes.roles().isEmpty() ? null : changes.roles());
      id.claim("cognito:preferred_role", changes.preferredRole());
    }
    override(id, changes.idClaims(), changes.idSuppressed(), ClaimsOverride.PROTECTED_ID_CLAIMS);
    override(access, changes.accessClaims(), changes.accessSuppressed(), ClaimsOverride.PROTECTED_ACCESS_CLAIMS);
    if (!changes.scopesAdded().isEmpty() || !changes.scopesSuppressed().isEmpty()) {
      java.util.LinkedHashSet<String> scopes = new java.util.LinkedHashSet<>(granted);
      scopes.addAll(changes.scopesAdded());
      scopes.removeAll(changes.scopesSuppressed());
      access.claim("scope", String.join(" ", scopes));
    }
  }

  private static void roleClaims(List<User.Snapshot.Membership> groups, JWTClaimsSet.Builder id) {
    List<String> roles = new ArrayList<>();
    for (User.Snapshot.Membership group : groups) {
      if (group.roleArn() != null && !roles.contains(group.roleArn())) {
        roles.add(group.roleArn());
      }
    }
    if (roles.isEmpty()) {
      return;
    }
    // Groups arrive by precedence with null last, so the first group with a role is a candidate.
    User.Snapshot.Membership first = groups.stream().filter(g -> g.roleArn() != null).findFirst().orElseThrow();
    boolean tie = groups.stream().anyMatch(g -> g.roleArn() != null
        && Objects.equals(g.precedence(), first.precedence()) && !g.roleArn().equals(first.roleArn()));
    if (!tie) {
      id.claim("cognito:preferred_role", first.roleArn());
    }
    id.claim("cognito:roles", roles);
  }

  private static RefreshTokenClaims claims(Map<String, Object> json) {
    return new RefreshTokenClaims((String) json.get("pool"), (String) json.get("client"),
        (String) json.get("username"), (String) json.get("sub"), (String) json.get("origin_jti"),
        Instant.ofEpochSecond(((Number) json.get("auth_time")).longValue()),
        Instant.ofEpochSecond(((Number) json.get("exp")).longValue()), (String) json.get("device_key"),
        (String) json.get("jti"), (String) json.get("scope"));
  }

  // Cognito's refresh tokens carry "alg":"RSA-OAEP" (SHA-1 OAEP), which Nimbus marks deprecated.
  @SuppressWarnings("deprecation")
  private String refreshToken(KeyMaterial keys, RefreshTokenClaims claims) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("pool", claims.userPoolId());
    json.put("client", claims.clientId());
    json.put("username", claims.username());
    json.put("sub", claims.sub());
    json.put("origin_jti", claims.originJti());
    json.put("auth_time", claims.authTime().getEpochSecond());
    json.put("exp", claims.expiresAt().getEpochSecond());
    json.put("jti", claims.jti());
    if (claims.deviceKey() != null) {
      json.put("device_key", claims.deviceKey());
    }
    if (claims.scope() != null) {
      json.put("scope", claims.scope());
    }
    JWEObject jwe = new JWEObject(
        new JWEHeader.Builder(JWEAlgorithm.RSA_OAEP, EncryptionMethod.A256GCM).contentType("JWT").build(),
        new Payload(json));
    try {
      jwe.encrypt(keys.encrypter);
    } catch (JOSEException e) {
      throw KeyMaterial.cryptoFailure(e);
    }
    return jwe.serialize();
  }

  private static String sign(JWTClaimsSet claims, String kid, com.nimbusds.jose.JWSSigner signer) {
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(), claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw KeyMaterial.cryptoFailure(e);
    }
    return jwt.serialize();
  }

  /**
   * The user's attributes as ID token claims: strings, except the two {@code *_verified} flags,
   * which are JSON booleans, and {@code updated_at}, a number. Only attributes the app client may
   * read are included when it restricts them.
   */
  private static Map<String, Object> idAttributes(Map<String, String> attributes, List<String> readable) {
    Map<String, Object> claims = new LinkedHashMap<>();
    boolean restricted = !readable.isEmpty();
    attributes.forEach((name, value) -> {
      if (name.equals("sub") || (restricted && !readable.contains(name))) {
        return;
      }
      if (name.equals("email_verified") || name.equals("phone_number_verified")) {
        claims.put(name, Boolean.parseBoolean(value));
      } else if (name.equals("updated_at") && value.matches("\\d{1,18}")) {
        claims.put(name, Long.parseLong(value));
      } else if (name.equals("identities")) {
        claims.put(name, identities(value));
      } else {
        claims.put(name, value);
      }
    });
    return claims;
  }

  /**
   * The {@code identities} attribute as the ID token carries it: an array of objects whose {@code
   * primary} and {@code dateCreated} are strings, as in tokens Cognito issues; the attribute itself
   * keeps them as a boolean and a number. Text that is not such an array stays a string.
   */
  private static Object identities(String value) {
    List<Object> parsed;
    try {
      parsed = com.nimbusds.jose.util.JSONArrayUtils.parse(value);
    } catch (java.text.ParseException e) {
      return value;
    }
    List<Object> identities = new java.util.ArrayList<>();
    for (Object item : parsed) {
      if (!(item instanceof Map<?, ?> map)) {
        return value;
      }
      Map<String, Object> identity = new LinkedHashMap<>();
      map.forEach((key, field) -> identity.put(String.valueOf(key),
          (key.equals("primary") || key.equals("dateCreated")) && field != null ? String.valueOf(field) : field));
      identities.add(identity);
    }
    return identities;
  }

  /** Base64url of the left half of the access token's SHA-256 digest. */
  private static String atHash(String accessToken) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(accessToken.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /** A key ID of the same shape as Cognito's (Base64 of 32 bytes), distinct for every pool. */
  static String kid(String userPoolId, String use) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest((userPoolId + "/" + use).getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /** Adds, replaces and suppresses the claims a trigger asked for, except the protected ones. */
  private static void override(JWTClaimsSet.Builder claims, Map<String, Object> added, Collection<String> suppressed,
      Set<String> protectedClaims) {
    added.forEach((name, value) -> {
      if (!protectedClaims.contains(name)) {
        claims.claim(name, value);
      }
    });
    for (String name : suppressed) {
      if (!protectedClaims.contains(name)) {
        claims.claim(name, null);
      }
    }
  }
}
