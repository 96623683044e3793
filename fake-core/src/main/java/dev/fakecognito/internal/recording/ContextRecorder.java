package dev.fakecognito.internal.recording;

import dev.fakecognito.internal.Backend.ClientRef;
import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.util.IpAddresses;
import dev.fakecognito.recording.RecordedContextData;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ContextDataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserContextDataType;

/** Checks and records the user context data of every call that carries it. */
public final class ContextRecorder {

  private final ConcurrentLinkedQueue<RecordedContextData> records = new ConcurrentLinkedQueue<>();

  /**
   * Records the {@code UserContextData} of an unauthenticated operation and returns the IP address
   * Cognito would use: the one sent, if the app client propagates it, otherwise {@code null}.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     if the IP address is not an IPv4 or IPv6 literal
   */
  public @Nullable String record(
      String operation, ClientRef client, @Nullable String username, @Nullable UserContextDataType data) {
    String ip = data == null ? null : data.ipAddress();
    checkIp(ip, "userContextData.ipAddress");
    boolean propagated =
        ip != null && Boolean.TRUE.equals(client.client().enablePropagateAdditionalUserContextData());
    records.add(new RecordedContextData(operation, client.pool().id(), client.clientId(), username, ip,
        data == null ? null : data.encodedData(), propagated));
    return propagated ? ip : null;
  }

  /**
   * Records the {@code ContextData} of an admin operation, whose IP address always counts.
   *
   * @return the IP address sent, or {@code null}
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     if a member the API model requires is missing, or the IP address is malformed
   */
  public @Nullable String recordAdmin(
      String operation, ClientRef client, @Nullable String username, @Nullable ContextDataType data) {
    if (data != null) {
      checkRequired(data);
    }
    String ip = data == null ? null : data.ipAddress();
    checkIp(ip, "contextData.ipAddress");
    records.add(new RecordedContextData(operation, client.pool().id(), client.clientId(), username, ip,
        data == null ? null : data.encodedData(), ip != null));
    return ip;
  }

  /**
   * Records a sign-in through managed login's pages, where Cognito sees the end user's browser
   * itself: the address always counts, as an admin operation's does.
   *
   * @param ip the browser's IP address, as the connection or a proxy's {@code X-Forwarded-For}
   *     shows it
   */
  public void recordHosted(String operation, ClientRef client, @Nullable String username, String ip,
      @Nullable String encodedData) {
    records.add(new RecordedContextData(operation, client.pool().id(), client.clientId(), username, ip,
        encodedData, true));
  }

  public void clear() {
    records.clear();
  }

  public List<RecordedContextData> records() {
    return List.copyOf(records);
  }

  /**
   * The API model makes IpAddress, ServerName, ServerPath and HttpHeaders required members of
   * ContextData, so the service rejects a ContextData that lacks any of them, naming each one.
   */
  private static void checkRequired(ContextDataType data) {
    List<String> missing = new ArrayList<>();
    if (data.ipAddress() == null) {
      missing.add("contextData.ipAddress");
    }
    if (data.serverName() == null) {
      missing.add("contextData.serverName");
    }
    if (data.serverPath() == null) {
      missing.add("contextData.serverPath");
    }
    if (!data.hasHttpHeaders()) {
      missing.add("contextData.httpHeaders");
    }
    if (missing.size() == 1) {
      throw CognitoErrors.notNull(missing.get(0));
    }
    if (!missing.isEmpty()) {
      throw CognitoErrors.invalidParameter(missing.size() + " validation errors detected: " + missing.stream()
          .map(member -> "Value null at '" + member + "' failed to satisfy constraint: Member must not be null")
          .collect(Collectors.joining("; ")));
    }
  }

  private static void checkIp(@Nullable String ip, String member) {
    if (ip != null && !IpAddresses.isValid(ip)) {
      // Cognito documents that a malformed address is rejected; the wording here is assumed.
      throw CognitoErrors.constraint(member, ip, "Member must be a valid IPv4 or IPv6 address");
    }
  }
}
