package dev.taskclients.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.servers.Server;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.CodegenParameter;
import org.openapitools.codegen.utils.ModelUtils;

/**
 * Computes, for one operation, what its templates need beyond the generator's variables, as
 * {@code x-tc-*} vendor extensions:
 *
 * <ul>
 *   <li>{@code x-tc-return-type}: the Java type a call answers with. JSON bodies are their model (or
 *       {@code List}/{@code Map}/primitive), text is {@code String}, bytes are {@code byte[]}, no body is
 *       {@code Void}. When the 2xx responses differ in type the call answers {@code Object}, holding the
 *       type of the status that came.
 *   <li>{@code x-tc-responses}: every documented status with how its body is read, so the runtime parses
 *       each status (error statuses included) into its own type.
 *   <li>{@code x-tc-params-class}: set when the operation has optional parameters. They go into a typed
 *       {@code <Operation>Params} object with a builder, never into a positional list: a positional
 *       {@code null} says nothing at the call site, and a spec that adds an optional parameter later then
 *       adds a builder method instead of changing every method signature.
 *   <li>{@code x-tc-body-*}: how the request body is sent; {@code x-tc-accept}, {@code x-tc-security},
 *       {@code x-tc-server}.
 * </ul>
 */
final class OperationShape {
  private OperationShape() {
  }

  static void describe(CodegenOperation op, Operation operation, List<Server> pathServers, OpenAPI openAPI,
      TaskclientsJavaCodegen codegen) {
    String where = "paths." + specPath(op) + "." + op.httpMethod.toLowerCase(Locale.ROOT);
    ensureBodyParameter(op, operation, openAPI);
    describeParameters(op);
    describeBody(op, operation, openAPI, where, codegen);
    describeResponses(op, operation, openAPI, codegen);
    describeSecurity(op, operation, openAPI, ClientShape.mutualTlsSchemes(openAPI));
    List<Server> servers = operation.getServers() != null && !operation.getServers().isEmpty() ? operation.getServers()
        : pathServers;
    if (servers != null && !servers.isEmpty()) {
      op.vendorExtensions.put("x-tc-server", ClientShape.resolve(servers.get(0)));
    }
  }

  /**
   * A request body the generator made no parameter for (a form whose schema has no fields: a string, an
   * array) still needs one: a {@code body} parameter, which {@link #describeBody} makes bytes the caller
   * encodes.
   */
  private static void ensureBodyParameter(CodegenOperation op, Operation operation, OpenAPI openAPI) {
    RequestBody body = ModelUtils.getReferencedRequestBody(openAPI, operation.getRequestBody());
    if (body == null || body.getContent() == null || body.getContent().isEmpty() || op.bodyParam != null
        || !op.formParams.isEmpty()) {
      return;
    }
    CodegenParameter param = new CodegenParameter();
    param.isBodyParam = true;
    param.baseName = "body";
    param.paramName = "body";
    param.dataType = "BinaryBody";
    param.baseType = "BinaryBody";
    param.isBinary = true;
    param.required = Boolean.TRUE.equals(body.getRequired());
    param.description = body.getDescription();
    param.unescapedDescription = body.getDescription();
    op.bodyParam = param;
    op.bodyParams.add(param);
    op.allParams.add(param);
    (param.required ? op.requiredParams : op.optionalParams).add(param);
  }

  /** Every parameter object of the operation: the generator keeps copies in several lists. */
  private static List<CodegenParameter> parameters(CodegenOperation op) {
    List<CodegenParameter> every = Stream.of(op.allParams, op.pathParams, op.queryParams, op.headerParams,
            op.cookieParams, op.formParams, op.bodyParams, op.requiredParams, op.optionalParams)
        .flatMap(List::stream).collect(Collectors.toList());
    if (op.bodyParam != null) {
      every.add(op.bodyParam);
    }
    return every;
  }

