package dev.fakecognito.benchmarks;

import dev.fakecognito.FakeCognito;
import java.util.Map;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;

/**
 * Prints what the first test in a JVM pays: class loading of the fake and the SDK model, and the
 * one-time RSA key generation on the first sign-in; then the same calls once more, warm.
 *
 * <p>Run: {@code mvn -B -ntp -q -pl fake-core test-compile exec:exec -Dexec.skip=false
 * -Dexec.classpathScope=test -Dexec.executable=java -Dexec.args="-cp %classpath
 * dev.fakecognito.benchmarks.FirstCallCost"}
 */
public final class FirstCallCost {

  private FirstCallCost() {}

  public static void main(String[] args) {
    for (String round : new String[] {"first", "second"}) {
      long start = System.nanoTime();
      FakeCognito fake = FakeCognito.create();
      CognitoIdentityProviderClient cognito = fake.client();
      long created = System.nanoTime();
      String poolId = cognito.createUserPool(r -> r.poolName("p")).userPool().id();
      String clientId = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("c")
          .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH)).userPoolClient().clientId();
      long pool = System.nanoTime();
      cognito.signUp(r -> r.clientId(clientId).username("alice").password("Passw0rd!"));
      cognito.adminConfirmSignUp(r -> r.userPoolId(poolId).username("alice"));
      long signedUp = System.nanoTime();
      cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
          .authParameters(Map.of("USERNAME", "alice", "PASSWORD", "Passw0rd!")));
      long signedIn = System.nanoTime();
      System.out.printf("%s: create %.1f ms, pool + client %.1f ms, sign-up + confirm %.1f ms, sign-in %.1f ms%n",
          round, ms(created - start), ms(pool - created), ms(signedUp - pool), ms(signedIn - signedUp));
    }
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
