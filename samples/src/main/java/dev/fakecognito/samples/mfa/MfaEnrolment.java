package dev.fakecognito.samples.mfa;

import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;

/**
 * An application's authenticator-app enrolment: a signed-in user links an app, then later sign-ins
 * ask for its code. The code source is a function, as the user would type what their app shows.
 */
public final class MfaEnrolment {

  private final CognitoIdentityProviderClient cognito;
  private final String clientId;

  public MfaEnrolment(CognitoIdentityProviderClient cognito, String clientId) {
    this.cognito = cognito;
    this.clientId = clientId;
  }

  /** Links an authenticator app and makes it the preferred factor; returns the secret to show. */
  public String enrol(String accessToken, Function<String, String> authenticatorApp) {
    String secret = cognito.associateSoftwareToken(r -> r.accessToken(accessToken)).secretCode();
    cognito.verifySoftwareToken(r -> r.accessToken(accessToken).userCode(authenticatorApp.apply(secret))
        .friendlyDeviceName("phone"));
    cognito.setUserMFAPreference(r -> r.accessToken(accessToken)
        .softwareTokenMfaSettings(s -> s.enabled(true).preferredMfa(true)));
    return secret;
  }

  /** Signs in with a password and, when asked, the authenticator app's current code. */
  public AuthenticationResultType signIn(String username, String password, Function<String, String> codeFor) {
    InitiateAuthResponse first = cognito.initiateAuth(r -> r.clientId(clientId)
        .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", username, "PASSWORD", password)));
    if (first.challengeName() != ChallengeNameType.SOFTWARE_TOKEN_MFA) {
      return first.authenticationResult();
    }
    RespondToAuthChallengeResponse second = cognito.respondToAuthChallenge(r -> r.clientId(clientId)
        .challengeName(ChallengeNameType.SOFTWARE_TOKEN_MFA).session(first.session())
        .challengeResponses(Map.of("USERNAME", username, "SOFTWARE_TOKEN_MFA_CODE", codeFor.apply(username))));
    return second.authenticationResult();
  }
}
