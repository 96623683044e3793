package dev.fakecognito.internal.users;

import dev.fakecognito.internal.errors.CognitoErrors;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A ListUsers filter: {@code attribute = "value"} for an exact match or {@code attribute ^=
 * "value"} for a prefix, on one of the attributes Cognito can search
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/how-to-manage-user-accounts.html#cognito-user-pools-searching-for-users-using-listusers-api).
 *
 * <p>Spaces around the operator are optional ({@code email="a@example.com"} works, as in
 * aws/aws-sdk-js#1374). Inside the quotes, a backslash escapes the next character. {@code
 * cognito:user_status} (the status, such as CONFIRMED) compares without case; {@code status} is
 * {@code Enabled} or {@code Disabled} and, like the other attributes, compares exactly.
 *
 * @param attribute the searched attribute
 * @param prefix whether the value is a prefix ({@code ^=}) rather than the whole value ({@code =})
 * @param value the value to match
 */
public record UserFilter(String attribute, boolean prefix, String value) {

  private static final Set<String> SEARCHABLE = Set.of("username", "email", "phone_number", "name", "given_name",
      "family_name", "preferred_username", "cognito:user_status", "status", "sub");

  /**
   * Parses a filter; {@code null} or blank means no filter.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     "Error while parsing filter." if the text is not a filter on a searchable attribute
   */
  public static @Nullable UserFilter parse(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    int i = skipSpaces(text, 0);
    int nameStart = i;
    while (i < text.length() && isNameChar(text.charAt(i))) {
      i++;
    }
    String attribute = text.substring(nameStart, i);
    i = skipSpaces(text, i);
    boolean prefix = text.startsWith("^=", i);
    if (prefix) {
      i += 2;
    } else if (text.startsWith("=", i)) {
      i += 1;
    } else {
      throw CognitoErrors.filterParseError();
    }
    i = skipSpaces(text, i);
    if (i >= text.length() || text.charAt(i) != '"') {
      throw CognitoErrors.filterParseError();
    }
    StringBuilder value = new StringBuilder();
    i++;
    boolean closed = false;
    while (i < text.length()) {
      char c = text.charAt(i++);
      if (c == '\\' && i < text.length()) {
        value.append(text.charAt(i++));
      } else if (c == '"') {
        closed = true;
        break;
      } else {
        value.append(c);
      }
    }
    if (!closed || skipSpaces(text, i) != text.length() || !SEARCHABLE.contains(attribute)) {
      throw CognitoErrors.filterParseError();
    }
    return new UserFilter(attribute, prefix, value.toString());
  }

  /** Whether {@code user} matches; the caller holds the pool's lock. */
  public boolean matches(User user) {
    String actual = switch (attribute) {
      case "username" -> user.username();
      case "cognito:user_status" -> user.status().toString().toUpperCase(Locale.ROOT);
      case "status" -> user.enabled() ? "Enabled" : "Disabled";
      default -> user.attribute(attribute);
    };
    if (actual == null) {
      return false;
    }
    String wanted = attribute.equals("cognito:user_status") ? value.toUpperCase(Locale.ROOT) : value;
    return prefix ? actual.startsWith(wanted) : actual.equals(wanted);
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == ':';
  }

  private static int skipSpaces(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
