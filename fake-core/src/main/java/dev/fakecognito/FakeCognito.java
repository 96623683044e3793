package dev.fakecognito;

import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.facade.Clients;
import dev.fakecognito.internal.facade.FakeCognitoIdentityProviderClient;
import dev.fakecognito.recording.Outbox;
import dev.fakecognito.recording.RecordedContextData;
import dev.fakecognito.triggers.TriggerInvocation;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderAsyncClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

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
 * <p>Creating a fake is cheap (no keys are generated, nothing is started), so make one per test.
 * Two fakes never share state. A fake and its clients are thread-safe.
 */
public final class FakeCognito implements AutoCloseable {

  private static final Pattern REGION = Pattern.compile("(?:eusc-[a-z]{2}|[a-z]{2})-(gov-)?[a-z]+-\\d");

  private final Backend backend;
  private final TestClock clock;
  private final FakeCognitoIdentityProviderClient client;
  private volatile boolean closed;

  private FakeCognito(Builder builder) {
    this.clock = builder.clock != null ? new TestClock(builder.clock)
        : TestClock.fixedAt(builder.start != null ? builder.start : Instant.now().truncatedTo(ChronoUnit.MILLIS));
    this.backend = new Backend(builder.region, clock);
    this.client = new FakeCognitoIdentityProviderClient(backend);
  }

  /** Returns a fake in {@code us-east-1} whose clock stands at the current time until advanced. */
  public static FakeCognito create() {
    return builder().build();
  }

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
    return Clients.sync(client);
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
    return Clients.async(client);
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
   * failures are recorded and ignored.
   *
   * @return this fake
   */
  public FakeCognito registerLambda(String functionArn, Function<Map<String, Object>, Map<String, Object>> handler) {
    Objects.requireNonNull(functionArn, "functionArn");
    Objects.requireNonNull(handler, "handler");
    backend.triggers().register(functionArn, handler);
    return this;
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

  /** Returns the issuer ({@code iss}) of the pool's tokens. */
  public String issuer(String userPoolId) {
    return backend.tokens().issuer(userPoolId);
  }

  /**
   * Drops everything this fake holds (pools, users, recordings), so a long test run does not keep
   * it in memory. The fake holds no threads or files. Clients already handed out answer as if no
   * pool existed; {@link #client()} and {@link #asyncClient()} refuse to hand out new ones.
   */
  @Override
  public void close() {
    closed = true;
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

    private Builder() {}

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

    public FakeCognito build() {
      return new FakeCognito(this);
    }
  }
}
