package dev.fakecognito.internal.users;

import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.util.Ids;
import dev.fakecognito.internal.util.Paging;
import dev.fakecognito.recording.UserImportLogEntry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserImportJobRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserImportJobResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserImportJobRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserImportJobResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetCsvHeaderRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetCsvHeaderResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserImportJobsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserImportJobsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.StartUserImportJobRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.StartUserImportJobResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.StopUserImportJobRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.StopUserImportJobResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserImportJobStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserImportJobType;

/**
 * GetCSVHeader, CreateUserImportJob, StartUserImportJob, StopUserImportJob, DescribeUserImportJob
 * and ListUserImportJobs: importing users from a CSV file
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-using-import-tool.html).
 *
 * <p>A job's file is uploaded to its pre-signed URL, which {@link dev.fakecognito.internal.http.Endpoint}
 * serves, or in process through {@link #upload}. The URL names the endpoint when it runs at the time
 * the job is described, and otherwise Cognito's import bucket, which nothing serves.
 *
 * <p>Jobs follow the fake's clock (see {@link UserImportJob}); a started job's rows are imported,
 * by {@link UserImportRows}, the first time anything reads the pool after the job's end, under
 * the pool's lock, as if the job had run then.
 */
public final class UserImportOperations {

  /** The path of every pre-signed URL: {@code /user-import/<poolId>/<jobId>}. */
  public static final String UPLOAD_PREFIX = "/user-import/";
  /** The CompletionMessage of a stopped job (developer guide, StopUserImportJob example). */
  static final String STOPPED_MESSAGE = "The Import Job was stopped by the developer.";

  private static final Pattern JOB_NAME = Pattern.compile("[\\w\\s+=,.@-]+");
  private static final Pattern JOB_ID = Pattern.compile("import-[0-9a-zA-Z-]+");
  private static final String ARN_RULE =
      "arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?";
  private static final Pattern ARN = Pattern.compile(ARN_RULE);
  private static final Pattern IAM_ROLE = Pattern.compile("arn:aws[\\w-]*:iam::\\d{12}:role/[\\w+=,.@/-]+");
  private static final Pattern TOKEN = Pattern.compile("\\S+");
  private static final int MAX_RESULTS = 60;
  /** Schema attributes the file does not carry: the sub is made, identities come from federation. */
  private static final Set<String> NOT_IMPORTED = Set.of("sub", "identities");

  private final Backend backend;

  public UserImportOperations(Backend backend) {
    this.backend = backend;
  }

  /**
   * GetCSVHeader: the pool's standard attributes in schema order, then its custom attributes, then
   * {@code cognito:mfa_enabled} and {@code cognito:username}, as the developer guide's sample and
   * public exports show.
   */
  public GetCsvHeaderResponse getCSVHeader(GetCsvHeaderRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    return GetCsvHeaderResponse.builder().userPoolId(pool.id()).csvHeader(header(pool)).build();
  }

  /** The columns of the pool's import file, in GetCSVHeader's order. */
  static List<String> header(UserPool pool) {
    List<String> standard = new ArrayList<>();
    List<String> custom = new ArrayList<>();
    for (SchemaAttributeType attribute : pool.config().schemaAttributes()) {
      String name = attribute.name();
      if (name == null || NOT_IMPORTED.contains(name)) {
        continue;
      }
      (name.contains(":") ? custom : standard).add(name);
    }
    List<String> header = new ArrayList<>(standard);
    header.addAll(custom);
    header.add(UserImportRows.MFA_ENABLED);
    header.add(UserImportRows.USERNAME);
    return header;
  }

  /**
   * CreateUserImportJob: a job in status Created, with a pre-signed URL for its file.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     if a member is missing or malformed, or the role ARN is not an IAM role's
   */
  public CreateUserImportJobResponse createUserImportJob(CreateUserImportJobRequest request) {
    String jobName = SignUpOperations.require(request.jobName(), "jobName");
    if (jobName.isEmpty() || jobName.length() > 128 || !JOB_NAME.matcher(jobName).matches()) {
      throw CognitoErrors.constraint("jobName", jobName, jobName.isEmpty()
          ? "Member must have length greater than or equal to 1"
          : jobName.length() > 128 ? "Member must have length less than or equal to 128"
          : "Member must satisfy regular expression pattern: [\\w\\s+=,.@-]+");
    }
    String roleArn = SignUpOperations.require(request.cloudWatchLogsRoleArn(), "cloudWatchLogsRoleArn");
    if (roleArn.length() < 20 || roleArn.length() > 2048) {
      throw CognitoErrors.constraint("cloudWatchLogsRoleArn", roleArn, roleArn.length() < 20
          ? "Member must have length greater than or equal to 20"
          : "Member must have length less than or equal to 2048");
    }
    if (!ARN.matcher(roleArn).matches()) {
      throw CognitoErrors.constraint("cloudWatchLogsRoleArn", roleArn,
          "Member must satisfy regular expression pattern: " + ARN_RULE);
    }
    UserPool pool = backend.pool(request.userPoolId());
    if (!IAM_ROLE.matcher(roleArn).matches()) {
      // Cognito assumes the role to write the job's log; the wording is assumed.
      throw CognitoErrors.invalidParameter("CloudWatchLogsRoleArn " + roleArn + " is not an IAM role ARN.");
    }
    Instant now = backend.clock().instant();
    pool.lock().lock();
    try {
      String jobId;
      do {
        jobId = "import-" + Ids.alphanumeric(10);
      } while (pool.importJobs().containsKey(jobId));
      UserImportJob job = new UserImportJob(pool.id(), jobId, jobName, roleArn, now, pool.nextSequence(),
          HexFormat.of().formatHex(Ids.randomBytes(32)));
      pool.importJobs().put(jobId, job);
      return CreateUserImportJobResponse.builder().userImportJob(describe(job, now)).build();
    } finally {
      pool.lock().unlock();
    }
  }

