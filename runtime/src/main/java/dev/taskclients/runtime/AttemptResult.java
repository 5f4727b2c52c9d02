package dev.taskclients.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How an attempt ended, as an {@link Interceptor} sees it: a response's status and headers, or a
 * failure.
 */
public final class AttemptResult {
  private final int status;
  private final Map<String, List<String>> headers;
  private final Throwable failure;
  private final Duration duration;

  private AttemptResult(
      int status, Map<String, List<String>> headers, Throwable failure, Duration duration) {
    this.status = status;
    this.headers = headers;
    this.failure = failure;
    this.duration = Objects.requireNonNull(duration, "duration");
  }

  /**
   * {@return the result of an attempt answered with a status}
   *
   * @param status the HTTP status
   * @param headers the response headers, case-insensitive
   * @param duration from sending to the whole response
   */
  public static AttemptResult answered(
      int status, Map<String, List<String>> headers, Duration duration) {
    return new AttemptResult(status, Objects.requireNonNull(headers, "headers"), null, duration);
  }

  /**
   * {@return the result of an attempt that failed without a whole response}
   *
   * @param failure what went wrong: a timeout, an I/O failure, a body over the size cap
   * @param duration from sending to the failure
   */
  public static AttemptResult failed(Throwable failure, Duration duration) {
    return new AttemptResult(-1, Map.of(), Objects.requireNonNull(failure, "failure"), duration);
  }

  /** {@return the HTTP status, or empty when the attempt failed} */
  public OptionalInt statusCode() {
    return failure == null ? OptionalInt.of(status) : OptionalInt.empty();
  }

  /** {@return the response headers, case-insensitive; empty when the attempt failed} */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * {@return what made the attempt fail, or empty when a response arrived (whatever its status)}
   */
  public Optional<Throwable> failure() {
    return Optional.ofNullable(failure);
  }

  /** {@return how long the attempt took, from sending to the whole response or the failure} */
  public Duration duration() {
    return duration;
  }

  @Override
  public String toString() {
    return "AttemptResult["
        + (failure == null ? "status=" + status : "failed=" + failure)
        + ", duration="
        + duration
        + "]";
  }
}
