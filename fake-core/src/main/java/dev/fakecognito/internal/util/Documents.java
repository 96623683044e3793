package dev.fakecognito.internal.util;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.SdkNumber;
import software.amazon.awssdk.core.document.Document;

/**
 * The SDK's {@link Document} type to and from the plain Java values a JSON parser gives (maps,
 * lists, strings, numbers, booleans and null), and the merge of one settings document over another.
 */
public final class Documents {

  private Documents() {}

  /**
   * The document for a parsed JSON value.
   *
   * @throws IllegalArgumentException if the value holds something JSON has not
   */
  public static Document fromJson(@Nullable Object value) {
    if (value == null) {
      return Document.fromNull();
    }
    if (value instanceof String text) {
      return Document.fromString(text);
    }
    if (value instanceof Boolean flag) {
      return Document.fromBoolean(flag);
    }
    if (value instanceof Number number) {
      return Document.fromNumber(SdkNumber.fromString(new BigDecimal(number.toString()).toString()));
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Document> members = new LinkedHashMap<>();
      map.forEach((key, member) -> members.put(String.valueOf(key), fromJson(member)));
      return Document.fromMap(members);
    }
    if (value instanceof List<?> list) {
      List<Document> elements = new ArrayList<>();
      list.forEach(element -> elements.add(fromJson(element)));
      return Document.fromList(elements);
    }
    throw new IllegalArgumentException("Not a JSON value: " + value.getClass().getName());
  }

  /** The plain Java value of a document, with numbers as {@link BigDecimal}. */
  public static @Nullable Object toJson(Document document) {
    if (document.isNull()) {
      return null;
    }
    if (document.isString()) {
      return document.asString();
    }
    if (document.isBoolean()) {
      return document.asBoolean();
    }
    if (document.isNumber()) {
      return document.asNumber().bigDecimalValue();
    }
    if (document.isList()) {
      List<Object> list = new ArrayList<>();
      document.asList().forEach(element -> list.add(toJson(element)));
      return list;
    }
    Map<String, Object> map = new LinkedHashMap<>();
    document.asMap().forEach((key, member) -> map.put(key, toJson(member)));
    return map;
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
