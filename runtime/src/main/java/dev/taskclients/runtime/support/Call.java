package dev.taskclients.runtime.support;

import dev.taskclients.runtime.Attempt;
import dev.taskclients.runtime.ClientConfig;
import dev.taskclients.runtime.RequestOptions;
import dev.taskclients.runtime.RetryAdvice;
import dev.taskclients.runtime.RetryPolicy;
import dev.taskclients.runtime.exception.ApiException;
import dev.taskclients.runtime.exception.ApiIoException;
import dev.taskclients.runtime.exception.TaskClientException;
import dev.taskclients.runtime.internal.RetryAfter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One call across its attempts: its deadline (the call timeout, cut by {@link
 * RequestOptions#maxCallTime()}), each attempt's timeout (cut to what is left), the failures so
 * far, and whether a failure is tried again ({@link RetryPolicy}). Used by one attempt at a time.
 */
final class Call {
  final ApiRequest request;
  final RequestOptions options;
  private final ClientConfig config;
  private final Instant deadline;
  private final List<TaskClientException> failures = new ArrayList<>();
  private final String operation;
  private int attempt = 1;

  Call(ApiRequest request, RequestOptions options, ClientConfig config) {
    this.request = request;
    this.options = options;
    this.config = config;
    Duration callTimeout = options.callTimeout().orElse(config.callTimeout());
    Duration limit =
        options.maxCallTime().filter(max -> max.compareTo(callTimeout) < 0).orElse(callTimeout);
    this.deadline = config.retryPolicy().clock().instant().plus(limit);
    this.operation = request.method() + " " + request.pathTemplate();
  }

  /** {@return the attempt about to be made, as interceptors see it} */
  Attempt attempt() {
    return new Attempt(operation, attempt, options.requestId().orElse(null));
  }

  /** {@return the attempt's timeout: the per-attempt one, cut short by the call's deadline} */
  Duration attemptTimeout() {
    Duration perAttempt = options.timeout().orElse(config.requestTimeout());
    // What is left of the call, in whole milliseconds (rounded up, at least one), so messages read
    // PT0.3S.
    long leftMillis =
        Math.max(
            1,
            (Duration.between(config.retryPolicy().clock().instant(), deadline).toNanos() + 999_999)
                / 1_000_000);
    Duration left = Duration.ofMillis(leftMillis);
    return perAttempt.compareTo(left) > 0 ? left : perAttempt;
  }

  /** {@return the delay before trying again, or null when this failure ends the call} */
  Duration retryDelay(TaskClientException failure) {
    RetryPolicy policy = config.retryPolicy();
    if (!request.safeToRetry()
        || attempt > policy.maxRetries()
        || Thread.currentThread().isInterrupted()
        || !isRetryable(failure, policy)) {
      return null;
    }
    Duration retryAfter =
        failure instanceof ApiException api
            ? RetryAfter.parse(api.headers().get("Retry-After"), policy.clock()).orElse(null)
            : null;
    Duration delay = policy.delay(attempt, retryAfter);
    if (!policy.clock().instant().plus(delay).isBefore(deadline)) {
      return null;
    }
    failures.add(failure);
    attempt++;
    return delay;
  }

  private static boolean isRetryable(TaskClientException failure, RetryPolicy policy) {
    return failure instanceof ApiIoException
        || failure instanceof ApiException e
            && policy.retryableStatuses().contains(e.statusCode())
            && !(e.errorBody() instanceof RetryAdvice advice
                && Boolean.FALSE.equals(advice.retryAdvised()));
  }

  /**
   * {@return the exception that ends the call, with every earlier failed attempt attached as
   * suppressed}
   */
  <E extends RuntimeException> E finish(E last) {
    failures.stream().filter(earlier -> earlier != last).forEach(last::addSuppressed);
    return last;
  }
}
