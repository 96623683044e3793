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

/** What the clients do with operations the fake does not implement, and with everything else. */
class UnimplementedOperationsTest {

  private static final String MESSAGE = "fake-cognito does not implement GetSigningCertificate yet";

  private final FakeCognito fake = fake();
  private final CognitoIdentityProviderClient cognito = fake.client();
  private final CognitoIdentityProviderAsyncClient async = fake.asyncClient();

  @Test
  void unimplemented_operation_throws_UnsupportedOperationException_naming_it() {
    assertThatThrownBy(() -> cognito.getSigningCertificate(GetSigningCertificateRequest.builder()
            .userPoolId("us-east-1_aaaaaaaaa").build()))
        .isExactlyInstanceOf(UnsupportedOperationException.class)
        .hasMessage(MESSAGE);
  }

  @Test
  void builder_overload_of_an_unimplemented_operation_throws_the_same() {
    assertThatThrownBy(() -> cognito.getSigningCertificate(r -> r.userPoolId("us-east-1_aaaaaaaaa")))
        .isExactlyInstanceOf(UnsupportedOperationException.class)
        .hasMessage(MESSAGE);
  }

  @Test
  void each_unimplemented_operation_is_named_in_its_message() {
    assertThatThrownBy(() -> cognito.getUserPoolMfaConfig(r -> r.userPoolId("us-east-1_aaaaaaaaa")))
        .isNotInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> cognito.getIdentityProviderByIdentifier(r -> r.userPoolId("us-east-1_aaaaaaaaa")))
        .isExactlyInstanceOf(UnsupportedOperationException.class)
        .hasMessage("fake-cognito does not implement GetIdentityProviderByIdentifier yet");
  }

  @Test
  void async_client_implements_exactly_the_operations_the_synchronous_one_does() throws Exception {
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
  void async_unimplemented_operation_throws_at_once_as_the_sdk_default_does() {
    assertThatThrownBy(() -> async.getSigningCertificate(r -> r.userPoolId("us-east-1_aaaaaaaaa")))
        .isExactlyInstanceOf(UnsupportedOperationException.class)
        .hasMessage(MESSAGE);
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
