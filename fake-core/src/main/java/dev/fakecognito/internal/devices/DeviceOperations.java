package dev.fakecognito.internal.devices;

import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.auth.srp.Srp;
import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.tokens.AccessTokenClaims;
import dev.fakecognito.internal.users.SelfServiceOperations;
import dev.fakecognito.internal.users.User;
import dev.fakecognito.internal.users.UserAccess;
import dev.fakecognito.internal.util.Paging;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminForgetDeviceRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminForgetDeviceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetDeviceRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetDeviceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminListDevicesRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminListDevicesResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminUpdateDeviceStatusRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminUpdateDeviceStatusResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmDeviceRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmDeviceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeviceRememberedStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeviceSecretVerifierConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeviceType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ForgetDeviceRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ForgetDeviceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetDeviceRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetDeviceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListDevicesRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListDevicesResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateDeviceStatusRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateDeviceStatusResponse;

/**
 * ConfirmDevice, GetDevice, ListDevices, UpdateDeviceStatus and ForgetDevice, with their Admin
 * variants.
 *
 * <p>Which devices each operation sees follows what Cognito's own clients observe:
 *
 * <ul>
 *   <li>A device issued at sign-in exists only for ConfirmDevice until it is confirmed; Cognito
 *       tracks a device from ConfirmDevice on.
 *   <li>The self-service GetDevice and ListDevices show only <em>remembered</em> devices: a
 *       confirmed device that is not remembered is missing from ListDevices, and GetDevice answers
 *       "Device does not exist." for it. The AWS Mobile SDK for Android's integration test against a
 *       real pool ({@code AWSMobileClientTest.testRememberDevice}) relies on both, and Amplify's
 *       {@code fetchDevices} notes that only remembered devices are listed.
 *   <li>UpdateDeviceStatus, ForgetDevice and every Admin operation see every confirmed device,
 *       remembered or not.
 * </ul>
 *
 * <p>Lists are in the order the devices were issued, oldest first, so that an offset token stays
 * valid while new devices are added. Every read and change of a device holds the pool's lock.
 */
public final class DeviceOperations {

  /** The model's DeviceKeyType pattern. */
  private static final Pattern DEVICE_KEY = Pattern.compile("[\\w-]+_[0-9a-f-]+");

  private static final int MAX_LIMIT = 60;

  private final Backend backend;

  /** Creates the device operations of one fake. */
  public DeviceOperations(Backend backend) {
    this.backend = backend;
  }

  /* ---- ConfirmDevice ---- */

  /**
   * Stores the device's SRP salt and verifier, which makes the device tracked. In pools that
   * remember devices only when the user agrees ({@code DeviceOnlyRememberedOnUserPrompt}), the device
   * starts not remembered and the answer says the user must be asked; otherwise it is remembered at
   * once.
   *
   * <p>Confirming a device again replaces its verifier, salt and name and starts over from the
   * pool's rule, as a client that lost its device secret and made a new one would expect.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException if
   *     the access token is invalid or expired, or the user is disabled
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException
   *     if the device was not issued to the token's user
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     if the device key or name breaks the model's rules, or the verifier config is missing or not
   *     Base64
   */
  public ConfirmDeviceResponse confirmDevice(ConfirmDeviceRequest request) {
    String deviceKey = deviceKey(request.deviceKey());
    String name = request.deviceName();
    if (name != null && (name.isEmpty() || name.length() > 1024)) {
      throw CognitoErrors.constraint("deviceName", name, name.isEmpty()
          ? "Member must have length greater than or equal to 1"
          : "Member must have length less than or equal to 1024");
    }
    AccessTokenClaims token = backend.tokens().verifyAccessToken(request.accessToken());
    Verifier verifier = verifier(request.deviceSecretVerifierConfig());
    UserPool pool = backend.pool(token.userPoolId());
    pool.lock().lock();
    try {
      User user = SelfServiceOperations.signedInUser(pool, token);
      Device device = user.devices().get(deviceKey);
      if (device == null) {
        throw CognitoErrors.deviceNotFound();
      }
      boolean askUser = DeviceTracking.onlyOnUserPrompt(pool);
      device.confirm(verifier.salt(), verifier.value(), name, !askUser, backend.clock().instant());
      return ConfirmDeviceResponse.builder().userConfirmationNecessary(askUser).build();
    } finally {
      pool.lock().unlock();
    }
  }

  /* ---- GetDevice ---- */

  /**
   * Returns one of the signed-in user's remembered devices.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException
   *     if the user has no such confirmed and remembered device
   */
  public GetDeviceResponse getDevice(GetDeviceRequest request) {
    String deviceKey = deviceKey(request.deviceKey());
    DeviceType device = withTokenUser(request.accessToken(), user -> remembered(user, deviceKey).toDeviceType());
    return GetDeviceResponse.builder().device(device).build();
  }

