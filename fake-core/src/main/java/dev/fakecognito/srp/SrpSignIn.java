package dev.fakecognito.srp;

import dev.fakecognito.internal.auth.srp.Srp;
import dev.fakecognito.internal.users.SecretHashes;
import java.math.BigInteger;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;

/**
 * One USER_SRP_AUTH sign-in, step by step. It holds the client's secret SRP values between the
 * calls, so use each object for one sign-in only; create it with {@link CognitoSrp#newSignIn}.
 *
 * <p>Each step comes twice: a method that makes the call with the SDK client ({@link
 * #initiateAuth()}, {@link #respondToPasswordVerifier}, …) and one that only computes the
 * parameters ({@link #authParameters()}, {@link #passwordVerifierResponses}, …), for
 * AdminInitiateAuth and AdminRespondToAuthChallenge or for requests with extra fields such as
 * ClientMetadata:
 *
 * <pre>{@code
 * SrpSignIn signIn = srp.newSignIn("alice");
 * AdminInitiateAuthResponse challenge = cognito.adminInitiateAuth(r -> r.userPoolId(poolId)
 *     .clientId(clientId).authFlow(AuthFlowType.USER_SRP_AUTH).authParameters(signIn.authParameters()));
 * AdminRespondToAuthChallengeResponse response = cognito.adminRespondToAuthChallenge(r -> r
 *     .userPoolId(poolId).clientId(clientId).challengeName(ChallengeNameType.PASSWORD_VERIFIER)
 *     .challengeResponses(signIn.passwordVerifierResponses(challenge.challengeParameters(), "Passw0rd!")));
 * }</pre>
 *
 * <p>Every computed map carries SECRET_HASH when the app client has a secret, and DEVICE_KEY when
 * the sign-in uses a device. Not thread-safe.
 */
public final class SrpSignIn {

  private final CognitoSrp srp;
  private final String username;
  private final @Nullable DeviceCredentials device;
  private final BigInteger smallA;
  private final BigInteger largeA;
  private @Nullable String internalUsername;
  private @Nullable BigInteger deviceSmallA;
  private @Nullable BigInteger deviceLargeA;

  SrpSignIn(CognitoSrp srp, String username, @Nullable DeviceCredentials device) {
    this.srp = srp;
    this.username = username;
    this.device = device;
    this.smallA = newSecret();
    this.largeA = Srp.clientPublic(smallA);
  }

  /** Returns the username or alias the sign-in started with. */
  public String username() {
    return username;
  }

  /** Returns the device this sign-in authenticates, or null. */
  public @Nullable DeviceCredentials device() {
    return device;
  }

