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
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.fakecognito.FakeCognito;
import dev.fakecognito.recording.SentMessage;
import dev.fakecognito.triggers.lambda.LambdaHandlers;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LambdaConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreTokenGenerationLambdaVersionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserLambdaValidationException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/**
 * Trigger functions written for AWS Lambda against aws-lambda-java-events, plugged in through
 * LambdaHandlers and driven through the SDK.
 */
class LambdaHandlerClassesTest {

  private static final String ARN = "arn:aws:lambda:us-east-1:123456789012:function:trigger";
  private static final String DEFINE = "arn:aws:lambda:us-east-1:123456789012:function:define";
  private static final String CREATE = "arn:aws:lambda:us-east-1:123456789012:function:create";
  private static final String VERIFY = "arn:aws:lambda:us-east-1:123456789012:function:verify";

  private final FakeCognito fake = fake();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);

  /* ---- Pre sign-up ---- */

  static final class ExampleDomainOnly
      implements RequestHandler<CognitoUserPoolPreSignUpEvent, CognitoUserPoolPreSignUpEvent> {
    @Override
    public CognitoUserPoolPreSignUpEvent handleRequest(CognitoUserPoolPreSignUpEvent event, Context context) {
      String email = event.getRequest().getUserAttributes().get("email");
      if (email == null || !email.endsWith("@example.com")) {
        throw new IllegalArgumentException("Only example.com addresses may sign up");
      }
      event.getResponse().setAutoConfirmUser(true);
      event.getResponse().setAutoVerifyEmail(true);
      return event;
    }
  }

  @Test
  void pre_sign_up_class_confirms_example_com_users_and_rejects_the_rest() {
    String poolId = poolWith(l -> l.preSignUp(ARN));
    String clientId = client(cognito, poolId).clientId();
    fake.registerLambda(ARN, LambdaHandlers.of(new ExampleDomainOnly()));

    boolean confirmed = cognito.signUp(r -> r.clientId(clientId).username("alice").password(PASSWORD)
        .userAttributes(attribute("email", "alice@example.com"))).userConfirmed();

    assertThat(confirmed).isTrue();
    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")).userAttributes())
        .contains(attribute("email_verified", "true"));
    assertCognitoError(() -> cognito.signUp(r -> r.clientId(clientId).username("mallory").password(PASSWORD)
        .userAttributes(attribute("email", "mallory@example.org"))), UserLambdaValidationException.class,
        "PreSignUp failed with error Only example.com addresses may sign up.");
  }

  /* ---- Post confirmation ---- */

  static final class WelcomeList
      implements RequestHandler<CognitoUserPoolPostConfirmationEvent, CognitoUserPoolPostConfirmationEvent> {
    final List<String> welcomed = new CopyOnWriteArrayList<>();

    @Override
    public CognitoUserPoolPostConfirmationEvent handleRequest(CognitoUserPoolPostConfirmationEvent event,
        Context context) {
      welcomed.add(event.getRequest().getUserAttributes().get("email") + " after " + event.getTriggerSource());
      return event;
    }
  }

  @Test
  void post_confirmation_class_sees_the_user_confirmed_by_ConfirmSignUp() {
    String poolId = poolWith(l -> l.postConfirmation(ARN), r -> r.autoVerifiedAttributes(VerifiedAttributeType.EMAIL));
    String clientId = client(cognito, poolId).clientId();
    WelcomeList handler = new WelcomeList();
    fake.registerLambda(ARN, LambdaHandlers.of(handler));
    cognito.signUp(r -> r.clientId(clientId).username("alice").password(PASSWORD)
        .userAttributes(attribute("email", "alice@example.com")));
    String code = fake.outbox().lastCode(poolId, "alice").orElseThrow();

    cognito.confirmSignUp(r -> r.clientId(clientId).username("alice").confirmationCode(code));

    assertThat(handler.welcomed).containsExactly("alice@example.com after PostConfirmation_ConfirmSignUp");
  }

  /* ---- Pre authentication ---- */

  static final class BlockedApp
      implements RequestHandler<CognitoUserPoolPreAuthenticationEvent, CognitoUserPoolPreAuthenticationEvent> {
    private final String blockedClientId;

    BlockedApp(String blockedClientId) {
      this.blockedClientId = blockedClientId;
    }

    @Override
    public CognitoUserPoolPreAuthenticationEvent handleRequest(CognitoUserPoolPreAuthenticationEvent event,
        Context context) {
      if (event.getCallerContext().getClientId().equals(blockedClientId)) {
        throw new IllegalStateException("This app is blocked");
      }
      return event;
    }
  }

  @Test
  void pre_authentication_class_rejects_sign_ins_through_a_blocked_app_client() {
    String poolId = poolWith(l -> l.preAuthentication(ARN));
    String allowed = client(cognito, poolId).clientId();
    String blocked = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");
    fake.registerLambda(ARN, LambdaHandlers.of(new BlockedApp(blocked)));

    assertThat(signIn(allowed, "alice", PASSWORD).authenticationResult()).isNotNull();
    assertCognitoError(() -> signIn(blocked, "alice", PASSWORD), UserLambdaValidationException.class,
        "PreAuthentication failed with error This app is blocked.");
  }

  /* ---- Post authentication ---- */

  static final class SignInLog
      implements RequestHandler<CognitoUserPoolPostAuthenticationEvent, CognitoUserPoolPostAuthenticationEvent> {
    final List<String> entries = new CopyOnWriteArrayList<>();

    @Override
    public CognitoUserPoolPostAuthenticationEvent handleRequest(CognitoUserPoolPostAuthenticationEvent event,
        Context context) {
      entries.add(event.getUserName() + " new device: " + event.getRequest().getNewDeviceUsed());
      return event;
    }
  }

  @Test
  void post_authentication_class_logs_a_sign_in_that_issued_a_new_device() {
    String poolId = poolWith(l -> l.postAuthentication(ARN), r -> r.deviceConfiguration(d -> d
        .challengeRequiredOnNewDevice(false).deviceOnlyRememberedOnUserPrompt(false)));
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");
    SignInLog handler = new SignInLog();
    fake.registerLambda(ARN, LambdaHandlers.of(handler));

    signIn(clientId, "alice", PASSWORD);

    assertThat(handler.entries).containsExactly("alice new device: true");
  }

  /* ---- Custom message ---- */

  static final class BrandedReset
      implements RequestHandler<CognitoUserPoolCustomMessageEvent, CognitoUserPoolCustomMessageEvent> {
    @Override
    public CognitoUserPoolCustomMessageEvent handleRequest(CognitoUserPoolCustomMessageEvent event, Context context) {
      if (event.getTriggerSource().equals("CustomMessage_ForgotPassword")) {
        event.getResponse().setEmailSubject("Reset your Acme password");
        event.getResponse().setEmailMessage("Acme: reset your password with " + event.getRequest().getCodeParameter());
      }
      return event;
    }
  }

  @Test
  void custom_message_class_rewrites_the_reset_email_and_its_code_still_works() {
    String poolId = poolWith(l -> l.customMessage(ARN));
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"), attribute("email_verified", "true"));
    fake.registerLambda(ARN, LambdaHandlers.of(new BrandedReset()));

    cognito.forgotPassword(r -> r.clientId(clientId).username("alice"));
    SentMessage sent = fake.outbox().messages().get(0);
    cognito.confirmForgotPassword(r -> r.clientId(clientId).username("alice").confirmationCode(sent.code())
        .password("N3w-passw0rd"));

    assertThat(sent.message()).isEqualTo("Acme: reset your password with " + sent.code());
    assertThat(signIn(clientId, "alice", "N3w-passw0rd").authenticationResult()).isNotNull();
  }

  /* ---- Define, create and verify auth challenge ---- */

  static final class OneQuestion
      implements RequestHandler<CognitoUserPoolDefineAuthChallengeEvent, CognitoUserPoolDefineAuthChallengeEvent> {
    @Override
    public CognitoUserPoolDefineAuthChallengeEvent handleRequest(CognitoUserPoolDefineAuthChallengeEvent event,
        Context context) {
      CognitoUserPoolDefineAuthChallengeEvent.ChallengeResult[] session = event.getRequest().getSession();
      if (session.length == 0) {
        event.getResponse().setChallengeName("CUSTOM_CHALLENGE");
      } else if (session[session.length - 1].getChallengeResult()) {
        event.getResponse().setIssueTokens(true);
      } else {
        event.getResponse().setFailAuthentication(true);
      }
      return event;
    }
  }

  static final class CapitalQuestion
      implements RequestHandler<CognitoUserPoolCreateAuthChallengeEvent, CognitoUserPoolCreateAuthChallengeEvent> {
    @Override
    public CognitoUserPoolCreateAuthChallengeEvent handleRequest(CognitoUserPoolCreateAuthChallengeEvent event,
        Context context) {
      event.getResponse().setPublicChallengeParameters(Map.of("question", "Capital of France?"));
      event.getResponse().setPrivateChallengeParameters(Map.of("answer", "Paris"));
      event.getResponse().setChallengeMetadata("CAPITAL");
      return event;
    }
  }

  static final class CompareAnswer implements RequestHandler<CognitoUserPoolVerifyAuthChallengeResponseEvent,
      CognitoUserPoolVerifyAuthChallengeResponseEvent> {
    @Override
    public CognitoUserPoolVerifyAuthChallengeResponseEvent handleRequest(
        CognitoUserPoolVerifyAuthChallengeResponseEvent event, Context context) {
      String expected = event.getRequest().getPrivateChallengeParameters().get("answer");
      event.getResponse().setAnswerCorrect(expected.equalsIgnoreCase(event.getRequest().getChallengeAnswer()));
      return event;
    }
  }

  @Test
  void custom_auth_classes_issue_tokens_for_the_right_answer_and_fail_the_wrong_one() {
    String poolId = poolWith(l -> l.defineAuthChallenge(DEFINE).createAuthChallenge(CREATE)
        .verifyAuthChallengeResponse(VERIFY));
    String clientId = client(cognito, poolId, r -> r.explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_CUSTOM_AUTH,
        ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)).clientId();
    confirmedUser(cognito, poolId, "alice");
    fake.registerLambda(DEFINE, LambdaHandlers.of(new OneQuestion()));
    fake.registerLambda(CREATE, LambdaHandlers.of(new CapitalQuestion()));
    fake.registerLambda(VERIFY, LambdaHandlers.of(new CompareAnswer()));

    InitiateAuthResponse first = customAuth(clientId);
    RespondToAuthChallengeResponse tokens = answer(clientId, first.session(), "paris");
    InitiateAuthResponse second = customAuth(clientId);

    assertThat(first.challengeParameters()).containsEntry("question", "Capital of France?");
    assertThat(tokens.authenticationResult().accessToken()).isNotBlank();
    assertCognitoError(() -> answer(clientId, second.session(), "Lyon"), NotAuthorizedException.class,
        "Incorrect username or password.");
  }

  /* ---- Pre token generation ---- */

  static final class TenantClaims
      implements RequestHandler<CognitoUserPoolPreTokenGenerationEvent, CognitoUserPoolPreTokenGenerationEvent> {
    @Override
    public CognitoUserPoolPreTokenGenerationEvent handleRequest(CognitoUserPoolPreTokenGenerationEvent event,
        Context context) {
      event.setResponse(CognitoUserPoolPreTokenGenerationEvent.Response.builder()
          .withClaimsOverrideDetails(CognitoUserPoolPreTokenGenerationEvent.ClaimsOverrideDetails.builder()
              .withClaimsToAddOrOverride(Map.of("tenant", "acme"))
              .withClaimsToSuppress(new String[] {"email"})
              .withGroupOverrideDetails(CognitoUserPoolPreTokenGenerationEvent.GroupConfiguration.builder()
                  .withGroupsToOverride(new String[] {"readers"}).build())
              .build())
          .build());
      return event;
    }
  }

  @Test
  void pre_token_generation_class_changes_the_id_token_and_the_groups_of_both_tokens() throws ParseException {
    String poolId = poolWith(l -> l.preTokenGeneration(ARN));
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"));
    fake.registerLambda(ARN, LambdaHandlers.of(new TenantClaims()));

    AuthenticationResultType tokens = signIn(clientId, "alice", PASSWORD).authenticationResult();

    JWTClaimsSet id = SignedJWT.parse(tokens.idToken()).getJWTClaimsSet();
    JWTClaimsSet access = SignedJWT.parse(tokens.accessToken()).getJWTClaimsSet();
    assertThat(id.getStringClaim("tenant")).isEqualTo("acme");
    assertThat(id.getClaim("email")).isNull();
    assertThat(id.getStringListClaim("cognito:groups")).containsExactly("readers");
    assertThat(access.getStringListClaim("cognito:groups")).containsExactly("readers");
    assertThat(access.getClaim("tenant")).isNull();
  }

  static final class OrdersScope implements
      RequestHandler<CognitoUserPoolPreTokenGenerationEventV2, CognitoUserPoolPreTokenGenerationEventV2> {
    @Override
    public CognitoUserPoolPreTokenGenerationEventV2 handleRequest(CognitoUserPoolPreTokenGenerationEventV2 event,
        Context context) {
      event.setResponse(CognitoUserPoolPreTokenGenerationEventV2.Response.builder()
          .withClaimsAndScopeOverrideDetails(CognitoUserPoolPreTokenGenerationEventV2.ClaimsAndScopeOverrideDetails
              .builder()
              .withAccessTokenGeneration(CognitoUserPoolPreTokenGenerationEventV2.AccessTokenGeneration.builder()
                  .withClaimsToAddOrOverride(Map.of("plan", "gold"))
                  .withScopesToAdd(new String[] {"orders/read"})
                  .build())
              .build())
          .build());
      return event;
    }
  }

  @Test
  void pre_token_generation_v2_class_adds_an_access_token_claim_and_scope() throws ParseException {
    String poolId = poolWith(l -> l.preTokenGenerationConfig(c -> c.lambdaArn(ARN)
        .lambdaVersion(PreTokenGenerationLambdaVersionType.V2_0)));
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");
    fake.registerLambda(ARN, LambdaHandlers.of(new OrdersScope()));

    AuthenticationResultType tokens = signIn(clientId, "alice", PASSWORD).authenticationResult();

    JWTClaimsSet access = SignedJWT.parse(tokens.accessToken()).getJWTClaimsSet();
    assertThat(access.getStringClaim("plan")).isEqualTo("gold");
    assertThat(access.getStringClaim("scope")).isEqualTo("aws.cognito.signin.user.admin orders/read");
    assertThat(SignedJWT.parse(tokens.idToken()).getJWTClaimsSet().getClaim("plan")).isNull();
  }

  /* ---- Migrate user ---- */

  static final class LegacyDirectory
      implements RequestHandler<CognitoUserPoolMigrateUserEvent, CognitoUserPoolMigrateUserEvent> {
    private final Map<String, String> passwords = Map.of("alice", "Legacy-pass1");

    @Override
    public CognitoUserPoolMigrateUserEvent handleRequest(CognitoUserPoolMigrateUserEvent event, Context context) {
      String password = passwords.get(event.getUserName());
      if (password == null || !password.equals(event.getRequest().getPassword())) {
        throw new IllegalArgumentException("Bad password");
      }
      CognitoUserPoolMigrateUserEvent.Response response = new CognitoUserPoolMigrateUserEvent.Response();
      response.setUserAttributes(Map.of("email", event.getUserName() + "@example.com", "email_verified", "true"));
      response.setFinalUserStatus("CONFIRMED");
      response.setMessageAction("SUPPRESS");
      event.setResponse(response);
      return event;
    }
  }

  @Test
  void migrate_user_class_brings_over_a_legacy_user_with_the_legacy_password() throws ParseException {
    String poolId = poolWith(l -> l.userMigration(ARN));
    String clientId = client(cognito, poolId).clientId();
    fake.registerLambda(ARN, LambdaHandlers.of(new LegacyDirectory()));

    assertCognitoError(() -> signIn(clientId, "alice", "Wr0ng-password"), UserLambdaValidationException.class,
        "UserMigration failed with error Bad password.");
    AuthenticationResultType tokens = signIn(clientId, "alice", "Legacy-pass1").authenticationResult();

    assertThat(SignedJWT.parse(tokens.idToken()).getJWTClaimsSet().getStringClaim("email"))
        .isEqualTo("alice@example.com");
    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")).userStatus())
        .isEqualTo(UserStatusType.CONFIRMED);
  }

  /* ---- Helpers ---- */

  private String poolWith(Consumer<LambdaConfigType.Builder> triggers) {
    return poolWith(triggers, r -> {});
  }

  private String poolWith(Consumer<LambdaConfigType.Builder> triggers, Consumer<CreateUserPoolRequest.Builder> more) {
    return pool(cognito, r -> more.accept(r.lambdaConfig(triggers)));
  }

  private InitiateAuthResponse signIn(String clientId, String username, String password) {
    return cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", username, "PASSWORD", password)));
  }

  private InitiateAuthResponse customAuth(String clientId) {
    return cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.CUSTOM_AUTH)
        .authParameters(Map.of("USERNAME", "alice")));
  }

  private RespondToAuthChallengeResponse answer(String clientId, String session, String answer) {
    return cognito.respondToAuthChallenge(r -> r.clientId(clientId).challengeName(ChallengeNameType.CUSTOM_CHALLENGE)
        .session(session).challengeResponses(Map.of("USERNAME", "alice", "ANSWER", answer)));
  }
}
