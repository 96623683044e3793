package dev.fakecognito.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FakeCognitoServerTest {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

  @Test
  void a_seeded_server_answers_over_http_prints_what_it_sends_and_stops_when_closed()
      throws Exception {
    Options options = Options.parse("--port", "0", "--seed", SeedTest.exampleSeed().toString());
    URI endpoint;
    try (FakeCognitoServer.Running running = FakeCognitoServer.start(options, out)) {
      endpoint = running.endpoint();
      assertThat(endpoint.toString()).startsWith("http://127.0.0.1:");
      assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo("fake-cognito serving " + endpoint
          + " (region us-east-1, 1 pool from " + SeedTest.exampleSeed() + "); Ctrl-C stops it"
          + System.lineSeparator());

      HttpResponse<String> pools = call(endpoint, "ListUserPools", "{\"MaxResults\":10}");
      assertThat(pools.statusCode()).isEqualTo(200);
      assertThat(pools.body()).contains("\"Id\":\"us-east-1_TestPool1\"", "\"Name\":\"app\"");

      HttpResponse<String> signIn = call(endpoint, "InitiateAuth", """
          {"ClientId": "abcdefghijklmnopqrstuvwxyz", "AuthFlow": "USER_PASSWORD_AUTH",
           "AuthParameters": {"USERNAME": "alice", "PASSWORD": "Passw0rd!"}}""");
      assertThat(signIn.statusCode()).isEqualTo(200);
      assertThat(signIn.body()).contains("\"IdToken\":");

      HttpResponse<String> jwks = HTTP.send(HttpRequest.newBuilder(
          endpoint.resolve("/us-east-1_TestPool1/.well-known/jwks.json")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(jwks.body()).contains("\"keys\"");

      assertThat(call(endpoint, "SignUp", """
          {"ClientId": "abcdefghijklmnopqrstuvwxyz", "Username": "dave", "Password": "Passw0rd!",
           "UserAttributes": [{"Name": "email", "Value": "dave@example.com"}]}""").statusCode()).isEqualTo(200);
      String code = running.fake().outbox().lastCode("us-east-1_TestPool1", "dave").orElseThrow();
      assertThat(printed.toString(StandardCharsets.UTF_8).lines()).last().isEqualTo(
          "[email] dave@example.com  code " + code + "  (SignUp, pool us-east-1_TestPool1)");
    }
    assertThatThrownBy(() -> call(endpoint, "ListUserPools", "{\"MaxResults\":10}"))
        .isInstanceOf(ConnectException.class);
  }

  @Test
  void the_region_is_the_seeds_unless_given() throws Exception {
    try (FakeCognitoServer.Running running = FakeCognitoServer.start(Options.parse("--port=0"), out)) {
      assertThat(running.fake().region()).isEqualTo("us-east-1");
      assertThat(printed.toString(StandardCharsets.UTF_8)).contains("(region us-east-1, 0 pools)");
    }
    try (FakeCognitoServer.Running running = FakeCognitoServer.start(Options.parse("--port=0", "--region",
        "ap-southeast-2"), out)) {
      assertThat(running.fake().region()).isEqualTo("ap-southeast-2");
    }
  }

  @Test
  void a_port_that_is_taken_a_bad_region_or_a_bad_seed_stop_it_before_it_starts(@TempDir Path dir)
      throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      StartupException e = catchThrowableOfType(StartupException.class,
          () -> FakeCognitoServer.start(Options.parse("--port", String.valueOf(taken.getLocalPort())), out));
      assertThat(e.getMessage()).startsWith("cannot serve on 127.0.0.1:" + taken.getLocalPort() + ": ");
      assertThat(e.exitStatus()).isEqualTo(1);
    }

    StartupException region = catchThrowableOfType(StartupException.class,
        () -> FakeCognitoServer.start(Options.parse("--port=0", "--region", "mars"), out));
    assertThat(region).hasMessage("region (mars) must look like an AWS region, e.g. us-east-1");
    assertThat(region.isUsage()).isTrue();

    Path seed = Files.writeString(dir.resolve("seed.json"), "{\"pools\": [{\"id\": \"moon_TestPool1\", \"name\": \"a\"}]}");
    StartupException seedRegion = catchThrowableOfType(StartupException.class,
        () -> FakeCognitoServer.start(Options.parse("--port=0", "--seed", seed.toString()), out));
    assertThat(seedRegion).hasMessage(seed + ": pools[0].id (moon_TestPool1) must start with an AWS region and an"
        + " underscore, e.g. us-east-1_TestPool1");

    Files.writeString(seed, "{\"pools\": [{\"id\": \"us-east-1_TestPool1\", \"name\": \"a\","
        + " \"users\": [{\"username\": \"alice\", \"password\": \"password\"}]}]}");
    StartupException weak = catchThrowableOfType(StartupException.class,
        () -> FakeCognitoServer.start(Options.parse("--port=0", "--seed", seed.toString()), out));
    assertThat(weak.getMessage()).startsWith(seed + ": pools[0].users[0]: Password did not conform with password policy");
    assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  private static HttpResponse<String> call(URI endpoint, String operation, String body)
      throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(endpoint.resolve("/"))
        .header("Content-Type", "application/x-amz-json-1.1")
        .header("X-Amz-Target", "AWSCognitoIdentityProviderService." + operation)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build(), HttpResponse.BodyHandlers.ofString());
  }
}
