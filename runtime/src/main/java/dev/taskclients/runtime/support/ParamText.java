package dev.taskclients.runtime.support;

import dev.taskclients.runtime.JsonModel;
import dev.taskclients.runtime.OpenEnum;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns parameter values into the text OpenAPI's parameter styles are made of: scalars as the JSON
 * schema writes them (dates as ISO 8601 with seconds, decimals without exponent, bytes as base64,
 * an enum as its raw value), collections as lists, models and maps as name-value pairs.
 */
final class ParamText {
  private ParamText() {}

  /** A scalar as text; null for null. */
  static String scalar(Object value) {
    return value == null || value instanceof String
        ? (String) value
        : value instanceof OpenEnum<?, ?> open
            ? scalar(open.value())
            : value instanceof BigDecimal decimal
                ? decimal.toPlainString()
                : value instanceof OffsetDateTime dateTime
                    ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime)
                    : value instanceof byte[] bytes
                        ? Base64.getEncoder().encodeToString(bytes)
                        : value.toString();
  }

  /** The elements of a collection value as text, nulls left out. */
  static List<String> list(Collection<?> values) {
    List<String> out = new ArrayList<>(values.size());
    for (Object value : values) {
      String text = scalar(value);
      if (text != null) {
        out.add(text);
      }
    }
    return out;
  }

  /**
   * An object value (a model or a map) as its present fields in order, each as text; null fields
   * left out.
   */
  static Map<String, String> fields(Object value) {
    Map<?, ?> map =
        value instanceof JsonModel ? ((JsonModel) value).toJsonMap() : (Map<?, ?>) value;
    Map<String, String> out = new LinkedHashMap<>();
    map.forEach(
        (name, field) -> {
          String text =
              field instanceof Collection
                  ? String.join(",", list((Collection<?>) field))
                  : scalar(field);
          if (text != null) {
            out.put(String.valueOf(name), text);
          }
        });
    return out;
  }

  /** Whether a value is an object (a model or a map) rather than a scalar or list. */
  static boolean isObject(Object value) {
    return value instanceof JsonModel || value instanceof Map;
  }
}
