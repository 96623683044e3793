package dev.fakecognito.internal.errors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.internal.util.ModelSupport;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;

/**
 * Exceptions newer than the oldest supported SDK: their own class where the model has it, else the
 * base exception with the same error code. Runs on every SDK of the compatibility matrix.
 */
class NewerExceptionsTest {

  @Test
  void password_history_violation_keeps_its_error_code_whatever_the_model() {
    CognitoIdentityProviderException error = CognitoErrors.passwordPreviouslyUsed();

    assertThat(error.getClass().getSimpleName()).isEqualTo(
        expectedClass("PasswordHistoryPolicyViolationException"));
    assertThat(error.awsErrorDetails().errorCode()).isEqualTo("PasswordHistoryPolicyViolationException");
    assertThat(error.awsErrorDetails().errorMessage())
        .isEqualTo("The password you entered has previously been used. Use a different password.");
    assertThat(error.awsErrorDetails().serviceName()).isEqualTo("CognitoIdentityProvider");
    assertThat(error.statusCode()).isEqualTo(400);
    assertThat(error.requestId()).isNotBlank();
  }

  @Test
  void feature_unavailable_in_tier_keeps_its_error_code_whatever_the_model() {
    CognitoIdentityProviderException error = CognitoErrors.emailMfaUnavailableInTier();

    assertThat(error.getClass().getSimpleName()).isEqualTo(expectedClass("FeatureUnavailableInTierException"));
    assertThat(error.awsErrorDetails().errorCode()).isEqualTo("FeatureUnavailableInTierException");
    assertThat(error.awsErrorDetails().errorMessage()).isEqualTo("Email MFA is not available in the LITE feature plan.");
    assertThat(error.statusCode()).isEqualTo(400);
  }

  @Test
  void passkey_errors_keep_their_error_codes_whatever_the_model() {
    Map<String, CognitoIdentityProviderException> errors = Map.of(
        "WebAuthnNotEnabledException", CognitoErrors.webAuthnNotEnabled(),
        "WebAuthnConfigurationMissingException", CognitoErrors.webAuthnConfigurationMissing(),
        "WebAuthnChallengeNotFoundException", CognitoErrors.webAuthnChallengeNotFound(),
        "WebAuthnClientMismatchException", CognitoErrors.webAuthnClientMismatch(),
        "WebAuthnRelyingPartyMismatchException", CognitoErrors.webAuthnRelyingPartyMismatch(),
        "WebAuthnOriginNotAllowedException", CognitoErrors.webAuthnOriginNotAllowed("https://example.org"),
        "WebAuthnCredentialNotSupportedException", CognitoErrors.webAuthnCredentialNotSupported("test."));

    errors.forEach((code, error) -> {
      assertThat(error.getClass().getSimpleName()).isEqualTo(expectedClass(code));
      assertThat(error.awsErrorDetails().errorCode()).isEqualTo(code);
      assertThat(error.statusCode()).isEqualTo(400);
    });
  }

  private static String expectedClass(String name) {
    return ModelSupport.exceptionBuilderHandle(name) != null ? name : "CognitoIdentityProviderException";
  }
}
