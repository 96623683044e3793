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

import dev.fakecognito.triggers.PreTokenGenerationResponse.ClaimsOverrideDetails;
import dev.fakecognito.triggers.PreTokenGenerationV2Response.AccessTokenGeneration;
import dev.fakecognito.triggers.PreTokenGenerationV2Response.ClaimsAndScopeOverrideDetails;
import dev.fakecognito.triggers.PreTokenGenerationV2Response.IdTokenGeneration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

class TriggersTest {

  /* ---- Pre sign-up ---- */

  @Test
  void pre_sign_up_reads_attributes_validation_data_and_client_metadata() {
    AtomicReference<PreSignUpEvent> seen = new AtomicReference<>();
    Map<String, Object> event = event("PreSignUp_SignUp", "userAttributes", attributes(),
        "validationData", object("captcha", "ok"), "clientMetadata", object("source", "web"));

    Triggers.preSignUp(e -> {
      seen.set(e);
      return PreSignUpResponse.none();
    }).apply(event);

    assertThat(seen.get()).isEqualTo(new PreSignUpEvent("PreSignUp_SignUp", "us-east-1", POOL_ID, "alice", CLIENT_ID,
        attributeStrings(), Map.of("captcha", "ok"), Map.of("source", "web")));
  }

  @Test
  void pre_sign_up_writes_autoConfirmUser_autoVerifyEmail_and_autoVerifyPhone() {
    Map<String, Object> result = Triggers.preSignUp(e -> PreSignUpResponse.autoConfirm().withAutoVerifyEmail(true))
        .apply(event("PreSignUp_SignUp", "userAttributes", attributes()));

    assertThat(response(result)).containsExactly(
        Map.entry("autoConfirmUser", true), Map.entry("autoVerifyEmail", true), Map.entry("autoVerifyPhone", false));
  }

  @Test
  void response_keeps_the_rest_of_the_event_and_leaves_the_input_alone() {
    Map<String, Object> event = event("PreSignUp_SignUp", "userAttributes", attributes());
    Map<String, Object> before = new HashMap<>(event);

    Map<String, Object> result = Triggers.preSignUp(e -> PreSignUpResponse.autoConfirm().withAutoVerifyPhone(true))
        .apply(event);

    assertThat(result).containsAllEntriesOf(Map.of("version", "1", "triggerSource", "PreSignUp_SignUp",
        "userName", "alice", "userPoolId", POOL_ID, "request", request(event)));
    assertThat(response(result)).containsEntry("autoVerifyPhone", true);
    assertThat(event).isEqualTo(before);
    assertThat(response(event)).isEmpty();
  }

  /* ---- Post confirmation, pre and post authentication ---- */

  @Test
  void post_confirmation_reads_the_request_and_returns_the_event_as_it_was() {
    AtomicReference<PostConfirmationEvent> seen = new AtomicReference<>();
    Map<String, Object> event = event("PostConfirmation_ConfirmForgotPassword", "userAttributes", attributes(),
        "clientMetadata", object("k", "v"));

    Map<String, Object> result = Triggers.postConfirmation(seen::set).apply(event);

    assertThat(seen.get()).isEqualTo(new PostConfirmationEvent("PostConfirmation_ConfirmForgotPassword", "us-east-1",
        POOL_ID, "alice", CLIENT_ID, attributeStrings(), Map.of("k", "v")));
    assertThat(result).isEqualTo(event);
  }

  @Test
  void pre_authentication_reads_validation_data_and_userNotFound() {
    AtomicReference<PreAuthenticationEvent> seen = new AtomicReference<>();

    Map<String, Object> result = Triggers.preAuthentication(seen::set).apply(event(
        "PreAuthentication_Authentication", "userAttributes", attributes(), "validationData", object("ip", "1.2.3.4"),
        "userNotFound", true));

    assertThat(seen.get()).isEqualTo(new PreAuthenticationEvent("PreAuthentication_Authentication", "us-east-1",
        POOL_ID, "alice", CLIENT_ID, attributeStrings(), Map.of("ip", "1.2.3.4"), true));
    assertThat(response(result)).isEmpty();
  }

