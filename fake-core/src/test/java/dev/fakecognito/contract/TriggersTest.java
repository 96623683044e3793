package dev.fakecognito.contract;

import static dev.fakecognito.testing.Transport.clientFor;
import static dev.fakecognito.testing.Fixtures.PASSWORD;
import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.attribute;
import static dev.fakecognito.testing.Fixtures.client;
import static dev.fakecognito.testing.Fixtures.confirmedUser;
import static dev.fakecognito.testing.Fixtures.fake;
import static dev.fakecognito.testing.Fixtures.pool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreSignUpEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreTokenGenerationEventV2;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.fakecognito.FakeCognito;
import dev.fakecognito.internal.util.ModelSupport;
import dev.fakecognito.recording.SentMessage;
import dev.fakecognito.triggers.ChallengeResult;
import dev.fakecognito.triggers.CreateAuthChallengeResponse;
import dev.fakecognito.triggers.CustomMessageResponse;
import dev.fakecognito.triggers.DefineAuthChallengeResponse;
import dev.fakecognito.triggers.GroupConfiguration;
import dev.fakecognito.triggers.PostAuthenticationEvent;
import dev.fakecognito.triggers.PostConfirmationEvent;
import dev.fakecognito.triggers.PreAuthenticationEvent;
import dev.fakecognito.triggers.PreSignUpEvent;
import dev.fakecognito.triggers.PreSignUpResponse;
import dev.fakecognito.triggers.PreTokenGenerationEvent;
import dev.fakecognito.triggers.PreTokenGenerationResponse;
import dev.fakecognito.triggers.PreTokenGenerationResponse.ClaimsOverrideDetails;
import dev.fakecognito.triggers.PreTokenGenerationV2Event;
import dev.fakecognito.triggers.PreTokenGenerationV2Response;
import dev.fakecognito.triggers.PreTokenGenerationV2Response.AccessTokenGeneration;
import dev.fakecognito.triggers.PreTokenGenerationV2Response.ClaimsAndScopeOverrideDetails;
import dev.fakecognito.triggers.Triggers;
import dev.fakecognito.triggers.UserMigrationEvent;
import dev.fakecognito.triggers.UserMigrationResponse;
import dev.fakecognito.triggers.VerifyAuthChallengeResponseResponse;
import dev.fakecognito.triggers.lambda.LambdaHandlers;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LambdaConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreTokenGenerationLambdaVersionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreTokenGenerationVersionConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserLambdaValidationException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/** Lambda triggers registered through the typed handlers and the aws-lambda-java-events adapter. */
class TriggersTest {

  private static final String ARN = "arn:aws:lambda:us-east-1:123456789012:function:trigger";
  private static final String DEFINE = "arn:aws:lambda:us-east-1:123456789012:function:define";
  private static final String CREATE = "arn:aws:lambda:us-east-1:123456789012:function:create";
  private static final String VERIFY = "arn:aws:lambda:us-east-1:123456789012:function:verify";

