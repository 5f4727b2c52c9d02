package dev.taskclients.runtime;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import jakarta.annotation.Nullable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Base of every generated model's builder: records which listed fields were set to {@code null}, collects unlisted
 * fields, copies collections, and checks required fields naming every missing one.
 *
 * @param <B> the concrete builder, returned by the fluent methods
 */
public abstract class JsonModelBuilder<B extends JsonModelBuilder<B>> {
  /** What {@link #nullAllowed} gives for a field set to {@code null}: present, though null. */
  private static final Object SET_TO_NULL = new Object();
  final Set<String> explicitNulls = new LinkedHashSet<>();
  final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();
  /** Each date-time field's text as received, written back while the field keeps that instant. */
  final Map<String, String> dateTimeTexts = new LinkedHashMap<>();
  private final String modelName;
  private final Set<String> listedNames;

  /** Starts an empty builder for the model {@code modelName} (named in messages) with the spec's JSON field names. */
  protected JsonModelBuilder(String modelName, Set<String> listedNames) {
    this.modelName = modelName;
    this.listedNames = listedNames;
  }

  /** Starts a builder holding a copy of the presence information and unlisted fields of {@code source}. */
  protected JsonModelBuilder(String modelName, Set<String> listedNames, JsonModel source) {
    this(modelName, listedNames);
    additionalProperties.putAll(source.additionalProperties());
    dateTimeTexts.putAll(source.dateTimeTexts);
    listedNames.stream().filter(name -> source.isPresent(name, null)).forEach(explicitNulls::add);
  }

  @SuppressWarnings("unchecked")
  private B self() { return (B) this; }

  /** Records whether a listed field, by JSON name, now holds an explicit {@code null}; returns this builder. */
  protected final B mark(String jsonName, @Nullable Object value) {
    String text = dateTimeTexts.get(jsonName);
    if (text != null && !(value instanceof OffsetDateTime && OffsetDateTime.parse(text).equals(value))) {
      dateTimeTexts.remove(jsonName);
    }
    if (value == null) {
      explicitNulls.add(jsonName);
    } else {
      explicitNulls.remove(jsonName);
    }
    return self();
  }

  /**
   * {@return a date-time field read from JSON, null for JSON null} Remembers its text, so that it is written back as
   * received ({@code .250} stays {@code .250}, which {@link OffsetDateTime} alone would print as {@code .25}) while
   * the field keeps that instant. Throws IllegalArgumentException unless an RFC 3339 date-time string.
   */
  protected final OffsetDateTime dateTime(String jsonName, @Nullable JsonNode json) {
    if (json == null || json.isNull()) {
      return null;
    }
    if (!json.isTextual()) {
      throw new IllegalArgumentException(
          "'" + jsonName + "' must be an RFC 3339 date-time string, was " + json.getNodeType());
    }
    OffsetDateTime value;
    try {
      value = OffsetDateTime.parse(json.textValue());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + jsonName + "' is not an RFC 3339 date-time: " + e.getMessage(), e);
    }
    dateTimeTexts.put(jsonName, json.textValue());
    return value;
  }

  /**
   * Sets a field the spec does not list, written back as given ({@code null} as JSON {@code null}); throws
   * IllegalArgumentException if the spec lists {@code name}.
   */
  @JsonAnySetter
  public final B additionalProperty(String name, @Nullable JsonNode value) {
    Objects.requireNonNull(name, "name");
    if (listedNames.contains(name)) {
      throw new IllegalArgumentException("'" + name + "' is a listed field of " + modelName + ": use its own setter");
    }
    additionalProperties.put(name, value == null ? NullNode.getInstance() : value);
    return self();
  }

  /** Removes a field the spec does not list. */
  public final B removeAdditionalProperty(String name) {
    additionalProperties.remove(name);
    return self();
  }

  /** Throws IllegalStateException naming every required field (pairs of JSON name and value) that is null. */
  protected final void requireFields(Object... namesAndValues) {
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] == null) {
        missing.add((String) namesAndValues[i]);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException(modelName + " is missing required field(s): " + String.join(", ", missing));
    }
  }

  /**
   * {@return the value of a required field the spec lets be null, for {@link #requireFields}: the value, or a non-null
   * marker when the field was set to {@code null}} Such a field is missing only when it was never set.
   */
  protected final Object nullAllowed(String jsonName, @Nullable Object value) {
    return value == null && explicitNulls.contains(jsonName) ? SET_TO_NULL : value;
  }

  /** {@return an unmodifiable copy of a list (null elements allowed, as JSON allows them), or null for null} */
  protected static <T> List<T> copy(@Nullable List<T> list) {
    return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
  }

  /** {@return an unmodifiable copy of a set ({@code uniqueItems}) in the same order, or null for null} */
  protected static <T> Set<T> copy(@Nullable Set<T> set) {
    return set == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(set));
  }

  /** {@return an unmodifiable copy of a map in the same order, or null for null} */
  protected static <V> Map<String, V> copy(@Nullable Map<String, V> map) {
    return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
