package dev.fakecognito;

import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.facade.FakeCognitoIdentityProviderClient;
import dev.fakecognito.internal.http.Endpoint;
import dev.fakecognito.internal.pools.LambdaConfigs;
import dev.fakecognito.internal.triggers.FunctionArns;
import dev.fakecognito.internal.users.UserImportOperations;
import dev.fakecognito.recording.HttpCall;
import dev.fakecognito.recording.LogDelivery;
import dev.fakecognito.recording.Outbox;
import dev.fakecognito.recording.RecordedContextData;
import dev.fakecognito.recording.UserImportLogEntry;
import dev.fakecognito.threats.Threats;
import dev.fakecognito.triggers.TriggerFunction;
import dev.fakecognito.triggers.TriggerInvocation;
import dev.fakecognito.triggers.TriggerType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderAsyncClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/**
 * An in-memory Amazon Cognito user pools service for tests.
 *
 * <p>A fake hands out SDK clients that behave like the real service: the same validation, state
 * machine, exceptions and tokens. Alongside them it offers what a test needs and the real service
 * cannot: the codes it "sent", the user context data it received, and a clock the test moves.
 *
 * <pre>{@code
 * try (FakeCognito fake = FakeCognito.create()) {
 *   CognitoIdentityProviderClient cognito = fake.client();
 *   String poolId = cognito.createUserPool(r -> r.poolName("test")).userPool().id();
 *   // ... exercise the code under test with `cognito` ...
 * }
 * }</pre>
 *
 * <p>For the set-up most tests repeat, {@link #newPool()} makes a pool with an app client and
 * {@link #attachTrigger} configures a Lambda trigger in one step; both go through the same SDK
 * operations a test could call itself.
 *
 * <p>Creating a fake is cheap (no keys are generated, nothing is started), so make one per test.
 * Two fakes never share state. A fake and its clients are thread-safe.
 */
public final class FakeCognito implements AutoCloseable {

  private static final Pattern REGION = Pattern.compile("(?:eusc-[a-z]{2}|[a-z]{2})-(gov-)?[a-z]+-\\d");

  private final Backend backend;
  private final TestClock clock;
  private final FakeCognitoIdentityProviderClient client;
  private final int port;
  private final boolean awsIssuer;
  private volatile boolean closed;
  private @Nullable Endpoint endpoint;

  private FakeCognito(Builder builder) {
    this.clock = builder.clock != null ? new TestClock(builder.clock)
        : TestClock.fixedAt(builder.start != null ? builder.start : Instant.now().truncatedTo(ChronoUnit.MILLIS));
    this.backend = new Backend(builder.region, clock);
    this.client = FakeCognitoIdentityProviderClient.create(backend);
    this.port = builder.port;
    this.awsIssuer = builder.awsIssuer;
    if (builder.enforceRequestRates) {
      backend.rates().enforce();
    }
    builder.socialProviders.forEach(backend::socialProviderAt);
  }

  /** Returns a fake in {@code us-east-1} whose clock stands at the current time until advanced. */
  public static FakeCognito create() {
    return builder().build();
  }

  /** Returns a builder for a fake with another region, clock or start time than {@link #create()}'s. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a client over this fake's state, the same one on every call. An operation the fake
   * does not implement yet throws an {@link UnsupportedOperationException} that names it.
   *
   * @throws IllegalStateException if this fake is closed
   */
  public CognitoIdentityProviderClient client() {
    checkOpen();
    return client;
  }

  /**
   * Returns an asynchronous client over the same state as {@link #client()}, the same one on every
   * call. Operations run on the calling thread and return completed futures; one the fake does not
   * implement yet throws an {@link UnsupportedOperationException} that names it, as the SDK's
   * default does, instead of returning a future.
   *
   * @throws IllegalStateException if this fake is closed
   */
  public CognitoIdentityProviderAsyncClient asyncClient() {
    checkOpen();
    return client.async();
  }

  /** Returns the clock every expiry in this fake follows. */
  public TestClock clock() {
    return clock;
  }