  private static void describeParameters(CodegenOperation op) {
    for (CodegenParameter param : parameters(op)) {
      String style = param.style != null ? param.style
          : param.isQueryParam || param.isCookieParam || param.isFormParam ? "form" : "simple";
      param.vendorExtensions.put("x-tc-style", style);
      param.vendorExtensions.put("x-tc-explode", param.isExplode);
    }
    List<CodegenParameter> optional = op.optionalParams.stream()
        .filter(p -> !TaskclientsJavaCodegen.isRequestIdHeader(p)).collect(Collectors.toList());
    if (!optional.isEmpty()) {
      op.vendorExtensions.put("x-tc-params-class", upperFirst(op.nickname) + "Params");
      op.vendorExtensions.put("x-tc-optional-params", optional);
    }
    op.vendorExtensions.put("x-tc-required-params", op.requiredParams.stream()
        .filter(p -> !TaskclientsJavaCodegen.isRequestIdHeader(p)).collect(Collectors.toList()));
  }

  /**
   * How the request body is sent. A body that is neither JSON nor a form is bytes ({@code BinaryBody}), or
   * text ({@code String}) for {@code text/*}, XML and base64 strings, whatever its schema says: a schema
   * the media type cannot carry as typed (an object offered only as {@code text/plain}, say) degrades the
   * body, not the spec.
   */
  private static void describeBody(CodegenOperation op, Operation operation, OpenAPI openAPI, String where,
      TaskclientsJavaCodegen codegen) {
    RequestBody body = ModelUtils.getReferencedRequestBody(openAPI, operation.getRequestBody());
    if (body == null || body.getContent() == null || body.getContent().isEmpty()) {
      return;
    }
    String operationKey = GenerationReport.operationKey(op.httpMethod, specPath(op));
    MediaKind chosen = null;
    String contentType = null;
    Schema<?> schema = null;
    boolean base64Text = false;
    if (!op.formParams.isEmpty()) {
      for (Map.Entry<String, MediaType> entry : body.getContent().entrySet()) {
        MediaKind kind = MediaKind.of(entry.getKey(), entry.getValue().getSchema());
        if (kind == MediaKind.FORM || kind == MediaKind.MULTIPART) {
          chosen = kind;
          contentType = entry.getKey();
          break;
        }
      }
    } else if (op.bodyParam != null) {
      for (MediaKind wanted : new MediaKind[] {MediaKind.JSON, MediaKind.TEXT, MediaKind.BINARY}) {
        for (Map.Entry<String, MediaType> entry : body.getContent().entrySet()) {
          if (chosen == null && MediaKind.of(entry.getKey(), entry.getValue().getSchema()) == wanted) {
            chosen = wanted;
            contentType = entry.getKey();
            schema = entry.getValue().getSchema();
          }
        }
      }
      if (chosen == null) {
        // A media type the runtime has no encoder for (multipart/mixed, a form without fields, ...): the
        // caller gives the encoded bytes.
        Map.Entry<String, MediaType> first = body.getContent().entrySet().iterator().next();
        chosen = MediaKind.BINARY;
        contentType = first.getKey();
        schema = first.getValue().getSchema();
        codegen.report().degrade(where + ".requestBody", "a body offered only as " + contentType
            + ", which the runtime cannot encode", "a BinaryBody parameter: pass the body already encoded",
            operationKey);
      }
      String declaredType = op.bodyParam.dataType;
      if (chosen == MediaKind.TEXT && !"String".equals(declaredType)) {
        retype(op, "String");
        codegen.report().degrade(where + ".requestBody", "a structured body (" + describe(schema, openAPI)
            + ") offered only as " + contentType, "a String parameter: pass the body's text", operationKey);
      } else if (chosen == MediaKind.BINARY && !"BinaryBody".equals(declaredType)) {
        Schema<?> resolved = schema == null ? null : ModelUtils.getReferencedSchema(openAPI, schema);
        if (isBase64Text(resolved)) {
          // base64 text of the content: a String, sent as its bytes with the body's media type alone (a text
          // body would add "; charset=UTF-8", which an image/jpeg endpoint need not accept).
          retype(op, "String");
          base64Text = true;
        } else {
          retype(op, "BinaryBody");
          if (resolved != null && resolved.getType() != null && !"string".equals(resolved.getType())) {
            codegen.report().degrade(where + ".requestBody", "a body of media type " + contentType + " described by a "
                + "schema (" + describe(schema, openAPI) + ")", "a BinaryBody parameter: the body's bytes, whatever the "
                + "schema says", operationKey);
          }
        }
      }
    }
    if (chosen == null) {
      codegen.report().degrade(where + ".requestBody", "a request body with no media type the runtime can send",
          "no body parameter: the request is sent without a body", operationKey);
      return;
    }
    if (contentType.contains("*")) {
      String concrete = chosen == MediaKind.JSON ? "application/json"
          : chosen == MediaKind.TEXT ? "text/plain" : "application/octet-stream";
      codegen.report().degrade(where + ".requestBody", "a body offered only as the media range " + contentType,
          "sent as " + concrete + (chosen == MediaKind.BINARY ? " unless the BinaryBody has a content type of its own"
              : ""), operationKey);
      contentType = concrete;
    }
    // Set on the parameters too: inside a parameter's section the templates see only its own extensions.
    List<Map<String, Object>> targets = new ArrayList<>();
    targets.add(op.vendorExtensions);
    parameters(op).forEach(p -> targets.add(p.vendorExtensions));
    for (Map<String, Object> extensions : targets) {
      extensions.put(base64Text ? "x-tc-body-base64" : "x-tc-body-" + chosen.name().toLowerCase(Locale.ROOT), true);
      extensions.put("x-tc-body-content-type", contentType);
    }
  }