  /**
   * Returns one of a user's confirmed devices, remembered or not.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException if
   *     there is no such user
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException
   *     if the user has no such confirmed device
   */
  public AdminGetDeviceResponse adminGetDevice(AdminGetDeviceRequest request) {
    String deviceKey = deviceKey(request.deviceKey());
    DeviceType device = withUser(request.userPoolId(), request.username(), user -> tracked(user, deviceKey).toDeviceType());
    return AdminGetDeviceResponse.builder().device(device).build();
  }

  /* ---- ListDevices ---- */

  /**
   * Lists the signed-in user's remembered devices, oldest first, up to {@code Limit} (60 when 0 or
   * absent) a page.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     if the limit is outside 0 to 60 or the pagination token was not issued here
   */
  public ListDevicesResponse listDevices(ListDevicesRequest request) {
    int limit = limit(request.limit());
    Paging<DeviceType> page = withTokenUser(request.accessToken(),
        user -> list("ListDevices", user, true, request.paginationToken(), limit));
    return ListDevicesResponse.builder().devices(page.items()).paginationToken(page.nextToken()).build();
  }

  /**
   * Lists a user's confirmed devices, remembered or not, oldest first, up to {@code Limit} (60 when
   * 0 or absent) a page.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException if
   *     there is no such user
   */
  public AdminListDevicesResponse adminListDevices(AdminListDevicesRequest request) {
    int limit = limit(request.limit());
    Paging<DeviceType> page = withUser(request.userPoolId(), request.username(),
        user -> list("AdminListDevices", user, false, request.paginationToken(), limit));
    return AdminListDevicesResponse.builder().devices(page.items()).paginationToken(page.nextToken()).build();
  }

  /* ---- UpdateDeviceStatus ---- */

  /**
   * Marks one of the signed-in user's confirmed devices remembered or not remembered.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException
   *     if the user has no such confirmed device
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     if the status is missing or not {@code remembered} or {@code not_remembered}
   */
  public UpdateDeviceStatusResponse updateDeviceStatus(UpdateDeviceStatusRequest request) {
    String deviceKey = deviceKey(request.deviceKey());
    boolean remembered = rememberedStatus(request.deviceRememberedStatus(), request.deviceRememberedStatusAsString());
    withTokenUser(request.accessToken(), user -> {
      tracked(user, deviceKey).remembered(remembered, backend.clock().instant());
      return null;
    });
    return UpdateDeviceStatusResponse.builder().build();
  }

  /**
   * Marks one of a user's confirmed devices remembered or not remembered.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException if
   *     there is no such user
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException
   *     if the user has no such confirmed device
   */
  public AdminUpdateDeviceStatusResponse adminUpdateDeviceStatus(AdminUpdateDeviceStatusRequest request) {
    String deviceKey = deviceKey(request.deviceKey());
    boolean remembered = rememberedStatus(request.deviceRememberedStatus(), request.deviceRememberedStatusAsString());
    withUser(request.userPoolId(), request.username(), user -> {
      tracked(user, deviceKey).remembered(remembered, backend.clock().instant());
      return null;
    });
    return AdminUpdateDeviceStatusResponse.builder().build();
  }

  /* ---- ForgetDevice ---- */

  /**
   * Removes one of the signed-in user's confirmed devices; a later sign-in with its DEVICE_KEY is
   * told "Device does not exist.".
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException
   *     if the user has no such confirmed device
   */
  public ForgetDeviceResponse forgetDevice(ForgetDeviceRequest request) {
    String deviceKey = deviceKey(request.deviceKey());
    withTokenUser(request.accessToken(), user -> user.devices().remove(tracked(user, deviceKey).key()));
    return ForgetDeviceResponse.builder().build();
  }

  /**
   * Removes one of a user's confirmed devices.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException if
   *     there is no such user
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException
   *     if the user has no such confirmed device
   */
  public AdminForgetDeviceResponse adminForgetDevice(AdminForgetDeviceRequest request) {
    String deviceKey = deviceKey(request.deviceKey());
    withUser(request.userPoolId(), request.username(), user -> user.devices().remove(tracked(user, deviceKey).key()));
    return AdminForgetDeviceResponse.builder().build();
  }

  /* ---- Users and devices ---- */

  /**
   * Runs {@code action} on the access token's user while holding the pool's lock. The token is
   * verified first, so an expired or revoked token fails before anything else is looked at.
   */
  private <T> T withTokenUser(@Nullable String accessToken, Function<User, T> action) {
    return UserAccess.withSignedInUser(backend, accessToken, (pool, user) -> action.apply(user));
  }