  @Test
  void post_authentication_reads_newDeviceUsed_and_client_metadata() {
    AtomicReference<PostAuthenticationEvent> seen = new AtomicReference<>();

    Triggers.postAuthentication(seen::set).apply(event("PostAuthentication_Authentication",
        "userAttributes", attributes(), "newDeviceUsed", true, "clientMetadata", object("k", "v")));

    assertThat(seen.get()).isEqualTo(new PostAuthenticationEvent("PostAuthentication_Authentication", "us-east-1",
        POOL_ID, "alice", CLIENT_ID, attributeStrings(), true, Map.of("k", "v")));
  }

  /* ---- Custom message ---- */

  @Test
  void custom_message_reads_the_placeholders_and_writes_smsMessage_emailMessage_and_emailSubject() {
    AtomicReference<CustomMessageEvent> seen = new AtomicReference<>();
    Map<String, Object> event = event("CustomMessage_AdminCreateUser", "userAttributes", attributes(),
        "codeParameter", "{####}", "linkParameter", "{##Click Here##}", "usernameParameter", "{username}",
        "clientMetadata", object());

    Map<String, Object> result = Triggers.customMessage(e -> {
      seen.set(e);
      return new CustomMessageResponse("SMS " + e.codeParameter(), "Mail " + e.codeParameter(), "Welcome");
    }).apply(event);

    assertThat(seen.get()).isEqualTo(new CustomMessageEvent("CustomMessage_AdminCreateUser", "us-east-1", POOL_ID,
        "alice", CLIENT_ID, attributeStrings(), "{####}", "{##Click Here##}", "{username}", Map.of()));
    assertThat(response(result)).containsExactly(Map.entry("smsMessage", "SMS {####}"),
        Map.entry("emailMessage", "Mail {####}"), Map.entry("emailSubject", "Welcome"));
  }

  @Test
  void custom_message_leaves_out_the_texts_it_does_not_set() {
    Map<String, Object> event = event("CustomMessage_SignUp", "userAttributes", attributes(),
        "codeParameter", "{####}", "usernameParameter", null);
    AtomicReference<CustomMessageEvent> seen = new AtomicReference<>();

    Map<String, Object> result = Triggers.customMessage(e -> {
      seen.set(e);
      return new CustomMessageResponse(null, "Code {####}", null);
    }).apply(event);

    assertThat(seen.get().usernameParameter()).isNull();
    assertThat(seen.get().linkParameter()).isNull();
    assertThat(response(result)).containsExactly(Map.entry("emailMessage", "Code {####}"));
    assertThat(response(Triggers.customMessage(e -> CustomMessageResponse.none()).apply(event))).isEmpty();
  }

  /* ---- Custom authentication ---- */

  @Test
  void define_auth_challenge_reads_the_session_and_writes_challengeName_issueTokens_and_failAuthentication() {
    AtomicReference<DefineAuthChallengeEvent> seen = new AtomicReference<>();
    Map<String, Object> event = event("DefineAuthChallenge_Authentication", "userAttributes", attributes(),
        "session", array(object("challengeName", "SRP_A", "challengeResult", true, "challengeMetadata", null),
            object("challengeName", "CUSTOM_CHALLENGE", "challengeResult", false, "challengeMetadata", "ROUND_1")),
        "clientMetadata", object("k", "v"), "userNotFound", false);

    Map<String, Object> result = Triggers.defineAuthChallenge(e -> {
      seen.set(e);
      return DefineAuthChallengeResponse.challenge("CUSTOM_CHALLENGE");
    }).apply(event);

    assertThat(seen.get()).isEqualTo(new DefineAuthChallengeEvent("DefineAuthChallenge_Authentication", "us-east-1",
        POOL_ID, "alice", CLIENT_ID, attributeStrings(), List.of(new ChallengeResult("SRP_A", true, null),
            new ChallengeResult("CUSTOM_CHALLENGE", false, "ROUND_1")), Map.of("k", "v"), false));
    assertThat(response(result)).containsExactly(Map.entry("challengeName", "CUSTOM_CHALLENGE"),
        Map.entry("issueTokens", false), Map.entry("failAuthentication", false));
  }

  @Test
  void define_auth_challenge_succeed_and_fail_set_issueTokens_and_failAuthentication() {
    Map<String, Object> event = event("DefineAuthChallenge_Authentication", "session", array());

    Map<String, Object> succeed = Triggers.defineAuthChallenge(e -> DefineAuthChallengeResponse.succeed()).apply(event);
    Map<String, Object> fail = Triggers.defineAuthChallenge(e -> DefineAuthChallengeResponse.fail()).apply(event);

    assertThat(response(succeed)).isEqualTo(Map.of("issueTokens", true, "failAuthentication", false));
    assertThat(response(fail)).isEqualTo(Map.of("issueTokens", false, "failAuthentication", true));
  }