  /**
   * Binds a Lambda function ARN to an in-process handler. When a pool's LambdaConfig names {@code
   * functionArn} for a trigger, the fake calls {@code handler} with the event Cognito would send, as
   * JSON-like maps and lists ({@code version}, {@code triggerSource}, {@code region}, {@code
   * userPoolId}, {@code userName}, {@code callerContext}, {@code request}, {@code response}), and
   * reads the {@code response} of the event the handler returns. A handler that throws fails the
   * operation with {@code UserLambdaValidationException}, as a failing function does in Cognito;
   * custom email and SMS senders are the exception, since Cognito calls them asynchronously: their
   * failures are recorded and ignored. Registering an ARN again replaces its handler.
   *
   * <p>To register a handler and configure a pool with it in one step, use {@link #attachTrigger}.
   *
   * @param functionArn a Lambda function ARN, {@code
   *     arn:<partition>:lambda:<region>:<12-digit account>:function:<name>}, optionally followed
   *     by {@code :<version or alias>}
   * @param handler the function, for example from {@link dev.fakecognito.triggers.Triggers}
   * @return this fake
   * @throws IllegalArgumentException if {@code functionArn} is not a Lambda function ARN; the
   *     message names the part that is wrong
   */
  public FakeCognito registerLambda(String functionArn, Function<Map<String, Object>, Map<String, Object>> handler) {
    Objects.requireNonNull(functionArn, "functionArn");
    Objects.requireNonNull(handler, "handler");
    FunctionArns.check(functionArn);
    backend.triggers().register(functionArn, handler);
    return this;
  }

  /**
   * Registers a trigger function under an ARN the fake makes up and points the pool's LambdaConfig
   * at it, in one step: the member for the function's {@link TriggerFunction#type() trigger type}
   * is set, every other setting of the pool stays as it was (unlike UpdateUserPool, which resets
   * what a request leaves out). For a custom email or SMS sender, a made-up KMS key ARN is set too
   * if the pool names none; for pre token generation, {@code PreTokenGenerationConfig} gets the
   * version of the type.
   *
   * <pre>{@code
   * String arn = fake.attachTrigger(poolId, Triggers.preSignUp(event -> PreSignUpResponse.autoConfirm()));
   * assertThat(fake.triggerInvocations()).extracting(TriggerInvocation::functionArn).containsOnly(arn);
   * }</pre>
   *
   * <p>The ARN is the same each time for one pool and trigger type, so attaching again replaces the
   * handler. Handler classes written against {@code aws-lambda-java-events} attach through {@link
   * dev.fakecognito.triggers.lambda.LambdaHandlers#of(com.amazonaws.services.lambda.runtime.RequestHandler)}.
   *
   * @param userPoolId the pool
   * @param function a function that knows its trigger type, from {@link
   *     dev.fakecognito.triggers.Triggers}, {@link dev.fakecognito.triggers.lambda.LambdaHandlers} or
   *     {@link TriggerFunction#of(TriggerType, Function)}
   * @return the function's ARN, as the pool's LambdaConfig and each {@link TriggerInvocation} name it
   * @throws IllegalArgumentException if the function's trigger type is not known, as for a handler
   *     of {@code Map} events; give it one with {@link TriggerFunction#of(TriggerType, Function)}
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException
   *     if there is no such pool
   * @since 0.1.0
   */
  public String attachTrigger(String userPoolId, TriggerFunction function) {
    Objects.requireNonNull(userPoolId, "userPoolId");
    Objects.requireNonNull(function, "function");
    TriggerType type = function.type().orElseThrow(() -> new IllegalArgumentException(
        "function has no trigger type, so attachTrigger cannot tell which LambdaConfig member to set;"
            + " name it with TriggerFunction.of(TriggerType.X, function)"));
    return LambdaConfigs.attach(backend, userPoolId, type, function);
  }

