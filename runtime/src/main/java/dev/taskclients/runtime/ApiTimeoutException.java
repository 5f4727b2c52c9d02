package dev.taskclients.runtime;

/** The call took longer than its timeout. */
public class ApiTimeoutException extends ApiIoException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what timed out, and after how long
   * @param cause the timeout reported by the HTTP client
   */
  public ApiTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
