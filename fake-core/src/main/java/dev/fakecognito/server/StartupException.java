package dev.fakecognito.server;

/**
 * Why the server cannot start, in one line for the console: bad arguments, a bad seed file, a port
 * that is taken.
 */
final class StartupException extends Exception {

  private static final long serialVersionUID = 1L;

  private final boolean usage;

  private StartupException(String message, boolean usage) {
    super(message, null, false, false);
    this.usage = usage;
  }

  /** The command line is wrong; the process exits with status 2. */
  static StartupException usage(String message) {
    return new StartupException(message, true);
  }

  /** Anything else; the process exits with status 1. */
  static StartupException failure(String message) {
    return new StartupException(message, false);
  }

  boolean isUsage() {
    return usage;
  }

  int exitStatus() {
    return usage ? 2 : 1;
  }
}
