package dev.fakecognito.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.THROWABLE;

import dev.fakecognito.FakeCognito;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

class FakeCognitoExtensionMisuseTest {

  @Test
  void static_field_fails_with_a_configuration_error() {
    assertThat(EngineKit.failures(EngineKit.run(StaticFieldCase.class)))
        .singleElement(THROWABLE)
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("Configuration error: @InjectFakeCognito field " + StaticFieldCase.class.getName()
            + ".fake is static, but only instance fields can be injected");
  }

  @Test
  void final_field_fails_with_a_configuration_error() {
    assertThat(EngineKit.failures(EngineKit.run(FinalFieldCase.class)))
        .singleElement(THROWABLE)
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("Configuration error: @InjectFakeCognito field " + FinalFieldCase.class.getName()
            + ".fake is final, so it cannot be injected");
  }

  @Test
  void field_of_an_unsupported_type_fails_with_a_configuration_error() {
    assertThat(EngineKit.failures(EngineKit.run(UnsupportedFieldTypeCase.class)))
        .singleElement(THROWABLE)
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("Configuration error: @InjectFakeCognito field " + UnsupportedFieldTypeCase.class.getName()
            + ".poolId has type java.lang.String, but only FakeCognito, CognitoIdentityProviderClient,"
            + " CognitoIdentityProviderAsyncClient and java.net.URI can be injected");
  }

  @Test
  void endpoint_parameter_of_another_type_than_URI_fails_with_a_configuration_error() {
    assertThat(EngineKit.failures(EngineKit.run(EndpointAsStringCase.class)))
        .singleElement(THROWABLE)
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage("Configuration error: the @FakeCognitoEndpoint parameter of method test in "
            + EndpointAsStringCase.class.getName() + " has type java.lang.String, but the endpoint can only be"
            + " injected as java.net.URI");
  }

  @Test
  void per_test_endpoint_in_BeforeAll_fails_with_a_configuration_error() {
    assertThat(EngineKit.failures(EngineKit.run(BeforeAllEndpointCase.class)))
        .singleElement(THROWABLE)
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessageStartingWith("Configuration error: the URI parameter of method setUp in "
            + BeforeAllEndpointCase.class.getName() + " needs a fake, but with a fresh fake per test there is"
            + " none outside a test");
  }

  @Test
  void builder_rejects_a_port_for_fakes_per_test() {
    assertThatThrownBy(() -> FakeCognitoExtension.builder().port(9229).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Configuration error: port(9229) needs perClass(true): fresh fakes for tests that run at"
            + " the same time cannot share port 9229; share one fake per class, or leave the port out to give"
            + " each fake a free one");
  }

