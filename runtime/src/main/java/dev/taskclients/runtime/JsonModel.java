package dev.taskclients.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.annotation.Nonnull;
import jakarta.annotation.Nullable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Base of every generated model: keeps the fields a spec does not list and the fields sent as an
 * explicit {@code null}, so that a payload re-serializes to the same JSON tree, and derives {@code
 * equals}, {@code hashCode} and {@code toString} from its fields.
 *
 * <p>Subclasses are immutable; they list their own fields in {@link #writeFields(FieldWriter)},
 * which is also how Jackson writes them: straight to the output, without building {@link
 * #toJsonMap()}.
 */
@JsonSerialize(using = ModelSerializer.class)
public abstract class JsonModel {
  private final Set<String> explicitNulls;
  private final Map<String, JsonNode> additionalProperties;

  /**
   * Date-time fields' texts as received, written back while a field keeps that instant ({@link
   * JsonModelReader#dateTime}).
   */
  final Map<String, String> dateTimeTexts;

  /**
   * Takes the presence information and unlisted fields the subclass's builder collected. It holds
   * the builder's own collections, read-only: the builder copies them before it changes any (see
   * {@link JsonModelBuilder#share()}).
   */
  protected JsonModel(JsonModelBuilder<?> builder) {
    builder.share();
    this.explicitNulls =
        builder.explicitNulls == null || builder.explicitNulls.isEmpty()
            ? Set.of()
            : Collections.unmodifiableSet(builder.explicitNulls);
    this.additionalProperties =
        builder.additionalProperties == null || builder.additionalProperties.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(builder.additionalProperties);
    this.dateTimeTexts =
        builder.dateTimeTexts == null || builder.dateTimeTexts.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(builder.dateTimeTexts);
  }

  /**
   * {@return the fields the spec does not list, as received: an unmodifiable map by JSON name, in
   * arrival order}
   */
  @Nonnull
  public final Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * {@return one field the spec does not list, by JSON name: {@code NullNode} for an explicit null,
   * null if absent}
   */
  @Nullable
  public final JsonNode additionalProperty(String name) {
    return additionalProperties.get(name);
  }

  /**
   * {@return whether a field, listed or not, was present: with a value or as an explicit {@code
   * null}} This is how to tell {@code "error": null} from an absent {@code error}.
   */
  public final boolean has(String jsonName) {
    return toJsonMap().containsKey(jsonName);
  }

  /**
   * Whether a listed field with this current value was present, with a value or as an explicit
   * null.
   */
  final boolean isPresent(String jsonName, @Nullable Object value) {
    return value != null || explicitNulls.contains(jsonName);
  }

  /** Writes each listed field, in the spec's order, to {@code out}. */
  protected abstract void writeFields(FieldWriter out);

  /**
   * Receives the listed fields of a model; absent ones are skipped, explicit nulls kept. It
   * collects them ({@link #toJsonMap()}), writes them straight to JSON, as Jackson serializes every
   * model, or, with neither a map nor a generator, only sums their hashes ({@link #hashCode()}).
   */
  protected final class FieldWriter {
    private final Map<String, Object> json;
    private final JsonGenerator out;
    private final SerializerProvider provider;
    private int hash;

    private FieldWriter(
        @Nullable Map<String, Object> json,
        @Nullable JsonGenerator out,
        @Nullable SerializerProvider provider) {
      this.json = json;
      this.out = out;
      this.provider = provider;
    }

    /**
     * Writes one field, by JSON name, when it is present (its value possibly {@code null}); returns
     * this writer.
     */
    public FieldWriter field(String jsonName, @Nullable Object value) {
      if (!isPresent(jsonName, value)) {
        return this;
      }
      if (json != null) {
        json.put(jsonName, value);
        return this;
      }
      if (out == null) {
        hash += fieldHash(jsonName, value);
        return this;
      }
      try {
        out.writeFieldName(jsonName);
        String text = value instanceof OffsetDateTime ? dateTimeTexts.get(jsonName) : null;
        if (text != null) {
          out.writeString(text);
        } else {
          ModelSerializer.writeValue(value, out, provider);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return this;
    }
  }

  /**
   * Writes the fields, listed ones in the spec's order and then the unlisted ones, to an open JSON
   * object.
   */
  final void writeJson(JsonGenerator out, SerializerProvider provider) throws IOException {
    try {
      writeFields(new FieldWriter(null, out, provider));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    for (Map.Entry<String, JsonNode> field : additionalProperties.entrySet()) {
      out.writeFieldName(field.getKey());
      ModelSerializer.writeValue(field.getValue(), out, provider);
    }
  }

  /**
   * {@return the fields by JSON name, a new map: present listed fields (explicit nulls too), then
   * unlisted}
   */
  public final Map<String, Object> toJsonMap() {
    FieldWriter out = new FieldWriter(new LinkedHashMap<>(), null, null);
    writeFields(out);
    additionalProperties.forEach(out.json::putIfAbsent);
    return out.json;
  }

  /**
   * {@return the fields as Jackson writes them: {@link #toJsonMap()}, with each date-time read from
   * JSON as the text it came as} ({@code .250} stays {@code .250}); everything else, {@code
   * TaskView} included, sees the typed values.
   */
  public final Map<String, Object> toJsonValue() {
    Map<String, Object> json = toJsonMap();
    dateTimeTexts.forEach(
        (name, text) ->
            json.computeIfPresent(
                name, (n, value) -> value instanceof OffsetDateTime ? text : value));
    return json;
  }

  /**
   * {@return the JSON names of the fields the spec marks {@code readOnly}, left out of requests;
   * none by default}
   */
  protected Set<String> readOnlyFields() {
    return Set.of();
  }

  /**
   * {@return the JSON form sent in a request: as {@link #toJsonValue()}, without read-only fields
   * at any depth}
   */
  final Map<String, Object> toRequestJsonMap() {
    Map<String, Object> json = toJsonValue();
    json.keySet().removeAll(readOnlyFields());
    json.replaceAll((name, value) -> forRequest(value));
    return json;
  }

  /**
   * {@return a request body value as sent: models without read-only fields, lists, sets and maps
   * element by element}
   */
  public static Object forRequest(Object value) {
    if (value instanceof JsonModel model) {
      return model.toRequestJsonMap();
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(element -> out.add(forRequest(element)));
      return out;
    }
    if (value instanceof Set<?> set) {
      Set<Object> out = new LinkedHashSet<>();
      set.forEach(element -> out.add(forRequest(element)));
      return out;
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> out = new LinkedHashMap<>();
      map.forEach((key, element) -> out.put(key, forRequest(element)));
      return out;
    }
    return value;
  }

  /**
   * Two models are equal when they are of the same class and hold the same fields and values
   * (arrays by content).
   */
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
    return mine.keySet().equals(theirs.keySet())
        && mine.entrySet().stream()
            .allMatch(f -> Objects.deepEquals(f.getValue(), theirs.get(f.getKey())));
  }

  @Override
  public final int hashCode() {
    // The hash of toJsonMap(), summed as the fields go by: a model in a HashSet is hashed without
    // building the map. An unlisted field never shares a listed field's name (the builder refuses
    // it), so each is counted once.
    FieldWriter listed = new FieldWriter(null, null, null);
    writeFields(listed);
    int hash = listed.hash;
    for (Map.Entry<String, JsonNode> field : additionalProperties.entrySet()) {
      hash += fieldHash(field.getKey(), field.getValue());
    }
    return hash;
  }

  /**
   * One field's share of {@link #hashCode()}: arrays (binary fields) by content, as {@link #equals}
   * compares them.
   */
  private static int fieldHash(String jsonName, @Nullable Object value) {
    return jsonName.hashCode() ^ Arrays.deepHashCode(new Object[] {value});
  }

  /** Prints the class name and the present fields, e.g. {@code Task{id=1, status=pending}}. */
  @Override
  public String toString() {
    return getClass().getSimpleName() + toJsonMap();
  }
}
