package dev.fakecognito.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.THROWABLE;

import dev.fakecognito.FakeCognito;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

@FakeCognitoTest
class FakeCognitoExtensionEndpointTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @InjectFakeCognito URI fieldEndpoint;
  private URI beforeEachEndpoint;

  @BeforeEach
  void remember(@FakeCognitoEndpoint URI endpoint) {
    beforeEachEndpoint = endpoint;
  }

  @Test
  void endpoint_serves_the_keys_of_a_pool_created_through_the_injected_client(
      @FakeCognitoEndpoint URI endpoint, CognitoIdentityProviderClient cognito, FakeCognito fake) throws Exception {
    String poolId = cognito.createUserPool(r -> r.poolName("shop")).userPool().id();

    HttpResponse<String> response = get(HTTP, jwks(endpoint, poolId));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(fake.jwks(poolId));
  }

  @Test
  void endpoint_answers_the_api_from_the_state_of_the_injected_fake(
      @FakeCognitoEndpoint URI endpoint, FakeCognito fake) throws Exception {
    String poolId = fake.client().createUserPool(r -> r.poolName("shop")).userPool().id();
    HttpRequest listUserPools = HttpRequest.newBuilder(endpoint)
        .header("Content-Type", "application/x-amz-json-1.1")
        .header("X-Amz-Target", "AWSCognitoIdentityProviderService.ListUserPools")
        .POST(HttpRequest.BodyPublishers.ofString("{\"MaxResults\":10}"))
        .build();

    HttpResponse<String> response = HTTP.send(listUserPools, HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"Id\":\"" + poolId + "\"");
  }

  @Test
  void injected_endpoint_is_the_endpoint_of_the_injected_fake(@FakeCognitoEndpoint URI endpoint, FakeCognito fake) {
    assertThat(endpoint).isEqualTo(fake.endpoint());
    assertThat(endpoint.getScheme()).isEqualTo("http");
    assertThat(endpoint.getHost()).isEqualTo("127.0.0.1");
  }

  @Test
  void fields_and_lifecycle_methods_get_the_endpoint_of_the_test(@FakeCognitoEndpoint URI endpoint) {
    assertThat(fieldEndpoint).isEqualTo(endpoint);
    assertThat(beforeEachEndpoint).isEqualTo(endpoint);
  }

  @Test
  void tests_of_a_class_with_one_fake_share_one_endpoint_which_stops_with_the_class() {
    EngineExecutionResults results = EngineKit.run(PerClassCase.class);

    assertThat(EngineKit.failures(results)).isEmpty();
    results.testEvents().assertStatistics(stats -> stats.started(4).succeeded(4));
    List<String> endpoints = EngineKit.published(results, "endpoint");
    assertThat(endpoints).hasSize(4).containsOnly(endpoints.get(0));
    assertRefused(URI.create(endpoints.get(0)));
  }

  @Test
  void fresh_fakes_of_tests_running_at_the_same_time_serve_on_different_ports() {
    EngineExecutionResults results = EngineKit.runConcurrently(OverlappingTestsCase.class);

    assertThat(EngineKit.failures(results)).isEmpty();
    results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    List<String> endpoints = EngineKit.published(results, "endpoint");
    assertThat(endpoints).hasSize(2);
    assertThat(URI.create(endpoints.get(0)).getPort()).isNotEqualTo(URI.create(endpoints.get(1)).getPort());
  }

  @Test
  void concurrent_and_nested_tests_get_the_endpoint_of_their_own_fake_which_stops_with_their_test() {
    EngineExecutionResults results = EngineKit.runConcurrently(FreshFakesCase.class);

    assertThat(EngineKit.failures(results)).isEmpty();
    int tests = FreshFakesCase.TESTS + 1;
    results.testEvents().assertStatistics(stats -> stats.started(tests).succeeded(tests));
    List<String> endpoints = EngineKit.published(results, "endpoint");
    assertThat(endpoints).hasSize(tests);
    for (String endpoint : endpoints) {
      assertRefused(URI.create(endpoint));
    }
  }

  @Test
  void port_of_a_closed_fake_no_longer_answers() throws Exception {
    EngineExecutionResults results = EngineKit.run(AnsweringCase.class);

    assertThat(EngineKit.failures(results)).isEmpty();
    results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    assertThat(EngineKit.published(results, "status while open")).containsExactly("200");
    assertRefused(URI.create(EngineKit.published(results, "endpoint").get(0)));
  }

  @Test
  void configured_port_is_the_port_of_the_endpoint() {
    EngineExecutionResults results = EngineKit.run(FixedPortCase.class);

    assertThat(EngineKit.failures(results)).isEmpty();
    results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    assertThat(EngineKit.published(results, "endpoint")).containsExactly("http://127.0.0.1:" + FixedPortCase.PORT);
  }

  @Test
  void URI_parameter_without_the_annotation_is_left_to_other_resolvers() {
    EngineExecutionResults results = EngineKit.run(OtherUriResolverCase.class);

    assertThat(EngineKit.failures(results)).isEmpty();
    results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    assertThat(EngineKit.published(results, "uri")).containsExactly(OtherUriResolver.URI_IT_GIVES.toString());
  }

  @Test
  void URI_parameter_without_the_annotation_is_not_resolved() {
    assertThat(EngineKit.failures(EngineKit.run(UnannotatedUriCase.class)))
        .singleElement(THROWABLE)
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessageStartingWith("No ParameterResolver registered for parameter [java.net.URI");
  }

  private static URI jwks(URI endpoint, String poolId) {
    return URI.create(endpoint + "/" + poolId + "/.well-known/jwks.json");
  }

  private static HttpResponse<String> get(HttpClient client, URI uri) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Asserts that nothing listens on the endpoint's port any more; a fresh client has no kept-alive connection. */
  private static void assertRefused(URI endpoint) {
    HttpClient fresh = HttpClient.newHttpClient();
    assertThatThrownBy(() -> get(fresh, URI.create(endpoint + "/")))
        .as("request to %s", endpoint)
        .isInstanceOf(ConnectException.class);
  }

  @EngineKit.Case
  static class PerClassCase {

    @RegisterExtension
    static final FakeCognitoExtension COGNITO = FakeCognitoExtension.builder().perClass(true).build();

    static URI beforeAll;
    @InjectFakeCognito URI fieldEndpoint;

    @BeforeAll
    static void remember(@FakeCognitoEndpoint URI endpoint) {
      beforeAll = endpoint;
    }

    @AfterAll
    static void after_all_gets_the_same_endpoint(@FakeCognitoEndpoint URI endpoint) {
      assertThat(endpoint).isEqualTo(beforeAll);
    }

    @RepeatedTest(3)
    void publishes_the_endpoint(@FakeCognitoEndpoint URI endpoint, FakeCognito fake, TestReporter reporter) {
      assertThat(endpoint).isEqualTo(beforeAll).isEqualTo(fieldEndpoint).isEqualTo(fake.endpoint());
      reporter.publishEntry("endpoint", endpoint.toString());
    }

    @Nested
    class Inner {

      @Test
      void publishes_the_endpoint(@FakeCognitoEndpoint URI endpoint, TestReporter reporter) {
        assertThat(fieldEndpoint).isEqualTo(endpoint);
        reporter.publishEntry("endpoint", endpoint.toString());
      }
    }
  }

  @EngineKit.Case
  @FakeCognitoTest
  static class FreshFakesCase {

    static final int TESTS = 8;

    @InjectFakeCognito URI fieldEndpoint;

    @RepeatedTest(TESTS)
    void publishes_the_endpoint(@FakeCognitoEndpoint URI endpoint, FakeCognito fake, TestReporter reporter) {
      assertThat(endpoint).isEqualTo(fieldEndpoint).isEqualTo(fake.endpoint());
      reporter.publishEntry("endpoint", endpoint.toString());
    }

    @Nested
    class Inner {

      @Test
      void publishes_the_endpoint(@FakeCognitoEndpoint URI endpoint, FakeCognito fake, TestReporter reporter) {
        assertThat(fieldEndpoint).isEqualTo(endpoint).isEqualTo(fake.endpoint());
        reporter.publishEntry("endpoint", endpoint.toString());
      }
    }
  }

  @EngineKit.Case
  @FakeCognitoTest
  static class OverlappingTestsCase {

    private static final CyclicBarrier BOTH_SERVING = new CyclicBarrier(2);

    @RepeatedTest(2)
    void waits_for_the_other_test_to_serve_at_the_same_time(@FakeCognitoEndpoint URI endpoint, TestReporter reporter)
        throws Exception {
      BOTH_SERVING.await(30, TimeUnit.SECONDS);

      reporter.publishEntry("endpoint", endpoint.toString());
    }
  }

  @EngineKit.Case
  @FakeCognitoTest
  static class AnsweringCase {

    @Test
    void answers_while_its_test_runs(@FakeCognitoEndpoint URI endpoint, FakeCognito fake, TestReporter reporter)
        throws Exception {
      String poolId = fake.client().createUserPool(r -> r.poolName("shop")).userPool().id();

      reporter.publishEntry("status while open", String.valueOf(get(HTTP, jwks(endpoint, poolId)).statusCode()));
      reporter.publishEntry("endpoint", endpoint.toString());
    }
  }

  @EngineKit.Case
  static class FixedPortCase {

    static final int PORT = freePort();

    @RegisterExtension
    static final FakeCognitoExtension COGNITO = FakeCognitoExtension.builder().port(PORT).perClass(true).build();

    private static int freePort() {
      try (ServerSocket socket = new ServerSocket(0)) {
        return socket.getLocalPort();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Test
    void publishes_the_endpoint(@FakeCognitoEndpoint URI endpoint, TestReporter reporter) {
      reporter.publishEntry("endpoint", endpoint.toString());
    }
  }

  @EngineKit.Case
  @FakeCognitoTest
  @ExtendWith(OtherUriResolver.class)
  static class OtherUriResolverCase {

    @Test
    void gets_the_other_resolvers_uri(URI uri, FakeCognito fake, TestReporter reporter) {
      reporter.publishEntry("uri", uri.toString());
    }
  }

  @EngineKit.Case
  @FakeCognitoTest
  static class UnannotatedUriCase {

    @Test
    void test(URI uri) {}
  }

  /** Resolves every {@code URI} parameter without {@link FakeCognitoEndpoint} to one fixed URI. */
  static final class OtherUriResolver implements ParameterResolver {

    static final URI URI_IT_GIVES = URI.create("https://example.com/other");

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
      return parameterContext.getParameter().getType() == URI.class
          && !parameterContext.isAnnotated(FakeCognitoEndpoint.class);
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
      return URI_IT_GIVES;
    }
  }
}
