package dev.taskclients.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openapitools.codegen.utils.ModelUtils;

/**
 * Turns the shortcuts real specs take into what they mean, before generation, in place: each one
 * degrades the smallest unit it touches (a parameter, an operation's path), never the whole spec,
 * and each degradation goes to the {@link GenerationReport}.
 *
 * <ul>
 *   <li><b>A query string in the path template</b> ({@code /search?term={term}&type=user}): the
 *       path is the part before {@code ?}; {@code term={term}} is the query parameter {@code term}
 *       (the declared one, else a required {@code String}); {@code type=user} is sent with every
 *       call.
 *   <li><b>A fragment in the path key</b> ({@code /files/{id}#add_shared_link}, a way to give one
 *       path several operations of one method): never sent.
 *   <li><b>A path template variable no parameter declares</b>: a required {@code String} path
 *       parameter of that name (one declared in another place under that name moves into the path).
 *   <li><b>{@code label} and {@code matrix} path styles</b>: the style's prefix ({@code .} or
 *       {@code ;name=}) goes into the path template and the value is sent as {@code simple}, which
 *       is exact for a single value and an unexploded array; an exploded array or an object in
 *       these styles has no form the runtime can send, so that operation alone is left out.
 *   <li><b>A parameter described by {@code content}</b> (a serialized value): a {@code String}
 *       parameter holding the serialized text.
 *   <li><b>A parameter holding objects or arrays of them</b> outside the path, which OpenAPI gives
 *       no serialization: a {@code String} the caller serializes.
 *   <li><b>A schema that allows only null</b> ({@code type: 'null'}, or a {@code type} array of
 *       {@code null} alone, outside a {@code oneOf}/{@code anyOf}): any JSON value, {@code
 *       JsonNode}.
 *   <li><b>A required property no schema declares</b>: a property of its own.
 * </ul>
 *
 * And, with no degradation, what the spec means said in the form the generator reads: a body media
 * type without a schema gets the one its kind means, an {@code allOf} of one inline schema and
 * annotating parts is that schema, a format-less integer past 32 bits is {@code int64} ({@link
 * #schemas}). The operation's path as generated goes to the operation's {@value #PATH} extension;
 * its spec key stays.
 */
final class SpecRepairs {
  /** Operation extension: the path template to call, when it differs from the spec's path key. */
  static final String PATH = "x-tc-path";

  /**
   * Operation extension: query parameters with fixed values, from a query string in the path
   * template.
   */
  static final String CONSTANT_QUERY = "x-tc-constant-query";

