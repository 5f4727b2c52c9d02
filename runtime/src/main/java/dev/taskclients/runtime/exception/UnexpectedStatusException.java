package dev.taskclients.runtime.exception;

/** HTTP a status the client has no dedicated type for (3xx, other 4xx). */
public class UnexpectedStatusException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; the arguments are {@link ApiException}'s. */
  public UnexpectedStatusException(
      int statusCode,
      java.util.Map<String, java.util.List<String>> headers,
      String rawBody,
      Object errorBody,
      String requestId) {
    super(statusCode, headers, rawBody, errorBody, requestId);
  }
}
