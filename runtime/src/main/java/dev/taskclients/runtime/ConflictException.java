package dev.taskclients.runtime;

import java.util.List;
import java.util.Map;

/** HTTP 409 Conflict: the request conflicts with the resource's state. */
public class ConflictException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param statusCode the HTTP status
   * @param headers the response headers
   * @param rawBody the body as received
   * @param errorBody the parsed error body, or null
   * @param requestId the request id, or null
   */
  public ConflictException(int statusCode, Map<String, List<String>> headers, String rawBody, Object errorBody, String requestId) {
    super(statusCode, headers, rawBody, errorBody, requestId);
  }
}
