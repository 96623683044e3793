package dev.fakecognito.internal.users;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.fakecognito.internal.devices.Device;
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

  private final String username;
  private final String sub;
  private final Instant created;
  private final Map<String, String> attributes = new LinkedHashMap<>();
  private final List<AuthEventType> authEvents = new ArrayList<>();
  private final Map<String, Device> devices = new LinkedHashMap<>();

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

  public boolean isVerified(String attribute) {
    return "true".equals(attributes.get(attribute + "_verified"));
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

  public void password(Password password, Instant now) {
    this.password = password;
    this.passwordSetAt = now;
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
    return new Snapshot(username, sub, Map.copyOf(attributes));
  }

  /**
   * An immutable copy of a user's identity and attributes.
   *
   * @param username the internal username
   * @param sub the user's sub
   * @param attributes every attribute, {@code sub} included
   */
  public record Snapshot(String username, String sub, Map<String, String> attributes) {}

  /** The user's devices by device key, oldest first. */
  public Map<String, Device> devices() {
    return devices;
  }

  /** Auth events, oldest first. */
  public List<AuthEventType> authEvents() {
    return authEvents;
  }
}
