package dev.fakecognito.internal.risk;

import dev.fakecognito.threats.RiskLevel;
import dev.fakecognito.threats.Threats;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/** The risk a test has declared, read by threat protection's decisions. */
public final class RiskSignals implements Threats {

  private final Map<String, Entry> ipLevels = new ConcurrentHashMap<>();
  private final Set<String> compromised = ConcurrentHashMap.newKeySet();
  private final Map<String, RiskLevel> userLevels = new ConcurrentHashMap<>();

  private record Entry(IpRange range, RiskLevel level) {}

  @Override
  public Threats ipRisk(String ipOrCidr, RiskLevel level) {
    Objects.requireNonNull(ipOrCidr, "ipOrCidr");
    Objects.requireNonNull(level, "level");
    String cidr = ipOrCidr.contains("/") ? ipOrCidr : ipOrCidr + (ipOrCidr.contains(":") ? "/128" : "/32");
    IpRange range = IpRange.parse(cidr)
        .orElseThrow(() -> new IllegalArgumentException("Not an IP address or CIDR range: " + ipOrCidr));
    ipLevels.put(ipOrCidr, new Entry(range, level));
    return this;
  }

  @Override
  public Threats compromisedPasswords(Collection<String> passwords) {
    for (String password : passwords) {
      compromised.add(Objects.requireNonNull(password, "password"));
    }
    return this;
  }

  @Override
  public Threats userRisk(String userPoolId, String username, RiskLevel level) {
    userLevels.put(userKey(Objects.requireNonNull(userPoolId, "userPoolId"),
        Objects.requireNonNull(username, "username")), Objects.requireNonNull(level, "level"));
    return this;
  }

  @Override
  public void reset() {
    ipLevels.clear();
    compromised.clear();
    userLevels.clear();
  }

  /** The higher of the address's and the user's level, or {@code null} if neither is risky. */
  public @Nullable RiskLevel level(String userPoolId, String username, @Nullable String ip) {
    RiskLevel level = userLevels.get(userKey(userPoolId, username));
    if (ip != null) {
      for (Entry entry : ipLevels.values()) {
        if (entry.range().contains(ip) && (level == null || entry.level().compareTo(level) > 0)) {
          level = entry.level();
        }
      }
    }
    return level;
  }

  public boolean compromised(@Nullable String password) {
    return password != null && compromised.contains(password);
  }

  private static String userKey(String userPoolId, String username) {
    return userPoolId + "\u0000" + username;
  }
}
