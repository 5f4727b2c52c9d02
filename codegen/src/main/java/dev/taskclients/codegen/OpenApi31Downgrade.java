package dev.taskclients.codegen;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.callbacks.Callback;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites an OpenAPI 3.1 document, in place, into the OpenAPI 3.0 form of the same meaning, so
 * that tools built for 3.0 read it right: OpenAPI Generator (called first thing in its normalizer,
 * see {@link TaskclientsNormalizer}) and the corpus gate's request validator (which checks
 * exchanges against {@link #renderAs30(Path)}). A 3.0 document is left alone.
 *
 * <p>Each rewrite, and why it is done here rather than left to the generator's {@code
 * NORMALIZE_31SPEC}:
 *
 * <ul>
 *   <li><b>{@code type} arrays</b>: {@code "null"} becomes {@code nullable: true}; one type left
 *       becomes {@code type}; several become an {@code anyOf} of one schema per type. The
 *       normalizer does the same for the generator, but the request validator (JSON Schema draft 4)
 *       and Swagger's 3.0 serializer read only {@code type}: without this every 3.1 schema would
 *       validate as "any value".
 *   <li><b>{@code const}</b> becomes an {@code enum} of one value, and a {@code const} without a
 *       {@code type} gets the type of its value. The normalizer turns a type-less {@code const}
 *       into an any-type schema, losing the constant (the field became a {@code JsonNode}). {@code
 *       const} itself is kept, so the generator can still read a {@code oneOf} of constants.
 *   <li><b>{@code {type: 'null'}} as a member of {@code oneOf}/{@code anyOf}</b> (3.1's nullable
 *       reference) becomes 3.0's null-only schema, {@code nullable: true} with {@code enum:
 *       [null]}. The generator drops that member and makes the property nullable, as it does for
 *       the 3.1 form; the validator would read a bare {@code {type: 'null'}} as "any value" and
 *       find two matching members, and it applies {@code nullable} only beside a {@code type}, so
 *       removing the member instead would make it refuse every null.
 *   <li><b>numeric {@code exclusiveMinimum}/{@code exclusiveMaximum}</b> become {@code
 *       minimum}/{@code maximum} with the boolean flag, which is all 3.0 tools know.
 *   <li><b>{@code contentEncoding: base64}</b> on a string without a {@code format} becomes {@code
 *       format: byte}, its 3.0 spelling: a {@code byte[]} as in a 3.0 spec, not a {@code String}
 *       holding base64 (the normalizer leaves it alone).
 *   <li><b>{@code contentMediaType}</b> on the string schema of a binary body, or of a multipart
 *       part, without an encoding becomes {@code format: binary}: the bytes themselves. The
 *       normalizer does this only for {@code application/octet-stream}; an {@code image/png} part
 *       would have been a {@code String}. A {@code contentMediaType} inside JSON stays a string
 *       (JSON text, say).
 *   <li><b>{@code examples}</b> (the JSON Schema array) also gives {@code example} its first value,
 *       which 3.0 tools read.
 *   <li><b>{@code $ref} with sibling keywords</b>: annotations ({@code description}, {@code
 *       deprecated}, ...) stay beside the {@code $ref}, where the generator reads them for Javadoc
 *       and a 3.0 reader ignores them; a sibling that constrains values ({@code readOnly}, {@code
 *       minimum}, ...) moves the {@code $ref} into an {@code allOf}, the 3.0 way to combine both
 *       (the normalizer does this too).
 *   <li><b>{@code webhooks}</b> are removed: a client never calls them, and the generator's
 *       inline-model step would otherwise turn their inline schemas into unused model classes.
 * </ul>
 *
 * {@code jsonSchemaDialect}, {@code info.summary} and {@code license.identifier} need nothing: the
 * generator does not read them, and the 3.0 rendering leaves them out. JSON Schema keywords 3.0 has
 * no form for ({@code prefixItems}, {@code if}/{@code then}, {@code patternProperties}, {@code
 * dependentSchemas}, ...) are left as they are: the generator ignores them and the rendering drops
 * them.
 *
 * <p>The rewrite must run before the generator's normalizer, which is why it is called from {@link
 * TaskclientsNormalizer} and not from {@link TaskclientsJavaCodegen#preprocessOpenAPI}: by the time
 * the generator calls that, its normalizer has already dropped a type-less {@code const} and its
 * inline-model step has already made models of the webhooks' schemas.
 */
public final class OpenApi31Downgrade {
  /** The version a rendering declares. */
  static final String RENDERED_VERSION = "3.0.3";

  private static final String COMPONENT_PREFIX = "#/components/schemas/";

  private final OpenAPI openAPI;
  private final Set<Schema<?>> visited = Collections.newSetFromMap(new IdentityHashMap<>());

  private OpenApi31Downgrade(OpenAPI openAPI) {
    this.openAPI = openAPI;
  }

  /**
   * Whether a document declares OpenAPI 3.1.
   *
   * @param openAPI the document
   * @return true for {@code openapi: 3.1.x}
   */
  public static boolean isOpenApi31(OpenAPI openAPI) {
    return openAPI != null
        && openAPI.getOpenapi() != null
        && openAPI.getOpenapi().trim().startsWith("3.1");
  }

  /**
   * Rewrites a 3.1 document into its 3.0 form, in place; does nothing to any other document.
   * Running it twice changes nothing more. The {@code openapi} version is left as it is: the
   * generator decides by it which of its own 3.1 steps to run.
   *
   * @param openAPI the document as Swagger Parser read it
   */
  public static void apply(OpenAPI openAPI) {
    if (isOpenApi31(openAPI)) {
      new OpenApi31Downgrade(openAPI).downgrade();
    }
  }

  /**
   * Reads a spec and writes it as an OpenAPI 3.0.3 document: a 3.1 spec after {@link
   * #apply(OpenAPI)}, through Swagger's 3.0 serializer, which leaves out what 3.0 has no field for.
   *
   * @param spec the OpenAPI document (3.0 or 3.1)
   * @return the 3.0 document as YAML
   * @throws IllegalArgumentException when Swagger Parser cannot read the spec
   */
  public static String renderAs30(Path spec) {
    ParseOptions options = new ParseOptions();
    options.setResolve(
        true); // external references become components, so the rendering stands alone
    SwaggerParseResult result =
        new OpenAPIV3Parser().readLocation(spec.toAbsolutePath().toString(), null, options);
    OpenAPI openAPI = result.getOpenAPI();
    if (openAPI == null) {
      throw new IllegalArgumentException(
          "Swagger Parser cannot read " + spec + ": " + result.getMessages());
    }
    apply(openAPI);
    openAPI.setOpenapi(RENDERED_VERSION);
    openAPI.setSpecVersion(SpecVersion.V30);
    // 3.0 has no such field, yet Swagger's 3.0 serializer writes it, and a 3.0 reader then refuses
    // the document.
    openAPI.setJsonSchemaDialect(null);
    try {
      return Yaml.mapper().writeValueAsString(openAPI);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + spec + " as OpenAPI 3.0", e);
    }
  }

  private void downgrade() {
    openAPI.setWebhooks(null);
    if (openAPI.getPaths() != null) {
      openAPI.getPaths().values().forEach(this::pathItem);
    }
    Components components = openAPI.getComponents();
    if (components == null) {
      return;
    }
    each(components.getSchemas(), this::schema);
    each(components.getParameters(), this::parameter);
    each(components.getRequestBodies(), this::requestBody);
    each(components.getResponses(), this::response);
    each(components.getHeaders(), this::header);
    each(components.getCallbacks(), this::callback);
    each(components.getPathItems(), this::pathItem);
  }

  private static <T> void each(Map<String, T> map, java.util.function.Consumer<T> action) {
    if (map != null) {
      map.values().forEach(action);
    }
  }

  private void pathItem(PathItem item) {
    if (item == null) {
      return;
    }
    if (item.getParameters() != null) {
      item.getParameters().forEach(this::parameter);
    }
    for (Operation operation : item.readOperations()) {
      if (operation.getParameters() != null) {
        operation.getParameters().forEach(this::parameter);
      }
      requestBody(operation.getRequestBody());
      if (operation.getResponses() != null) {
        operation.getResponses().values().forEach(this::response);
      }
      each(operation.getCallbacks(), this::callback);
    }
  }

  private void callback(Callback callback) {
    if (callback != null) {
      callback.values().forEach(this::pathItem);
    }
  }

  private void parameter(Parameter parameter) {
    if (parameter != null) {
      schema(parameter.getSchema());
      content(parameter.getContent());
    }
  }

  private void requestBody(RequestBody body) {
    if (body != null) {
      content(body.getContent());
    }
  }

  private void response(ApiResponse response) {
    if (response != null) {
      content(response.getContent());
      each(response.getHeaders(), this::header);
    }
  }

  private void header(Header header) {
    if (header != null) {
      schema(header.getSchema());
      content(header.getContent());
    }
  }

  private void content(Content content) {
    if (content == null) {
      return;
    }
    for (Map.Entry<String, MediaType> entry : content.entrySet()) {
      Schema<?> schema = entry.getValue().getSchema();
      schema(schema);
      if (schema == null) {
        continue;
      }
      MediaKind kind = MediaKind.of(entry.getKey(), schema);
      if (kind == MediaKind.BINARY) {
        rawBytes(schema);
      } else if (kind == MediaKind.MULTIPART) {
        Schema<?> form = component(schema);
        if (form != null && form.getProperties() != null) {
          form.getProperties()
              .values()
              .forEach(part -> rawBytes(part.getItems() != null ? part.getItems() : part));
        }
      }
    }
  }

  /** The schema a local component reference names, or the schema itself. */
  @SuppressWarnings("rawtypes") // swagger-models' schema map is raw
  private Schema<?> component(Schema<?> schema) {
    String ref = schema.get$ref();
    if (ref == null) {
      return schema;
    }
    Map<String, Schema> schemas =
        openAPI.getComponents() == null ? null : openAPI.getComponents().getSchemas();
    return ref.startsWith(COMPONENT_PREFIX) && schemas != null
        ? schemas.get(ref.substring(COMPONENT_PREFIX.length()))
        : null;
  }

  /** A string of a media type, not encoded, is the raw bytes: 3.0's {@code format: binary}. */
  private static void rawBytes(Schema<?> schema) {
    if (schema != null
        && schema.get$ref() == null
        && "string".equals(schema.getType())
        && schema.getFormat() == null
        && schema.getContentMediaType() != null
        && schema.getContentEncoding() == null) {
      schema.setFormat("binary");
    }
  }

  @SuppressWarnings({"rawtypes", "unchecked"}) // swagger-models' schema collections are raw
  private void schema(Schema<?> schema) {
    if (schema == null || !visited.add(schema)) {
      return;
    }
    refSiblings(schema);
    nullMembers(schema);
    types(schema);
    constant(schema);
    exclusiveBounds(schema);
    if (schema.getExample() == null
        && schema.getExamples() != null
        && !schema.getExamples().isEmpty()) {
      ((Schema) schema).setExample(schema.getExamples().get(0));
    }
    if ("string".equals(schema.getType())
        && schema.getFormat() == null
        && "base64".equalsIgnoreCase(schema.getContentEncoding())) {
      schema.setFormat("byte");
    }
    if (schema.getProperties() != null) {
      schema.getProperties().values().forEach(this::schema);
    }
    schema(schema.getItems());
    if (schema.getAdditionalProperties() instanceof Schema<?> values) {
      schema(values);
    }
    for (List<Schema> members :
        java.util.Arrays.asList(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf())) {
      if (members != null) {
        members.forEach(member -> schema((Schema<?>) member));
      }
    }
    schema(schema.getNot());
  }

  /**
   * A {@code $ref} with a sibling that constrains values: {@code allOf} holds the reference, the
   * siblings stay.
   */
  private static void refSiblings(Schema<?> schema) {
    if (schema.get$ref() == null) {
      return;
    }
    boolean constrains =
        schema.getType() != null
            || schema.getTypes() != null
            || schema.getFormat() != null
            || schema.getReadOnly() != null
            || schema.getWriteOnly() != null
            || schema.getNullable() != null
            || schema.getEnum() != null
            || schema.getConst() != null
            || schema.getDefault() != null
            || schema.getMinimum() != null
            || schema.getMaximum() != null
            || schema.getExclusiveMinimumValue() != null
            || schema.getExclusiveMaximumValue() != null
            || schema.getMultipleOf() != null
            || schema.getMinLength() != null
            || schema.getMaxLength() != null
            || schema.getPattern() != null
            || schema.getMinItems() != null
            || schema.getMaxItems() != null
            || schema.getUniqueItems() != null
            || schema.getMinProperties() != null
            || schema.getMaxProperties() != null
            || schema.getRequired() != null
            || schema.getProperties() != null
            || schema.getAdditionalProperties() != null
            || schema.getItems() != null
            || schema.getAllOf() != null
            || schema.getOneOf() != null
            || schema.getAnyOf() != null
            || schema.getNot() != null;
    if (constrains) {
      Schema<?> reference = new JsonSchema();
      reference.set$ref(schema.get$ref());
      schema.set$ref(null);
      schema.addAllOfItem(reference);
    }
  }

  /** {@code oneOf}/{@code anyOf} members that only allow null: 3.0's null-only schema. */
  @SuppressWarnings({"rawtypes", "unchecked"}) // swagger-models' schema lists and enums are raw
  private static void nullMembers(Schema<?> schema) {
    for (List<Schema> members : java.util.Arrays.asList(schema.getOneOf(), schema.getAnyOf())) {
      if (members == null) {
        continue;
      }
      for (Schema member : members) {
        if (isNullOnly(member)) {
          member.setTypes(
              new LinkedHashSet<>(List.of("string"))); // any type: nullable needs one beside it
          member.setType("string");
          member.setNullable(true);
          List<Object> onlyNull = new ArrayList<>();
          onlyNull.add(null);
          member.setEnum(onlyNull);
        }
      }
    }
  }

  private static boolean isNullOnly(Schema<?> schema) {
    return schema != null
        && schema.get$ref() == null
        && schema.getTypes() != null
        && !schema.getTypes().isEmpty()
        && schema.getTypes().stream().allMatch("null"::equals);
  }

  /**
   * A {@code type} array: {@code "null"} as {@code nullable}, one type as {@code type}, several as
   * {@code anyOf}.
   */
  @SuppressWarnings("rawtypes") // swagger-models' schema lists are raw
  private static void types(Schema<?> schema) {
    Set<String> types = schema.getTypes();
    if (types == null || types.isEmpty()) {
      return;
    }
    Set<String> kept = new LinkedHashSet<>(types);
    if (kept.remove("null")) {
      schema.setNullable(true);
    }
    if (kept.isEmpty()) {
      // Only null: 3.0 has no such type; any value, nullable (SpecRepairs does the same for the
      // generator).
      schema.setTypes(null);
      schema.setType(null);
      return;
    }
    if (kept.size() == 1) {
      String type = kept.iterator().next();
      schema.setTypes(kept); // the generator reads a 3.1 schema's type from types
      schema.setType(type);
      return;
    }
    List<Schema> alternatives = new ArrayList<>();
    for (String type : kept) {
      Schema<?> alternative = new JsonSchema();
      alternative.setTypes(new LinkedHashSet<>(List.of(type)));
      alternative.setType(type);
      if (type.equals("array")) {
        alternative.setItems(schema.getItems());
      }
      alternatives.add(alternative);
    }
    schema.setTypes(null);
    schema.setType(null);
    if (schema.getAnyOf() == null) {
      schema.setAnyOf(alternatives);
    } else {
      Schema<?> anyOf = new JsonSchema();
      anyOf.setAnyOf(alternatives);
      schema.addAllOfItem(anyOf); // the schema's own anyOf stays: both must hold
    }
  }

  /**
   * {@code const} as an {@code enum} of one value, typed after the value when the schema has no
   * type.
   */
  @SuppressWarnings({"rawtypes", "unchecked"}) // the enum list of a raw schema
  private static void constant(Schema<?> schema) {
    Object value = schema.getConst();
    if (value == null) {
      return;
    }
    if (schema.getEnum() == null) {
      ((Schema) schema).setEnum(new ArrayList<>(List.of(value)));
    }
    if (schema.getType() == null && (schema.getTypes() == null || schema.getTypes().isEmpty())) {
      String type = typeOf(value);
      if (type != null) {
        schema.setTypes(new LinkedHashSet<>(List.of(type)));
        schema.setType(type);
      }
    }
  }

  /** The JSON type of a value as Swagger Parser reads it, or null when it is none it knows. */
  static String typeOf(Object value) {
    if (value instanceof String) {
      return "string";
    }
    if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof BigInteger) {
      return "integer";
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.stripTrailingZeros().scale() <= 0 ? "integer" : "number";
    }
    if (value instanceof Number) {
      return "number";
    }
    if (value instanceof Boolean) {
      return "boolean";
    }
    if (value instanceof Map<?, ?>) {
      return "object";
    }
    if (value instanceof List<?>) {
      return "array";
    }
    if (value instanceof com.fasterxml.jackson.databind.JsonNode node) {
      return node.isTextual()
          ? "string"
          : node.isIntegralNumber()
              ? "integer"
              : node.isNumber()
                  ? "number"
                  : node.isBoolean()
                      ? "boolean"
                      : node.isObject() ? "object" : node.isArray() ? "array" : null;
    }
    return null;
  }

  /**
   * Numeric exclusive bounds as the inclusive bound plus the 3.0 flag, keeping whichever bound is
   * stricter.
   */
  private static void exclusiveBounds(Schema<?> schema) {
    BigDecimal exclusiveMin = schema.getExclusiveMinimumValue();
    if (exclusiveMin != null) {
      if (schema.getMinimum() == null || exclusiveMin.compareTo(schema.getMinimum()) >= 0) {
        schema.setMinimum(exclusiveMin);
        schema.setExclusiveMinimum(Boolean.TRUE);
      }
      schema.setExclusiveMinimumValue(null);
    }
    BigDecimal exclusiveMax = schema.getExclusiveMaximumValue();
    if (exclusiveMax != null) {
      if (schema.getMaximum() == null || exclusiveMax.compareTo(schema.getMaximum()) <= 0) {
        schema.setMaximum(exclusiveMax);
        schema.setExclusiveMaximum(Boolean.TRUE);
      }
      schema.setExclusiveMaximumValue(null);
    }
  }
}
