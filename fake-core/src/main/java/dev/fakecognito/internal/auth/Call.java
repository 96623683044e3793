package dev.fakecognito.internal.auth;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What one call brings to the triggers it fires.
 *
 * @param ip the end user's IP address, when Cognito would use it
 * @param clientMetadata the call's ClientMetadata
 * @param initiate whether the call is InitiateAuth or AdminInitiateAuth, whose ClientMetadata
 *     reaches only Pre authentication and User migration, as their {@code validationData}
 */
record Call(@Nullable String ip, Map<String, String> clientMetadata, boolean initiate) {

  /** ClientMetadata for triggers other than Pre authentication and User migration. */
  Map<String, String> forOtherTriggers() {
    return initiate ? Map.of() : clientMetadata;
  }
}
