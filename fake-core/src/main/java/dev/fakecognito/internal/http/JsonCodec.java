package dev.fakecognito.internal.http;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.fakecognito.internal.util.Documents;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Cognito's JSON 1.1 bodies to and from SDK model objects, for every operation alike: each member
 * is found through the model's own field metadata ({@link SdkPojo#sdkFields()}) under its wire name,
 * and timestamps travel as epoch seconds.
 */
public final class JsonCodec {

  private JsonCodec() {}

  /**
   * Sets the members of {@code builder} from {@code json}; members the model does not know are
   * ignored, as the service ignores them.
   *
   * @throws RuntimeException (a SerializationException) if a member has the wrong JSON type; the
   *     message names the member
   */
  public static void read(Map<String, Object> json, SdkPojo builder) {
    for (SdkField<?> field : builder.sdkFields()) {
      Object value = json.get(field.locationName());
      if (value != null) {
        field.set(builder, fromJson(value, field, field.locationName()));
      }
    }
  }

  /** Returns the members of {@code pojo} that are set, under their wire names. */
  static Map<String, Object> write(SdkPojo pojo) {
    Map<String, Object> json = new LinkedHashMap<>();
    for (SdkField<?> field : pojo.sdkFields()) {
      Object value = field.getValueOrDefault(pojo);
      if (isSet(value)) {
        json.put(field.locationName(), toJson(value, field));
      }
    }
    return json;
  }

  private static boolean isSet(@Nullable Object value) {
    return value != null && !(value instanceof SdkAutoConstructList) && !(value instanceof SdkAutoConstructMap);
  }

  private static Object fromJson(Object value, SdkField<?> field, String path) {
    MarshallingType<?> type = field.marshallingType();
    if (type == MarshallingType.STRING) {
      return expect(value, String.class, path, "a string");
    }
    if (type == MarshallingType.BOOLEAN) {
      return expect(value, Boolean.class, path, "a boolean");
    }
    if (type == MarshallingType.INTEGER) {
      return integral(value, path, Integer.MIN_VALUE, Integer.MAX_VALUE).intValue();
    }
    if (type == MarshallingType.LONG) {
      return integral(value, path, Long.MIN_VALUE, Long.MAX_VALUE).longValue();
    }
    if (type == MarshallingType.DOUBLE) {
      return expect(value, Number.class, path, "a number").doubleValue();
    }
    if (type == MarshallingType.FLOAT) {
      return expect(value, Number.class, path, "a number").floatValue();
    }
    if (type == MarshallingType.INSTANT) {
      BigDecimal seconds = new BigDecimal(expect(value, Number.class, path, "a number of epoch seconds").toString());
      return Instant.ofEpochSecond(seconds.longValue(),
          seconds.remainder(BigDecimal.ONE).movePointRight(9).intValue());
    }
    if (type == MarshallingType.SDK_BYTES) {
      try {
        return SdkBytes.fromByteArray(Base64.getDecoder().decode(expect(value, String.class, path, "Base64 text")));
      } catch (IllegalArgumentException e) {
        throw serialization(path, "Base64 text");
      }
    }
    if (type == MarshallingType.SDK_POJO) {
      SdkPojo nested = field.constructor().get();
      @SuppressWarnings("unchecked")
      Map<String, Object> members = expect(value, Map.class, path, "an object");
      read(members, nested);
      return ((SdkBuilder<?, ?>) nested).build();
    }
    if (type == MarshallingType.LIST) {
      SdkField<?> member = field.getTrait(ListTrait.class).memberFieldInfo();
      List<Object> list = new ArrayList<>();
      for (Object element : expect(value, List.class, path, "an array")) {
        list.add(element == null ? null : fromJson(element, member, path + "[]"));
      }
      return list;
    }
    if (type == MarshallingType.MAP) {
      SdkField<?> member = field.getTrait(MapTrait.class).valueFieldInfo();
      Map<String, Object> map = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) expect(value, Map.class, path, "an object")).entrySet()) {
        Object element = entry.getValue();
        map.put((String) entry.getKey(), element == null ? null : fromJson(element, member, path + "." + entry.getKey()));
      }
      return map;
    }
    if (type == MarshallingType.DOCUMENT) {
      return Documents.fromJava(value);
    }
    throw serialization(path, "a value of a type this fake does not read (" + type + ")");
  }

  private static @Nullable Object toJson(Object value, SdkField<?> field) {
    MarshallingType<?> type = field.marshallingType();
    if (type == MarshallingType.INSTANT) {
      return BigDecimal.valueOf(((Instant) value).toEpochMilli(), 3);
    }
    if (type == MarshallingType.SDK_BYTES) {
      return Base64.getEncoder().encodeToString(((SdkBytes) value).asByteArray());
    }
    if (type == MarshallingType.SDK_POJO) {
      return write((SdkPojo) value);
    }
    if (type == MarshallingType.LIST) {
      SdkField<?> member = field.getTrait(ListTrait.class).memberFieldInfo();
      List<Object> list = new ArrayList<>();
      for (Object element : (List<?>) value) {
        list.add(element == null ? null : toJson(element, member));
      }
      return list;
    }
    if (type == MarshallingType.MAP) {
      SdkField<?> member = field.getTrait(MapTrait.class).valueFieldInfo();
      Map<String, Object> map = new LinkedHashMap<>();
      ((Map<?, ?>) value).forEach((key, element) ->
          map.put((String) key, element == null ? null : toJson(element, member)));
      return map;
    }
    if (type == MarshallingType.DOCUMENT) {
      return Documents.toJava((Document) value);
    }
    return value;
  }

  private static Number integral(Object value, String path, long min, long max) {
    Number number = expect(value, Number.class, path, "an integer");
    BigDecimal exact = new BigDecimal(number.toString());
    if (exact.stripTrailingZeros().scale() > 0
        || exact.compareTo(BigDecimal.valueOf(min)) < 0 || exact.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw serialization(path, "an integer");
    }
    return exact.longValue();
  }

  private static <T> T expect(Object value, Class<T> type, String path, String what) {
    if (!type.isInstance(value)) {
      throw serialization(path, what);
    }
    return type.cast(value);
  }

  private static WireException serialization(String path, String what) {
    return WireException.serialization("Expected " + what + " at " + path + ".");
  }
}
