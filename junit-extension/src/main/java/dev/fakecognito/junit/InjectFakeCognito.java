package dev.fakecognito.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field that {@link FakeCognitoExtension} fills with the current fake, one of its clients, or
 * its endpoint.
 *
 * <p>The field must be non-static and non-final, and of type {@link dev.fakecognito.FakeCognito},
 * {@link software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient},
 * {@link software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderAsyncClient}
 * or {@link java.net.URI}. A {@code URI} field receives the fake's {@link
 * dev.fakecognito.FakeCognito#endpoint() endpoint}, whose server starts when it is first injected
 * and stops with the fake. Any other field fails the test class with an {@link
 * org.junit.jupiter.api.extension.ExtensionConfigurationException} whose message starts with
 * "Configuration error:".
 *
 * <p>The field holds the same fake that parameters of the same test receive: a new one before each
 * test by default, or the class's one when the extension runs per class. Fields of the enclosing
 * instances of a {@link org.junit.jupiter.api.Nested @Nested} test receive the nested test's fake.
 * The annotation does nothing in a class the extension does not run for.
 *
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface InjectFakeCognito {}
