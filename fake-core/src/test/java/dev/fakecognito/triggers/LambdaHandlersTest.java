package dev.fakecognito.triggers;

import static dev.fakecognito.triggers.SampleEvents.CLIENT_ID;
import static dev.fakecognito.triggers.SampleEvents.POOL_ID;
import static dev.fakecognito.triggers.SampleEvents.array;
import static dev.fakecognito.triggers.SampleEvents.attributeStrings;
import static dev.fakecognito.triggers.SampleEvents.attributes;
import static dev.fakecognito.triggers.SampleEvents.event;
import static dev.fakecognito.triggers.SampleEvents.object;
import static dev.fakecognito.triggers.SampleEvents.request;
import static dev.fakecognito.triggers.SampleEvents.response;
import static dev.fakecognito.triggers.SampleEvents.versionedEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolCreateAuthChallengeEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolCustomMessageEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolDefineAuthChallengeEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolMigrateUserEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPostAuthenticationEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPostConfirmationEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreAuthenticationEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreSignUpEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreTokenGenerationEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreTokenGenerationEventV2;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolVerifyAuthChallengeResponseEvent;
import dev.fakecognito.triggers.lambda.FakeLambdaContext;
import dev.fakecognito.triggers.lambda.LambdaHandlers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class LambdaHandlersTest {

  /* ---- Handler classes as users write them for Lambda ---- */

  static final class AutoConfirm
      implements RequestHandler<CognitoUserPoolPreSignUpEvent, CognitoUserPoolPreSignUpEvent> {
    CognitoUserPoolPreSignUpEvent seen;
    Context context;

    @Override
    public CognitoUserPoolPreSignUpEvent handleRequest(CognitoUserPoolPreSignUpEvent event, Context context) {
      this.seen = event;
      this.context = context;
      event.getResponse().setAutoConfirmUser(true);
      event.getResponse().setAutoVerifyEmail(event.getRequest().getUserAttributes().containsKey("email"));
      return event;
    }
  }

  static final class Welcome
      implements RequestHandler<CognitoUserPoolPostConfirmationEvent, CognitoUserPoolPostConfirmationEvent> {
    final List<String> welcomed = new ArrayList<>();

    @Override
    public CognitoUserPoolPostConfirmationEvent handleRequest(CognitoUserPoolPostConfirmationEvent event,
        Context context) {
      welcomed.add(event.getUserName() + " " + event.getRequest().getUserAttributes().get("email") + " "
          + event.getRequest().getClientMetadata());
      return event;
    }
  }

  static final class BlockClient
      implements RequestHandler<CognitoUserPoolPreAuthenticationEvent, CognitoUserPoolPreAuthenticationEvent> {
    @Override
    public CognitoUserPoolPreAuthenticationEvent handleRequest(CognitoUserPoolPreAuthenticationEvent event,
        Context context) {
      if ("blocked".equals(event.getCallerContext().getClientId())
          || "true".equals(event.getRequest().getValidationData().get("block"))) {
        throw new IllegalStateException("Wrong clientId");
      }
      return event;
    }
  }

  static final class CountSignIns
      implements RequestHandler<CognitoUserPoolPostAuthenticationEvent, CognitoUserPoolPostAuthenticationEvent> {
    CognitoUserPoolPostAuthenticationEvent seen;

    @Override
    public CognitoUserPoolPostAuthenticationEvent handleRequest(CognitoUserPoolPostAuthenticationEvent event,
        Context context) {
      seen = event;
      return event;
    }
  }

  static final class Branded
      implements RequestHandler<CognitoUserPoolCustomMessageEvent, CognitoUserPoolCustomMessageEvent> {
    @Override
    public CognitoUserPoolCustomMessageEvent handleRequest(CognitoUserPoolCustomMessageEvent event, Context context) {
      String code = event.getRequest().getCodeParameter();
      event.getResponse().setSmsMessage("Acme code " + code);
      if (event.getTriggerSource().equals("CustomMessage_AdminCreateUser")) {
        event.getResponse().setEmailMessage("Hi " + event.getRequest().getUsernameParameter() + ", use " + code);
        event.getResponse().setEmailSubject("Welcome to Acme");
      }
      return event;
    }
  }

  static final class TwoQuestions
      implements RequestHandler<CognitoUserPoolDefineAuthChallengeEvent, CognitoUserPoolDefineAuthChallengeEvent> {
    @Override
    public CognitoUserPoolDefineAuthChallengeEvent handleRequest(CognitoUserPoolDefineAuthChallengeEvent event,
        Context context) {
      CognitoUserPoolDefineAuthChallengeEvent.ChallengeResult[] session = event.getRequest().getSession();
      long right = Arrays.stream(session).filter(CognitoUserPoolDefineAuthChallengeEvent.ChallengeResult::getChallengeResult)
          .filter(c -> c.getChallengeName().equals("CUSTOM_CHALLENGE")).count();
      if (right == 2) {
        event.getResponse().setIssueTokens(true);
      } else if (session.length >= 4) {
        event.getResponse().setFailAuthentication(true);
      } else {
        event.getResponse().setChallengeName("CUSTOM_CHALLENGE");
      }
      return event;
    }
  }

  static final class Arithmetic
      implements RequestHandler<CognitoUserPoolCreateAuthChallengeEvent, CognitoUserPoolCreateAuthChallengeEvent> {
    @Override
    public CognitoUserPoolCreateAuthChallengeEvent handleRequest(CognitoUserPoolCreateAuthChallengeEvent event,
        Context context) {
      int round = event.getRequest().getSession().length;
      event.getResponse().setPublicChallengeParameters(Map.of("question", "2 + " + round));
      event.getResponse().setPrivateChallengeParameters(Map.of("answer", String.valueOf(2 + round)));
      event.getResponse().setChallengeMetadata("ROUND_" + round + "_" + event.getRequest().getChallengeName());
      return event;
    }
  }

  static final class CheckAnswer implements RequestHandler<CognitoUserPoolVerifyAuthChallengeResponseEvent,
      CognitoUserPoolVerifyAuthChallengeResponseEvent> {
    @Override
    public CognitoUserPoolVerifyAuthChallengeResponseEvent handleRequest(
        CognitoUserPoolVerifyAuthChallengeResponseEvent event, Context context) {
      String expected = event.getRequest().getPrivateChallengeParameters().get("answer");
      event.getResponse().setAnswerCorrect(expected.equals(event.getRequest().getChallengeAnswer()));
      return event;
    }
  }

  static final class TenantClaim implements
      RequestHandler<CognitoUserPoolPreTokenGenerationEvent, CognitoUserPoolPreTokenGenerationEvent> {
    @Override
    public CognitoUserPoolPreTokenGenerationEvent handleRequest(CognitoUserPoolPreTokenGenerationEvent event,
        Context context) {
      String[] groups = event.getRequest().getGroupConfiguration().getGroupsToOverride();
      event.setResponse(CognitoUserPoolPreTokenGenerationEvent.Response.builder()
          .withClaimsOverrideDetails(CognitoUserPoolPreTokenGenerationEvent.ClaimsOverrideDetails.builder()
              .withClaimsToAddOrOverride(Map.of("tenant", "acme", "groupCount", String.valueOf(groups.length)))
              .withClaimsToSuppress(new String[] {"email"})
              .withGroupOverrideDetails(CognitoUserPoolPreTokenGenerationEvent.GroupConfiguration.builder()
                  .withGroupsToOverride(new String[] {"readers"}).withIamRolesToOverride(new String[0]).build())
              .build())
          .build());
      return event;
    }
  }

  static final class ScopedAccess implements
      RequestHandler<CognitoUserPoolPreTokenGenerationEventV2, CognitoUserPoolPreTokenGenerationEventV2> {
    @Override
    public CognitoUserPoolPreTokenGenerationEventV2 handleRequest(CognitoUserPoolPreTokenGenerationEventV2 event,
        Context context) {
      List<String> scopes = Arrays.asList(event.getRequest().getScopes());
      event.setResponse(CognitoUserPoolPreTokenGenerationEventV2.Response.builder()
          .withClaimsAndScopeOverrideDetails(CognitoUserPoolPreTokenGenerationEventV2.ClaimsAndScopeOverrideDetails
              .builder()
              .withIdTokenGeneration(CognitoUserPoolPreTokenGenerationEventV2.IdTokenGeneration.builder()
                  .withClaimsToAddOrOverride(Map.of("tenant", "acme")).build())
              .withAccessTokenGeneration(CognitoUserPoolPreTokenGenerationEventV2.AccessTokenGeneration.builder()
                  .withScopesToAdd(new String[] {"api/read"})
                  .withScopesToSuppress(scopes.contains("openid") ? new String[] {"openid"} : new String[0])
                  .build())
              .build())
          .build());
      return event;
    }
  }

  static final class Legacy
      implements RequestHandler<CognitoUserPoolMigrateUserEvent, CognitoUserPoolMigrateUserEvent> {
    @Override
    public CognitoUserPoolMigrateUserEvent handleRequest(CognitoUserPoolMigrateUserEvent event, Context context) {
      if (!"Secret1!".equals(event.getRequest().getPassword())) {
        throw new IllegalArgumentException("Bad password");
      }
      MfaResponse response = new MfaResponse();
      response.setUserAttributes(Map.of("email", event.getUserName() + "@example.com", "email_verified", "true"));
      response.setFinalUserStatus("CONFIRMED");
      response.setMessageAction("SUPPRESS");
      response.setDesiredDeliveryMediums(new String[] {"EMAIL"});
      event.setResponse(response);
      return event;
    }
  }

  // The events class has no enableSMSMFA; a subclass with a getter for it adds the field.
  static final class MfaResponse extends CognitoUserPoolMigrateUserEvent.Response {
    public boolean getEnableSMSMFA() {
      return true;
    }
  }

  /* ---- One test per event class ---- */

  @Test
  void pre_sign_up_handler_reads_the_request_and_writes_the_response_flags() {
    AutoConfirm handler = new AutoConfirm();

    Map<String, Object> result = LambdaHandlers.of(handler).apply(event("PreSignUp_SignUp",
        "userAttributes", attributes(), "validationData", object("captcha", "ok"), "clientMetadata", object("k", "v")));

    assertThat(handler.seen.getVersion()).isEqualTo("1");
    assertThat(handler.seen.getTriggerSource()).isEqualTo("PreSignUp_SignUp");
    assertThat(handler.seen.getRegion()).isEqualTo("us-east-1");
    assertThat(handler.seen.getUserPoolId()).isEqualTo(POOL_ID);
    assertThat(handler.seen.getUserName()).isEqualTo("alice");
    assertThat(handler.seen.getCallerContext().getClientId()).isEqualTo(CLIENT_ID);
    assertThat(handler.seen.getRequest().getUserAttributes()).isEqualTo(attributeStrings());
    assertThat(handler.seen.getRequest().getValidationData()).isEqualTo(Map.of("captcha", "ok"));
    assertThat(handler.seen.getRequest().getClientMetadata()).isEqualTo(Map.of("k", "v"));
    assertThat(response(result)).isEqualTo(
        Map.of("autoConfirmUser", true, "autoVerifyEmail", true, "autoVerifyPhone", false));
  }

  @Test
  void post_confirmation_handler_runs_and_the_event_comes_back_unchanged() {
    Welcome handler = new Welcome();
    Map<String, Object> event = event("PostConfirmation_ConfirmSignUp", "userAttributes", attributes(),
        "clientMetadata", object("k", "v"));

    Map<String, Object> result = LambdaHandlers.of(handler, CognitoUserPoolPostConfirmationEvent.class).apply(event);

    assertThat(handler.welcomed).containsExactly("alice alice@example.com {k=v}");
    assertThat(result).isEqualTo(event);
  }

  @Test
  void pre_authentication_handler_exception_goes_through_and_fields_the_class_lacks_survive() {
    Map<String, Object> event = event("PreAuthentication_Authentication", "userAttributes", attributes(),
        "validationData", object(), "userNotFound", false, "clientMetadata", object("k", "v"));
    Map<String, Object> blocked = event("PreAuthentication_Authentication", "validationData", object("block", "true"));

    Map<String, Object> result = LambdaHandlers.of(new BlockClient()).apply(event);

    assertThat(request(result)).containsEntry("clientMetadata", Map.of("k", "v")).containsEntry("userNotFound", false);
    assertThatThrownBy(() -> LambdaHandlers.of(new BlockClient()).apply(blocked))
        .isInstanceOf(IllegalStateException.class).hasMessage("Wrong clientId");
  }

  @Test
  void post_authentication_handler_reads_newDeviceUsed() {
    CountSignIns handler = new CountSignIns();

    LambdaHandlers.of(handler).apply(event("PostAuthentication_Authentication", "userAttributes", attributes(),
        "newDeviceUsed", true, "clientMetadata", object()));

    assertThat(handler.seen.getRequest().getNewDeviceUsed()).isTrue();
    assertThat(handler.seen.getRequest().getClientMetadata()).isEmpty();
  }

  @Test
  void custom_message_handler_writes_its_texts_leaves_out_nulls_and_keeps_linkParameter() {
    Map<String, Object> signUp = event("CustomMessage_SignUp", "userAttributes", attributes(),
        "codeParameter", "{####}", "linkParameter", "{##Click Here##}", "usernameParameter", null,
        "clientMetadata", object());
    Map<String, Object> invitation = event("CustomMessage_AdminCreateUser", "userAttributes", attributes(),
        "codeParameter", "{####}", "usernameParameter", "{username}");

    Map<String, Object> signUpResult = LambdaHandlers.of(new Branded()).apply(signUp);
    Map<String, Object> invitationResult = LambdaHandlers.of(new Branded()).apply(invitation);

    assertThat(response(signUpResult)).isEqualTo(Map.of("smsMessage", "Acme code {####}"));
    assertThat(request(signUpResult)).containsEntry("linkParameter", "{##Click Here##}");
    assertThat(response(invitationResult)).isEqualTo(Map.of("smsMessage", "Acme code {####}",
        "emailMessage", "Hi {username}, use {####}", "emailSubject", "Welcome to Acme"));
  }

  @Test
  void define_auth_challenge_handler_reads_the_session_as_ChallengeResult_array() {
    Map<String, Object> first = event("DefineAuthChallenge_Authentication", "userAttributes", attributes(),
        "session", array(), "userNotFound", false);
    Map<String, Object> done = event("DefineAuthChallenge_Authentication", "session", array(
        object("challengeName", "CUSTOM_CHALLENGE", "challengeResult", true, "challengeMetadata", "ROUND_0"),
        object("challengeName", "CUSTOM_CHALLENGE", "challengeResult", true)));

    Map<String, Object> firstResult = LambdaHandlers.of(new TwoQuestions()).apply(first);
    Map<String, Object> doneResult = LambdaHandlers.of(new TwoQuestions()).apply(done);

    assertThat(response(firstResult)).isEqualTo(
        Map.of("challengeName", "CUSTOM_CHALLENGE", "issueTokens", false, "failAuthentication", false));
    assertThat(response(doneResult)).isEqualTo(Map.of("issueTokens", true, "failAuthentication", false));
  }

  @Test
  void create_auth_challenge_handler_writes_the_challenge_parameters_and_metadata() {
    Map<String, Object> result = LambdaHandlers.of(new Arithmetic()).apply(event("CreateAuthChallenge_Authentication",
        "userAttributes", attributes(), "challengeName", "CUSTOM_CHALLENGE",
        "session", array(object("challengeName", "SRP_A", "challengeResult", true))));

    assertThat(response(result)).isEqualTo(Map.of("publicChallengeParameters", Map.of("question", "2 + 1"),
        "privateChallengeParameters", Map.of("answer", "3"), "challengeMetadata", "ROUND_1_CUSTOM_CHALLENGE"));
  }

  @Test
  void verify_auth_challenge_response_handler_writes_answerCorrect() {
    Map<String, Object> event = event("VerifyAuthChallengeResponse_Authentication", "userAttributes", attributes(),
        "privateChallengeParameters", object("answer", "4"), "challengeAnswer", "4", "userNotFound", false);
    Map<String, Object> wrong = event("VerifyAuthChallengeResponse_Authentication",
        "privateChallengeParameters", object("answer", "4"), "challengeAnswer", "5");

    assertThat(response(LambdaHandlers.of(new CheckAnswer()).apply(event))).isEqualTo(Map.of("answerCorrect", true));
    assertThat(response(LambdaHandlers.of(new CheckAnswer()).apply(wrong))).isEqualTo(Map.of("answerCorrect", false));
  }

  @Test
  void pre_token_generation_handler_reads_groups_and_writes_claimsOverrideDetails() {
    Map<String, Object> result = LambdaHandlers.of(new TenantClaim()).apply(event("TokenGeneration_Authentication",
        "userAttributes", attributes(), "groupConfiguration", object("groupsToOverride", array("a", "b"),
            "iamRolesToOverride", array(), "preferredRole", null), "clientMetadata", object()));

    assertThat(response(result)).isEqualTo(Map.of("claimsOverrideDetails", Map.of(
        "claimsToAddOrOverride", Map.of("tenant", "acme", "groupCount", "2"),
        "claimsToSuppress", List.of("email"),
        "groupOverrideDetails", Map.of("groupsToOverride", List.of("readers"), "iamRolesToOverride", List.of()))));
  }

  @Test
  void pre_token_generation_v2_handler_reads_scopes_and_writes_claimsAndScopeOverrideDetails() {
    Map<String, Object> result = LambdaHandlers.of(new ScopedAccess()).apply(versionedEvent("2",
        "TokenGeneration_Authentication", "userAttributes", attributes(),
        "groupConfiguration", object("groupsToOverride", array()), "scopes", array("openid", "profile")));

    assertThat(response(result)).isEqualTo(Map.of("claimsAndScopeOverrideDetails", Map.of(
        "idTokenGeneration", Map.of("claimsToAddOrOverride", Map.of("tenant", "acme")),
        "accessTokenGeneration", Map.of("scopesToAdd", List.of("api/read"), "scopesToSuppress", List.of("openid")))));
  }

  @Test
  void migrate_user_handler_writes_the_user_and_a_response_subclass_adds_enableSMSMFA() {
    Map<String, Object> result = LambdaHandlers.of(new Legacy()).apply(event("UserMigration_Authentication",
        "password", "Secret1!", "validationData", object(), "clientMetadata", object()));

    assertThat(response(result)).isEqualTo(Map.of(
        "userAttributes", Map.of("email", "alice@example.com", "email_verified", "true"),
        "finalUserStatus", "CONFIRMED", "messageAction", "SUPPRESS", "desiredDeliveryMediums", List.of("EMAIL"),
        "forceAliasCreation", false, "enableSMSMFA", true));
    assertThatThrownBy(() -> LambdaHandlers.of(new Legacy()).apply(event("UserMigration_Authentication",
        "password", "wrong"))).isInstanceOf(IllegalArgumentException.class).hasMessage("Bad password");
  }

  /* ---- The adapter itself ---- */

  @Test
  void a_lambda_expression_needs_its_event_class() {
    RequestHandler<CognitoUserPoolPreSignUpEvent, CognitoUserPoolPreSignUpEvent> handler = (event, context) -> {
      event.getResponse().setAutoVerifyPhone(true);
      return event;
    };

    Map<String, Object> result = LambdaHandlers.of(handler, CognitoUserPoolPreSignUpEvent.class)
        .apply(event("PreSignUp_AdminCreateUser"));

    assertThat(response(result)).containsEntry("autoVerifyPhone", true);
    assertThatThrownBy(() -> LambdaHandlers.of(handler)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Cannot tell the event type");
  }

  @Test
  void a_map_handler_gets_a_copy_of_the_json_event() {
    RequestHandler<Map<String, Object>, Map<String, Object>> handler = new RequestHandler<>() {
      @Override
      public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        response(event).put("autoConfirmUser", true);
        request(event).clear();
        return event;
      }
    };
    Map<String, Object> event = event("PreSignUp_SignUp", "userAttributes", attributes());

    Map<String, Object> result = LambdaHandlers.of(handler).apply(event);

    assertThat(response(result)).isEqualTo(Map.of("autoConfirmUser", true));
    assertThat(request(event)).containsKey("userAttributes");
    assertThat(response(event)).isEmpty();
  }

  @Test
  void each_call_gets_a_new_context_named_after_the_handler_class() {
    AutoConfirm handler = new AutoConfirm();
    var function = LambdaHandlers.of(handler);

    function.apply(event("PreSignUp_SignUp", "userAttributes", attributes()));
    Context first = handler.context;
    function.apply(event("PreSignUp_SignUp", "userAttributes", attributes()));

    assertThat(first.getFunctionName()).isEqualTo("AutoConfirm");
    assertThat(first.getInvokedFunctionArn()).isEqualTo("arn:aws:lambda:us-east-1:000000000000:function:AutoConfirm");
    assertThat(first.getAwsRequestId()).isNotEqualTo(handler.context.getAwsRequestId());
  }

  @Test
  void a_given_context_is_passed_on_every_call() {
    AutoConfirm handler = new AutoConfirm();
    FakeLambdaContext context = FakeLambdaContext.forFunction("arn:aws:lambda:eu-west-1:123456789012:function:signup");

    LambdaHandlers.of(handler, CognitoUserPoolPreSignUpEvent.class, context)
        .apply(event("PreSignUp_SignUp", "userAttributes", attributes()));

    assertThat(handler.context).isSameAs(context);
  }

  @Test
  void fake_context_answers_every_call_without_null() {
    FakeLambdaContext context = FakeLambdaContext.forFunction("arn:aws:lambda:eu-west-1:123456789012:function:signup");
    FakeLambdaContext named = FakeLambdaContext.forFunction("signup");

    assertThat(context.getFunctionName()).isEqualTo("signup");
    assertThat(context.getInvokedFunctionArn()).isEqualTo("arn:aws:lambda:eu-west-1:123456789012:function:signup");
    assertThat(context.getLogGroupName()).isEqualTo("/aws/lambda/signup");
    assertThat(context.getLogStreamName()).isNotBlank();
    assertThat(context.getFunctionVersion()).isEqualTo("$LATEST");
    assertThat(context.getAwsRequestId()).hasSize(36);
    assertThat(context.getRemainingTimeInMillis()).isEqualTo(5_000);
    assertThat(context.getMemoryLimitInMB()).isEqualTo(128);
    assertThat(context.getIdentity().getIdentityId()).isEmpty();
    assertThat(context.getClientContext().getClient().getAppTitle()).isEmpty();
    assertThat(context.getClientContext().getCustom()).isEmpty();
    assertThat(context.getLogger()).isNotNull();
    assertThat(named.getInvokedFunctionArn()).isEqualTo("arn:aws:lambda:us-east-1:000000000000:function:signup");
  }

  @Test
  void a_handler_returning_null_makes_the_function_return_null() {
    RequestHandler<CognitoUserPoolPreSignUpEvent, CognitoUserPoolPreSignUpEvent> handler = (event, context) -> null;

    assertThat(LambdaHandlers.of(handler, CognitoUserPoolPreSignUpEvent.class).apply(event("PreSignUp_SignUp")))
        .isNull();
  }

  @Test
  void a_field_of_the_wrong_shape_is_reported_with_its_path() {
    Map<String, Object> event = event("PreSignUp_SignUp", "userAttributes", "not an object");

    assertThatThrownBy(() -> LambdaHandlers.of(new AutoConfirm()).apply(event))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot read event.request.userAttributes (String) as Map");
  }

  @Test
  void a_handler_may_return_a_different_object_than_it_got() {
    AtomicReference<CognitoUserPoolPreSignUpEvent> seen = new AtomicReference<>();
    RequestHandler<CognitoUserPoolPreSignUpEvent, Object> handler = (event, context) -> {
      seen.set(event);
      Map<String, Object> out = new HashMap<>();
      out.put("response", Map.of("autoConfirmUser", true));
      return out;
    };

    Map<String, Object> result = LambdaHandlers.of(handler, CognitoUserPoolPreSignUpEvent.class)
        .apply(event("PreSignUp_SignUp", "userAttributes", attributes()));

    assertThat(seen.get().getRequest().getUserAttributes()).containsEntry("email", "alice@example.com");
    assertThat(response(result)).isEqualTo(Map.of("autoConfirmUser", true));
    assertThat(request(result)).containsKey("userAttributes");
  }
}
