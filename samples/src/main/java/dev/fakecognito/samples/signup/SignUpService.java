package dev.fakecognito.samples.signup;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserContextDataType;

/**
 * A small application service: signs users up and in through an app client with a secret, and
 * passes each end user's IP address on to Cognito so threat protection sees the real caller.
 *
 * <p>It knows nothing of the fake: it takes any {@link CognitoIdentityProviderClient}.
 */
public final class SignUpService {

  private final CognitoIdentityProviderClient cognito;
  private final String clientId;
  private final String clientSecret;

  public SignUpService(CognitoIdentityProviderClient cognito, String clientId, String clientSecret) {
    this.cognito = cognito;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
  }

  /** Registers a user with an email address; returns the new user's sub. */
  public String register(String username, String password, String email, String callerIp) {
    return cognito.signUp(r -> r.clientId(clientId)
            .secretHash(secretHash(username))
            .username(username)
            .password(password)
            .userAttributes(AttributeType.builder().name("email").value(email).build())
            .userContextData(context(callerIp)))
        .userSub();
  }

  /** Confirms a registration with the code the user received. */
  public void confirm(String username, String code, String callerIp) {
    cognito.confirmSignUp(r -> r.clientId(clientId)
        .secretHash(secretHash(username))
        .username(username)
        .confirmationCode(code)
        .userContextData(context(callerIp)));
  }

  /** Signs a user in with their password and returns the tokens. */
  public AuthenticationResultType signIn(String username, String password, String callerIp) {
    return cognito.initiateAuth(r -> r.clientId(clientId)
            .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
            .authParameters(Map.of("USERNAME", username, "PASSWORD", password,
                "SECRET_HASH", secretHash(username)))
            .userContextData(context(callerIp)))
        .authenticationResult();
  }

  private static UserContextDataType context(String callerIp) {
    return UserContextDataType.builder().ipAddress(callerIp).build();
  }

  private String secretHash(String username) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(clientSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] hash = mac.doFinal((username + clientId).getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(hash);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