  /**
   * Creates a user pool named "test" with one app client named "test-client", through the SDK's
   * CreateUserPool and CreateUserPoolClient, and returns their IDs. The pool has Cognito's
   * defaults; the client has no secret and allows USER_PASSWORD_AUTH, USER_SRP_AUTH,
   * ADMIN_USER_PASSWORD_AUTH and REFRESH_TOKEN_AUTH.
   *
   * <pre>{@code
   * TestPool pool = fake.newPool();
   * pool.createUser("alice", "Passw0rd!");
   * pool.client().initiateAuth(r -> r.clientId(pool.clientId()).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
   *     .authParameters(Map.of("USERNAME", "alice", "PASSWORD", "Passw0rd!")));
   * }</pre>
   *
   * @return the pool and its app client
   * @throws IllegalStateException if this fake is closed
   * @since 0.1.0
   */
  public TestPool newPool() {
    return newPool(pool -> {}, appClient -> {});
  }

  /**
   * Creates a user pool with one app client as {@link #newPool()} does, with changes to either
   * request made through the SDK's own builders. They start from {@link #newPool()}'s settings;
   * the client's pool ID is set afterwards.
   *
   * <pre>{@code
   * TestPool pool = fake.newPool(
   *     p -> p.usernameAttributes(UsernameAttributeType.EMAIL),
   *     c -> c.generateSecret(true).explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH));
   * }</pre>
   *
   * <p>If the app client cannot be created, the pool is deleted again before the error goes on.
   *
   * @param pool changes to the CreateUserPool request
   * @param appClient changes to the CreateUserPoolClient request
   * @return the pool and its app client
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException
   *     whatever CreateUserPool or CreateUserPoolClient raise for the changed requests
   * @throws IllegalStateException if this fake is closed
   * @since 0.1.0
   */
  public TestPool newPool(Consumer<CreateUserPoolRequest.Builder> pool,
      Consumer<CreateUserPoolClientRequest.Builder> appClient) {
    Objects.requireNonNull(pool, "pool");
    Objects.requireNonNull(appClient, "appClient");
    CognitoIdentityProviderClient cognito = client();
    String poolId = cognito.createUserPool(r -> pool.accept(r.poolName("test"))).userPool().id();
    UserPoolClientType created;
    try {
      created = cognito.createUserPoolClient(r -> {
        appClient.accept(r.clientName("test-client").explicitAuthFlows(
            ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH,
            ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH));
        r.userPoolId(poolId);
      }).userPoolClient();
    } catch (RuntimeException e) {
      cognito.deleteUserPool(r -> r.userPoolId(poolId));
      throw e;
    }
    return new TestPool(this, poolId, created.clientId(), created.clientSecret());
  }

  /** Returns every trigger invocation so far, oldest first. */
  public List<TriggerInvocation> triggerInvocations() {
    return backend.triggers().invocations();
  }

  /** Returns the region pool IDs and token issuers name. */
  public String region() {
    return backend.region();
  }

  /** Returns the messages this fake would have sent by email or SMS. */
  public Outbox outbox() {
    return backend.outbox();
  }

  /**
   * Returns the log records the pool delivered to the destinations set with
   * SetLogDeliveryConfiguration, oldest first: a record for each email or SMS message it sent while
   * a {@code userNotification} destination was set, and for each auth event threat protection kept
   * while a {@code userAuthEvents} destination was set. Records stay when the configuration changes.
   *
   * <pre>{@code
   * assertThat(fake.logDeliveries(poolId)).extracting(LogDelivery::event).containsExactly("SignIn");
   * }</pre>
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException
   *     if there is no such pool
   * @since 0.2.0
   */
  public List<LogDelivery> logDeliveries(String userPoolId) {
    return backend.pool(userPoolId).logDeliveries();
  }

  /** Returns the risk this fake's threat protection sees, for tests to set. */
  public Threats threats() {
    return backend.risks();
  }

  /** Returns the user context data of every call that can carry it, in call order. */
  public List<RecordedContextData> recordedContextData() {
    return backend.recorder().records();
  }

