package dev.fakecognito.internal.pools;

import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.util.ModelSupport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CloudWatchLogsConfigurationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.FirehoseConfigurationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetLogDeliveryConfigurationRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetLogDeliveryConfigurationResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LogConfigurationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LogDeliveryConfigurationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.S3ConfigurationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetLogDeliveryConfigurationRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetLogDeliveryConfigurationResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolTierType;

/**
 * SetLogDeliveryConfiguration and GetLogDeliveryConfiguration.
 *
 * <p>As the API reference describes the event sources
 * (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_LogConfigurationType.html),
 * {@code userNotification} goes at {@code ERROR} level to a CloudWatch Logs group, and {@code
 * userAuthEvents} at {@code INFO} level to CloudWatch Logs, S3 or Firehose, in pools of the Plus
 * feature plan. Each event source has at most one configuration. The fake checks the ARNs' form
 * and service, not that the log group, bucket or stream exists. What the pool then delivers is
 * recorded on the pool ({@link UserPool#deliverLog}).
 */
public final class LogDeliveryOperations {

  private static final String ARN_PATTERN =
      "arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?";
  private static final String S3_ARN_PATTERN =
      "arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:::[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?";
  private static final Pattern ARN = Pattern.compile(ARN_PATTERN);
  private static final Pattern S3_ARN = Pattern.compile(S3_ARN_PATTERN);

  private final Backend backend;

  public LogDeliveryOperations(Backend backend) {
    this.backend = backend;
  }

  public SetLogDeliveryConfigurationResponse setLogDeliveryConfiguration(SetLogDeliveryConfigurationRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    if (!request.hasLogConfigurations()) {
      throw CognitoErrors.notNull("logConfigurations");
    }
    List<LogConfigurationType> given = request.logConfigurations();
    if (given.size() > 2) {
      throw CognitoErrors.listLength("logConfigurations", "Member must have length less than or equal to 2");
    }
    List<LogDestination> destinations = new ArrayList<>();
    Set<String> sources = new HashSet<>();
    for (int i = 0; i < given.size(); i++) {
      LogDestination destination = destination(given.get(i), "logConfigurations." + (i + 1) + ".member");
      if (!sources.add(destination.eventSource())) {
        throw CognitoErrors.duplicateLogEventSource(destination.eventSource());
      }
      destinations.add(destination);
    }
    if (sources.contains(LogDestination.USER_AUTH_EVENTS) && ModelSupport.USER_POOL_TIER
        && pool.config().userPoolTier() != UserPoolTierType.PLUS) {
      throw CognitoErrors.userAuthEventsUnavailableInTier();
    }
    pool.logDestinations(destinations);
    return SetLogDeliveryConfigurationResponse.builder().logDeliveryConfiguration(describe(pool)).build();
  }

  public GetLogDeliveryConfigurationResponse getLogDeliveryConfiguration(GetLogDeliveryConfigurationRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    return GetLogDeliveryConfigurationResponse.builder().logDeliveryConfiguration(describe(pool)).build();
  }

