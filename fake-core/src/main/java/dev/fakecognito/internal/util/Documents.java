package dev.fakecognito.internal.util;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.document.Document;

/**
 * SDK {@link Document}s, the JSON values of members such as CredentialCreationOptions, to and from
 * plain Java values: {@link Map}, {@link List}, {@link String}, {@link BigDecimal} (numbers),
 * {@link Boolean} and {@code null}.
 */
public final class Documents {

  private Documents() {}

  /** The plain value of {@code document}; numbers come back as {@link BigDecimal}. */
  public static @Nullable Object toJava(@Nullable Document document) {
    if (document == null || document.isNull()) {
      return null;
    }
    if (document.isMap()) {
      Map<String, Object> map = new LinkedHashMap<>();
      document.asMap().forEach((key, value) -> map.put(key, toJava(value)));
      return map;
    }
    if (document.isList()) {
      List<Object> list = new ArrayList<>();
      document.asList().forEach(value -> list.add(toJava(value)));
      return list;
    }
    if (document.isString()) {
      return document.asString();
    }
    if (document.isBoolean()) {
      return document.asBoolean();
    }
    return document.asNumber().bigDecimalValue();
  }

  /** The document of a plain value as parsed JSON or built by hand gives it. */
  public static Document fromJava(@Nullable Object value) {
    if (value == null) {
      return Document.fromNull();
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Document> members = new LinkedHashMap<>();
      map.forEach((key, member) -> members.put(String.valueOf(key), fromJava(member)));
      return Document.fromMap(members);
    }
    if (value instanceof List<?> list) {
      List<Document> elements = new ArrayList<>();
      list.forEach(element -> elements.add(fromJava(element)));
      return Document.fromList(elements);
    }
    if (value instanceof String text) {
      return Document.fromString(text);
    }
    if (value instanceof Boolean flag) {
      return Document.fromBoolean(flag);
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      return Document.fromNumber(((Number) value).longValue());
    }
    if (value instanceof BigInteger integer) {
      return Document.fromNumber(integer);
    }
    if (value instanceof Number number) {
      return Document.fromNumber(new BigDecimal(number.toString()));
    }
    throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
  }

  /**
   * {@code over} merged into {@code base}: members of both that are objects are merged in turn,
   * every other member of {@code over} replaces the one of {@code base}.
   */
  public static Document merge(Document base, Document over) {
    if (!base.isMap() || !over.isMap()) {
      return over;
    }
    Map<String, Document> merged = new LinkedHashMap<>(base.asMap());
    over.asMap().forEach((key, member) -> {
      Document old = merged.get(key);
      merged.put(key, old == null ? member : merge(old, member));
    });
    return Document.fromMap(merged);
  }
}