  /**
   * StartUserImportJob: the job turns Pending, then InProgress, and imports its rows once done.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.PreconditionNotMetException
   *     if the job is not in status Created, or the pool verifies neither email addresses nor phone
   *     numbers ("If the user pool has no auto-verified attributes, the import job will not
   *     start", developer guide)
   */
  public StartUserImportJobResponse startUserImportJob(StartUserImportJobRequest request) {
    String jobId = checkJobId(request.jobId());
    UserPool pool = backend.pool(request.userPoolId());
    Instant now = backend.clock().instant();
    pool.lock().lock();
    try {
      UserImportJob job = job(pool, jobId);
      UserImportJobStatusType status = job.status(now);
      if (status != UserImportJobStatusType.CREATED) {
        throw CognitoErrors.preconditionNotMet("Import job " + jobId + " is " + status + " and cannot be started.");
      }
      if (pool.config().autoVerifiedAttributes().isEmpty()) {
        throw CognitoErrors.preconditionNotMet(
            "The user pool has no auto-verified attributes, so users cannot be imported.");
      }
      job.start(now);
      pool.nextImportDue(Math.min(pool.nextImportDue(), job.due().toEpochMilli()));
      return StartUserImportJobResponse.builder().userImportJob(describe(job, now)).build();
    } finally {
      pool.lock().unlock();
    }
  }

  /**
   * StopUserImportJob: a Pending or InProgress job stops at once, before it imports any row.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.PreconditionNotMetException
   *     if the job is not Pending or InProgress
   */
  public StopUserImportJobResponse stopUserImportJob(StopUserImportJobRequest request) {
    String jobId = checkJobId(request.jobId());
    UserPool pool = backend.pool(request.userPoolId());
    Instant now = backend.clock().instant();
    pool.lock().lock();
    try {
      UserImportJob job = job(pool, jobId);
      UserImportJobStatusType status = job.status(now);
      if (status != UserImportJobStatusType.PENDING && status != UserImportJobStatusType.IN_PROGRESS) {
        throw CognitoErrors.preconditionNotMet("Import job " + jobId + " is " + status + " and cannot be stopped.");
      }
      job.stop(now);
      pool.nextImportDue(nextDue(pool));
      return StopUserImportJobResponse.builder().userImportJob(describe(job, now)).build();
    } finally {
      pool.lock().unlock();
    }
  }

  /** DescribeUserImportJob. */
  public DescribeUserImportJobResponse describeUserImportJob(DescribeUserImportJobRequest request) {
    String jobId = checkJobId(request.jobId());
    UserPool pool = backend.pool(request.userPoolId());
    Instant now = backend.clock().instant();
    pool.lock().lock();
    try {
      return DescribeUserImportJobResponse.builder().userImportJob(describe(job(pool, jobId), now)).build();
    } finally {
      pool.lock().unlock();
    }
  }

  /**
   * ListUserImportJobs: newest first ("from last created to first created", developer guide).
   * MaxResults is required.
   */
  public ListUserImportJobsResponse listUserImportJobs(ListUserImportJobsRequest request) {
    Integer max = request.maxResults();
    if (max == null) {
      throw CognitoErrors.notNull("maxResults");
    }
    Paging.checkMaxResults(max, MAX_RESULTS);
    String token = request.paginationToken();
    if (token != null && !TOKEN.matcher(token).matches()) {
      throw CognitoErrors.constraint("paginationToken", token, token.isEmpty()
          ? "Member must have length greater than or equal to 1"
          : "Member must satisfy regular expression pattern: [\\S]+");
    }
    UserPool pool = backend.pool(request.userPoolId());
    Instant now = backend.clock().instant();
    List<UserImportJobType> jobs;
    String next;
    pool.lock().lock();
    try {
      Paging<UserImportJob> page = Paging.page("ListUserImportJobs", pool.importJobs().values(),
          job -> Paging.key(-job.sequence()), token, max);
      jobs = page.items().stream().map(job -> describe(job, now)).toList();
      next = page.nextToken();
    } finally {
      pool.lock().unlock();
    }
    return ListUserImportJobsResponse.builder().userImportJobs(jobs).paginationToken(next).build();
  }

