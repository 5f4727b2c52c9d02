package dev.taskclients.runtime;

import java.util.List;
import java.util.Map;

/** HTTP 422 Unprocessable Entity: the request was well-formed but invalid. */
public class UnprocessableEntityException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; the arguments are {@link ApiException}'s. */
  public UnprocessableEntityException(int statusCode, Map<String, List<String>> headers, String rawBody, Object errorBody, String requestId) {
    super(statusCode, headers, rawBody, errorBody, requestId);
  }
}
