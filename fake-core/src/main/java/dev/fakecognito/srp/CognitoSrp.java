package dev.fakecognito.srp;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.internal.auth.srp.Srp;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeviceSecretVerifierConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NewDeviceMetadataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;

/**
 * Signs users in with Cognito's Secure Remote Password flow (USER_SRP_AUTH), the way Amplify and
 * the other AWS client libraries do, through any {@link CognitoIdentityProviderClient}: a {@link
 * dev.fakecognito.FakeCognito fake}'s or one that calls the real service.
 *
 * <pre>{@code
 * CognitoSrp srp = CognitoSrp.builder()
 *     .fake(fake)                     // or .client(cognito) for the real service
 *     .userPoolId(poolId)
 *     .clientId(clientId)
 *     .build();
 * AuthenticationResultType tokens = srp.signIn("alice", "Passw0rd!");
 *
 * // In a pool that tracks devices: confirm the device the sign-in issued, then sign in with it.
 * DeviceCredentials device =
 *     srp.confirmDevice(tokens.accessToken(), tokens.newDeviceMetadata(), "test device");
 * srp.signIn("alice", "Passw0rd!", device);
 * }</pre>
 *
 * <p>{@link #signIn(String, String)} answers only the SRP challenges. To handle another challenge
 * (NEW_PASSWORD_REQUIRED, MFA), or to sign in through AdminInitiateAuth, drive the steps yourself
 * with {@link #newSignIn(String)}.
 *
 * <p>When the app client has a secret, give it to the builder: SECRET_HASH is then computed over
 * the username as typed for InitiateAuth, and over the internal username Cognito returns for every
 * challenge response, as Cognito requires.
 *
 * <h2>Clocks</h2>
 *
 * <p>Each answer to PASSWORD_VERIFIER carries a TIMESTAMP that the client's signature covers, and
 * Cognito refuses one far from its own time with the same NotAuthorizedException as a wrong
 * password, "Incorrect username or password.". A fake's time is {@code fake.clock()}, which a test
 * moves, so the helper must read that clock: {@link Builder#fake(FakeCognito)} does it, and
 * {@link Builder#clock(Clock)} sets any clock. A helper built with {@code client(fake.client())}
 * alone reads the system clock, and fails once the test has moved the fake's clock by more than
 * a few minutes. Against the real service the system clock is right.
 *
 * <p>Instances are immutable and thread-safe; the {@link SrpSignIn} objects they create are not.
 */
public final class CognitoSrp {

  /** The pattern Cognito's JavaScript client checks pool IDs against. */
  private static final Pattern POOL_ID = Pattern.compile("[\\w-]+_[0-9a-zA-Z]+");
  private static final int DEVICE_PASSWORD_BYTES = 40;
  private static final int DEVICE_SALT_BYTES = 16;

  final CognitoIdentityProviderClient client;
  final String poolName;
  final String clientId;
  final @Nullable String clientSecret;
  final Clock clock;
  private final IntFunction<byte[]> random;

  private CognitoSrp(Builder builder) {
    FakeCognito fake = builder.fake;
    this.client = builder.client != null ? builder.client : Objects.requireNonNull(fake).client();
    this.poolName = Objects.requireNonNull(builder.userPoolId).substring(builder.userPoolId.indexOf('_') + 1);
    this.clientId = Objects.requireNonNull(builder.clientId);
    this.clientSecret = builder.clientSecret;
    this.clock = builder.clock != null ? builder.clock : fake != null ? fake.clock() : Clock.systemUTC();
    this.random = builder.random != null ? builder.random : secureRandom();
  }

  /**
   * Returns a builder; the client (or a fake), the pool ID and the app client ID are required.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Signs a user in with USER_SRP_AUTH: InitiateAuth, then the answer to PASSWORD_VERIFIER.
   *
   * @param username the username or an alias (email, phone number) of the user
   * @return the tokens
   * @throws IllegalStateException if Cognito answers with another challenge, such as
   *     NEW_PASSWORD_REQUIRED or an MFA challenge; the message names it
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException
   *     whatever InitiateAuth or RespondToAuthChallenge raise, e.g. NotAuthorizedException for a
   *     wrong password
   */
  public AuthenticationResultType signIn(String username, String password) {
    return signIn(newSignIn(username), password);
  }

