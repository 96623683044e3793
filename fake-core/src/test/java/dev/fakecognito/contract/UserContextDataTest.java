package dev.fakecognito.contract;

import static dev.fakecognito.testing.Transport.clientFor;
import static dev.fakecognito.testing.Fixtures.PASSWORD;
import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.attribute;
import static dev.fakecognito.testing.Fixtures.client;
import static dev.fakecognito.testing.Fixtures.confirmedUser;
import static dev.fakecognito.testing.Fixtures.pool;
import static dev.fakecognito.testing.Fixtures.secretHash;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.internal.util.ModelSupport;
import dev.fakecognito.recording.RecordedContextData;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminListUserAuthEventsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdvancedSecurityModeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthEventType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeName;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeResponseType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ContextDataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.EventResponseType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.EventType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.HttpHeader;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserContextDataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolAddOnNotEnabledException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

class UserContextDataTest {

  private static final String EMAIL = "alice@example.com";
  private static final String IP = "203.0.113.7";
  private static final String NEW_PASSWORD = "N3w-Passw0rd";
  private static final String TEMPORARY_PASSWORD = "Temp0rary!";

  private record Scenario(FakeCognito fake, String poolId, UserPoolClientType app) {

    CognitoIdentityProviderClient cognito() {
      return clientFor(fake);
    }

    String clientId() {
      return app.clientId();
    }

    String hash(String username) {
      return app.clientSecret() == null ? null : secretHash(app, username);
    }
  }

  /* ---- Unauthenticated operations ---- */

  @ParameterizedTest
  @ValueSource(strings = {"SignUp", "ConfirmSignUp", "ResendConfirmationCode", "ForgotPassword",
      "ConfirmForgotPassword", "InitiateAuth", "RespondToAuthChallenge"})
  void propagating_client_records_the_context_data_as_propagated(String operation) {
    Scenario s = scenario(r -> r.generateSecret(true).enablePropagateAdditionalUserContextData(true));

    prepare(s, operation).accept(userContext(IP));

    assertThat(s.fake().recordedContextData()).last().isEqualTo(
        new RecordedContextData(operation, s.poolId(), s.clientId(), "alice", IP, "fingerprint", true));
  }

  @ParameterizedTest
  @ValueSource(strings = {"SignUp", "ConfirmSignUp", "ResendConfirmationCode", "ForgotPassword",
      "ConfirmForgotPassword", "InitiateAuth", "RespondToAuthChallenge"})
  void client_without_propagation_succeeds_and_records_the_context_data_as_not_propagated(String operation) {
    Scenario s = scenario(r -> r.generateSecret(true));

    prepare(s, operation).accept(userContext(IP));

    assertThat(s.fake().recordedContextData()).last().isEqualTo(
        new RecordedContextData(operation, s.poolId(), s.clientId(), "alice", IP, "fingerprint", false));
  }

  @ParameterizedTest
  @ValueSource(strings = {"SignUp", "ConfirmSignUp", "ResendConfirmationCode", "ForgotPassword",
      "ConfirmForgotPassword", "InitiateAuth", "RespondToAuthChallenge"})
  void malformed_ip_address_throws_InvalidParameterException_and_records_nothing(String operation) {
    Scenario s = scenario(r -> r.generateSecret(true).enablePropagateAdditionalUserContextData(true));
    Consumer<UserContextDataType> call = prepare(s, operation);
    List<RecordedContextData> before = s.fake().recordedContextData();

    assertCognitoError(() -> call.accept(userContext("999.1.1.1")), InvalidParameterException.class,
        "1 validation error detected: Value '999.1.1.1' at 'userContextData.ipAddress' failed to satisfy "
            + "constraint: Member must be a valid IPv4 or IPv6 address");
    assertThat(s.fake().recordedContextData()).isEqualTo(before);
  }

