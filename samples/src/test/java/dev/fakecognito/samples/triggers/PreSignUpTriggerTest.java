package dev.fakecognito.samples.triggers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.junit.FakeCognitoTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserLambdaValidationException;

/** The application's own trigger code runs in-process, against the events Cognito would send. */
@FakeCognitoTest
class PreSignUpTriggerTest {

  private static final String ARN = "arn:aws:lambda:us-east-1:123456789012:function:pre-sign-up";

  @Test
  void invited_domain_is_confirmed_and_others_are_refused(FakeCognito fake, CognitoIdentityProviderClient cognito) {
    fake.registerLambda(ARN, new InviteOnlyPreSignUp(Set.of("example.com")));
    String poolId = cognito.createUserPool(r -> r.poolName("shop").lambdaConfig(l -> l.preSignUp(ARN)))
        .userPool().id();
    String clientId = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("web"))
        .userPoolClient().clientId();

    boolean confirmed = cognito.signUp(r -> r.clientId(clientId).username("alice").password("Passw0rd!")
        .userAttributes(a -> a.name("email").value("alice@example.com"))).userConfirmed();
    UserLambdaValidationException refused = catchThrowableOfType(UserLambdaValidationException.class,
        () -> cognito.signUp(r -> r.clientId(clientId).username("mallory").password("Passw0rd!")
            .userAttributes(a -> a.name("email").value("mallory@elsewhere.test"))));

    assertThat(confirmed).isTrue();
    assertThat(refused.awsErrorDetails().errorMessage())
        .isEqualTo("PreSignUp failed with error Domain elsewhere.test is not invited.");
    assertThat(fake.triggerInvocations()).extracting(i -> i.triggerSource())
        .containsExactly("PreSignUp_SignUp", "PreSignUp_SignUp");
  }
}
