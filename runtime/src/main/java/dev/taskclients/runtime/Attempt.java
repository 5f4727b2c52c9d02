package dev.taskclients.runtime;

import java.util.Objects;
import java.util.Optional;

/**
 * One attempt of a call, as an {@link Interceptor} sees it: the operation, which attempt it is, the
 * request id.
 */
public final class Attempt {
  private final String operation;
  private final int number;
  private final String requestId;

  /**
   * Describes an attempt.
   *
   * @param operation the operation's method and path template, e.g. {@code GET /v1/tasks/{task_id}}
   * @param number 1 for the first attempt, 2 for the first retry, ...
   * @param requestId the call's {@code X-Request-Id}, or null
   */
  public Attempt(String operation, int number, String requestId) {
    this.operation = Objects.requireNonNull(operation, "operation");
    this.number = number;
    this.requestId = requestId;
  }

  /** {@return the operation's method and path template, e.g. {@code GET /v1/tasks/{task_id}}} */
  public String operation() {
    return operation;
  }

  /** {@return 1 for the first attempt, 2 for the first retry, ...} */
  public int number() {
    return number;
  }

  /** {@return the call's request id, sent as {@code X-Request-Id}, if it has one} */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  @Override
  public String toString() {
    return "Attempt["
        + operation
        + " #"
        + number
        + (requestId == null ? "" : ", requestId=" + requestId)
        + "]";
  }
}
