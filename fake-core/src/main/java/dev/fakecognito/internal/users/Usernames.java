package dev.fakecognito.internal.users;

import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.pools.UserPool;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns the username a caller gives into the user's internal username, following the pool's
 * UsernameAttributes: in pools that sign in with email or phone number, the given name becomes that
 * attribute and the internal username is the user's {@code sub}.
 */
public final class Usernames {

  private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("\\+[0-9]{4,15}");

  private Usernames() {}

  /**
   * A new user's internal username and the sign-in attribute the given name stands for.
   *
   * @param username the internal username
   * @param attribute {@code email} or {@code phone_number} when the given name is one, else null
   */
  public record Resolved(String username, @Nullable String attribute) {}

  /**
   * Resolves the name given for a new user, and puts it into {@code attributes} when it is an email
   * address or phone number.
   *
   * @param sub the new user's sub, which becomes the internal username in pools with
   *     UsernameAttributes
   */
  public static Resolved forNewUser(UserPool pool, @Nullable String given, String sub, Map<String, String> attributes) {
    if (given == null) {
      throw CognitoErrors.notNull("username");
    }
    if (given.isEmpty() || given.length() > 128 || !USERNAME.matcher(given).matches()) {
      throw CognitoErrors.constraint("username", given, given.length() > 128
          ? "Member must have length less than or equal to 128"
          : "Member must satisfy regular expression pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+");
    }
    if (pool.usesUsernameAttributes()) {
      boolean email = pool.isUsernameAttribute("email");
      boolean phone = pool.isUsernameAttribute("phone_number");
      if (email && EMAIL.matcher(given).matches()) {
        attributes.put("email", given);
        return new Resolved(sub, "email");
      }
      if (phone && PHONE.matcher(given).matches()) {
        attributes.put("phone_number", given);
        return new Resolved(sub, "phone_number");
      }
      throw CognitoErrors.invalidParameter(email && phone
          ? "Username should be either an email or a phone number."
          : email ? "Username should be an email." : "Username should be a phone number.");
    }
    if (pool.isAliasAttribute("email") && EMAIL.matcher(given).matches()) {
      throw CognitoErrors.invalidParameter(
          "Username cannot be of email format, since user pool is configured for email alias.");
    }
    if (pool.isAliasAttribute("phone_number") && PHONE.matcher(given).matches()) {
      throw CognitoErrors.invalidParameter(
          "Username cannot be of phone number format, since user pool is configured for phone_number alias.");
    }
    return new Resolved(given, null);
  }

}
