package dev.fakecognito.internal.pools;

/**
 * One entry of a pool's log delivery configuration, in a form that names no SDK class: log
 * delivery is newer than the oldest SDK the fake runs with, and snapshots hold these.
 *
 * @param eventSource {@code userNotification} or {@code userAuthEvents}
 * @param logLevel {@code ERROR} or {@code INFO}
 * @param kind which destination: {@code cloudWatchLogs}, {@code s3} or {@code firehose}
 * @param arn the log group, bucket or delivery stream ARN
 */
public record LogDestination(String eventSource, String logLevel, String kind, String arn) {

  public static final String USER_NOTIFICATION = "userNotification";
  public static final String USER_AUTH_EVENTS = "userAuthEvents";
  public static final String CLOUD_WATCH_LOGS = "cloudWatchLogs";
  public static final String S3 = "s3";
  public static final String FIREHOSE = "firehose";
}