  /**
   * Returns the pool's JSON Web Key Set, as Cognito serves it at {@code
   * https://cognito-idp.<region>.amazonaws.com/<poolId>/.well-known/jwks.json}: the public keys of
   * its ID and access tokens.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException
   *     if there is no such pool
   */
  public String jwks(String userPoolId) {
    backend.pool(userPoolId);
    return backend.tokens().jwks(userPoolId);
  }

  /**
   * Returns the issuer ({@code iss}) of the pool's new tokens: {@code
   * https://cognito-idp.<region>.amazonaws.com/<poolId>}, where Cognito serves the pool's OpenID
   * configuration and {@link #jwks(String) JWKS}, or {@code http://127.0.0.1:<port>/<poolId>} once
   * {@link #endpoint()} serves them (unless {@link Builder#awsIssuer()} was set).
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException
   *     if there is no such pool
   */
  public String issuer(String userPoolId) {
    backend.pool(userPoolId);
    return backend.tokens().issuer(userPoolId);
  }

  /**
   * Returns the base URI ({@code http://127.0.0.1:<port>}) of this fake served over HTTP, starting
   * the server on the first call; later calls return the same URI. It serves Cognito's JSON 1.1 API
   * at {@code POST /} for any SDK, CLI or browser client given it as endpoint, and each pool's
   * {@code /<poolId>/.well-known/openid-configuration} and {@code jwks.json}, from the same state as
   * {@link #client()}. {@link #close()} stops it. A fake whose endpoint is never asked for starts
   * nothing.
   *
   * <p>From then on, new tokens name the served issuer, {@code http://127.0.0.1:<port>/<poolId>}, as
   * the served OpenID configuration does, so that a verifier given that issuer finds its keys;
   * {@link Builder#awsIssuer()} keeps Cognito's own issuer instead. Tokens issued before stay valid.
   *
   * <p>It also serves managed login (the classic hosted UI) for the pools' own users, at the root
   * whatever the pool's domain: {@code /oauth2/authorize}, the sign-in page at {@code /login}, {@code
   * /oauth2/token} (authorization code with PKCE, refresh token, client credentials), {@code
   * /oauth2/userInfo}, {@code /oauth2/revoke} and {@code /logout}. A sign-in on the page is recorded
   * in {@link #recordedContextData()} as operation {@code ManagedLogin}, with the browser's address.
   * The pages show the CSS and logo set with SetUICustomization, and the ImageUrl that
   * GetUICustomization returns from then on serves the logo from here.
   *
   * <p>It also takes the CSV files of user import jobs: the PreSignedUrl of a job, as DescribeUserImportJob
   * and ListUserImportJobs return it from then on, is {@code http://127.0.0.1:<port>/user-import/<poolId>/<jobId>?...},
   * which answers an HTTP {@code PUT} of the file as S3 does (200 with an {@code ETag}).
   *
   * @throws IllegalStateException if this fake is closed, or the port set by {@link Builder#port}
   *     is taken
   */
  public synchronized URI endpoint() {
    checkOpen();
    if (endpoint == null) {
      endpoint = new Endpoint(client, backend, port);
      backend.endpointStarted(endpoint.uri().toString());
      if (!awsIssuer) {
        backend.tokens().serveIssuerAt(endpoint.uri().toString());
      }
    }
    return endpoint.uri();
  }

