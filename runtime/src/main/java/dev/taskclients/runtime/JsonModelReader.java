package dev.taskclients.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.util.ClassUtil;
import jakarta.annotation.Nullable;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Base of every generated model's JSON reader: reads an object in one pass, switching on each
 * field's name, into the model's builder, with what the model promises: a field the spec does not
 * list is kept as a tree, an explicit {@code null} stays apart from an absent field, a date-time
 * keeps its text, required fields are checked by {@code build()}. A refused value fails the read
 * naming where it sits ({@code error.code}), as Jackson's own deserializers do.
 *
 * <p>Each listed field's value is read by the deserializer Jackson has for the field's type, found
 * once per mapper; nested models use their own readers that way. Subclasses are generated; not for
 * hand-written code.
 *
 * @param <T> the model
 * @param <B> its builder
 */
public abstract class JsonModelReader<T extends JsonModel, B extends JsonModelBuilder<B>>
    extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;
  private static final TypeFactory TYPES = TypeFactory.defaultInstance();
  private static final byte OTHER = 0;
  private static final byte LIST = 1;
  private static final byte SET = 2;
  private static final byte MAP = 3;
  // What a field's value may be read as without its deserializer: each is that deserializer's own
  // first branch.
  private static final byte DESERIALIZER = 0;
  private static final byte STRING = 1;
  private static final byte INT = 2;
  private static final byte LONG = 3;
  private static final byte BOOLEAN = 4;

  private final String[] fieldNames;
  private final JavaType[] fieldTypes;

  /**
   * What each field's value is: {@link #LIST}, {@link #SET}, {@link #MAP} (made unmodifiable) or
   * anything else.
   */
  private final byte[] fieldKinds;

  /**
   * Found on first use, not when Jackson makes the reader: a model may hold itself, and Jackson
   * resolves eagerly.
   */
  private transient volatile JsonDeserializer<Object>[] fieldReaders;

  /**
   * Per field, {@link #DESERIALIZER} or the scalar its standard deserializer reads straight from
   * the parser.
   */
  private transient byte[] shortcuts;

  private transient JsonDeserializer<Object> treeReader;

  /**
   * Creates the reader of one model.
   *
   * @param model the model class
   * @param fields each listed field's JSON name and type, in the spec's order: {@link #value} reads
   *     one by its index
   */
  protected JsonModelReader(Class<T> model, ListedField... fields) {
    super(model);
    this.fieldNames = new String[fields.length];
    this.fieldTypes = new JavaType[fields.length];
    this.fieldKinds = new byte[fields.length];
    for (int i = 0; i < fields.length; i++) {
      JavaType type = fields[i].type;
      fieldNames[i] = fields[i].jsonName;
      fieldTypes[i] = type;
      fieldKinds[i] =
          type.isTypeOrSubTypeOf(List.class)
              ? LIST
              : type.isTypeOrSubTypeOf(Set.class)
                  ? SET
                  : type.isTypeOrSubTypeOf(Map.class) ? MAP : OTHER;
    }
  }

  /** {@return the listed fields' Java types by JSON name, in the spec's order} */
  public final Map<String, JavaType> fields() {
    Map<String, JavaType> fields = new LinkedHashMap<>();
    for (int i = 0; i < fieldNames.length; i++) {
      fields.put(fieldNames[i], fieldTypes[i]);
    }
    return Collections.unmodifiableMap(fields);
  }

  /** One listed field: its JSON name and Java type. */
  protected static final class ListedField {
    private final String jsonName;
    private final JavaType type;

    private ListedField(String jsonName, JavaType type) {
      this.jsonName = jsonName;
      this.type = type;
    }
  }

  /** {@return a new, empty builder} */
  protected abstract B builder();

  /**
   * Reads one field's value, the parser on its first token, into the builder.
   *
   * @return false for a field the spec does not list (nothing read), which is then kept as a tree
   * @throws IOException if the value cannot be read
   */
  protected abstract boolean readField(
      B builder, String jsonName, JsonParser p, DeserializationContext ctxt) throws IOException;

  /**
   * {@return the model the builder holds} Throws IllegalStateException naming the required fields
   * that are missing.
   */
  protected abstract T build(B builder);

  /**
   * Finds the deserializer of each field's type, once per reader (so once per mapper); a race finds
   * the same ones.
   */
  @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type
  private void resolve(DeserializationContext ctxt) throws JsonMappingException {
    JsonDeserializer<Object>[] readers = new JsonDeserializer[fieldTypes.length];
    byte[] scalars = new byte[fieldTypes.length];
    for (int i = 0; i < fieldTypes.length; i++) {
      JavaType type = fieldTypes[i];
      // A set is read into a LinkedHashSet, keeping the order received.
      readers[i] =
          ctxt.findRootValueDeserializer(
              fieldKinds[i] == SET
                  ? TYPES.constructCollectionType(LinkedHashSet.class, type.getContentType())
                  : type);
      scalars[i] = shortcut(type.getRawClass(), readers[i]);
    }
    treeReader = ctxt.findRootValueDeserializer(TYPES.constructType(JsonNode.class));
    shortcuts = scalars;
    fieldReaders = readers;
  }

  /**
   * {@return the scalar a field's value can be read as straight from the parser, else {@link
   * #DESERIALIZER}} Only for Jackson's own deserializer of the type, whose first branch is that
   * same read; a deserializer an application registered for the type is always called.
   */
  private static byte shortcut(Class<?> type, JsonDeserializer<?> deserializer) {
    if (!ClassUtil.isJacksonStdImpl(deserializer) || deserializer.handledType() != type) {
      return DESERIALIZER;
    }
    return type == String.class
        ? STRING
        : type == Integer.class
            ? INT
            : type == Long.class ? LONG : type == Boolean.class ? BOOLEAN : DESERIALIZER;
  }

  /** Jackson keeps one reader per mapper, with the field deserializers it found. */
  @Override
  public boolean isCachable() {
    return true;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    String name;
    if (p.isExpectedStartObjectToken()) {
      name = p.nextFieldName();
    } else if (p.hasToken(JsonToken.FIELD_NAME)) {
      name = p.currentName();
    } else if (p.hasToken(JsonToken.END_OBJECT)) {
      name = null;
    } else {
      @SuppressWarnings(
          "unchecked") // handleUnexpectedToken throws unless a problem handler supplies a value
      T handled = (T) ctxt.handleUnexpectedToken(handledType(), p);
      return handled;
    }
    if (fieldReaders == null) {
      resolve(ctxt);
    }
    B builder = builder();
    for (; name != null; name = p.nextFieldName()) {
      p.nextToken();
      boolean listed;
      try {
        listed = readField(builder, name, p, ctxt);
      } catch (Exception e) {
        throw wrap(e, builder, name, ctxt);
      }
      if (!listed) {
        builder.unlisted(
            name,
            p.hasToken(JsonToken.VALUE_NULL)
                ? ctxt.getNodeFactory().nullNode()
                : (JsonNode) treeReader.deserialize(p, ctxt));
      }
    }
    try {
      return build(builder);
    } catch (RuntimeException e) {
      @SuppressWarnings(
          "unchecked") // handleInstantiationProblem throws unless a problem handler supplies a
      // value
      T handled = (T) ctxt.handleInstantiationProblem(handledType(), null, e);
      return handled;
    }
  }

  /**
   * As Jackson's own bean deserializers: a problem reading a field is reported with the field's
   * name in its path.
   */
  private static IOException wrap(
      Exception e, Object builder, String name, DeserializationContext ctxt) throws IOException {
    boolean wrap = ctxt.isEnabled(DeserializationFeature.WRAP_EXCEPTIONS);
    if (e instanceof IOException io && (!wrap || !(e instanceof JsonProcessingException))) {
      throw io;
    }
    if (!wrap) {
      ClassUtil.throwIfRTE(e);
    }
    return JsonMappingException.wrapWithPath(e, builder, name);
  }

  /**
   * Reads a listed field's value with the deserializer of its type and records that the field is
   * present.
   *
   * @param <V> the field's type
   * @param builder the builder
   * @param jsonName the field's JSON name
   * @param field the field's index in the fields given to the constructor
   * @param p the parser, on the value's first token
   * @param ctxt the context
   * @return the value: unmodifiable if a list, set or map; for JSON {@code null}, what the type
   *     reads null as
   * @throws IOException if the value cannot be read
   */
  @SuppressWarnings("unchecked") // the deserializer was found for the field's type
  protected final <V> V value(
      B builder, String jsonName, int field, JsonParser p, DeserializationContext ctxt)
      throws IOException {
    Object value =
        switch (shortcuts[field]) {
          // What Jackson's String, Integer, Long and Boolean deserializers do first, without the
          // call through a site that sees every type of value (too many for the JIT to inline); any
          // other token goes to the deserializer.
          case STRING -> p.hasToken(JsonToken.VALUE_STRING) ? p.getText() : null;
          case INT -> p.isExpectedNumberIntToken() ? p.getIntValue() : null;
          case LONG -> p.isExpectedNumberIntToken() ? p.getLongValue() : null;
          case BOOLEAN ->
              p.hasToken(JsonToken.VALUE_TRUE)
                  ? Boolean.TRUE
                  : p.hasToken(JsonToken.VALUE_FALSE) ? Boolean.FALSE : null;
          default -> null;
        };
    if (value == null) {
      JsonDeserializer<Object> reader = fieldReaders[field];
      value =
          p.hasToken(JsonToken.VALUE_NULL)
              ? reader.getNullValue(ctxt)
              : reader.deserialize(p, ctxt);
    }
    if (value == null) {
      builder.nulled(jsonName, true);
      return null;
    }
    builder.nulled(jsonName, false);
    return (V)
        switch (fieldKinds[field]) {
          case LIST -> Collections.unmodifiableList((List<?>) value);
          case SET -> Collections.unmodifiableSet((Set<?>) value);
          case MAP -> Collections.unmodifiableMap((Map<?, ?>) value);
          default -> value;
        };
  }

  /**
   * Reads a listed date-time field, keeping its text so that it is written back unchanged while the
   * field keeps that instant ({@code .250} stays {@code .250}, which {@link OffsetDateTime} alone
   * would print as {@code .25}), and records that the field is present.
   *
   * @param builder the builder
   * @param jsonName the field's JSON name
   * @param p the parser, on the value's token
   * @return the date-time, null for JSON {@code null}
   * @throws IOException if the parser fails
   * @throws IllegalArgumentException unless an RFC 3339 date-time string or null
   */
  protected static @Nullable OffsetDateTime dateTime(
      JsonModelBuilder<?> builder, String jsonName, JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    OffsetDateTime value = null;
    String text = null;
    if (token == JsonToken.VALUE_STRING) {
      text = p.getText();
      value = parseDateTime(jsonName, text);
    } else if (token != JsonToken.VALUE_NULL) {
      throw new IllegalArgumentException(
          "'"
              + jsonName
              + "' must be an RFC 3339 date-time string, was "
              + (token.isNumeric()
                  ? "NUMBER"
                  : token.isBoolean()
                      ? "BOOLEAN"
                      : token == JsonToken.START_ARRAY
                          ? "ARRAY"
                          : token == JsonToken.START_OBJECT ? "OBJECT" : token.name()));
    }
    builder.keepText(jsonName, text);
    builder.nulled(jsonName, value == null);
    return value;
  }

  /**
   * Parses a date-time field's text; throws IllegalArgumentException naming the field unless RFC
   * 3339.
   */
  private static OffsetDateTime parseDateTime(String jsonName, String text) {
    try {
      return DateTimes.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "'" + jsonName + "' is not an RFC 3339 date-time: " + e.getMessage(), e);
    }
  }

  /** {@return a listed field, by JSON name and type} */
  protected static ListedField field(String jsonName, JavaType type) {
    return new ListedField(jsonName, type);
  }

  /** {@return the type of a field holding values of a class} */
  protected static JavaType type(Class<?> type) {
    return TYPES.constructType(type);
  }

  /** {@return the type of a field holding a list} */
  protected static JavaType list(JavaType element) {
    return TYPES.constructCollectionType(List.class, element);
  }

  /**
   * {@return the type of a field holding a set ({@code uniqueItems}), read in the order received}
   */
  protected static JavaType set(JavaType element) {
    return TYPES.constructCollectionType(Set.class, element);
  }

  /** {@return the type of a field holding a map by string key} */
  protected static JavaType map(JavaType value) {
    return TYPES.constructMapType(Map.class, TYPES.constructType(String.class), value);
  }
}
