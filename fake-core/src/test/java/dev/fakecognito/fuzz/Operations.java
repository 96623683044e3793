package dev.fakecognito.fuzz;

import dev.fakecognito.internal.facade.FakeCognitoIdentityProviderClient;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderRequest;

/**
 * The operations the fake implements, found by reflection: every request-object method that {@link
 * FakeCognitoIdentityProviderClient} overrides. An operation implemented later is fuzzed without
 * touching the fuzzer.
 */
final class Operations {

  private Operations() {}

  /**
   * One implemented operation.
   *
   * @param name the SDK method name, e.g. {@code adminCreateUser}
   * @param method the facade's method
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

  /** Every implemented operation, by name. */
  static List<Operation> implemented() {
    List<Operation> operations = new ArrayList<>();
    for (Method method : FakeCognitoIdentityProviderClient.class.getDeclaredMethods()) {
      if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic() || method.getParameterCount() != 1) {
        continue;
      }
      Class<?> parameter = method.getParameterTypes()[0];
      if (!CognitoIdentityProviderRequest.class.isAssignableFrom(parameter)) {
        continue;
      }
      try {
        // Only overrides of the SDK interface count; a helper with a request parameter would not.
        CognitoIdentityProviderClient.class.getMethod(method.getName(), parameter);
      } catch (NoSuchMethodException e) {
        continue;
      }
      operations.add(new Operation(method.getName(), method, parameter));
    }
    operations.sort(Comparator.comparing(Operation::name));
    return List.copyOf(operations);
  }
}