  @Test
  void create_auth_challenge_reads_the_challenge_and_writes_its_parameters_and_metadata() {
    AtomicReference<CreateAuthChallengeEvent> seen = new AtomicReference<>();
    Map<String, Object> event = event("CreateAuthChallenge_Authentication", "userAttributes", attributes(),
        "challengeName", "CUSTOM_CHALLENGE", "session", array(), "clientMetadata", object(), "userNotFound", true);

    Map<String, Object> result = Triggers.createAuthChallenge(e -> {
      seen.set(e);
      return new CreateAuthChallengeResponse(Map.of("question", "2 + 2"), Map.of("answer", "4"), "ROUND_1");
    }).apply(event);

    assertThat(seen.get()).isEqualTo(new CreateAuthChallengeEvent("CreateAuthChallenge_Authentication", "us-east-1",
        POOL_ID, "alice", CLIENT_ID, attributeStrings(), "CUSTOM_CHALLENGE", List.of(), Map.of(), true));
    assertThat(response(result)).containsExactly(Map.entry("publicChallengeParameters", Map.of("question", "2 + 2")),
        Map.entry("privateChallengeParameters", Map.of("answer", "4")), Map.entry("challengeMetadata", "ROUND_1"));
  }

  @Test
  void verify_auth_challenge_response_reads_the_answer_and_writes_answerCorrect() {
    AtomicReference<VerifyAuthChallengeResponseEvent> seen = new AtomicReference<>();
    Map<String, Object> event = event("VerifyAuthChallengeResponse_Authentication", "userAttributes", attributes(),
        "privateChallengeParameters", object("answer", "4"), "challengeAnswer", "4",
        "clientMetadata", object("k", "v"), "userNotFound", false);

    Map<String, Object> result = Triggers.verifyAuthChallengeResponse(e -> {
      seen.set(e);
      return new VerifyAuthChallengeResponseResponse(e.challengeAnswer().equals(e.privateChallengeParameters().get(
          "answer")));
    }).apply(event);

    assertThat(seen.get()).isEqualTo(new VerifyAuthChallengeResponseEvent("VerifyAuthChallengeResponse_Authentication",
        "us-east-1", POOL_ID, "alice", CLIENT_ID, attributeStrings(), Map.of("answer", "4"), "4", Map.of("k", "v"),
        false));
    assertThat(response(result)).isEqualTo(Map.of("answerCorrect", true));
  }

  /* ---- Pre token generation ---- */

  @Test
  void pre_token_generation_reads_the_group_configuration_and_writes_claimsOverrideDetails() {
    AtomicReference<PreTokenGenerationEvent> seen = new AtomicReference<>();
    Map<String, Object> event = event("TokenGeneration_Authentication", "userAttributes", attributes(),
        "groupConfiguration", object("groupsToOverride", array("admins"), "iamRolesToOverride", array("arn:role"),
            "preferredRole", "arn:role"), "clientMetadata", object());

    Map<String, Object> result = Triggers.preTokenGeneration(e -> {
      seen.set(e);
      return PreTokenGenerationResponse.of(new ClaimsOverrideDetails(Map.of("tenant", "acme"), List.of("email"),
          new GroupConfiguration(List.of("readers"), List.of(), "arn:reader")));
    }).apply(event);

    assertThat(seen.get()).isEqualTo(new PreTokenGenerationEvent("TokenGeneration_Authentication", "us-east-1",
        POOL_ID, "alice", CLIENT_ID, attributeStrings(),
        new GroupConfiguration(List.of("admins"), List.of("arn:role"), "arn:role"), Map.of()));
    assertThat(response(result)).isEqualTo(Map.of("claimsOverrideDetails", Map.of(
        "claimsToAddOrOverride", Map.of("tenant", "acme"),
        "claimsToSuppress", List.of("email"),
        "groupOverrideDetails", Map.of("groupsToOverride", List.of("readers"), "iamRolesToOverride", List.of(),
            "preferredRole", "arn:reader"))));
  }