  /* ---- Upload ---- */

  /** Why an upload to a pre-signed URL was refused, as S3 would answer it. */
  public static final class UploadRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String code;

    UploadRefused(int status, String code, String message) {
      super(message, null, false, false);
      this.status = status;
      this.code = code;
    }

    public int status() {
      return status;
    }

    /** The S3 error code, such as {@code AccessDenied}. */
    public String code() {
      return code;
    }
  }

  /**
   * Stores a job's CSV file, as a PUT to its pre-signed URL does, and returns the ETag S3 would
   * give it (the MD5 of the content, quoted). A job takes uploads while it is Created and its URL
   * is valid (15 minutes); a later upload replaces an earlier one.
   *
   * @throws UploadRefused if there is no such pool or job, the URL has expired, or the job has
   *     been started
   */
  public static String upload(Backend backend, String userPoolId, String jobId, byte[] csv) {
    UserPool pool = backend.findPool(userPoolId);
    if (pool == null) {
      throw new UploadRefused(403, "SignatureDoesNotMatch", "No import job " + jobId + " in pool " + userPoolId);
    }
    settle(backend, pool);
    Instant now = backend.clock().instant();
    pool.lock().lock();
    try {
      UserImportJob job = pool.importJobs().get(jobId);
      if (job == null) {
        throw new UploadRefused(403, "SignatureDoesNotMatch", "No import job " + jobId + " in pool " + userPoolId);
      }
      if (!now.isBefore(job.created().plus(UserImportJob.URL_VALIDITY))) {
        throw new UploadRefused(403, "AccessDenied", "Request has expired");
      }
      if (job.status(now) != UserImportJobStatusType.CREATED) {
        throw new UploadRefused(403, "AccessDenied",
            "Import job " + jobId + " is " + job.status(now) + " and takes no more uploads");
      }
      job.csv(new String(csv, StandardCharsets.UTF_8));
      return "\"" + HexFormat.of().formatHex(md5(csv)) + "\"";
    } finally {
      pool.lock().unlock();
    }
  }

  /**
   * The outcome of each row of a finished job, in file order; empty while the job has not
   * finished, and for a stopped job.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException
   *     if there is no such pool or job
   */
  public static List<UserImportLogEntry> log(Backend backend, String userPoolId, String jobId) {
    UserPool pool = backend.pool(userPoolId);
    pool.lock().lock();
    try {
      UserImportJob.Result result = job(pool, jobId).result();
      return result == null ? List.of() : result.log();
    } finally {
      pool.lock().unlock();
    }
  }

  /* ---- Running ---- */

  /**
   * Imports the rows of every job of the pool that has run to its end by the fake's clock. Cheap
   * when none is due: one volatile read.
   */
  public static void settle(Backend backend, UserPool pool) {
    long due = pool.nextImportDue();
    if (due == Long.MAX_VALUE || due > backend.clock().millis()) {
      return;
    }
    pool.lock().lock();
    try {
      Instant now = backend.clock().instant();
      for (UserImportJob job : pool.importJobs().values()) {
        if (job.running() && !job.due().isAfter(now)) {
          job.finish(UserImportRows.run(pool, job.csv(), job.due()));
        }
      }
      pool.nextImportDue(nextDue(pool));
    } finally {
      pool.lock().unlock();
    }
  }

  private static long nextDue(UserPool pool) {
    long next = Long.MAX_VALUE;
    for (UserImportJob job : pool.importJobs().values()) {
      if (job.running()) {
        next = Math.min(next, job.due().toEpochMilli());
      }
    }
    return next;
  }

  private UserImportJobType describe(UserImportJob job, Instant now) {
    return job.toType(now, backend.uploadBase());
  }

  private static UserImportJob job(UserPool pool, String jobId) {
    UserImportJob job = pool.importJobs().get(jobId);
    if (job == null) {
      throw CognitoErrors.importJobNotFound(jobId);
    }
    return job;
  }

  private static String checkJobId(@Nullable String jobId) {
    if (jobId == null) {
      throw CognitoErrors.notNull("jobId");
    }
    if (jobId.isEmpty() || jobId.length() > 55 || !JOB_ID.matcher(jobId).matches()) {
      throw CognitoErrors.constraint("jobId", jobId, jobId.isEmpty()
          ? "Member must have length greater than or equal to 1"
          : jobId.length() > 55 ? "Member must have length less than or equal to 55"
          : "Member must satisfy regular expression pattern: import-[0-9a-zA-Z-]+");
    }
    return jobId;
  }

  private static byte[] md5(byte[] content) {
    try {
      return MessageDigest.getInstance("MD5").digest(content);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is missing from this JVM", e);
    }
  }
}
