package dev.fakecognito.internal.util;

import java.util.regex.Pattern;

/** Checks that a string is an IPv4 or IPv6 literal, without ever resolving a host name. */
public final class IpAddresses {

  private static final Pattern IPV4 =
      Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
  private static final Pattern HEX_GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");

  private IpAddresses() {}

  public static boolean isValid(String address) {
    return IPV4.matcher(address).matches() || isIpv6(address);
  }

  private static boolean isIpv6(String address) {
    if (address.indexOf(':') < 0) {
      return false;
    }
    String body = address;
    int groupsNeeded = 8;
    int lastColon = body.lastIndexOf(':');
    String tail = body.substring(lastColon + 1);
    if (tail.contains(".")) {
      // An embedded IPv4 address, as in ::ffff:192.0.2.1, stands for the last two groups.
      if (!IPV4.matcher(tail).matches()) {
        return false;
      }
      body = body.substring(0, lastColon + 1) + "0";
      groupsNeeded = 7;
    }
    int doubleColon = body.indexOf("::");
    if (doubleColon >= 0 && body.indexOf("::", doubleColon + 1) >= 0) {
      return false;
    }
    String[] parts;
    int groups;
    if (doubleColon >= 0) {
      String head = body.substring(0, doubleColon);
      String rest = body.substring(doubleColon + 2);
      String[] headParts = head.isEmpty() ? new String[0] : head.split(":", -1);
      String[] restParts = rest.isEmpty() ? new String[0] : rest.split(":", -1);
      groups = headParts.length + restParts.length;
      if (groups >= groupsNeeded) {
        return false;
      }
      parts = concat(headParts, restParts);
    } else {
      parts = body.split(":", -1);
      groups = parts.length;
      if (groups != groupsNeeded) {
        return false;
      }
    }
    for (String part : parts) {
      if (!HEX_GROUP.matcher(part).matches()) {
        return false;
      }
    }
    return true;
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = new String[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
