package dev.fakecognito.triggers;

import static dev.fakecognito.triggers.SampleEvents.CLIENT_ID;
import static dev.fakecognito.triggers.SampleEvents.POOL_ID;
import static dev.fakecognito.triggers.SampleEvents.attributeStrings;
import static dev.fakecognito.triggers.SampleEvents.attributes;
import static dev.fakecognito.triggers.SampleEvents.event;
import static dev.fakecognito.triggers.SampleEvents.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CustomSenderTest {

  @Test
  void encrypted_code_is_the_base64_of_its_utf8_bytes_and_decrypts_back() {
    String encrypted = CustomSenderCodes.encrypt("123456");

    assertThat(encrypted).isEqualTo("MTIzNDU2");
    assertThat(CustomSenderCodes.decrypt(encrypted)).isEqualTo("123456");
  }

  @Test
  void code_that_is_not_base64_cannot_be_decrypted() {
    assertThatThrownBy(() -> CustomSenderCodes.decrypt("AYADeJ*not base64"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void custom_sender_reads_the_event_and_its_plaintext_code() {
    AtomicReference<CustomSenderEvent> seen = new AtomicReference<>();
    Map<String, Object> event = event("CustomEmailSender_SignUp", "type", "customEmailSenderRequestV1",
        "code", CustomSenderCodes.encrypt("654321"), "clientMetadata", object("k", "v"), "userAttributes", attributes());

    Map<String, Object> result = Triggers.customSender(seen::set).apply(event);

    assertThat(result).isSameAs(event);
    assertThat(seen.get()).isEqualTo(new CustomSenderEvent("CustomEmailSender_SignUp", "us-east-1", POOL_ID, "alice",
        CLIENT_ID, "customEmailSenderRequestV1", "NjU0MzIx",
        attributeStrings(), Map.of("k", "v")));
    assertThat(seen.get().plaintextCode()).isEqualTo("654321");
  }

  @Test
  void event_without_a_code_has_no_plaintext_code() {
    AtomicReference<CustomSenderEvent> seen = new AtomicReference<>();

    Triggers.customSender(seen::set).apply(event("CustomEmailSender_AccountTakeOverNotification",
        "type", "customEmailSenderRequestV1", "userAttributes", attributes()));

    assertThat(seen.get().code()).isNull();
    assertThat(seen.get().plaintextCode()).isNull();
    assertThat(seen.get().clientMetadata()).isEmpty();
  }

  @Test
  void exception_of_the_handler_goes_through() {
    assertThatThrownBy(() -> Triggers.customSender(e -> {
      throw new IllegalStateException("SES is down");
    }).apply(event("CustomSMSSender_Authentication", "type", "customSMSSenderRequestV1")))
        .isInstanceOf(IllegalStateException.class).hasMessage("SES is down");
  }
}
