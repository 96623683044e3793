package dev.fakecognito.internal.users;

import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.users.CodeDelivery.MessageContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeDeliveryDetailsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserAttributeUpdateSettingsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/**
 * Changes to the attributes of an existing user, shared by the self-service and the admin
 * operations: updates, deletions, and the verification codes they send.
 *
 * <p>A new email address or phone number starts unverified. If the pool auto-verifies that
 * attribute, Cognito sends a code to the new value; if the pool also lists it in
 * UserAttributeUpdateSettings.AttributesRequireVerificationBeforeUpdate, the old value stays in
 * place until the code is confirmed
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-email-phone-verification.html).
 * An administrator may mark the new value verified in the same call, which applies it at once.
 *
 * <p>Every method is called with the pool's lock held, and checks and sends everything before it
 * changes anything, so a refused update or a failing CustomMessage trigger leaves the user as it was.
 */
final class AttributeUpdates {

  /** Attribute verification codes live 24 hours (https://docs.aws.amazon.com/cognito/latest/developerguide/limits.html). */
  static final Duration CODE_VALIDITY = Duration.ofHours(24);

  private static final String SCHEMA_ERROR = "Attributes did not conform to the schema: ";
  private static final String[] VERIFIABLE = {"email", "phone_number"};

  private AttributeUpdates() {}

  /**
   * Applies checked attribute values to {@code user} and sends the codes the changes call for.
   *
   * @param values attributes already checked by {@link Attributes#check}
   * @param context why codes are sent, for the CustomMessage trigger
   * @return where codes went, in attribute order
   */
  static List<CodeDeliveryDetailsType> update(Backend backend, UserPool pool, User user, Map<String, String> values,
      MessageContext context) {
    requireMutable(pool, values.keySet());
    Map<String, String> applied = new LinkedHashMap<>();
    Map<String, String> pending = new LinkedHashMap<>();
    Map<String, PendingCode> codes = new LinkedHashMap<>();
    List<CodeDeliveryDetailsType> deliveries = new ArrayList<>();
    List<String> codesCleared = new ArrayList<>();
    // A new email address and phone number each get a code; neither goes out unless both can.
    CodeDelivery.Held messages = new CodeDelivery.Held();

    values.forEach((name, value) -> {
      if (!isVerifiable(name) && !isVerifiedFlag(name)) {
        applied.put(name, value);
      }
    });
    for (String attribute : VERIFIABLE) {
      String flag = attribute + "_verified";
      String value = values.get(attribute);
      boolean markedVerified = "true".equalsIgnoreCase(values.get(flag));
      String current = user.attribute(attribute);
      String pendingValue = user.pendingValues().get(attribute);
      if (value != null && value.equals(current) && pendingValue != null) {
        // Going back to the value in place withdraws the pending change.
        codesCleared.add(attribute);
        pendingValue = null;
      }
      if (value == null || value.equals(current)) {
        // No new value: only the flag may change. Marking the attribute verified confirms a
        // pending value, as the AdminUpdateUserAttributes API reference allows.
        if (values.containsKey(flag)) {
          String confirmed = markedVerified ? pendingValue : null;
          if (confirmed != null) {
            requireFreeAlias(pool, user, attribute, confirmed, true);
            applied.put(attribute, confirmed);
            codesCleared.add(attribute);
          } else if (markedVerified && current != null) {
            requireFreeAlias(pool, user, attribute, current, true);
          }
          applied.put(flag, values.get(flag));
        }
        continue;
      }
      requireFreeAlias(pool, user, attribute, value, markedVerified);
      codesCleared.add(attribute);
      if (markedVerified) {
        applied.put(attribute, value);
        applied.put(flag, values.get(flag));
        continue;
      }
      boolean autoVerified = autoVerified(pool, attribute);
      if (autoVerified && current != null && verifyBeforeUpdate(pool, attribute)) {
        pending.put(attribute, value);
      } else {
        applied.put(attribute, value);
        applied.put(flag, "false");
      }
      if (autoVerified) {
        Sent sent = send(backend, pool, user, attribute, value, context, messages);
        codes.put(attribute, sent.code());
        deliveries.add(sent.details());
      }
    }

    codesCleared.forEach(attribute -> {
      user.pendingValues().remove(attribute);
      user.verificationCodes().remove(attribute);
    });
    applied.forEach(user::putAttribute);
    user.pendingValues().putAll(pending);
    user.verificationCodes().putAll(codes);
    changed(backend, pool, user);
    messages.send();
    return deliveries;
  }

  /**
   * Removes attributes from {@code user}. Removing an email address or phone number also removes
   * its verified flag and any pending change of it.
   *
   * @param writable the app client's WriteAttributes, or {@code null} for admin calls
   */
  static void delete(Backend backend, UserPool pool, User user, List<String> names, @Nullable List<String> writable) {
    Map<String, SchemaAttributeType> schema = new LinkedHashMap<>();
    pool.config().schemaAttributes().forEach(a -> schema.put(a.name(), a));
    for (String name : names) {
      SchemaAttributeType type = schema.get(name);
      if (type == null) {
        throw CognitoErrors.invalidParameter(SCHEMA_ERROR + name + ": Attribute does not exist in the schema.\n");
      }
      if (name.equals("sub")) {
        throw CognitoErrors.invalidParameter(SCHEMA_ERROR + "sub: Attribute cannot be updated.\n");
      }
      if (writable != null && !writable.isEmpty() && !writable.contains(name)) {
        throw CognitoErrors.notAuthorized("A client attempted to write unauthorized attribute");
      }
      if (Boolean.TRUE.equals(type.required())) {
        throw Attributes.requiredMissing(name);
      }
      if (Boolean.FALSE.equals(type.mutable())) {
        throw CognitoErrors.attributeCannotBeUpdated(name);
      }
    }
    for (String name : names) {
      user.removeAttribute(name);
      if (isVerifiable(name)) {
        user.removeAttribute(name + "_verified");
        user.pendingValues().remove(name);
        user.verificationCodes().remove(name);
      }
    }
    changed(backend, pool, user);
  }