  private <T> T withUser(@Nullable String userPoolId, @Nullable String username, Function<User, T> action) {
    return UserAccess.withNamedUser(backend, userPoolId, username, (pool, user) -> action.apply(user));
  }

  /** A confirmed device of {@code user}; issued but unconfirmed devices are not tracked yet. */
  private static Device tracked(User user, String deviceKey) {
    Device device = user.devices().get(deviceKey);
    if (device == null || !device.confirmed()) {
      throw CognitoErrors.deviceNotFound();
    }
    return device;
  }

  /** A confirmed and remembered device, as the self-service GetDevice sees them. */
  private static Device remembered(User user, String deviceKey) {
    Device device = tracked(user, deviceKey);
    if (!device.remembered()) {
      throw CognitoErrors.deviceNotFound();
    }
    return device;
  }

  /**
   * One page of the user's confirmed devices, oldest first, with a cursor on the order they were
   * issued ({@link Paging}); the caller holds the pool's lock.
   */
  private static Paging<DeviceType> list(String listing, User user, boolean rememberedOnly, @Nullable String token,
      int limit) {
    List<Device> devices = new ArrayList<>();
    for (Device device : user.devices().values()) {
      if (device.confirmed() && (device.remembered() || !rememberedOnly)) {
        devices.add(device);
      }
    }
    Paging<Device> page = Paging.page(listing, devices, d -> Paging.key(d.sequence()), token, limit);
    return new Paging<>(page.items().stream().map(Device::toDeviceType).toList(), page.nextToken());
  }

  /* ---- Request checks ---- */

  /** Checks a DeviceKey against the model: required, 1 to 55 characters, {@code [\w-]+_[0-9a-f-]+}. */
  private static String deviceKey(@Nullable String deviceKey) {
    if (deviceKey == null) {
      throw CognitoErrors.notNull("deviceKey");
    }
    if (deviceKey.length() > 55) {
      throw CognitoErrors.constraint("deviceKey", deviceKey, "Member must have length less than or equal to 55");
    }
    if (!DEVICE_KEY.matcher(deviceKey).matches()) {
      throw CognitoErrors.constraint("deviceKey", deviceKey,
          "Member must satisfy regular expression pattern: " + DEVICE_KEY.pattern());
    }
    return deviceKey;
  }

  /** The model allows 0 to 60; 0 or no limit means the largest page, as for ListUsers. */
  private static int limit(@Nullable Integer limit) {
    if (limit == null || limit == 0) {
      return MAX_LIMIT;
    }
    if (limit < 0 || limit > MAX_LIMIT) {
      throw CognitoErrors.constraint("limit", limit, limit < 0
          ? "Member must have value greater than or equal to 0"
          : "Member must have value less than or equal to 60");
    }
    return limit;
  }

  private static boolean rememberedStatus(@Nullable DeviceRememberedStatusType status, @Nullable String given) {
    if (given == null) {
      throw CognitoErrors.notNull("deviceRememberedStatus");
    }
    if (status == null || status == DeviceRememberedStatusType.UNKNOWN_TO_SDK_VERSION) {
      throw CognitoErrors.constraint("deviceRememberedStatus", given,
          "Member must satisfy enum value set: [remembered, not_remembered]");
    }
    return status == DeviceRememberedStatusType.REMEMBERED;
  }

  /** A device's salt bytes and SRP verifier {@code v}, decoded from ConfirmDevice's Base64 values. */
  private record Verifier(byte[] salt, BigInteger value) {}

  /**
   * Decodes DeviceSecretVerifierConfig: the Salt bytes are kept as sent, and PasswordVerifier is the
   * unsigned big-endian {@code v = g^x mod N}, so it must lie strictly between 0 and N.
   */
  private static Verifier verifier(@Nullable DeviceSecretVerifierConfigType config) {
    if (config == null || config.salt() == null || config.passwordVerifier() == null) {
      throw CognitoErrors.invalidDeviceSecretVerifierConfig();
    }
    byte[] salt;
    byte[] verifier;
    try {
      salt = Base64.getDecoder().decode(config.salt());
      verifier = Base64.getDecoder().decode(config.passwordVerifier());
    } catch (IllegalArgumentException e) {
      throw CognitoErrors.invalidDeviceSecretVerifierConfig();
    }
    BigInteger v = new BigInteger(1, verifier);
    if (salt.length == 0 || v.signum() == 0 || v.compareTo(Srp.N) >= 0) {
      throw CognitoErrors.invalidDeviceSecretVerifierConfig();
    }
    return new Verifier(salt, v);
  }
}
