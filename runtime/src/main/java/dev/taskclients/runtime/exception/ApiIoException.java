package dev.taskclients.runtime.exception;

/** The call could not complete: the connection failed, was reset, or the thread was interrupted. */
public class ApiIoException extends TaskClientException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception: what failed, naming method and URL (never a credential), and the I/O
   * failure.
   */
  public ApiIoException(String message, Throwable cause) {
    super(message, cause);
  }
}
