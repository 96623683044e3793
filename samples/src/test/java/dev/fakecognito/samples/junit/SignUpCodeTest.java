package dev.fakecognito.samples.junit;

import static dev.fakecognito.assertions.FakeCognitoAssertions.assertThat;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.TestPool;
import dev.fakecognito.junit.FakeCognitoTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/** The shortest use of the extension: a fresh fake and its client as parameters of each test. */
// region junit-declarative
@FakeCognitoTest
class SignUpCodeTest {
  @Test
  void sign_up_sends_a_code(FakeCognito fake, CognitoIdentityProviderClient cognito) {
    TestPool pool = fake.newPool(p -> p.autoVerifiedAttributes(VerifiedAttributeType.EMAIL), c -> {});
    cognito.signUp(r -> r.clientId(pool.clientId()).username("alice").password("Passw0rd!")
        .userAttributes(a -> a.name("email").value("alice@example.com")));
    assertThat(fake).sentCodeTo("alice@example.com").hasSize(6);
  }
}
// endregion junit-declarative
