package dev.fakecognito.contract;

import static dev.fakecognito.testing.Fixtures.PASSWORD;
import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.attribute;
import static dev.fakecognito.testing.Fixtures.client;
import static dev.fakecognito.testing.Fixtures.confirmedUser;
import static dev.fakecognito.testing.Fixtures.fake;
import static dev.fakecognito.testing.Fixtures.pool;
import static dev.fakecognito.testing.Transport.clientFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.recording.LogDelivery;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdvancedSecurityModeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.EventSourceName;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LogConfigurationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LogLevel;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolTierType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

class LogDeliveryTest {

  private static final String LOG_GROUP = "arn:aws:logs:us-east-1:123456789012:log-group:cognito";
  private static final String BUCKET = "arn:aws:s3:::cognito-logs";
  private static final String STREAM = "arn:aws:firehose:us-east-1:123456789012:deliverystream/cognito";

  private final FakeCognito fake = fake();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);
  private final String poolId = pool(cognito, r -> r.userPoolTier(UserPoolTierType.PLUS)
      .autoVerifiedAttributes(VerifiedAttributeType.EMAIL)
      .userPoolAddOns(a -> a.advancedSecurityMode(AdvancedSecurityModeType.AUDIT)));

  private static LogConfigurationType notifications() {
    return LogConfigurationType.builder().eventSource(EventSourceName.USER_NOTIFICATION).logLevel(LogLevel.ERROR)
        .cloudWatchLogsConfiguration(c -> c.logGroupArn(LOG_GROUP)).build();
  }

  private static LogConfigurationType authEvents() {
    return LogConfigurationType.builder().eventSource(EventSourceName.USER_AUTH_EVENTS).logLevel(LogLevel.INFO)
        .s3Configuration(c -> c.bucketArn(BUCKET)).build();
  }

  private List<LogConfigurationType> set(LogConfigurationType... configs) {
    return cognito.setLogDeliveryConfiguration(r -> r.userPoolId(poolId).logConfigurations(configs))
        .logDeliveryConfiguration().logConfigurations();
  }

  private List<LogConfigurationType> get() {
    return cognito.getLogDeliveryConfiguration(r -> r.userPoolId(poolId)).logDeliveryConfiguration()
        .logConfigurations();
  }

  private void assertRejected(LogConfigurationType config, String message) {
    assertCognitoError(() -> set(config), InvalidParameterException.class, message);
    assertThat(get()).isEmpty();
  }

  /* ---- Set and Get ---- */

  @Test
  void new_pool_has_no_log_configuration() {
    var response = cognito.getLogDeliveryConfiguration(r -> r.userPoolId(poolId)).logDeliveryConfiguration();

    assertThat(response.userPoolId()).isEqualTo(poolId);
    assertThat(response.logConfigurations()).isEmpty();
  }

  @Test
  void set_returns_and_get_shows_both_event_sources() {
    List<LogConfigurationType> returned = set(notifications(), authEvents());

    assertThat(returned).containsExactly(notifications(), authEvents());
    assertThat(get()).containsExactly(notifications(), authEvents());
  }

  @Test
  void firehose_and_cloud_watch_destinations_take_user_auth_events() {
    LogConfigurationType firehose = authEvents().toBuilder().s3Configuration((software.amazon.awssdk.services
        .cognitoidentityprovider.model.S3ConfigurationType) null).firehoseConfiguration(c -> c.streamArn(STREAM))
        .build();
    assertThat(set(firehose)).containsExactly(firehose);

    LogConfigurationType cloudWatch = firehose.toBuilder().firehoseConfiguration(
        (software.amazon.awssdk.services.cognitoidentityprovider.model.FirehoseConfigurationType) null)
        .cloudWatchLogsConfiguration(c -> c.logGroupArn(LOG_GROUP)).build();
    assertThat(set(cloudWatch)).containsExactly(cloudWatch);
  }

  @Test
  void set_replaces_the_whole_configuration_and_an_empty_list_clears_it() {
    set(notifications(), authEvents());

    set(authEvents());
    assertThat(get()).containsExactly(authEvents());

    set();
    assertThat(get()).isEmpty();
  }

  @Test
  void unknown_pool_throws_ResourceNotFoundException() {
    assertCognitoError(() -> cognito.getLogDeliveryConfiguration(r -> r.userPoolId("us-east-1_nothere")),
        ResourceNotFoundException.class, "User pool us-east-1_nothere does not exist.");
    assertCognitoError(() -> cognito.setLogDeliveryConfiguration(r -> r.userPoolId("us-east-1_nothere")
        .logConfigurations(notifications())), ResourceNotFoundException.class,
        "User pool us-east-1_nothere does not exist.");
  }

  /* ---- Validation ---- */

  @Test
  void missing_configurations_throw_InvalidParameterException() {
    assertCognitoError(() -> cognito.setLogDeliveryConfiguration(r -> r.userPoolId(poolId)),
        InvalidParameterException.class, "1 validation error detected: Value null at 'logConfigurations' failed "
            + "to satisfy constraint: Member must not be null");
  }

  @Test
  void three_configurations_throw_InvalidParameterException() {
    assertCognitoError(() -> set(notifications(), authEvents(), authEvents()), InvalidParameterException.class,
        "1 validation error detected: Value at 'logConfigurations' failed to satisfy constraint: "
            + "Member must have length less than or equal to 2");
  }

  @Test
  void two_configurations_for_one_event_source_throw_InvalidParameterException() {
    assertCognitoError(() -> set(authEvents(), authEvents()), InvalidParameterException.class,
        "Only one log configuration is allowed for event source userAuthEvents.");
    assertThat(get()).isEmpty();
  }

  @Test
  void missing_event_source_throws_InvalidParameterException() {
    assertRejected(notifications().toBuilder().eventSource((String) null).build(), "1 validation error detected: "
        + "Value null at 'logConfigurations.1.member.eventSource' failed to satisfy constraint: "
        + "Member must not be null");
  }

  @Test
  void unknown_event_source_throws_InvalidParameterException() {
    assertRejected(notifications().toBuilder().eventSource("userSignIns").build(), "1 validation error detected: "
        + "Value 'userSignIns' at 'logConfigurations.1.member.eventSource' failed to satisfy constraint: "
        + "Member must satisfy enum value set: [userNotification, userAuthEvents]");
  }

  @Test
  void unknown_log_level_throws_InvalidParameterException() {
    assertRejected(notifications().toBuilder().logLevel("DEBUG").build(), "1 validation error detected: "
        + "Value 'DEBUG' at 'logConfigurations.1.member.logLevel' failed to satisfy constraint: "
        + "Member must satisfy enum value set: [ERROR, INFO]");
  }

  @Test
  void configuration_without_destination_throws_InvalidParameterException() {
    assertRejected(LogConfigurationType.builder().eventSource(EventSourceName.USER_NOTIFICATION)
        .logLevel(LogLevel.ERROR).build(), "Each log configuration needs exactly one of "
        + "CloudWatchLogsConfiguration, S3Configuration and FirehoseConfiguration.");
  }

  @Test
  void configuration_with_two_destinations_throws_InvalidParameterException() {
    assertRejected(authEvents().toBuilder().firehoseConfiguration(c -> c.streamArn(STREAM)).build(),
        "Each log configuration needs exactly one of CloudWatchLogsConfiguration, S3Configuration and "
            + "FirehoseConfiguration.");
  }

  @Test
  void malformed_log_group_arn_throws_InvalidParameterException() {
    assertRejected(notifications().toBuilder().cloudWatchLogsConfiguration(c -> c.logGroupArn("log-group:cognito"))
        .build(), "1 validation error detected: Value 'log-group:cognito' at "
        + "'logConfigurations.1.member.cloudWatchLogsConfiguration.logGroupArn' failed to satisfy constraint: "
        + "Member must have length greater than or equal to 20");
  }

  @Test
  void malformed_bucket_arn_throws_InvalidParameterException() {
    String arn = "arn:aws:s3:us-east-1:123456789012:bucket";

    assertRejected(authEvents().toBuilder().s3Configuration(c -> c.bucketArn(arn)).build(),
        "1 validation error detected: Value '" + arn + "' at 'logConfigurations.1.member.s3Configuration.bucketArn' "
            + "failed to satisfy constraint: Member must satisfy regular expression pattern: "
            + "arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:::[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?");
  }

  @Test
  void log_group_arn_of_another_service_throws_InvalidParameterException() {
    assertRejected(notifications().toBuilder().cloudWatchLogsConfiguration(c -> c.logGroupArn(STREAM)).build(),
        "The ARN " + STREAM + " is not an ARN of the logs service.");
  }

  @Test
  void user_notification_at_info_level_throws_InvalidParameterException() {
    assertRejected(notifications().toBuilder().logLevel(LogLevel.INFO).build(),
        "userNotification logs are delivered at ERROR level to CloudWatch Logs only.");
  }

  @Test
  void user_notification_to_s3_throws_InvalidParameterException() {
    assertRejected(notifications().toBuilder().cloudWatchLogsConfiguration(
        (software.amazon.awssdk.services.cognitoidentityprovider.model.CloudWatchLogsConfigurationType) null)
        .s3Configuration(c -> c.bucketArn(BUCKET)).build(),
        "userNotification logs are delivered at ERROR level to CloudWatch Logs only.");
  }

  @Test
  void user_auth_events_at_error_level_throws_InvalidParameterException() {
    assertRejected(authEvents().toBuilder().logLevel(LogLevel.ERROR).build(),
        "userAuthEvents logs are delivered at INFO level only.");
  }

  @Test
  void user_auth_events_below_the_plus_plan_throw_FeatureUnavailableInTierException() {
    String essentials = pool(cognito, r -> r.userPoolTier(UserPoolTierType.ESSENTIALS));

    CognitoIdentityProviderException error = assertCognitoError(() -> cognito.setLogDeliveryConfiguration(r -> r
        .userPoolId(essentials).logConfigurations(authEvents())), CognitoIdentityProviderException.class,
        "FeatureUnavailableInTierException", "userAuthEvents log delivery is available only in the PLUS feature plan.");
    assertThat(error.getClass().getSimpleName()).isEqualTo("FeatureUnavailableInTierException");
    assertThat(cognito.setLogDeliveryConfiguration(r -> r.userPoolId(essentials).logConfigurations(notifications()))
        .logDeliveryConfiguration().logConfigurations()).containsExactly(notifications());
  }

  /* ---- Delivered records ---- */

  @Test
  void messages_sent_are_delivered_to_the_user_notification_log_group() {
    set(notifications());
    String clientId = client(cognito, poolId).clientId();

    cognito.signUp(r -> r.clientId(clientId).username("alice").password(PASSWORD)
        .userAttributes(attribute("email", "alice@example.com")));

    List<LogDelivery> logs = fake.logDeliveries(poolId);
    assertThat(logs).hasSize(1);
    LogDelivery log = logs.get(0);
    assertThat(log.eventSource()).isEqualTo("userNotification");
    assertThat(log.logLevel()).isEqualTo("ERROR");
    assertThat(log.destinationArn()).isEqualTo(LOG_GROUP);
    assertThat(log.username()).isEqualTo("alice");
    assertThat(log.event()).isEqualTo("EMAIL");
    assertThat(log.detail()).isEqualTo("SignUp");
    assertThat(log.time()).isEqualTo(fake.clock().instant());
    assertThat(log.userPoolId()).isEqualTo(poolId);
  }

  @Test
  void auth_events_are_delivered_to_the_user_auth_events_destination() {
    set(authEvents());
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");

    cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD)));
    assertCognitoError(() -> cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", "alice", "PASSWORD", "Wr0ng-Passw0rd"))), NotAuthorizedException.class,
        "Incorrect username or password.");

    assertThat(fake.logDeliveries(poolId))
        .extracting(LogDelivery::eventSource, LogDelivery::logLevel, LogDelivery::destinationArn, LogDelivery::event,
            LogDelivery::detail)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("userAuthEvents", "INFO", BUCKET, "SignIn", "Pass"),
            org.assertj.core.groups.Tuple.tuple("userAuthEvents", "INFO", BUCKET, "SignIn", "Fail"));
  }

  @Test
  void nothing_is_delivered_without_a_configuration_and_records_stay_after_it_is_cleared() {
    String clientId = client(cognito, poolId).clientId();
    cognito.signUp(r -> r.clientId(clientId).username("alice").password(PASSWORD)
        .userAttributes(attribute("email", "alice@example.com")));
    assertThat(fake.logDeliveries(poolId)).isEmpty();

    set(notifications());
    cognito.resendConfirmationCode(r -> r.clientId(clientId).username("alice"));
    set();
    cognito.resendConfirmationCode(r -> r.clientId(clientId).username("alice"));

    assertThat(fake.logDeliveries(poolId)).extracting(LogDelivery::detail).containsExactly("ResendCode");
  }

  @Test
  void log_deliveries_of_an_unknown_pool_throw_ResourceNotFoundException() {
    assertCognitoError(() -> fake.logDeliveries("us-east-1_nothere"), ResourceNotFoundException.class,
        "User pool us-east-1_nothere does not exist.");
  }
}
