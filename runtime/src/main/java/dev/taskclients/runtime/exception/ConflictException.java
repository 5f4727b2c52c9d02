package dev.taskclients.runtime.exception;

/** HTTP 409 Conflict: the request conflicts with the resource's state. */
public class ConflictException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; the arguments are {@link ApiException}'s. */
  public ConflictException(
      int statusCode,
      java.util.Map<String, java.util.List<String>> headers,
      String rawBody,
      Object errorBody,
      String requestId) {
    super(statusCode, headers, rawBody, errorBody, requestId);
  }
}
