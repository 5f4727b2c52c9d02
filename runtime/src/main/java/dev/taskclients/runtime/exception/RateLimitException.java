package dev.taskclients.runtime.exception;

import dev.taskclients.runtime.internal.RetryAfter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP 429 Too Many Requests: slow down; {@link #retryAfter()} says for how long, when the API
 * does.
 */
public class RateLimitException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** See the accessor of the same name. */
  private final Duration retryAfter;

  /** Creates the exception; the arguments are {@link ApiException}'s. */
  public RateLimitException(
      int statusCode,
      Map<String, List<String>> headers,
      String rawBody,
      Object errorBody,
      String requestId) {
    super(statusCode, headers, rawBody, errorBody, requestId);
    this.retryAfter =
        RetryAfter.parse(headers().get("Retry-After"), Clock.systemUTC()).orElse(null);
  }

  /** {@return how long the API asked to wait, from {@code Retry-After}, if it sent a valid one} */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
