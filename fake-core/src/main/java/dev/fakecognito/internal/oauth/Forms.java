package dev.fakecognito.internal.oauth;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads {@code application/x-www-form-urlencoded} bodies and query strings. */
public final class Forms {

  private Forms() {}

  /**
   * The parameters of a form, in order; null if the form is malformed or names a parameter twice,
   * which OAuth 2.0 forbids (RFC 6749 section 3.1).
   */
  public static @Nullable Map<String, String> parse(String form) {
    Map<String, String> parameters = new LinkedHashMap<>();
    if (form.isEmpty()) {
      return parameters;
    }
    for (String pair : form.split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      try {
        String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
        String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
        if (parameters.put(name, value) != null) {
          return null;
        }
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return parameters;
  }
}
