package dev.taskclients.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.curiousoddman.rgxgen.RgxGen;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes a JSON value that fits a schema: the type and format, enums (first value), required
 * properties, min/max items, minimum/maximum, string lengths and patterns. Reads OpenAPI 3.1
 * schemas as they are: {@code type} arrays (the first type that is not {@code "null"}), {@code
 * const}, the {@code examples} array, numeric exclusive bounds and {@code contentEncoding: base64}.
 * Every optional property is filled too (down to a depth where only required ones are), so a client
 * is exercised on as many fields as possible. Read-only properties are left out of requests and
 * write-only ones out of responses. Deterministic: the same schema always gives the same value.
 */
// Swagger's Schema model hands out raw types (getProperties() is a Map<String, Schema>): taken as
// they come.
@SuppressWarnings("rawtypes")
final class SchemaSampler {
  /** Which way a value travels: decides whether read-only or write-only properties are left out. */
  enum Direction {
    /** Sent by the client: no read-only properties. */
    REQUEST,
    /** Sent by the server: no write-only properties. */
    RESPONSE
  }

  /** Below this depth only required properties are filled, so recursive schemas stay finite. */
  private static final int OPTIONAL_DEPTH = 4;

  /** Below this depth a schema gives its simplest value. */
  private static final int MAX_DEPTH = 12;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final SpecDocument spec;
  private final ObjectMapper mapper;
  private final ExampleFit fit;

  /**
   * Creates a sampler.
   *
   * @param spec the spec the schemas' references are resolved in
   * @param mapper converts the spec's example values into JSON
   */
  SchemaSampler(SpecDocument spec, ObjectMapper mapper) {
    this(spec, mapper, null);
  }

  /**
   * Creates a sampler that makes each union's value one that fits the union: with a variant that
   * fits everything (an open object), a value of another variant fits two, which a {@code oneOf}
   * refuses.
   *
   * @param spec the spec the schemas' references are resolved in
   * @param mapper converts the spec's example values into JSON
   * @param fit judges whether a value fits a schema; null takes the first variant's value
   */
  SchemaSampler(SpecDocument spec, ObjectMapper mapper, ExampleFit fit) {
    this.spec = spec;
    this.mapper = mapper;
    this.fit = fit;
  }

  /**
   * A value for a schema.
   *
   * @param schema the schema (a reference is followed); null means any value
   * @param direction which way the value travels
   * @return the value
   */
  JsonNode sample(Schema<?> schema, Direction direction) {
    return sample(schema, direction, 0);
  }

  /**
   * Removes from a value (an example, say) the properties that must not travel in a direction:
   * read-only ones from requests, write-only ones from responses, at any depth.
   *
   * @param value the value; changed in place when it is an object or array
   * @param schema its schema
   * @param direction which way it travels
   * @return the value
   */
  JsonNode prune(JsonNode value, Schema<?> schema, Direction direction) {
    prune(value, schema, direction, 0);
    return value;
  }

  private void prune(JsonNode value, Schema<?> raw, Direction direction, int depth) {
    Schema<?> schema = spec.schema(raw);
    if (schema == null || value == null || depth > MAX_DEPTH) {
      return;
    }
    if (value.isArray() && schema.getItems() != null) {
      value.forEach(item -> prune(item, schema.getItems(), direction, depth + 1));
      return;
    }
    if (!value.isObject()) {
      return;
    }
    Map<String, Schema> properties = new LinkedHashMap<>();
    collect(schema, properties, new ArrayList<>(), 0);
    for (Map.Entry<String, Schema> property : properties.entrySet()) {
      if (leftOut(property.getValue(), spec.schema(property.getValue()), direction)) {
        ((ObjectNode) value).remove(property.getKey());
      } else {
        prune(value.get(property.getKey()), property.getValue(), direction, depth + 1);
      }
    }
  }

