package dev.fakecognito.srp;

import java.util.Objects;

/**
 * What a client must keep to authenticate a confirmed device: the device key, its group key and
 * the random device password whose verifier Cognito stored at ConfirmDevice.
 *
 * <p>Made by {@link CognitoSrp#confirmDevice}; pass it to {@link CognitoSrp#signIn(String, String,
 * DeviceCredentials)}. {@link #toString()} leaves the password out.
 *
 * @param deviceKey the device's key, as in {@code NewDeviceMetadata.DeviceKey}
 * @param deviceGroupKey the key of the device's group, as in {@code NewDeviceMetadata.DeviceGroupKey}
 * @param devicePassword the device password (Base64 of random bytes) the verifier was computed from
 */
public record DeviceCredentials(String deviceKey, String deviceGroupKey, String devicePassword) {

  /**
   * Checks that every component is present.
   *
   * @throws NullPointerException if a component is null
   */
  public DeviceCredentials {
    Objects.requireNonNull(deviceKey, "deviceKey");
    Objects.requireNonNull(deviceGroupKey, "deviceGroupKey");
    Objects.requireNonNull(devicePassword, "devicePassword");
  }

  /** Returns the keys, but not the device password. */
  @Override
  public String toString() {
    return "DeviceCredentials[deviceKey=" + deviceKey + ", deviceGroupKey=" + deviceGroupKey + "]";
  }
}
