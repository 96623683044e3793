package dev.fakecognito.benchmarks;

import dev.fakecognito.FakeCognito;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;

/**
 * What serving over HTTP adds: SignUp, AdminConfirmSignUp, InitiateAuth and GetUser through the
 * in-process client and through a real SDK client (URL connection or Apache, with credentials, or
 * Apache with anonymous credentials) given {@code fake.endpoint()}, on the same fake; the same four
 * calls through the Apache client against a server that only returns canned responses, the
 * client's and the loopback's own cost that no server can go below; and starting an endpoint once
 * one has run in the JVM. Of the four operations only AdminConfirmSignUp is signed: the other three
 * are unauthenticated in Cognito, and the SDK sends them unsigned whatever its credentials.
 *
 * <p>The SDK's clients take long to compile, hence the long warm-up; with less, the HTTP figures
 * are still falling when measured. Measured on 2 shared cores (JDK 17; other work ran alongside,
 * so runs vary by 10 to 20%): in process 1.9 ms; through the Apache client 3.1 to 3.4 ms, signed or
 * anonymous alike; the same client against the canned server 0.31 ms; through the URL-connection
 * client about 8.5 ms, nearly all of it that client's own (7.5 ms against a canned server);
 * starting and stopping an endpoint 0.24 ms.
 *
 * <p>Run: {@code mvn -B -ntp -q -pl fake-core test-compile exec:exec -Dexec.skip=false
 * -Dexec.classpathScope=test -Dexec.executable=java -Dexec.args="-cp %classpath
 * org.openjdk.jmh.Main EndpointBenchmark"}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class EndpointBenchmark {

  private final AtomicLong users = new AtomicLong();
  private FakeCognito fake;
  private CognitoIdentityProviderClient inProcess;
  private CognitoIdentityProviderClient overHttp;
  private CognitoIdentityProviderClient overApacheHttp;
  private CognitoIdentityProviderClient overApacheHttpAnonymous;
  private CognitoIdentityProviderClient cannedOverApacheHttp;
  private CannedServer canned;
  private String poolId;
  private String clientId;

  @Setup
  public void setUp() {
    fake = FakeCognito.create();
    inProcess = fake.client();
    overHttp = CognitoIdentityProviderClient.builder()
        .endpointOverride(fake.endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
    overApacheHttp = CognitoIdentityProviderClient.builder()
        .endpointOverride(fake.endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")))
        .httpClient(ApacheHttpClient.create())
        .build();
    overApacheHttpAnonymous = CognitoIdentityProviderClient.builder()
        .endpointOverride(fake.endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(AnonymousCredentialsProvider.create())
        .httpClient(ApacheHttpClient.create())
        .build();
    poolId = inProcess.createUserPool(r -> r.poolName("bench")).userPool().id();
    clientId = inProcess.createUserPoolClient(r -> r.userPoolId(poolId).clientName("app")
        .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH)).userPoolClient().clientId();
    canned = new CannedServer(cannedResponses());
    cannedOverApacheHttp = CognitoIdentityProviderClient.builder()
        .endpointOverride(canned.uri())
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")))
        .httpClient(ApacheHttpClient.create())
        .build();
  }

  /** The bodies the fake answers the four calls with, taken from one in-process run. */
  private Map<String, String> cannedResponses() {
    String username = "canned";
    String sub = inProcess.signUp(r -> r.clientId(clientId).username(username).password("Passw0rd!")).userSub();
    inProcess.adminConfirmSignUp(r -> r.userPoolId(poolId).username(username));
    var tokens = inProcess.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", username, "PASSWORD", "Passw0rd!"))).authenticationResult();
    Map<String, String> bodies = new HashMap<>();
    bodies.put("SignUp", "{\"UserConfirmed\":false,\"UserSub\":\"" + sub + "\"}");
    bodies.put("AdminConfirmSignUp", "{}");
    bodies.put("InitiateAuth", "{\"AuthenticationResult\":{\"AccessToken\":\"" + tokens.accessToken()
        + "\",\"ExpiresIn\":3600,\"IdToken\":\"" + tokens.idToken() + "\",\"RefreshToken\":\""
        + tokens.refreshToken() + "\",\"TokenType\":\"Bearer\"},\"ChallengeParameters\":{}}");
    bodies.put("GetUser", "{\"UserAttributes\":[{\"Name\":\"sub\",\"Value\":\"" + sub + "\"}],\"Username\":\""
        + username + "\"}");
    return bodies;
  }

  @TearDown
  public void tearDown() throws IOException {
    overHttp.close();
    overApacheHttp.close();
    overApacheHttpAnonymous.close();
    cannedOverApacheHttp.close();
    canned.close();
    fake.close();
  }

  @Benchmark
  public String four_calls_in_process() {
    return flow(inProcess);
  }

  @Benchmark
  public String four_calls_over_http() {
    return flow(overHttp);
  }

  @Benchmark
  public String four_calls_over_http_apache_client() {
    return flow(overApacheHttp);
  }

  @Benchmark
  public String four_calls_over_http_apache_client_anonymous() {
    return flow(overApacheHttpAnonymous);
  }

  /** The floor: the same client against a server that parses nothing and returns canned bodies. */
  @Benchmark
  public String four_calls_apache_client_against_canned_server() {
    return flow(cannedOverApacheHttp);
  }

  /** A fake's endpoint, started and stopped, after the first one in this JVM. */
  @Benchmark
  public URI start_and_stop_an_endpoint() {
    try (FakeCognito another = FakeCognito.create()) {
      return another.endpoint();
    }
  }

  private String flow(CognitoIdentityProviderClient cognito) {
    String username = "user" + users.incrementAndGet();
    cognito.signUp(r -> r.clientId(clientId).username(username).password("Passw0rd!"));
    cognito.adminConfirmSignUp(r -> r.userPoolId(poolId).username(username));
    String accessToken = cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", username, "PASSWORD", "Passw0rd!")))
        .authenticationResult().accessToken();
    return cognito.getUser(r -> r.accessToken(accessToken)).username();
  }

  /**
   * A keep-alive HTTP/1.1 server, a thread per connection, that reads the headers and the
   * Content-Length body of each request and answers with the body canned for its X-Amz-Target.
   */
  static final class CannedServer implements AutoCloseable {
    private final ServerSocket listener;
    private final Map<String, byte[]> bodies = new HashMap<>();

    CannedServer(Map<String, String> bodiesByOperation) {
      bodiesByOperation.forEach((operation, body) -> bodies.put(operation, body.getBytes(StandardCharsets.UTF_8)));
      try {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      Thread acceptor = new Thread(() -> {
        while (true) {
          try {
            Socket socket = listener.accept();
            Thread connection = new Thread(() -> serve(socket));
            connection.setDaemon(true);
            connection.start();
          } catch (IOException e) {
            return;
          }
        }
      });
      acceptor.setDaemon(true);
      acceptor.start();
    }

    URI uri() {
      return URI.create("http://127.0.0.1:" + listener.getLocalPort());
    }

    @Override
    public void close() throws IOException {
      listener.close();
    }

    private void serve(Socket socket) {
      try (socket) {
        socket.setTcpNoDelay(true);
        InputStream in = new BufferedInputStream(socket.getInputStream());
        OutputStream out = socket.getOutputStream();
        while (true) {
          if (line(in) == null) {
            return;
          }
          int length = 0;
          String operation = "";
          for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            String name = header.substring(0, header.indexOf(':')).toLowerCase(Locale.ROOT);
            String value = header.substring(header.indexOf(':') + 1).trim();
            if (name.equals("content-length")) {
              length = Integer.parseInt(value);
            } else if (name.equals("x-amz-target")) {
              operation = value.substring(value.indexOf('.') + 1);
            }
          }
          in.readNBytes(length);
          byte[] body = bodies.getOrDefault(operation, new byte[] {'{', '}'});
          byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.1\r\n"
              + "x-amzn-RequestId: 00000000-0000-0000-0000-000000000000\r\nContent-Length: " + body.length + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII);
          byte[] response = new byte[head.length + body.length];
          System.arraycopy(head, 0, response, 0, head.length);
          System.arraycopy(body, 0, response, head.length, body.length);
          out.write(response);
          out.flush();
        }
      } catch (IOException e) {
        // the client closed the connection
      }
    }

    private static String line(InputStream in) throws IOException {
      StringBuilder line = new StringBuilder();
      for (int b = in.read(); b != -1; b = in.read()) {
        if (b == '\n') {
          return line.toString().strip();
        }
        line.append((char) b);
      }
      return null;
    }
  }
}
