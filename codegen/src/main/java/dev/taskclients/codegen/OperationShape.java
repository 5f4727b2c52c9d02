package dev.taskclients.codegen;

import dev.taskclients.codegen.view.BodyKind;
import dev.taskclients.codegen.view.ResponseKind;
import dev.taskclients.codegen.view.ResponseView;
import dev.taskclients.codegen.view.SecurityRequirementView;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.servers.Server;
import java.util.ArrayList;
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
 * What one operation's methods need beyond the generator's variables, computed from the spec when
 * the generator reads the operation (before the layout names its classes), for {@link
 * OperationViews} to put into the operation's {@link dev.taskclients.codegen.view.OperationView}:
 *
 * <ul>
 *   <li>how each documented status is read, so the runtime parses each status (error statuses
 *       included) into its own type, and the Java type a call answers with: JSON bodies are their
 *       model (or {@code List}/{@code Map}/ primitive), text is {@code String}, bytes are {@code
 *       byte[]}, no body is {@code Void}; when the 2xx responses differ in type the call answers
 *       {@code Object}, holding the type of the status that came;
 *   <li>how the request body is sent, the media types accepted, the security requirements and the
 *       server.
 * </ul>
 *
 * <p>Optional parameters go into a typed {@code <Operation>Params} object with a builder, never
 * into a positional list: a positional {@code null} says nothing at the call site, and a spec that
 * adds an optional parameter later then adds a builder method instead of changing every method
 * signature.
 */
final class OperationShape {
  private final String specPath;
  private BodyKind bodyKind;
  private String bodyContentType;
  private List<ResponseView> responses = List.of();
  private String returnType = "Void";
  private boolean streamable;
  private String accept;
  private List<SecurityRequirementView> security = List.of();
  private String server;
  private List<String> degradations = List.of();

  private OperationShape(String specPath) {
    this.specPath = specPath;
  }

  /**
   * Describes an operation the generator has just read; repairs its body parameter where the
   * generator made none or the media type cannot carry its schema (a degradation, reported).
   *
   * @param op the generator's operation
   * @param specPath the operation's path key in the spec
   * @param operation the spec's operation
   * @param pathServers the servers of its path item
   * @param openAPI the spec
   * @param codegen the generator, for Java types and the report
   * @return what the operation's methods need
   */
  static OperationShape describe(
      CodegenOperation op,
      String specPath,
      Operation operation,
      List<Server> pathServers,
      OpenAPI openAPI,
      TaskclientsJavaCodegen codegen) {
    OperationShape shape = new OperationShape(specPath);
    String where = "paths." + specPath + "." + op.httpMethod.toLowerCase(Locale.ROOT);
    ensureBodyParameter(op, operation, openAPI);
    shape.describeBody(op, operation, openAPI, where, codegen);
    shape.describeResponses(operation, openAPI, codegen);
    shape.describeSecurity(operation, openAPI, ClientShape.mutualTlsSchemes(openAPI));
    List<Server> servers =
        operation.getServers() != null && !operation.getServers().isEmpty()
            ? operation.getServers()
            : pathServers;
    if (servers != null && !servers.isEmpty()) {
      shape.server = ClientShape.resolve(servers.get(0));
    }
    return shape;
  }

  /**
   * @return the operation's path key in the spec
   */
  String specPath() {
    return specPath;
  }

  /**
   * @return how the body is sent, or null when the operation sends none
   */
  BodyKind bodyKind() {
    return bodyKind;
  }

  /**
   * @return the media type the body is sent as, or null
   */
  String bodyContentType() {
    return bodyContentType;
  }

  /**
   * @return every documented response, in the spec's order
   */
  List<ResponseView> responses() {
    return responses;
  }

  /**
   * @return the Java type a call answers with
   */
  String returnType() {
    return returnType;
  }

  /**
   * @return whether every 2xx body is bytes
   */
  boolean streamable() {
    return streamable;
  }

  /**
   * @return the media types accepted, joined, or null
   */
  String accept() {
    return accept;
  }

  /**
   * @return the ways to authenticate
   */
  List<SecurityRequirementView> security() {
    return security;
  }

  /**
   * @return the operation's own server, or null
   */
  String server() {
    return server;
  }

  /**
   * @return what was generated in a more generic form, one sentence each
   */
  List<String> degradations() {
    return degradations;
  }

