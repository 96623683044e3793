package dev.fakecognito.internal.branding;

import dev.fakecognito.internal.errors.CognitoErrors;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The model-level checks the branding operations share, with Cognito's validation texts. */
final class Checks {

  private static final Pattern CLIENT_ID = Pattern.compile("[\\w+]+");
  /** The pattern of ManagedLoginBrandingId and TermsId: a version 4 UUID. */
  static final String UUID_PATTERN =
      "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[4][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$";
  private static final Pattern UUID = Pattern.compile(UUID_PATTERN);

  private Checks() {}

  /** A required member. */
  static <T> T required(@Nullable T value, String member) {
    if (value == null) {
      throw CognitoErrors.notNull(member);
    }
    return value;
  }

  /** An app client ID: 1 to 128 word characters or plus signs. */
  static String clientId(@Nullable String clientId, String member) {
    required(clientId, member);
    if (clientId.isEmpty() || clientId.length() > 128) {
      throw CognitoErrors.constraint(member, clientId, clientId.isEmpty()
          ? "Member must have length greater than or equal to 1"
          : "Member must have length less than or equal to 128");
    }
    if (!CLIENT_ID.matcher(clientId).matches()) {
      throw CognitoErrors.constraint(member, clientId, "Member must satisfy regular expression pattern: [\\w+]+");
    }
    return clientId;
  }

  /** A ManagedLoginBrandingId or TermsId. */
  static String uuid(@Nullable String id, String member) {
    required(id, member);
    if (!UUID.matcher(id).matches()) {
      throw CognitoErrors.constraint(member, id, "Member must satisfy regular expression pattern: " + UUID_PATTERN);
    }
    return id;
  }

  /**
   * An enum member given as its wire value: {@code null} if absent, else one of {@code values}.
   * Values the SDK does not know arrive as their text, which is checked here.
   */
  static @Nullable String enumValue(@Nullable String value, String member, String... values) {
    if (value == null) {
      return null;
    }
    for (String allowed : values) {
      if (allowed.equals(value)) {
        return value;
      }
    }
    throw CognitoErrors.constraint(member, value,
        "Member must satisfy enum value set: [" + String.join(", ", values) + "]");
  }
}
