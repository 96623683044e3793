package dev.fakecognito.server;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.internal.recording.InMemoryOutbox;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/**
 * Runs a fake as a standalone server, for front ends, scripts and programs in other languages: see
 * the {@linkplain dev.fakecognito.server package documentation} for the arguments and the seed
 * file.
 */
public final class FakeCognitoServer {

  private FakeCognitoServer() {}

  /**
   * Serves a fake until the process is stopped, printing its endpoint and then each message it
   * sends. {@code --help} prints the arguments. Bad arguments exit with status 2, a bad seed file or
   * a port that is taken with status 1, each with one line on standard error.
   *
   * @param args the command line
   * @throws InterruptedException if the waiting main thread is interrupted
   */
  public static void main(String[] args) throws InterruptedException {
    Running running;
    try {
      Options options = Options.parse(args);
      if (options.help()) {
        System.out.print(Options.USAGE);
        return;
      }
      running = start(options, System.out);
    } catch (StartupException e) {
      System.err.println("fake-cognito: " + e.getMessage());
      if (e.isUsage()) {
        System.err.println("fake-cognito: --help lists the arguments");
      }
      System.exit(e.exitStatus());
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(running::close, "fake-cognito-shutdown"));
    // The server's threads are daemons: this thread keeps the process alive until it is stopped.
    Thread.currentThread().join();
  }

  /**
   * Creates a fake that follows the system clock, seeds it, starts its endpoint and prints the
   * line that names it, without waiting.
   *
   * @throws StartupException if the seed is bad or the port is taken; nothing is left running
   */
  static Running start(Options options, PrintStream out) throws StartupException {
    Seed seed = options.seed() == null ? null : Seed.read(options.seed());
    FakeCognito fake = create(options, seed);
    try {
      if (seed != null) {
        seed.apply(fake);
      }
      // The fake's own outbox, which can tell of each message as it is sent.
      ((InMemoryOutbox) fake.outbox()).listen(new MessagePrinter(out));
      URI endpoint;
      try {
        endpoint = fake.endpoint();
      } catch (IllegalStateException e) {
        throw StartupException.failure(e.getMessage());
      }
      int pools = seed == null ? 0 : seed.pools().size();
      out.println("fake-cognito serving " + endpoint + " (region " + fake.region() + ", "
          + pools + (pools == 1 ? " pool" : " pools") + (seed == null ? "" : " from " + options.seed())
          + "); Ctrl-C stops it");
      return new Running(fake, endpoint);
    } catch (StartupException | RuntimeException e) {
      fake.close();
      throw e;
    }
  }

  private static FakeCognito create(Options options, @Nullable Seed seed) throws StartupException {
    FakeCognito.Builder builder = FakeCognito.builder().clock(Clock.systemUTC());
    if (options.port() != 0) {
      builder.port(options.port());
    }
    String region = options.region() != null ? options.region() : seed != null ? seed.region() : null;
    if (region != null) {
      try {
        builder.region(region);
      } catch (IllegalArgumentException e) {
        throw options.region() != null ? StartupException.usage(e.getMessage())
            : StartupException.failure(seed.firstPoolDescription() + " must start with an AWS region and an"
                + " underscore, e.g. us-east-1_TestPool1");
      }
    }
    return builder.build();
  }

  /** A started server: its fake and endpoint. Closing it stops serving and drops the fake's state. */
  record Running(FakeCognito fake, URI endpoint) implements AutoCloseable {
    @Override
    public void close() {
      fake.close();
    }
  }
}
