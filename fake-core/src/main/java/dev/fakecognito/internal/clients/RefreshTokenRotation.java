package dev.fakecognito.internal.clients;

import dev.fakecognito.internal.errors.CognitoErrors;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.FeatureType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RefreshTokenRotationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/**
 * An app client's RefreshTokenRotation setting
 * (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_RefreshTokenRotationType.html).
 *
 * <p>Only code behind {@link dev.fakecognito.internal.util.ModelSupport#REFRESH_TOKEN_ROTATION}
 * calls into this class, so that older models, which lack the setting, never load it.
 */
public final class RefreshTokenRotation {

  /**
   * What a client without the setting reports: rotation off, no grace period. Cognito returns this
   * object for such clients rather than leaving the member out (hashicorp/terraform-provider-aws#47374).
   */
  private static final RefreshTokenRotationType DISABLED =
      RefreshTokenRotationType.builder().feature(FeatureType.DISABLED).retryGracePeriodSeconds(0).build();

  private RefreshTokenRotation() {}

  /**
   * Validates the setting as the model does and fills in what Cognito fills in.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     if Feature is missing or unknown, or RetryGracePeriodSeconds is outside 0 to 60
   */
  static RefreshTokenRotationType normalize(@Nullable RefreshTokenRotationType given) {
    if (given == null) {
      return DISABLED;
    }
    if (given.featureAsString() == null) {
      throw CognitoErrors.notNull("refreshTokenRotation.feature");
    }
    if (given.feature() == FeatureType.UNKNOWN_TO_SDK_VERSION) {
      throw CognitoErrors.constraint("refreshTokenRotation.feature", given.featureAsString(),
          "Member must satisfy enum value set: [ENABLED, DISABLED]");
    }
    Integer grace = given.retryGracePeriodSeconds();
    if (grace != null && (grace < 0 || grace > 60)) {
      throw CognitoErrors.constraint("refreshTokenRotation.retryGracePeriodSeconds", grace, grace < 0
          ? "Member must have value greater than or equal to 0"
          : "Member must have value less than or equal to 60");
    }
    return grace != null ? given : given.toBuilder().retryGracePeriodSeconds(0).build();
  }

  /** Whether the client issues a new refresh token on every refresh. */
  public static boolean enabled(UserPoolClientType client) {
    RefreshTokenRotationType rotation = client.refreshTokenRotation();
    return rotation != null && rotation.feature() == FeatureType.ENABLED;
  }

  /** How long a rotated-out refresh token stays usable after its first use. */
  public static Duration gracePeriod(UserPoolClientType client) {
    RefreshTokenRotationType rotation = client.refreshTokenRotation();
    Integer seconds = rotation == null ? null : rotation.retryGracePeriodSeconds();
    return Duration.ofSeconds(seconds == null ? 0 : seconds);
  }
}
