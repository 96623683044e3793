package dev.fakecognito.internal.facade;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderAsyncClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * Makes a {@link CognitoIdentityProviderAsyncClient} out of the synchronous fake.
 *
 * <p>Each operation the fake implements runs on the calling thread and returns a completed future,
 * or one completed exceptionally with the same SDK exception (wrapped in a {@link
 * CompletionException}, as the real async client does). Operations it does not implement keep the
 * async interface's default behaviour, and the builder-consumer overloads and paginators derive
 * from the request overloads as usual.
 */
public final class AsyncClients {

  private AsyncClients() {}

  public static CognitoIdentityProviderAsyncClient of(FakeCognitoIdentityProviderClient sync) {
    InvocationHandler handler = (proxy, method, args) -> {
      switch (method.getName()) {
        case "serviceName":
          return CognitoIdentityProviderAsyncClient.SERVICE_NAME;
        case "close":
          return null;
        case "toString":
          return "FakeCognitoIdentityProviderAsyncClient";
        case "hashCode":
          return System.identityHashCode(proxy);
        case "equals":
          return proxy == args[0];
        default:
          break;
      }
      Method target = implemented(method);
      if (target == null) {
        return InvocationHandler.invokeDefault(proxy, method, args);
      }
      try {
        return CompletableFuture.completedFuture(target.invoke(sync, args));
      } catch (InvocationTargetException e) {
        return CompletableFuture.failedFuture(new CompletionException(e.getCause()));
      }
    };
    return (CognitoIdentityProviderAsyncClient) Proxy.newProxyInstance(
        CognitoIdentityProviderAsyncClient.class.getClassLoader(),
        new Class<?>[] {CognitoIdentityProviderAsyncClient.class},
        handler);
  }

  /** The fake's own implementation of a request-object operation, or null if it has none. */
  private static Method implemented(Method asyncMethod) {
    Class<?>[] types = asyncMethod.getParameterTypes();
    if (types.length != 1 || !types[0].getName().endsWith("Request")) {
      return null;
    }
    try {
      Method method = FakeCognitoIdentityProviderClient.class.getMethod(asyncMethod.getName(), types);
      return method.getDeclaringClass() == FakeCognitoIdentityProviderClient.class
          && CognitoIdentityProviderClient.class.isAssignableFrom(method.getDeclaringClass()) ? method : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }
}
