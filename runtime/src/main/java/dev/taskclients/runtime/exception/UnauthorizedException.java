package dev.taskclients.runtime.exception;

/** HTTP 401 Unauthorized: the credential is missing or invalid. */
public class UnauthorizedException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; the arguments are {@link ApiException}'s. */
  public UnauthorizedException(
      int statusCode,
      java.util.Map<String, java.util.List<String>> headers,
      String rawBody,
      Object errorBody,
      String requestId) {
    super(statusCode, headers, rawBody, errorBody, requestId);
  }
}
