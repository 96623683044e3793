package dev.fakecognito.internal.users;

import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.mfa.MfaSettings;
import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.util.Ids;
import dev.fakecognito.recording.UserImportLogEntry;
import dev.fakecognito.recording.UserImportLogEntry.Outcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserImportJobStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/**
 * Reads a user import file and creates its users, following the formatting rules of the developer
 * guide (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-using-import-tool-csv-header.html):
 *
 * <ul>
 *   <li>the first line is the header; it must hold every column GetCSVHeader lists, once, in any
 *       order, and no other, or the job fails;
 *   <li>values are not quoted, a comma inside a value is written {@code \,}, and values are
 *       trimmed;
 *   <li>each row needs {@code cognito:username} (no spaces or tabs) and {@code
 *       cognito:mfa_enabled}, which must be true where MFA is required and false where it is off;
 *   <li>each row must set the verified flag of an auto-verified attribute of the pool, and a
 *       verified email address or phone number must be given;
 *   <li>attributes are checked against the schema as AdminCreateUser checks them, required ones
 *       included;
 *   <li>a row whose username exists already is skipped; one whose sign-in alias another user has
 *       fails.
 * </ul>
 *
 * <p>Users are created in status RESET_REQUIRED with a password nobody knows, as of the job's end;
 * no trigger runs and no message is sent. A row that breaks a rule is counted and logged, and the
 * job goes on; a job whose rows all failed or were skipped fails.
 */
final class UserImportRows {

  static final String USERNAME = "cognito:username";
  static final String MFA_ENABLED = "cognito:mfa_enabled";

  /** The most users one file may hold, header not counted (developer guide). */
  private static final int MAX_ROWS = 500_000;
  /** The longest row (developer guide). */
  private static final int MAX_ROW_LENGTH = 16_000;
  /** The texts of the three row outcomes the developer guide quotes from a job's log. */
  private static final String IMPORTED = "The import succeeded.";
  private static final String EXISTS = "The user already exists.";
  private static final String NOT_VERIFIED = "The User Record does not set any of the auto verified attributes to "
      + "true. (Example: email_verified to true).";
  /** The CompletionMessages of real jobs. */
  private static final String SUCCEEDED = "Import Job Completed Successfully.";
  private static final String TOO_MANY_FAILED = "Too many users have failed or been skipped during the import.";

  private UserImportRows() {}