  @Test
  void pre_token_generation_without_changes_leaves_the_response_empty_and_keeps_the_groups() {
    Map<String, Object> event = event("TokenGeneration_RefreshTokens", "userAttributes", attributes());

    Map<String, Object> none = Triggers.preTokenGeneration(e -> PreTokenGenerationResponse.none()).apply(event);
    Map<String, Object> keepGroups = Triggers.preTokenGeneration(e -> PreTokenGenerationResponse.of(
        new ClaimsOverrideDetails(Map.of(), List.of(), null))).apply(event);
    Map<String, Object> noGroups = Triggers.preTokenGeneration(e -> PreTokenGenerationResponse.of(
        new ClaimsOverrideDetails(Map.of(), List.of(), GroupConfiguration.groups()))).apply(event);

    assertThat(response(none)).isEmpty();
    assertThat(response(keepGroups)).isEqualTo(Map.of("claimsOverrideDetails",
        Map.of("claimsToAddOrOverride", Map.of(), "claimsToSuppress", List.of())));
    assertThat(response(noGroups)).extracting("claimsOverrideDetails").extracting("groupOverrideDetails")
        .isEqualTo(Map.of("groupsToOverride", List.of(), "iamRolesToOverride", List.of()));
  }

  @Test
  void pre_token_generation_v2_reads_version_and_scopes_and_writes_claimsAndScopeOverrideDetails() {
    AtomicReference<PreTokenGenerationV2Event> seen = new AtomicReference<>();
    Map<String, Object> event = versionedEvent("2", "TokenGeneration_Authentication", "userAttributes", attributes(),
        "groupConfiguration", object("groupsToOverride", array(), "iamRolesToOverride", array()),
        "scopes", array("openid", "aws.cognito.signin.user.admin"), "clientMetadata", object());

    Map<String, Object> result = Triggers.preTokenGenerationV2(e -> {
      seen.set(e);
      return PreTokenGenerationV2Response.of(new ClaimsAndScopeOverrideDetails(
          new IdTokenGeneration(Map.of("tenant", "acme"), List.of("email")),
          new AccessTokenGeneration(Map.of("roles", List.of("reader"), "level", 3), List.of("username"),
              List.of("api/read"), List.of("openid")),
          GroupConfiguration.groups("admins")));
    }).apply(event);

    assertThat(seen.get()).isEqualTo(new PreTokenGenerationV2Event("TokenGeneration_Authentication", "us-east-1",
        POOL_ID, "alice", CLIENT_ID, "2", attributeStrings(), new GroupConfiguration(List.of(), List.of(), null),
        List.of("openid", "aws.cognito.signin.user.admin"), Map.of()));
    assertThat(response(result)).isEqualTo(Map.of("claimsAndScopeOverrideDetails", Map.of(
        "idTokenGeneration", Map.of("claimsToAddOrOverride", Map.of("tenant", "acme"),
            "claimsToSuppress", List.of("email")),
        "accessTokenGeneration", Map.of("claimsToAddOrOverride", Map.of("roles", List.of("reader"), "level", 3),
            "claimsToSuppress", List.of("username"), "scopesToAdd", List.of("api/read"),
            "scopesToSuppress", List.of("openid")),
        "groupOverrideDetails", Map.of("groupsToOverride", List.of("admins"), "iamRolesToOverride", List.of()))));
  }

  @Test
  void pre_token_generation_v2_leaves_out_the_tokens_it_does_not_change() {
    Map<String, Object> result = Triggers.preTokenGenerationV2(e -> PreTokenGenerationV2Response.of(
        new ClaimsAndScopeOverrideDetails(new IdTokenGeneration(Map.of("a", "b"), List.of()), null, null)))
        .apply(versionedEvent("3", "TokenGeneration_ClientCredentials", "scopes", array("api/read")));

    assertThat(response(result)).isEqualTo(Map.of("claimsAndScopeOverrideDetails", Map.of(
        "idTokenGeneration", Map.of("claimsToAddOrOverride", Map.of("a", "b"), "claimsToSuppress", List.of()))));
    assertThat(response(Triggers.preTokenGenerationV2(e -> PreTokenGenerationV2Response.none())
        .apply(versionedEvent("2", "TokenGeneration_Authentication")))).isEmpty();
  }

  /* ---- User migration ---- */

