package dev.fakecognito.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserImportJobStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserImportJobType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/** The pre-signed URL of a user import job, as an HTTP client (curl, an S3 client) uploads to it. */
class UserImportUploadTest {

  private static final String ROLE = "arn:aws:iam::123456789012:role/CognitoImport";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final FakeCognito fake = FakeCognito.create();
  private final CognitoIdentityProviderClient cognito = fake.client();
  private final String poolId = cognito.createUserPool(r -> r.poolName("import")
      .autoVerifiedAttributes(VerifiedAttributeType.EMAIL)).userPool().id();

  @AfterEach
  void close() {
    fake.close();
  }

  private UserImportJobType createJob() {
    return cognito.createUserImportJob(r -> r.userPoolId(poolId).jobName("users").cloudWatchLogsRoleArn(ROLE))
        .userImportJob();
  }

  private String csv() {
    List<String> header = cognito.getCSVHeader(r -> r.userPoolId(poolId)).csvHeader();
    List<String> values = header.stream().map(column -> switch (column) {
      case "cognito:username" -> "alice";
      case "cognito:mfa_enabled" -> "false";
      case "email" -> "alice@example.com";
      case "email_verified" -> "true";
      default -> "";
    }).toList();
    return String.join(",", header) + "\n" + String.join(",", values) + "\n";
  }

  private static HttpResponse<String> put(String url, String body) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url))
        .header("x-amz-server-side-encryption", "aws:kms")
        .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void csv_put_to_the_pre_signed_url_is_imported() throws Exception {
    URI endpoint = fake.endpoint();
    UserImportJobType job = createJob();
    String csv = csv();

    HttpResponse<String> response = put(job.preSignedUrl(), csv);
    cognito.startUserImportJob(r -> r.userPoolId(poolId).jobId(job.jobId()));
    fake.clock().advance(Duration.ofMinutes(1));

    assertThat(job.preSignedUrl()).startsWith(endpoint + "/user-import/" + poolId + "/" + job.jobId() + "?");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("ETag")).hasValue("\"" + md5(csv) + "\"");
    UserImportJobType done = cognito.describeUserImportJob(r -> r.userPoolId(poolId).jobId(job.jobId()))
        .userImportJob();
    assertThat(done.status()).isEqualTo(UserImportJobStatusType.SUCCEEDED);
    assertThat(done.importedUsers()).isEqualTo(1L);
    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")).userStatus())
        .isEqualTo(UserStatusType.RESET_REQUIRED);
  }

  @Test
  void url_names_the_endpoint_once_it_serves() {
    UserImportJobType job = createJob();
    assertThat(job.preSignedUrl()).startsWith("https://aws-cognito-idp-user-import-us-east-1.s3.amazonaws.com/");

    URI endpoint = fake.endpoint();

    assertThat(cognito.describeUserImportJob(r -> r.userPoolId(poolId).jobId(job.jobId())).userImportJob()
        .preSignedUrl()).startsWith(endpoint + "/user-import/" + poolId + "/" + job.jobId() + "?");
  }

  @Test
  void other_methods_than_put_are_refused() throws Exception {
    fake.endpoint();
    UserImportJobType job = createJob();

    HttpResponse<String> get = HTTP.send(HttpRequest.newBuilder(URI.create(job.preSignedUrl())).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create(job.preSignedUrl()))
        .POST(HttpRequest.BodyPublishers.ofString(csv())).build(), HttpResponse.BodyHandlers.ofString());

    assertThat(get.statusCode()).isEqualTo(405);
    assertThat(get.body()).contains("<Code>MethodNotAllowed</Code>");
    assertThat(post.statusCode()).isEqualTo(405);
  }

  @Test
  void upload_to_an_unknown_job_or_an_expired_url_is_forbidden() throws Exception {
    fake.endpoint();
    UserImportJobType job = createJob();
    String unknown = job.preSignedUrl().replace(job.jobId(), "import-nothere0000");

    HttpResponse<String> toUnknown = put(unknown, csv());
    fake.clock().advance(Duration.ofMinutes(15));
    HttpResponse<String> late = put(job.preSignedUrl(), csv());

    assertThat(toUnknown.statusCode()).isEqualTo(403);
    assertThat(toUnknown.body()).contains("<Code>SignatureDoesNotMatch</Code>");
    assertThat(late.statusCode()).isEqualTo(403);
    assertThat(late.body()).contains("<Code>AccessDenied</Code>").contains("<Message>Request has expired</Message>");
  }

  private static String md5(String content) throws Exception {
    byte[] digest = MessageDigest.getInstance("MD5").digest(content.getBytes(StandardCharsets.UTF_8));
    return String.format("%032x", new BigInteger(1, digest));
  }
}
