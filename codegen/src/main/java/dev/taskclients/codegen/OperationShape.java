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
    String where = "paths." + op.path + "." + op.httpMethod.toLowerCase(Locale.ROOT);
    describeParameters(op);
    describeBody(op, operation, openAPI, where);
    describeResponses(op, operation, openAPI, codegen);
    describeSecurity(op, operation, openAPI);
    List<Server> servers = operation.getServers() != null && !operation.getServers().isEmpty() ? operation.getServers()
        : pathServers;
    if (servers != null && !servers.isEmpty()) {
      op.vendorExtensions.put("x-tc-server", ClientShape.resolve(servers.get(0)));
    }
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

  private static void describeBody(CodegenOperation op, Operation operation, OpenAPI openAPI, String where) {
    RequestBody body = ModelUtils.getReferencedRequestBody(openAPI, operation.getRequestBody());
    if (body == null || body.getContent() == null || body.getContent().isEmpty()) {
      return;
    }
    MediaKind chosen = null;
    String contentType = null;
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
          }
        }
      }
      if (chosen == MediaKind.TEXT && !"String".equals(op.bodyParam.dataType)) {
        throw new UnsupportedSpecException(where + ".requestBody",
            "a structured body offered only as " + contentType + " (not JSON) is not supported");
      }
      if (chosen == MediaKind.BINARY && !"BinaryBody".equals(op.bodyParam.dataType)) {
        throw new UnsupportedSpecException(where + ".requestBody",
            "a " + contentType + " body must have a binary schema (type: string, format: binary)");
      }
    }
    if (chosen == null) {
      throw new UnsupportedSpecException(where + ".requestBody", "no media type of the request body can be sent");
    }
    // Set on the parameters too: inside a parameter's section the templates see only its own extensions.
    List<Map<String, Object>> targets = new ArrayList<>();
    targets.add(op.vendorExtensions);
    parameters(op).forEach(p -> targets.add(p.vendorExtensions));
    for (Map<String, Object> extensions : targets) {
      extensions.put("x-tc-body-" + chosen.name().toLowerCase(Locale.ROOT), true);
      extensions.put("x-tc-body-content-type", contentType);
    }
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

  private static void describeSecurity(CodegenOperation op, Operation operation, OpenAPI openAPI) {
    List<SecurityRequirement> security = operation.getSecurity() != null ? operation.getSecurity() : openAPI.getSecurity();
    List<Map<String, Object>> alternatives = new ArrayList<>();
    if (security != null) {
      for (SecurityRequirement requirement : security) {
        alternatives.add(Map.of("schemes", requirement.keySet().stream()
            .map(name -> "\"" + JavaText.stringLiteralBody(name) + "\"").collect(Collectors.joining(", "))));
      }
    }
    op.vendorExtensions.put("x-tc-security", alternatives);
  }

  private static String upperFirst(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
