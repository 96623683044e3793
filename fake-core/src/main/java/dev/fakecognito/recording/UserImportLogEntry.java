package dev.fakecognito.recording;

/**
 * The outcome of one row of a user import job's CSV file, as Cognito writes it to the job's
 * CloudWatch Logs stream: the row's line number in the file (the header is line 1), whether the
 * user was imported, skipped or not imported, and why.
 *
 * <p>{@link #toString()} gives the log line Cognito writes, for example {@code [SKIPPED] Line Number
 * 3 - The user already exists.}
 *
 * @param lineNumber the row's line in the file, counting the header as line 1
 * @param outcome what became of the row
 * @param message the reason, as the log line gives it
 * @since 0.1.0
 */
public record UserImportLogEntry(int lineNumber, Outcome outcome, String message) {

  /** What became of a row. */
  public enum Outcome {
    /** The user was created. */
    SUCCEEDED,
    /** A user with the row's username exists already; it was left as it was. */
    SKIPPED,
    /** The row broke a rule of the import; no user was created. */
    FAILED
  }

  @Override
  public String toString() {
    return "[" + outcome + "] Line Number " + lineNumber + " - " + message;
  }
}
