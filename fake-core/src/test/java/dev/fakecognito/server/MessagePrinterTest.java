package dev.fakecognito.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.TestPool;
import dev.fakecognito.internal.recording.InMemoryOutbox;
import dev.fakecognito.recording.SentMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

class MessagePrinterTest {

  @Test
  void a_code_is_printed_with_its_destination_reason_and_pool() {
    SentMessage message = new SentMessage("us-east-1_TestPool1", "alice", "EMAIL", "alice@example.com", "123456",
        "Your verification code is 123456. ");
    assertThat(MessagePrinter.format(message, "SignUp"))
        .isEqualTo("[email] alice@example.com  code 123456  (SignUp, pool us-east-1_TestPool1)");
  }

  @Test
  void an_invitation_shows_the_temporary_password() {
    SentMessage message = new SentMessage("us-east-1_TestPool1", "bob", "SMS", "+15555550100", "Xy7!temp",
        "Your username is bob and temporary password is Xy7!temp. ");
    assertThat(MessagePrinter.format(message, "AdminCreateUser"))
        .isEqualTo("[sms] +15555550100  temporary password Xy7!temp  (AdminCreateUser, pool us-east-1_TestPool1)");
  }

  @Test
  void a_message_without_a_code_or_reason_shows_its_text() {
    SentMessage message = new SentMessage("us-east-1_TestPool1", "alice", "EMAIL", "alice@example.com", null,
        "Welcome! ");
    assertThat(MessagePrinter.format(message, null))
        .isEqualTo("[email] alice@example.com  \"Welcome!\"  (pool us-east-1_TestPool1)");
  }

  @Test
  void each_message_is_printed_as_it_is_sent() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (FakeCognito fake = FakeCognito.create()) {
      ((InMemoryOutbox) fake.outbox()).listen(new MessagePrinter(new PrintStream(printed, true, StandardCharsets.UTF_8)));
      TestPool pool = fake.newPool(p -> p.autoVerifiedAttributes(VerifiedAttributeType.EMAIL), c -> {});
      pool.client().signUp(r -> r.clientId(pool.clientId()).username("alice").password("Passw0rd!")
          .userAttributes(a -> a.name("email").value("alice@example.com")));
      String code = fake.outbox().lastCode(pool.poolId(), "alice").orElseThrow();
      assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo(
          "[email] alice@example.com  code " + code + "  (SignUp, pool " + pool.poolId() + ")" + System.lineSeparator());

      pool.client().confirmSignUp(r -> r.clientId(pool.clientId()).username("alice").confirmationCode(code));
      pool.client().forgotPassword(r -> r.clientId(pool.clientId()).username("alice"));
      assertThat(printed.toString(StandardCharsets.UTF_8).lines())
          .hasSize(2).last().asString().contains("(ForgotPassword, pool " + pool.poolId() + ")");
    }
  }
}
