package dev.taskclients.runtime.exception;

/** HTTP 400 Bad Request: the request was malformed or invalid. */
public class BadRequestException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; the arguments are {@link ApiException}'s. */
  public BadRequestException(
      int statusCode,
      java.util.Map<String, java.util.List<String>> headers,
      String rawBody,
      Object errorBody,
      String requestId) {
    super(statusCode, headers, rawBody, errorBody, requestId);
  }
}