  @Test
  void ip_address_that_is_no_address_at_all_throws_InvalidParameterException_and_creates_no_user() {
    Scenario s = scenario(r -> r.generateSecret(true).enablePropagateAdditionalUserContextData(true));

    assertCognitoError(() -> prepare(s, "SignUp").accept(userContext("not-an-ip")), InvalidParameterException.class,
        "1 validation error detected: Value 'not-an-ip' at 'userContextData.ipAddress' failed to satisfy "
            + "constraint: Member must be a valid IPv4 or IPv6 address");
    assertThat(s.fake().recordedContextData()).isEmpty();
    assertCognitoError(() -> s.cognito().adminGetUser(r -> r.userPoolId(s.poolId()).username("alice")),
        UserNotFoundException.class, "User does not exist.");
  }

  @Test
  void ipv6_address_is_accepted() {
    Scenario s = scenario(r -> r.generateSecret(true).enablePropagateAdditionalUserContextData(true));

    prepare(s, "SignUp").accept(userContext("2001:db8::8a2e:370:7334"));

    assertThat(s.fake().recordedContextData()).singleElement().satisfies(record -> {
      assertThat(record.ipAddress()).isEqualTo("2001:db8::8a2e:370:7334");
      assertThat(record.propagated()).isTrue();
    });
  }

  @Test
  void encoded_data_alone_is_recorded_without_an_ip_address() {
    Scenario s = scenario(r -> r.generateSecret(true).enablePropagateAdditionalUserContextData(true));

    prepare(s, "SignUp").accept(UserContextDataType.builder().encodedData("fingerprint").build());

    assertThat(s.fake().recordedContextData()).singleElement().isEqualTo(
        new RecordedContextData("SignUp", s.poolId(), s.clientId(), "alice", null, "fingerprint", false));
  }

