package dev.fakecognito.contract;

import static dev.fakecognito.testing.Transport.clientFor;
import static dev.fakecognito.testing.Fixtures.PASSWORD;
import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.attribute;
import static dev.fakecognito.testing.Fixtures.client;
import static dev.fakecognito.testing.Fixtures.confirmedUser;
import static dev.fakecognito.testing.Fixtures.fake;
import static dev.fakecognito.testing.Fixtures.pool;
import static dev.fakecognito.testing.Fixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreSignUpEvent;
import com.nimbusds.jwt.SignedJWT;
import dev.fakecognito.FakeCognito;
import dev.fakecognito.triggers.CustomSenderEvent;
import dev.fakecognito.triggers.PreSignUpResponse;
import dev.fakecognito.triggers.PreTokenGenerationResponse;
import dev.fakecognito.triggers.PreTokenGenerationResponse.ClaimsOverrideDetails;
import dev.fakecognito.triggers.PreTokenGenerationV2Response;
import dev.fakecognito.triggers.PreTokenGenerationV2Response.ClaimsAndScopeOverrideDetails;
import dev.fakecognito.triggers.PreTokenGenerationV2Response.IdTokenGeneration;
import dev.fakecognito.triggers.TriggerFunction;
import dev.fakecognito.triggers.TriggerInvocation;
import dev.fakecognito.triggers.TriggerType;
import dev.fakecognito.triggers.Triggers;
import dev.fakecognito.triggers.lambda.LambdaHandlers;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CustomEmailSenderLambdaVersionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CustomSMSSenderLambdaVersionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeletionProtectionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LambdaConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreTokenGenerationLambdaVersionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/** Binding handlers to functions and pools: registerLambda, attachTrigger, and LambdaConfig's ARNs. */
class TriggerSetupTest {

  private static final String ARN_RULE =
      "arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?";

