package dev.fakecognito.triggers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

/**
 * What a user migration function answers: the user to create. To refuse the migration, the
 * function throws instead.
 *
 * <pre>{@code
 * fake.registerLambda(arn, Triggers.userMigration(event -> {
 *   LegacyUser legacy = legacyStore.check(event.userName(), event.password());
 *   return UserMigrationResponse.confirmed(Map.of("email", legacy.email(), "email_verified", "true"));
 * }));
 * }</pre>
 *
 * @param userAttributes the new user's attributes ({@code userAttributes})
 * @param finalUserStatus {@code CONFIRMED}, or null for Cognito's default, {@code RESET_REQUIRED}
 *     ({@code finalUserStatus})
 * @param messageAction {@code SUPPRESS} or {@code RESEND} for the welcome message, or null ({@code
 *     messageAction}). Cognito sends a welcome message unless this is {@code SUPPRESS}, but does not
 *     document its text; the fake sends none either way.
 * @param desiredDeliveryMediums how to send the welcome message; empty for Cognito's default, SMS,
 *     and then left out of the response ({@code desiredDeliveryMediums}). The fake sends no welcome
 *     message, so it only records this.
 * @param forceAliasCreation move an email or phone alias another user holds to the new user ({@code
 *     forceAliasCreation})
 * @param enableSMSMFA turn on SMS MFA for the new user ({@code enableSMSMFA})
 */
public record UserMigrationResponse(
    Map<String, String> userAttributes,
    @Nullable UserStatusType finalUserStatus,
    @Nullable MessageActionType messageAction,
    List<DeliveryMediumType> desiredDeliveryMediums,
    boolean forceAliasCreation,
    boolean enableSMSMFA) {

  /**
   * Copies the collections; null ones read as empty.
   *
   * @param userAttributes see {@link #userAttributes()}
   * @param finalUserStatus see {@link #finalUserStatus()}
   * @param messageAction see {@link #messageAction()}
   * @param desiredDeliveryMediums see {@link #desiredDeliveryMediums()}
   * @param forceAliasCreation see {@link #forceAliasCreation()}
   * @param enableSMSMFA see {@link #enableSMSMFA()}
   */
  public UserMigrationResponse {
    userAttributes = EventMaps.copy(userAttributes);
    desiredDeliveryMediums = EventMaps.copy(desiredDeliveryMediums);
  }

  /**
   * Creates the user CONFIRMED, with the password the user signed in with, and sends no welcome
   * message.
   *
   * @param userAttributes the new user's attributes
   * @return the response
   */
  public static UserMigrationResponse confirmed(Map<String, String> userAttributes) {
    return new UserMigrationResponse(
        userAttributes, UserStatusType.CONFIRMED, MessageActionType.SUPPRESS, List.of(), false, false);
  }

  /**
   * Creates the user RESET_REQUIRED, so that they must reset their password, and sends no welcome
   * message. This is the answer for {@code UserMigration_ForgotPassword}, which has no password.
   *
   * @param userAttributes the new user's attributes
   * @return the response
   */
  public static UserMigrationResponse resetRequired(Map<String, String> userAttributes) {
    return new UserMigrationResponse(
        userAttributes, UserStatusType.RESET_REQUIRED, MessageActionType.SUPPRESS, List.of(), false, false);
  }

  Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("userAttributes", EventMaps.mutable(userAttributes));
    EventMaps.putIfPresent(map, "finalUserStatus", finalUserStatus == null ? null : finalUserStatus.toString());
    EventMaps.putIfPresent(map, "messageAction", messageAction == null ? null : messageAction.toString());
    if (!desiredDeliveryMediums.isEmpty()) {
      map.put("desiredDeliveryMediums", EventMaps.mutable(
          desiredDeliveryMediums.stream().map(DeliveryMediumType::toString).toList()));
    }
    map.put("forceAliasCreation", forceAliasCreation);
    map.put("enableSMSMFA", enableSMSMFA);
    return map;
  }
}