  private final FakeCognito fake = fake();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);

  private String poolWith(Consumer<LambdaConfigType.Builder> triggers) {
    return poolWith(triggers, r -> {});
  }

  private String poolWith(Consumer<LambdaConfigType.Builder> triggers, Consumer<CreateUserPoolRequest.Builder> more) {
    return pool(cognito, r -> more.accept(r.lambdaConfig(triggers)));
  }

  /**
   * A pre token generation trigger with event version 2. No builder-consumer lambda and no method
   * of this class names a type SDKs before 2.21 lack: JUnit lists the class's methods on every SDK.
   */
  private static Consumer<LambdaConfigType.Builder> preTokenGenerationV2(String arn) {
    return l -> l.preTokenGenerationConfig(PreTokenGenerationVersionConfigType.builder().lambdaArn(arn)
        .lambdaVersion(PreTokenGenerationLambdaVersionType.V2_0).build());
  }

  private SignUpResponse signUp(String clientId, String username, AttributeType... attributes) {
    return cognito.signUp(r -> r.clientId(clientId).username(username).password(PASSWORD).userAttributes(attributes));
  }

  private InitiateAuthResponse signIn(String clientId, String username, String password) {
    return cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", username, "PASSWORD", password)));
  }

  /* ---- Pre sign-up ---- */

  @Test
  void pre_sign_up_auto_confirm_confirms_the_user_at_SignUp_without_sending_a_code() {
    String poolId = poolWith(l -> l.preSignUp(ARN), r -> r.autoVerifiedAttributes(VerifiedAttributeType.EMAIL));
    String clientId = client(cognito, poolId).clientId();
    fake.registerLambda(ARN, Triggers.preSignUp(event -> PreSignUpResponse.autoConfirm()));

    SignUpResponse response = signUp(clientId, "alice", attribute("email", "alice@example.com"));

    assertThat(response.userConfirmed()).isTrue();
    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")).userStatus())
        .isEqualTo(UserStatusType.CONFIRMED);
    assertThat(fake.outbox().messages()).isEmpty();
  }

  @Test
  void pre_sign_up_auto_verify_email_marks_the_email_verified() {
    String poolId = poolWith(l -> l.preSignUp(ARN));
    String clientId = client(cognito, poolId).clientId();
    fake.registerLambda(ARN, Triggers.preSignUp(event -> PreSignUpResponse.autoConfirm().withAutoVerifyEmail(true)));

    signUp(clientId, "alice", attribute("email", "alice@example.com"));

    AdminGetUserResponse user = cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice"));
    assertThat(user.userAttributes()).contains(attribute("email_verified", "true"));
  }

  @Test
  void pre_sign_up_sees_the_attributes_validation_data_and_client_metadata_of_SignUp() {
    String poolId = poolWith(l -> l.preSignUp(ARN));
    String clientId = client(cognito, poolId).clientId();
    List<PreSignUpEvent> events = new CopyOnWriteArrayList<>();
    fake.registerLambda(ARN, Triggers.preSignUp(event -> {
      events.add(event);
      return PreSignUpResponse.none();
    }));

    cognito.signUp(r -> r.clientId(clientId).username("alice").password(PASSWORD)
        .userAttributes(attribute("email", "alice@example.com"))
        .validationData(attribute("captcha", "ok")).clientMetadata(Map.of("source", "web")));

    PreSignUpEvent event = events.get(0);
    assertThat(event.triggerSource()).isEqualTo("PreSignUp_SignUp");
    assertThat(event.userPoolId()).isEqualTo(poolId);
    assertThat(event.clientId()).isEqualTo(clientId);
    assertThat(event.userName()).isEqualTo("alice");
    assertThat(event.userAttributes()).containsEntry("email", "alice@example.com");
    assertThat(event.validationData()).isEqualTo(Map.of("captcha", "ok"));
    assertThat(event.clientMetadata()).isEqualTo(Map.of("source", "web"));
  }

  @Test
  void pre_sign_up_that_throws_fails_SignUp_with_UserLambdaValidationException_and_creates_no_user() {
    String poolId = poolWith(l -> l.preSignUp(ARN));
    String clientId = client(cognito, poolId).clientId();
    fake.registerLambda(ARN, Triggers.preSignUp(event -> {
      throw new IllegalArgumentException("Apikey non valida!");
    }));

    assertCognitoError(() -> signUp(clientId, "alice"), UserLambdaValidationException.class,
        "PreSignUp failed with error Apikey non valida!.");
    assertCognitoError(() -> cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")),
        UserNotFoundException.class, "User does not exist.");
  }

  @Test
  void pre_sign_up_for_AdminCreateUser_has_its_own_source_and_its_auto_confirm_is_ignored() {
    String poolId = poolWith(l -> l.preSignUp(ARN));
    List<PreSignUpEvent> events = new CopyOnWriteArrayList<>();
    fake.registerLambda(ARN, Triggers.preSignUp(event -> {
      events.add(event);
      return PreSignUpResponse.autoConfirm();
    }));

    cognito.adminCreateUser(r -> r.userPoolId(poolId).username("alice").messageAction("SUPPRESS")
        .clientMetadata(Map.of("k", "v")));

    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")).userStatus())
        .isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
    assertThat(events).singleElement().satisfies(event -> {
      assertThat(event.triggerSource()).isEqualTo("PreSignUp_AdminCreateUser");
      assertThat(event.clientId()).isEqualTo("CLIENT_ID_NOT_APPLICABLE");
      assertThat(event.clientMetadata()).isEqualTo(Map.of("k", "v"));
    });
  }

  @Test
  void pre_sign_up_as_a_real_lambda_handler_class_confirms_the_user() {
    String poolId = poolWith(l -> l.preSignUp(ARN));
    String clientId = client(cognito, poolId).clientId();
    fake.registerLambda(ARN, LambdaHandlers.of(new AutoConfirmFunction()));

    SignUpResponse response = signUp(clientId, "alice", attribute("email", "alice@example.com"));

    assertThat(response.userConfirmed()).isTrue();
    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")).userAttributes())
        .contains(attribute("email_verified", "true"));
  }

  static final class AutoConfirmFunction
      implements RequestHandler<CognitoUserPoolPreSignUpEvent, CognitoUserPoolPreSignUpEvent> {
    @Override
    public CognitoUserPoolPreSignUpEvent handleRequest(CognitoUserPoolPreSignUpEvent event, Context context) {
      event.getResponse().setAutoConfirmUser(true);
      event.getResponse().setAutoVerifyEmail(event.getRequest().getUserAttributes().containsKey("email"));
      return event;
    }
  }

  /* ---- Post confirmation ---- */

  @Test
  void post_confirmation_runs_after_ConfirmSignUp_with_the_confirmed_user() {
    String poolId = poolWith(l -> l.postConfirmation(ARN), r -> r.autoVerifiedAttributes(VerifiedAttributeType.EMAIL));
    String clientId = client(cognito, poolId).clientId();
    List<PostConfirmationEvent> events = new CopyOnWriteArrayList<>();
    fake.registerLambda(ARN, Triggers.postConfirmation(events::add));
    signUp(clientId, "alice", attribute("email", "alice@example.com"));
    String code = fake.outbox().lastCode(poolId, "alice").orElseThrow();

    cognito.confirmSignUp(r -> r.clientId(clientId).username("alice").confirmationCode(code)
        .clientMetadata(Map.of("k", "v")));

    assertThat(events).singleElement().satisfies(event -> {
      assertThat(event.triggerSource()).isEqualTo("PostConfirmation_ConfirmSignUp");
      assertThat(event.userAttributes()).containsEntry("email", "alice@example.com")
          .containsEntry("cognito:user_status", "CONFIRMED");
      assertThat(event.clientMetadata()).isEqualTo(Map.of("k", "v"));
    });
  }

  @Test
  void post_confirmation_that_throws_fails_ConfirmSignUp_with_UserLambdaValidationException() {
    String poolId = poolWith(l -> l.postConfirmation(ARN), r -> r.autoVerifiedAttributes(VerifiedAttributeType.EMAIL));
    String clientId = client(cognito, poolId).clientId();
    fake.registerLambda(ARN, Triggers.postConfirmation(event -> {
      throw new IllegalStateException("CRM is down");
    }));
    signUp(clientId, "alice", attribute("email", "alice@example.com"));
    String code = fake.outbox().lastCode(poolId, "alice").orElseThrow();

    assertCognitoError(() -> cognito.confirmSignUp(r -> r.clientId(clientId).username("alice").confirmationCode(code)),
        UserLambdaValidationException.class, "PostConfirmation failed with error CRM is down.");
  }

  /* ---- Pre and post authentication ---- */

  @Test
  void pre_authentication_gets_the_InitiateAuth_client_metadata_as_validation_data() {
    String poolId = poolWith(l -> l.preAuthentication(ARN));
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");
    List<PreAuthenticationEvent> events = new CopyOnWriteArrayList<>();
    fake.registerLambda(ARN, Triggers.preAuthentication(events::add));

    InitiateAuthResponse response = cognito.initiateAuth(r -> r.clientId(clientId)
        .authFlow(AuthFlowType.USER_PASSWORD_AUTH).authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD))
        .clientMetadata(Map.of("ip", "192.0.2.1")));

    assertThat(response.authenticationResult().accessToken()).isNotBlank();
    assertThat(events).singleElement().satisfies(event -> {
      assertThat(event.triggerSource()).isEqualTo("PreAuthentication_Authentication");
      assertThat(event.clientId()).isEqualTo(clientId);
      assertThat(event.validationData()).isEqualTo(Map.of("ip", "192.0.2.1"));
    });
  }

  @Test
  void pre_authentication_that_throws_fails_InitiateAuth_with_UserLambdaValidationException() {
    String poolId = poolWith(l -> l.preAuthentication(ARN));
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");
    fake.registerLambda(ARN, Triggers.preAuthentication(event -> {
      throw new IllegalStateException("Wrong clientId");
    }));

    assertCognitoError(() -> signIn(clientId, "alice", PASSWORD), UserLambdaValidationException.class,
        "PreAuthentication failed with error Wrong clientId.");
  }

  @Test
  void post_authentication_runs_once_the_password_is_accepted() {
    String poolId = poolWith(l -> l.postAuthentication(ARN));
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");
    List<PostAuthenticationEvent> events = new CopyOnWriteArrayList<>();
    fake.registerLambda(ARN, Triggers.postAuthentication(events::add));

    assertCognitoError(() -> signIn(clientId, "alice", "Wr0ng-password"), NotAuthorizedException.class,
        "Incorrect username or password.");
    signIn(clientId, "alice", PASSWORD);

    assertThat(events).singleElement().satisfies(event -> {
      assertThat(event.triggerSource()).isEqualTo("PostAuthentication_Authentication");
      assertThat(event.userName()).isEqualTo("alice");
      assertThat(event.newDeviceUsed()).isFalse();
    });
  }

  @Test
  void post_authentication_that_throws_fails_the_sign_in_with_UserLambdaValidationException() {
    String poolId = poolWith(l -> l.postAuthentication(ARN));
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");
    fake.registerLambda(ARN, Triggers.postAuthentication(event -> {
      throw new IllegalStateException("Audit log unavailable");
    }));

    assertCognitoError(() -> signIn(clientId, "alice", PASSWORD), UserLambdaValidationException.class,
        "PostAuthentication failed with error Audit log unavailable.");
  }

  /* ---- Custom message ---- */

  @Test
  void custom_message_replaces_the_sign_up_message_and_the_code_is_filled_in() {
    String poolId = poolWith(l -> l.customMessage(ARN), r -> r.autoVerifiedAttributes(VerifiedAttributeType.EMAIL));
    String clientId = client(cognito, poolId).clientId();
    fake.registerLambda(ARN, Triggers.customMessage(event -> event.triggerSource().equals("CustomMessage_SignUp")
        ? new CustomMessageResponse(null, "Welcome " + event.userName() + ", your code is " + event.codeParameter(),
            "Welcome")
        : CustomMessageResponse.none()));

    signUp(clientId, "alice", attribute("email", "alice@example.com"));

    SentMessage sent = fake.outbox().messages().get(0);
    assertThat(sent.message()).isEqualTo("Welcome alice, your code is " + sent.code());
    assertThat(fake.triggerInvocations()).singleElement().satisfies(invocation -> {
      assertThat(invocation.triggerSource()).isEqualTo("CustomMessage_SignUp");
      assertThat(invocation.request()).containsEntry("codeParameter", "{####}");
    });
  }

  /* ---- User migration ---- */

  @Test
  void user_migration_creates_a_confirmed_user_on_the_first_password_sign_in() {
    String poolId = poolWith(l -> l.userMigration(ARN));
    String clientId = client(cognito, poolId).clientId();
    List<UserMigrationEvent> events = new CopyOnWriteArrayList<>();
    fake.registerLambda(ARN, Triggers.userMigration(event -> {
      events.add(event);
      return UserMigrationResponse.confirmed(Map.of("email", "alice@example.com", "email_verified", "true"));
    }));

    InitiateAuthResponse response = signIn(clientId, "alice", PASSWORD);

    assertThat(response.authenticationResult().idToken()).isNotBlank();
    assertThat(events).singleElement().satisfies(event -> {
      assertThat(event.triggerSource()).isEqualTo("UserMigration_Authentication");
      assertThat(event.userName()).isEqualTo("alice");
      assertThat(event.password()).isEqualTo(PASSWORD);
    });
    AdminGetUserResponse user = cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice"));
    assertThat(user.userStatus()).isEqualTo(UserStatusType.CONFIRMED);
    assertThat(user.userAttributes()).contains(attribute("email", "alice@example.com"));
  }

  @Test
  void user_migration_that_throws_fails_the_sign_in_and_creates_no_user() {
    String poolId = poolWith(l -> l.userMigration(ARN));
    String clientId = client(cognito, poolId).clientId();
    fake.registerLambda(ARN, Triggers.userMigration(event -> {
      throw new IllegalArgumentException("Bad password");
    }));

    assertCognitoError(() -> signIn(clientId, "alice", PASSWORD), UserLambdaValidationException.class,
        "UserMigration failed with error Bad password.");
    assertCognitoError(() -> cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")),
        UserNotFoundException.class, "User does not exist.");
  }

  /* ---- Pre token generation ---- */

  @Test
  void pre_token_generation_adds_and_suppresses_id_token_claims_and_replaces_the_groups() throws ParseException {
    String poolId = poolWith(l -> l.preTokenGeneration(ARN));
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"));
    cognito.createGroup(r -> r.userPoolId(poolId).groupName("admins"));
    cognito.adminAddUserToGroup(r -> r.userPoolId(poolId).username("alice").groupName("admins"));
    List<PreTokenGenerationEvent> events = new CopyOnWriteArrayList<>();
    fake.registerLambda(ARN, Triggers.preTokenGeneration(event -> {
      events.add(event);
      return PreTokenGenerationResponse.of(new ClaimsOverrideDetails(Map.of("tenant", "acme"), List.of("email"),
          GroupConfiguration.groups("readers")));
    }));

    AuthenticationResultType tokens = signIn(clientId, "alice", PASSWORD).authenticationResult();

    JWTClaimsSet id = SignedJWT.parse(tokens.idToken()).getJWTClaimsSet();
    JWTClaimsSet access = SignedJWT.parse(tokens.accessToken()).getJWTClaimsSet();
    assertThat(id.getStringClaim("tenant")).isEqualTo("acme");
    assertThat(id.getClaim("email")).isNull();
    assertThat(id.getStringListClaim("cognito:groups")).containsExactly("readers");
    assertThat(access.getStringListClaim("cognito:groups")).containsExactly("readers");
    assertThat(access.getClaim("tenant")).isNull();
    assertThat(events).singleElement().satisfies(event -> {
      assertThat(event.triggerSource()).isEqualTo("TokenGeneration_Authentication");
      assertThat(event.groupConfiguration().groupsToOverride()).containsExactly("admins");
      assertThat(event.userAttributes()).containsEntry("email", "alice@example.com");
    });
  }

  @Test
  void pre_token_generation_v2_changes_access_token_claims_and_scopes() throws ParseException {
    assumeTrue(ModelSupport.PRE_TOKEN_GENERATION_CONFIG, "needs SDK 2.21+ (PreTokenGenerationConfig)");
    String poolId = poolWith(preTokenGenerationV2(ARN));
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");
    List<PreTokenGenerationV2Event> events = new CopyOnWriteArrayList<>();
    fake.registerLambda(ARN, Triggers.preTokenGenerationV2(event -> {
      events.add(event);
      return PreTokenGenerationV2Response.of(new ClaimsAndScopeOverrideDetails(null, new AccessTokenGeneration(
          Map.of("plan", "gold"), List.of(), List.of("orders/read"), List.of()), null));
    }));

    AuthenticationResultType tokens = signIn(clientId, "alice", PASSWORD).authenticationResult();

    JWTClaimsSet access = SignedJWT.parse(tokens.accessToken()).getJWTClaimsSet();
    assertThat(access.getStringClaim("plan")).isEqualTo("gold");
    assertThat(access.getStringClaim("scope")).isEqualTo("aws.cognito.signin.user.admin orders/read");
    assertThat(SignedJWT.parse(tokens.idToken()).getJWTClaimsSet().getClaim("plan")).isNull();
    assertThat(events).singleElement().satisfies(event -> {
      assertThat(event.version()).isEqualTo("2");
      assertThat(event.scopes()).containsExactly("aws.cognito.signin.user.admin");
    });
  }

  @Test
  void pre_token_generation_v2_as_a_real_lambda_handler_class_changes_the_id_token() throws ParseException {
    assumeTrue(ModelSupport.PRE_TOKEN_GENERATION_CONFIG, "needs SDK 2.21+ (PreTokenGenerationConfig)");
    String poolId = poolWith(preTokenGenerationV2(ARN));
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");
    fake.registerLambda(ARN, LambdaHandlers.of(new TenantFunction()));

    AuthenticationResultType tokens = signIn(clientId, "alice", PASSWORD).authenticationResult();

    assertThat(SignedJWT.parse(tokens.idToken()).getJWTClaimsSet().getStringClaim("tenant")).isEqualTo("acme");
  }

  static final class TenantFunction implements
      RequestHandler<CognitoUserPoolPreTokenGenerationEventV2, CognitoUserPoolPreTokenGenerationEventV2> {
    @Override
    public CognitoUserPoolPreTokenGenerationEventV2 handleRequest(CognitoUserPoolPreTokenGenerationEventV2 event,
        Context context) {
      event.setResponse(CognitoUserPoolPreTokenGenerationEventV2.Response.builder()
          .withClaimsAndScopeOverrideDetails(CognitoUserPoolPreTokenGenerationEventV2.ClaimsAndScopeOverrideDetails
              .builder().withIdTokenGeneration(CognitoUserPoolPreTokenGenerationEventV2.IdTokenGeneration.builder()
                  .withClaimsToAddOrOverride(Map.of("tenant", "acme")).build()).build())
          .build());
      return event;
    }
  }

  @Test
  void pre_token_generation_that_throws_fails_the_sign_in_with_UserLambdaValidationException() {
    String poolId = poolWith(l -> l.preTokenGeneration(ARN));
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");
    fake.registerLambda(ARN, Triggers.preTokenGeneration(event -> {
      throw new IllegalStateException("No tenant");
    }));

    assertCognitoError(() -> signIn(clientId, "alice", PASSWORD), UserLambdaValidationException.class,
        "PreTokenGeneration failed with error No tenant.");
  }

  /* ---- Custom authentication ---- */

  @Test
  void custom_auth_with_typed_handlers_issues_tokens_for_the_right_answer() {
    String poolId = poolWith(l -> l.defineAuthChallenge(DEFINE).createAuthChallenge(CREATE)
        .verifyAuthChallengeResponse(VERIFY));
    String clientId = client(cognito, poolId, r -> r.explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_CUSTOM_AUTH,
        ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)).clientId();
    confirmedUser(cognito, poolId, "alice");
    List<List<ChallengeResult>> sessions = new CopyOnWriteArrayList<>();
    fake.registerLambda(DEFINE, Triggers.defineAuthChallenge(event -> {
      sessions.add(event.session());
      return event.session().isEmpty() ? DefineAuthChallengeResponse.challenge("CUSTOM_CHALLENGE")
          : event.session().get(event.session().size() - 1).challengeResult() ? DefineAuthChallengeResponse.succeed()
          : DefineAuthChallengeResponse.fail();
    }));
    fake.registerLambda(CREATE, Triggers.createAuthChallenge(event -> new CreateAuthChallengeResponse(
        Map.of("question", "2 + 2"), Map.of("answer", "4"), "ARITHMETIC")));
    fake.registerLambda(VERIFY, Triggers.verifyAuthChallengeResponse(event -> new VerifyAuthChallengeResponseResponse(
        event.challengeAnswer().equals(event.privateChallengeParameters().get("answer")))));

    InitiateAuthResponse challenge = cognito.initiateAuth(r -> r.clientId(clientId)
        .authFlow(AuthFlowType.CUSTOM_AUTH).authParameters(Map.of("USERNAME", "alice")));
    RespondToAuthChallengeResponse tokens = cognito.respondToAuthChallenge(r -> r.clientId(clientId)
        .challengeName(ChallengeNameType.CUSTOM_CHALLENGE).session(challenge.session())
        .challengeResponses(Map.of("USERNAME", "alice", "ANSWER", "4")));

    assertThat(challenge.challengeParameters()).containsEntry("question", "2 + 2");
    assertThat(tokens.authenticationResult().accessToken()).isNotBlank();
    assertThat(sessions).containsExactly(List.of(), List.of(new ChallengeResult("CUSTOM_CHALLENGE", true,
        "ARITHMETIC")));
  }
}