  /**
   * Returns the AuthParameters of InitiateAuth or AdminInitiateAuth with USER_SRP_AUTH: USERNAME,
   * SRP_A, and SECRET_HASH (over the username as given) and DEVICE_KEY where they apply. Every call
   * returns the same SRP_A.
   */
  public Map<String, String> authParameters() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("USERNAME", username);
    parameters.put("SRP_A", Srp.toHex(largeA));
    putSecretHash(parameters, username);
    putDeviceKey(parameters);
    return parameters;
  }

  /**
   * Calls InitiateAuth with USER_SRP_AUTH and {@link #authParameters()}.
   *
   * @return Cognito's answer, normally the PASSWORD_VERIFIER challenge
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException
   *     whatever InitiateAuth raises
   */
  public InitiateAuthResponse initiateAuth() {
    return srp.client.initiateAuth(r -> r.clientId(srp.clientId).authFlow(AuthFlowType.USER_SRP_AUTH)
        .authParameters(authParameters()));
  }

  /**
   * Computes the ChallengeResponses that answer PASSWORD_VERIFIER: USERNAME (the internal username
   * Cognito sent), PASSWORD_CLAIM_SECRET_BLOCK, PASSWORD_CLAIM_SIGNATURE and TIMESTAMP (from the
   * helper's clock), plus SECRET_HASH over the internal username and DEVICE_KEY where they apply.
   *
   * @param challengeParameters the ChallengeParameters of the PASSWORD_VERIFIER challenge
   * @throws IllegalArgumentException if a parameter the math needs (SALT, SRP_B, SECRET_BLOCK,
   *     USER_ID_FOR_SRP) is missing or malformed
   * @throws IllegalStateException if SRP_B is a multiple of N, which a genuine server never sends
   */
  public Map<String, String> passwordVerifierResponses(Map<String, String> challengeParameters, String password) {
    Objects.requireNonNull(password, "password");
    String userIdForSrp = required(challengeParameters, "USER_ID_FOR_SRP");
    String internal = challengeParameters.getOrDefault("USERNAME", userIdForSrp);
    internalUsername = internal;
    Map<String, String> responses = claim(challengeParameters, srp.poolName, userIdForSrp, password, smallA, largeA);
    responses.put("USERNAME", internal);
    putSecretHash(responses, internal);
    putDeviceKey(responses);
    return responses;
  }

  /**
   * Calls RespondToAuthChallenge with {@link #passwordVerifierResponses}.
   *
   * @param challenge what {@link #initiateAuth()} returned
   * @return Cognito's answer: tokens, or the next challenge (DEVICE_SRP_AUTH for a remembered
   *     device, NEW_PASSWORD_REQUIRED, MFA) with its Session
   * @throws IllegalArgumentException if {@code challenge} is not PASSWORD_VERIFIER
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException
   *     whatever RespondToAuthChallenge raises, e.g. NotAuthorizedException for a wrong password
   */
  public RespondToAuthChallengeResponse respondToPasswordVerifier(InitiateAuthResponse challenge, String password) {
    expect(challenge.challengeNameAsString(), ChallengeNameType.PASSWORD_VERIFIER);
    return respond(ChallengeNameType.PASSWORD_VERIFIER,
        passwordVerifierResponses(challenge.challengeParameters(), password), challenge.session());
  }

  /**
   * Computes the ChallengeResponses that answer DEVICE_SRP_AUTH: USERNAME, DEVICE_KEY and a fresh
   * SRP_A for the device, plus SECRET_HASH where it applies.
   *
   * <p>USERNAME is the challenge's USERNAME if it has one, else the internal username from the
   * PASSWORD_VERIFIER step, else the username the sign-in started with.
   *
   * @param challengeParameters the ChallengeParameters of the DEVICE_SRP_AUTH challenge
   * @throws IllegalStateException if this sign-in has no device
   */
  public Map<String, String> deviceSrpAuthResponses(Map<String, String> challengeParameters) {
    DeviceCredentials credentials = requireDevice();
    String name = challengeParameters.getOrDefault("USERNAME", internalUsername != null ? internalUsername : username);
    internalUsername = name;
    BigInteger secret = newSecret();
    deviceSmallA = secret;
    deviceLargeA = Srp.clientPublic(secret);
    Map<String, String> responses = new LinkedHashMap<>();
    responses.put("USERNAME", name);
    responses.put("DEVICE_KEY", credentials.deviceKey());
    responses.put("SRP_A", Srp.toHex(deviceLargeA));
    putSecretHash(responses, name);
    return responses;
  }

  /**
   * Calls RespondToAuthChallenge with {@link #deviceSrpAuthResponses} and the challenge's Session.
   *
   * @param challenge the DEVICE_SRP_AUTH challenge that {@link #respondToPasswordVerifier} returned
   * @return Cognito's answer, normally the DEVICE_PASSWORD_VERIFIER challenge
   * @throws IllegalArgumentException if {@code challenge} is not DEVICE_SRP_AUTH
   * @throws IllegalStateException if this sign-in has no device
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException
   *     whatever RespondToAuthChallenge raises
   */
  public RespondToAuthChallengeResponse respondToDeviceSrpAuth(RespondToAuthChallengeResponse challenge) {
    expect(challenge.challengeNameAsString(), ChallengeNameType.DEVICE_SRP_AUTH);
    return respond(ChallengeNameType.DEVICE_SRP_AUTH, deviceSrpAuthResponses(challenge.challengeParameters()),
        challenge.session());
  }

  /**
   * Computes the ChallengeResponses that answer DEVICE_PASSWORD_VERIFIER: USERNAME, DEVICE_KEY,
   * PASSWORD_CLAIM_SECRET_BLOCK, PASSWORD_CLAIM_SIGNATURE and TIMESTAMP, plus SECRET_HASH where it
   * applies. The signature proves the device password, with the device group key and the device
   * key in place of the pool name and the username.
   *
   * @param challengeParameters the ChallengeParameters of the DEVICE_PASSWORD_VERIFIER challenge
   * @throws IllegalArgumentException if SALT, SRP_B or SECRET_BLOCK is missing or malformed
   * @throws IllegalStateException if this sign-in has no device, or the DEVICE_SRP_AUTH answer
   *     was not computed first
   */
  public Map<String, String> devicePasswordVerifierResponses(Map<String, String> challengeParameters) {
    DeviceCredentials credentials = requireDevice();
    BigInteger secret = deviceSmallA;
    BigInteger publicValue = deviceLargeA;
    if (secret == null || publicValue == null) {
      throw new IllegalStateException("answer DEVICE_SRP_AUTH before DEVICE_PASSWORD_VERIFIER");
    }
    String name = challengeParameters.getOrDefault("USERNAME", internalUsername != null ? internalUsername : username);
    Map<String, String> responses = claim(challengeParameters, credentials.deviceGroupKey(), credentials.deviceKey(),
        credentials.devicePassword(), secret, publicValue);
    responses.put("USERNAME", name);
    responses.put("DEVICE_KEY", credentials.deviceKey());
    putSecretHash(responses, name);
    return responses;
  }

  /**
   * Calls RespondToAuthChallenge with {@link #devicePasswordVerifierResponses} and the
   * challenge's Session.
   *
   * @param challenge the DEVICE_PASSWORD_VERIFIER challenge that {@link #respondToDeviceSrpAuth}
   *     returned
   * @return Cognito's answer, normally the tokens
   * @throws IllegalArgumentException if {@code challenge} is not DEVICE_PASSWORD_VERIFIER
   * @throws IllegalStateException if this sign-in has no device
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException
   *     whatever RespondToAuthChallenge raises, e.g. NotAuthorizedException for a wrong device password
   */
  public RespondToAuthChallengeResponse respondToDevicePasswordVerifier(RespondToAuthChallengeResponse challenge) {
    expect(challenge.challengeNameAsString(), ChallengeNameType.DEVICE_PASSWORD_VERIFIER);
    return respond(ChallengeNameType.DEVICE_PASSWORD_VERIFIER,
        devicePasswordVerifierResponses(challenge.challengeParameters()), challenge.session());
  }

  /**
   * The proof of the password common to both verifier challenges: PASSWORD_CLAIM_SECRET_BLOCK,
   * PASSWORD_CLAIM_SIGNATURE and TIMESTAMP.
   */
  private Map<String, String> claim(Map<String, String> parameters, String prefix, String name, String password,
      BigInteger secret, BigInteger publicValue) {
    BigInteger salt = hex(parameters, "SALT");
    BigInteger serverPublic = hex(parameters, "SRP_B");
    // A B that is 0 mod N would let anyone who sent it know the session key without the password.
    if (serverPublic.mod(Srp.N).signum() == 0) {
      throw new IllegalStateException("SRP_B is a multiple of N; refusing to answer the challenge");
    }
    BigInteger u = Srp.u(publicValue, serverPublic);
    if (u.signum() == 0) {
      throw new IllegalStateException("the SRP scrambler u is zero; refusing to answer the challenge");
    }
    String secretBlock = required(parameters, "SECRET_BLOCK");
    byte[] secretBlockBytes;
    try {
      secretBlockBytes = Base64.getDecoder().decode(secretBlock);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("SECRET_BLOCK is not Base64: " + e.getMessage(), e);
    }
    BigInteger x = Srp.x(Srp.pad(salt), prefix, name, password);
    byte[] key = Srp.key(Srp.clientSecret(serverPublic, x, secret, u), u);
    String timestamp = Srp.timestamp(srp.clock.instant());
    Map<String, String> responses = new LinkedHashMap<>();
    responses.put("PASSWORD_CLAIM_SECRET_BLOCK", secretBlock);
    responses.put("PASSWORD_CLAIM_SIGNATURE", Srp.signature(key, prefix, name, secretBlockBytes, timestamp));
    responses.put("TIMESTAMP", timestamp);
    return responses;
  }

  private RespondToAuthChallengeResponse respond(ChallengeNameType name, Map<String, String> responses,
      @Nullable String session) {
    return srp.client.respondToAuthChallenge(r -> r.clientId(srp.clientId).challengeName(name)
        .challengeResponses(responses).session(session));
  }

  /** A client secret {@code a} of 128 random bytes whose public value is not 0 mod N. */
  private BigInteger newSecret() {
    while (true) {
      BigInteger secret = new BigInteger(1, srp.randomBytes(128));
      if (Srp.clientPublic(secret).signum() != 0) {
        return secret;
      }
    }
  }

  private DeviceCredentials requireDevice() {
    if (device == null) {
      throw new IllegalStateException("this sign-in has no device; start it with newSignIn(username, device)");
    }
    return device;
  }

  private void putSecretHash(Map<String, String> parameters, String name) {
    if (srp.clientSecret != null) {
      parameters.put("SECRET_HASH", SecretHashes.compute(srp.clientSecret, name, srp.clientId));
    }
  }

  private void putDeviceKey(Map<String, String> parameters) {
    if (device != null) {
      parameters.put("DEVICE_KEY", device.deviceKey());
    }
  }

  private static void expect(@Nullable String actual, ChallengeNameType expected) {
    if (!expected.toString().equals(actual)) {
      throw new IllegalArgumentException("expected the " + expected + " challenge but got " + actual);
    }
  }

  private static String required(Map<String, String> parameters, String name) {
    String value = parameters.get(name);
    if (value == null) {
      throw new IllegalArgumentException("the challenge has no " + name + " parameter");
    }
    return value;
  }

  private static BigInteger hex(Map<String, String> parameters, String name) {
    String value = required(parameters, name);
    BigInteger number;
    try {
      number = new BigInteger(value, 16);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " (" + value + ") is not a hexadecimal number", e);
    }
    if (number.signum() < 0) {
      throw new IllegalArgumentException(name + " (" + value + ") must not be negative");
    }
    return number;
  }
}
