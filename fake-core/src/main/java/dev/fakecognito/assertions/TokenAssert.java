package dev.fakecognito.assertions;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.fakecognito.FakeCognito;
import java.text.ParseException;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.MapAssert;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;

/** Assertions on the claims of a token a {@link FakeCognito} issued. */
public final class TokenAssert extends AbstractAssert<TokenAssert, String> {

  private final Map<String, Object> claims;

  private TokenAssert(String jwt, Map<String, Object> claims) {
    super(jwt, TokenAssert.class);
    this.claims = claims;
  }

  static TokenAssert verified(FakeCognito fake, String jwt) {
    if (jwt == null) {
      throw new AssertionError("Expected a token but it was null");
    }
    try {
      SignedJWT token = SignedJWT.parse(jwt);
      JWTClaimsSet claims = token.getJWTClaimsSet();
      String issuer = claims.getIssuer();
      String poolId = issuer == null ? "" : issuer.substring(issuer.lastIndexOf('/') + 1);
      String awsIssuer = "https://cognito-idp." + fake.region() + ".amazonaws.com/" + poolId;
      if (!fake.issuer(poolId).equals(issuer) && !awsIssuer.equals(issuer)) {
        throw new AssertionError("Expected a token of this fake but its issuer was " + issuer);
      }
      JWK key = JWKSet.parse(fake.jwks(poolId)).getKeyByKeyId(token.getHeader().getKeyID());
      if (key == null || !token.verify(new RSASSAVerifier(key.toRSAKey()))) {
        throw new AssertionError("Expected a token signed by pool " + poolId + " but its signature does not verify");
      }
      Date expires = claims.getExpirationTime();
      if (expires == null || !expires.toInstant().isAfter(fake.clock().instant())) {
        throw new AssertionError("Expected an unexpired token but it expired at " + expires
            + " and the fake's clock reads " + fake.clock().instant());
      }
      return new TokenAssert(jwt, claims.getClaims());
    } catch (ParseException | JOSEException e) {
      throw new AssertionError("Expected a signed JWT but could not read it: " + e.getMessage(), e);
    } catch (ResourceNotFoundException e) {
      throw new AssertionError("Expected a token of one of this fake's pools: " + e.getMessage(), e);
    }
  }

  /** Verifies that this is an ID token ({@code token_use} is {@code id}). */
  public TokenAssert isIdToken() {
    return hasClaim("token_use", "id");
  }

  /** Verifies that this is an access token ({@code token_use} is {@code access}). */
  public TokenAssert isAccessToken() {
    return hasClaim("token_use", "access");
  }

  /** Verifies a claim's value; numbers compare by value, dates as epoch seconds. */
  public TokenAssert hasClaim(String name, Object expected) {
    if (!claims.containsKey(name)) {
      failWithMessage("Expected claim %s=%s but the token has no %s claim; its claims are %s",
          name, expected, name, claims.keySet());
    }
    Object value = claims.get(name);
    if (value instanceof Date date) {
      value = date.toInstant().getEpochSecond();
    }
    boolean equal = value instanceof Number n && expected instanceof Number e
        ? n.longValue() == e.longValue() && n.doubleValue() == e.doubleValue()
        : Objects.equals(value, expected);
    if (!equal) {
      failWithMessage("Expected claim %s=%s but it was %s", name, expected, value);
    }
    return this;
  }

  /** Verifies that the token has no claim of this name. */
  public TokenAssert doesNotHaveClaim(String name) {
    if (claims.containsKey(name)) {
      failWithMessage("Expected no %s claim but it was %s", name, claims.get(name));
    }
    return this;
  }

  /** Returns map assertions over all claims. */
  public MapAssert<String, Object> claims() {
    return Assertions.assertThat(claims);
  }
}
