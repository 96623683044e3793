package dev.fakecognito.junit;

import dev.fakecognito.FakeCognito;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.platform.commons.support.AnnotationSupport;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderAsyncClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * A JUnit Jupiter extension that gives tests a {@link FakeCognito} and injects it, or its SDK
 * clients, into parameters and fields.
 *
 * <p>Use it declaratively with {@link FakeCognitoTest @FakeCognitoTest} (or
 * {@code @ExtendWith(FakeCognitoExtension.class)} for the defaults), or register a configured
 * instance:
 *
 * <pre>{@code
 * class SharedPoolTest {
 *   @RegisterExtension
 *   static final FakeCognitoExtension COGNITO =
 *       FakeCognitoExtension.builder().region("eu-west-1").perClass(true).build();
 *
 *   @InjectFakeCognito CognitoIdentityProviderClient cognito;
 *
 *   @Test
 *   void creates_a_pool(FakeCognito fake) { ... }
 * }
 * }</pre>
 *
 * <h2>What is injected</h2>
 *
 * <p>Parameters of type {@link FakeCognito}, {@link CognitoIdentityProviderClient} and {@link
 * CognitoIdentityProviderAsyncClient}, in test methods, {@code @BeforeEach} and {@code @AfterEach}
 * methods and test class constructors, and non-static, non-final fields of those types annotated
 * {@link InjectFakeCognito @InjectFakeCognito}. The clients are {@link FakeCognito#client()} and
 * {@link FakeCognito#asyncClient()} of the injected fake, so everything a test sees shares one
 * state.
 *
 * <p>The fake's {@link FakeCognito#endpoint() endpoint}, the base URI of the same fake served over
 * HTTP, is injected into {@link URI} parameters annotated
 * {@link FakeCognitoEndpoint @FakeCognitoEndpoint} and {@code URI} fields annotated {@code
 * @InjectFakeCognito}; the server starts when the endpoint is first injected and stops with the
 * fake. Other {@code URI} parameters are left to other resolvers.
 *
 * <h2>Lifecycle</h2>
 *
 * <p>By default every test method (and every invocation of a repeated or parameterized test) gets
 * a fresh fake, created when first needed and discarded when the test finishes. With {@link
 * FakeCognitoTest#perClass()} or {@link Builder#perClass(boolean)} the tests of a class share one
 * fake, created before the class's first test and discarded after its last; it can then also be
 * injected into {@code @BeforeAll} and {@code @AfterAll} methods. A registered {@code static}
 * instance without {@code perClass(true)} still gives each test its own fake.
 *
 * <p>{@link org.junit.jupiter.api.Nested @Nested} classes inherit the configuration of their
 * enclosing class. With one fake per class, a nested class's tests use the enclosing class's fake;
 * with one per test, each nested test gets its own. A nested class annotated with a different
 * {@code @FakeCognitoTest} configuration gets fakes of its own.
 *
 * <p>Fakes live only in JUnit's {@link ExtensionContext.Store} of the test or class they belong to,
 * which closes them when that test or class ends. Constructor injection of a per-test fake relies
 * on JUnit 5.13.3 or newer, which lets the extension see the test method while the test instance
 * is created.
 *
 * <h2>JUnit versions</h2>
 *
 * <p>The extension runs on JUnit Jupiter 5.7.2 and newer, JUnit 6 included, and takes JUnit as a
 * provided dependency: the test project's own JUnit version is the one that runs it.
 *
 * <h2>Parallel execution and thread safety</h2>
 *
 * <p>The extension itself holds only its immutable configuration, so one instance can serve tests
 * on many threads. Per-test fakes are never shared, which makes the default safe under {@code
 * junit.jupiter.execution.parallel.mode.default=concurrent}. A per-class fake is thread-safe, but
 * concurrent tests that share it see each other's pools and users, so they must not assume they
 * are alone. With {@code @TestInstance(PER_CLASS)} and per-test fakes, concurrent tests share the
 * test instance and therefore its fields: inject parameters instead of fields in that case.
 *
 * <h2>Misuse</h2>
 *
 * <p>Impossible requests fail the test with an {@link ExtensionConfigurationException} or a {@link
 * ParameterResolutionException} whose message starts with "Configuration error:": a static, final
 * or wrongly typed {@code @InjectFakeCognito} field, a {@code @FakeCognitoEndpoint} parameter of
 * another type than {@code URI}, a per-test fake requested where no test is running (such as a
 * {@code @BeforeAll} method), or a class that uses the extension twice: {@code
 * @FakeCognitoTest} or {@code @ExtendWith(FakeCognitoExtension.class)} together with a registered
 * instance, or two registered instances.
 *
 * @since 0.1.0
 */
public final class FakeCognitoExtension
    implements BeforeAllCallback, BeforeEachCallback, TestInstancePostProcessor, ParameterResolver {

  private static final Namespace NAMESPACE = Namespace.create(FakeCognitoExtension.class);
  /** Stores the extension instance that serves a class or test, to notice a second one. */
  private static final String SERVING_INSTANCE = "serving instance";
  /** The types of parameters injected without an annotation. */
  private static final List<Class<?>> INJECTABLE =
      List.of(FakeCognito.class, CognitoIdentityProviderClient.class, CognitoIdentityProviderAsyncClient.class);
  /** The types of {@link InjectFakeCognito} fields: the fake, its clients and its endpoint. */
  private static final List<Class<?>> INJECTABLE_FIELDS = List.of(
      FakeCognito.class, CognitoIdentityProviderClient.class, CognitoIdentityProviderAsyncClient.class, URI.class);

  /** The builder's configuration, or null when {@link FakeCognitoTest} (or its defaults) decides. */
  private final @Nullable Config registered;

  /**
   * Creates an extension configured by the {@link FakeCognitoTest} annotation of the test class, or
   * with the defaults (region {@code us-east-1}, a fresh fake per test) if there is none. JUnit calls
   * this for {@code @FakeCognitoTest} and {@code @ExtendWith}; to configure an instance in code, use
   * {@link #builder()}.
   */
  public FakeCognitoExtension() {
    this.registered = null;
  }

  private FakeCognitoExtension(Config registered) {
    this.registered = registered;
  }

  /**
   * Returns a builder for an extension to register with {@link
   * org.junit.jupiter.api.extension.RegisterExtension @RegisterExtension}.
   *
   * @return a builder with the defaults: region {@code us-east-1}, the current time, a fake per test
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates the class's shared fake when the extension runs per class, so that nested classes find
   * it instead of creating their own.
   */
  @Override
  public void beforeAll(ExtensionContext context) {
    claim(context, ExtensionConfigurationException::new);
    Config config = config(context);
    if (config.perClass()) {
      fake(context, config);
    }
  }

  /**
   * Fills the instance's {@link InjectFakeCognito} fields if the fake they need exists already; a
   * per-test fake under {@code @TestInstance(PER_CLASS)} is injected before each test instead.
   *
   * @throws ExtensionConfigurationException if such a field is static, final or of another type
   */
  @Override
  public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
    claim(context, ExtensionConfigurationException::new);
    injectFields(testInstance, context);
  }

  /**
   * Fills the {@link InjectFakeCognito} fields of the test instance, and of its enclosing instances
   * for a nested test, with the fake of the test about to run.
   *
   * @throws ExtensionConfigurationException if such a field is static, final or of another type
   */
  @Override
  public void beforeEach(ExtensionContext context) {
    claim(context, ExtensionConfigurationException::new);
    for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
      injectFields(instance, context);
    }
  }

  /**
   * Asks JUnit for the test method's context while it creates a test instance, so that constructor
   * parameters and fields receive the same per-test fake as the test method.
   */
  @Override
  public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
    return ExtensionContextScope.TEST_METHOD;
  }

  /**
   * Supports parameters declared as {@link FakeCognito}, {@link CognitoIdentityProviderClient} or
   * {@link CognitoIdentityProviderAsyncClient}, and {@link URI} parameters annotated {@link
   * FakeCognitoEndpoint @FakeCognitoEndpoint}.
   *
   * @throws ParameterResolutionException if another {@code FakeCognitoExtension} serves the same
   *     test, or a parameter annotated {@code @FakeCognitoEndpoint} is not a {@code URI}
   */
  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    boolean endpoint = parameterContext.isAnnotated(FakeCognitoEndpoint.class);
    if (!endpoint && !INJECTABLE.contains(parameterContext.getParameter().getType())) {
      return false;
    }
    // A ParameterResolutionException reaches the test as it is; JUnit would wrap any other.
    claim(extensionContext, ParameterResolutionException::new);
    if (endpoint && parameterContext.getParameter().getType() != URI.class) {
      throw new ParameterResolutionException(notAnEndpointType(parameterContext, extensionContext));
    }
    return true;
  }

  /**
   * Returns the current fake, its synchronous or asynchronous client, or its endpoint.
   *
   * @throws ParameterResolutionException if there is no fake for this context, such as in a
   *     {@code @BeforeAll} method when each test gets its own fake
   */
  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    Optional<FakeCognito> fake;
    try {
      fake = fake(extensionContext);
    } catch (ExtensionConfigurationException e) {
      throw new ParameterResolutionException(e.getMessage(), e);
    }
    return fake.map(f -> view(f, parameterContext.getParameter().getType()))
        .orElseThrow(() -> new ParameterResolutionException(noFakeOutsideTests(parameterContext, extensionContext)));
  }

  /* ---- One extension per test ---- */

  /**
   * Records this instance as the one serving {@code context}, failing if another instance already
   * serves it or an enclosing context. Two instances would both resolve the same parameters, and JUnit
   * would only report "competing ParameterResolvers" (or, with fields alone, the last one would
   * silently win). A non-static registered instance is created anew for each test instance, so the
   * record is kept in the narrowest context, never moved up to the class.
   */
  private void claim(ExtensionContext context, Function<String, RuntimeException> failure) {
    Object serving = context.getStore(NAMESPACE).getOrComputeIfAbsent(SERVING_INSTANCE, key -> this);
    if (serving != this) {
      throw failure.apply(usedTwice(context.getRequiredTestClass()));
    }
  }

  private static String usedTwice(Class<?> testClass) {
    String name = testClass.getName();
    if (findAnnotation(testClass).isPresent()) {
      return "Configuration error: " + name + " is annotated @FakeCognitoTest and also registers a"
          + " FakeCognitoExtension; use one or the other";
    }
    if (extendsWithThis(testClass)) {
      return "Configuration error: " + name + " has @ExtendWith(FakeCognitoExtension.class) and also"
          + " registers a FakeCognitoExtension; use one or the other: drop @ExtendWith to keep the"
          + " registered extension's configuration";
    }
    return "Configuration error: " + name + " registers more than one FakeCognitoExtension; keep one"
        + " @RegisterExtension field of that type (in the class or the classes enclosing it)";
  }

  /** Whether the class or, for a {@code @Nested} class, an enclosing one names this extension in {@code @ExtendWith}. */
  private static boolean extendsWithThis(Class<?> testClass) {
    for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
      for (ExtendWith extendWith : AnnotationSupport.findRepeatableAnnotations(c, ExtendWith.class)) {
        if (List.of(extendWith.value()).contains(FakeCognitoExtension.class)) {
          return true;
        }
      }
      if (Modifier.isStatic(c.getModifiers()) || !c.isMemberClass()) {
        break;
      }
    }
    return false;
  }

  /* ---- Fakes in the store ---- */

  /** Returns the fake of the running test, or of the class when shared; empty if there is none. */
  private Optional<FakeCognito> fake(ExtensionContext context) {
    Config config = config(context);
    if (!config.perClass() && context.getTestMethod().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(fake(context, config));
  }

  /**
   * Finds or creates the fake for {@code config}. A per-class fake belongs to the nearest class
   * context; looking it up there also finds one an enclosing class created, since store lookups fall
   * back to parent contexts. The configuration is the key, so a per-test lookup never finds a
   * per-class fake, and a nested class with its own settings never finds its enclosing class's fake.
   */
  private static FakeCognito fake(ExtensionContext context, Config config) {
    ExtensionContext owner = context;
    if (config.perClass()) {
      while (owner.getTestMethod().isPresent() && owner.getParent().isPresent()) {
        owner = owner.getParent().get();
      }
    }
    return owner.getStore(NAMESPACE).getOrComputeIfAbsent(config, StoredFake::new, StoredFake.class).fake;
  }

  private static Object view(FakeCognito fake, Class<?> type) {
    if (type == URI.class) {
      return fake.endpoint();
    }
    if (type == CognitoIdentityProviderClient.class) {
      return fake.client();
    }
    if (type == CognitoIdentityProviderAsyncClient.class) {
      return fake.asyncClient();
    }
    return fake;
  }

  /**
   * A fake in a store. JUnit closes stored {@link AutoCloseable}s from 5.13 on, and only {@code
   * CloseableResource}s before that (or when {@code
   * junit.jupiter.extensions.store.close.autocloseable.enabled} is false), so it is both.
   */
  @SuppressWarnings("deprecation")
  private static final class StoredFake implements AutoCloseable, ExtensionContext.Store.CloseableResource {
    final FakeCognito fake;

    StoredFake(Config config) {
      this.fake = config.newFake();
    }

    @Override
    public void close() {
      fake.close();
    }
  }

  /* ---- Field injection ---- */

  private void injectFields(Object instance, ExtensionContext context) {
    List<Field> fields = AnnotationSupport.findAnnotatedFields(instance.getClass(), InjectFakeCognito.class);
    if (fields.isEmpty()) {
      return;
    }
    fields.forEach(FakeCognitoExtension::checkInjectable);
    Optional<FakeCognito> fake = fake(context);
    if (fake.isEmpty()) {
      return;
    }
    for (Field field : fields) {
      try {
        field.setAccessible(true);
        field.set(instance, view(fake.get(), field.getType()));
      } catch (IllegalAccessException | InaccessibleObjectException e) {
        throw new ExtensionConfigurationException(
            "Configuration error: cannot inject @InjectFakeCognito field " + describe(field)
                + "; open its package to dev.fakecognito.junit", e);
      }
    }
  }

  private static void checkInjectable(Field field) {
    if (Modifier.isStatic(field.getModifiers())) {
      throw new ExtensionConfigurationException("Configuration error: @InjectFakeCognito field "
          + describe(field) + " is static, but only instance fields can be injected");
    }
    if (Modifier.isFinal(field.getModifiers())) {
      throw new ExtensionConfigurationException("Configuration error: @InjectFakeCognito field "
          + describe(field) + " is final, so it cannot be injected");
    }
    if (!INJECTABLE_FIELDS.contains(field.getType())) {
      throw new ExtensionConfigurationException("Configuration error: @InjectFakeCognito field "
          + describe(field) + " has type " + field.getType().getName()
          + ", but only FakeCognito, CognitoIdentityProviderClient, CognitoIdentityProviderAsyncClient"
          + " and java.net.URI can be injected");
    }
  }

  private static String describe(Field field) {
    return field.getDeclaringClass().getName() + "." + field.getName();
  }

  /* ---- Configuration ---- */

  private Config config(ExtensionContext context) {
    Optional<FakeCognitoTest> annotation = context.getTestClass().flatMap(FakeCognitoExtension::findAnnotation);
    if (registered == null) {
      return annotation.map(a -> Config.of(a, context.getRequiredTestClass())).orElse(Config.DEFAULT);
    }
    if (annotation.isPresent()) {
      // Both would offer the same parameters, and JUnit would only report "competing resolvers".
      throw new ExtensionConfigurationException("Configuration error: "
          + context.getRequiredTestClass().getName() + " is annotated @FakeCognitoTest and also registers"
          + " a FakeCognitoExtension; use one or the other");
    }
    return registered;
  }

  /** Finds the annotation on the class or, for a {@code @Nested} (inner) class, its enclosing classes. */
  private static Optional<FakeCognitoTest> findAnnotation(Class<?> testClass) {
    for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
      Optional<FakeCognitoTest> found = AnnotationSupport.findAnnotation(c, FakeCognitoTest.class);
      if (found.isPresent() || Modifier.isStatic(c.getModifiers()) || !c.isMemberClass()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static String notAnEndpointType(ParameterContext parameter, ExtensionContext context) {
    return "Configuration error: the @FakeCognitoEndpoint parameter of " + where(parameter) + " in "
        + context.getRequiredTestClass().getName() + " has type " + parameter.getParameter().getType().getName()
        + ", but the endpoint can only be injected as java.net.URI";
  }

  private static String where(ParameterContext parameter) {
    Executable executable = parameter.getDeclaringExecutable();
    return executable instanceof Constructor ? "the constructor" : "method " + executable.getName();
  }

  private static String noFakeOutsideTests(ParameterContext parameter, ExtensionContext context) {
    boolean constructor = parameter.getDeclaringExecutable() instanceof Constructor;
    String where = where(parameter);
    // JUnit 5.13.3 and newer create a per-method test instance in the test's context; older ones don't.
    String olderJUnit = constructor && context.getTestInstanceLifecycle().orElse(null) == Lifecycle.PER_METHOD
        ? " (JUnit 5.13.3 or newer injects it into constructors too)"
        : "";
    return "Configuration error: the " + parameter.getParameter().getType().getSimpleName() + " parameter of "
        + where + " in " + context.getRequiredTestClass().getName() + " needs a fake, but with a fresh fake"
        + " per test there is none outside a test" + olderJUnit + "; inject it into test, @BeforeEach or"
        + " @AfterEach methods, or share one fake per class with @FakeCognitoTest(perClass = true) or"
        + " FakeCognitoExtension.builder().perClass(true)";
  }

  /** What kind of fake to make and how long to keep it; also the key of the fakes in the store. */
  private record Config(String region, @Nullable Clock clock, @Nullable Instant start, boolean perClass, int port) {

    static final Config DEFAULT = new Config("us-east-1", null, null, false, 0);

    static Config of(FakeCognitoTest annotation, Class<?> testClass) {
      try {
        FakeCognito.builder().region(annotation.region());
      } catch (IllegalArgumentException e) {
        throw new ExtensionConfigurationException(
            "Configuration error: @FakeCognitoTest on " + testClass.getName() + ": " + e.getMessage(), e);
      }
      return new Config(annotation.region(), null, null, annotation.perClass(), 0);
    }

    FakeCognito newFake() {
      FakeCognito.Builder builder = FakeCognito.builder().region(region);
      if (clock != null) {
        builder.clock(clock);
      }
      if (start != null) {
        builder.start(start);
      }
      if (port != 0) {
        builder.port(port);
      }
      return builder.build();
    }
  }

  /**
   * Configures a {@link FakeCognitoExtension} for {@link
   * org.junit.jupiter.api.extension.RegisterExtension @RegisterExtension}.
   *
   * <p>Every fake the extension creates follows this configuration; each has its own {@link
   * dev.fakecognito.TestClock}, so advancing time in one test never moves another test's clock.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private String region = "us-east-1";
    private @Nullable Clock clock;
    private @Nullable Instant start;
    private boolean perClass;
    private int port;

    private Builder() {}

    /**
     * Sets the region of the fakes, which appears in pool IDs, ARNs and token issuers.
     *
     * @param region an AWS region name such as {@code eu-west-1}
     * @return this builder
     * @throws IllegalArgumentException if it does not look like an AWS region
     */
    public Builder region(String region) {
      FakeCognito.builder().region(region);
      this.region = region;
      return this;
    }

    /**
     * Makes each fake's clock follow {@code clock}, plus whatever its test advances it by.
     *
     * @param clock the base clock of every fake
     * @return this builder
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
     * Makes each fake's clock stand at {@code start} until its test advances it.
     *
     * @param start the instant every fake starts at
     * @return this builder
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

    /**
     * Chooses between one fake shared by all tests of the class ({@code true}) and a fresh fake for
     * each test ({@code false}, the default).
     *
     * @param perClass whether the tests of a class share one fake
     * @return this builder
     */
    public Builder perClass(boolean perClass) {
      this.perClass = perClass;
      return this;
    }

    /**
     * Makes the fake serve its {@link FakeCognito#endpoint() endpoint} on {@code port} of 127.0.0.1,
     * for clients whose configuration cannot be given the port at run time; by default each fake
     * takes a free port. It needs {@link #perClass(boolean) perClass(true)}, since fresh fakes for
     * tests that run at the same time could not all have the same port; test classes that run at the
     * same time need different ports too. A test that asks for the endpoint while the port is taken
     * fails.
     *
     * @param port a port between 1 and 65535
     * @return this builder
     * @throws IllegalArgumentException if the port is not between 1 and 65535
     */
    public Builder port(int port) {
      FakeCognito.builder().port(port);
      this.port = port;
      return this;
    }

    /**
     * Returns an extension with this configuration; later changes to the builder do not affect it.
     *
     * @return a new extension
     * @throws IllegalStateException if a port was set without {@link #perClass(boolean)
     *     perClass(true)}
     */
    public FakeCognitoExtension build() {
      if (port != 0 && !perClass) {
        throw new IllegalStateException("Configuration error: port(" + port + ") needs perClass(true): fresh"
            + " fakes for tests that run at the same time cannot share port " + port + "; share one fake per"
            + " class, or leave the port out to give each fake a free one");
      }
      return new FakeCognitoExtension(new Config(region, clock, start, perClass, port));
    }
  }
}
