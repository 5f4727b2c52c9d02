package dev.taskclients.runtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.taskclients.runtime.Json;
import dev.taskclients.runtime.JsonModel;
import java.util.List;
import java.util.Map;

/** Builds error messages that read well on their own. */
public final class ErrorMessages {
  private static final int MAX_BODY_IN_MESSAGE = 200;
  private static final Map<Integer, String> REASONS =
      Map.ofEntries(
          Map.entry(300, "Multiple Choices"),
          Map.entry(301, "Moved Permanently"),
          Map.entry(302, "Found"),
          Map.entry(303, "See Other"),
          Map.entry(304, "Not Modified"),
          Map.entry(307, "Temporary Redirect"),
          Map.entry(308, "Permanent Redirect"),
          Map.entry(400, "Bad Request"),
          Map.entry(401, "Unauthorized"),
          Map.entry(403, "Forbidden"),
          Map.entry(404, "Not Found"),
          Map.entry(405, "Method Not Allowed"),
          Map.entry(406, "Not Acceptable"),
          Map.entry(408, "Request Timeout"),
          Map.entry(409, "Conflict"),
          Map.entry(410, "Gone"),
          Map.entry(413, "Content Too Large"),
          Map.entry(415, "Unsupported Media Type"),
          Map.entry(418, "I'm a teapot"),
          Map.entry(422, "Unprocessable Entity"),
          Map.entry(429, "Too Many Requests"),
          Map.entry(500, "Internal Server Error"),
          Map.entry(501, "Not Implemented"),
          Map.entry(502, "Bad Gateway"),
          Map.entry(503, "Service Unavailable"),
          Map.entry(504, "Gateway Timeout"),
          Map.entry(505, "HTTP Version Not Supported"));

  private ErrorMessages() {}

  /** E.g. {@code HTTP 404 Not Found: Task not found with ID: task_1 (request-id: r-42)}. */
  public static String describe(int status, Object errorBody, String rawBody, String requestId) {
    String reason = REASONS.get(status);
    String detail = extract(errorBody);
    if (detail == null && rawBody != null && !rawBody.isBlank()) {
      detail = truncate(rawBody.strip(), MAX_BODY_IN_MESSAGE);
    }
    return "HTTP "
        + status
        + (reason == null ? "" : " " + reason)
        + (detail == null ? "" : ": " + detail)
        + (requestId == null ? "" : " (request-id: " + requestId + ")");
  }

  /**
   * The API's own message: {@code error} if a string, else {@code error.message}, {@code message},
   * {@code detail}.
   */
  public static String extract(Object errorBody) {
    JsonNode tree = tree(errorBody);
    JsonNode error = tree.path("error");
    for (JsonNode text :
        List.of(error, error.path("message"), tree.path("message"), tree.path("detail"))) {
      if (text.isTextual()) {
        return text.asText();
      }
    }
    return null;
  }

  /** The error body as a JSON object, else a missing node (in which every path is missing too). */
  private static JsonNode tree(Object errorBody) {
    JsonNode tree =
        errorBody instanceof JsonModel
            ? Json.shared().valueToTree(errorBody)
            : errorBody instanceof JsonNode node ? node : null;
    return tree != null && tree.isObject() ? tree : MissingNode.getInstance();
  }

  /** The text, cut to {@code max} characters with its full length noted. */
  public static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "… (" + text.length() + " chars)";
  }
}
