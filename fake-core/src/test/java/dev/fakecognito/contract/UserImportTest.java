package dev.fakecognito.contract;

import static dev.fakecognito.testing.Fixtures.PASSWORD;
import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.assertInvalidPaginationToken;
import static dev.fakecognito.testing.Fixtures.attribute;
import static dev.fakecognito.testing.Fixtures.client;
import static dev.fakecognito.testing.Fixtures.confirmedUser;
import static dev.fakecognito.testing.Fixtures.fake;
import static dev.fakecognito.testing.Fixtures.pool;
import static dev.fakecognito.testing.Fixtures.signIn;
import static dev.fakecognito.testing.Transport.clientFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.recording.UserImportLogEntry;
import dev.fakecognito.recording.UserImportLogEntry.Outcome;
import dev.fakecognito.triggers.PreSignUpResponse;
import dev.fakecognito.triggers.Triggers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeDataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserImportJobsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordResetRequiredException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreconditionNotMetException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserImportJobStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserImportJobType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

class UserImportTest {

  private static final String ROLE = "arn:aws:iam::123456789012:role/CognitoImport";
  private static final String ARN_RULE =
      "arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?";
  private static final List<String> STANDARD_HEADER = List.of("name", "given_name", "family_name", "middle_name",
      "nickname", "preferred_username", "profile", "picture", "website", "email", "email_verified", "gender",
      "birthdate", "zoneinfo", "locale", "phone_number", "phone_number_verified", "address", "updated_at",
      "cognito:mfa_enabled", "cognito:username");

