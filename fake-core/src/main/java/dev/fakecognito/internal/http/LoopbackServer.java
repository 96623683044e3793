package dev.fakecognito.internal.http;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * A small blocking HTTP/1.1 server on 127.0.0.1: one daemon thread accepts, and each connection is
 * served on a daemon thread of its own, request after request while the client keeps it alive, so
 * a call costs no hand-off between threads. It reads {@code Content-Length} and chunked bodies up
 * to a limit, answers {@code Expect: 100-continue}, and turns off Nagle's algorithm on every
 * connection. {@link #close()} closes the listening socket and every open connection.
 */
final class LoopbackServer implements AutoCloseable {

  /**
   * A request as the handler sees it; a body over the limit is {@code null}, with {@link #tooLarge}
   * set. {@code query} is the raw query string without its {@code ?} (empty if there is none), and
   * {@code remoteAddress} the peer's IP address as the connection shows it.
   */
  record Request(String method, String path, String query, Map<String, String> headers,
      byte @Nullable [] body, boolean tooLarge, String remoteAddress) {

    /** The value of a header, by its name in lower case, or null. */
    @Nullable String header(String lowerCaseName) {
      return headers.get(lowerCaseName);
    }
  }

  /** A response: status, headers in order, and a body (not sent for {@code HEAD}). */
  static final class Response {
    final int status;
    final Map<String, String> headers = new LinkedHashMap<>();
    final List<String> cookies = new ArrayList<>();
    final byte[] body;

    Response(int status, byte[] body) {
      this.status = status;
      this.body = body;
    }

    Response header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    /** Adds a {@code Set-Cookie} header; a response may carry several. */
    Response cookie(String setCookie) {
      cookies.add(setCookie);
      return this;
    }
  }

  interface Handler {
    Response handle(Request request);
  }

  private static final int MAX_LINE = 16 * 1024;
  private static final int MAX_HEADERS = 200;
  private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

  private final ServerSocket listener;
  private final Handler handler;
  private final int maxBody;
  private final String name;
  /** Open connections and the threads serving them. */
  private final Map<Socket, Thread> open = new ConcurrentHashMap<>();
  private final Thread acceptor;
  private final AtomicInteger connections = new AtomicInteger();
  private volatile boolean closed;

  /**
   * Binds 127.0.0.1:{@code port} (a free port if 0) and starts accepting.
   *
   * @throws IOException if the port cannot be bound
   */
  LoopbackServer(int port, int maxBody, String name, Handler handler) throws IOException {
    this.handler = handler;
    this.maxBody = maxBody;
    this.name = name;
    listener = new ServerSocket();
    listener.setReuseAddress(true);
    listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
    acceptor = new Thread(this::accept, name + "-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return listener.getLocalPort();
  }

  /**
   * Stops accepting, closes every connection, and waits (briefly) for the threads that served them
   * to end, so that clients have seen their connections close by the time it returns.
   */
  @Override
  public void close() {
    closed = true;
    closeQuietly(listener);
    for (Socket socket : open.keySet()) {
      // Shutting down first sends the FIN now, not when the thread blocked reading wakes up.
      try {
        socket.shutdownOutput();
        socket.shutdownInput();
      } catch (IOException e) {
        // already closed
      }
      closeQuietly(socket);
    }
    join(acceptor);
    for (Thread thread : open.values()) {
      join(thread);
    }
  }

  private static void join(Thread thread) {
    if (thread == Thread.currentThread()) {
      return; // closed by a handler
    }
    try {
      thread.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void accept() {
    while (!closed) {
      Socket socket;
      try {
        socket = listener.accept();
      } catch (IOException e) {
        return; // closed
      }
      Thread thread = new Thread(() -> serve(socket), name + "-" + connections.incrementAndGet());
      thread.setDaemon(true);
      open.put(socket, thread);
      if (closed) {
        // close() may have run between accept() and put(); it did not see this socket.
        open.remove(socket);
        closeQuietly(socket);
        return;
      }
      thread.start();
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      socket.setTcpNoDelay(true);
      InputStream in = new BufferedInputStream(socket.getInputStream(), 8192);
      OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 8192);
      String remote = socket.getInetAddress().getHostAddress();
      while (!closed && exchange(in, out, remote)) {
        // next request on the same connection
      }
    } catch (IOException | RuntimeException e) {
      // The client went away or sent something unreadable; the connection ends.
    } finally {
      open.remove(socket);
    }
  }

  /** Serves one request; returns whether the connection stays open for another. */
  private boolean exchange(InputStream in, OutputStream out, String remote) throws IOException {
    String requestLine = readLine(in);
    while (requestLine != null && requestLine.isEmpty()) {
      requestLine = readLine(in); // tolerated: empty lines before a request
    }
    if (requestLine == null) {
      return false;
    }
    String[] parts = requestLine.split(" ");
    if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
      writeBadRequest(out);
      return false;
    }
    String method = parts[0];
    String target = parts[1];
    boolean http10 = parts[2].equals("HTTP/1.0");
    Map<String, String> headers = readHeaders(in);
    if (headers == null) {
      writeBadRequest(out);
      return false;
    }
    String connection = headers.getOrDefault("connection", "").toLowerCase(Locale.ROOT);
    boolean keepAlive = http10 ? connection.contains("keep-alive") : !connection.contains("close");

    String transferEncoding = headers.get("transfer-encoding");
    boolean chunked = transferEncoding != null && transferEncoding.toLowerCase(Locale.ROOT).contains("chunked");
    long length = 0;
    if (!chunked && headers.containsKey("content-length")) {
      try {
        length = Long.parseLong(headers.get("content-length").trim());
      } catch (NumberFormatException e) {
        length = -1;
      }
      if (length < 0) {
        writeBadRequest(out);
        return false;
      }
    }
    boolean tooLarge = !chunked && length > maxBody;
    boolean refusedBeforeBody = false;
    if ("100-continue".equalsIgnoreCase(headers.get("expect")) && !http10 && (chunked || length > 0)) {
      if (tooLarge) {
        // Refuse before the body is sent; the body may or may not follow, so the connection ends.
        keepAlive = false;
        refusedBeforeBody = true;
      } else {
        out.write(CONTINUE);
        out.flush();
      }
    }
    byte[] body;
    if (chunked) {
      body = readChunked(in);
      tooLarge = body == null;
    } else if (tooLarge) {
      body = null;
      if (!refusedBeforeBody) {
        in.skipNBytes(length); // read, so that the response is not lost to a reset
      }
    } else {
      body = in.readNBytes((int) length);
      if (body.length < length) {
        return false;
      }
    }

    int query = target.indexOf('?');
    String path = query < 0 ? target : target.substring(0, query);
    if (path.startsWith("http://") || path.startsWith("https://")) {
      int slash = path.indexOf('/', path.indexOf("//") + 2);
      path = slash < 0 ? "/" : path.substring(slash);
    }
    String queryString = query < 0 ? "" : target.substring(query + 1);
    Response response = handler.handle(new Request(method, path, queryString, headers, body, tooLarge, remote));
    write(out, response, method.equals("HEAD"), keepAlive);
    return keepAlive;
  }

  /** Reads a chunked body, trailers included; returns null (having read it all) if it is over the limit. */
  private byte @Nullable [] readChunked(InputStream in) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    boolean tooLarge = false;
    while (true) {
      String sizeLine = readLine(in);
      if (sizeLine == null) {
        throw new IOException("connection closed in a chunked body");
      }
      int extension = sizeLine.indexOf(';');
      long size;
      try {
        size = Long.parseLong((extension < 0 ? sizeLine : sizeLine.substring(0, extension)).trim(), 16);
      } catch (NumberFormatException e) {
        throw new IOException("bad chunk size: " + sizeLine);
      }
      if (size == 0) {
        readHeaders(in); // trailers, ignored
        return tooLarge ? null : body.toByteArray();
      }
      if (tooLarge || body.size() + size > maxBody) {
        tooLarge = true;
        in.skipNBytes(size);
      } else {
        byte[] chunk = in.readNBytes((int) size);
        if (chunk.length < size) {
          throw new IOException("connection closed in a chunk");
        }
        body.write(chunk);
      }
      readLine(in); // the CRLF after the chunk
    }
  }

  private static @Nullable Map<String, String> readHeaders(InputStream in) throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    for (int count = 0; ; count++) {
      String line = readLine(in);
      if (line == null || count > MAX_HEADERS) {
        return null;
      }
      if (line.isEmpty()) {
        return headers;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        return null;
      }
      String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).trim();
      headers.merge(name, value, (first, next) -> first + ", " + next);
    }
  }

  /** A line without its CRLF (or bare LF), or null at the end of the stream. */
  private static @Nullable String readLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder(64);
    int b;
    while ((b = in.read()) != -1) {
      if (b == '\n') {
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
          line.setLength(end - 1);
        }
        return line.toString();
      }
      if (line.length() >= MAX_LINE) {
        throw new IOException("header line too long");
      }
      line.append((char) b);
    }
    return line.length() == 0 ? null : line.toString();
  }

  private static void write(OutputStream out, Response response, boolean head, boolean keepAlive)
      throws IOException {
    StringBuilder lines = new StringBuilder(512);
    lines.append("HTTP/1.1 ").append(response.status).append(' ').append(reason(response.status)).append("\r\n");
    for (Map.Entry<String, String> header : response.headers.entrySet()) {
      // A line break in a value would end the header; messages are sent on one line.
      String value = header.getValue().replace('\r', ' ').replace('\n', ' ');
      lines.append(header.getKey()).append(": ").append(value).append("\r\n");
    }
    for (String cookie : response.cookies) {
      lines.append("Set-Cookie: ").append(cookie.replace('\r', ' ').replace('\n', ' ')).append("\r\n");
    }
    if (response.status != 204 && response.status != 304) {
      lines.append("Content-Length: ").append(response.body.length).append("\r\n");
    }
    if (!keepAlive) {
      lines.append("Connection: close\r\n");
    }
    lines.append("\r\n");
    out.write(lines.toString().getBytes(StandardCharsets.UTF_8));
    if (!head && response.status != 204 && response.status != 304) {
      out.write(response.body);
    }
    out.flush();
  }

  private static void writeBadRequest(OutputStream out) throws IOException {
    Response response = new Response(400, new byte[0]);
    write(out, response, false, false);
  }

  private static String reason(int status) {
    return switch (status) {
      case 100 -> "Continue";
      case 200 -> "OK";
      case 204 -> "No Content";
      case 302 -> "Found";
      case 401 -> "Unauthorized";
      case 400 -> "Bad Request";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 413 -> "Payload Too Large";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 503 -> "Service Unavailable";
      default -> status < 400 ? "OK" : status < 500 ? "Client Error" : "Server Error";
    };
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception e) {
      // already closed
    }
  }
}
