package dev.taskclients.runtime.exception;

/** HTTP 404 Not Found: no such resource, e.g. no task with this id. */
public class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; the arguments are {@link ApiException}'s. */
  public NotFoundException(
      int statusCode,
      java.util.Map<String, java.util.List<String>> headers,
      String rawBody,
      Object errorBody,
      String requestId) {
    super(statusCode, headers, rawBody, errorBody, requestId);
  }
}