  private final FakeCognito fake = fake();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);

  private UserPoolType describe(String poolId) {
    return cognito.describeUserPool(r -> r.userPoolId(poolId)).userPool();
  }

  /* ---- registerLambda ---- */

  @Test
  void registerLambda_accepts_function_arns_with_and_without_a_qualifier() {
    fake.registerLambda("arn:aws:lambda:us-east-1:123456789012:function:pre-sign-up", event -> event)
        .registerLambda("arn:aws:lambda:eu-west-1:123456789012:function:my_fn:$LATEST", event -> event)
        .registerLambda("arn:aws-cn:lambda:cn-north-1:123456789012:function:fn:prod", event -> event)
        .registerLambda("arn:aws-us-gov:lambda:us-gov-west-1:123456789012:function:fn:7", event -> event);

    String poolId = pool(cognito, r -> r.lambdaConfig(l -> l.preSignUp(
        "arn:aws:lambda:us-east-1:123456789012:function:pre-sign-up")));
    cognito.signUp(r -> r.clientId(client(cognito, poolId).clientId()).username("alice").password(PASSWORD));

    assertThat(fake.triggerInvocations()).singleElement().extracting(TriggerInvocation::error).isNull();
  }

  @Test
  void registerLambda_rejects_what_is_not_a_function_arn_and_says_what_is_wrong() {
    String prefix = "functionArn (%s) is not a Lambda function ARN: ";
    Map<String, String> problems = Map.of(
        "not-an-arn", "it must have the shape "
            + "arn:<partition>:lambda:<region>:<12-digit account>:function:<name>[:<version or alias>]",
        "arn:azure:lambda:us-east-1:123456789012:function:fn", "partition 'azure' must be aws, aws-cn, aws-us-gov"
            + " or another aws-* partition",
        "arn:aws:sqs:us-east-1:123456789012:function:fn", "service 'sqs' must be lambda",
        "arn:aws:lambda:mars:123456789012:function:fn", "region 'mars' must look like an AWS region, e.g. us-east-1",
        "arn:aws:lambda:us-east-1:1234:function:fn", "account '1234' must be 12 digits",
        "arn:aws:lambda:us-east-1:123456789012:layer:fn", "resource type 'layer' must be function",
        "arn:aws:lambda:us-east-1:123456789012:function:my.fn",
        "function name 'my.fn' must be 1 to 64 letters, digits, hyphens or underscores",
        "arn:aws:lambda:us-east-1:123456789012:function:fn:v.1",
        "qualifier 'v.1' must be $LATEST, a version number or an alias");

    problems.forEach((arn, problem) -> assertThatThrownBy(() -> fake.registerLambda(arn, event -> event))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(prefix.formatted(arn) + problem));
  }

  /* ---- attachTrigger ---- */

  @Test
  void attachTrigger_registers_the_function_and_sets_the_pool_trigger() {
    String poolId = pool(cognito, r -> r.autoVerifiedAttributes(VerifiedAttributeType.EMAIL));
    String clientId = client(cognito, poolId).clientId();

    String arn = fake.attachTrigger(poolId, Triggers.preSignUp(event -> PreSignUpResponse.autoConfirm()));
    cognito.signUp(r -> r.clientId(clientId).username("alice").password(PASSWORD)
        .userAttributes(attribute("email", "alice@example.com")));

    assertThat(arn).isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:PreSignUp-"
        + poolId.substring(poolId.indexOf('_') + 1));
    assertThat(describe(poolId).lambdaConfig().preSignUp()).isEqualTo(arn);
    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")).userStatus())
        .isEqualTo(UserStatusType.CONFIRMED);
    assertThat(fake.triggerInvocations()).extracting(TriggerInvocation::functionArn).containsExactly(arn);
  }

  @Test
  void attachTrigger_keeps_every_other_setting_of_the_pool() {
    String postConfirmation = "arn:aws:lambda:us-east-1:123456789012:function:post-confirmation";
    String poolId = pool(cognito, r -> r.deletionProtection(DeletionProtectionType.ACTIVE)
        .autoVerifiedAttributes(VerifiedAttributeType.EMAIL)
        .policies(p -> p.passwordPolicy(pp -> pp.minimumLength(12)))
        .lambdaConfig(l -> l.postConfirmation(postConfirmation)));
    UserPoolType before = describe(poolId);
    fake.clock().advance(java.time.Duration.ofMinutes(1));

    String arn = fake.attachTrigger(poolId, Triggers.preAuthentication(event -> {}));

    UserPoolType after = describe(poolId);
    assertThat(after.lambdaConfig()).isEqualTo(LambdaConfigType.builder()
        .postConfirmation(postConfirmation).preAuthentication(arn).build());
    assertThat(after.toBuilder().lambdaConfig((LambdaConfigType) null).lastModifiedDate(null).build())
        .isEqualTo(before.toBuilder().lambdaConfig((LambdaConfigType) null).lastModifiedDate(null).build());
    assertThat(after.lastModifiedDate()).isEqualTo(fake.clock().instant());
  }

  @Test
  void attachTrigger_again_replaces_the_handler_under_the_same_arn() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();

    String first = fake.attachTrigger(poolId, Triggers.preSignUp(event -> {
      throw new IllegalStateException("first");
    }));
    String second = fake.attachTrigger(poolId, Triggers.preSignUp(event -> PreSignUpResponse.autoConfirm()));
    cognito.signUp(r -> r.clientId(clientId).username("alice").password(PASSWORD));

    assertThat(second).isEqualTo(first);
    assertThat(fake.triggerInvocations()).singleElement().extracting(TriggerInvocation::error).isNull();
  }

  @Test
  void attachTrigger_gives_each_pool_its_own_function() {
    String one = pool(cognito);
    String two = pool(cognito);

    String first = fake.attachTrigger(one, Triggers.postConfirmation(event -> {}));
    String second = fake.attachTrigger(two, Triggers.postConfirmation(event -> {}));

    assertThat(first).isNotEqualTo(second);
    assertThat(describe(one).lambdaConfig().postConfirmation()).isEqualTo(first);
    assertThat(describe(two).lambdaConfig().postConfirmation()).isEqualTo(second);
  }

  @Test
  void attachTrigger_takes_a_lambda_handler_class_typed_by_its_event() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();

    String arn = fake.attachTrigger(poolId, LambdaHandlers.of(new AutoConfirm()));
    cognito.signUp(r -> r.clientId(clientId).username("alice").password(PASSWORD));

    assertThat(describe(poolId).lambdaConfig().preSignUp()).isEqualTo(arn);
    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")).userStatus())
        .isEqualTo(UserStatusType.CONFIRMED);
  }

  @Test
  void attachTrigger_sets_the_pre_token_generation_version_of_the_function() throws Exception {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");

    String v1 = fake.attachTrigger(poolId, Triggers.preTokenGeneration(event -> PreTokenGenerationResponse.of(
        new ClaimsOverrideDetails(Map.of("plan", "v1"), List.of(), null))));
    LambdaConfigType afterV1 = describe(poolId).lambdaConfig();
    String idV1 = signIn(cognito, clientId, "alice", PASSWORD).idToken();
    String v2 = fake.attachTrigger(poolId, Triggers.preTokenGenerationV2(event -> PreTokenGenerationV2Response.of(
        new ClaimsAndScopeOverrideDetails(new IdTokenGeneration(Map.of("plan", "v2"), List.of()), null, null))));
    LambdaConfigType afterV2 = describe(poolId).lambdaConfig();
    String idV2 = signIn(cognito, clientId, "alice", PASSWORD).idToken();

    assertThat(afterV1.preTokenGeneration()).isEqualTo(v1);
    assertThat(afterV1.preTokenGenerationConfig().lambdaArn()).isEqualTo(v1);
    assertThat(afterV1.preTokenGenerationConfig().lambdaVersion()).isEqualTo(PreTokenGenerationLambdaVersionType.V1_0);
    assertThat(afterV2.preTokenGenerationConfig().lambdaArn()).isEqualTo(v2);
    assertThat(afterV2.preTokenGenerationConfig().lambdaVersion()).isEqualTo(PreTokenGenerationLambdaVersionType.V2_0);
    assertThat(SignedJWT.parse(idV1).getJWTClaimsSet().getStringClaim("plan")).isEqualTo("v1");
    assertThat(SignedJWT.parse(idV2).getJWTClaimsSet().getStringClaim("plan")).isEqualTo("v2");
  }

  @Test
  void attachTrigger_of_a_retyped_function_sets_version_3() {
    String poolId = pool(cognito);

    fake.attachTrigger(poolId, TriggerFunction.of(TriggerType.PRE_TOKEN_GENERATION_V3,
        Triggers.preTokenGenerationV2(event -> PreTokenGenerationV2Response.none())));

    assertThat(describe(poolId).lambdaConfig().preTokenGenerationConfig().lambdaVersion())
        .isEqualTo(PreTokenGenerationLambdaVersionType.V3_0);
  }

  @Test
  void attachTrigger_of_a_custom_sender_sets_its_version_and_a_kms_key() {
    String poolId = pool(cognito, r -> r.autoVerifiedAttributes(VerifiedAttributeType.EMAIL));
    String clientId = client(cognito, poolId).clientId();
    List<CustomSenderEvent> sent = new CopyOnWriteArrayList<>();

    String email = fake.attachTrigger(poolId, Triggers.customEmailSender(sent::add));
    String sms = fake.attachTrigger(poolId, Triggers.customSmsSender(sent::add));
    cognito.signUp(r -> r.clientId(clientId).username("alice").password(PASSWORD)
        .userAttributes(attribute("email", "alice@example.com")));

    LambdaConfigType config = describe(poolId).lambdaConfig();
    assertThat(config.customEmailSender().lambdaArn()).isEqualTo(email);
    assertThat(config.customEmailSender().lambdaVersion()).isEqualTo(CustomEmailSenderLambdaVersionType.V1_0);
    assertThat(config.customSMSSender().lambdaArn()).isEqualTo(sms);
    assertThat(config.customSMSSender().lambdaVersion()).isEqualTo(CustomSMSSenderLambdaVersionType.V1_0);
    assertThat(config.kmsKeyID()).matches("arn:aws:kms:us-east-1:123456789012:key/[0-9a-f-]{36}");
    assertThat(sent).singleElement().extracting(CustomSenderEvent::triggerSource).isEqualTo("CustomEmailSender_SignUp");
    assertThat(fake.outbox().messages()).isEmpty();
  }

  @Test
  void attachTrigger_keeps_the_kms_key_the_pool_names() {
    String key = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    String poolId = pool(cognito, r -> r.lambdaConfig(l -> l.kmsKeyID(key)));

    fake.attachTrigger(poolId, TriggerFunction.of(TriggerType.CUSTOM_EMAIL_SENDER, event -> event));

    assertThat(describe(poolId).lambdaConfig().kmsKeyID()).isEqualTo(key);
  }

  @Test
  void attachTrigger_of_an_untyped_function_throws_IllegalArgumentException() {
    String poolId = pool(cognito);

    assertThatThrownBy(() -> fake.attachTrigger(poolId, Triggers.customSender(event -> {})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("function has no trigger type")
        .hasMessageContaining("TriggerFunction.of(TriggerType.X, function)");
    assertThat(describe(poolId).lambdaConfig()).isEqualTo(LambdaConfigType.builder().build());
  }

  @Test
  void attachTrigger_to_an_unknown_pool_throws_ResourceNotFoundException() {
    assertCognitoError(() -> fake.attachTrigger("us-east-1_missing", Triggers.postConfirmation(event -> {})),
        ResourceNotFoundException.class, "User pool us-east-1_missing does not exist.");
  }

  /* ---- LambdaConfig ARNs ---- */

  @Test
  void create_pool_with_a_malformed_trigger_arn_throws_InvalidParameterException() {
    assertCognitoError(() -> pool(cognito, r -> r.lambdaConfig(l -> l.customMessage("functionCustomMessageArn"))),
        InvalidParameterException.class, "1 validation error detected: Value 'functionCustomMessageArn' at "
            + "'lambdaConfig.customMessage' failed to satisfy constraint: Member must satisfy regular expression "
            + "pattern: " + ARN_RULE);
    assertThat(cognito.listUserPools(r -> r.maxResults(60)).userPools()).isEmpty();
  }

  @Test
  void create_pool_with_a_short_trigger_arn_throws_InvalidParameterException() {
    assertCognitoError(() -> pool(cognito, r -> r.lambdaConfig(l -> l.preSignUp("not-an-arn"))),
        InvalidParameterException.class, "1 validation error detected: Value 'not-an-arn' at "
            + "'lambdaConfig.preSignUp' failed to satisfy constraint: Member must have length greater than or equal to 20");
  }

  @Test
  void update_pool_with_a_malformed_sender_arn_throws_InvalidParameterException_and_changes_nothing() {
    String arn = "arn:aws:lambda:us-east-1:123456789012:function:pre-sign-up";
    String poolId = pool(cognito, r -> r.lambdaConfig(l -> l.preSignUp(arn)));

    assertCognitoError(() -> cognito.updateUserPool(r -> r.userPoolId(poolId).lambdaConfig(l -> l
            .customEmailSender(c -> c.lambdaArn("lambda function email-sender").lambdaVersion("V1_0")))),
        InvalidParameterException.class, "1 validation error detected: Value 'lambda function email-sender' at "
            + "'lambdaConfig.customEmailSender.lambdaArn' failed to satisfy constraint: Member must satisfy "
            + "regular expression pattern: " + ARN_RULE);
    assertThat(describe(poolId).lambdaConfig().preSignUp()).isEqualTo(arn);
  }

  @Test
  void update_pool_with_a_malformed_kms_key_throws_InvalidParameterException() {
    String poolId = pool(cognito);

    assertCognitoError(() -> cognito.updateUserPool(r -> r.userPoolId(poolId).lambdaConfig(l -> l
            .kmsKeyID("1234abcd-12ab-34cd-56ef-1234567890ab"))),
        InvalidParameterException.class, "1 validation error detected: Value '1234abcd-12ab-34cd-56ef-1234567890ab' "
            + "at 'lambdaConfig.kMSKeyID' failed to satisfy constraint: Member must satisfy regular expression "
            + "pattern: " + ARN_RULE);
  }

  static final class AutoConfirm implements RequestHandler<CognitoUserPoolPreSignUpEvent, CognitoUserPoolPreSignUpEvent> {
    @Override
    public CognitoUserPoolPreSignUpEvent handleRequest(CognitoUserPoolPreSignUpEvent event, Context context) {
      event.getResponse().setAutoConfirmUser(true);
      return event;
    }
  }
}
