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
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/**
 * Issues and verifies the pool's tokens: RS256 ID and access tokens, and refresh tokens encrypted
 * as JWEs, with the claim sets Cognito uses.
 */
public final class TokenService {

  /** The scope of tokens from the API sign-in flows, as opposed to OAuth. */
  public static final String ADMIN_SCOPE = "aws.cognito.signin.user.admin";

  private final Backend backend;

  public TokenService(Backend backend) {
    this.backend = backend;
  }

  /** The issuer of a pool's tokens: {@code https://cognito-idp.<region>.amazonaws.com/<poolId>}. */
  public String issuer(String userPoolId) {
    return "https://cognito-idp." + backend.region() + ".amazonaws.com/" + userPoolId;
  }

  /** The pool's JWKS document, with the public keys of its ID and access tokens. */
  public String jwks(String userPoolId) {
    KeyMaterial keys = KeyMaterial.get();
    RSAKey id = new RSAKey.Builder((RSAPublicKey) keys.idKey.getPublic())
        .keyID(kid(userPoolId, "id")).algorithm(JWSAlgorithm.RS256).keyUse(KeyUse.SIGNATURE).build();
    RSAKey access = new RSAKey.Builder((RSAPublicKey) keys.accessKey.getPublic())
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

  /** Issues ID and access tokens, and a refresh token if {@code withRefreshToken}. */
  public AuthenticationResultType issue(
      ClientRef ref, User.Snapshot user, Session session, boolean withRefreshToken) {
    UserPoolClientType client = ref.client();
    String poolId = ref.pool().id();
    Instant now = backend.clock().instant();
    Duration accessValidity = AppClientOperations.duration(
        client.accessTokenValidity(), client.tokenValidityUnits().accessToken());
    Duration idValidity = AppClientOperations.duration(
        client.idTokenValidity(), client.tokenValidityUnits().idToken());
    KeyMaterial keys = KeyMaterial.get();

    JWTClaimsSet.Builder access = new JWTClaimsSet.Builder()
        .subject(user.sub())
        .issuer(issuer(poolId))
        .claim("client_id", client.clientId())
        .claim("origin_jti", session.originJti())
        .claim("event_id", session.eventId())
        .claim("token_use", "access")
        .claim("scope", ADMIN_SCOPE)
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
    idAttributes(user.attributes(), client.readAttributes()).forEach(id::claim);
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

    AuthenticationResultType.Builder result = AuthenticationResultType.builder()
        .accessToken(sign(access.build(), kid(poolId, "access"), keys.accessSigner))
        .idToken(sign(id.build(), kid(poolId, "id"), keys.idSigner))
        .expiresIn((int) accessValidity.toSeconds())
        .tokenType("Bearer");
    if (withRefreshToken) {
      Duration refreshValidity = AppClientOperations.duration(
          client.refreshTokenValidity(), client.tokenValidityUnits().refreshToken());
      result.refreshToken(refreshToken(new RefreshTokenClaims(poolId, client.clientId(), user.username(),
          user.sub(), session.originJti(), session.authTime(), now.plus(refreshValidity), session.deviceKey())));
    }
    return result.build();
  }

  /**
   * Verifies an access token: signature, issuing pool, token use and expiry on the fake's clock.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException if
   *     the token is not a valid, unexpired access token of one of this fake's pools
   */
  public AccessTokenClaims verifyAccessToken(@Nullable String token) {
    if (token == null) {
      throw CognitoErrors.notNull("accessToken");
    }
    JWTClaimsSet claims;
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      claims = jwt.getJWTClaimsSet();
      String issuer = claims.getIssuer();
      String prefix = issuer("");
      if (issuer == null || !issuer.startsWith(prefix)) {
        throw CognitoErrors.invalidAccessToken();
      }
      String poolId = issuer.substring(prefix.length());
      UserPool pool = backend.findPool(poolId);
      if (pool == null
          || !kid(poolId, "access").equals(jwt.getHeader().getKeyID())
          || !jwt.verify(KeyMaterial.get().accessVerifier)
          || !"access".equals(claims.getStringClaim("token_use"))) {
        throw CognitoErrors.invalidAccessToken();
      }
      Instant expiresAt = claims.getExpirationTime().toInstant();
      if (!backend.clock().instant().isBefore(expiresAt)) {
        throw CognitoErrors.accessTokenExpired();
      }
      return new AccessTokenClaims(poolId, claims.getStringClaim("client_id"),
          claims.getStringClaim("username"), claims.getSubject(), claims.getStringClaim("origin_jti"),
          Instant.ofEpochSecond(claims.getLongClaim("auth_time")), expiresAt,
          claims.getStringClaim("device_key"));
    } catch (ParseException | JOSEException | RuntimeException e) {
      if (e instanceof software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException n) {
        throw n;
      }
      throw CognitoErrors.invalidAccessToken();
    }
  }

  /**
   * Decrypts a refresh token and checks that it belongs to {@code client} and has not expired.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException if
   *     it does not
   */
  public RefreshTokenClaims readRefreshToken(ClientRef client, String token) {
    Map<String, Object> json;
    try {
      JWEObject jwe = JWEObject.parse(token);
      jwe.decrypt(KeyMaterial.get().refreshDecrypter);
      json = jwe.getPayload().toJSONObject();
    } catch (ParseException | JOSEException | IllegalStateException e) {
      throw CognitoErrors.invalidRefreshToken();
    }
    if (json == null || !client.pool().id().equals(json.get("pool"))
        || !client.clientId().equals(json.get("client"))) {
      throw CognitoErrors.invalidRefreshToken();
    }
    RefreshTokenClaims claims = new RefreshTokenClaims((String) json.get("pool"), (String) json.get("client"),
        (String) json.get("username"), (String) json.get("sub"), (String) json.get("origin_jti"),
        Instant.ofEpochSecond(((Number) json.get("auth_time")).longValue()),
        Instant.ofEpochSecond(((Number) json.get("exp")).longValue()), (String) json.get("device_key"));
    if (!backend.clock().instant().isBefore(claims.expiresAt())) {
      throw CognitoErrors.refreshTokenExpired();
    }
    return claims;
  }

  // Cognito's refresh tokens carry "alg":"RSA-OAEP" (SHA-1 OAEP), which Nimbus marks deprecated.
  @SuppressWarnings("deprecation")
  private String refreshToken(RefreshTokenClaims claims) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("pool", claims.userPoolId());
    json.put("client", claims.clientId());
    json.put("username", claims.username());
    json.put("sub", claims.sub());
    json.put("origin_jti", claims.originJti());
    json.put("auth_time", claims.authTime().getEpochSecond());
    json.put("exp", claims.expiresAt().getEpochSecond());
    json.put("jti", Ids.uuid());
    if (claims.deviceKey() != null) {
      json.put("device_key", claims.deviceKey());
    }
    JWEObject jwe = new JWEObject(
        new JWEHeader.Builder(JWEAlgorithm.RSA_OAEP, EncryptionMethod.A256GCM).contentType("JWT").build(),
        new Payload(json));
    try {
      jwe.encrypt(KeyMaterial.get().refreshEncrypter);
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
      } else {
        claims.put(name, value);
      }
    });
    return claims;
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
}
