package dev.fakecognito.triggers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads Cognito's JSON trigger events (as maps and lists) into typed values and writes typed
 * responses back, leniently: a missing object reads as empty, a missing flag as false.
 */
final class EventMaps {

  private EventMaps() {}

  /** The event's {@code request} object, or an empty map. */
  static Map<String, Object> request(Map<String, Object> event) {
    return object(event, "request");
  }

  /** The caller's app client ID from {@code callerContext.clientId}, or an empty string. */
  static String clientId(Map<String, Object> event) {
    return string(object(event, "callerContext"), "clientId");
  }

  /** A nested JSON object, or an empty map when absent or not an object. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Map<String, Object> map, String key) {
    return map.get(key) instanceof Map<?, ?> value ? (Map<String, Object>) value : Map.of();
  }

  /** A string value, or an empty string when absent. */
  static String string(Map<String, Object> map, String key) {
    String value = optionalString(map, key);
    return value == null ? "" : value;
  }

  /** A string value, or null when absent; other scalars are turned into their JSON text. */
  static @Nullable String optionalString(Map<String, Object> map, String key) {
    Object value = map.get(key);
    return value == null ? null : value.toString();
  }

  /** A boolean value; absent reads as false, and the strings "true" and "True" as true. */
  static boolean bool(Map<String, Object> map, String key) {
    Object value = map.get(key);
    return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
  }

  /** A JSON object of strings, such as {@code userAttributes}; absent reads as empty. */
  static Map<String, String> strings(Map<String, Object> map, String key) {
    Map<String, String> copy = new LinkedHashMap<>();
    object(map, key).forEach((name, value) -> {
      if (value != null) {
        copy.put(name, value.toString());
      }
    });
    return Collections.unmodifiableMap(copy);
  }

  /** A JSON array of strings; absent reads as empty. */
  static List<String> stringList(Map<String, Object> map, String key) {
    List<String> copy = new ArrayList<>();
    if (map.get(key) instanceof List<?> list) {
      list.forEach(item -> {
        if (item != null) {
          copy.add(item.toString());
        }
      });
    }
    return List.copyOf(copy);
  }

  /** A JSON array of objects; absent reads as empty, and items that are not objects are skipped. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> objectList(Map<String, Object> map, String key) {
    List<Map<String, Object>> items = new ArrayList<>();
    if (map.get(key) instanceof List<?> list) {
      list.forEach(item -> {
        if (item instanceof Map<?, ?> object) {
          items.add((Map<String, Object>) object);
        }
      });
    }
    return items;
  }

  /** The event with its {@code response} replaced; the caller's map is left as it was. */
  static Map<String, Object> withResponse(Map<String, Object> event, Map<String, Object> response) {
    Map<String, Object> result = new LinkedHashMap<>(event);
    result.put("response", response);
    return result;
  }

  /** Puts a value unless it is null: Cognito treats an absent field and a null one alike. */
  static void putIfPresent(Map<String, Object> map, String key, @Nullable Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }

  /** An unmodifiable, order-keeping copy; null reads as empty. */
  static <V> Map<String, V> copy(@Nullable Map<String, ? extends V> map) {
    return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /** An unmodifiable copy; null reads as empty. */
  static <T> List<T> copy(@Nullable List<? extends T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /** A mutable copy for writing into a response, so that handlers downstream may change it. */
  static <V> Map<String, Object> mutable(Map<String, V> map) {
    return new LinkedHashMap<>(map);
  }

  /** A mutable copy for writing into a response. */
  static List<Object> mutable(List<?> list) {
    return new ArrayList<>(list);
  }
}
