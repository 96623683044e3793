package dev.fakecognito.internal.devices;

import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.users.User;
import dev.fakecognito.internal.util.Ids;
import java.time.Instant;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeviceConfigurationType;

/**
 * Whether and how a pool tracks devices, from its DeviceConfiguration
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html):
 * none means devices are not remembered; {@code DeviceOnlyRememberedOnUserPrompt} means the user
 * opts in per device; otherwise every confirmed device is remembered.
 */
public final class DeviceTracking {

  private static final char[] GROUP_KEY_CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

  private DeviceTracking() {}

  public static boolean enabled(UserPool pool) {
    return pool.config().deviceConfiguration() != null;
  }

  public static boolean onlyOnUserPrompt(UserPool pool) {
    DeviceConfigurationType config = pool.config().deviceConfiguration();
    return config != null && Boolean.TRUE.equals(config.deviceOnlyRememberedOnUserPrompt());
  }

  /**
   * Issues a new device to {@code user}: key {@code <region>_<uuid>} and group key {@code -} plus 8
   * alphanumerics, as real ones look. The caller holds the pool's lock.
   */
  public static Device issue(UserPool pool, String region, User user, Instant now) {
    StringBuilder groupKey = new StringBuilder("-");
    for (int i = 0; i < 8; i++) {
      groupKey.append(GROUP_KEY_CHARS[Ids.randomInt(GROUP_KEY_CHARS.length)]);
    }
    Device device = new Device(region + "_" + Ids.uuid(), groupKey.toString(), now, pool.nextSequence());
    user.devices().put(device.key(), device);
    return device;
  }
}