  private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{([^}/]+)}");

  private final OpenAPI openAPI;
  private final GenerationReport report;

  private SpecRepairs(OpenAPI openAPI, GenerationReport report) {
    this.openAPI = openAPI;
    this.report = report;
  }

  /**
   * Repairs the operations' paths and parameters.
   *
   * @param openAPI the spec, after the generator's normalizer
   * @param report where degradations go
   */
  static void paths(OpenAPI openAPI, GenerationReport report) {
    if (openAPI.getPaths() != null) {
      SpecRepairs repairs = new SpecRepairs(openAPI, report);
      openAPI.getPaths().forEach(repairs::pathItem);
    }
  }

  private void pathItem(String key, PathItem item) {
    Map<Operation, List<Parameter>> repaired = new IdentityHashMap<>();
    for (Map.Entry<PathItem.HttpMethod, Operation> entry :
        new ArrayList<>(item.readOperationsMap().entrySet())) {
      String method = entry.getKey().name().toLowerCase(Locale.ROOT);
      String where = "paths." + key + "." + method;
      String operationKey = GenerationReport.operationKey(method, key);
      Operation operation = entry.getValue();
      List<Parameter> params = effectiveParameters(item, operation);
      boolean changed = false;

      int fragment = key.indexOf('#');
      String withoutFragment = fragment < 0 ? key : key.substring(0, fragment);
      int question = withoutFragment.indexOf('?');
      String path = question < 0 ? withoutFragment : withoutFragment.substring(0, question);
      if (question >= 0) {
        changed |=
            queryString(
                withoutFragment.substring(question + 1), params, operation, where, operationKey);
      }
      changed |= templateVariables(path, params, where, operationKey);
      for (int i = 0; i < params.size(); i++) {
        Parameter param = params.get(i);
        if (param.getContent() != null && !param.getContent().isEmpty()) {
          params.set(i, serializedContent(param, where, operationKey));
          changed = true;
        } else if (!"path".equals(param.getIn()) && hasNoSerialization(param.getSchema())) {
          params.set(i, asText(param, where, operationKey));
          changed = true;
        }
      }
      String styled = pathStyles(path, params, where, operationKey);
      if (styled == null) {
        item.operation(entry.getKey(), null);
        continue;
      }
      changed |= !styled.equals(path);
      if (!styled.equals(key)) {
        operation.addExtension(PATH, styled);
      }
      if (changed) {
        repaired.put(operation, params);
      }
    }
    // A repaired operation holds its own parameters; the others take a copy of the path item's,
    // which go.
    if (!repaired.isEmpty()) {
      for (Operation operation : item.readOperations()) {
        operation.setParameters(
            repaired.containsKey(operation)
                ? repaired.get(operation)
                : effectiveParameters(item, operation));
      }
      item.setParameters(null);
    }
  }

  /**
   * The path item's parameters with the operation's own (which win by name and place), references
   * resolved.
   */
  private List<Parameter> effectiveParameters(PathItem item, Operation operation) {
    Map<String, Parameter> byKey = new LinkedHashMap<>();
    for (List<Parameter> list :
        java.util.Arrays.asList(item.getParameters(), operation.getParameters())) {
      if (list != null) {
        for (Parameter raw : list) {
          Parameter param = ModelUtils.getReferencedParameter(openAPI, raw);
          byKey.put(param.getIn() + ":" + param.getName(), param);
        }
      }
    }
    return new ArrayList<>(byKey.values());
  }

  /**
   * {@code ?a={x}&b=fixed}: each variable a query parameter, each fixed value sent with every call.
   */
  private boolean queryString(
      String query,
      List<Parameter> params,
      Operation operation,
      String where,
      String operationKey) {
    List<Map<String, String>> constants = new ArrayList<>();
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      Matcher variable = TEMPLATE_VARIABLE.matcher(equals < 0 ? pair : value);
      if (variable.matches()) {
        String variableName = variable.group(1);
        String wireName = equals < 0 ? variableName : name;
        queryParameter(wireName, variableName, params, where, operationKey);
      } else {
        Map<String, String> constant = new LinkedHashMap<>();
        constant.put("name", name);
        constant.put("value", value);
        constants.add(constant);
      }
    }
    if (!constants.isEmpty()) {
      operation.addExtension(CONSTANT_QUERY, constants);
    }
    return true;
  }

  private void queryParameter(
      String wireName,
      String variableName,
      List<Parameter> params,
      String where,
      String operationKey) {
    for (int i = 0; i < params.size(); i++) {
      Parameter param = params.get(i);
      if ("query".equals(param.getIn()) && wireName.equals(param.getName())) {
        return; // declared where it belongs
      }
    }
    for (int i = 0; i < params.size(); i++) {
      Parameter param = params.get(i);
      if (variableName.equals(param.getName()) || wireName.equals(param.getName())) {
        Parameter moved = copy(param);
        moved.setIn("query");
        moved.setName(wireName);
        defaultStyle(moved);
        params.set(i, moved);
        report.degrade(
            where + ".parameters." + param.getName(),
            "a " + param.getIn() + " parameter written into the " + "path template's query string",
            "the query parameter " + wireName,
            operationKey);
        return;
      }
    }
    Parameter added =
        new Parameter().name(wireName).in("query").required(true).schema(new StringSchema());
    defaultStyle(added);
    params.add(added);
    report.degrade(
        where,
        "the query string of the path template names {"
            + variableName
            + "}, which no parameter "
            + "declares",
        "a required String query parameter " + wireName,
        operationKey);
  }

  /** Every variable of the path template gets a path parameter. */
  private boolean templateVariables(
      String path, List<Parameter> params, String where, String operationKey) {
    boolean changed = false;
    Matcher variable = TEMPLATE_VARIABLE.matcher(path);
    while (variable.find()) {
      String name = variable.group(1);
      if (params.stream().anyMatch(p -> "path".equals(p.getIn()) && name.equals(p.getName()))) {
        continue;
      }
      changed = true;
      int elsewhere = -1;
      for (int i = 0; i < params.size(); i++) {
        if (name.equals(params.get(i).getName())) {
          elsewhere = i;
        }
      }
      if (elsewhere >= 0) {
        Parameter moved = copy(params.get(elsewhere));
        String declaredIn = moved.getIn();
        moved.setIn("path");
        moved.setRequired(true);
        defaultStyle(moved);
        params.set(elsewhere, moved);
        report.degrade(
            where + ".parameters." + name,
            "the path template variable {"
                + name
                + "} is declared as a "
                + declaredIn
                + " parameter",
            "a path parameter",
            operationKey);
      } else {
        Parameter added =
            new Parameter().name(name).in("path").required(true).schema(new StringSchema());
        defaultStyle(added);
        params.add(added);
        report.degrade(
            where,
            "the path template variable {" + name + "} has no parameter declaring it",
            "a required String path parameter " + name,
            operationKey);
      }
    }
    return changed;
  }

  /** A parameter given as serialized content: a String holding the serialized text. */
  private Parameter serializedContent(Parameter param, String where, String operationKey) {
    Map.Entry<String, MediaType> media = param.getContent().entrySet().iterator().next();
    Schema<?> schema = media.getValue().getSchema();
    Schema<?> resolved = schema == null ? null : ModelUtils.getReferencedSchema(openAPI, schema);
    Parameter copy = copy(param);
    copy.setContent(null);
    defaultStyle(copy);
    StringSchema string = new StringSchema();
    if (resolved != null && resolved.getDescription() != null) {
      string.setDescription(resolved.getDescription());
    }
    copy.setSchema(string);
    if (resolved == null || !"string".equals(resolved.getType()) || resolved.getFormat() != null) {
      report.degrade(
          where + ".parameters." + param.getName(),
          "a "
              + param.getIn()
              + " parameter described by content "
              + media.getKey()
              + " ("
              + OperationShape.describe(schema, openAPI)
              + ")",
          "a String parameter: pass the value already serialized as " + media.getKey(),
          operationKey);
    }
    return copy;
  }

  /**
   * A parameter value OpenAPI gives no serialization for: an array of objects or arrays, or an
   * object holding one ({@code mdfilters=[{...}]}). APIs that take them mostly want JSON; which,
   * the spec does not say.
   */
  private boolean hasNoSerialization(Schema<?> raw) {
    Schema<?> schema = raw == null ? null : ModelUtils.getReferencedSchema(openAPI, raw);
    if (schema == null) {
      return false;
    }
    if (schema.getItems() != null) {
      return !isScalar(schema.getItems());
    }
    if (schema.getProperties() != null) {
      return schema.getProperties().values().stream().anyMatch(p -> !isScalar(p));
    }
    return false;
  }

  private boolean isScalar(Schema<?> raw) {
    Schema<?> schema = ModelUtils.getReferencedSchema(openAPI, raw);
    if (schema == null) {
      return true;
    }
    boolean composed =
        schema.getAllOf() != null || schema.getOneOf() != null || schema.getAnyOf() != null;
    return !composed
        && schema.getProperties() == null
        && schema.getItems() == null
        && !"object".equals(schema.getType())
        && !"array".equals(schema.getType());
  }

  /** A parameter whose value has no defined serialization: a String the caller serializes. */
  private Parameter asText(Parameter param, String where, String operationKey) {
    Parameter copy = copy(param);
    defaultStyle(copy);
    copy.setExample(null);
    copy.setExamples(null);
    copy.setSchema(new StringSchema());
    report.degrade(
        where + ".parameters." + param.getName(),
        "a "
            + param.getIn()
            + " parameter holding "
            + OperationShape.describe(param.getSchema(), openAPI)
            + " of objects or arrays, which OpenAPI gives no "
            + "serialization",
        "a String parameter: pass the value serialized as the API expects it (often JSON)",
        operationKey);
    return copy;
  }

  /**
   * The path template with each label or matrix parameter's prefix written in, those parameters
   * made {@code simple}; null when a parameter's style has no form the runtime can send (the
   * operation is left out).
   */
  private String pathStyles(
      String path, List<Parameter> params, String where, String operationKey) {
    String result = path;
    for (int i = 0; i < params.size(); i++) {
      Parameter param = params.get(i);
      Parameter.StyleEnum style = param.getStyle();
      if (!"path".equals(param.getIn())
          || style != Parameter.StyleEnum.LABEL && style != Parameter.StyleEnum.MATRIX) {
        continue;
      }
      Schema<?> schema =
          param.getSchema() == null
              ? null
              : ModelUtils.getReferencedSchema(openAPI, param.getSchema());
      boolean array =
          schema != null && ("array".equals(schema.getType()) || schema.getItems() != null);
      boolean object =
          schema != null && ("object".equals(schema.getType()) || schema.getProperties() != null);
      if (object || array && Boolean.TRUE.equals(param.getExplode())) {
        report.degrade(
            where + ".parameters." + param.getName(),
            "a path parameter in style " + style + (object ? " holding an object" : " exploded"),
            "nothing: the runtime has no way to send it, so this "
                + "operation is left out of the client",
            operationKey);
        return null;
      }
      String prefix = style == Parameter.StyleEnum.LABEL ? "." : ";" + param.getName() + "=";
      result = result.replace("{" + param.getName() + "}", prefix + "{" + param.getName() + "}");
      Parameter simple = copy(param);
      simple.setStyle(Parameter.StyleEnum.SIMPLE);
      simple.setExplode(false);
      params.set(i, simple);
    }
    return result;
  }

  /**
   * The style and explode OpenAPI defaults to for where a parameter is (the parser fills them in
   * for read ones).
   */
  private static void defaultStyle(Parameter param) {
    boolean form = "query".equals(param.getIn()) || "cookie".equals(param.getIn());
    param.setStyle(form ? Parameter.StyleEnum.FORM : Parameter.StyleEnum.SIMPLE);
    param.setExplode(form);
  }

  private static Parameter copy(Parameter param) {
    Parameter copy = new Parameter();
    copy.setName(param.getName());
    copy.setIn(param.getIn());
    copy.setDescription(param.getDescription());
    copy.setRequired(param.getRequired());
    copy.setDeprecated(param.getDeprecated());
    copy.setAllowEmptyValue(param.getAllowEmptyValue());
    copy.setStyle(param.getStyle());
    copy.setExplode(param.getExplode());
    copy.setAllowReserved(param.getAllowReserved());
    copy.setSchema(param.getSchema());
    copy.setExamples(param.getExamples());
    copy.setExample(param.getExample());
    copy.setContent(param.getContent());
    copy.setExtensions(
        param.getExtensions() == null ? null : new LinkedHashMap<>(param.getExtensions()));
    return copy;
  }

  /**
   * Every repair of schemas, in order, before OpenAPI Generator's own normalizer: schemas that
   * allow only null, the OpenAPI 3.1 rewrite ({@link OpenApi31Downgrade}), annotated {@code
   * allOf}s, wide integers and undeclared required properties. The generator's normalizer and the
   * corpus gate's validator both read what this leaves.
   *
   * @param openAPI the spec as parsed
   * @param report where degradations go
   */
  static void schemas(OpenAPI openAPI, GenerationReport report) {
    schemalessBodies(openAPI);
    nullOnlySchemas(openAPI, report);
    OpenApi31Downgrade.apply(openAPI);
    annotatedAllOf(openAPI);
    wideIntegers(openAPI);
    undeclaredRequired(openAPI, report);
  }

  /**
   * A request body media type without a schema (OpenAPI 3.1 allows it: any content) gets the schema
   * that says so for its kind: bytes for a binary media type, text for text, any value for JSON.
   * Without one the generator makes no body parameter at all.
   */
  private static void schemalessBodies(OpenAPI openAPI) {
    List<RequestBody> bodies = new ArrayList<>();
    if (openAPI.getPaths() != null) {
      openAPI
          .getPaths()
          .values()
          .forEach(item -> item.readOperations().forEach(o -> bodies.add(o.getRequestBody())));
    }
    if (openAPI.getComponents() != null && openAPI.getComponents().getRequestBodies() != null) {
      bodies.addAll(openAPI.getComponents().getRequestBodies().values());
    }
    for (RequestBody body : bodies) {
      if (body == null || body.getContent() == null) {
        continue;
      }
      body.getContent()
          .forEach(
              (type, media) -> {
                if (media.getSchema() != null) {
                  return;
                }
                switch (MediaKind.of(type, null)) {
                  case TEXT -> media.setSchema(new StringSchema());
                  case BINARY -> media.setSchema(new StringSchema().format("binary"));
                  case JSON -> media.setSchema(new Schema<>());
                  default -> {} // a form without a schema has no fields to send
                }
              });
    }
  }

  /**
   * Makes every schema that allows only null ({@code type: 'null'} in OpenAPI 3.1, or as a string
   * in a 3.0 document) outside a {@code oneOf}/{@code anyOf} any JSON value, nullable: without a
   * type, the generator would refer to a class {@code ModelNull} that is never written. Runs before
   * the 3.1 rewrite, which handles the union members.
   *
   * @param openAPI the spec as parsed
   * @param report where degradations go
   */
  static void nullOnlySchemas(OpenAPI openAPI, GenerationReport report) {
    new SchemaWalk(
            openAPI,
            (SchemaWalk.Inspector)
                (schema, where, unionMember) -> {
                  if (!unionMember && isNullOnly(schema)) {
                    schema.setTypes(null);
                    schema.setType(null);
                    schema.setNullable(true);
                    report.degrade(
                        where,
                        "a schema that allows only null (type: 'null')",
                        "JsonNode (any JSON value, here null)",
                        null);
                  } else if (unionMember
                      && "null".equals(schema.getType())
                      && schema.getTypes() == null) {
                    // A 3.0 document's {type: 'null'} member: 3.0's null-only schema, as the 3.1
                    // rewrite makes it.
                    schema.setType("string");
                    schema.setNullable(true);
                    List<Object> onlyNull = new ArrayList<>();
                    onlyNull.add(null);
                    castRaw(schema).setEnum(onlyNull);
                  }
                })
        .walk();
  }

  /**
   * A name an object schema lists as {@code required} without declaring the property (a vendor's
   * slip, or a field the docs forgot) must still be sent: it becomes a property of its own, a
   * {@code String} in a form body (the only thing a form field can hold) and any JSON value
   * elsewhere. Schemas composed with {@code allOf} are left alone: another part may declare the
   * property.
   *
   * @param openAPI the spec as parsed
   * @param report where degradations go
   */
  @SuppressWarnings({"rawtypes", "unchecked"}) // swagger-models' schema collections are raw
  static void undeclaredRequired(OpenAPI openAPI, GenerationReport report) {
    Set<Schema<?>> composed = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<String> composedNames = new java.util.HashSet<>();
    new SchemaWalk(
            openAPI,
            (SchemaWalk.Inspector)
                (schema, where, unionMember) -> {
                  if (schema.getAllOf() != null) {
                    composed.add(schema);
                    for (Schema part : schema.getAllOf()) {
                      composed.add(part);
                      if (part.get$ref() != null) {
                        composedNames.add(ModelUtils.getSimpleRef(part.get$ref()));
                      }
                    }
                  }
                })
        .walk();
    Set<Schema<?>> forms = Collections.newSetFromMap(new IdentityHashMap<>());
    if (openAPI.getPaths() != null) {
      openAPI
          .getPaths()
          .values()
          .forEach(
              item ->
                  item.readOperations()
                      .forEach(
                          operation -> {
                            RequestBody body =
                                ModelUtils.getReferencedRequestBody(
                                    openAPI, operation.getRequestBody());
                            if (body != null && body.getContent() != null) {
                              body.getContent()
                                  .forEach(
                                      (type, media) -> {
                                        MediaKind kind = MediaKind.of(type, media.getSchema());
                                        if ((kind == MediaKind.FORM || kind == MediaKind.MULTIPART)
                                            && media.getSchema() != null) {
                                          forms.add(
                                              ModelUtils.getReferencedSchema(
                                                  openAPI, media.getSchema()));
                                        }
                                      });
                            }
                          }));
    }
    Map<String, Schema> components =
        openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
            ? Map.of()
            : openAPI.getComponents().getSchemas();
    new SchemaWalk(
            openAPI,
            (SchemaWalk.Inspector)
                (schema, where, unionMember) -> {
                  if (schema.getRequired() == null
                      || schema.getProperties() == null
                      || composed.contains(schema)
                      || schema.getOneOf() != null
                      || schema.getAnyOf() != null) {
                    return;
                  }
                  String component =
                      where.startsWith("components.schemas.")
                          ? where.substring("components.schemas.".length())
                          : null;
                  if (component != null
                      && (composedNames.contains(component)
                          || components.get(component) != schema)) {
                    return;
                  }
                  for (String name : new ArrayList<>(schema.getRequired())) {
                    if (!schema.getProperties().containsKey(name)) {
                      boolean form = forms.contains(schema);
                      Schema property = form ? new StringSchema() : new Schema<>();
                      schema.getProperties().put(name, property);
                      report.degrade(
                          where + ".required",
                          "the required property '" + name + "' is not declared",
                          form
                              ? "a String field " + name
                              : "a JsonNode property " + name + " (any JSON value)",
                          null);
                    }
                  }
                })
        .walk();
  }

  /**
   * An integer without a {@code format} is an {@code Integer} (32 bits), as OpenAPI Generator maps
   * it; one whose own bounds, default, enum or example lie outside 32 bits (a timestamp in
   * milliseconds, say) gets {@code format: int64}, so that the values the spec shows fit the
   * generated {@code Long}.
   *
   * @param openAPI the spec as parsed
   */
  static void wideIntegers(OpenAPI openAPI) {
    new SchemaWalk(
            openAPI, (SchemaWalk.Inspector) (schema, where, unionMember) -> widen(schema, null))
        .walk();
    if (openAPI.getPaths() != null) {
      openAPI
          .getPaths()
          .values()
          .forEach(
              item -> {
                if (item.getParameters() != null) {
                  item.getParameters().forEach(p -> widen(p.getSchema(), p.getExample()));
                }
                item.readOperations()
                    .forEach(
                        operation -> {
                          if (operation.getParameters() != null) {
                            operation
                                .getParameters()
                                .forEach(p -> widen(p.getSchema(), p.getExample()));
                          }
                        });
              });
    }
    if (openAPI.getComponents() != null && openAPI.getComponents().getParameters() != null) {
      openAPI
          .getComponents()
          .getParameters()
          .values()
          .forEach(p -> widen(p.getSchema(), p.getExample()));
    }
  }

  private static void widen(Schema<?> schema, Object parameterExample) {
    if (schema == null
        || schema.get$ref() != null
        || !"integer".equals(schema.getType())
        || schema.getFormat() != null) {
      return;
    }
    List<Object> values = new ArrayList<>();
    values.add(schema.getMinimum());
    values.add(schema.getMaximum());
    values.add(schema.getDefault());
    values.add(schema.getExample());
    values.add(parameterExample);
    if (schema.getEnum() != null) {
      values.addAll(schema.getEnum());
    }
    if (values.stream().anyMatch(SpecRepairs::beyondInt)) {
      schema.setFormat("int64");
    }
  }

  private static boolean beyondInt(Object value) {
    java.math.BigDecimal number;
    try {
      number =
          value instanceof Number n
              ? new java.math.BigDecimal(n.toString())
              : value instanceof String text ? new java.math.BigDecimal(text.trim()) : null;
    } catch (NumberFormatException e) {
      return false;
    }
    return number != null
        && (number.compareTo(java.math.BigDecimal.valueOf(Integer.MAX_VALUE)) > 0
            || number.compareTo(java.math.BigDecimal.valueOf(Integer.MIN_VALUE)) < 0);
  }

  /**
   * Points every reference to a renamed component schema at its new key, discriminator mappings
   * included.
   *
   * @param openAPI the spec, its components already renamed
   * @param renamed old key to new key
   */
  static void renameSchemaReferences(OpenAPI openAPI, Map<String, String> renamed) {
    String prefix = "#/components/schemas/";
    new SchemaWalk(
            openAPI,
            (SchemaWalk.Inspector)
                (schema, where, unionMember) -> {
                  if (schema.get$ref() != null && schema.get$ref().startsWith(prefix)) {
                    String target = renamed.get(schema.get$ref().substring(prefix.length()));
                    if (target != null) {
                      schema.set$ref(prefix + target);
                    }
                  }
                  if (schema.getDiscriminator() != null
                      && schema.getDiscriminator().getMapping() != null) {
                    schema
                        .getDiscriminator()
                        .getMapping()
                        .replaceAll(
                            (value, ref) -> {
                              String name =
                                  ref.startsWith(prefix) ? ref.substring(prefix.length()) : ref;
                              return renamed.containsKey(name) ? prefix + renamed.get(name) : ref;
                            });
                  }
                })
        .walk();
  }

  /**
   * An {@code allOf} of one inline schema that says what the value is and parts that only annotate
   * it ({@code allOf: [{type: string, enum: [...]}, {description: ...}]}, a way to attach a
   * description) is that schema with the annotations: otherwise the generator makes a model class
   * of no fields for it, which no string or number fits. A part given by {@code $ref} is left
   * alone: the generator already reads an {@code allOf} of one reference as that reference, and in
   * OpenAPI 3.0 siblings of a {@code $ref} are ignored.
   *
   * @param openAPI the spec as parsed
   */
  @SuppressWarnings({"rawtypes", "unchecked"}) // swagger-models' schema collections are raw
  static void annotatedAllOf(OpenAPI openAPI) {
    new SchemaWalk(
            openAPI,
            (SchemaWalk.Visitor)
                (schema, where, unionMember) -> {
                  List<Schema> parts = schema.getAllOf();
                  if (parts == null || parts.isEmpty() || !onlyAnnotations(schema, true)) {
                    return schema;
                  }
                  Schema typed = null;
                  for (Schema part : parts) {
                    if (!onlyAnnotations(part, false)) {
                      if (typed != null || part.get$ref() != null || part.getAllOf() != null) {
                        return schema;
                      }
                      typed = part;
                    }
                  }
                  if (typed == null) {
                    return schema;
                  }
                  Boolean nullable = null;
                  for (Schema part : parts) {
                    nullable = conjunction(nullable, part.getNullable());
                  }
                  nullable = conjunction(nullable, schema.getNullable());
                  // A new schema object: the generator takes any ComposedSchema for a composition,
                  // allOf or not.
                  Schema merged =
                      schema.getSpecVersion() == io.swagger.v3.oas.models.SpecVersion.V31
                          ? new io.swagger.v3.oas.models.media.JsonSchema()
                          : new Schema<>();
                  merge(merged, schema);
                  merged.setAllOf(null);
                  merge(merged, typed);
                  for (Schema part : parts) {
                    if (part != typed) {
                      merge(merged, part);
                    }
                  }
                  merged.setNullable(nullable);
                  return merged;
                })
        .walk();
  }

  private static Boolean conjunction(Boolean so, Boolean next) {
    if (next == null) {
      return so;
    }
    return so == null ? next : so && next;
  }

  /**
   * Whether a schema only annotates (its own allOf aside, when it is the one holding the parts).
   */
  private static boolean onlyAnnotations(Schema<?> s, boolean holder) {
    return s.get$ref() == null
        && s.getType() == null
        && (s.getTypes() == null || s.getTypes().isEmpty())
        && s.getFormat() == null
        && s.getEnum() == null
        && s.getConst() == null
        && s.getProperties() == null
        && s.getItems() == null
        && s.getAdditionalProperties() == null
        && (holder || s.getAllOf() == null)
        && s.getOneOf() == null
        && s.getAnyOf() == null
        && s.getNot() == null
        && s.getRequired() == null
        && s.getDiscriminator() == null
        && s.getMinimum() == null
        && s.getMaximum() == null
        && s.getMinLength() == null
        && s.getMaxLength() == null
        && s.getPattern() == null
        && s.getMinItems() == null
        && s.getMaxItems() == null
        && s.getUniqueItems() == null
        && s.getMinProperties() == null
        && s.getMaxProperties() == null
        && s.getMultipleOf() == null
        && s.getExclusiveMinimumValue() == null
        && s.getExclusiveMaximumValue() == null
        && s.getContentEncoding() == null
        && s.getContentMediaType() == null;
  }

  /** Copies into a schema each keyword of another that it does not set itself. */
  @SuppressWarnings({"rawtypes", "unchecked"}) // swagger-models' schema fields are raw
  private static void merge(Schema into, Schema from) {
    if (into.getType() == null) {
      into.setType(from.getType());
    }
    if (into.getTypes() == null && from.getTypes() != null) {
      into.setTypes(new java.util.LinkedHashSet<>(from.getTypes()));
    }
    if (into.getFormat() == null) {
      into.setFormat(from.getFormat());
    }
    if (into.getEnum() == null && from.getEnum() != null) {
      into.setEnum(new ArrayList<>(from.getEnum()));
    }
    if (into.getConst() == null) {
      into.setConst(from.getConst());
    }
    if (into.getProperties() == null) {
      into.setProperties(from.getProperties());
    }
    if (into.getRequired() == null) {
      into.setRequired(from.getRequired());
    }
    if (into.getItems() == null) {
      into.setItems(from.getItems());
    }
    if (into.getAdditionalProperties() == null) {
      into.setAdditionalProperties(from.getAdditionalProperties());
    }
    if (into.getOneOf() == null) {
      into.setOneOf(from.getOneOf());
    }
    if (into.getAnyOf() == null) {
      into.setAnyOf(from.getAnyOf());
    }
    if (into.getNot() == null) {
      into.setNot(from.getNot());
    }
    if (into.getDiscriminator() == null) {
      into.setDiscriminator(from.getDiscriminator());
    }
    if (into.getMinimum() == null) {
      into.setMinimum(from.getMinimum());
      into.setExclusiveMinimum(from.getExclusiveMinimum());
    }
    if (into.getMaximum() == null) {
      into.setMaximum(from.getMaximum());
      into.setExclusiveMaximum(from.getExclusiveMaximum());
    }
    if (into.getExclusiveMinimumValue() == null) {
      into.setExclusiveMinimumValue(from.getExclusiveMinimumValue());
    }
    if (into.getExclusiveMaximumValue() == null) {
      into.setExclusiveMaximumValue(from.getExclusiveMaximumValue());
    }
    if (into.getMultipleOf() == null) {
      into.setMultipleOf(from.getMultipleOf());
    }
    if (into.getMinLength() == null) {
      into.setMinLength(from.getMinLength());
    }
    if (into.getMaxLength() == null) {
      into.setMaxLength(from.getMaxLength());
    }
    if (into.getPattern() == null) {
      into.setPattern(from.getPattern());
    }
    if (into.getMinItems() == null) {
      into.setMinItems(from.getMinItems());
    }
    if (into.getMaxItems() == null) {
      into.setMaxItems(from.getMaxItems());
    }
    if (into.getUniqueItems() == null) {
      into.setUniqueItems(from.getUniqueItems());
    }
    if (into.getMinProperties() == null) {
      into.setMinProperties(from.getMinProperties());
    }
    if (into.getMaxProperties() == null) {
      into.setMaxProperties(from.getMaxProperties());
    }
    if (into.getContentEncoding() == null) {
      into.setContentEncoding(from.getContentEncoding());
    }
    if (into.getContentMediaType() == null) {
      into.setContentMediaType(from.getContentMediaType());
    }
    if (into.getDefault() == null) {
      into.setDefault(from.getDefault());
    }
    if (into.getExample() == null && from.getExample() != null) {
      into.setExample(from.getExample());
    }
    if (into.getDescription() == null) {
      into.setDescription(from.getDescription());
    }
    if (into.getTitle() == null) {
      into.setTitle(from.getTitle());
    }
    if (into.getDeprecated() == null) {
      into.setDeprecated(from.getDeprecated());
    }
    if (into.getReadOnly() == null) {
      into.setReadOnly(from.getReadOnly());
    }
    if (into.getWriteOnly() == null) {
      into.setWriteOnly(from.getWriteOnly());
    }
    if (from.getExtensions() != null) {
      Map<String, Object> extensions =
          into.getExtensions() == null ? new LinkedHashMap<>() : into.getExtensions();
      from.getExtensions().forEach((k, v) -> extensions.putIfAbsent((String) k, v));
      into.setExtensions(extensions);
    }
  }

  @SuppressWarnings("unchecked") // a schema's enum type is its value type, unknown here
  private static Schema<Object> castRaw(Schema<?> schema) {
    return (Schema<Object>) schema;
  }

  private static boolean isNullOnly(Schema<?> schema) {
    if (schema.get$ref() != null) {
      return false;
    }
    if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
      return schema.getTypes().stream().allMatch("null"::equals);
    }
    return "null".equals(schema.getType());
  }
}
