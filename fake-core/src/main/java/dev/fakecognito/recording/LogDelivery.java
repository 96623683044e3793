package dev.fakecognito.recording;

import java.time.Instant;

/**
 * One log record a pool delivered to a destination set with SetLogDeliveryConfiguration, as the
 * fake records it instead of writing to CloudWatch Logs, S3 or Firehose.
 *
 * <p>A pool whose configuration has a {@code userNotification} entry records each email or SMS
 * message it sends (the fake has no failed deliveries, so each one stands in for the message
 * activity Cognito reports at that level); one with a {@code userAuthEvents} entry records each
 * auth event that threat protection keeps, as AdminListUserAuthEvents lists them.
 *
 * @param time when it happened, on the fake's clock
 * @param userPoolId the pool
 * @param eventSource {@code "userNotification"} or {@code "userAuthEvents"}
 * @param logLevel the level of the configuration it went to, {@code "ERROR"} or {@code "INFO"}
 * @param destinationArn the ARN of the log group, bucket or delivery stream it went to
 * @param username the user's internal username
 * @param event the delivery medium ({@code "EMAIL"} or {@code "SMS"}) of a notification, or the
 *     event type of an auth event ({@code "SignIn"}, {@code "SignUp"}, {@code "ForgotPassword"}, ...)
 * @param detail why a notification was sent as the CustomMessage trigger source names it without
 *     its prefix ({@code "SignUp"}, {@code "ForgotPassword"}, ...; empty if unknown), or the event
 *     response of an auth event ({@code "Pass"} or {@code "Fail"})
 * @since 0.2.0
 */
public record LogDelivery(
    Instant time,
    String userPoolId,
    String eventSource,
    String logLevel,
    String destinationArn,
    String username,
    String event,
    String detail) {}