  /** Imports {@code csv} into {@code pool} as of {@code now}; the caller holds the pool's lock. */
  static UserImportJob.Result run(UserPool pool, @Nullable String csv, Instant now) {
    if (csv == null) {
      return failed("The CSV file was not found: nothing was uploaded to the pre-signed URL.");
    }
    List<String> lines = csv.lines().toList();
    if (lines.isEmpty() || lines.get(0).isBlank()) {
      return failed("The CSV file has no header.");
    }
    List<String> columns = split(lines.get(0));
    String headerProblem = checkHeader(pool, columns);
    if (headerProblem != null) {
      return failed("The CSV header is invalid: " + headerProblem);
    }
    long rows = lines.stream().skip(1).filter(line -> !line.isBlank()).count();
    if (rows > MAX_ROWS) {
      return failed("The CSV file has more than " + MAX_ROWS + " users.");
    }
    List<UserImportLogEntry> log = new ArrayList<>();
    long imported = 0;
    long skipped = 0;
    long failed = 0;
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      UserImportLogEntry entry = row(pool, columns, i + 1, lines.get(i), now);
      log.add(entry);
      switch (entry.outcome()) {
        case SUCCEEDED -> imported++;
        case SKIPPED -> skipped++;
        case FAILED -> failed++;
        default -> throw new IllegalStateException(entry.outcome().toString());
      }
    }
    // The real threshold is not documented; a job that imported nobody from a non-empty file fails.
    boolean success = imported > 0 || log.isEmpty();
    return new UserImportJob.Result(success ? UserImportJobStatusType.SUCCEEDED : UserImportJobStatusType.FAILED,
        success ? SUCCEEDED : TOO_MANY_FAILED, imported, skipped, failed, List.copyOf(log));
  }

  private static UserImportJob.Result failed(String message) {
    return new UserImportJob.Result(UserImportJobStatusType.FAILED, message, 0, 0, 0, List.of());
  }

  /** What is wrong with the header, or null. */
  private static @Nullable String checkHeader(UserPool pool, List<String> columns) {
    List<String> expected = UserImportOperations.header(pool);
    Set<String> seen = new HashSet<>();
    for (String column : columns) {
      if (!expected.contains(column)) {
        return "unknown column " + column + ".";
      }
      if (!seen.add(column)) {
        return "column " + column + " appears twice.";
      }
    }
    for (String column : expected) {
      if (!seen.contains(column)) {
        return "column " + column + " is missing.";
      }
    }
    return null;
  }

  private static UserImportLogEntry row(UserPool pool, List<String> columns, int lineNumber, String line,
      Instant now) {
    if (line.length() > MAX_ROW_LENGTH) {
      return entry(lineNumber, Outcome.FAILED, "The row is longer than " + MAX_ROW_LENGTH + " characters.");
    }
    List<String> values = split(line);
    if (values.size() != columns.size()) {
      return entry(lineNumber, Outcome.FAILED,
          "The row has " + values.size() + " values, but the header has " + columns.size() + " columns.");
    }
    Map<String, String> row = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      row.put(columns.get(i), values.get(i));
    }
    try {
      return entry(lineNumber, create(pool, row, now) ? Outcome.SUCCEEDED : Outcome.SKIPPED, null);
    } catch (RowFailed e) {
      return entry(lineNumber, Outcome.FAILED, e.getMessage());
    } catch (CognitoIdentityProviderException e) {
      return entry(lineNumber, Outcome.FAILED, e.awsErrorDetails().errorMessage().strip());
    }
  }

  private static UserImportLogEntry entry(int lineNumber, Outcome outcome, @Nullable String message) {
    return new UserImportLogEntry(lineNumber, outcome, message != null ? message
        : outcome == Outcome.SUCCEEDED ? IMPORTED : EXISTS);
  }

  /** Creates the row's user; false if the username is taken. */
  private static boolean create(UserPool pool, Map<String, String> row, Instant now) {
    String given = row.get(USERNAME);
    if (given.isEmpty()) {
      throw new RowFailed(USERNAME + " is required.");
    }
    if (given.chars().anyMatch(Character::isWhitespace)) {
      throw new RowFailed(USERNAME + " cannot contain spaces or tabs.");
    }
    boolean mfa = mfaEnabled(pool, row.get(MFA_ENABLED));
    List<AttributeType> listed = new ArrayList<>();
    row.forEach((column, value) -> {
      if (!column.startsWith("cognito:") && !value.isEmpty()) {
        listed.add(AttributeType.builder().name(column).value(value).build());
      }
    });
    Map<String, String> attributes = Attributes.check(pool, listed, null, true);
    String sub = Ids.uuid();
    Usernames.Resolved name = Usernames.forNewUser(pool, given, sub, attributes);
    if (pool.byUsername(name.username()) != null
        || (name.attribute() != null && pool.aliasOwner(name.attribute(), given) != null)) {
      return false;
    }
    User user = new User(name.username(), sub, now, UserStatusType.RESET_REQUIRED);
    attributes.forEach(user::putAttribute);
    checkVerified(pool, user);
    for (String attribute : new String[] {"email", "phone_number", "preferred_username"}) {
      String value = user.attribute(attribute);
      boolean signIn = pool.isUsernameAttribute(attribute) || (pool.isAliasAttribute(attribute)
          && (attribute.equals("preferred_username") || user.isVerified(attribute)));
      if (value != null && signIn && pool.aliasOwner(attribute, value) != null) {
        throw CognitoErrors.aliasExists(attribute);
      }
    }
    if (mfa) {
      user.mfa().enabled(MfaSettings.SMS, true);
    }
    // Imported users have no password; this one is never told to anyone, so only a reset gets in.
    Passwords.set(pool, user, Ids.uuid() + "Aa1!", now);
    pool.add(user);
    return true;
  }

  private static boolean mfaEnabled(UserPool pool, String value) {
    if (value.isEmpty()) {
      throw new RowFailed(MFA_ENABLED + " is required.");
    }
    if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
      throw new RowFailed(MFA_ENABLED + " must be true or false.");
    }
    boolean enabled = value.equalsIgnoreCase("true");
    if (pool.mfaMode() == UserPoolMfaType.ON && !enabled) {
      throw new RowFailed(MFA_ENABLED + " must be true: the user pool requires MFA.");
    }
    if (pool.mfaMode() == UserPoolMfaType.OFF && enabled) {
      throw new RowFailed(MFA_ENABLED + " must be false: MFA is off in the user pool.");
    }
    return enabled;
  }

  /** A row must verify an attribute the pool verifies automatically, and give its value. */
  private static void checkVerified(UserPool pool, User user) {
    List<VerifiedAttributeType> auto = pool.config().autoVerifiedAttributes();
    boolean email = user.isVerified("email");
    boolean phone = user.isVerified("phone_number");
    if (!(auto.contains(VerifiedAttributeType.EMAIL) && email)
        && !(auto.contains(VerifiedAttributeType.PHONE_NUMBER) && phone)) {
      throw new RowFailed(NOT_VERIFIED);
    }
    if (email && user.attribute("email") == null) {
      throw new RowFailed("email is required when email_verified is true.");
    }
    if (phone && user.attribute("phone_number") == null) {
      throw new RowFailed("phone_number is required when phone_number_verified is true.");
    }
  }

  /** Splits a line at commas not escaped by a backslash; values are unescaped and trimmed. */
  static List<String> split(String line) {
    List<String> values = new ArrayList<>();
    StringBuilder value = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == ',') {
        value.append(',');
        i++;
      } else if (c == ',') {
        values.add(value.toString().strip());
        value.setLength(0);
      } else {
        value.append(c);
      }
    }
    values.add(value.toString().strip());
    return values;
  }

  /** A row that breaks an import rule; its message goes to the log. */
  private static final class RowFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RowFailed(String message) {
      super(message, null, false, false);
    }
  }
}