  /** A string of base64 text: {@code format: byte} or {@code base64} (3.1's {@code contentEncoding} becomes byte). */
  private static boolean isBase64Text(Schema<?> schema) {
    return schema != null && "string".equals(schema.getType())
        && ("byte".equals(schema.getFormat()) || "base64".equals(schema.getFormat()));
  }

  /** Gives the body parameter, in every list the generator keeps it in, another Java type. */
  private static void retype(CodegenOperation op, String javaType) {
    for (CodegenParameter param : parameters(op)) {
      if (param.isBodyParam) {
        param.dataType = javaType;
        param.baseType = javaType;
        param.isModel = false;
        param.isContainer = false;
        param.isArray = false;
        param.isMap = false;
        param.isString = "String".equals(javaType);
        param.isBinary = "BinaryBody".equals(javaType);
        param.isFile = false;
        param.isPrimitiveType = true;
      }
    }
  }

  /** A schema in a few words, for the report: its component name, else its type. */
  static String describe(Schema<?> schema, OpenAPI openAPI) {
    if (schema == null) {
      return "no schema";
    }
    if (schema.get$ref() != null) {
      return "schema " + ModelUtils.getSimpleRef(schema.get$ref());
    }
    String type = schema.getType() != null ? schema.getType() : schema.getTypes() != null
        ? String.join("/", schema.getTypes()) : "any type";
    return "type " + type + (schema.getFormat() != null ? ", format " + schema.getFormat() : "");
  }

  /** The operation's path as the spec writes it (its key under {@code paths}). */
  static String specPath(CodegenOperation op) {
    Object original = op.vendorExtensions.get("x-tc-spec-path");
    return original != null ? original.toString() : op.path;
  }