  @Test
  void builder_rejects_a_port_out_of_range() {
    assertThatThrownBy(() -> FakeCognitoExtension.builder().port(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("port (0) must be between 1 and 65535");
    assertThatThrownBy(() -> FakeCognitoExtension.builder().port(65536))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("port (65536) must be between 1 and 65535");
  }

  @Test
  void per_test_fake_in_BeforeAll_fails_with_a_configuration_error() {
    assertThat(EngineKit.failures(EngineKit.run(BeforeAllParameterCase.class)))
        .singleElement(THROWABLE)
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage("Configuration error: the FakeCognito parameter of method setUp in "
            + BeforeAllParameterCase.class.getName() + " needs a fake, but with a fresh fake per test there is"
            + " none outside a test; inject it into test, @BeforeEach or @AfterEach methods, or share one fake"
            + " per class with @FakeCognitoTest(perClass = true) or FakeCognitoExtension.builder().perClass(true)");
  }

  @Test
  void per_test_fake_in_a_per_class_test_instance_constructor_fails_with_a_configuration_error() {
    assertThat(EngineKit.failures(EngineKit.run(PerClassInstanceConstructorCase.class)))
        .singleElement(THROWABLE)
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessageStartingWith("Configuration error: the CognitoIdentityProviderClient parameter of the"
            + " constructor in " + PerClassInstanceConstructorCase.class.getName() + " needs a fake");
  }

  @Test
  void annotation_and_registered_extension_together_fail_with_a_configuration_error() {
    assertThat(EngineKit.failures(EngineKit.run(AnnotatedAndRegisteredCase.class)))
        .singleElement(THROWABLE)
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("Configuration error: " + AnnotatedAndRegisteredCase.class.getName()
            + " is annotated @FakeCognitoTest and also registers a FakeCognitoExtension; use one or the other");
  }

  @Test
  void annotation_and_a_registered_instance_field_with_parameters_fail_with_a_configuration_error() {
    assertThat(EngineKit.failures(EngineKit.run(AnnotatedAndInstanceFieldCase.class)))
        .singleElement(THROWABLE)
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("Configuration error: " + AnnotatedAndInstanceFieldCase.class.getName()
            + " is annotated @FakeCognitoTest and also registers a FakeCognitoExtension; use one or the other");
  }

  @Test
  void ExtendWith_and_registered_extension_together_fail_with_a_configuration_error() {
    assertThat(EngineKit.failures(EngineKit.run(ExtendWithAndRegisteredCase.class)))
        .singleElement(THROWABLE)
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("Configuration error: " + ExtendWithAndRegisteredCase.class.getName()
            + " has @ExtendWith(FakeCognitoExtension.class) and also registers a FakeCognitoExtension; use one"
            + " or the other: drop @ExtendWith to keep the registered extension's configuration");
  }

  @Test
  void ExtendWith_and_a_registered_instance_field_fail_with_a_configuration_error() {
    assertThat(EngineKit.failures(EngineKit.run(ExtendWithAndInstanceFieldCase.class)))
        .singleElement(THROWABLE)
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessageStartingWith("Configuration error: " + ExtendWithAndInstanceFieldCase.class.getName()
            + " has @ExtendWith(FakeCognitoExtension.class) and also registers a FakeCognitoExtension");
  }

  @Test
  void two_registered_extensions_fail_with_a_configuration_error() {
    assertThat(EngineKit.failures(EngineKit.run(TwoRegisteredCase.class)))
        .singleElement(THROWABLE)
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("Configuration error: " + TwoRegisteredCase.class.getName() + " registers more than one"
            + " FakeCognitoExtension; keep one @RegisterExtension field of that type (in the class or the"
            + " classes enclosing it)");
  }

  @Test
  void two_extensions_resolving_a_constructor_parameter_fail_with_a_configuration_error() {
    assertThat(EngineKit.failures(EngineKit.run(PerClassConstructorWithTwoExtensionsCase.class)))
        .singleElement(THROWABLE)
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage("Configuration error: " + PerClassConstructorWithTwoExtensionsCase.class.getName()
            + " is annotated @FakeCognitoTest and also registers a FakeCognitoExtension; use one or the other");
  }

  @Test
  void annotation_with_an_invalid_region_fails_with_a_configuration_error() {
    assertThat(EngineKit.failures(EngineKit.run(InvalidRegionCase.class)))
        .singleElement(THROWABLE)
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("Configuration error: @FakeCognitoTest on " + InvalidRegionCase.class.getName()
            + ": region (mars) must look like an AWS region, e.g. us-east-1");
  }

  @Test
  void builder_rejects_an_invalid_region() {
    assertThatThrownBy(() -> FakeCognitoExtension.builder().region("mars"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("region (mars) must look like an AWS region, e.g. us-east-1");
  }

  @Test
  void builder_rejects_a_clock_after_a_start_instant() {
    Instant start = Instant.parse("2030-01-01T00:00:00Z");

    assertThatThrownBy(() -> FakeCognitoExtension.builder().start(start).clock(Clock.systemUTC()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("start was already set to 2030-01-01T00:00:00Z");
  }

  @Test
  void builder_rejects_a_start_instant_after_a_clock() {
    assertThatThrownBy(() -> FakeCognitoExtension.builder().clock(Clock.systemUTC()).start(Instant.EPOCH))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("clock was already set to ");
  }

  @EngineKit.Case
  @FakeCognitoTest
  static class StaticFieldCase {
    @InjectFakeCognito static FakeCognito fake;

    @Test
    void test() {}
  }

  @EngineKit.Case
  @FakeCognitoTest
  static class FinalFieldCase {
    @InjectFakeCognito final FakeCognito fake = FakeCognito.create();

    @Test
    void test() {}
  }

  @EngineKit.Case
  @FakeCognitoTest
  static class UnsupportedFieldTypeCase {
    @InjectFakeCognito String poolId;

    @Test
    void test() {}
  }

  @EngineKit.Case
  @FakeCognitoTest
  static class EndpointAsStringCase {
    @Test
    void test(@FakeCognitoEndpoint String endpoint) {}
  }

  @EngineKit.Case
  @FakeCognitoTest
  static class BeforeAllEndpointCase {
    @BeforeAll
    static void setUp(@FakeCognitoEndpoint URI endpoint) {}

    @Test
    void test() {}
  }

  @EngineKit.Case
  @FakeCognitoTest
  static class BeforeAllParameterCase {
    @BeforeAll
    static void setUp(FakeCognito fake) {}

    @Test
    void test() {}
  }

  @EngineKit.Case
  @FakeCognitoTest
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  static class PerClassInstanceConstructorCase {
    PerClassInstanceConstructorCase(CognitoIdentityProviderClient cognito) {}

    @Test
    void test() {}
  }

  @EngineKit.Case
  @FakeCognitoTest
  static class AnnotatedAndRegisteredCase {
    @RegisterExtension
    static final FakeCognitoExtension COGNITO = FakeCognitoExtension.builder().build();

    @Test
    void test() {}
  }

  @EngineKit.Case
  @FakeCognitoTest
  static class AnnotatedAndInstanceFieldCase {
    @RegisterExtension
    final FakeCognitoExtension cognito = FakeCognitoExtension.builder().region("eu-west-1").build();

    @Test
    void test(CognitoIdentityProviderClient client) {}
  }

  @EngineKit.Case
  @ExtendWith(FakeCognitoExtension.class)
  static class ExtendWithAndRegisteredCase {
    @RegisterExtension
    static final FakeCognitoExtension COGNITO = FakeCognitoExtension.builder().perClass(true).build();

    @Test
    void test(FakeCognito fake) {}
  }

  @EngineKit.Case
  @ExtendWith(FakeCognitoExtension.class)
  static class ExtendWithAndInstanceFieldCase {
    @RegisterExtension
    final FakeCognitoExtension cognito = FakeCognitoExtension.builder().build();

    @Test
    void test(FakeCognito fake) {}
  }

  @EngineKit.Case
  static class TwoRegisteredCase {
    @RegisterExtension
    static final FakeCognitoExtension FIRST = FakeCognitoExtension.builder().build();

    @RegisterExtension
    static final FakeCognitoExtension SECOND = FakeCognitoExtension.builder().region("eu-west-1").build();

    @Test
    void test(FakeCognito fake) {}
  }

  @EngineKit.Case
  @FakeCognitoTest(perClass = true)
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  static class PerClassConstructorWithTwoExtensionsCase {
    @RegisterExtension
    static final FakeCognitoExtension COGNITO = FakeCognitoExtension.builder().perClass(true).build();

    PerClassConstructorWithTwoExtensionsCase(FakeCognito fake) {}

    @Test
    void test() {}
  }

  @EngineKit.Case
  @FakeCognitoTest(region = "mars")
  static class InvalidRegionCase {
    @Test
    void test() {}
  }
}
