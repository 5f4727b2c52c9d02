package dev.taskclients.runtime.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.taskclients.runtime.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What generated polymorphic types ({@code oneOf}, {@code anyOf}, a parent several models extend)
 * use to read a JSON value into the right variant.
 *
 * <p>The rule: a listed discriminator value picks its variant; an unlisted one gives the type's
 * {@code Unknown} variant. Without a discriminator value, the value's shape decides: the variants
 * it fits (its JSON type, every required property present, every single-valued property equal); if
 * several fit, those that declare every property the value has (an object open to any property does
 * not count; for a whole number, the integer variants do); exactly one must remain, or the value is
 * kept raw in {@code Unknown}.
 */
public final class Unions {
  private Unions() {}

  /** The JSON types a variant can have. */
  public enum JsonKind {
    /** A JSON object. */
    OBJECT,
    /** A JSON array. */
    ARRAY,
    /** A JSON string. */
    TEXT,
    /** A whole JSON number. */
    INTEGER,
    /** Any JSON number. */
    NUMBER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** Any value but null. */
    ANY;

    boolean fits(JsonNode json) {
      return switch (this) {
        case OBJECT -> json.isObject();
        case ARRAY -> json.isArray();
        case TEXT -> json.isTextual();
        case INTEGER ->
            json.isIntegralNumber()
                || json.isNumber() && json.decimalValue().stripTrailingZeros().scale() <= 0;
        case NUMBER -> json.isNumber();
        case BOOLEAN -> json.isBoolean();
        case ANY -> !json.isNull() && !json.isMissingNode();
      };
    }
  }

  /**
   * What a variant's JSON looks like.
   *
   * @param kind its JSON type
   * @param required the properties an object must have
   * @param declared the properties an object may have, or null when any
   * @param fixed properties that have exactly one allowed value, with that value as text
   */
  public record Shape(
      JsonKind kind, List<String> required, List<String> declared, Map<String, String> fixed) {
    boolean fits(JsonNode json) {
      if (!kind.fits(json)) {
        return false;
      }
      for (String name : required) {
        if (!json.has(name)) {
          return false;
        }
      }
      for (Map.Entry<String, String> entry : fixed.entrySet()) {
        JsonNode value = json.get(entry.getKey());
        if (value != null && !(value.isValueNode() && value.asText().equals(entry.getValue()))) {
          return false;
        }
      }
      return true;
    }

    boolean fitsExactly(JsonNode json) {
      if (kind == JsonKind.INTEGER) {
        return json.isIntegralNumber();
      }
      if (kind != JsonKind.OBJECT) {
        return kind != JsonKind.ANY && kind != JsonKind.NUMBER;
      }
      if (declared == null) {
        return false; // an object open to any property is never the most specific fit
      }
      for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
        if (!declared.contains(names.next())) {
          return false;
        }
      }
      return true;
    }
  }

  /** {@return the shape of a variant that is not an object} */
  public static Shape kind(JsonKind kind) {
    return new Shape(kind, List.of(), null, Map.of());
  }

  /**
   * {@return the shape of an object variant; {@code declared} null means any property may appear}
   */
  public static Shape object(
      List<String> required, List<String> declared, Map<String, String> fixed) {
    return new Shape(JsonKind.OBJECT, required, declared, fixed);
  }

  /** {@return a discriminator's value: the property's text when it is a string, else null} */
  public static String tag(JsonNode json, String property) {
    JsonNode value = json == null ? null : json.get(property);
    return value != null && value.isTextual() ? value.textValue() : null;
  }

  /**
   * Picks the variant a value fits, by the rule in the class comment.
   *
   * @param json the value
   * @param shapes the variants' shapes, in the spec's order
   * @return the index of the variant, or -1 when none or several fit
   */
  public static int choose(JsonNode json, Shape... shapes) {
    if (json == null || json.isNull() || json.isMissingNode()) {
      return -1;
    }
    List<Integer> fitting = new ArrayList<>();
    for (int i = 0; i < shapes.length; i++) {
      if (shapes[i].fits(json)) {
        fitting.add(i);
      }
    }
    if (fitting.size() == 1) {
      return fitting.get(0);
    }
    int exact = -1;
    for (int i : fitting) {
      if (shapes[i].fitsExactly(json)) {
        if (exact >= 0) {
          return -1;
        }
        exact = i;
      }
    }
    return exact;
  }

  /**
   * Reads a value as a variant's class.
   *
   * @param <T> the class
   * @param json the value
   * @param type the class
   * @return the value read
   * @throws IllegalArgumentException if the value does not read as that class
   */
  public static <T> T read(JsonNode json, Class<T> type) {
    try {
      return Json.shared().treeToValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "not a valid " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads a value as a generic type (a list, a map).
   *
   * @param <T> the type
   * @param json the value
   * @param type the type
   * @return the value read
   * @throws IllegalArgumentException if the value does not read as that type
   */
  public static <T> T read(JsonNode json, TypeReference<T> type) {
    try {
      return Json.shared().readerFor(type).readValue(json);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(
          "not a valid " + type.getType().getTypeName() + ": " + e.getMessage(), e);
    }
  }

  /** {@return the value read as a class, or empty when it does not read as one} */
  public static <T> Optional<T> tryRead(JsonNode json, Class<T> type) {
    return attempt(() -> read(json, type));
  }

  /** {@return the value read as a generic type, or empty when it does not read as one} */
  public static <T> Optional<T> tryRead(JsonNode json, TypeReference<T> type) {
    return attempt(() -> read(json, type));
  }

  private static <T> Optional<T> attempt(Supplier<T> reading) {
    try {
      return Optional.ofNullable(reading.get());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** {@return an unmodifiable copy that keeps the order and any nulls} */
  public static <T> List<T> copyOf(List<T> values) {
    return Collections.unmodifiableList(new ArrayList<>(values));
  }

  /** {@return an unmodifiable copy that keeps the order and any nulls} */
  public static <T> Set<T> copyOf(Set<T> values) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(values));
  }

  /** {@return an unmodifiable copy that keeps the order and any nulls} */
  public static <K, V> Map<K, V> copyOf(Map<K, V> values) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }
}
