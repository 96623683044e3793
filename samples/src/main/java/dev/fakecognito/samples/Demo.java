package dev.fakecognito.samples;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.recording.RecordedContextData;
import dev.fakecognito.samples.signup.SignUpService;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/**
 * Runs a sign-up and sign-in against a fake and shows what it recorded.
 *
 * <p>Run with {@code mvn -B -ntp -q -pl samples -am compile exec:java}.
 */
public final class Demo {

  private Demo() {}

  public static void main(String[] args) {
    try (FakeCognito fake = FakeCognito.create()) {
      CognitoIdentityProviderClient cognito = fake.client();
      String poolId = cognito.createUserPool(r -> r.poolName("demo")
              .autoVerifiedAttributes(VerifiedAttributeType.EMAIL))
          .userPool().id();
      UserPoolClientType app = cognito.createUserPoolClient(r -> r.userPoolId(poolId)
              .clientName("web")
              .generateSecret(true)
              .enablePropagateAdditionalUserContextData(true)
              .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH,
                  ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH))
          .userPoolClient();
      System.out.printf("Pool %s, app client %s (IP propagation on)%n", poolId, app.clientId());

      SignUpService service = new SignUpService(cognito, app.clientId(), app.clientSecret());
      service.register("alice", "Passw0rd!", "alice@example.com", "203.0.113.7");
      String code = fake.outbox().lastCode(poolId, "alice").orElseThrow();
      System.out.printf("Signed up alice from 203.0.113.7; the code in the outbox is %s%n", code);
      service.confirm("alice", code, "203.0.113.7");
      AuthenticationResultType tokens = service.signIn("alice", "Passw0rd!", "198.51.100.23");
      System.out.printf("Signed in; the access token expires in %d s%n%n", tokens.expiresIn());

      System.out.println("Recorded user context data:");
      for (RecordedContextData call : fake.recordedContextData()) {
        System.out.printf("  %-14s user=%s ip=%s propagated=%s%n",
            call.operation(), call.username(), call.ipAddress(), call.propagated());
      }
      System.out.println();
      System.out.println("ID token claims:     " + claims(tokens.idToken()));
      System.out.println("Access token claims: " + claims(tokens.accessToken()));
    }
  }

  private static String claims(String jwt) {
    String payload = jwt.split("\\.")[1];
    return new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
  }
}