  /**
   * Uploads the CSV file of a user import job, as an HTTP {@code PUT} to the job's PreSignedUrl
   * does, for tests that do not start the {@link #endpoint()}. A job takes uploads while it is
   * {@code Created}, for the 15 minutes its URL is valid; a later upload replaces an earlier one.
   * The file is read when the job runs, as StartUserImportJob's rules say.
   *
   * <pre>{@code
   * String jobId = cognito.createUserImportJob(r -> r.userPoolId(poolId).jobName("users")
   *     .cloudWatchLogsRoleArn("arn:aws:iam::123456789012:role/CognitoImport")).userImportJob().jobId();
   * fake.uploadUserImport(poolId, jobId, String.join(",", cognito.getCSVHeader(r -> r.userPoolId(poolId)).csvHeader())
   *     + "\n" + rows);
   * cognito.startUserImportJob(r -> r.userPoolId(poolId).jobId(jobId));
   * fake.clock().advance(Duration.ofMinutes(1));
   * }</pre>
   *
   * @param userPoolId the job's pool
   * @param jobId the job, as CreateUserImportJob returned it
   * @param csv the file's content
   * @throws IllegalStateException if there is no such pool or job, the job's URL has expired, or the
   *     job was started already; the message says which
   * @since 0.1.0
   */
  public void uploadUserImport(String userPoolId, String jobId, String csv) {
    Objects.requireNonNull(userPoolId, "userPoolId");
    Objects.requireNonNull(jobId, "jobId");
    Objects.requireNonNull(csv, "csv");
    checkOpen();
    try {
      UserImportOperations.upload(backend, userPoolId, jobId, csv.getBytes(StandardCharsets.UTF_8));
    } catch (UserImportOperations.UploadRefused e) {
      throw new IllegalStateException("cannot upload to import job " + jobId + ": " + e.getMessage(), e);
    }
  }

  /**
   * Returns the outcome of each row of a finished user import job, in file order, as Cognito logs
   * them to CloudWatch Logs: imported, skipped (the username exists) or failed, with the reason.
   * Empty until the job has finished by the fake's {@link #clock()}, and for a job that was
   * stopped or failed as a whole (see its CompletionMessage).
   *
   * @param userPoolId the job's pool
   * @param jobId the job
   * @return the outcomes, one per row
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException
   *     if there is no such pool or job
   * @since 0.1.0
   */
  public List<UserImportLogEntry> userImportLog(String userPoolId, String jobId) {
    Objects.requireNonNull(userPoolId, "userPoolId");
    Objects.requireNonNull(jobId, "jobId");
    return UserImportOperations.log(backend, userPoolId, jobId);
  }

  /**
   * Returns the API calls {@link #endpoint()} has served, oldest first, with whether each was
   * signed and by which access key; empty if the endpoint never ran.
   */
  public synchronized List<HttpCall> httpCalls() {
    return endpoint == null ? List.of() : endpoint.calls();
  }

  /**
   * Drops everything this fake holds (pools, users, recordings), so a long test run does not keep
   * it in memory, and stops its {@link #endpoint()} if one runs. Otherwise the fake holds no
   * threads or files. Clients already handed out answer as if no
   * pool existed; {@link #client()} and {@link #asyncClient()} refuse to hand out new ones.
   */
  @Override
  public void close() {
    closed = true;
    synchronized (this) {
      if (endpoint != null) {
        endpoint.close();
        endpoint = null;
      }
    }
    backend.clear();
  }

