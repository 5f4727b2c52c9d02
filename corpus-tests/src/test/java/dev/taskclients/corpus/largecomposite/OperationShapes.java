package dev.taskclients.corpus.largecomposite;

import static dev.taskclients.corpus.largecomposite.OrderedMaps.l;
import static dev.taskclients.corpus.largecomposite.OrderedMaps.m;
import static dev.taskclients.corpus.largecomposite.OrderedMaps.mo;

import java.util.List;
import java.util.Map;

/**
 * The operation, parameter, request body and response shapes the spec is written with, as ordered
 * maps.
 */
final class OperationShapes {
  private OperationShapes() {}

  /**
   * An operation: its id, summary, one tag, parameters (none left out), request body and responses.
   */
  static Map<String, Object> op(
      String id,
      String summary,
      String tag,
      List<Object> params,
      Object body,
      Map<String, Object> responses) {
    return mo(
        "operationId",
        id,
        "summary",
        summary,
        "tags",
        l(tag),
        "parameters",
        params.isEmpty() ? null : params,
        "requestBody",
        body,
        "responses",
        responses);
  }

  /** Responses by status code, in order: code, response, code, response... */
  static Map<String, Object> codes(Object... kv) {
    return m(kv);
  }

  /** A reference to a component parameter. */
  static Map<String, Object> param(String name) {
    return m("$ref", "#/components/parameters/" + name);
  }

  /** An optional query parameter. */
  static Map<String, Object> query(String name, String description, Object schema) {
    return m("name", name, "in", "query", "description", description, "schema", schema);
  }

  /** A required JSON request body. */
  static Map<String, Object> body(String description, Object schema) {
    return requestBody(description, schema, null);
  }

  /** A required JSON request body with an example. */
  static Map<String, Object> bodyEx(String description, Object schema, Object example) {
    return requestBody(description, schema, example);
  }

  /** A required JSON request body, with an example unless null; null without a schema. */
  static Map<String, Object> requestBody(String description, Object schema, Object example) {
    return schema == null
        ? null
        : m(
            "description",
            description,
            "required",
            true,
            "content",
            m("application/json", mo("schema", schema, "example", example)));
  }

  /** A JSON response. */
  static Map<String, Object> json(String description, Object schema) {
    return response(description, schema, null);
  }

  /** A JSON response with an example. */
  static Map<String, Object> jsonEx(String description, Object schema, Object example) {
    return response(description, schema, example);
  }

  /** A JSON response, with an example unless null. */
  static Map<String, Object> response(String description, Object schema, Object example) {
    return m(
        "description",
        description,
        "content",
        m("application/json", mo("schema", schema, "example", example)));
  }

  /** A response without content. */
  static Map<String, Object> noContent(String description) {
    return m("description", description);
  }

  /** The shared 404 response. */
  static Map<String, Object> notFound() {
    return m("$ref", "#/components/responses/NotFound");
  }

  /** The shared 400 response. */
  static Map<String, Object> badRequest() {
    return m("$ref", "#/components/responses/BadRequest");
  }
}
