package dev.fakecognito.fuzz;

import dev.fakecognito.FakeCognito;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.utils.builder.SdkBuilder;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderRequest;

/**
 * The operations the fake implements, found by trying each one: an operation implemented later is
 * fuzzed without touching the fuzzer.
 */
final class Operations {

  private Operations() {}

  /**
   * One implemented operation.
   *
   * @param name the SDK method name, e.g. {@code adminCreateUser}
   * @param method the SDK interface's method
   * @param requestType the SDK request class
   */
  record Operation(String name, Method method, Class<?> requestType) {

    /** A fresh builder of the request; it is an {@link SdkPojo} whose fields describe the request. */
    SdkPojo newBuilder() {
      try {
        return (SdkPojo) requestType.getMethod("builder").invoke(null);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("no builder for " + requestType, e);
      }
    }

    /**
     * Calls the operation.
     *
     * @return the response
     * @throws Throwable whatever the operation threw
     */
    Object call(CognitoIdentityProviderClient client, Object request) throws Throwable {
      try {
        return method.invoke(client, request);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }

  /**
   * Every implemented operation, by name: each request-object method of the SDK interface that does
   * not answer an empty request with {@link UnsupportedOperationException}. The SDK's interface is
   * asked rather than the facade, so that only operations the SDK on the class path has are listed.
   */
  static List<Operation> implemented() {
    List<Operation> operations = new ArrayList<>();
    try (FakeCognito probe = FakeCognito.create()) {
      CognitoIdentityProviderClient client = probe.client();
      for (Method method : CognitoIdentityProviderClient.class.getMethods()) {
        // Paginators call their operation only when iterated; the operation itself is fuzzed.
        if (method.getParameterCount() != 1 || method.getName().endsWith("Paginator")
            || !CognitoIdentityProviderRequest.class.isAssignableFrom(method.getParameterTypes()[0])) {
          continue;
        }
        Operation operation = new Operation(method.getName(), method, method.getParameterTypes()[0]);
        try {
          operation.call(client, ((SdkBuilder<?, ?>) operation.newBuilder()).build());
        } catch (UnsupportedOperationException e) {
          continue;
        } catch (Throwable e) {
          // Implemented: it refused the empty request in its own way.
        }
        operations.add(operation);
      }
    }
    operations.sort(Comparator.comparing(Operation::name));
    return List.copyOf(operations);
  }
}
