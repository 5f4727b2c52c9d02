package dev.taskclients.runtime;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import jakarta.annotation.Nullable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Base of every generated model's builder: records which listed fields were set to {@code null},
 * collects unlisted fields, copies collections, and checks required fields naming every missing
 * one.
 *
 * @param <B> the concrete builder, returned by the fluent methods
 */
public abstract class JsonModelBuilder<B extends JsonModelBuilder<B>> {
  /** What {@link #nullAllowed} gives for a field set to {@code null}: present, though null. */
  private static final Object SET_TO_NULL = new Object();

  // The three are made on first use: most objects read have no explicit null, unlisted field or
  // date-time.
  Set<String> explicitNulls;
  Map<String, JsonNode> additionalProperties;

  /** Each date-time field's text as received, written back while the field keeps that instant. */
  Map<String, String> dateTimeTexts;

  /**
   * Whether a model built from this builder holds the three collections above: they are then
   * read-only to us, and the first change after {@code build()} copies them. A model takes them
   * without a copy, since a builder is seldom changed after it builds (a reader's never is).
   */
  private boolean shared;

  private final String modelName;
  private final Set<String> listedNames;

  /**
   * Starts an empty builder for the model {@code modelName} (named in messages) with the spec's
   * JSON field names.
   */
  protected JsonModelBuilder(String modelName, Set<String> listedNames) {
    this.modelName = modelName;
    this.listedNames = listedNames;
  }

  /**
   * Starts a builder holding a copy of the presence information and unlisted fields of {@code
   * source}.
   */
  protected JsonModelBuilder(String modelName, Set<String> listedNames, JsonModel source) {
    this(modelName, listedNames);
    source.additionalProperties().forEach(this::unlisted);
    source.dateTimeTexts.forEach(this::keepText);
    listedNames.stream()
        .filter(name -> source.isPresent(name, null))
        .forEach(name -> nulled(name, true));
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /**
   * Records whether a listed field, by JSON name, now holds an explicit {@code null}; returns this
   * builder.
   */
  protected final B mark(String jsonName, @Nullable Object value) {
    String text = dateTimeTexts == null ? null : dateTimeTexts.get(jsonName);
    if (text != null && !(value instanceof OffsetDateTime && DateTimes.parse(text).equals(value))) {
      keepText(jsonName, null);
    }
    nulled(jsonName, value == null);
    return self();
  }

  /** Records whether a listed field now holds an explicit {@code null}. */
  final void nulled(String jsonName, boolean isNull) {
    unshare();
    if (isNull) {
      if (explicitNulls == null) {
        explicitNulls = new LinkedHashSet<>();
      }
      explicitNulls.add(jsonName);
    } else if (explicitNulls != null) {
      explicitNulls.remove(jsonName);
    }
  }

  /** Remembers a date-time field's text as received; null forgets it. */
  final void keepText(String jsonName, @Nullable String text) {
    unshare();
    if (text != null) {
      if (dateTimeTexts == null) {
        dateTimeTexts = new LinkedHashMap<>();
      }
      dateTimeTexts.put(jsonName, text);
    } else if (dateTimeTexts != null) {
      dateTimeTexts.remove(jsonName);
    }
  }

  /** Called by the model's constructor, which keeps this builder's collections as they are now. */
  final void share() {
    shared = true;
  }

  /**
   * Before a change: copies the collections a model holds, so that the model never sees the change.
   */
  private void unshare() {
    if (shared) {
      shared = false;
      explicitNulls = explicitNulls == null ? null : new LinkedHashSet<>(explicitNulls);
      additionalProperties =
          additionalProperties == null ? null : new LinkedHashMap<>(additionalProperties);
      dateTimeTexts = dateTimeTexts == null ? null : new LinkedHashMap<>(dateTimeTexts);
    }
  }

  /** Keeps a field the spec does not list, unchecked: the caller knows it is not listed. */
  final void unlisted(String name, JsonNode value) {
    unshare();
    if (additionalProperties == null) {
      additionalProperties = new LinkedHashMap<>();
    }
    additionalProperties.put(name, value);
  }

  /**
   * Sets a field the spec does not list, written back as given ({@code null} as JSON {@code null});
   * throws IllegalArgumentException if the spec lists {@code name}.
   */
  @JsonAnySetter
  public final B additionalProperty(String name, @Nullable JsonNode value) {
    Objects.requireNonNull(name, "name");
    if (listedNames.contains(name)) {
      throw new IllegalArgumentException(
          "'" + name + "' is a listed field of " + modelName + ": use its own setter");
    }
    unlisted(name, value == null ? NullNode.getInstance() : value);
    return self();
  }

  /** Removes a field the spec does not list. */
  public final B removeAdditionalProperty(String name) {
    unshare();
    if (additionalProperties != null) {
      additionalProperties.remove(name);
    }
    return self();
  }

  /**
   * Throws IllegalStateException naming every required field (pairs of JSON name and value) that is
   * null.
   */
  protected final void requireFields(Object... namesAndValues) {
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] == null) {
        missing.add((String) namesAndValues[i]);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          modelName + " is missing required field(s): " + String.join(", ", missing));
    }
  }

  /**
   * {@return the value of a required field the spec lets be null, for {@link #requireFields}: the
   * value, or a non-null marker when the field was set to {@code null}} Such a field is missing
   * only when it was never set.
   */
  protected final Object nullAllowed(String jsonName, @Nullable Object value) {
    return value == null && explicitNulls != null && explicitNulls.contains(jsonName)
        ? SET_TO_NULL
        : value;
  }

  /**
   * {@return an unmodifiable copy of a list (null elements allowed, as JSON allows them), or null
   * for null}
   */
  protected static <T> List<T> copy(@Nullable List<T> list) {
    return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
  }

  /**
   * {@return an unmodifiable copy of a set ({@code uniqueItems}) in the same order, or null for
   * null}
   */
  protected static <T> Set<T> copy(@Nullable Set<T> set) {
    return set == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(set));
  }

  /** {@return an unmodifiable copy of a map in the same order, or null for null} */
  protected static <V> Map<String, V> copy(@Nullable Map<String, V> map) {
    return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