  private static LogDestination destination(@Nullable LogConfigurationType config, String member) {
    if (config == null) {
      throw CognitoErrors.notNull(member);
    }
    String source = config.eventSourceAsString();
    if (source == null) {
      throw CognitoErrors.notNull(member + ".eventSource");
    }
    if (!source.equals(LogDestination.USER_NOTIFICATION) && !source.equals(LogDestination.USER_AUTH_EVENTS)) {
      throw CognitoErrors.constraint(member + ".eventSource", source,
          "Member must satisfy enum value set: [userNotification, userAuthEvents]");
    }
    String level = config.logLevelAsString();
    if (level == null) {
      throw CognitoErrors.notNull(member + ".logLevel");
    }
    if (!level.equals("ERROR") && !level.equals("INFO")) {
      throw CognitoErrors.constraint(member + ".logLevel", level, "Member must satisfy enum value set: [ERROR, INFO]");
    }
    List<LogDestination> found = new ArrayList<>(1);
    CloudWatchLogsConfigurationType cloudWatch = config.cloudWatchLogsConfiguration();
    if (cloudWatch != null) {
      String arn = arn(cloudWatch.logGroupArn(), member + ".cloudWatchLogsConfiguration.logGroupArn", false);
      found.add(new LogDestination(source, level, LogDestination.CLOUD_WATCH_LOGS, arn));
    }
    if (ModelSupport.LOG_DELIVERY_S3_FIREHOSE) {
      S3ConfigurationType s3 = config.s3Configuration();
      if (s3 != null) {
        found.add(new LogDestination(source, level, LogDestination.S3,
            arn(s3.bucketArn(), member + ".s3Configuration.bucketArn", true)));
      }
      FirehoseConfigurationType firehose = config.firehoseConfiguration();
      if (firehose != null) {
        found.add(new LogDestination(source, level, LogDestination.FIREHOSE,
            arn(firehose.streamArn(), member + ".firehoseConfiguration.streamArn", false)));
      }
    }
    if (found.size() != 1) {
      throw CognitoErrors.logDestinationCount();
    }
    LogDestination destination = found.get(0);
    checkService(destination);
    if (source.equals(LogDestination.USER_NOTIFICATION)) {
      if (!level.equals("ERROR") || !destination.kind().equals(LogDestination.CLOUD_WATCH_LOGS)) {
        throw CognitoErrors.unsupportedLogConfiguration(
            "userNotification logs are delivered at ERROR level to CloudWatch Logs only.");
      }
    } else if (!level.equals("INFO")) {
      throw CognitoErrors.unsupportedLogConfiguration("userAuthEvents logs are delivered at INFO level only.");
    }
    return destination;
  }

  private static String arn(@Nullable String arn, String member, boolean s3) {
    if (arn == null) {
      throw CognitoErrors.notNull(member);
    }
    int min = s3 ? 3 : 20;
    int max = s3 ? 1024 : 2048;
    if (arn.length() < min || arn.length() > max) {
      throw CognitoErrors.constraint(member, arn, arn.length() < min
          ? "Member must have length greater than or equal to " + min
          : "Member must have length less than or equal to " + max);
    }
    if (!(s3 ? S3_ARN : ARN).matcher(arn).matches()) {
      throw CognitoErrors.constraint(member, arn,
          "Member must satisfy regular expression pattern: " + (s3 ? S3_ARN_PATTERN : ARN_PATTERN));
    }
    return arn;
  }

  /** The ARN must belong to the destination's service: logs, s3 or firehose. */
  private static void checkService(LogDestination destination) {
    String service = destination.arn().split(":", 4)[2];
    String expected = switch (destination.kind()) {
      case LogDestination.CLOUD_WATCH_LOGS -> "logs";
      case LogDestination.S3 -> "s3";
      default -> "firehose";
    };
    if (!service.equals(expected)) {
      throw CognitoErrors.unsupportedLogConfiguration(
          "The ARN " + destination.arn() + " is not an ARN of the " + expected + " service.");
    }
  }

  private static LogDeliveryConfigurationType describe(UserPool pool) {
    List<LogConfigurationType> configs = new ArrayList<>();
    for (LogDestination d : pool.logDestinations()) {
      LogConfigurationType.Builder config = LogConfigurationType.builder().eventSource(d.eventSource())
          .logLevel(d.logLevel());
      switch (d.kind()) {
        case LogDestination.CLOUD_WATCH_LOGS -> config.cloudWatchLogsConfiguration(c -> c.logGroupArn(d.arn()));
        case LogDestination.S3 -> config.s3Configuration(c -> c.bucketArn(d.arn()));
        default -> config.firehoseConfiguration(c -> c.streamArn(d.arn()));
      }
      configs.add(config.build());
    }
    return LogDeliveryConfigurationType.builder().userPoolId(pool.id()).logConfigurations(configs).build();
  }
}
