package dev.fakecognito.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

// Constructor injection of a per-test fake needs JUnit 5.13.3 or newer; older JUnit compatibility
// runs leave this class out.
@FakeCognitoTest
class FakeCognitoExtensionConstructorTest {

  private final FakeCognito constructed;
  private final CognitoIdentityProviderClient constructedClient;
  private FakeCognito beforeEach;

  FakeCognitoExtensionConstructorTest(FakeCognito fake, CognitoIdentityProviderClient cognito) {
    this.constructed = fake;
    this.constructedClient = cognito;
  }

  @BeforeEach
  void remember(FakeCognito fake) {
    beforeEach = fake;
  }

  @Test
  void constructor_gets_the_fake_of_the_test(FakeCognito fake) {
    assertThat(constructed).isSameAs(fake).isSameAs(beforeEach);
    assertThat(constructedClient).isSameAs(fake.client());
  }

  @RepeatedTest(3)
  void each_repetition_is_constructed_with_a_fresh_fake() {
    assertThat(constructedClient.listUserPools(r -> r.maxResults(10)).userPools()).isEmpty();

    constructedClient.createUserPool(r -> r.poolName("shop"));
  }
}
