package dev.fakecognito.triggers;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolMigrateUserEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreTokenGenerationEventV2;
import dev.fakecognito.triggers.lambda.LambdaHandlers;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TriggerFunctionTest {

  @Test
  void typed_handlers_know_their_trigger() {
    assertThat(Triggers.preSignUp(event -> PreSignUpResponse.none()).type()).contains(TriggerType.PRE_SIGN_UP);
    assertThat(Triggers.postConfirmation(event -> {}).type()).contains(TriggerType.POST_CONFIRMATION);
    assertThat(Triggers.preTokenGeneration(event -> PreTokenGenerationResponse.none()).type())
        .contains(TriggerType.PRE_TOKEN_GENERATION);
    assertThat(Triggers.preTokenGenerationV2(event -> PreTokenGenerationV2Response.none()).type())
        .contains(TriggerType.PRE_TOKEN_GENERATION_V2);
    assertThat(Triggers.customEmailSender(event -> {}).type()).contains(TriggerType.CUSTOM_EMAIL_SENDER);
    assertThat(Triggers.customSmsSender(event -> {}).type()).contains(TriggerType.CUSTOM_SMS_SENDER);
    assertThat(Triggers.customSender(event -> {}).type()).isEmpty();
  }

  @Test
  void lambda_handlers_are_typed_by_their_event_class() {
    RequestHandler<CognitoUserPoolPreTokenGenerationEventV2, Object> tokens = (event, context) -> event;
    RequestHandler<Map<String, Object>, Object> raw = (event, context) -> event;

    assertThat(LambdaHandlers.of(new Migrate()).type()).contains(TriggerType.USER_MIGRATION);
    assertThat(LambdaHandlers.of(tokens, CognitoUserPoolPreTokenGenerationEventV2.class).type())
        .contains(TriggerType.PRE_TOKEN_GENERATION_V2);
    @SuppressWarnings({"unchecked", "rawtypes"})
    TriggerFunction untyped = LambdaHandlers.of(raw, (Class) Map.class);
    assertThat(untyped.type()).isEmpty();
  }

  @Test
  void retyping_keeps_the_function_and_replaces_the_type() {
    TriggerFunction v2 = Triggers.preTokenGenerationV2(event -> PreTokenGenerationV2Response.none());
    TriggerFunction v3 = TriggerFunction.of(TriggerType.PRE_TOKEN_GENERATION_V3, v2);
    Map<String, Object> event = new LinkedHashMap<>(Map.of("request", Map.of(), "response", Map.of()));

    assertThat(v3.type()).contains(TriggerType.PRE_TOKEN_GENERATION_V3);
    assertThat(v3.apply(event)).isEqualTo(v2.apply(event));
    assertThat(v3).hasToString("TriggerFunction[PRE_TOKEN_GENERATION_V3]");
  }

  static final class Migrate implements RequestHandler<CognitoUserPoolMigrateUserEvent, CognitoUserPoolMigrateUserEvent> {
    @Override
    public CognitoUserPoolMigrateUserEvent handleRequest(CognitoUserPoolMigrateUserEvent event, Context context) {
      return event;
    }
  }
}