  /**
   * Records the operation's degradations, once its body and parameters are described.
   *
   * @param notes one sentence each
   */
  void degradations(List<String> notes) {
    this.degradations = List.copyOf(notes);
  }

  /**
   * Whether an operation has optional parameters, and so a parameter class (the request-id header
   * the runtime fills is none).
   *
   * @param op the operation
   * @return true when it has some
   */
  static boolean hasOptionalParameters(CodegenOperation op) {
    return op.optionalParams.stream().anyMatch(p -> !TaskclientsJavaCodegen.isRequestIdHeader(p));
  }

  /**
   * A request body the generator made no parameter for (a form whose schema has no fields: a
   * string, an array) still needs one: a {@code body} parameter, which {@link #describeBody} makes
   * bytes the caller encodes.
   */
  private static void ensureBodyParameter(
      CodegenOperation op, Operation operation, OpenAPI openAPI) {
    RequestBody body = ModelUtils.getReferencedRequestBody(openAPI, operation.getRequestBody());
    if (body == null
        || body.getContent() == null
        || body.getContent().isEmpty()
        || op.bodyParam != null
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
    List<CodegenParameter> every =
        Stream.of(
                op.allParams,
                op.pathParams,
                op.queryParams,
                op.headerParams,
                op.cookieParams,
                op.formParams,
                op.bodyParams,
                op.requiredParams,
                op.optionalParams)
            .flatMap(List::stream)
            .collect(Collectors.toList());
    if (op.bodyParam != null) {
      every.add(op.bodyParam);
    }
    return every;
  }

  /**
   * How the request body is sent. A body that is neither JSON nor a form is bytes ({@code
   * BinaryBody}), or text ({@code String}) for {@code text/*}, XML and base64 strings, whatever its
   * schema says: a schema the media type cannot carry as typed (an object offered only as {@code
   * text/plain}, say) degrades the body, not the spec.
   */
  private void describeBody(
      CodegenOperation op,
      Operation operation,
      OpenAPI openAPI,
      String where,
      TaskclientsJavaCodegen codegen) {
    RequestBody body = ModelUtils.getReferencedRequestBody(openAPI, operation.getRequestBody());
    if (body == null || body.getContent() == null || body.getContent().isEmpty()) {
      return;
    }
    String operationKey = GenerationReport.operationKey(op.httpMethod, specPath);
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
          if (chosen == null
              && MediaKind.of(entry.getKey(), entry.getValue().getSchema()) == wanted) {
            chosen = wanted;
            contentType = entry.getKey();
            schema = entry.getValue().getSchema();
          }
        }
      }
      if (chosen == null) {
        // A media type the runtime has no encoder for (multipart/mixed, a form without fields,
        // ...): the caller gives the encoded bytes.
        Map.Entry<String, MediaType> first = body.getContent().entrySet().iterator().next();
        chosen = MediaKind.BINARY;
        contentType = first.getKey();
        schema = first.getValue().getSchema();
        codegen
            .report()
            .degrade(
                where + ".requestBody",
                "a body offered only as " + contentType + ", which the runtime cannot encode",
                "a BinaryBody parameter: pass the body already encoded",
                operationKey);
      }
      String declaredType = op.bodyParam.dataType;
      if (chosen == MediaKind.TEXT && !"String".equals(declaredType)) {
        retype(op, "String");
        codegen
            .report()
            .degrade(
                where + ".requestBody",
                "a structured body ("
                    + describe(schema, openAPI)
                    + ") offered only as "
                    + contentType,
                "a String parameter: pass the body's text",
                operationKey);
      } else if (chosen == MediaKind.BINARY && !"BinaryBody".equals(declaredType)) {
        Schema<?> resolved =
            schema == null ? null : ModelUtils.getReferencedSchema(openAPI, schema);
        if (isBase64Text(resolved)) {
          // base64 text of the content: a String, sent as its bytes with the body's media type
          // alone (a text body would add "; charset=UTF-8", which an image/jpeg endpoint need not
          // accept).
          retype(op, "String");
          base64Text = true;
        } else {
          retype(op, "BinaryBody");
          if (resolved != null
              && resolved.getType() != null
              && !"string".equals(resolved.getType())) {
            codegen
                .report()
                .degrade(
                    where + ".requestBody",
                    "a body of media type "
                        + contentType
                        + " described by a "
                        + "schema ("
                        + describe(schema, openAPI)
                        + ")",
                    "a BinaryBody parameter: the body's bytes, whatever the " + "schema says",
                    operationKey);
          }
        }
      }
    }
    if (chosen == null) {
      codegen
          .report()
          .degrade(
              where + ".requestBody",
              "a request body with no media type the runtime can send",
              "no body parameter: the request is sent without a body",
              operationKey);
      return;
    }
    if (contentType.contains("*")) {
      String concrete =
          chosen == MediaKind.JSON
              ? "application/json"
              : chosen == MediaKind.TEXT ? "text/plain" : "application/octet-stream";
      codegen
          .report()
          .degrade(
              where + ".requestBody",
              "a body offered only as the media range " + contentType,
              "sent as "
                  + concrete
                  + (chosen == MediaKind.BINARY
                      ? " unless the BinaryBody has a content type of its own"
                      : ""),
              operationKey);
      contentType = concrete;
    }
    bodyKind = base64Text ? BodyKind.BASE64 : BodyKind.valueOf(chosen.name());
    bodyContentType = contentType;
  }

  /**
   * A string of base64 text: {@code format: byte} or {@code base64} (3.1's {@code contentEncoding}
   * becomes byte).
   */
  private static boolean isBase64Text(Schema<?> schema) {
    return schema != null
        && "string".equals(schema.getType())
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
    String type =
        schema.getType() != null
            ? schema.getType()
            : schema.getTypes() != null ? String.join("/", schema.getTypes()) : "any type";
    return "type " + type + (schema.getFormat() != null ? ", format " + schema.getFormat() : "");
  }

  private void describeResponses(
      Operation operation, OpenAPI openAPI, TaskclientsJavaCodegen codegen) {
    Map<String, ApiResponse> documented =
        operation.getResponses() == null ? Map.of() : operation.getResponses();
    boolean any2xx = documented.keySet().stream().anyMatch(code -> code.startsWith("2"));
    List<ResponseView> described = new ArrayList<>();
    Set<String> successTypes = new LinkedHashSet<>();
    Set<String> accept = new LinkedHashSet<>();
    boolean allSuccessBinary = true;
    for (Map.Entry<String, ApiResponse> entry : documented.entrySet()) {
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
      described.add(
          new ResponseView(
              code.equals("DEFAULT") ? "default" : code,
              kind == null ? ResponseKind.NONE : ResponseKind.valueOf(kind.name()),
              javaType,
              success,
              codegen.escapeText(response.getDescription())));
      if (success) {
        successTypes.add(javaType);
        allSuccessBinary &= kind == MediaKind.BINARY;
      }
    }
    Set<String> bodies = new LinkedHashSet<>(successTypes);
    bodies.remove("Void");
    responses = List.copyOf(described);
    returnType =
        bodies.isEmpty() ? "Void" : bodies.size() == 1 ? bodies.iterator().next() : "Object";
    streamable = !successTypes.isEmpty() && allSuccessBinary;
    this.accept = accept.isEmpty() ? null : String.join(", ", accept);
  }

  private static String javaType(
      MediaKind kind, Schema<?> schema, OpenAPI openAPI, TaskclientsJavaCodegen codegen) {
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
        if (ModelUtils.isFreeFormObject(
            ModelUtils.getReferencedSchema(openAPI, unaliased), openAPI)) {
          return "JsonNode";
        }
        return codegen.javaType(unaliased);
    }
  }

  /**
   * The operation's security requirements, each a set of schemes sent together. A mutual TLS scheme
   * is the HttpClient's, so it is left out of its requirement; a requirement of mutual TLS alone
   * needs no credential.
   */
  private void describeSecurity(Operation operation, OpenAPI openAPI, Set<String> mutualTls) {
    List<SecurityRequirement> declared =
        operation.getSecurity() != null ? operation.getSecurity() : openAPI.getSecurity();
    List<SecurityRequirementView> alternatives = new ArrayList<>();
    if (declared != null) {
      for (SecurityRequirement requirement : declared) {
        alternatives.add(
            new SecurityRequirementView(
                requirement.keySet().stream()
                    .filter(name -> !mutualTls.contains(name))
                    .collect(Collectors.toList())));
      }
    }
    security = List.copyOf(alternatives);
  }
}