  @Test
  void calls_are_recorded_in_call_order() {
    Scenario s = scenario(r -> r.generateSecret(true).enablePropagateAdditionalUserContextData(true));

    prepare(s, "ConfirmSignUp").accept(userContext(IP));
    s.cognito().initiateAuth(r -> r.clientId(s.clientId()).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD, "SECRET_HASH", s.hash("alice")))
        .userContextData(userContext("198.51.100.1")));

    assertThat(s.fake().recordedContextData())
        .extracting(RecordedContextData::operation, RecordedContextData::ipAddress)
        .containsExactly(tuple("SignUp", null), tuple("ConfirmSignUp", IP), tuple("InitiateAuth", "198.51.100.1"));
  }

  /* ---- Admin operations ---- */

  @Test
  void admin_initiate_auth_records_its_context_data_as_propagated() {
    Scenario s = scenario(r -> r.generateSecret(true));
    confirmedUser(s.cognito(), s.poolId(), "alice");

    s.cognito().adminInitiateAuth(r -> r.userPoolId(s.poolId()).clientId(s.clientId())
        .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD, "SECRET_HASH", s.hash("alice")))
        .contextData(serverContext(IP)));

    assertThat(s.fake().recordedContextData()).singleElement().isEqualTo(
        new RecordedContextData("AdminInitiateAuth", s.poolId(), s.clientId(), "alice", IP, "fingerprint", true));
  }

  @Test
  void admin_respond_to_auth_challenge_records_its_context_data_as_propagated() {
    Scenario s = scenario(r -> r.generateSecret(true));
    s.cognito().adminCreateUser(r -> r.userPoolId(s.poolId()).username("alice").temporaryPassword(TEMPORARY_PASSWORD)
        .messageAction("SUPPRESS"));
    String session = s.cognito().adminInitiateAuth(r -> r.userPoolId(s.poolId()).clientId(s.clientId())
        .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", "alice", "PASSWORD", TEMPORARY_PASSWORD, "SECRET_HASH", s.hash("alice"))))
        .session();

    s.cognito().adminRespondToAuthChallenge(r -> r.userPoolId(s.poolId()).clientId(s.clientId())
        .challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED).session(session)
        .challengeResponses(Map.of("USERNAME", "alice", "NEW_PASSWORD", NEW_PASSWORD, "SECRET_HASH", s.hash("alice")))
        .contextData(serverContext(IP)));

    assertThat(s.fake().recordedContextData()).last().isEqualTo(new RecordedContextData(
        "AdminRespondToAuthChallenge", s.poolId(), s.clientId(), "alice", IP, "fingerprint", true));
  }

  @Test
  void admin_context_data_without_a_required_member_throws_InvalidParameterException() {
    Scenario s = scenario(r -> {});
    confirmedUser(s.cognito(), s.poolId(), "alice");
    ContextDataType incomplete = serverContext(IP).toBuilder().serverName(null).build();

    assertCognitoError(() -> s.cognito().adminInitiateAuth(r -> r.userPoolId(s.poolId()).clientId(s.clientId())
            .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
            .authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD)).contextData(incomplete)),
        InvalidParameterException.class, "1 validation error detected: Value null at 'contextData.serverName' "
            + "failed to satisfy constraint: Member must not be null");
    assertThat(s.fake().recordedContextData()).isEmpty();
  }

  @Test
  void admin_context_data_with_a_malformed_ip_address_throws_InvalidParameterException() {
    Scenario s = scenario(r -> {});
    confirmedUser(s.cognito(), s.poolId(), "alice");

    assertCognitoError(() -> s.cognito().adminInitiateAuth(r -> r.userPoolId(s.poolId()).clientId(s.clientId())
            .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
            .authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD)).contextData(serverContext("not-an-ip"))),
        InvalidParameterException.class, "1 validation error detected: Value 'not-an-ip' at 'contextData.ipAddress' "
            + "failed to satisfy constraint: Member must be a valid IPv4 or IPv6 address");
    assertThat(s.fake().recordedContextData()).isEmpty();
  }

  /* ---- AdminListUserAuthEvents ---- */

  @Test
  void auth_events_list_sign_up_sign_ins_and_forgot_password_newest_first() {
    assumeTrue(ModelSupport.EVENT_RESPONSE_PASS_FAIL, "needs SDK 2.18+ (EventResponseType Pass and Fail)");
    Scenario s = auditScenario(r -> r.generateSecret(true).enablePropagateAdditionalUserContextData(true));
    prepare(s, "SignUp").accept(userContext(IP));
    String code = s.fake().outbox().lastCode(s.poolId(), "alice").orElseThrow();
    s.cognito().confirmSignUp(r -> r.clientId(s.clientId()).username("alice").confirmationCode(code)
        .secretHash(s.hash("alice")));
    s.fake().clock().advance(Duration.ofMinutes(1));
    assertCognitoError(() -> signIn(s, "Wr0ng-Passw0rd"), NotAuthorizedException.class, "Incorrect username or password.");
    s.fake().clock().advance(Duration.ofMinutes(1));
    signIn(s, PASSWORD);
    s.fake().clock().advance(Duration.ofMinutes(1));
    s.cognito().forgotPassword(r -> r.clientId(s.clientId()).username("alice").secretHash(s.hash("alice"))
        .userContextData(userContext(IP)));

    List<AuthEventType> events = listEvents(s).authEvents();

    assertThat(events).extracting(AuthEventType::eventType, AuthEventType::eventResponse).containsExactly(
        tuple(EventType.FORGOT_PASSWORD, EventResponseType.PASS),
        tuple(EventType.SIGN_IN, EventResponseType.PASS),
        tuple(EventType.SIGN_IN, EventResponseType.FAIL),
        tuple(EventType.SIGN_UP, EventResponseType.PASS));
    assertThat(events).extracting(event -> event.eventContextData().ipAddress()).containsOnly(IP);
    assertThat(events).extracting(AuthEventType::creationDate).isSortedAccordingTo((a, b) -> b.compareTo(a));
    assertThat(events).extracting(AuthEventType::eventId).doesNotHaveDuplicates();
  }

  @Test
  void sign_in_events_carry_the_password_check_outcome() {
    Scenario s = auditScenario(r -> r.generateSecret(true).enablePropagateAdditionalUserContextData(true));
    confirmedUser(s.cognito(), s.poolId(), "alice");
    assertCognitoError(() -> signIn(s, "Wr0ng-Passw0rd"), NotAuthorizedException.class, "Incorrect username or password.");
    signIn(s, PASSWORD);

    List<AuthEventType> events = listEvents(s).authEvents();

    assertThat(events.get(0).challengeResponses()).containsExactly(ChallengeResponseType.builder()
        .challengeName(ChallengeName.PASSWORD).challengeResponse(ChallengeResponse.SUCCESS).build());
    assertThat(events.get(1).challengeResponses()).containsExactly(ChallengeResponseType.builder()
        .challengeName(ChallengeName.PASSWORD).challengeResponse(ChallengeResponse.FAILURE).build());
  }

  @Test
  void event_ip_address_is_null_when_the_client_does_not_propagate_it() {
    Scenario s = auditScenario(r -> r.generateSecret(true));
    confirmedUser(s.cognito(), s.poolId(), "alice");

    signIn(s, PASSWORD);

    assertThat(listEvents(s).authEvents()).singleElement()
        .satisfies(event -> assertThat(event.eventContextData().ipAddress()).isNull());
  }

  @Test
  void admin_sign_in_event_carries_the_context_data_ip_address() {
    Scenario s = auditScenario(r -> {});
    confirmedUser(s.cognito(), s.poolId(), "alice");

    s.cognito().adminInitiateAuth(r -> r.userPoolId(s.poolId()).clientId(s.clientId())
        .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD)).contextData(serverContext(IP)));

    assertThat(listEvents(s).authEvents()).singleElement()
        .satisfies(event -> assertThat(event.eventContextData().ipAddress()).isEqualTo(IP));
  }

  @Test
  void auth_events_are_paged_with_max_results_and_next_token() {
    Scenario s = auditScenario(r -> r.generateSecret(true));
    confirmedUser(s.cognito(), s.poolId(), "alice");
    for (int i = 0; i < 3; i++) {
      signIn(s, PASSWORD);
    }

    AdminListUserAuthEventsResponse first = s.cognito().adminListUserAuthEvents(r -> r.userPoolId(s.poolId())
        .username("alice").maxResults(2));
    AdminListUserAuthEventsResponse second = s.cognito().adminListUserAuthEvents(r -> r.userPoolId(s.poolId())
        .username("alice").maxResults(2).nextToken(first.nextToken()));

    assertThat(first.authEvents()).hasSize(2);
    assertThat(first.nextToken()).isNotNull();
    assertThat(second.authEvents()).hasSize(1);
    assertThat(second.nextToken()).isNull();
    assertThat(second.authEvents().get(0).eventId())
        .isNotIn(first.authEvents().get(0).eventId(), first.authEvents().get(1).eventId());
  }

  @Test
  void pool_without_advanced_security_throws_UserPoolAddOnNotEnabledException() {
    Scenario s = scenario(r -> {});
    confirmedUser(s.cognito(), s.poolId(), "alice");

    assertCognitoError(() -> listEvents(s), UserPoolAddOnNotEnabledException.class,
        "Advanced security features are not enabled for this user pool.");
  }

  @Test
  void auth_events_of_an_unknown_user_throw_UserNotFoundException() {
    Scenario s = auditScenario(r -> {});

    assertCognitoError(() -> listEvents(s), UserNotFoundException.class, "User does not exist.");
  }

  /* ---- Helpers ---- */

  private static Scenario scenario(Consumer<CreateUserPoolClientRequest.Builder> settings) {
    FakeCognito fake = FakeCognito.create();
    String poolId = pool(clientFor(fake), r -> r.autoVerifiedAttributes(VerifiedAttributeType.EMAIL));
    return new Scenario(fake, poolId, client(clientFor(fake), poolId, settings));
  }

  private static Scenario auditScenario(Consumer<CreateUserPoolClientRequest.Builder> settings) {
    FakeCognito fake = FakeCognito.create();
    String poolId = pool(clientFor(fake), r -> r.autoVerifiedAttributes(VerifiedAttributeType.EMAIL)
        .userPoolAddOns(a -> a.advancedSecurityMode(AdvancedSecurityModeType.AUDIT)));
    return new Scenario(fake, poolId, client(clientFor(fake), poolId, settings));
  }

  // Brings alice to the state the operation needs, then returns the call under test.
  private static Consumer<UserContextDataType> prepare(Scenario s, String operation) {
    CognitoIdentityProviderClient cognito = s.cognito();
    String clientId = s.clientId();
    String hash = s.hash("alice");
    switch (operation) {
      case "SignUp":
        return data -> cognito.signUp(r -> r.clientId(clientId).username("alice").password(PASSWORD)
            .secretHash(hash).userAttributes(attribute("email", EMAIL)).userContextData(data));
      case "ConfirmSignUp": {
        prepare(s, "SignUp").accept(null);
        String code = s.fake().outbox().lastCode(s.poolId(), "alice").orElseThrow();
        return data -> cognito.confirmSignUp(r -> r.clientId(clientId).username("alice").confirmationCode(code)
            .secretHash(hash).userContextData(data));
      }
      case "ResendConfirmationCode":
        prepare(s, "SignUp").accept(null);
        return data -> cognito.resendConfirmationCode(r -> r.clientId(clientId).username("alice")
            .secretHash(hash).userContextData(data));
      case "ForgotPassword":
        confirmedUser(cognito, s.poolId(), "alice", attribute("email", EMAIL), attribute("email_verified", "true"));
        return data -> cognito.forgotPassword(r -> r.clientId(clientId).username("alice")
            .secretHash(hash).userContextData(data));
      case "ConfirmForgotPassword": {
        prepare(s, "ForgotPassword").accept(null);
        String code = s.fake().outbox().lastCode(s.poolId(), "alice").orElseThrow();
        return data -> cognito.confirmForgotPassword(r -> r.clientId(clientId).username("alice")
            .confirmationCode(code).password(NEW_PASSWORD).secretHash(hash).userContextData(data));
      }
      case "InitiateAuth":
        confirmedUser(cognito, s.poolId(), "alice");
        return data -> cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
            .authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD, "SECRET_HASH", hash))
            .userContextData(data));
      case "RespondToAuthChallenge": {
        cognito.adminCreateUser(r -> r.userPoolId(s.poolId()).username("alice")
            .temporaryPassword(TEMPORARY_PASSWORD).messageAction("SUPPRESS"));
        String session = cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
            .authParameters(Map.of("USERNAME", "alice", "PASSWORD", TEMPORARY_PASSWORD, "SECRET_HASH", hash)))
            .session();
        return data -> {
          cognito.respondToAuthChallenge(r -> r.clientId(clientId).challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED)
              .session(session).userContextData(data)
              .challengeResponses(Map.of("USERNAME", "alice", "NEW_PASSWORD", NEW_PASSWORD, "SECRET_HASH", hash)));
          assertThat(cognito.adminGetUser(r -> r.userPoolId(s.poolId()).username("alice")).userStatus())
              .isEqualTo(UserStatusType.CONFIRMED);
        };
      }
      default:
        throw new IllegalArgumentException(operation);
    }
  }

  private static void signIn(Scenario s, String password) {
    s.cognito().initiateAuth(r -> r.clientId(s.clientId()).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", "alice", "PASSWORD", password, "SECRET_HASH", s.hash("alice")))
        .userContextData(userContext(IP)));
  }

  private static AdminListUserAuthEventsResponse listEvents(Scenario s) {
    return s.cognito().adminListUserAuthEvents(r -> r.userPoolId(s.poolId()).username("alice"));
  }

  private static UserContextDataType userContext(String ip) {
    return UserContextDataType.builder().ipAddress(ip).encodedData("fingerprint").build();
  }

  private static ContextDataType serverContext(String ip) {
    return ContextDataType.builder().ipAddress(ip).serverName("app.example.com").serverPath("/login")
        .httpHeaders(HttpHeader.builder().headerName("User-Agent").headerValue("test").build())
        .encodedData("fingerprint").build();
  }
}
