package dev.fakecognito.internal.users;

import dev.fakecognito.recording.UserImportLogEntry;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserImportJobStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserImportJobType;

/**
 * One user import job of a pool: what CreateUserImportJob was given, the CSV file uploaded for it,
 * and when it was started, stopped or finished.
 *
 * <p>Its status follows the fake's clock rather than being stored: a started job is {@code
 * Pending} for {@link #PENDING}, then {@code InProgress} for {@link #RUNNING}, and then finished,
 * once {@link UserImportOperations#settle} has imported its rows. A job never started within
 * {@link #START_WINDOW} of its creation is {@code Expired}.
 *
 * <p>Mutable, and guarded by its pool's lock.
 */
public final class UserImportJob {

  /** How long a started job waits before it imports (assumed; Cognito takes a few seconds). */
  static final Duration PENDING = Duration.ofSeconds(5);
  /** How long a job stays InProgress before its rows are in (assumed). */
  static final Duration RUNNING = Duration.ofSeconds(5);
  /** How long the pre-signed URL takes an upload ("valid for 15 minutes", developer guide). */
  static final Duration URL_VALIDITY = Duration.ofMinutes(15);
  /** A job not started within this is Expired (the guide says 24 to 48 hours; the lower bound). */
  static final Duration START_WINDOW = Duration.ofHours(24);

  private static final DateTimeFormatter AMZ_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final String poolId;
  private final String jobId;
  private final String jobName;
  private final String roleArn;
  private final Instant created;
  private final long sequence;
  private final String signature;
  private @Nullable String csv;
  private @Nullable Instant started;
  private @Nullable Instant stopped;
  private @Nullable Result result;

  /**
   * What a finished job reports.
   *
   * @param status Succeeded or Failed
   * @param message the CompletionMessage
   * @param log the outcome of every row, in file order
   */
  public record Result(UserImportJobStatusType status, String message, long imported, long skipped, long failed,
      List<UserImportLogEntry> log) {}

  /** A comparable copy of a job, for snapshots. */
  public record State(String jobName, String roleArn, Instant created, String signature, @Nullable String csv,
      @Nullable Instant started, @Nullable Instant stopped, @Nullable Result result) {}

  UserImportJob(String poolId, String jobId, String jobName, String roleArn, Instant created, long sequence,
      String signature) {
    this.poolId = poolId;
    this.jobId = jobId;
    this.jobName = jobName;
    this.roleArn = roleArn;
    this.created = created;
    this.sequence = sequence;
    this.signature = signature;
  }

  public String jobId() {
    return jobId;
  }

  /** The pool's creation order of its jobs, which ListUserImportJobs pages through newest first. */
  long sequence() {
    return sequence;
  }

  Instant created() {
    return created;
  }

  @Nullable String csv() {
    return csv;
  }

  void csv(String csv) {
    this.csv = csv;
  }

  @Nullable Instant started() {
    return started;
  }

  void start(Instant now) {
    this.started = now;
  }

  void stop(Instant now) {
    this.stopped = now;
  }

  @Nullable Result result() {
    return result;
  }

  void finish(Result result) {
    this.result = result;
  }

  /** When a started job's rows are imported. */
  Instant due() {
    if (started == null) {
      throw new IllegalStateException("job " + jobId + " was not started");
    }
    return started.plus(PENDING).plus(RUNNING);
  }

  /** Whether the job has been started and neither stopped nor finished. */
  boolean running() {
    return started != null && stopped == null && result == null;
  }

  /** The status at {@code now}. */
  UserImportJobStatusType status(Instant now) {
    if (stopped != null) {
      return UserImportJobStatusType.STOPPED;
    }
    if (result != null) {
      return result.status();
    }
    if (started == null) {
      return now.isBefore(created.plus(START_WINDOW)) ? UserImportJobStatusType.CREATED
          : UserImportJobStatusType.EXPIRED;
    }
    return now.isBefore(started.plus(PENDING)) ? UserImportJobStatusType.PENDING
        : UserImportJobStatusType.IN_PROGRESS;
  }

  /**
   * The path of the job's pre-signed URL, with the query an S3 pre-signed URL carries. The
   * signature is random; uploads are matched by path.
   */
  String uploadPathAndQuery() {
    return UserImportOperations.UPLOAD_PREFIX + poolId + "/" + jobId
        + "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=" + AMZ_DATE.format(created)
        + "&X-Amz-SignedHeaders=host%3Bx-amz-server-side-encryption&X-Amz-Expires=" + URL_VALIDITY.toSeconds()
        + "&X-Amz-Signature=" + signature;
  }

  /** The job as the API describes it at {@code now}, with its pre-signed URL under {@code urlBase}. */
  UserImportJobType toType(Instant now, String urlBase) {
    UserImportJobType.Builder type = UserImportJobType.builder()
        .jobName(jobName)
        .jobId(jobId)
        .userPoolId(poolId)
        .preSignedUrl(urlBase + uploadPathAndQuery())
        .creationDate(created)
        .startDate(started)
        .status(status(now))
        .cloudWatchLogsRoleArn(roleArn)
        .importedUsers(result == null ? 0L : result.imported())
        .skippedUsers(result == null ? 0L : result.skipped())
        .failedUsers(result == null ? 0L : result.failed());
    if (stopped != null) {
      type.completionDate(stopped).completionMessage(UserImportOperations.STOPPED_MESSAGE);
    } else if (result != null) {
      type.completionDate(due()).completionMessage(result.message());
    }
    return type.build();
  }

  /** A comparable copy, for snapshots. */
  public State state() {
    return new State(jobName, roleArn, created, signature, csv, started, stopped, result);
  }
}
