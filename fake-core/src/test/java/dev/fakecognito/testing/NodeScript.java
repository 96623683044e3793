package dev.fakecognito.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A script of src/test/node run with {@code node}, talking one JSON object per line over its
 * standard input and output; its standard error goes to the build's. Every read and the wait for
 * its end are bounded by a timeout, and {@link #close()} kills it if it still runs.
 */
public final class NodeScript implements AutoCloseable {

  /** The npm project the scripts and their node_modules live in. */
  public static final Path PROJECT = Path.of("src", "test", "node");

  private final String name;
  private final long timeoutSeconds;
  private final Process process;
  private final BufferedWriter in;
  private final BufferedReader out;

  private NodeScript(String name, long timeoutSeconds, Process process) {
    this.name = name;
    this.timeoutSeconds = timeoutSeconds;
    this.process = process;
    this.in = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
    this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  /** Starts {@code node <script>} in {@link #PROJECT}. */
  public static NodeScript start(String script, long timeoutSeconds) throws IOException {
    Process process = new ProcessBuilder("node", script).directory(PROJECT.toFile())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    return new NodeScript(script, timeoutSeconds, process);
  }

  /** Writes one message as a line. */
  public void send(Map<String, ?> message) throws IOException {
    in.write(JSONObjectUtils.toJSONString(message));
    in.newLine();
    in.flush();
  }

  /** Reads the next line; a line with "error", or none within the timeout, fails the test. */
  public Map<String, Object> receive() throws ParseException {
    String text = CompletableFuture.supplyAsync(() -> {
      try {
        return out.readLine();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }).orTimeout(timeoutSeconds, TimeUnit.SECONDS).join();
    assertThat(text).as("a line from " + name).isNotNull();
    Map<String, Object> message = JSONObjectUtils.parse(text);
    assertThat(message).as(name + " failed").doesNotContainKey("error");
    return message;
  }

  /** Waits, within the timeout, for the script to end, and returns its exit status. */
  public int awaitExit() throws InterruptedException {
    assertThat(process.waitFor(timeoutSeconds, TimeUnit.SECONDS)).as(name + " ended").isTrue();
    return process.exitValue();
  }

  @Override
  public void close() throws IOException {
    try {
      in.close();
      out.close();
    } finally {
      process.destroyForcibly();
    }
  }
}
