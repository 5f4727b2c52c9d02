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
 * Base of every generated model's builder: records which listed fields were set to {@code null},
 * collects unlisted fields, copies collections, and checks required fields naming every missing one.
 *
 * @param <B> the concrete builder, returned by the fluent methods
 */
public abstract class JsonModelBuilder<B extends JsonModelBuilder<B>> {
  final Set<String> explicitNulls = new LinkedHashSet<>();
  final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();
  /** Each date-time field's text as received, written back while the field keeps that instant. */
  final Map<String, String> dateTimeTexts = new LinkedHashMap<>();
  private final String modelName;
  private final Set<String> listedNames;

  /**
   * Starts an empty builder.
   *
   * @param modelName the model's class name, for error messages
   * @param listedNames the JSON names of the fields the spec lists
   */
  protected JsonModelBuilder(String modelName, Set<String> listedNames) {
    this.modelName = modelName;
    this.listedNames = listedNames;
  }

  /**
   * Starts a builder holding a copy of a model's presence information and unlisted fields.
   *
   * @param modelName the model's class name, for error messages
   * @param listedNames the JSON names of the fields the spec lists
   * @param source the model to copy
   */
  protected JsonModelBuilder(String modelName, Set<String> listedNames, JsonModel source) {
    this(modelName, listedNames);
    additionalProperties.putAll(source.additionalProperties());
    dateTimeTexts.putAll(source.dateTimeTexts);
    for (String name : listedNames) {
      if (source.isPresent(name, null)) {
        explicitNulls.add(name);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /**
   * Records whether a listed field now holds an explicit {@code null}.
   *
   * @param jsonName the field's JSON name
   * @param value the value just set
   * @return this builder
   */
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
   * Reads a date-time field from JSON and remembers its text, so that it is written back exactly as
   * received ({@code .250} stays {@code .250}, which {@link OffsetDateTime} alone would print as
   * {@code .25}) for as long as the field keeps that instant.
   *
   * @param jsonName the field's JSON name
   * @param json the JSON value: an RFC 3339 string, or null
   * @return the parsed value, or null for JSON null
   * @throws IllegalArgumentException if the value is not an RFC 3339 date-time
   */
  protected final OffsetDateTime dateTime(String jsonName, @Nullable JsonNode json) {
    if (json == null || json.isNull()) {
      return null;
    }
    if (!json.isTextual()) {
      throw new IllegalArgumentException("'" + jsonName + "' must be an RFC 3339 date-time string, was " + json.getNodeType());
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
   * Sets a field the spec does not list; it is written back as given.
   *
   * @param name the JSON name, which must not be one the spec lists
   * @param value the value; {@code null} is kept as JSON {@code null}
   * @return this builder
   * @throws IllegalArgumentException if the spec lists {@code name}
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

  /**
   * Removes a field the spec does not list.
   *
   * @param name the JSON name
   * @return this builder
   */
  public final B removeAdditionalProperty(String name) {
    additionalProperties.remove(name);
    return self();
  }

  /**
   * Fails naming every required field whose value is {@code null}.
   *
   * @param namesAndValues pairs of JSON name and current value
   * @throws IllegalStateException if any is missing
   */
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
   * Copies a list into an unmodifiable one (null elements allowed, as JSON allows them).
   *
   * @param list the list, or {@code null}
   * @param <T> the element type
   * @return the copy, or {@code null}
   */
  protected static <T> List<T> copy(@Nullable List<T> list) {
    return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
  }

  /**
   * Copies a set ({@code uniqueItems}) into an unmodifiable one that keeps the order of its elements.
   *
   * @param set the set, or {@code null}
   * @param <T> the element type
   * @return the copy, or {@code null}
   */
  protected static <T> Set<T> copy(@Nullable Set<T> set) {
    return set == null ? null : Collections.unmodifiableSet(new java.util.LinkedHashSet<>(set));
  }

  /**
   * Copies a map into an unmodifiable one that keeps the order of its entries.
   *
   * @param map the map, or {@code null}
   * @param <V> the value type
   * @return the copy, or {@code null}
   */
  protected static <V> Map<String, V> copy(@Nullable Map<String, V> map) {
    return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
