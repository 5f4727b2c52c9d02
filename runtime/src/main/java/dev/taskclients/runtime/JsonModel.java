package dev.taskclients.runtime;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.Nonnull;
import jakarta.annotation.Nullable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Base of every generated model: keeps the fields a spec does not list and the fields sent as an
 * explicit {@code null}, so that a payload re-serializes to the same JSON tree, and derives
 * {@code equals}, {@code hashCode} and {@code toString} from that JSON form.
 *
 * <p>Subclasses are immutable; they list their own fields in {@link #writeFields(FieldWriter)}.
 */
public abstract class JsonModel {
  private final Set<String> explicitNulls;
  private final Map<String, JsonNode> additionalProperties;
  /** Date-time fields' texts as received; see {@link JsonModelBuilder#dateTime}. */
  final Map<String, String> dateTimeTexts;

  /**
   * Copies the presence information and unlisted fields a builder collected.
   *
   * @param builder the builder of the subclass
   */
  protected JsonModel(JsonModelBuilder<?> builder) {
    this.explicitNulls = Collections.unmodifiableSet(new LinkedHashSet<>(builder.explicitNulls));
    this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    this.dateTimeTexts = builder.dateTimeTexts.isEmpty() ? Map.of() : Map.copyOf(builder.dateTimeTexts);
  }

  /**
   * Returns the fields the spec does not list, as received.
   *
   * @return an unmodifiable map from JSON name to value, in arrival order
   */
  @Nonnull
  public final Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Returns one field the spec does not list.
   *
   * @param name the JSON name
   * @return its value ({@code NullNode} for an explicit null), or {@code null} when absent
   */
  @Nullable
  public final JsonNode additionalProperty(String name) {
    return additionalProperties.get(name);
  }

  /**
   * Tells whether a field, listed or not, was present: with a value or as an explicit
   * {@code null}. This is how to tell {@code "error": null} from an absent {@code error}.
   *
   * @param jsonName the field's JSON name
   * @return {@code false} only when the field was absent
   */
  public final boolean has(String jsonName) {
    return toJsonMap().containsKey(jsonName);
  }

  /**
   * Tells whether a listed field was present, with a value or as an explicit {@code null}.
   *
   * @param jsonName the field's JSON name
   * @param value the field's current value
   * @return {@code false} only when the field was absent
   */
  final boolean isPresent(String jsonName, @Nullable Object value) {
    return value != null || explicitNulls.contains(jsonName);
  }

  /**
   * Writes each listed field, in the spec's order, to {@code out}.
   *
   * @param out receives the fields
   */
  protected abstract void writeFields(FieldWriter out);

  /** Receives the listed fields of a model; absent ones are skipped, explicit nulls kept. */
  protected final class FieldWriter {
    private final Map<String, Object> json = new LinkedHashMap<>();

    private FieldWriter() {
    }

    /**
     * Writes one field when it is present.
     *
     * @param jsonName the JSON name
     * @param value the value, possibly {@code null}
     * @return this writer
     */
    public FieldWriter field(String jsonName, @Nullable Object value) {
      if (isPresent(jsonName, value)) {
        String text = value instanceof java.time.OffsetDateTime ? dateTimeTexts.get(jsonName) : null;
        json.put(jsonName, text != null ? text : value);
      }
      return this;
    }
  }

  /**
   * Returns the JSON form: present listed fields (explicit nulls included), then unlisted ones.
   *
   * @return a new map, which Jackson serializes as the object
   */
  @JsonValue
  public final Map<String, Object> toJsonMap() {
    FieldWriter out = new FieldWriter();
    writeFields(out);
    additionalProperties.forEach(out.json::putIfAbsent);
    return out.json;
  }

  /**
   * Returns the names of the fields the spec marks {@code readOnly}: set by the server, so left out
   * of a request body.
   *
   * @return the JSON names; empty by default
   */
  protected Set<String> readOnlyFields() {
    return Set.of();
  }

  /**
   * Returns the JSON form sent in a request: as {@link #toJsonMap()}, without read-only fields, here
   * and in every nested model.
   *
   * @return a new map
   */
  public final Map<String, Object> toRequestJsonMap() {
    Map<String, Object> json = toJsonMap();
    json.keySet().removeAll(readOnlyFields());
    json.replaceAll((name, value) -> forRequest(value));
    return json;
  }

  /**
   * A value as sent in a request: models without their read-only fields, lists and maps element by element.
   *
   * @param value any value of a request body
   * @return the value to serialize
   */
  public static Object forRequest(Object value) {
    if (value instanceof JsonModel) {
      return ((JsonModel) value).toRequestJsonMap();
    }
    if (value instanceof java.util.List) {
      java.util.List<Object> out = new java.util.ArrayList<>();
      ((java.util.List<?>) value).forEach(element -> out.add(forRequest(element)));
      return out;
    }
    if (value instanceof Map) {
      Map<Object, Object> out = new LinkedHashMap<>();
      ((Map<?, ?>) value).forEach((key, element) -> out.put(key, forRequest(element)));
      return out;
    }
    return value;
  }

  /** Two models are equal when they are of the same class and have the same JSON form (arrays by content). */
  @Override
  public final boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || other.getClass() != getClass()) {
      return false;
    }
    Map<String, Object> mine = toJsonMap();
    Map<String, Object> theirs = ((JsonModel) other).toJsonMap();
    if (!mine.keySet().equals(theirs.keySet())) {
      return false;
    }
    for (Map.Entry<String, Object> field : mine.entrySet()) {
      if (!java.util.Objects.deepEquals(field.getValue(), theirs.get(field.getKey()))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public final int hashCode() {
    int hash = 0;
    for (Map.Entry<String, Object> field : toJsonMap().entrySet()) {
      hash += field.getKey().hashCode() ^ java.util.Arrays.deepHashCode(new Object[] {field.getValue()});
    }
    return hash;
  }

  /** Prints the class name and the present fields, e.g. {@code Task{id=1, status=pending}}. */
  @Override
  public String toString() {
    return getClass().getSimpleName() + toJsonMap();
  }
}
