package dev.fakecognito.internal.risk;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** A range of IPv4 or IPv6 addresses in CIDR notation, as threat protection's IP exceptions name them. */
record IpRange(byte[] network, int prefix) {

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  /** The range {@code cidr} names, or empty if it is not an address and a prefix length that fits it. */
  static Optional<IpRange> parse(String cidr) {
    int slash = cidr.indexOf('/');
    if (slash < 0 || !cidr.substring(slash + 1).matches("\\d{1,3}")) {
      return Optional.empty();
    }
    byte[] address = address(cidr.substring(0, slash));
    int prefix = Integer.parseInt(cidr.substring(slash + 1));
    if (address == null || prefix > address.length * 8) {
      return Optional.empty();
    }
    return Optional.of(new IpRange(address, prefix));
  }

  /** Whether {@code ip}, an address literal, lies in this range; anything else lies in none. */
  boolean contains(@Nullable String ip) {
    byte[] address = ip == null ? null : address(ip);
    if (address == null || address.length != network.length) {
      return false;
    }
    for (int bit = 0; bit < prefix; bit++) {
      int mask = 0x80 >>> (bit % 8);
      if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
        return false;
      }
    }
    return true;
  }

  /** The bytes of an IPv4 or IPv6 literal; never a name lookup. */
  private static byte @Nullable [] address(String literal) {
    boolean v4 = IPV4.matcher(literal).matches();
    if (!v4 && !IPV6.matcher(literal).matches()) {
      return null;
    }
    if (v4) {
      for (String part : literal.split("\\.")) {
        if (Integer.parseInt(part) > 255) {
          return null;
        }
      }
    }
    try {
      return InetAddress.getByName(literal).getAddress();
    } catch (UnknownHostException e) {
      return null;
    }
  }
}