  private static void describeResponses(CodegenOperation op, Operation operation, OpenAPI openAPI,
      TaskclientsJavaCodegen codegen) {
    Map<String, ApiResponse> responses = operation.getResponses() == null ? Map.of() : operation.getResponses();
    boolean any2xx = responses.keySet().stream().anyMatch(code -> code.startsWith("2"));
    List<Map<String, Object>> described = new ArrayList<>();
    Set<String> successTypes = new LinkedHashSet<>();
    Set<String> accept = new LinkedHashSet<>();
    boolean allSuccessBinary = true;
    for (Map.Entry<String, ApiResponse> entry : responses.entrySet()) {
      ApiResponse response = ModelUtils.getReferencedApiResponse(openAPI, entry.getValue());
      String code = entry.getKey().toUpperCase(Locale.ROOT);
      boolean success = code.startsWith("2") || code.equals("DEFAULT") && !any2xx;
      MediaKind kind = null;
      String javaType = "Void";
      if (response.getContent() != null && !response.getContent().isEmpty()) {
        accept.addAll(response.getContent().keySet());
        Map.Entry<String, MediaType> media = MediaKind.preferredResponse(response.getContent());
        kind = MediaKind.of(media.getKey(), media.getValue().getSchema());
        javaType = javaType(kind, media.getValue().getSchema(), openAPI, codegen);
      }
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("status", code.equals("DEFAULT") ? "default" : code);
      values.put("kind", kind == null ? "NONE" : kind.name());
      values.put("typeToken", typeToken(javaType));
      values.put("javaType", javaType);
      values.put("success", success);
      described.add(values);
      if (success) {
        successTypes.add(javaType);
        allSuccessBinary &= kind == MediaKind.BINARY;
      }
    }
    Set<String> bodies = new LinkedHashSet<>(successTypes);
    bodies.remove("Void");
    String returnType = bodies.isEmpty() ? "Void" : bodies.size() == 1 ? bodies.iterator().next() : "Object";
    op.vendorExtensions.put("x-tc-responses", described);
    op.vendorExtensions.put("x-tc-return-type", returnType);
    op.vendorExtensions.put("x-tc-void", returnType.equals("Void"));
    op.vendorExtensions.put("x-tc-binary", !successTypes.isEmpty() && allSuccessBinary);
    op.vendorExtensions.put("x-tc-mixed-success", bodies.size() > 1);
    op.vendorExtensions.put("x-tc-accept", accept.isEmpty() ? null : String.join(", ", accept));
  }

  private static String javaType(MediaKind kind, Schema<?> schema, OpenAPI openAPI, TaskclientsJavaCodegen codegen) {
    switch (kind) {
      case TEXT:
        return "String";
      case BINARY:
        return "byte[]";
      default:
        if (schema == null) {
          return "JsonNode";
        }
        Schema<?> unaliased = ModelUtils.unaliasSchema(openAPI, schema, codegen.schemaMapping());
        // A body that is any JSON object (no properties, any additional ones) is read as a tree.
        if (ModelUtils.isFreeFormObject(ModelUtils.getReferencedSchema(openAPI, unaliased), openAPI)) {
          return "JsonNode";
        }
        return codegen.javaType(unaliased);
    }
  }

  /** A {@code java.lang.reflect.Type} expression for a Java type: a class literal, or a TypeReference for generics. */
  static String typeToken(String javaType) {
    return javaType.contains("<") ? "new TypeReference<" + javaType + ">() {}.getType()" : javaType + ".class";
  }

  /**
   * The operation's security requirements, each a set of schemes sent together. A mutual TLS scheme is the
   * HttpClient's, so it is left out of its requirement; a requirement of mutual TLS alone needs no credential.
   */
  private static void describeSecurity(CodegenOperation op, Operation operation, OpenAPI openAPI, Set<String> mutualTls) {
    List<SecurityRequirement> security = operation.getSecurity() != null ? operation.getSecurity() : openAPI.getSecurity();
    List<Map<String, Object>> alternatives = new ArrayList<>();
    if (security != null) {
      for (SecurityRequirement requirement : security) {
        alternatives.add(Map.of("schemes", requirement.keySet().stream().filter(name -> !mutualTls.contains(name))
            .map(name -> "\"" + JavaText.stringLiteralBody(name) + "\"").collect(Collectors.joining(", "))));
      }
    }
    op.vendorExtensions.put("x-tc-security", alternatives);
  }

  private static String upperFirst(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
