package dev.fakecognito.triggers.lambda;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Converts between Cognito's JSON events, as maps and lists, and the JavaBeans of {@code
 * aws-lambda-java-events}, the way the Lambda Java runtime's serializer does it for these classes.
 *
 * <p>JSON names are bean property names ({@code getAutoConfirmUser} is {@code autoConfirmUser}),
 * fields the bean has no setter for are ignored, and null properties are left out of the JSON. This
 * avoids a JSON library: the Cognito event classes only hold strings, booleans, string maps, arrays
 * and nested beans with no-argument constructors.
 */
final class BeanMapper {

  private BeanMapper() {}

  /** Builds a bean of {@code type} from a JSON object. */
  static <T> T toBean(Map<String, Object> json, Class<T> type) {
    return type.cast(bean(json, type, "event"));
  }

  /** Writes a bean (or a map) as a JSON object. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> toJsonObject(Object bean, String what) {
    Object json = write(bean);
    if (!(json instanceof Map<?, ?>)) {
      throw new IllegalStateException(what + " returned a " + bean.getClass().getName() + ", not an event");
    }
    return (Map<String, Object>) json;
  }

  /**
   * The base object with the overlay's fields put over it, object by object: fields only the base
   * has, such as those the event classes lack, are kept.
   */
  @SuppressWarnings("unchecked")
  static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> overlay) {
    Map<String, Object> merged = (Map<String, Object>) copy(base);
    overlay.forEach((key, value) -> {
      if (merged.get(key) instanceof Map<?, ?> inBase && value instanceof Map<?, ?> inOverlay) {
        merged.put(key, merge((Map<String, Object>) inBase, (Map<String, Object>) inOverlay));
      } else {
        merged.put(key, copy(value));
      }
    });
    return merged;
  }

  /** A copy of a JSON value: maps and lists are copied all the way down. */
  static @Nullable Object copy(@Nullable Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((key, item) -> copy.put(String.valueOf(key), copy(item)));
      return copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      list.forEach(item -> copy.add(copy(item)));
      return copy;
    }
    return value;
  }

  /* ---- JSON to bean ---- */

  private static Object bean(Map<?, ?> json, Class<?> type, String path) {
    Object bean = instantiate(type);
    Map<String, Method> setters = setters(type);
    json.forEach((key, value) -> {
      Method setter = setters.get(String.valueOf(key));
      if (setter == null || value == null) {
        return;
      }
      Object converted = convert(value, setter.getGenericParameterTypes()[0], path + "." + key);
      if (converted != null) {
        invoke(setter, bean, converted);
      }
    });
    return bean;
  }

  private static @Nullable Object convert(@Nullable Object value, Type target, String path) {
    Class<?> raw = rawType(target);
    if (value == null) {
      return null;
    }
    if (raw == Object.class) {
      return copy(value);
    }
    if (raw == String.class) {
      if (value instanceof Map<?, ?> || value instanceof List<?>) {
        throw mismatch(path, value, raw);
      }
      return value.toString();
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return value instanceof Boolean b ? b : Boolean.parseBoolean(value.toString());
    }
    if (raw.isPrimitive() || Number.class.isAssignableFrom(raw)) {
      return number(value, raw, path);
    }
    if (raw.isEnum()) {
      return enumConstant(raw, value.toString());
    }
    if (Map.class.isAssignableFrom(raw)) {
      if (!(value instanceof Map<?, ?> map)) {
        throw mismatch(path, value, raw);
      }
      Type valueType = typeArgument(target, 1);
      Map<String, Object> converted = new LinkedHashMap<>();
      map.forEach((key, item) -> converted.put(String.valueOf(key), convert(item, valueType, path + "." + key)));
      return converted;
    }
    if (raw.isArray() || Collection.class.isAssignableFrom(raw)) {
      if (!(value instanceof List<?> list)) {
        throw mismatch(path, value, raw);
      }
      Type itemType = raw.isArray() ? raw.getComponentType() : typeArgument(target, 0);
      List<Object> items = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        items.add(convert(list.get(i), itemType, path + "[" + i + "]"));
      }
      if (!raw.isArray()) {
        return items;
      }
      Object array = Array.newInstance(raw.getComponentType(), items.size());
      for (int i = 0; i < items.size(); i++) {
        Array.set(array, i, items.get(i));
      }
      return array;
    }
    if (!(value instanceof Map<?, ?> object)) {
      throw mismatch(path, value, raw);
    }
    return bean(object, raw, path);
  }

  private static Object number(Object value, Class<?> raw, String path) {
    Number number;
    try {
      number = value instanceof Number n ? n : Double.valueOf(value.toString());
    } catch (NumberFormatException e) {
      throw mismatch(path, value, raw);
    }
    if (raw == int.class || raw == Integer.class) {
      return number.intValue();
    }
    if (raw == long.class || raw == Long.class) {
      return number.longValue();
    }
    if (raw == double.class || raw == Double.class) {
      return number.doubleValue();
    }
    throw mismatch(path, value, raw);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object enumConstant(Class<?> type, String name) {
    return Enum.valueOf((Class) type, name);
  }

  private static IllegalArgumentException mismatch(String path, Object value, Class<?> type) {
    return new IllegalArgumentException(
        "Cannot read " + path + " (" + value.getClass().getSimpleName() + ") as " + type.getSimpleName());
  }

  private static Object instantiate(Class<?> type) {
    try {
      Constructor<?> constructor = type.getDeclaredConstructor();
      constructor.trySetAccessible();
      return constructor.newInstance();
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(type.getName() + " has no constructor without arguments", e);
    } catch (InvocationTargetException e) {
      throw rethrow(e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("Cannot create a " + type.getName(), e);
    }
  }

  private static Map<String, Method> setters(Class<?> type) {
    Map<String, Method> setters = new HashMap<>();
    for (Method method : type.getMethods()) {
      String name = method.getName();
      if (name.length() > 3 && name.startsWith("set") && method.getParameterCount() == 1
          && !Modifier.isStatic(method.getModifiers()) && !method.isBridge()) {
        setters.putIfAbsent(propertyName(name.substring(3)), method);
      }
    }
    return setters;
  }

  private static Class<?> rawType(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    return Object.class;
  }

  private static Type typeArgument(Type type, int index) {
    if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
      return p.getActualTypeArguments()[index];
    }
    return Object.class;
  }

  /* ---- bean to JSON ---- */

  private static @Nullable Object write(@Nullable Object value) {
    if (value == null || value instanceof String || value instanceof Boolean || value instanceof Number) {
      return value;
    }
    if (value instanceof Character || (value.getClass().getName().startsWith("java.")
        && !(value instanceof Map<?, ?>) && !(value instanceof Collection<?>))) {
      return value.toString();
    }
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> json = new LinkedHashMap<>();
      map.forEach((key, item) -> json.put(String.valueOf(key), write(item)));
      return json;
    }
    if (value instanceof Collection<?> collection) {
      List<Object> json = new ArrayList<>(collection.size());
      collection.forEach(item -> json.add(write(item)));
      return json;
    }
    if (value.getClass().isArray()) {
      int length = Array.getLength(value);
      List<Object> json = new ArrayList<>(length);
      for (int i = 0; i < length; i++) {
        json.add(write(Array.get(value, i)));
      }
      return json;
    }
    Map<String, Object> json = new LinkedHashMap<>();
    for (Method getter : getters(value.getClass())) {
      Object property = write(invoke(getter, value));
      if (property != null) {
        json.put(propertyName(getter.getName().substring(getter.getName().startsWith("is") ? 2 : 3)), property);
      }
    }
    return json;
  }

  /** Public getters in name order, so that the JSON is the same from run to run. */
  private static List<Method> getters(Class<?> type) {
    List<Method> getters = new ArrayList<>();
    for (Method method : type.getMethods()) {
      String name = method.getName();
      boolean getter = name.length() > 3 && name.startsWith("get")
          || name.length() > 2 && name.startsWith("is") && method.getReturnType() == boolean.class;
      if (getter && method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
          && !method.isBridge() && method.getDeclaringClass() != Object.class
          && method.getReturnType() != void.class) {
        getters.add(method);
      }
    }
    getters.sort(Comparator.comparing(Method::getName));
    return getters;
  }

  /** The JavaBeans rule: {@code AutoConfirmUser} is {@code autoConfirmUser}, {@code URL} stays {@code URL}. */
  static String propertyName(String capitalized) {
    if (capitalized.length() > 1 && Character.isUpperCase(capitalized.charAt(0))
        && Character.isUpperCase(capitalized.charAt(1))) {
      return capitalized;
    }
    return Character.toLowerCase(capitalized.charAt(0)) + capitalized.substring(1);
  }

  private static @Nullable Object invoke(Method method, Object target, Object... arguments) {
    try {
      // Public methods of a handler's own non-public classes (a Response subclass, say) need this.
      method.trySetAccessible();
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      throw rethrow(e);
    } catch (IllegalAccessException e) {
      throw new IllegalArgumentException("Cannot call " + method, e);
    }
  }

  private static RuntimeException rethrow(InvocationTargetException e) {
    if (e.getCause() instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (e.getCause() instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(e.getCause());
  }
}
