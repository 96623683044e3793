package dev.fakecognito.internal.util;

import dev.fakecognito.internal.errors.CognitoErrors;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Cuts a stable, ordered list into pages with opaque continuation tokens.
 *
 * @param <T> the element type
 * @param items the items of this page
 * @param nextToken the token for the next page, or {@code null} on the last page
 */
public record Paging<T>(List<T> items, @Nullable String nextToken) {

  /**
   * Returns the page that starts at {@code token}.
   *
   * @param all every item, in the order pages are served
   * @param token a token from an earlier page, or {@code null} for the first page
   * @param pageSize how many items a page holds
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     if the token was not issued by this method
   */
  public static <T> Paging<T> page(List<T> all, @Nullable String token, int pageSize) {
    int start = token == null ? 0 : decode(token);
    if (start > all.size()) {
      throw CognitoErrors.invalidParameter("Invalid pagination token");
    }
    int end = Math.min(all.size(), start + pageSize);
    String next = end < all.size() ? encode(end) : null;
    return new Paging<>(List.copyOf(all.subList(start, end)), next);
  }

  private static String encode(int offset) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(("page:" + offset).getBytes(StandardCharsets.UTF_8));
  }

  private static int decode(String token) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      if (text.startsWith("page:")) {
        int offset = Integer.parseInt(text.substring(5));
        if (offset >= 0) {
          return offset;
        }
      }
    } catch (IllegalArgumentException e) {
      // falls through to the error below
    }
    throw CognitoErrors.invalidParameter("Invalid pagination token");
  }
}