  /** Returns whether {@link #close()} was called. */
  public boolean isClosed() {
    return closed;
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("this FakeCognito is closed");
    }
  }

  @Override
  public String toString() {
    return "FakeCognito[" + backend.region() + ", " + backend.pools().size() + " pools]";
  }

  /** Configures a {@link FakeCognito}. */
  public static final class Builder {
    private String region = "us-east-1";
    private @Nullable Clock clock;
    private @Nullable Instant start;
    private int port;
    private boolean awsIssuer;
    private boolean enforceRequestRates;
    private final Map<String, String> socialProviders = new java.util.LinkedHashMap<>();

    private Builder() {}

    /**
     * Sends managed login's sign-in through a social identity provider type to an identity
     * provider of the test at {@code base}, instead of the provider's real endpoints, which the fake
     * never calls: {@code <base>/authorize}, {@code <base>/token}, {@code <base>/userinfo} and
     * {@code <base>/jwks}, with {@code base} as the ID tokens' issuer. That is the layout of {@link
     * dev.fakecognito.idp.FakeOidcProvider}. DescribeIdentityProvider still shows the real endpoints.
     *
     * <pre>{@code
     * FakeOidcProvider google = FakeOidcProvider.start();
     * FakeCognito fake = FakeCognito.builder().socialProviderAt("Google", URI.create(google.issuer())).build();
     * google.register(fake.client(), poolId, "Google", Map.of("email", "email"));
     * }</pre>
     *
     * @param providerType {@code Google}, {@code Facebook}, {@code LoginWithAmazon} or {@code SignInWithApple}
     * @param base an http or https URI on a loopback address
     * @throws IllegalArgumentException if the type is not a social provider type, or {@code base} is
     *     not on a loopback address
     */
    public Builder socialProviderAt(String providerType, java.net.URI base) {
      Objects.requireNonNull(providerType, "providerType");
      Objects.requireNonNull(base, "base");
      if (!java.util.List.of("Google", "Facebook", "LoginWithAmazon", "SignInWithApple").contains(providerType)) {
        throw new IllegalArgumentException("providerType (" + providerType
            + ") must be Google, Facebook, LoginWithAmazon or SignInWithApple");
      }
      String host = base.getHost();
      if (base.getScheme() == null || !base.getScheme().matches("https?") || host == null
          || !(host.equals("127.0.0.1") || host.equalsIgnoreCase("localhost") || host.equals("[::1]"))) {
        throw new IllegalArgumentException("base (" + base + ") must be an http or https URI on a loopback address");
      }
      String text = base.toString();
      socialProviders.put(providerType, text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
      return this;
    }

    /**
     * Makes the fake enforce Cognito's request-rate quotas on its clock, so that code which handles
     * throttling can be tested. Each call counts against its API category (UserAuthentication,
     * UserCreation, UserPoolRead, ...) over a sliding second; a call over the category's rate fails
     * with {@code TooManyRequestsException} "Rate exceeded" and changes nothing. The rates are
     * Cognito's defaults, or what UpdateProvisionedLimit set; all pools of the fake share them, as
     * all pools of an account and Region do. Off by default: a fake answers every call.
     *
     * <pre>{@code
     * FakeCognito fake = FakeCognito.builder().enforceRequestRates().build();
     * // the 121st InitiateAuth within one second of the fake's clock throws TooManyRequestsException
     * }</pre>
     *
     * @since 0.2.0
     */
    public Builder enforceRequestRates() {
      this.enforceRequestRates = true;
      return this;
    }

    /**
     * Keeps Cognito's own issuer, {@code https://cognito-idp.<region>.amazonaws.com/<poolId>}, in
     * tokens when {@link FakeCognito#endpoint()} runs, for verifiers that pin the production issuer
     * and take the JWKS from the endpoint.
     */
    public Builder awsIssuer() {
      this.awsIssuer = true;
      return this;
    }

    /**
     * Sets the port {@link FakeCognito#endpoint()} serves on; by default it takes a free one.
     *
     * @throws IllegalArgumentException if it is not between 1 and 65535
     */
    public Builder port(int port) {
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException("port (" + port + ") must be between 1 and 65535");
      }
      this.port = port;
      return this;
    }

    /**
     * Sets the region, which appears in pool IDs, ARNs and token issuers.
     *
     * @throws IllegalArgumentException if it does not look like an AWS region
     */
    public Builder region(String region) {
      Objects.requireNonNull(region, "region");
      if (!REGION.matcher(region).matches()) {
        throw new IllegalArgumentException("region (" + region + ") must look like an AWS region, e.g. us-east-1");
      }
      this.region = region;
      return this;
    }

    /**
     * Makes the fake's clock follow {@code clock}, plus whatever the test advances it by.
     *
     * @throws IllegalStateException if a start instant was set
     */
    public Builder clock(Clock clock) {
      Objects.requireNonNull(clock, "clock");
      if (start != null) {
        throw new IllegalStateException("start was already set to " + start);
      }
      this.clock = clock;
      return this;
    }

    /**
     * Makes the fake's clock stand at {@code start} until advanced.
     *
     * @throws IllegalStateException if a clock was set
     */
    public Builder start(Instant start) {
      Objects.requireNonNull(start, "start");
      if (clock != null) {
        throw new IllegalStateException("clock was already set to " + clock);
      }
      this.start = start;
      return this;
    }

    /** Returns a new, empty fake with this builder's settings. */
    public FakeCognito build() {
      return new FakeCognito(this);
    }
  }
}
