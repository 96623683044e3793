package dev.fakecognito.triggers;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The event of the user migration trigger, which fires when a user the pool does not know signs in
 * with a password or asks to reset their password, so that the function can bring the user over
 * from another system.
 *
 * @param triggerSource {@code UserMigration_Authentication} or {@code UserMigration_ForgotPassword}
 * @param region the pool's region
 * @param userPoolId the pool
 * @param userName the username as the user typed it
 * @param clientId the app client of the call
 * @param password the password the user signed in with ({@code request.password}), or null for
 *     {@code UserMigration_ForgotPassword}
 * @param validationData the ClientMetadata of InitiateAuth or AdminInitiateAuth, which Cognito
 *     passes here under this name ({@code request.validationData})
 * @param clientMetadata the call's ClientMetadata ({@code request.clientMetadata})
 */
public record UserMigrationEvent(
    String triggerSource,
    String region,
    String userPoolId,
    String userName,
    String clientId,
    @Nullable String password,
    Map<String, String> validationData,
    Map<String, String> clientMetadata)
    implements TriggerEvent {

  /**
   * Copies the maps; null maps read as empty.
   *
   * @param triggerSource see {@link #triggerSource()}
   * @param region see {@link #region()}
   * @param userPoolId see {@link #userPoolId()}
   * @param userName see {@link #userName()}
   * @param clientId see {@link #clientId()}
   * @param password see {@link #password()}
   * @param validationData see {@link #validationData()}
   * @param clientMetadata see {@link #clientMetadata()}
   */
  public UserMigrationEvent {
    validationData = EventMaps.copy(validationData);
    clientMetadata = EventMaps.copy(clientMetadata);
  }

  static UserMigrationEvent from(Map<String, Object> event) {
    Map<String, Object> request = EventMaps.request(event);
    return new UserMigrationEvent(EventMaps.string(event, "triggerSource"), EventMaps.string(event, "region"),
        EventMaps.string(event, "userPoolId"), EventMaps.string(event, "userName"), EventMaps.clientId(event),
        EventMaps.optionalString(request, "password"), EventMaps.strings(request, "validationData"),
        EventMaps.strings(request, "clientMetadata"));
  }
}