  private JsonNode sample(Schema<?> raw, Direction direction, int depth) {
    Schema<?> schema = spec.schema(raw);
    if (schema == null) {
      return NODES.textNode("corpus");
    }
    // A parent with a discriminator stands for its children: sample the first, named by its
    // discriminator value.
    List<String> children =
        schema.getDiscriminator() == null ? List.of() : spec.children(SpecDocument.refName(raw));
    if (!children.isEmpty() && schema.getOneOf() == null && schema.getAnyOf() == null) {
      Schema<?> child = new Schema<>().$ref("#/components/schemas/" + children.get(0));
      return withDiscriminator(
          schema.getDiscriminator(), child, sample(child, direction, depth + 1));
    }
    if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
      return sampleAllOf(schema, direction, depth);
    }
    List<Schema> alternatives =
        schema.getOneOf() != null && !schema.getOneOf().isEmpty()
            ? schema.getOneOf()
            : schema.getAnyOf() != null && !schema.getAnyOf().isEmpty() ? schema.getAnyOf() : null;
    if (alternatives != null) {
      // A 3.1 nullable union lists {type: 'null'} as a member: sample a member that is a value.
      List<Schema> members =
          alternatives.stream().filter(a -> !"null".equals(type(spec.schema(a)))).toList();
      if (members.isEmpty()) {
        members = List.of(alternatives.get(0));
      }
      JsonNode first = null;
      for (Schema<?> member : members) {
        JsonNode value =
            withDiscriminator(
                schema.getDiscriminator(), member, sample(member, direction, depth + 1));
        if (fit == null || fit.fits(value, schema, mapper)) {
          return value;
        }
        first = first == null ? value : first;
      }
      return first;
    }
    if (schema.getConst() != null) {
      return exampleNode(schema.getConst());
    }
    if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
      for (Object value : schema.getEnum()) {
        if (value != null) {
          return exampleNode(value);
        }
      }
    }
    String type = type(schema);
    if (type == null) {
      type =
          schema.getProperties() != null || schema.getAdditionalProperties() != null
              ? "object"
              : schema.getItems() != null ? "array" : null;
    }
    if (type == null) {
      Object example = example(schema);
      return example != null ? exampleNode(example) : NODES.textNode("corpus");
    }
    switch (type) {
      case "object":
        return sampleObject(schema, direction, depth);
      case "array":
        return sampleArray(schema, direction, depth);
      case "integer":
        return leafExample(schema) != null
            ? leafExample(schema)
            : NODES.numberNode(number(schema, BigDecimal.valueOf(7), true).longValue());
      case "number":
        return leafExample(schema) != null
            ? leafExample(schema)
            : NODES.numberNode(number(schema, new BigDecimal("2.5"), false));
      case "boolean":
        return leafExample(schema) != null ? leafExample(schema) : NODES.booleanNode(true);
      case "null":
        return NODES.nullNode();
      default:
        if (leafExample(schema) != null) {
          return leafExample(schema);
        }
        String text = string(schema);
        // A pattern nothing matches (Box writes ".^" for "only null"): null where the schema allows
        // it.
        return text == null
            ? Boolean.TRUE.equals(schema.getNullable())
                ? NODES.nullNode()
                : NODES.textNode("corpus")
            : NODES.textNode(text);
    }
  }

  /**
   * The schema's type: OpenAPI 3.0's {@code type}, else the first of a 3.1 {@code type} array that
   * is not {@code "null"} ({@code "null"} when it is all the array allows).
   *
   * @param schema a schema, not a reference (may be null)
   * @return the type, or null when the schema names none
   */
  static String type(Schema<?> schema) {
    if (schema == null) {
      return null;
    }
    if (schema.getType() != null) {
      return schema.getType();
    }
    Set<String> types = schema.getTypes();
    if (types == null || types.isEmpty()) {
      return null;
    }
    return types.stream().filter(t -> !"null".equals(t)).findFirst().orElse("null");
  }

  /**
   * The schema's example: OpenAPI 3.0's {@code example}, else the first of 3.1's {@code examples}.
   */
  private static Object example(Schema<?> schema) {
    if (schema.getExample() != null) {
      return schema.getExample();
    }
    return schema.getExamples() == null
        ? null
        : schema.getExamples().stream().filter(e -> e != null).findFirst().orElse(null);
  }

  /**
   * The schema's own example for a leaf that fits it, unless it is a date Swagger Parser turned
   * into a Java date.
   */
  private JsonNode leafExample(Schema<?> schema) {
    List<Object> candidates = new ArrayList<>();
    if (schema.getExample() != null) {
      candidates.add(schema.getExample());
    }
    if (schema.getExamples() != null) {
      candidates.addAll(schema.getExamples());
    }
    for (Object example : candidates) {
      if (example == null
          || example instanceof Date
          || example instanceof java.time.temporal.Temporal) {
        continue;
      }
      JsonNode node = exampleNode(example);
      boolean fits =
          switch (type(schema)) {
            case "integer" -> node.isIntegralNumber();
            case "number" -> node.isNumber();
            case "boolean" -> node.isBoolean();
            default ->
                node.isTextual()
                    && (schema.getPattern() == null
                        || Pattern.compile(schema.getPattern()).matcher(node.asText()).find());
          };
      if (fits) {
        return node;
      }
    }
    return null;
  }

  private JsonNode exampleNode(Object value) {
    return value instanceof JsonNode node ? node : mapper.valueToTree(value);
  }

  private JsonNode sampleObject(Schema<?> schema, Direction direction, int depth) {
    ObjectNode object = NODES.objectNode();
    Map<String, Schema> properties = schema.getProperties();
    Set<String> required =
        schema.getRequired() == null ? Set.of() : new LinkedHashSet<>(schema.getRequired());
    if (properties != null) {
      for (Map.Entry<String, Schema> property : properties.entrySet()) {
        Schema<?> resolved = spec.schema(property.getValue());
        boolean isRequired = required.contains(property.getKey());
        if (leftOut(property.getValue(), resolved, direction)
            || !isRequired && depth >= OPTIONAL_DEPTH) {
          continue;
        }
        object.set(
            property.getKey(),
            depth >= MAX_DEPTH && isContainer(resolved)
                ? simplest(resolved)
                : sample(property.getValue(), direction, depth + 1));
      }
    }
    if ((properties == null || properties.isEmpty()) && depth < MAX_DEPTH) {
      Object additional = schema.getAdditionalProperties();
      if (additional instanceof Schema<?> valueSchema) {
        object.set("key1", sample(valueSchema, direction, depth + 1));
      } else if (!Boolean.FALSE.equals(additional)) {
        object.put("key1", "value1");
      }
    }
    return object;
  }

  private boolean leftOut(Schema<?> declared, Schema<?> resolved, Direction direction) {
    boolean readOnly =
        Boolean.TRUE.equals(declared.getReadOnly())
            || resolved != null && Boolean.TRUE.equals(resolved.getReadOnly());
    boolean writeOnly =
        Boolean.TRUE.equals(declared.getWriteOnly())
            || resolved != null && Boolean.TRUE.equals(resolved.getWriteOnly());
    return direction == Direction.REQUEST ? readOnly : writeOnly;
  }

  private static boolean isContainer(Schema<?> schema) {
    String type = type(schema);
    return type == null || "object".equals(type) || "array".equals(type);
  }

  /** An empty container, for the bottom of a chain of required recursive properties. */
  private JsonNode simplest(Schema<?> schema) {
    String type = type(schema);
    return "array".equals(type)
        ? NODES.arrayNode()
        : "object".equals(type) || type == null
            ? NODES.objectNode()
            : "integer".equals(type) || "number".equals(type)
                ? NODES.numberNode(1)
                : "boolean".equals(type) ? NODES.booleanNode(true) : NODES.textNode("corpus");
  }

  private JsonNode sampleArray(Schema<?> schema, Direction direction, int depth) {
    ArrayNode array = NODES.arrayNode();
    // Two items where allowed: a one-item array hides join/repeat bugs, and a lone repeated form
    // field reads as a string, not an array, to the validator. One when items must be unique (they
    // are alike). Deep down (where only required properties are filled) arrays get only the items
    // they must have, so a recursive schema (a node with required children) ends.
    int wanted = depth >= OPTIONAL_DEPTH ? 0 : Boolean.TRUE.equals(schema.getUniqueItems()) ? 1 : 2;
    int count = schema.getMinItems() == null ? wanted : Math.max(wanted, schema.getMinItems());
    if (schema.getMaxItems() != null) {
      count = Math.min(count, schema.getMaxItems());
    }
    for (int i = 0; i < count; i++) {
      array.add(sample(schema.getItems(), direction, depth + 1));
    }
    return array;
  }

  /**
   * allOf: every part's properties, required names and additional properties in one object (or the
   * first part when it is no object); a part that is a union ({@code oneOf}/{@code anyOf}) gives
   * the value of one of its variants, to which the other parts' properties are added.
   */
  private JsonNode sampleAllOf(Schema<?> schema, Direction direction, int depth) {
    Map<String, Schema> properties = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    Object[] additional = new Object[1];
    List<Schema<?>> unions = new ArrayList<>();
    boolean objectLike = collect(schema, properties, required, additional, unions, 0);
    if (!objectLike) {
      return sample(schema.getAllOf().get(0), direction, depth + 1);
    }
    Schema<Object> merged = new Schema<>();
    merged.setType("object");
    merged.setProperties(properties);
    merged.setRequired(required);
    merged.setAdditionalProperties(additional[0]);
    JsonNode value = sampleObject(merged, direction, depth);
    if (unions.isEmpty()) {
      return value;
    }
    JsonNode variant = sample(unions.get(0), direction, depth + 1);
    if (!variant.isObject()) {
      return variant;
    }
    ObjectNode result = (ObjectNode) variant.deepCopy();
    value
        .properties()
        .forEach(
            field -> {
              if (!result.has(field.getKey())) {
                result.set(field.getKey(), field.getValue());
              }
            });
    return result;
  }

  private boolean collect(
      Schema<?> raw, Map<String, Schema> properties, List<String> required, int hops) {
    return collect(raw, properties, required, new Object[1], new ArrayList<>(), hops);
  }

  private boolean collect(
      Schema<?> raw,
      Map<String, Schema> properties,
      List<String> required,
      Object[] additional,
      List<Schema<?>> unions,
      int hops) {
    Schema<?> schema = spec.schema(raw);
    if (schema == null || hops > 20) {
      return true;
    }
    boolean objectLike = type(schema) == null || "object".equals(type(schema));
    if (schema.getAllOf() != null) {
      for (Schema<?> part : schema.getAllOf()) {
        objectLike &= collect(part, properties, required, additional, unions, hops + 1);
      }
    }
    if (hops > 0
        && (schema.getOneOf() != null && !schema.getOneOf().isEmpty()
            || schema.getAnyOf() != null && !schema.getAnyOf().isEmpty())) {
      unions.add(raw);
    }
    if (schema.getProperties() != null) {
      properties.putAll(schema.getProperties());
    }
    if (schema.getRequired() != null) {
      required.addAll(schema.getRequired());
    }
    if (additional[0] == null && schema.getAdditionalProperties() != null) {
      additional[0] = schema.getAdditionalProperties();
    }
    return objectLike;
  }

  private JsonNode withDiscriminator(
      Discriminator discriminator, Schema<?> chosen, JsonNode value) {
    if (discriminator == null || discriminator.getPropertyName() == null || !value.isObject()) {
      return value;
    }
    String name = SpecDocument.refName(chosen);
    boolean mapped = false;
    if (discriminator.getMapping() != null) {
      for (Map.Entry<String, String> entry : discriminator.getMapping().entrySet()) {
        if (chosen.get$ref() != null
            && (entry.getValue().equals(chosen.get$ref()) || entry.getValue().equals(name))) {
          name = entry.getKey();
          mapped = true;
        }
      }
    }
    if (!mapped) {
      // A variant whose discriminator property allows one value is tagged with it, as the generator
      // reads it.
      Map<String, Schema> properties = new LinkedHashMap<>();
      collect(chosen, properties, new ArrayList<>(), 0);
      Schema<?> property = spec.schema(properties.get(discriminator.getPropertyName()));
      if (property != null
          && property.getEnum() != null
          && property.getEnum().size() == 1
          && property.getEnum().get(0) instanceof String only) {
        name = only;
      }
    }
    if (name != null) {
      ((ObjectNode) value).put(discriminator.getPropertyName(), name);
    }
    return value;
  }

  /** A number inside the schema's bounds (and a multiple of multipleOf when one is set). */
  private static BigDecimal number(Schema<?> schema, BigDecimal preferred, boolean integral) {
    BigDecimal step = integral ? BigDecimal.ONE : new BigDecimal("0.5");
    BigDecimal min =
        stricter(
            bound(schema.getMinimum(), schema.getExclusiveMinimum(), step),
            schema.getExclusiveMinimumValue() == null
                ? null
                : schema.getExclusiveMinimumValue().add(step),
            true);
    BigDecimal max =
        stricter(
            bound(schema.getMaximum(), schema.getExclusiveMaximum(), step.negate()),
            schema.getExclusiveMaximumValue() == null
                ? null
                : schema.getExclusiveMaximumValue().subtract(step),
            false);
    BigDecimal value = preferred;
    if (min != null && value.compareTo(min) < 0) {
      value = min;
    }
    if (max != null && value.compareTo(max) > 0) {
      value = max;
    }
    if (min != null && max != null && min.compareTo(max) > 0) {
      // The bounds are closer than a step: their middle.
      BigDecimal low = stricter(schema.getMinimum(), schema.getExclusiveMinimumValue(), true);
      BigDecimal high = stricter(schema.getMaximum(), schema.getExclusiveMaximumValue(), false);
      value = low.add(high).divide(BigDecimal.valueOf(2));
    }
    if (integral) {
      value =
          value.setScale(
              0, min != null && value.equals(min) ? RoundingMode.CEILING : RoundingMode.FLOOR);
    }
    BigDecimal multipleOf = schema.getMultipleOf();
    if (multipleOf != null && multipleOf.signum() > 0) {
      BigDecimal up = value.divide(multipleOf, 0, RoundingMode.CEILING).multiply(multipleOf);
      value =
          max == null || up.compareTo(max) <= 0
              ? up
              : value.divide(multipleOf, 0, RoundingMode.FLOOR).multiply(multipleOf);
    }
    return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
  }

  /**
   * An OpenAPI 3.0 bound: the inclusive value, a step inside it when its boolean exclusive flag is
   * set.
   */
  private static BigDecimal bound(BigDecimal inclusive, Boolean exclusiveFlag, BigDecimal step) {
    if (inclusive == null) {
      return null;
    }
    return Boolean.TRUE.equals(exclusiveFlag) ? inclusive.add(step) : inclusive;
  }

  /**
   * Of two bounds (either may be null), the one that allows less: the larger lower bound, the
   * smaller upper one.
   */
  private static BigDecimal stricter(BigDecimal a, BigDecimal b, boolean lower) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return lower == (a.compareTo(b) >= 0) ? a : b;
  }

  private static String string(Schema<?> schema) {
    // OpenAPI 3.1 spells format byte as contentEncoding base64.
    String format =
        schema.getFormat() != null
            ? schema.getFormat()
            : "base64".equalsIgnoreCase(schema.getContentEncoding()) ? "byte" : "";
    String value =
        switch (format) {
          case "date" -> "2024-01-02";
          case "date-time" -> "2024-01-02T03:04:05Z";
          case "uuid" -> "0b9b1a4e-4b2c-4d6e-8f10-1a2b3c4d5e6f";
          case "uri", "url", "uri-reference", "uriref", "iri" -> "https://example.com/corpus";
          case "email" -> "corpus@example.com";
          case "hostname" -> "example.com";
          case "ipv4" -> "192.0.2.1";
          case "ipv6" -> "2001:db8::1";
          case "byte" -> "Y29ycHVz";
          case "password" -> "corpus-secret";
          default -> "corpus";
        };
    boolean free =
        !Set.of(
                "date",
                "date-time",
                "uuid",
                "uri",
                "url",
                "uri-reference",
                "uriref",
                "iri",
                "email",
                "hostname",
                "ipv4",
                "ipv6",
                "byte")
            .contains(format);
    if (free) {
      value = fitLength(value, schema.getMinLength(), schema.getMaxLength());
    }
    if (schema.getPattern() != null
        && !Pattern.compile(schema.getPattern()).matcher(value).find()) {
      value = matching(schema.getPattern(), schema.getMinLength(), schema.getMaxLength(), value);
    }
    return value;
  }

  private static String fitLength(String value, Integer minLength, Integer maxLength) {
    StringBuilder fitted = new StringBuilder(value);
    while (minLength != null && fitted.length() < minLength) {
      fitted.append('x');
    }
    if (maxLength != null && fitted.length() > maxLength) {
      fitted.setLength(maxLength);
    }
    return fitted.toString();
  }

  /**
   * A string matching a pattern (within the length bounds when one of a few tries is), from RgxGen;
   * null when RgxGen finds the pattern matches nothing.
   */
  private static String matching(
      String pattern, Integer minLength, Integer maxLength, String fallback) {
    RgxGen generator;
    try {
      generator = new RgxGen(pattern);
      generator.generate(new Random(0));
    } catch (RuntimeException e) {
      return null;
    }
    Random random = new Random(pattern.hashCode());
    String candidate = fallback;
    for (int attempt = 0; attempt < 20; attempt++) {
      candidate = generator.generate(random);
      boolean fits =
          (minLength == null || candidate.length() >= minLength)
              && (maxLength == null || candidate.length() <= maxLength);
      if (fits) {
        return candidate;
      }
    }
    return candidate;
  }
}
