package dev.fakecognito.assertions;

import static dev.fakecognito.assertions.FakeCognitoAssertions.assertThat;
import static dev.fakecognito.testing.Fixtures.PASSWORD;
import static dev.fakecognito.testing.Fixtures.client;
import static dev.fakecognito.testing.Fixtures.fake;
import static dev.fakecognito.testing.Fixtures.pool;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.triggers.TriggerInvocation;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

class TriggerInvocationAssertTest {

  private static final String ARN = "arn:aws:lambda:us-east-1:123456789012:function:trigger";

  private final FakeCognito fake = fake();
  private final CognitoIdentityProviderClient cognito = fake.client();

  /* ---- Entry points on the fake ---- */

  @Test
  void invoked_picks_the_newest_invocation_of_the_source() {
    String clientId = preSignUpPool();

    signUp(clientId, "alice");
    signUp(clientId, "bob");

    assertThat(fake).invoked("PreSignUp_SignUp").hasUserName("bob").hasClientId(clientId);
  }

  @Test
  void invoked_fails_with_the_sources_that_were_invoked() {
    signUp(preSignUpPool(), "alice");

    assertThatThrownBy(() -> assertThat(fake).invoked("PostConfirmation_ConfirmSignUp"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected a trigger invocation with source PostConfirmation_ConfirmSignUp but the fake invoked "
            + "only [PreSignUp_SignUp]");
  }

  @Test
  void invoked_for_a_user_picks_that_user_newest_invocation() {
    String clientId = preSignUpPool();

    signUp(clientId, "alice");
    signUp(clientId, "bob");

    assertThat(fake).invoked("PreSignUp_SignUp", "alice").hasUserName("alice").hasClientId(clientId);
  }

  @Test
  void invoked_for_a_user_fails_with_the_users_it_was_invoked_for() {
    String clientId = preSignUpPool();
    signUp(clientId, "alice");
    signUp(clientId, "bob");

    assertThatThrownBy(() -> assertThat(fake).invoked("PreSignUp_SignUp", "carol"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected a trigger invocation with source PreSignUp_SignUp for user carol but it was invoked "
            + "only for [alice, bob]");
    assertThatThrownBy(() -> assertThat(fake).invoked("PostConfirmation_ConfirmSignUp", "alice"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected a trigger invocation with source PostConfirmation_ConfirmSignUp for user alice but "
            + "the fake invoked only [PreSignUp_SignUp, PreSignUp_SignUp]");
  }

  @Test
  void invoked_times_counts_every_invocation_of_the_source() {
    String clientId = preSignUpPool();
    signUp(clientId, "alice");
    signUp(clientId, "bob");

    assertThat(fake).invokedTimes("PreSignUp_SignUp", 2).invokedTimes("PostConfirmation_ConfirmSignUp", 0);
    assertThatThrownBy(() -> assertThat(fake).invokedTimes("PreSignUp_SignUp", 1))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected 1 trigger invocation(s) with source PreSignUp_SignUp but there were 2, "
            + "for users [alice, bob]");
  }

  @Test
  void invoked_times_for_a_user_counts_only_that_user() {
    String clientId = preSignUpPool();
    signUp(clientId, "alice");
    signUp(clientId, "bob");
    signUp(clientId, "alice-2");

    assertThat(fake).invokedTimes("PreSignUp_SignUp", "alice", 1).invokedTimes("PreSignUp_SignUp", "carol", 0);
    assertThatThrownBy(() -> assertThat(fake).invokedTimes("PreSignUp_SignUp", "bob", 2))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected 2 trigger invocation(s) with source PreSignUp_SignUp for user bob but there were 1;"
            + " all invocations with that source were for users [alice, bob, alice-2]");
  }

  @Test
  void did_not_invoke_passes_for_another_source_and_fails_for_an_invoked_one() {
    signUp(preSignUpPool(), "alice");

    assertThat(fake).didNotInvoke("PostConfirmation_ConfirmSignUp");
    assertThatThrownBy(() -> assertThat(fake).didNotInvoke("PreSignUp_SignUp"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expected no trigger invocation with source PreSignUp_SignUp but there were 1: ");
  }

  @Test
  void invoked_nothing_passes_for_a_fresh_fake_and_fails_once_a_trigger_ran() {
    assertThat(fake).invokedNothing();
    signUp(preSignUpPool(), "alice");

    assertThatThrownBy(() -> assertThat(fake).invokedNothing())
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected no trigger invocation but the fake invoked [PreSignUp_SignUp]");
  }

  /* ---- One invocation ---- */

  @Test
  void matching_event_and_response_pass() {
    assertThat(invocation(Map.of("autoConfirmUser", true), null))
        .hasUserName("alice")
        .hasClientId("client-1")
        .hasRequestEntry("validationData", Map.of("captcha", "ok"))
        .hasUserAttribute("email", "alice@example.com")
        .hasResponseEntry("autoConfirmUser", true)
        .succeeded();
  }

  @Test
  void other_user_name_fails() {
    assertThatThrownBy(() -> assertThat(invocation(Map.of(), null)).hasUserName("bob"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected PreSignUp_SignUp for user bob but it was for alice");
  }

  @Test
  void other_client_fails() {
    assertThatThrownBy(() -> assertThat(invocation(Map.of(), null)).hasClientId("client-2"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected PreSignUp_SignUp through app client client-2 but it went through client-1");
  }

  @Test
  void missing_request_entry_fails_with_the_fields_there_are() {
    assertThatThrownBy(() -> assertThat(invocation(Map.of(), null)).hasRequestEntry("clientMetadata", Map.of()))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected request of PreSignUp_SignUp to have clientMetadata={} but it has no clientMetadata; "
            + "it has [userAttributes, validationData]");
  }

  @Test
  void other_request_value_fails() {
    assertThatThrownBy(() -> assertThat(invocation(Map.of(), null)).hasRequestEntry("validationData", Map.of()))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected request of PreSignUp_SignUp to have validationData={} but it was {captcha=ok}");
  }

  @Test
  void other_user_attribute_fails() {
    assertThatThrownBy(() -> assertThat(invocation(Map.of(), null)).hasUserAttribute("email", "bob@example.com"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected request.userAttributes of PreSignUp_SignUp to have email=bob@example.com "
            + "but it was alice@example.com");
  }

  @Test
  void other_response_value_fails() {
    assertThatThrownBy(() -> assertThat(invocation(Map.of("autoConfirmUser", false), null))
        .hasResponseEntry("autoConfirmUser", true))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected response of PreSignUp_SignUp to have autoConfirmUser=true but it was false");
  }

  @Test
  void response_entry_of_a_handler_that_threw_fails_with_its_error() {
    assertThatThrownBy(() -> assertThat(invocation(null, "Apikey non valida!")).hasResponseEntry("autoConfirmUser", true))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected PreSignUp_SignUp to return response.autoConfirmUser=true but it returned nothing "
            + "(error: Apikey non valida!)");
  }

  @Test
  void failed_with_passes_for_the_handlers_message() {
    assertThat(invocation(null, "Apikey non valida!")).failedWith("Apikey non valida!");
  }

  @Test
  void failed_with_another_message_fails() {
    assertThatThrownBy(() -> assertThat(invocation(null, "Apikey non valida!")).failedWith("Timeout"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected PreSignUp_SignUp to fail with \"Timeout\" but it failed with \"Apikey non valida!\"");
  }

  @Test
  void failed_with_on_a_success_fails() {
    assertThatThrownBy(() -> assertThat(invocation(Map.of(), null)).failedWith("Timeout"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected PreSignUp_SignUp to fail with \"Timeout\" but it succeeded");
  }

  @Test
  void succeeded_on_a_failure_fails() {
    assertThatThrownBy(() -> assertThat(invocation(null, "Apikey non valida!")).succeeded())
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected PreSignUp_SignUp to succeed but it failed with Apikey non valida!");
  }

  /* ---- Helpers ---- */

  private String preSignUpPool() {
    String poolId = pool(cognito, r -> r.lambdaConfig(l -> l.preSignUp(ARN)));
    fake.registerLambda(ARN, event -> event);
    return client(cognito, poolId).clientId();
  }

  private void signUp(String clientId, String username) {
    cognito.signUp(r -> r.clientId(clientId).username(username).password(PASSWORD));
  }

  /** A pre sign-up invocation that returned {@code response}, or threw with {@code error} if it is null. */
  private static TriggerInvocation invocation(Map<String, Object> response, String error) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("version", "1");
    event.put("triggerSource", "PreSignUp_SignUp");
    event.put("userName", "alice");
    event.put("callerContext", Map.of("clientId", "client-1"));
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("userAttributes", Map.of("email", "alice@example.com"));
    request.put("validationData", Map.of("captcha", "ok"));
    event.put("request", request);
    event.put("response", Map.of());
    Map<String, Object> result = null;
    if (response != null) {
      result = new LinkedHashMap<>(event);
      result.put("response", response);
    }
    return new TriggerInvocation(ARN, "PreSignUp_SignUp", event, result, error);
  }
}