  /**
   * Signs a user in with USER_SRP_AUTH on a remembered device: after the password, answers
   * DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER with the device's credentials.
   *
   * <p>If Cognito issues tokens right after the password (for instance because the pool no
   * longer tracks devices), those are returned. An unknown device key fails with Cognito's
   * ResourceNotFoundException; unlike Amplify, this method does not retry without the device.
   *
   * @param username the username or an alias of the user
   * @param device what {@link #confirmDevice} returned for this user
   * @return the tokens
   * @throws IllegalStateException if Cognito answers with a challenge other than the SRP ones
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException
   *     whatever the calls raise, e.g. ResourceNotFoundException for an unknown device
   */
  public AuthenticationResultType signIn(String username, String password, DeviceCredentials device) {
    return signIn(newSignIn(username, Objects.requireNonNull(device, "device")), password);
  }

  /**
   * Starts a sign-in whose steps the caller drives, with a fresh random SRP secret. Nothing is
   * sent until a method of the returned object calls Cognito.
   *
   * @param username the username or an alias of the user
   */
  public SrpSignIn newSignIn(String username) {
    return new SrpSignIn(this, Objects.requireNonNull(username, "username"), null);
  }

  /**
   * Starts a sign-in on a remembered device whose steps the caller drives.
   *
   * @param username the username or an alias of the user
   * @param device what {@link #confirmDevice} returned for this user
   */
  public SrpSignIn newSignIn(String username, DeviceCredentials device) {
    return new SrpSignIn(this, Objects.requireNonNull(username, "username"), Objects.requireNonNull(device, "device"));
  }

  /**
   * Confirms the device a sign-in issued (ConfirmDevice): makes a random device password and salt,
   * sends the SRP verifier derived from them, and returns what a later device sign-in needs.
   *
   * <p>The device password is Base64 of 40 random bytes and the salt 16 random bytes, as Cognito's
   * JavaScript client makes them. In pools that remember devices only when the user opts in, the
   * device must still be marked remembered (UpdateDeviceStatus) before Cognito asks for it.
   *
   * @param accessToken the access token of the sign-in that issued the device
   * @param metadata {@link AuthenticationResultType#newDeviceMetadata()} of that sign-in
   * @param deviceName a name to show in device lists, or null for none
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException
   *     whatever ConfirmDevice raises
   */
  public DeviceCredentials confirmDevice(String accessToken, NewDeviceMetadataType metadata,
      @Nullable String deviceName) {
    Objects.requireNonNull(accessToken, "accessToken");
    String deviceKey = Objects.requireNonNull(metadata.deviceKey(), "metadata.deviceKey");
    String groupKey = Objects.requireNonNull(metadata.deviceGroupKey(), "metadata.deviceGroupKey");
    String password = Base64.getEncoder().encodeToString(random.apply(DEVICE_PASSWORD_BYTES));
    BigInteger salt = new BigInteger(1, random.apply(DEVICE_SALT_BYTES));
    DeviceSecretVerifierConfigType verifier = deviceVerifier(groupKey, deviceKey, password, salt);
    client.confirmDevice(r -> r.accessToken(accessToken).deviceKey(deviceKey)
        .deviceSecretVerifierConfig(verifier).deviceName(deviceName));
    return new DeviceCredentials(deviceKey, groupKey, password);
  }

  /**
   * The verifier ConfirmDevice stores: {@code Salt = Base64(pad(salt))} and {@code
   * PasswordVerifier = Base64(pad(g^x mod N))}, with x derived from the group key, the device key
   * and the device password in place of the pool name, the username and the password.
   */
  static DeviceSecretVerifierConfigType deviceVerifier(String groupKey, String deviceKey, String password,
      BigInteger salt) {
    BigInteger verifier = Srp.verifier(Srp.x(Srp.pad(salt), groupKey, deviceKey, password));
    return DeviceSecretVerifierConfigType.builder()
        .salt(Base64.getEncoder().encodeToString(Srp.pad(salt)))
        .passwordVerifier(Base64.getEncoder().encodeToString(Srp.pad(verifier)))
        .build();
  }

  /** Random bytes for SRP secrets and device passwords. */
  byte[] randomBytes(int count) {
    return random.apply(count);
  }