  private final FakeCognito fake = fake();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);
  private String poolId = emailPool(r -> {});

  private String emailPool(Consumer<CreateUserPoolRequest.Builder> settings) {
    return pool(cognito, r -> settings.accept(r.autoVerifiedAttributes(VerifiedAttributeType.EMAIL)));
  }

  private String createJob() {
    return cognito.createUserImportJob(r -> r.userPoolId(poolId).jobName("users").cloudWatchLogsRoleArn(ROLE))
        .userImportJob().jobId();
  }

  private UserImportJobType describe(String jobId) {
    return cognito.describeUserImportJob(r -> r.userPoolId(poolId).jobId(jobId)).userImportJob();
  }

  private UserImportJobType start(String jobId) {
    return cognito.startUserImportJob(r -> r.userPoolId(poolId).jobId(jobId)).userImportJob();
  }

  /** The pool's header, then one line per row; a row names only its non-empty columns. */
  private String csv(List<Map<String, String>> rows) {
    List<String> header = cognito.getCSVHeader(r -> r.userPoolId(poolId)).csvHeader();
    StringBuilder csv = new StringBuilder(String.join(",", header)).append('\n');
    for (Map<String, String> row : rows) {
      List<String> values = new ArrayList<>();
      for (String column : header) {
        values.add(row.getOrDefault(column, column.equals("cognito:mfa_enabled") ? "false" : ""));
      }
      csv.append(String.join(",", values)).append('\n');
    }
    return csv.toString();
  }

  private static Map<String, String> user(String username, String email) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("cognito:username", username);
    row.put("email", email);
    row.put("email_verified", "true");
    return row;
  }

  private static Map<String, String> with(Map<String, String> row, String column, String value) {
    Map<String, String> changed = new LinkedHashMap<>(row);
    changed.put(column, value);
    return changed;
  }

  /** Creates a job, uploads the rows, starts it and lets it finish; returns the job ID. */
  private String importRows(List<Map<String, String>> rows) {
    return importFile(csv(rows));
  }

  private String importFile(String csv) {
    String jobId = createJob();
    fake.uploadUserImport(poolId, jobId, csv);
    start(jobId);
    fake.clock().advance(Duration.ofMinutes(1));
    return jobId;
  }

  private List<UserImportLogEntry> log(String jobId) {
    return fake.userImportLog(poolId, jobId);
  }

  private AdminGetUserResponse adminGetUser(String username) {
    return cognito.adminGetUser(r -> r.userPoolId(poolId).username(username));
  }

  /* ---- GetCSVHeader ---- */

  @Test
  void header_lists_the_standard_attributes_then_the_cognito_columns() {
    assertThat(cognito.getCSVHeader(r -> r.userPoolId(poolId)).csvHeader()).containsExactlyElementsOf(STANDARD_HEADER);
    assertThat(cognito.getCSVHeader(r -> r.userPoolId(poolId)).userPoolId()).isEqualTo(poolId);
  }

  @Test
  void custom_attributes_come_before_the_cognito_columns() {
    poolId = emailPool(r -> r.schema(s -> s.name("tier").attributeDataType(AttributeDataType.STRING)));

    List<String> header = cognito.getCSVHeader(r -> r.userPoolId(poolId)).csvHeader();

    assertThat(header.subList(header.size() - 3, header.size()))
        .containsExactly("custom:tier", "cognito:mfa_enabled", "cognito:username");
  }

  @Test
  void header_of_an_unknown_pool_throws_ResourceNotFoundException() {
    assertCognitoError(() -> cognito.getCSVHeader(r -> r.userPoolId("us-east-1_nothere00")),
        ResourceNotFoundException.class, "User pool us-east-1_nothere00 does not exist.");
  }

  /* ---- CreateUserImportJob ---- */

  @Test
  void created_job_waits_for_its_file_with_a_pre_signed_url() {
    Instant now = fake.clock().instant();

    UserImportJobType job = cognito.createUserImportJob(r -> r.userPoolId(poolId).jobName("first batch")
        .cloudWatchLogsRoleArn(ROLE)).userImportJob();

    assertThat(job.jobId()).matches("import-[A-Za-z0-9]{10}");
    assertThat(job.jobName()).isEqualTo("first batch");
    assertThat(job.userPoolId()).isEqualTo(poolId);
    assertThat(job.status()).isEqualTo(UserImportJobStatusType.CREATED);
    assertThat(job.cloudWatchLogsRoleArn()).isEqualTo(ROLE);
    assertThat(job.creationDate()).isEqualTo(now);
    assertThat(job.startDate()).isNull();
    assertThat(job.completionDate()).isNull();
    assertThat(job.completionMessage()).isNull();
    assertThat(List.of(job.importedUsers(), job.skippedUsers(), job.failedUsers())).containsOnly(0L);
    assertThat(job.preSignedUrl()).contains("/user-import/" + poolId + "/" + job.jobId() + "?")
        .contains("X-Amz-Expires=900").contains("X-Amz-Signature=");
  }

  @Test
  void missing_job_name_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.createUserImportJob(r -> r.userPoolId(poolId).cloudWatchLogsRoleArn(ROLE)),
        InvalidParameterException.class,
        "1 validation error detected: Value null at 'jobName' failed to satisfy constraint: Member must not be null");
  }

  @Test
  void job_name_with_a_forbidden_character_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.createUserImportJob(r -> r.userPoolId(poolId).jobName("a/b")
            .cloudWatchLogsRoleArn(ROLE)),
        InvalidParameterException.class, "1 validation error detected: Value 'a/b' at 'jobName' failed to satisfy "
            + "constraint: Member must satisfy regular expression pattern: [\\w\\s+=,.@-]+");
  }

  @Test
  void missing_role_arn_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.createUserImportJob(r -> r.userPoolId(poolId).jobName("users")),
        InvalidParameterException.class, "1 validation error detected: Value null at 'cloudWatchLogsRoleArn' "
            + "failed to satisfy constraint: Member must not be null");
  }

  @Test
  void role_arn_that_is_no_arn_throws_InvalidParameterException() {
    String notArn = "not-an-arn-but-long-enough";

    assertCognitoError(() -> cognito.createUserImportJob(r -> r.userPoolId(poolId).jobName("users")
            .cloudWatchLogsRoleArn(notArn)),
        InvalidParameterException.class, "1 validation error detected: Value '" + notArn
            + "' at 'cloudWatchLogsRoleArn' failed to satisfy constraint: Member must satisfy regular expression "
            + "pattern: " + ARN_RULE);
  }

  @Test
  void arn_of_something_other_than_an_iam_role_throws_InvalidParameterException() {
    String lambda = "arn:aws:lambda:us-east-1:123456789012:function:importer";

    assertCognitoError(() -> cognito.createUserImportJob(r -> r.userPoolId(poolId).jobName("users")
            .cloudWatchLogsRoleArn(lambda)),
        InvalidParameterException.class, "CloudWatchLogsRoleArn " + lambda + " is not an IAM role ARN.");
  }

  @Test
  void job_for_an_unknown_pool_throws_ResourceNotFoundException() {
    assertCognitoError(() -> cognito.createUserImportJob(r -> r.userPoolId("us-east-1_nothere00").jobName("users")
            .cloudWatchLogsRoleArn(ROLE)),
        ResourceNotFoundException.class, "User pool us-east-1_nothere00 does not exist.");
  }

  /* ---- DescribeUserImportJob and ListUserImportJobs ---- */

  @Test
  void describe_returns_the_job_as_created() {
    UserImportJobType created = cognito.createUserImportJob(r -> r.userPoolId(poolId).jobName("users")
        .cloudWatchLogsRoleArn(ROLE)).userImportJob();

    assertThat(describe(created.jobId())).isEqualTo(created);
  }

  @Test
  void describing_an_unknown_job_throws_ResourceNotFoundException() {
    assertCognitoError(() -> describe("import-nothere0000"), ResourceNotFoundException.class,
        "Import job import-nothere0000 does not exist.");
  }

  @Test
  void malformed_job_id_throws_InvalidParameterException() {
    assertCognitoError(() -> describe("job-1"), InvalidParameterException.class,
        "1 validation error detected: Value 'job-1' at 'jobId' failed to satisfy constraint: "
            + "Member must satisfy regular expression pattern: import-[0-9a-zA-Z-]+");
    assertCognitoError(() -> cognito.describeUserImportJob(r -> r.userPoolId(poolId)), InvalidParameterException.class,
        "1 validation error detected: Value null at 'jobId' failed to satisfy constraint: Member must not be null");
  }

  @Test
  void list_shows_the_newest_job_first_a_page_at_a_time() {
    String first = createJob();
    fake.clock().advance(Duration.ofSeconds(1));
    String second = createJob();
    fake.clock().advance(Duration.ofSeconds(1));
    String third = createJob();

    ListUserImportJobsResponse page = cognito.listUserImportJobs(r -> r.userPoolId(poolId).maxResults(2));
    ListUserImportJobsResponse rest = cognito.listUserImportJobs(r -> r.userPoolId(poolId).maxResults(2)
        .paginationToken(page.paginationToken()));

    assertThat(page.userImportJobs()).extracting(UserImportJobType::jobId).containsExactly(third, second);
    assertThat(page.paginationToken()).isNotNull();
    assertThat(rest.userImportJobs()).extracting(UserImportJobType::jobId).containsExactly(first);
    assertThat(rest.paginationToken()).isNull();
  }

  @Test
  void list_without_max_results_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.listUserImportJobs(r -> r.userPoolId(poolId)), InvalidParameterException.class,
        "1 validation error detected: Value null at 'maxResults' failed to satisfy constraint: "
            + "Member must not be null");
  }

  @Test
  void max_results_outside_1_to_60_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.listUserImportJobs(r -> r.userPoolId(poolId).maxResults(0)),
        InvalidParameterException.class, "1 validation error detected: Value '0' at 'maxResults' failed to satisfy "
            + "constraint: Member must have value greater than or equal to 1");
    assertCognitoError(() -> cognito.listUserImportJobs(r -> r.userPoolId(poolId).maxResults(61)),
        InvalidParameterException.class, "1 validation error detected: Value '61' at 'maxResults' failed to satisfy "
            + "constraint: Member must have value less than or equal to 60");
  }

  @Test
  void pagination_token_not_issued_by_the_listing_throws_InvalidParameterException() {
    assertInvalidPaginationToken(() -> cognito.listUserImportJobs(r -> r.userPoolId(poolId).maxResults(5)
        .paginationToken("bogus")), "bogus");
  }

  /* ---- StartUserImportJob, StopUserImportJob and the clock ---- */

  @Test
  void started_job_is_pending_then_in_progress_then_succeeded_by_the_clock() {
    String jobId = createJob();
    fake.uploadUserImport(poolId, jobId, csv(List.of(user("alice", "alice@example.com"))));
    Instant startedAt = fake.clock().instant();

    UserImportJobType started = start(jobId);

    assertThat(started.status()).isEqualTo(UserImportJobStatusType.PENDING);
    assertThat(started.startDate()).isEqualTo(startedAt);
    fake.clock().advance(Duration.ofSeconds(5));
    assertThat(describe(jobId).status()).isEqualTo(UserImportJobStatusType.IN_PROGRESS);
    assertThat(cognito.listUsers(r -> r.userPoolId(poolId)).users()).isEmpty();
    fake.clock().advance(Duration.ofSeconds(5));
    UserImportJobType done = describe(jobId);
    assertThat(done.status()).isEqualTo(UserImportJobStatusType.SUCCEEDED);
    assertThat(done.completionDate()).isEqualTo(startedAt.plusSeconds(10));
    assertThat(done.completionMessage()).isEqualTo("Import Job Completed Successfully.");
    assertThat(List.of(done.importedUsers(), done.skippedUsers(), done.failedUsers())).containsExactly(1L, 0L, 0L);
    assertThat(log(jobId)).extracting(UserImportLogEntry::toString)
        .containsExactly("[SUCCEEDED] Line Number 2 - The import succeeded.");
  }

  @Test
  void users_appear_at_the_jobs_end_even_if_nobody_describes_it() {
    String jobId = createJob();
    fake.uploadUserImport(poolId, jobId, csv(List.of(user("alice", "alice@example.com"))));
    Instant startedAt = fake.clock().instant();
    start(jobId);

    fake.clock().advance(Duration.ofHours(1));

    AdminGetUserResponse alice = adminGetUser("alice");
    assertThat(alice.userStatus()).isEqualTo(UserStatusType.RESET_REQUIRED);
    assertThat(alice.userCreateDate()).isEqualTo(startedAt.plusSeconds(10));
  }

  @Test
  void starting_a_job_twice_throws_PreconditionNotMetException() {
    String jobId = createJob();
    start(jobId);

    assertCognitoError(() -> start(jobId), PreconditionNotMetException.class,
        "Import job " + jobId + " is Pending and cannot be started.");
  }

  @Test
  void starting_an_unknown_job_throws_ResourceNotFoundException() {
    assertCognitoError(() -> start("import-nothere0000"), ResourceNotFoundException.class,
        "Import job import-nothere0000 does not exist.");
  }

  @Test
  void pool_without_auto_verified_attributes_cannot_start_a_job() {
    poolId = pool(cognito);
    String jobId = createJob();

    assertCognitoError(() -> start(jobId), PreconditionNotMetException.class,
        "The user pool has no auto-verified attributes, so users cannot be imported.");
    assertThat(describe(jobId).status()).isEqualTo(UserImportJobStatusType.CREATED);
  }

  @Test
  void job_not_started_within_a_day_expires() {
    String jobId = createJob();
    fake.clock().advance(Duration.ofHours(24));

    assertThat(describe(jobId).status()).isEqualTo(UserImportJobStatusType.EXPIRED);
    assertCognitoError(() -> start(jobId), PreconditionNotMetException.class,
        "Import job " + jobId + " is Expired and cannot be started.");
  }

  @Test
  void job_started_without_a_file_fails() {
    String jobId = createJob();
    start(jobId);
    fake.clock().advance(Duration.ofMinutes(1));

    UserImportJobType job = describe(jobId);

    assertThat(job.status()).isEqualTo(UserImportJobStatusType.FAILED);
    assertThat(job.completionMessage())
        .isEqualTo("The CSV file was not found: nothing was uploaded to the pre-signed URL.");
  }

  @Test
  void stopped_job_imports_nobody() {
    String jobId = createJob();
    fake.uploadUserImport(poolId, jobId, csv(List.of(user("alice", "alice@example.com"))));
    start(jobId);
    fake.clock().advance(Duration.ofSeconds(6));
    Instant stoppedAt = fake.clock().instant();

    UserImportJobType stopped = cognito.stopUserImportJob(r -> r.userPoolId(poolId).jobId(jobId)).userImportJob();
    fake.clock().advance(Duration.ofMinutes(1));

    assertThat(stopped.status()).isEqualTo(UserImportJobStatusType.STOPPED);
    assertThat(stopped.completionDate()).isEqualTo(stoppedAt);
    assertThat(stopped.completionMessage()).isEqualTo("The Import Job was stopped by the developer.");
    assertThat(describe(jobId)).isEqualTo(stopped);
    assertThat(cognito.listUsers(r -> r.userPoolId(poolId)).users()).isEmpty();
    assertThat(log(jobId)).isEmpty();
  }

  @Test
  void stopping_a_job_that_is_not_running_throws_PreconditionNotMetException() {
    String created = createJob();
    String finished = importRows(List.of(user("alice", "alice@example.com")));

    assertCognitoError(() -> cognito.stopUserImportJob(r -> r.userPoolId(poolId).jobId(created)),
        PreconditionNotMetException.class, "Import job " + created + " is Created and cannot be stopped.");
    assertCognitoError(() -> cognito.stopUserImportJob(r -> r.userPoolId(poolId).jobId(finished)),
        PreconditionNotMetException.class, "Import job " + finished + " is Succeeded and cannot be stopped.");
  }

  @Test
  void upload_is_refused_once_the_job_started_or_the_url_expired() {
    String startedJob = createJob();
    start(startedJob);
    String lateJob = createJob();

    assertThatThrownBy(() -> fake.uploadUserImport(poolId, startedJob, csv(List.of())))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("is Pending and takes no more uploads");
    fake.clock().advance(Duration.ofMinutes(15));
    assertThatThrownBy(() -> fake.uploadUserImport(poolId, lateJob, csv(List.of())))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("Request has expired");
    assertThatThrownBy(() -> fake.uploadUserImport(poolId, "import-nothere0000", csv(List.of())))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("No import job import-nothere0000");
  }

  /* ---- Rows ---- */

  @Test
  void imported_user_resets_the_password_and_then_signs_in() {
    String clientId = client(cognito, poolId).clientId();
    importRows(List.of(with(user("alice", "alice@example.com"), "given_name", "Alice")));

    // GIVEN an imported user, who has no password anyone knows
    AdminGetUserResponse alice = adminGetUser("alice");
    assertThat(alice.userStatus()).isEqualTo(UserStatusType.RESET_REQUIRED);
    assertThat(alice.enabled()).isTrue();
    assertThat(alice.userAttributes()).extracting(AttributeType::name, AttributeType::value)
        .contains(tuple("email", "alice@example.com"),
            tuple("email_verified", "true"),
            tuple("given_name", "Alice"));
    assertCognitoError(() -> signIn(cognito, clientId, "alice", "anything-1A!"),
        PasswordResetRequiredException.class, "Password reset required for the user");

    // WHEN they reset it with the code sent to their verified email address
    cognito.forgotPassword(r -> r.clientId(clientId).username("alice"));
    assertThat(fake.outbox().messages()).singleElement()
        .satisfies(m -> assertThat(m.destination()).isEqualTo("alice@example.com"));
    String code = fake.outbox().lastCode(poolId, "alice").orElseThrow();
    cognito.confirmForgotPassword(r -> r.clientId(clientId).username("alice").confirmationCode(code)
        .password(PASSWORD));

    // THEN they sign in with the new one
    assertThat(signIn(cognito, clientId, "alice", PASSWORD).accessToken()).isNotBlank();
    assertThat(adminGetUser("alice").userStatus()).isEqualTo(UserStatusType.CONFIRMED);
  }

  @Test
  void existing_username_is_skipped() {
    confirmedUser(cognito, poolId, "bob");

    String jobId = importRows(List.of(user("alice", "alice@example.com"), user("bob", "bob@example.com")));

    UserImportJobType job = describe(jobId);
    assertThat(List.of(job.importedUsers(), job.skippedUsers(), job.failedUsers())).containsExactly(1L, 1L, 0L);
    assertThat(log(jobId)).extracting(UserImportLogEntry::toString).containsExactly(
        "[SUCCEEDED] Line Number 2 - The import succeeded.", "[SKIPPED] Line Number 3 - The user already exists.");
    assertThat(adminGetUser("bob").userStatus()).isEqualTo(UserStatusType.CONFIRMED);
  }

  @Test
  void row_without_a_verified_auto_verified_attribute_fails() {
    String jobId = importRows(List.of(user("alice", "alice@example.com"),
        with(user("bob", "bob@example.com"), "email_verified", "false")));

    assertThat(log(jobId).get(1)).isEqualTo(new UserImportLogEntry(3, Outcome.FAILED,
        "The User Record does not set any of the auto verified attributes to true. (Example: email_verified to true)."));
    assertThat(describe(jobId).failedUsers()).isEqualTo(1L);
  }

  @Test
  void verified_email_without_an_address_fails() {
    Map<String, String> row = new LinkedHashMap<>(Map.of("cognito:username", "alice", "email_verified", "TRUE"));

    String jobId = importRows(List.of(row));

    assertThat(log(jobId)).extracting(UserImportLogEntry::message)
        .containsExactly("email is required when email_verified is true.");
  }

  @Test
  void attributes_are_checked_against_the_schema_as_AdminCreateUser_checks_them() {
    poolId = emailPool(r -> r.schema(s -> s.name("given_name").required(true)));

    String jobId = importRows(List.of(user("alice", "not-an-email"),
        user("bob", "bob@example.com"),
        with(user("carol", "carol@example.com"), "given_name", "Carol")));

    assertThat(log(jobId)).extracting(UserImportLogEntry::outcome, UserImportLogEntry::message).containsExactly(
        tuple(Outcome.FAILED, "Invalid email address format."),
        tuple(Outcome.FAILED,
            "Attributes did not conform to the schema: given_name: The attribute is required"),
        tuple(Outcome.SUCCEEDED, "The import succeeded."));
  }

  @Test
  void username_with_a_space_fails() {
    String jobId = importRows(List.of(user("alice smith", "alice@example.com")));

    assertThat(log(jobId)).extracting(UserImportLogEntry::message)
        .containsExactly("cognito:username cannot contain spaces or tabs.");
  }

  @Test
  void mfa_enabled_must_match_the_pools_mfa_setting() {
    String jobId = importRows(List.of(with(user("alice", "alice@example.com"), "cognito:mfa_enabled", "true"),
        with(user("bob", "bob@example.com"), "cognito:mfa_enabled", "")));

    assertThat(log(jobId)).extracting(UserImportLogEntry::message).containsExactly(
        "cognito:mfa_enabled must be false: MFA is off in the user pool.", "cognito:mfa_enabled is required.");
  }

  @Test
  void mfa_enabled_turns_on_sms_mfa_where_mfa_is_optional() {
    poolId = emailPool(r -> r.mfaConfiguration(UserPoolMfaType.OPTIONAL)
        .smsConfiguration(s -> s.snsCallerArn("arn:aws:iam::123456789012:role/sms").externalId("x")));

    importRows(List.of(with(with(user("alice", "alice@example.com"), "cognito:mfa_enabled", "TRUE"),
        "phone_number", "+15555550100")));

    assertThat(adminGetUser("alice").userMFASettingList()).containsExactly("SMS_MFA");
  }

  @Test
  void taken_email_alias_fails_the_row() {
    poolId = emailPool(r -> r.aliasAttributes(AliasAttributeType.EMAIL));
    confirmedUser(cognito, poolId, "bob", attribute("email", "shared@example.com"),
        attribute("email_verified", "true"));

    String jobId = importRows(List.of(user("alice", "shared@example.com")));

    assertThat(log(jobId)).extracting(UserImportLogEntry::message)
        .containsExactly("An account with the given email already exists.");
    assertThat(describe(jobId).status()).isEqualTo(UserImportJobStatusType.FAILED);
    assertThat(describe(jobId).completionMessage())
        .isEqualTo("Too many users have failed or been skipped during the import.");
  }

  @Test
  void pool_that_signs_in_with_email_takes_the_email_as_username() {
    poolId = emailPool(r -> r.usernameAttributes(UsernameAttributeType.EMAIL));

    String jobId = importRows(List.of(user("alice@example.com", "alice@example.com"),
        user("bob", "bob@example.com")));

    AdminGetUserResponse alice = adminGetUser("alice@example.com");
    assertThat(alice.username()).isEqualTo(alice.userAttributes().stream()
        .filter(a -> a.name().equals("sub")).findFirst().orElseThrow().value());
    assertThat(log(jobId)).extracting(UserImportLogEntry::message)
        .containsExactly("The import succeeded.", "Username should be an email.");
  }

  @Test
  void escaped_commas_and_surrounding_spaces_are_read_as_cognito_reads_them() {
    importRows(List.of(with(user("  alice ", "alice@example.com"), "address", "1 Main St\\, Springfield")));

    assertThat(adminGetUser("alice").userAttributes()).contains(attribute("address", "1 Main St, Springfield"));
  }

  @Test
  void unknown_column_fails_the_job() {
    String csv = csv(List.of(user("alice", "alice@example.com")));
    String withExtra = csv.replaceFirst("\n", ",password\n").replaceFirst("(alice@example.com[^\n]*)\n", "$1,x\n");

    String jobId = importFile(withExtra);

    UserImportJobType job = describe(jobId);
    assertThat(job.status()).isEqualTo(UserImportJobStatusType.FAILED);
    assertThat(job.completionMessage()).isEqualTo("The CSV header is invalid: unknown column password.");
    assertThat(cognito.listUsers(r -> r.userPoolId(poolId)).users()).isEmpty();
  }

  @Test
  void missing_column_fails_the_job() {
    String jobId = importFile("cognito:username,cognito:mfa_enabled,email,email_verified\nalice,false,a@example.com,true\n");

    assertThat(describe(jobId).completionMessage()).isEqualTo("The CSV header is invalid: column name is missing.");
    assertThat(log(jobId)).isEmpty();
  }

  @Test
  void columns_may_come_in_any_order() {
    List<String> header = new ArrayList<>(STANDARD_HEADER);
    Collections.reverse(header);
    List<String> values = new ArrayList<>();
    for (String column : header) {
      values.add(switch (column) {
        case "cognito:username" -> "alice";
        case "cognito:mfa_enabled" -> "false";
        case "email" -> "alice@example.com";
        case "email_verified" -> "true";
        default -> "";
      });
    }

    importFile(String.join(",", header) + "\r\n" + String.join(",", values) + "\r\n");

    assertThat(adminGetUser("alice").userAttributes()).contains(attribute("email", "alice@example.com"));
  }

  @Test
  void import_runs_no_trigger_and_sends_no_message() {
    fake.attachTrigger(poolId, Triggers.preSignUp(event -> PreSignUpResponse.autoConfirm()));

    importRows(List.of(user("alice", "alice@example.com")));

    assertThat(adminGetUser("alice").userStatus()).isEqualTo(UserStatusType.RESET_REQUIRED);
    assertThat(fake.triggerInvocations()).isEmpty();
    assertThat(fake.outbox().messages()).isEmpty();
  }
}
