package dev.fakecognito.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP/1.1 the endpoint's server speaks, from a raw socket. */
class LoopbackServerTest {

  private final List<LoopbackServer.Request> seen = new ArrayList<>();
  private LoopbackServer server;

  @BeforeEach
  void start() throws IOException {
    server = new LoopbackServer(0, 16, "test-http", request -> {
      synchronized (seen) {
        seen.add(request);
      }
      byte[] body = request.tooLarge() ? "too large".getBytes(StandardCharsets.UTF_8)
          : ("echo:" + new String(request.body(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
      return new LoopbackServer.Response(request.tooLarge() ? 413 : 200, body).header("X-Path", request.path());
    });
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void serves_several_requests_on_one_kept_alive_connection() throws IOException {
    try (Connection connection = connect()) {
      connection.send("POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nhi");
      Reply first = connection.read();
      connection.send("POST /b?q=1 HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nyou");
      Reply second = connection.read();

      assertThat(first.status).isEqualTo("HTTP/1.1 200 OK");
      assertThat(first.body).isEqualTo("echo:hi");
      assertThat(first.headers).containsEntry("x-path", "/a").containsEntry("content-length", "7");
      assertThat(second.body).isEqualTo("echo:you");
      assertThat(second.headers).containsEntry("x-path", "/b");
    }
  }

  @Test
  void reads_a_chunked_body() throws IOException {
    try (Connection connection = connect()) {
      connection.send("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
          + "3\r\nabc\r\n2;ext=1\r\nde\r\n0\r\nTrailer: t\r\n\r\n");

      assertThat(connection.read().body).isEqualTo("echo:abcde");
    }
  }

  @Test
  void answers_expect_100_continue_before_the_body_is_sent() throws IOException {
    try (Connection connection = connect()) {
      connection.send("POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n");
      Reply interim = connection.read();
      connection.send("ok");

      assertThat(interim.status).isEqualTo("HTTP/1.1 100 Continue");
      assertThat(connection.read().body).isEqualTo("echo:ok");
    }
  }

  @Test
  void refuses_a_body_over_the_limit_and_keeps_the_connection() throws IOException {
    try (Connection connection = connect()) {
      connection.send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 17\r\n\r\n" + "x".repeat(17));
      Reply refused = connection.read();
      connection.send("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n11\r\n" + "y".repeat(17)
          + "\r\n0\r\n\r\n");
      Reply refusedChunked = connection.read();
      connection.send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\n\r\nz");

      assertThat(refused.status).isEqualTo("HTTP/1.1 413 Payload Too Large");
      assertThat(refusedChunked.status).isEqualTo("HTTP/1.1 413 Payload Too Large");
      assertThat(connection.read().body).isEqualTo("echo:z");
    }
  }

  @Test
  void refuses_an_expected_body_over_the_limit_without_asking_for_it() throws IOException {
    try (Connection connection = connect()) {
      connection.send("POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 100\r\n\r\n");
      Reply reply = connection.read();

      assertThat(reply.status).isEqualTo("HTTP/1.1 413 Payload Too Large");
      assertThat(reply.headers).containsEntry("connection", "close");
    }
  }

  @Test
  void head_gets_the_headers_without_the_body() throws IOException {
    try (Connection connection = connect()) {
      connection.send("HEAD /h HTTP/1.1\r\nHost: x\r\n\r\n");
      Reply head = connection.readHeadersOnly();
      connection.send("GET /g HTTP/1.1\r\nHost: x\r\n\r\n");

      assertThat(head.headers).containsEntry("x-path", "/h").containsEntry("content-length", "5");
      assertThat(connection.read().headers).containsEntry("x-path", "/g");
    }
  }

  @Test
  void connection_close_and_http_1_0_end_the_connection_after_the_response() throws IOException {
    try (Connection connection = connect()) {
      connection.send("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
      assertThat(connection.read().headers).containsEntry("connection", "close");
      assertThat(connection.in.readLine()).isNull();
    }
    try (Connection connection = connect()) {
      connection.send("GET / HTTP/1.0\r\n\r\n");
      assertThat(connection.read().headers).containsEntry("connection", "close");
      assertThat(connection.in.readLine()).isNull();
    }
  }

  @Test
  void header_names_are_case_insensitive_and_values_stay_on_one_line() throws IOException {
    LoopbackServer multiline = new LoopbackServer(0, 16, "test-http",
        request -> new LoopbackServer.Response(200, new byte[0]).header("X-Message", "two\r\nlines"));
    try (multiline; Connection connection = connect(multiline.port())) {
      connection.send("GET / HTTP/1.1\r\nHOST: x\r\nX-Amz-Target: T\r\n\r\n");

      assertThat(connection.read().headers).containsEntry("x-message", "two  lines");
    }
    try (Connection connection = connect()) {
      connection.send("POST / HTTP/1.1\r\nX-AMZ-TARGET: T\r\nContent-Length: 0\r\n\r\n");
      connection.read();
    }
    synchronized (seen) {
      assertThat(seen.get(0).header("x-amz-target")).isEqualTo("T");
    }
  }

  @Test
  void malformed_request_line_is_a_bad_request() throws IOException {
    try (Connection connection = connect()) {
      connection.send("NONSENSE\r\n\r\n");

      assertThat(connection.read().status).isEqualTo("HTTP/1.1 400 Bad Request");
    }
  }

  @Test
  void close_ends_open_connections_and_frees_the_port() throws IOException {
    int port = server.port();
    try (Connection connection = connect()) {
      connection.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
      connection.read();

      server.close();

      assertThat(connection.in.readLine()).isNull();
    }
    assertThatThrownBy(() -> connect(port)).isInstanceOf(ConnectException.class);
  }

  private Connection connect() throws IOException {
    return connect(server.port());
  }

  private static Connection connect(int port) throws IOException {
    return new Connection(new Socket(InetAddress.getLoopbackAddress(), port));
  }

  private record Reply(String status, Map<String, String> headers, String body) {}

  private static final class Connection implements AutoCloseable {
    final Socket socket;
    final BufferedReader in;
    final OutputStream out;

    Connection(Socket socket) throws IOException {
      this.socket = socket;
      in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
      out = socket.getOutputStream();
    }

    void send(String text) throws IOException {
      out.write(text.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
    }

    Reply readHeadersOnly() throws IOException {
      String status = in.readLine();
      Map<String, String> headers = new LinkedHashMap<>();
      for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
        int colon = line.indexOf(':');
        headers.put(line.substring(0, colon).toLowerCase(), line.substring(colon + 1).trim());
      }
      return new Reply(status, headers, "");
    }

    Reply read() throws IOException {
      Reply head = readHeadersOnly();
      int length = Integer.parseInt(head.headers.getOrDefault("content-length", "0"));
      char[] body = new char[length];
      int read = 0;
      while (read < length) {
        int n = in.read(body, read, length - read);
        if (n < 0) {
          break;
        }
        read += n;
      }
      return new Reply(head.status, head.headers, new String(body, 0, read));
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
