package dev.fakecognito.server;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The command line of {@link FakeCognitoServer}.
 *
 * @param port the port to serve on; 0 takes a free one
 * @param region the fake's region, or null to take the seed's (else us-east-1)
 * @param seed the seed file, or null for an empty fake
 * @param help whether only the usage is asked for
 */
record Options(int port, @Nullable String region, @Nullable Path seed, boolean help) {

  static final int DEFAULT_PORT = 9229;

  static final String USAGE = String.join(System.lineSeparator(),
      "Usage: FakeCognitoServer [--port <port>] [--region <region>] [--seed <file.json>]",
      "",
      "Serves an in-memory fake of Amazon Cognito user pools on http://127.0.0.1:<port> until the",
      "process is stopped (Ctrl-C): Cognito's JSON 1.1 API at POST / and each pool's",
      "/<poolId>/.well-known/openid-configuration and jwks.json. Nothing is kept after it stops.",
      "",
      "  --port <port>      the port to serve on (default " + DEFAULT_PORT + "; 0 takes a free one)",
      "  --region <region>  the region in pool IDs and token issuers (default: the region of the",
      "                     seed's pool IDs, else us-east-1)",
      "  --seed <file>      a JSON file of pools, app clients and users to create at start, with",
      "                     fixed IDs (the format is described in the package documentation of",
      "                     dev.fakecognito.server)",
      "  --help             prints this and exits",
      "",
      "Each message the fake sends (verification codes, temporary passwords) is printed here.",
      "");

  /**
   * Reads the arguments; {@code --name value} and {@code --name=value} are both accepted.
   *
   * @throws StartupException (usage) naming the argument that is wrong
   */
  static Options parse(String... args) throws StartupException {
    int port = DEFAULT_PORT;
    String region = null;
    Path seed = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg;
      String value = null;
      int equals = arg.indexOf('=');
      if (arg.startsWith("--") && equals > 0) {
        name = arg.substring(0, equals);
        value = arg.substring(equals + 1);
      }
      switch (name) {
        case "--help", "-h" -> {
          return new Options(port, region, seed, true);
        }
        case "--port" -> {
          value = value != null ? value : next(args, ++i, name);
          port = port(value);
        }
        case "--region" -> region = value != null ? value : next(args, ++i, name);
        case "--seed" -> seed = path(value != null ? value : next(args, ++i, name));
        default -> throw StartupException.usage("unknown argument " + arg);
      }
    }
    return new Options(port, region, seed, false);
  }

  private static String next(String[] args, int i, String name) throws StartupException {
    if (i >= args.length || args[i].startsWith("--")) {
      throw StartupException.usage(name + " needs a value");
    }
    return args[i];
  }

  private static int port(String value) throws StartupException {
    try {
      int port = Integer.parseInt(value);
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw StartupException.usage("--port must be a number from 0 to 65535, not " + value);
  }

  private static Path path(String value) throws StartupException {
    try {
      return Path.of(value);
    } catch (java.nio.file.InvalidPathException e) {
      throw StartupException.usage("--seed is not a file name: " + value);
    }
  }
}