  /**
   * Sends a fresh verification code for {@code attribute} (GetUserAttributeVerificationCode): to
   * the pending new value if there is one, else to the current value.
   */
  static CodeDeliveryDetailsType sendVerificationCode(Backend backend, UserPool pool, User user, String attribute,
      MessageContext context) {
    String destination = user.pendingValues().getOrDefault(attribute, user.attribute(attribute));
    Sent sent = send(backend, pool, user, attribute, destination, context, null);
    user.verificationCodes().put(attribute, sent.code());
    return sent.details();
  }

  /**
   * Confirms {@code attribute} with a code (VerifyUserAttribute): a pending value replaces the old
   * one, the attribute becomes verified, and in alias pools it becomes a sign-in name.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException if
   *     no code was sent for the attribute or the code is wrong
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.ExpiredCodeException if
   *     the code expired
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.AliasExistsException if
   *     another user holds the value as a sign-in alias
   */
  static void verify(Backend backend, UserPool pool, User user, String attribute, String code) {
    PendingCode pending = user.verificationCodes().get(attribute);
    if (pending == null || !pending.code().equals(code)) {
      throw CognitoErrors.codeMismatch();
    }
    if (pending.isExpired(backend.clock().instant())) {
      throw CognitoErrors.expiredCode();
    }
    String value = user.pendingValues().getOrDefault(attribute, user.attribute(attribute));
    if (value == null) {
      throw CognitoErrors.codeMismatch();
    }
    requireFreeAlias(pool, user, attribute, value, true);
    user.putAttribute(attribute, value);
    user.putAttribute(attribute + "_verified", "true");
    user.pendingValues().remove(attribute);
    user.verificationCodes().remove(attribute);
    changed(backend, pool, user);
  }

  /** Whether {@code name} is an attribute codes can verify ({@code email}, {@code phone_number}). */
  static boolean isVerifiable(String name) {
    return name.equals("email") || name.equals("phone_number");
  }

  /* ---- Rules ---- */

  /**
   * Attributes the schema marks immutable can be set only when the user is created
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html).
   */
  private static void requireMutable(UserPool pool, Iterable<String> names) {
    for (SchemaAttributeType type : pool.config().schemaAttributes()) {
      if (Boolean.FALSE.equals(type.mutable()) && !type.name().equals("sub")) {
        for (String name : names) {
          if (name.equals(type.name())) {
            throw CognitoErrors.attributeCannotBeUpdated(name);
          }
        }
      }
    }
  }

  /**
   * Refuses a value another user signs in with. In pools whose username is the email address or
   * phone number, every value counts; in alias pools, only values that are or become verified.
   */
  private static void requireFreeAlias(UserPool pool, User user, String attribute, String value, boolean verified) {
    boolean signInName = pool.isUsernameAttribute(attribute) || (verified && pool.isAliasAttribute(attribute));
    if (!signInName) {
      return;
    }
    User owner = pool.aliasOwner(attribute, value);
    if (owner != null && owner != user) {
      throw CognitoErrors.aliasExists(attribute);
    }
  }

  private static boolean autoVerified(UserPool pool, String attribute) {
    VerifiedAttributeType type = attribute.equals("email") ? VerifiedAttributeType.EMAIL : VerifiedAttributeType.PHONE_NUMBER;
    return pool.config().autoVerifiedAttributes().contains(type);
  }

  private static boolean verifyBeforeUpdate(UserPool pool, String attribute) {
    UserAttributeUpdateSettingsType settings = pool.config().userAttributeUpdateSettings();
    return settings != null && settings.attributesRequireVerificationBeforeUpdateAsStrings().contains(attribute);
  }

  private static boolean isVerifiedFlag(String name) {
    return name.equals("email_verified") || name.equals("phone_number_verified");
  }

  private static void changed(Backend backend, UserPool pool, User user) {
    Instant now = backend.clock().instant();
    user.touch(now);
    pool.reindex(user);
  }

  /** A code that went out, and where to, as the response describes it. */
  private record Sent(PendingCode code, CodeDeliveryDetailsType details) {}

  /**
   * Sends a code to {@code destination}, which may be a value the user does not have yet. The
   * outbox and the delivery details read the user's current value, so the new value stands in for
   * it while the message is built; the pool's lock hides the swap from every other caller.
   */
  private static Sent send(Backend backend, UserPool pool, User user, String attribute, @Nullable String destination,
      MessageContext context, CodeDelivery.@Nullable Held held) {
    String current = user.attribute(attribute);
    if (destination != null) {
      user.putAttribute(attribute, destination);
    }
    try {
      PendingCode code = CodeDelivery.sendCode(backend, pool, user, attribute, CODE_VALIDITY, context, held);
      return new Sent(code, CodeDelivery.details(user, attribute));
    } finally {
      if (current == null) {
        user.removeAttribute(attribute);
      } else {
        user.putAttribute(attribute, current);
      }
    }
  }
}
