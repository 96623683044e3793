package dev.fakecognito.assertions;

import static dev.fakecognito.assertions.FakeCognitoAssertions.assertThat;
import static dev.fakecognito.testing.Fixtures.PASSWORD;
import static dev.fakecognito.testing.Fixtures.attribute;
import static dev.fakecognito.testing.Fixtures.client;
import static dev.fakecognito.testing.Fixtures.fake;
import static dev.fakecognito.testing.Fixtures.pool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.recording.SentMessage;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/** The outbox assertions of {@link FakeCognitoAssert}: sentCodeTo and lastMessageTo. */
class OutboxAssertionsTest {

  private static final String EMAIL = "alice@example.com";

  private final FakeCognito fake = fake();
  private final CognitoIdentityProviderClient cognito = fake.client();
  private final String poolId = pool(cognito, r -> r.autoVerifiedAttributes(VerifiedAttributeType.EMAIL));
  private final String clientId = client(cognito, poolId).clientId();

  @Test
  void sent_code_to_asserts_on_the_newest_code_sent_to_that_destination() {
    signUpAndResend();

    String newest = fake.outbox().lastCode(poolId, "alice").orElseThrow();

    assertThat(fake).sentCodeTo(EMAIL).isEqualTo(newest).hasSize(6).containsOnlyDigits();
    assertThat(fake.outbox().messages()).hasSize(2);
  }

  @Test
  void sent_code_to_fails_when_no_code_went_to_that_destination() {
    signUpAndResend();

    assertThatThrownBy(() -> assertThat(fake).sentCodeTo("bob@example.com"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected a message with a code sent to bob@example.com")
        .hasMessageContaining("only to [" + EMAIL + "]");
  }

  @Test
  void last_message_to_asserts_on_the_newest_message_to_that_destination() {
    signUpAndResend();

    SentMessage newest = fake.outbox().messages().get(1);

    assertThat(fake).lastMessageTo(EMAIL).isEqualTo(newest)
        .extracting(SentMessage::deliveryMedium).isEqualTo("EMAIL");
  }

  @Test
  void last_message_to_fails_on_an_empty_outbox() {
    assertThatThrownBy(() -> assertThat(fake).lastMessageTo(EMAIL))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected a message sent to " + EMAIL + " but the fake sent messages only to []");
  }

  /** Signs alice up, which sends a confirmation code, and asks for a second one. */
  private void signUpAndResend() {
    cognito.signUp(r -> r.clientId(clientId).username("alice").password(PASSWORD)
        .userAttributes(attribute("email", EMAIL)));
    cognito.resendConfirmationCode(r -> r.clientId(clientId).username("alice"));
  }
}
