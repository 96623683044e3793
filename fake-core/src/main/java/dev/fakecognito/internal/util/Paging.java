package dev.fakecognito.internal.util;

import dev.fakecognito.internal.errors.CognitoErrors;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Cuts a listing into pages whose continuation tokens are cursors, not offsets.
 *
 * <p>Every entry of a listing has a sort key, a string unique within the listing; pages serve
 * entries in ascending key order. A token is an opaque encoding of the key of the last entry
 * served, and the next page starts at the first entry whose key is greater. So entries added or
 * removed between two calls never make the next page repeat or skip an entry that was there all
 * along; an entry added behind the cursor is simply not seen by this walk.
 *
 * <p>Keys are built from {@link #key(long)} and {@link #key(Instant)}, which are fixed-width and
 * sort as the numbers do, followed by at most one variable-length part (a name) at the end.
 *
 * @param <T> the element type
 * @param items the items of this page
 * @param nextToken the token for the next page, or {@code null} on the last page
 */
public record Paging<T>(List<T> items, @Nullable String nextToken) {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /**
   * Returns the page that follows {@code token}: the {@code pageSize} entries with the smallest
   * keys above the token's. The entries need not be sorted; only the page is, so a page of a large
   * listing costs one pass and no full sort.
   *
   * @param listing names the listing, so that a token of one listing is refused by another
   * @param entries every entry of the listing, in any order
   * @param key the sort key of an entry, unique within the listing
   * @param token a token from an earlier page of the same listing, or {@code null} for the first
   * @param pageSize how many entries a page holds, at least 1
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     if the token was not issued for this listing
   */
  /**
   * Checks a listing's MaxResults against its range, 1 to {@code max}.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     with the SDK's constraint message if it is out of range
   */
  public static void checkMaxResults(int value, int max) {
    if (value < 1 || value > max) {
      throw CognitoErrors.constraint("maxResults", value, value < 1
          ? "Member must have value greater than or equal to 1"
          : "Member must have value less than or equal to " + max);
    }
  }

  public static <T> Paging<T> page(String listing, Collection<T> entries, Function<? super T, String> key,
      @Nullable String token, int pageSize) {
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize (" + pageSize + ") must be at least 1");
    }
    String after = token == null ? null : decode(listing, token);
    // The pageSize + 1 smallest keys above the cursor, largest on top; the extra one tells
    // whether another page follows.
    PriorityQueue<Keyed<T>> smallest =
        new PriorityQueue<>(pageSize + 2, Comparator.comparing(Keyed<T>::key).reversed());
    for (T entry : entries) {
      String entryKey = key.apply(entry);
      if (after != null && entryKey.compareTo(after) <= 0) {
        continue;
      }
      if (smallest.size() <= pageSize) {
        smallest.add(new Keyed<>(entryKey, entry));
      } else if (entryKey.compareTo(smallest.peek().key()) < 0) {
        smallest.poll();
        smallest.add(new Keyed<>(entryKey, entry));
      }
    }
    List<Keyed<T>> sorted = new ArrayList<>(smallest);
    sorted.sort(Comparator.comparing(Keyed<T>::key));
    boolean more = sorted.size() > pageSize;
    List<Keyed<T>> served = more ? sorted.subList(0, pageSize) : sorted;
    String next = more ? encode(listing, served.get(pageSize - 1).key()) : null;
    return new Paging<>(served.stream().map(Keyed::entry).toList(), next);
  }

  /** A fixed-width key part that sorts as {@code value} does, negative values included. */
  public static String key(long value) {
    StringBuilder out = new StringBuilder(16);
    appendHex(out, value ^ Long.MIN_VALUE, 16);
    return out.toString();
  }

  /** A fixed-width key part that sorts as {@code instant} does, to the nanosecond. */
  public static String key(Instant instant) {
    StringBuilder out = new StringBuilder(24);
    appendHex(out, instant.getEpochSecond() ^ Long.MIN_VALUE, 16);
    appendHex(out, instant.getNano(), 8);
    return out.toString();
  }

  /** {@link #key(Instant)} followed by {@code name}: by time, then by name. */
  public static String key(Instant instant, String name) {
    StringBuilder out = new StringBuilder(24 + name.length());
    appendHex(out, instant.getEpochSecond() ^ Long.MIN_VALUE, 16);
    appendHex(out, instant.getNano(), 8);
    return out.append(name).toString();
  }

  private static void appendHex(StringBuilder out, long value, int digits) {
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
      out.append(HEX[(int) (value >>> shift) & 0xf]);
    }
  }

  private record Keyed<T>(String key, T entry) {}

  private static String encode(String listing, String key) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((listing + "\n" + key).getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String listing, String token) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      if (text.startsWith(listing + "\n")) {
        return text.substring(listing.length() + 1);
      }
    } catch (IllegalArgumentException e) {
      // falls through to the error below
    }
    throw CognitoErrors.invalidPaginationToken(token);
  }
}
