package dev.fakecognito.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test class with {@link FakeCognitoExtension}, configured by this annotation's
 * attributes.
 *
 * <pre>{@code
 * @FakeCognitoTest(region = "eu-west-1")
 * class SignUpTest {
 *   @Test
 *   void stores_the_user(CognitoIdentityProviderClient cognito, FakeCognito fake) { ... }
 * }
 * }</pre>
 *
 * <p>A {@link org.junit.jupiter.api.Nested @Nested} class uses the nearest enclosing annotation, or
 * its own if it has one. Don't combine this annotation with a {@link
 * org.junit.jupiter.api.extension.RegisterExtension registered} {@link FakeCognitoExtension}: pick
 * one form per class.
 *
 * @since 0.1.0
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(FakeCognitoExtension.class)
public @interface FakeCognitoTest {

  /**
   * The region of the fake, which appears in pool IDs, ARNs and token issuers.
   *
   * @return an AWS region name such as {@code us-east-1}
   */
  String region() default "us-east-1";

  /**
   * Whether all tests of the class share one fake, created before the first of them and kept until
   * the class finishes, instead of each test getting a fresh one.
   *
   * @return {@code true} for one fake per class
   */
  boolean perClass() default false;
}
