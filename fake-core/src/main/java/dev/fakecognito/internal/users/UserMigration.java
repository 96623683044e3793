package dev.fakecognito.internal.users;

import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.Backend.ClientRef;
import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.mfa.MfaSettings;
import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.triggers.Trigger;
import dev.fakecognito.internal.triggers.TriggerEvents;
import dev.fakecognito.internal.util.Ids;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

/**
 * The User migration trigger: when a user who does not exist signs in with a password or asks to
 * reset it, the pool's function may bring them over from another directory
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-migrate-user.html).
 * The password policy is not applied to a migrated password.
 *
 * <p>The response's {@code enableSMSMFA} turns SMS MFA on for the new user. Its {@code
 * messageAction} and {@code desiredDeliveryMediums} are not acted on: the documentation says
 * Cognito sends new users a "welcome message" unless {@code messageAction} is {@code SUPPRESS}, by
 * SMS unless {@code desiredDeliveryMediums} says otherwise, but not what that message holds. A
 * migrated user has no temporary password for an invitation to carry, so the fake sends nothing
 * rather than invent a text; a test can check what the function asked for in its recorded response.
 */
public final class UserMigration {

  private UserMigration() {}

  /**
   * Asks the migration trigger for {@code username} and creates the user it returns. The caller
   * holds the pool's lock and has found no user of that name.
   *
   * @param password the password the user signed in with, or null for ForgotPassword
   * @param validationData what the event carries as {@code validationData}
   * @return the new user, or null if the pool has no migration trigger
   */
  public static @Nullable User migrate(Backend backend, ClientRef client, String username, @Nullable String password,
      String triggerSource, @Nullable Map<String, String> validationData, @Nullable Map<String, String> clientMetadata) {
    UserPool pool = client.pool();
    if (!backend.triggers().configured(pool, Trigger.USER_MIGRATION)) {
      return null;
    }
    Map<String, Object> request = TriggerEvents.request(
        "password", password,
        "validationData", TriggerEvents.clientMetadata(validationData),
        "clientMetadata", TriggerEvents.clientMetadata(clientMetadata));
    if (password == null) {
      request.remove("password");
    }
    Map<String, Object> response = backend.triggers().invoke(pool, Trigger.USER_MIGRATION, triggerSource,
        client.clientId(), username, request);
    if (response == null || !(response.get("userAttributes") instanceof Map<?, ?> returned)) {
      throw CognitoErrors.invalidLambdaResponse("Unrecognizable lambda output");
    }
    List<AttributeType> given = new ArrayList<>();
    returned.forEach((name, value) -> {
      if (!"username".equals(name) && !"sub".equals(name)) {
        given.add(AttributeType.builder().name(String.valueOf(name)).value(value == null ? null : value.toString()).build());
      }
    });
    Map<String, String> attributes = Attributes.check(pool, given, null, false);
    String sub = Ids.uuid();
    Usernames.Resolved name = Usernames.forNewUser(pool, username, sub, attributes);
    if (pool.byUsername(name.username()) != null) {
      throw CognitoErrors.userAlreadyExists();
    }
    String finalStatus = TriggerEvents.string(response, "finalUserStatus");
    UserStatusType status = "CONFIRMED".equals(finalStatus) && password != null
        ? UserStatusType.CONFIRMED : UserStatusType.RESET_REQUIRED;
    Instant now = backend.clock().instant();
    User user = new User(name.username(), sub, now, status);
    attributes.forEach(user::putAttribute);
    boolean force = TriggerEvents.flag(response, "forceAliasCreation");
    for (String attribute : new String[] {"email", "phone_number"}) {
      if (user.isVerified(attribute)) {
        SignUpOperations.claimAlias(pool, user, attribute, force);
      }
    }
    if (TriggerEvents.flag(response, "enableSMSMFA")) {
      user.mfa().enabled(MfaSettings.SMS, true);
    }
    // A user reset before any password was set keeps a random one nobody knows.
    Passwords.set(pool, user, password != null ? password : Ids.uuid() + "Aa1!", now);
    pool.add(user);
    return user;
  }
}
