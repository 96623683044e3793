package dev.fakecognito.contract;

import static dev.fakecognito.testing.Transport.clientFor;
import static dev.fakecognito.testing.Fixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.testing.Fixtures;
import dev.fakecognito.testing.Parallel;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;

class ConcurrencyTest {

  private static final int THREADS = 8;

  @Test
  void parallel_sign_ups_on_one_pool_lose_no_user() throws Exception {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = Fixtures.pool(cognito);
    String clientId = Fixtures.client(cognito, poolId).clientId();

    Parallel.run(THREADS, thread -> () -> {
      for (int i = 0; i < 50; i++) {
        String username = "user-" + thread + "-" + i;
        cognito.signUp(r -> r.clientId(clientId).username(username).password(PASSWORD));
        cognito.adminConfirmSignUp(r -> r.userPoolId(poolId).username(username));
      }
      return null;
    });

    assertThat(cognito.describeUserPool(r -> r.userPoolId(poolId)).userPool().estimatedNumberOfUsers())
        .isEqualTo(THREADS * 50);
  }

  @Test
  void racing_sign_ups_for_one_email_create_exactly_one_user() throws Exception {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = Fixtures.pool(cognito, r -> r.usernameAttributes(UsernameAttributeType.EMAIL));
    String clientId = Fixtures.client(cognito, poolId).clientId();
    AtomicInteger refused = new AtomicInteger();

    Parallel.run(THREADS, thread -> () -> {
      try {
        cognito.signUp(r -> r.clientId(clientId).username("alice@example.com").password(PASSWORD));
      } catch (UsernameExistsException e) {
        refused.incrementAndGet();
      }
      return null;
    });

    assertThat(refused).hasValue(THREADS - 1);
    assertThat(cognito.describeUserPool(r -> r.userPoolId(poolId)).userPool().estimatedNumberOfUsers())
        .isEqualTo(1);
  }
}
