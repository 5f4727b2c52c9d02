package dev.taskclients.runtime.internal;

import dev.taskclients.runtime.Json;
import dev.taskclients.runtime.JsonModel;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** Builds error messages that read well on their own. */
public final class ErrorMessages {
  private static final int MAX_BODY_IN_MESSAGE = 200;
  private static final Map<Integer, String> REASONS = Map.ofEntries(
      Map.entry(300, "Multiple Choices"), Map.entry(301, "Moved Permanently"), Map.entry(302, "Found"),
      Map.entry(303, "See Other"), Map.entry(304, "Not Modified"), Map.entry(307, "Temporary Redirect"),
      Map.entry(308, "Permanent Redirect"), Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"),
      Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"),
      Map.entry(406, "Not Acceptable"), Map.entry(408, "Request Timeout"), Map.entry(409, "Conflict"),
      Map.entry(410, "Gone"), Map.entry(413, "Content Too Large"), Map.entry(415, "Unsupported Media Type"),
      Map.entry(418, "I'm a teapot"), Map.entry(422, "Unprocessable Entity"), Map.entry(429, "Too Many Requests"),
      Map.entry(500, "Internal Server Error"), Map.entry(501, "Not Implemented"), Map.entry(502, "Bad Gateway"),
      Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"),
      Map.entry(505, "HTTP Version Not Supported"));

  private ErrorMessages() {
  }

  /** E.g. {@code HTTP 404 Not Found: Task not found with ID: task_1 (request-id: r-42)}. */
  public static String describe(int status, Object errorBody, String rawBody, String requestId) {
    StringBuilder message = new StringBuilder("HTTP ").append(status);
    String reason = REASONS.get(status);
    if (reason != null) {
      message.append(' ').append(reason);
    }
    String detail = extract(errorBody);
    if (detail == null && rawBody != null && !rawBody.isBlank()) {
      detail = truncate(rawBody.strip(), MAX_BODY_IN_MESSAGE);
    }
    if (detail != null) {
      message.append(": ").append(detail);
    }
    if (requestId != null) {
      message.append(" (request-id: ").append(requestId).append(')');
    }
    return message.toString();
  }

  /**
   * The API's own message: {@code error} when a string, else {@code error.message}, else
   * {@code message}, else {@code detail}.
   */
  public static String extract(Object errorBody) {
    JsonNode tree = errorBody instanceof JsonModel
        ? Json.shared().valueToTree(errorBody)
        : errorBody instanceof JsonNode ? (JsonNode) errorBody : null;
    if (tree == null || !tree.isObject()) {
      return null;
    }
    JsonNode error = tree.get("error");
    if (error != null && error.isTextual()) {
      return error.asText();
    }
    if (error != null && error.isObject() && error.path("message").isTextual()) {
      return error.get("message").asText();
    }
    for (String field : new String[] {"message", "detail"}) {
      if (tree.path(field).isTextual()) {
        return tree.get(field).asText();
      }
    }
    return null;
  }

  /** Whether an error body says not to retry: beatra's {@code error.retryable}, or a top-level {@code retryable}. */
  public static boolean saysNotRetryable(Object errorBody) {
    JsonNode tree = errorBody instanceof JsonModel
        ? Json.shared().valueToTree(errorBody)
        : errorBody instanceof JsonNode ? (JsonNode) errorBody : null;
    if (tree == null || !tree.isObject()) {
      return false;
    }
    JsonNode flag = tree.path("error").isObject() ? tree.path("error").path("retryable") : tree.path("retryable");
    return flag.isBoolean() && !flag.booleanValue();
  }

  public static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "… (" + text.length() + " chars)";
  }
}