  @Test
  void user_migration_reads_the_password_and_writes_every_response_field() {
    AtomicReference<UserMigrationEvent> seen = new AtomicReference<>();
    Map<String, Object> event = event("UserMigration_Authentication", "password", "Secret1!",
        "validationData", object("ip", "1.2.3.4"), "clientMetadata", object());

    Map<String, Object> result = Triggers.userMigration(e -> {
      seen.set(e);
      return new UserMigrationResponse(Map.of("email", "alice@example.com"), UserStatusType.CONFIRMED,
          MessageActionType.RESEND, List.of(DeliveryMediumType.EMAIL, DeliveryMediumType.SMS), true, true);
    }).apply(event);

    assertThat(seen.get()).isEqualTo(new UserMigrationEvent("UserMigration_Authentication", "us-east-1", POOL_ID,
        "alice", CLIENT_ID, "Secret1!", Map.of("ip", "1.2.3.4"), Map.of()));
    assertThat(response(result)).containsExactly(Map.entry("userAttributes", Map.of("email", "alice@example.com")),
        Map.entry("finalUserStatus", "CONFIRMED"), Map.entry("messageAction", "RESEND"),
        Map.entry("desiredDeliveryMediums", List.of("EMAIL", "SMS")), Map.entry("forceAliasCreation", true),
        Map.entry("enableSMSMFA", true));
  }

  @Test
  void user_migration_for_forgot_password_has_no_password_and_leaves_out_empty_delivery_mediums() {
    AtomicReference<UserMigrationEvent> seen = new AtomicReference<>();

    Map<String, Object> result = Triggers.userMigration(e -> {
      seen.set(e);
      return UserMigrationResponse.resetRequired(Map.of("email", "alice@example.com"));
    }).apply(event("UserMigration_ForgotPassword", "validationData", object(), "clientMetadata", object()));

    assertThat(seen.get().password()).isNull();
    assertThat(response(result)).isEqualTo(Map.of("userAttributes", Map.of("email", "alice@example.com"),
        "finalUserStatus", "RESET_REQUIRED", "messageAction", "SUPPRESS", "forceAliasCreation", false,
        "enableSMSMFA", false));
  }

  /* ---- Edge cases ---- */

  @Test
  void missing_fields_read_as_empty_values() {
    AtomicReference<DefineAuthChallengeEvent> seen = new AtomicReference<>();

    Triggers.defineAuthChallenge(e -> {
      seen.set(e);
      return DefineAuthChallengeResponse.succeed();
    }).apply(Map.of("triggerSource", "DefineAuthChallenge_Authentication"));

    assertThat(seen.get()).isEqualTo(new DefineAuthChallengeEvent("DefineAuthChallenge_Authentication", "", "", "",
        "", Map.of(), List.of(), Map.of(), false));
  }

  @Test
  void strings_and_string_booleans_are_read_leniently() {
    AtomicReference<PostAuthenticationEvent> seen = new AtomicReference<>();

    Triggers.postAuthentication(seen::set).apply(event("PostAuthentication_Authentication",
        "userAttributes", object("custom:age", 42, "email_verified", true), "newDeviceUsed", "true"));

    assertThat(seen.get().userAttributes()).isEqualTo(Map.of("custom:age", "42", "email_verified", "true"));
    assertThat(seen.get().newDeviceUsed()).isTrue();
  }

  @Test
  void event_records_hold_unmodifiable_copies() {
    Map<String, String> attributes = new HashMap<>(Map.of("email", "a@example.com"));
    PreSignUpEvent event = new PreSignUpEvent("PreSignUp_SignUp", "us-east-1", POOL_ID, "alice", CLIENT_ID,
        attributes, null, Map.of());

    attributes.put("name", "Alice");

    assertThat(event.userAttributes()).containsOnlyKeys("email");
    assertThat(event.validationData()).isEmpty();
    assertThatThrownBy(() -> event.userAttributes().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void a_handler_exception_goes_through_unchanged() {
    IllegalStateException failure = new IllegalStateException("Apikey non valida!");

    assertThatThrownBy(() -> Triggers.preSignUp(e -> {
      throw failure;
    }).apply(event("PreSignUp_SignUp"))).isSameAs(failure);
  }

  @Test
  void a_handler_returning_null_makes_the_function_return_null() {
    Map<String, Object> result = Triggers.customMessage(e -> null).apply(event("CustomMessage_SignUp"));

    assertThat(result).isNull();
  }
}
