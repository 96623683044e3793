package dev.fakecognito.internal.oauth;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A request to managed login's pages and endpoints, and the answer, apart from the transport. */
public final class WebExchange {

  private WebExchange() {}

  /**
   * A request.
   *
   * @param method the HTTP method
   * @param path the path, without the query
   * @param query the raw query string, without {@code ?}
   * @param headers the headers, by lower-case name
   * @param body the body, empty if there is none
   * @param remoteAddress the IP address of the connection's peer
   */
  public record Request(String method, String path, String query, Map<String, String> headers, byte[] body,
      String remoteAddress) {

    public @Nullable String header(String lowerCaseName) {
      return headers.get(lowerCaseName);
    }

    /** The value of a cookie the request carries, or null. */
    public @Nullable String cookie(String name) {
      String cookies = headers.get("cookie");
      if (cookies == null) {
        return null;
      }
      for (String part : cookies.split("[;,]")) {
        int equals = part.indexOf('=');
        if (equals > 0 && part.substring(0, equals).trim().equals(name)) {
          return part.substring(equals + 1).trim();
        }
      }
      return null;
    }

    /**
     * The end user's IP address: the first {@code X-Forwarded-For} address when a proxy in front
     * of the fake set one, otherwise the connection's peer.
     */
    public String clientIp() {
      String forwarded = headers.get("x-forwarded-for");
      if (forwarded != null) {
        String first = forwarded.split(",")[0].trim();
        if (!first.isEmpty()) {
          return first;
        }
      }
      return remoteAddress;
    }
  }

  /** An answer: status, content type, body, further headers and cookies. */
  public static final class Reply {
    private final int status;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final List<String> cookies = new ArrayList<>();
    private final byte[] body;

    Reply(int status, @Nullable String contentType, String body) {
      this.status = status;
      this.body = body.getBytes(StandardCharsets.UTF_8);
      if (contentType != null) {
        headers.put("Content-Type", contentType);
      }
    }

    static Reply redirect(String location) {
      return new Reply(302, null, "").header("Location", location);
    }

    static Reply html(int status, String html) {
      return new Reply(status, "text/html;charset=UTF-8", html).header("Cache-Control", "no-store");
    }

    static Reply json(int status, String json) {
      return new Reply(status, "application/json;charset=UTF-8", json)
          .header("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate").header("Pragma", "no-cache");
    }

    Reply header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    Reply cookie(String setCookie) {
      cookies.add(setCookie);
      return this;
    }

    public int status() {
      return status;
    }

    public Map<String, String> headers() {
      return headers;
    }

    public List<String> cookies() {
      return cookies;
    }

    public byte[] body() {
      return body;
    }
  }
}
