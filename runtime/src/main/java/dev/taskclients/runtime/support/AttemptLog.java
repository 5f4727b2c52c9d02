package dev.taskclients.runtime.support;

import dev.taskclients.runtime.Attempt;
import dev.taskclients.runtime.AttemptResult;
import dev.taskclients.runtime.ClientConfig;
import dev.taskclients.runtime.Interceptor;
import java.net.http.HttpRequest;

/**
 * The runtime's own interceptor: one DEBUG line per attempt to the client's logger, with method,
 * path, status or failure, attempt number, duration and request id. Never a header, the query or a
 * body, so never a secret.
 */
final class AttemptLog implements Interceptor {
  private final ClientConfig config;

  AttemptLog(ClientConfig config) {
    this.config = config;
  }

  @Override
  public void afterAttempt(Attempt attempt, HttpRequest request, AttemptResult result) {
    System.Logger logger = config.logger();
    if (!logger.isLoggable(System.Logger.Level.DEBUG)) {
      return;
    }
    logger.log(
        System.Logger.Level.DEBUG,
        () ->
            request.method()
                + " "
                + request.uri().getRawPath()
                + (result.statusCode().isPresent()
                    ? " -> " + result.statusCode().getAsInt()
                    : " -> failed: " + result.failure().map(Throwable::toString).orElse("?"))
                + " (attempt "
                + attempt.number()
                + ", "
                + result.duration().toMillis()
                + " ms, request-id: "
                + attempt.requestId().orElse("-")
                + ")");
  }

  @Override
  public String toString() {
    return "AttemptLog";
  }
}