  private static AuthenticationResultType signIn(SrpSignIn signIn, String password) {
    Objects.requireNonNull(password, "password");
    InitiateAuthResponse challenge = signIn.initiateAuth();
    RespondToAuthChallengeResponse response = signIn.respondToPasswordVerifier(challenge, password);
    if (signIn.device() != null && response.challengeName() == ChallengeNameType.DEVICE_SRP_AUTH) {
      response = signIn.respondToDeviceSrpAuth(response);
      response = signIn.respondToDevicePasswordVerifier(response);
    }
    if (response.authenticationResult() == null) {
      throw new IllegalStateException("Cognito asked for the " + response.challengeNameAsString()
          + " challenge, which signIn cannot answer; drive the sign-in with newSignIn(username) instead");
    }
    return response.authenticationResult();
  }

  private static IntFunction<byte[]> secureRandom() {
    SecureRandom secureRandom = new SecureRandom();
    return count -> {
      byte[] bytes = new byte[count];
      secureRandom.nextBytes(bytes);
      return bytes;
    };
  }

  /** Configures a {@link CognitoSrp}. */
  public static final class Builder {
    private @Nullable CognitoIdentityProviderClient client;
    private @Nullable FakeCognito fake;
    private @Nullable String userPoolId;
    private @Nullable String clientId;
    private @Nullable String clientSecret;
    private @Nullable Clock clock;
    private @Nullable IntFunction<byte[]> random;

    private Builder() {}

    /**
     * Sets the client every call goes through: a real one, or a fake's {@code client()}; for a
     * fake, prefer {@link #fake(FakeCognito)}, which also sets the clock.
     */
    public Builder client(CognitoIdentityProviderClient client) {
      this.client = Objects.requireNonNull(client, "client");
      return this;
    }

    /**
     * Signs in against a fake: calls go through {@code fake.client()} and each TIMESTAMP is read
     * from {@code fake.clock()}, so sign-ins keep working after the test moves that clock. A
     * {@link #client(CognitoIdentityProviderClient) client} or {@link #clock(Clock) clock} set
     * explicitly takes precedence.
     *
     * @param fake the fake
     * @return this builder
     * @since 0.1.0
     */
    public Builder fake(FakeCognito fake) {
      this.fake = Objects.requireNonNull(fake, "fake");
      return this;
    }

    /**
     * Sets the user pool ID; its part after {@code _} (the pool name) enters the SRP math.
     *
     * @throws IllegalArgumentException if it does not look like a pool ID, e.g. {@code
     *     us-east-1_AbC123xyZ}
     */
    public Builder userPoolId(String userPoolId) {
      Objects.requireNonNull(userPoolId, "userPoolId");
      if (!POOL_ID.matcher(userPoolId).matches()) {
        throw new IllegalArgumentException(
            "userPoolId (" + userPoolId + ") must look like a pool ID, e.g. us-east-1_AbC123xyZ");
      }
      this.userPoolId = userPoolId;
      return this;
    }

    /** Sets the ID of the app client, which must allow USER_SRP_AUTH. */
    public Builder clientId(String clientId) {
      this.clientId = Objects.requireNonNull(clientId, "clientId");
      return this;
    }

    /** Sets the app client's secret, or null (the default) for a client without one. */
    public Builder clientSecret(@Nullable String clientSecret) {
      this.clientSecret = clientSecret;
      return this;
    }

    /**
     * Sets the clock the TIMESTAMP of each challenge response is read from; defaults to the fake's
     * clock when {@link #fake(FakeCognito)} was called, else to {@link Clock#systemUTC()}. Cognito
     * rejects a TIMESTAMP far from its own time with "Incorrect username or password.".
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Replaces the random source, so tests can reproduce known SRP values. */
    Builder random(IntFunction<byte[]> random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /**
     * Builds the helper.
     *
     * @throws IllegalStateException if the client (or fake), the pool ID or the app client ID is
     *     missing
     */
    public CognitoSrp build() {
      if (client == null && fake == null) {
        throw new IllegalStateException("client is required; for a FakeCognito, call fake(fake)");
      }
      if (userPoolId == null) {
        throw new IllegalStateException("userPoolId is required");
      }
      if (clientId == null) {
        throw new IllegalStateException("clientId is required");
      }
      return new CognitoSrp(this);
    }
  }
}
