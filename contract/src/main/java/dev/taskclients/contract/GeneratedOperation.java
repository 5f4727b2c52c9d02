package dev.taskclients.contract;

import dev.taskclients.codegen.view.BodyView;
import dev.taskclients.codegen.view.OperationView;
import dev.taskclients.codegen.view.ParameterView;
import java.util.List;

/**
 * What the gate reads from a generated operation: its name, path, parameters in the order the raw
 * method takes them, and its documented responses, all from the generator's view of it ({@link
 * OperationView}, the record its templates read).
 */
final class GeneratedOperation {
  private final OperationView op;

  /**
   * Wraps an operation.
   *
   * @param op the operation as the generator described it to its templates
   */
  GeneratedOperation(OperationView op) {
    this.op = op;
  }

  /**
   * @return the name reports use: the spec's operationId, else the generated method name
   */
  String name() {
    return op.operationId() != null ? op.operationId() : op.methodName();
  }

  /**
   * @return the JSON name of the field a page links to the next one by, when the operation is
   *     marked {@code x-taskclients-pages}; null otherwise
   */
  String nextField() {
    return op.pages() == null ? null : op.pages().nextField();
  }

  /**
   * @return the root client's accessor of the sub-client that holds the operation, or null when the
   *     root client holds it (a spec with one tag or none, or an operation with no tag)
   */
  String groupAccessor() {
    return op.groupAccessor();
  }

  /**
   * @return the raw client's method name
   */
  String methodName() {
    return op.methodName();
  }

  /**
   * @return the path template the client calls (a spec key's query string or fragment repaired
   *     away)
   */
  String path() {
    return op.request().path();
  }

  /**
   * @return the operation's path key in the spec, which finds it there
   */
  String specPath() {
    return op.request().specPath();
  }

  /**
   * @return how operations are told apart in reports and validation documents: {@code METHOD <spec
   *     path key>}
   */
  String key() {
    return httpMethod() + " " + specPath();
  }

  /**
   * How the generated client sends the request body, as the generator decided (a body the spec
   * describes with a schema its media type cannot carry is sent as bytes or text).
   *
   * @return the kind, or null when the operation sends no body
   */
  BodyKind bodyKind() {
    BodyView body = op.request().body();
    if (body == null) {
      return null;
    }
    return switch (body.kind()) {
      case JSON -> BodyKind.JSON;
      case TEXT, BASE64 ->
          BodyKind.TEXT; // base64 text the client sends as bytes: the gate gives it text
      case BINARY -> BodyKind.BINARY;
      case FORM -> BodyKind.FORM;
      case MULTIPART -> BodyKind.MULTIPART;
    };
  }

  /**
   * @return the HTTP method, upper case
   */
  String httpMethod() {
    return op.request().method().name();
  }

  /**
   * @return the media type the request body is sent as, or null
   */
  String bodyContentType() {
    return op.request().body() == null ? null : op.request().body().contentType();
  }

  /**
   * @return whether the request body is sent as JSON
   */
  boolean sendsJsonBody() {
    return op.request().body() != null && op.request().body().json();
  }

  /**
   * @return the request body's parameter, or null (no body, or a form whose fields are parameters)
   */
  ParameterView bodyParameter() {
    return op.request().body() == null ? null : op.request().body().parameter();
  }

  /**
   * @return the positional parameters of the raw method, in order (the request-id header never
   *     among them)
   */
  List<ParameterView> requiredParams() {
    return op.required();
  }

  /**
   * @return the name of the class holding the optional parameters, or null when there is none
   */
  String paramsClass() {
    return op.paramsClass();
  }

  /**
   * @return the optional parameters, each a setter of the params class
   */
  List<ParameterView> optionalParams() {
    return op.optional();
  }

  /**
   * @return the documented responses
   */
  List<DocumentedResponse> responses() {
    return op.request().responses().stream()
        .map(r -> new DocumentedResponse(r.status(), r.kind().name(), r.javaType(), r.success()))
        .toList();
  }
}
