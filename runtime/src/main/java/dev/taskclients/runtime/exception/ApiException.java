package dev.taskclients.runtime.exception;

import dev.taskclients.runtime.internal.ErrorMessages;
import dev.taskclients.runtime.internal.Headers;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The API answered with an error status. Carries the status, headers, raw body, request id and the
 * body parsed into the spec's error model. There is one subclass per documented status class.
 */
public class ApiException extends TaskClientException {
  private static final long serialVersionUID = 1L;

  /** See the accessor of the same name. */
  private final int statusCode;

  /** See the accessor of the same name. */
  private final transient Map<String, List<String>> headers;

  /** See the accessor of the same name. */
  private final String rawBody;

  /** See the accessor of the same name. */
  private final String requestId;

  /** See the accessor of the same name. */
  private final transient Object errorBody;

  /**
   * Creates the exception, its message built from the status, the error body and the request id:
   * the response's status and headers, the body as received (or empty), the error body parsed (spec
   * model or JSON tree, or null) and the request id (or null).
   */
  public ApiException(
      int statusCode,
      Map<String, List<String>> headers,
      String rawBody,
      Object errorBody,
      String requestId) {
    super(ErrorMessages.describe(statusCode, errorBody, rawBody, requestId), null);
    this.statusCode = statusCode;
    this.headers = Headers.copy(headers);
    this.rawBody = rawBody == null ? "" : rawBody;
    this.errorBody = errorBody;
    this.requestId = requestId;
  }

  /** {@return the HTTP status} */
  public int statusCode() {
    return statusCode;
  }

  /** {@return the response headers, looked up case-insensitively} */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** {@return the body as received, empty when there was none} */
  public String rawBody() {
    return rawBody;
  }

  /** {@return the request id, if the server sent or the caller gave one} */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** {@return the body parsed into the spec's error model, else as a JSON tree, else null} */
  public Object errorBody() {
    return errorBody;
  }

  /** {@return the error body as the given model class, if it was parsed into that type} */
  public <E> Optional<E> errorBody(Class<E> type) {
    return type.isInstance(errorBody) ? Optional.of(type.cast(errorBody)) : Optional.empty();
  }

  /** {@return the message the API gave, if its error body holds one} */
  public String errorMessage() {
    return ErrorMessages.extract(errorBody);
  }
}
