package dev.fakecognito.samples.signup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.fakecognito.FakeCognito;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExpiredCodeException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/** Moves the fake's clock instead of sleeping: sign-up codes live 24 hours. */
class CodeExpiryTest {

  @Test
  void code_expires_after_24_hours() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = fake.client();
    String poolId = cognito.createUserPool(r -> r.poolName("shop")
        .autoVerifiedAttributes(VerifiedAttributeType.EMAIL)).userPool().id();
    UserPoolClientType app = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("web")
        .generateSecret(true)).userPoolClient();
    SignUpService service = new SignUpService(cognito, app.clientId(), app.clientSecret());
    service.register("alice", "Passw0rd!", "alice@example.com", "203.0.113.7");
    String code = fake.outbox().lastCode(poolId, "alice").orElseThrow();

    fake.clock().advance(Duration.ofHours(24));

    ExpiredCodeException error = catchThrowableOfType(ExpiredCodeException.class,
        () -> service.confirm("alice", code, "203.0.113.7"));
    assertThat(error.awsErrorDetails().errorCode()).isEqualTo("ExpiredCodeException");
    assertThat(error.awsErrorDetails().errorMessage())
        .isEqualTo("Invalid code provided, please request a code again.");
  }
}
