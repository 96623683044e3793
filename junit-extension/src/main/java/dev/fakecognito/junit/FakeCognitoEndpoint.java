package dev.fakecognito.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link java.net.URI} parameter that {@link FakeCognitoExtension} fills with the {@link
 * dev.fakecognito.FakeCognito#endpoint() endpoint} of the current fake: the base URI, {@code
 * http://127.0.0.1:<port>}, of the fake served over HTTP, for SDKs, command-line tools and browsers
 * outside the JVM's in-process client.
 *
 * <pre>{@code
 * @FakeCognitoTest
 * class TokenVerifierTest {
 *   @Test
 *   void fetches_the_keys(@FakeCognitoEndpoint URI cognito, FakeCognito fake) {
 *     TestPool pool = fake.newPool();
 *     URI jwks = URI.create(cognito + "/" + pool.poolId() + "/.well-known/jwks.json");
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>It works wherever a {@code FakeCognito} parameter does (test methods, {@code @BeforeEach} and
 * {@code @AfterEach} methods, test class constructors, and with one fake per class {@code
 * @BeforeAll} and {@code @AfterAll} methods), and gives the endpoint of the fake that parameter
 * would receive. The server starts when the endpoint is first injected and stops when the fake is
 * closed, after its test or class. A {@code URI} parameter without this annotation is left to other
 * resolvers. A field receives the endpoint when it is of type {@code URI} and annotated {@link
 * InjectFakeCognito @InjectFakeCognito}.
 *
 * <p>The annotation on a parameter of another type fails the test with a {@link
 * org.junit.jupiter.api.extension.ParameterResolutionException} whose message starts with
 * "Configuration error:".
 *
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface FakeCognitoEndpoint {}
