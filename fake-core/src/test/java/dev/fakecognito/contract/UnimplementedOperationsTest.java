package dev.fakecognito.contract;

import static dev.fakecognito.testing.Fixtures.fake;
import static dev.fakecognito.testing.Fixtures.pool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.internal.util.ModelSupport;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.utils.builder.SdkBuilder;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderAsyncClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetSigningCertificateRequest;

/** The clients as a whole: the same operations in both, futures, paginators, lifecycle. */
class UnimplementedOperationsTest {

  private final FakeCognito fake = fake();
  private final CognitoIdentityProviderClient cognito = fake.client();
  private final CognitoIdentityProviderAsyncClient async = fake.asyncClient();

  @Test
  void both_clients_implement_the_same_operations() throws Exception {
    List<String> syncOnly = new ArrayList<>();
    List<String> asyncOnly = new ArrayList<>();
    for (Method method : CognitoIdentityProviderClient.class.getMethods()) {
      Class<?>[] types = method.getParameterTypes();
      if (types.length != 1 || !CognitoIdentityProviderRequest.class.isAssignableFrom(types[0])
          || method.getName().endsWith("Paginator")) {
        continue;
      }
      Object request = ((SdkBuilder<?, ?>) types[0].getMethod("builder").invoke(null)).build();
      boolean sync = implemented(() -> method.invoke(cognito, request));
      boolean asynchronous = implemented(() -> CognitoIdentityProviderAsyncClient.class
          .getMethod(method.getName(), types).invoke(async, request));
      if (sync && !asynchronous) {
        syncOnly.add(method.getName());
      } else if (asynchronous && !sync) {
        asyncOnly.add(method.getName());
      }
    }
    // Every operation of the SDK the fake is built on is implemented (OperationsTableTest); a newer
    // SDK's own operations keep its default UnsupportedOperationException in both clients.
    assertThat(syncOnly).as("implemented only by the synchronous client").isEmpty();
    assertThat(asyncOnly).as("implemented only by the asynchronous client").isEmpty();
  }

  /** Whether a call does anything but throw UnsupportedOperationException. */
  private static boolean implemented(Callable<?> call) throws Exception {
    try {
      call.call();
      return true;
    } catch (InvocationTargetException e) {
      return !(e.getCause() instanceof UnsupportedOperationException);
    }
  }

  @Test
  void async_implemented_operation_returns_a_completed_future() {
    CompletableFuture<CreateUserPoolResponse> created = async.createUserPool(r -> r.poolName("async"));

    assertThat(created).isCompleted();
    assertThat(created.join().userPool().name()).isEqualTo("async");
  }

  @Test
  void async_paginator_pages_through_the_fake() {
    pool(cognito);
    pool(cognito);

    List<String> names = new CopyOnWriteArrayList<>();
    async.listUserPoolsPaginator(r -> r.maxResults(1)).userPools()
        .subscribe(p -> names.add(p.name())).join();

    assertThat(names).containsExactly("test", "test");
  }

  @Test
  void sync_paginator_pages_through_the_fake() {
    pool(cognito);
    pool(cognito);

    assertThat(cognito.listUserPoolsPaginator(r -> r.maxResults(1)).userPools().stream().count()).isEqualTo(2);
  }

  @Test
  void clients_are_the_same_on_every_call() {
    assertThat(fake.client()).isSameAs(cognito);
    assertThat(fake.asyncClient()).isSameAs(async);
  }

  @Test
  void clients_name_the_service_and_close_quietly() {
    assertThat(cognito.serviceName()).isEqualTo(CognitoIdentityProviderClient.SERVICE_NAME);
    assertThat(async.serviceName()).isEqualTo(CognitoIdentityProviderClient.SERVICE_NAME);
    cognito.close();
    async.close();
    assertThat(pool(cognito)).isNotBlank();
  }

  @Test
  void clients_have_a_service_client_configuration() {
    assumeTrue(ModelSupport.SERVICE_CLIENT_CONFIGURATION, "needs an SDK after 2.19 (serviceClientConfiguration)");
    assertThat(cognito.serviceClientConfiguration()).isNotNull();
    assertThat(async.serviceClientConfiguration()).isNotNull();
  }

  @Test
  void clients_have_identity_equality_and_a_name() {
    assertThat(cognito).isEqualTo(cognito).isNotEqualTo(fake().client()).hasSameHashCodeAs(cognito);
    assertThat(cognito).hasToString("FakeCognitoIdentityProviderClient");
    assertThat(async).hasToString("FakeCognitoIdentityProviderAsyncClient");
  }
}
