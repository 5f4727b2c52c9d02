package dev.taskclients.runtime.exception;

/** Base of every exception a taskclients client throws. Unchecked. */
public class TaskClientException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception: what went wrong, readable on its own, and the underlying cause, or null.
   */
  public TaskClientException(String message, Throwable cause) {
    super(message, cause);
  }
}
