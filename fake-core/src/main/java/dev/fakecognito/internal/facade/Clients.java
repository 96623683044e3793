package dev.fakecognito.internal.facade;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderAsyncClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * The asynchronous SDK client a fake hands out: a proxy over {@link
 * FakeCognitoIdentityProviderClient}, which is itself the synchronous client. A proxy is made only
 * when a test asks for the async client: making one initialises every request class of the
 * interface, which costs a few hundred milliseconds in a fresh JVM.
 *
 * <p>Each interface method is resolved once, on its first call, and the result is shared by every
 * fake. A method the facade declares itself runs the facade's implementation. Any other operation
 * (one request argument) throws an {@link UnsupportedOperationException} that names it. Paginators
 * page through the proxy itself, and everything else (builder-consumer overloads) keeps the
 * interface's default, which calls back into the proxy.
 *
 * <p>Going through the user's own SDK interface rather than reflecting over the facade keeps this
 * working with older SDKs: the facade implements operations whose request classes an older model
 * does not have, and listing its methods would load them. Only the methods of the interface at hand
 * are ever looked up, by name and exact type.
 *
 * <p>The asynchronous client runs the same implementation on the calling thread and returns a
 * completed future, or one completed exceptionally with the SDK exception wrapped in a {@link
 * CompletionException}, as the real async client does. An operation the fake does not implement
 * throws at once, as the SDK's own default does.
 */
public final class Clients {

  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
  private static final Object[] NO_ARGS = {};
  private static final Map<Method, Target> ASYNC = new ConcurrentHashMap<>();

  private Clients() {}

  /** Returns the asynchronous client over {@code facade}, the same one on every call. */
  public static CognitoIdentityProviderAsyncClient async(FakeCognitoIdentityProviderClient facade) {
    CognitoIdentityProviderAsyncClient client = facade.asyncClient;
    if (client == null) {
      client = newAsync(facade);
      facade.asyncClient = client;
    }
    return client;
  }

  private static CognitoIdentityProviderAsyncClient newAsync(FakeCognitoIdentityProviderClient facade) {
    InvocationHandler handler = (proxy, method, args) -> {
      Target target = ASYNC.computeIfAbsent(method, Clients::resolveAsync);
      if (target.kind != Kind.IMPLEMENTED || method.getReturnType() != CompletableFuture.class) {
        return target.call(facade, proxy, method, args);
      }
      try {
        return CompletableFuture.completedFuture(target.call(facade, proxy, method, args));
      } catch (Throwable e) {
        return CompletableFuture.failedFuture(new CompletionException(e));
      }
    };
    return (CognitoIdentityProviderAsyncClient) Proxy.newProxyInstance(
        CognitoIdentityProviderAsyncClient.class.getClassLoader(),
        new Class<?>[] {CognitoIdentityProviderAsyncClient.class},
        handler);
  }

  /** Returns the message of the exception an operation the fake does not implement throws. */
  static String notImplemented(String methodName) {
    return UnimplementedOperations.notImplemented(
        Character.toUpperCase(methodName.charAt(0)) + methodName.substring(1)).getMessage();
  }

  /** An async method runs the synchronous implementation with the same name and parameters. */
  private static Target resolveAsync(Method asyncMethod) {
    Class<?> syncReturn = asyncMethod.getReturnType();
    if (syncReturn == CompletableFuture.class) {
      try {
        syncReturn = CognitoIdentityProviderClient.class
            .getMethod(asyncMethod.getName(), asyncMethod.getParameterTypes())
            .getReturnType();
      } catch (NoSuchMethodException e) {
        return resolve(asyncMethod, null);
      }
    }
    return resolve(asyncMethod, syncReturn);
  }

  private static Target resolve(Method method, @Nullable Class<?> syncReturn) {
    if (method.getDeclaringClass() == Object.class) {
      return new Target(Kind.OBJECT, null);
    }
    if (method.getName().equals("serviceClientConfiguration") && method.getParameterCount() == 0) {
      return new Target(Kind.CONFIGURATION, null);
    }
    MethodHandle implementation = syncReturn == null ? null : implementation(method, syncReturn);
    if (implementation != null) {
      return new Target(Kind.IMPLEMENTED, implementation);
    }
    Class<?>[] types = method.getParameterTypes();
    boolean request = types.length == 1 && types[0].getName().endsWith("Request");
    MethodHandle paginator = request ? paginator(method) : null;
    if (paginator != null) {
      return new Target(Kind.PAGINATOR, paginator);
    }
    return new Target(request ? Kind.NOT_IMPLEMENTED : Kind.DEFAULT, null);
  }

