package dev.taskclients.runtime;

import jakarta.annotation.Nullable;

/**
 * An error body that says whether the failed request may succeed if sent again. A generated error
 * model implements it when its schema names that field ({@code x-taskclients-retryable:
 * error.retryable}); the client then does not retry a request whose error body says {@code false},
 * whatever its status.
 */
public interface RetryAdvice {
  /** {@return what the error body says: whether to retry; null when it does not say} */
  @Nullable
  Boolean retryAdvised();
}
