package dev.taskclients.runtime.exception;

import dev.taskclients.runtime.internal.ErrorMessages;
import java.util.Optional;

/**
 * A response arrived but cannot be read as the spec says: empty, malformed, or of the wrong shape.
 */
public class InvalidResponseException extends TaskClientException {
  private static final long serialVersionUID = 1L;
  private static final int MAX_BODY_IN_MESSAGE = 8 * 1024;

  /** See the accessor of the same name. */
  private final int statusCode;

  /** See the accessor of the same name. */
  private final String rawBody;

  /** See the accessor of the same name. */
  private final String requestId;

  /**
   * Creates the exception: what was wrong (e.g. {@code empty body}); request id and parse failure
   * may be null.
   */
  public InvalidResponseException(
      String what, int statusCode, String rawBody, String requestId, Throwable cause) {
    super(
        "Invalid response to HTTP "
            + statusCode
            + ": "
            + what
            + (requestId == null ? "" : " (request-id: " + requestId + ")")
            + (rawBody == null || rawBody.isEmpty()
                ? ""
                : "; body: " + ErrorMessages.truncate(rawBody, MAX_BODY_IN_MESSAGE)),
        cause);
    this.statusCode = statusCode;
    this.rawBody = rawBody == null ? "" : rawBody;
    this.requestId = requestId;
  }

  /** {@return the HTTP status} */
  public int statusCode() {
    return statusCode;
  }

  /** {@return the body as received} */
  public String rawBody() {
    return rawBody;
  }

  /** {@return the request id, if known} */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }
}
