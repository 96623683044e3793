package dev.fakecognito.benchmarks;

import dev.fakecognito.FakeCognito;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * Prints the heap a stored user costs: 100,000 users with an email address, created through
 * AdminCreateUser, measured as the difference in used heap after full collections.
 *
 * <p>Run: {@code mvn -B -ntp -q -pl fake-core test-compile exec:exec -Dexec.skip=false
 * -Dexec.classpathScope=test -Dexec.executable=java -Dexec.args="-cp %classpath
 * dev.fakecognito.benchmarks.MemoryFootprint"}
 */
public final class MemoryFootprint {

  private MemoryFootprint() {}

  public static void main(String[] args) throws InterruptedException {
    int users = 100_000;
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = fake.client();
    String poolId = cognito.createUserPool(r -> r.poolName("memory")).userPool().id();
    long before = usedHeap();
    for (int i = 0; i < users; i++) {
      String name = "user" + i;
      cognito.adminCreateUser(r -> r.userPoolId(poolId).username(name).messageAction("SUPPRESS")
          .userAttributes(a -> a.name("email").value(name + "@example.com")));
    }
    long after = usedHeap();
    System.out.printf("%d users: %.0f bytes per user (%s)%n", users, (after - before) / (double) users, fake);
  }

  private static long usedHeap() throws InterruptedException {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
