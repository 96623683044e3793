package dev.fakecognito.internal.devices;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeviceType;

/**
 * A device Cognito tracks for a user: issued as NewDeviceMetadata at sign-in, then confirmed with
 * its SRP verifier (ConfirmDevice) and, in pools that remember devices only when the user opts in,
 * marked remembered.
 *
 * <p>Mutable, and guarded by the pool's lock like the user it belongs to.
 */
public final class Device {

  private final String key;
  private final String groupKey;
  private final Instant created;
  private final long sequence;
  private Instant lastModified;
  private @Nullable Instant lastAuthenticated;
  private @Nullable String name;
  private @Nullable String lastIp;
  private byte @Nullable [] salt;
  private @Nullable BigInteger verifier;
  private boolean remembered;

  /**
   * A new, unconfirmed device.
   *
   * @param sequence the pool's {@link dev.fakecognito.internal.pools.UserPool#nextSequence()} at
   *     issue, which orders a user's devices oldest first
   */
  public Device(String key, String groupKey, Instant created, long sequence) {
    this.key = key;
    this.groupKey = groupKey;
    this.created = created;
    this.sequence = sequence;
    this.lastModified = created;
    this.lastAuthenticated = created;
  }

  public String key() {
    return key;
  }

  public String groupKey() {
    return groupKey;
  }

  /** The device's place in the order devices were issued. */
  public long sequence() {
    return sequence;
  }

  /** Whether ConfirmDevice stored the device's SRP verifier. */
  public boolean confirmed() {
    return verifier != null;
  }

  public boolean remembered() {
    return remembered;
  }

  public void remembered(boolean remembered, Instant now) {
    this.remembered = remembered;
    this.lastModified = now;
  }

  /** Stores what ConfirmDevice sends: the device's salt bytes and SRP verifier. */
  public void confirm(byte[] salt, BigInteger verifier, @Nullable String name, boolean remembered, Instant now) {
    this.salt = salt.clone();
    this.verifier = verifier;
    this.name = name;
    this.remembered = remembered;
    this.lastModified = now;
  }

  public byte @Nullable [] salt() {
    return salt == null ? null : salt.clone();
  }

  public @Nullable BigInteger verifier() {
    return verifier;
  }

  public void authenticated(Instant now, @Nullable String ip) {
    this.lastAuthenticated = now;
    if (ip != null) {
      this.lastIp = ip;
    }
  }

  /** The device as the device operations return it. */
  public DeviceType toDeviceType() {
    List<AttributeType> attributes = new ArrayList<>();
    attributes.add(attribute("device_status", "valid"));
    if (name != null) {
      attributes.add(attribute("device_name", name));
    }
    attributes.add(attribute("dev:device_remembered_status", remembered ? "remembered" : "not_remembered"));
    if (lastIp != null) {
      attributes.add(attribute("last_ip_used", lastIp));
    }
    return DeviceType.builder()
        .deviceKey(key)
        .deviceAttributes(attributes)
        .deviceCreateDate(created)
        .deviceLastModifiedDate(lastModified)
        .deviceLastAuthenticatedDate(lastAuthenticated)
        .build();
  }

  private static AttributeType attribute(String name, String value) {
    return AttributeType.builder().name(name).value(value).build();
  }
}