  /**
   * A paginator over the proxy itself, adapted to (proxy, args) -> paginator. Newer SDKs' defaults
   * do the same; older ones throw and leave paginators to their own client class.
   */
  private static @Nullable MethodHandle paginator(Method method) {
    Class<?> type = method.getReturnType();
    if (!type.getPackageName().endsWith(".paginators")) {
      return null;
    }
    try {
      return LOOKUP.findConstructor(type,
              MethodType.methodType(void.class, method.getDeclaringClass(), method.getParameterTypes()[0]))
          .asSpreader(Object[].class, 1)
          .asType(MethodType.methodType(Object.class, Object.class, Object[].class));
    } catch (NoSuchMethodException | IllegalAccessException e) {
      return null;
    }
  }

  /**
   * The facade's own method of that name and type, adapted to (facade, args) -> result, or null if
   * the facade only inherits the interface's default.
   */
  private static @Nullable MethodHandle implementation(Method method, Class<?> syncReturn) {
    MethodType type = MethodType.methodType(syncReturn, method.getParameterTypes());
    if (!DeclaredMethods.NAMES_AND_DESCRIPTORS.contains(method.getName() + type.toMethodDescriptorString())) {
      return null;
    }
    try {
      return LOOKUP.findVirtual(FakeCognitoIdentityProviderClient.class, method.getName(), type)
          .asSpreader(Object[].class, method.getParameterCount())
          .asType(MethodType.methodType(Object.class, Object.class, Object[].class));
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The methods the facade declares, as name plus descriptor, read from its class file. Reflection
   * cannot answer this: listing the facade's methods loads every parameter type, including request
   * classes an older SDK does not have, and a method handle lookup finds inherited defaults too.
   */
  private static final class DeclaredMethods {

    static final Set<String> NAMES_AND_DESCRIPTORS = read();

    private static Set<String> read() {
      String file = FakeCognitoIdentityProviderClient.class.getSimpleName() + ".class";
      try (InputStream in = FakeCognitoIdentityProviderClient.class.getResourceAsStream(file)) {
        if (in == null) {
          throw new IllegalStateException("cannot read " + file);
        }
        return ClassFiles.declaredMethods(new DataInputStream(new BufferedInputStream(in)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private enum Kind { IMPLEMENTED, PAGINATOR, NOT_IMPLEMENTED, DEFAULT, OBJECT, CONFIGURATION }

  private record Target(Kind kind, @Nullable MethodHandle handle) {

    Object call(FakeCognitoIdentityProviderClient facade, Object proxy, Method method, Object @Nullable [] args)
        throws Throwable {
      switch (kind) {
        case IMPLEMENTED:
          Object[] arguments = args == null ? NO_ARGS : args;
          return (Object) handle.invokeExact((Object) facade, arguments);
        case PAGINATOR:
          return (Object) handle.invokeExact(proxy, (Object[]) args);
        case NOT_IMPLEMENTED:
          throw new UnsupportedOperationException(notImplemented(method.getName()));
        case DEFAULT:
          return InvocationHandler.invokeDefault(proxy, method, args);
        case CONFIGURATION:
          return ServiceConfigurations.of(method.getReturnType());
        default:
          return objectMethod(proxy, method, args);
      }
    }
  }

  private static Object objectMethod(Object proxy, Method method, Object @Nullable [] args) {
    switch (method.getName()) {
      case "equals":
        return args != null && proxy == args[0];
      case "hashCode":
        return System.identityHashCode(proxy);
      default:
        return proxy instanceof CognitoIdentityProviderAsyncClient
            ? "FakeCognitoIdentityProviderAsyncClient"
            : "FakeCognitoIdentityProviderClient";
    }
  }
}
