package dev.taskclients.runtime.exception;

/** The call took longer than its timeout. */
public class ApiTimeoutException extends ApiIoException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception: what timed out and after how long, and the timeout the HTTP client
   * reported.
   */
  public ApiTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
