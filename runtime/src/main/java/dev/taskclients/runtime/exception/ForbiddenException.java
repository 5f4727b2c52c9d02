package dev.taskclients.runtime.exception;

/** HTTP 403 Forbidden: the credential may not do this. */
public class ForbiddenException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; the arguments are {@link ApiException}'s. */
  public ForbiddenException(
      int statusCode,
      java.util.Map<String, java.util.List<String>> headers,
      String rawBody,
      Object errorBody,
      String requestId) {
    super(statusCode, headers, rawBody, errorBody, requestId);
  }
}
