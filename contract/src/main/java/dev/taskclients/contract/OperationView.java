package dev.taskclients.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.CodegenParameter;
import org.openapitools.codegen.CodegenResponse;

/**
 * What the gate reads from a generated operation: its name, path, parameters in the order the raw
 * method takes them, and its documented responses, all from the generator's {@code x-tc-*} vendor
 * extensions.
 */
final class OperationView {
  private final CodegenOperation op;

  /**
   * Wraps an operation.
   *
   * @param op the operation as the generator produced it
   */
  OperationView(CodegenOperation op) {
    this.op = op;
  }

  /** @return the operation as the generator produced it */
  CodegenOperation operation() {
    return op;
  }

  /** @return the name reports use: the spec's operationId, else the generated method name */
  String name() {
    return op.operationIdOriginal != null && !op.operationIdOriginal.isBlank() ? op.operationIdOriginal : op.nickname;
  }

  /**
   * @return the JSON name of the field a page links to the next one by, when the operation is marked
   *     {@code x-taskclients-pages}; null otherwise
   */
  String nextField() {
    return op.vendorExtensions.get("x-taskclients-pages") instanceof Map<?, ?> pages
        && pages.get("nextField") != null ? pages.get("nextField").toString() : null;
  }

  /**
   * @return the root client's accessor of the sub-client that holds the operation, or null when the root client holds
   *     it (a spec with one tag or none, or an operation with no tag)
   */
  String groupAccessor() {
    Object accessor = op.vendorExtensions.get("x-tc-group-accessor");
    return accessor instanceof String s ? s : null;
  }

  /** @return the raw client's method name */
  String methodName() {
    return op.nickname;
  }

  /** @return the path template the client calls (a spec key's query string or fragment repaired away) */
  String path() {
    return op.path;
  }

  /** @return the operation's path key in the spec, which finds it there */
  String specPath() {
    Object key = op.vendorExtensions.get("x-tc-spec-path");
    return key == null ? op.path : key.toString();
  }

  /** @return how operations are told apart in reports and validation documents: {@code METHOD <spec path key>} */
  String key() {
    return httpMethod() + " " + specPath();
  }

  /**
   * How the generated client sends the request body, as the generator decided (a body the spec describes
   * with a schema its media type cannot carry is sent as bytes or text).
   *
   * @return the kind, or null when the operation sends no body parameter
   */
  BodyKind bodyKind() {
    if (Boolean.TRUE.equals(op.vendorExtensions.get("x-tc-body-base64"))) {
      return BodyKind.TEXT; // base64 text the client sends as bytes: the gate gives it text
    }
    for (BodyKind kind : BodyKind.values()) {
      if (Boolean.TRUE.equals(op.vendorExtensions.get("x-tc-body-" + kind.name().toLowerCase(Locale.ROOT)))) {
        return kind;
      }
    }
    return null;
  }

  /** @return the HTTP method, upper case */
  String httpMethod() {
    return op.httpMethod.toUpperCase(Locale.ROOT);
  }

  /** @return the media type the request body is sent as, or null */
  String bodyContentType() {
    Object type = op.vendorExtensions.get("x-tc-body-content-type");
    return type == null ? null : type.toString();
  }

  /** @return whether the request body is sent as JSON */
  boolean sendsJsonBody() {
    return Boolean.TRUE.equals(op.vendorExtensions.get("x-tc-body-json"));
  }

  /** @return the positional parameters of the raw method, in order (the request-id header never among them) */
  @SuppressWarnings("unchecked")
  List<CodegenParameter> requiredParams() {
    Object declared = op.vendorExtensions.get("x-tc-required-params");
    if (declared != null) {
      return (List<CodegenParameter>) declared;
    }
    // FALLBACK for a generator older than x-tc-required-params: the generator's own list.
    return withoutRequestId(op.requiredParams);
  }

  /** @return the name of the nested class holding the optional parameters, or null when there is none */
  String paramsClass() {
    Object name = op.vendorExtensions.get("x-tc-params-class");
    return name instanceof String s ? s : null;
  }

  /** @return the optional parameters, each a setter of the params class */
  @SuppressWarnings("unchecked")
  List<CodegenParameter> optionalParams() {
    Object declared = op.vendorExtensions.get("x-tc-optional-params");
    return declared == null ? List.of() : (List<CodegenParameter>) declared;
  }

  /** @return the documented responses */
  @SuppressWarnings("unchecked")
  List<DocumentedResponse> responses() {
    Object declared = op.vendorExtensions.get("x-tc-responses");
    List<DocumentedResponse> responses = new ArrayList<>();
    if (declared != null) {
      for (Map<String, Object> r : (List<Map<String, Object>>) declared) {
        responses.add(new DocumentedResponse(String.valueOf(r.get("status")), String.valueOf(r.get("kind")),
            String.valueOf(r.get("javaType")), Boolean.TRUE.equals(r.get("success"))));
      }
      return responses;
    }
    // FALLBACK for a generator older than x-tc-responses: JSON bodies of the generator's own response list.
    boolean any2xx = op.responses.stream().anyMatch(r -> r.code.startsWith("2"));
    for (CodegenResponse r : op.responses) {
      boolean isDefault = r.isDefault || "0".equals(r.code) || "default".equalsIgnoreCase(r.code);
      String status = isDefault ? "default" : r.code.toUpperCase(Locale.ROOT);
      boolean success = status.startsWith("2") || isDefault && !any2xx;
      responses.add(new DocumentedResponse(status, r.dataType == null ? "NONE" : "JSON",
          r.dataType == null ? "Void" : r.dataType, success));
    }
    return responses;
  }

  private static List<CodegenParameter> withoutRequestId(List<CodegenParameter> params) {
    return params.stream().filter(p -> !Boolean.TRUE.equals(p.vendorExtensions.get("x-taskclients-request-id")))
        .collect(Collectors.toList());
  }
}
