package dev.taskclients.runtime.support;

import dev.taskclients.runtime.RequestOptions;
import dev.taskclients.runtime.Response;
import dev.taskclients.runtime.TaskView;
import dev.taskclients.runtime.WaitOptions;
import dev.taskclients.runtime.exception.ApiException;
import dev.taskclients.runtime.exception.ApiIoException;
import dev.taskclients.runtime.exception.RateLimitException;
import dev.taskclients.runtime.exception.ServerException;
import dev.taskclients.runtime.exception.TaskClientException;
import dev.taskclients.runtime.exception.TaskFailedException;
import dev.taskclients.runtime.exception.WaitTimeoutException;
import dev.taskclients.runtime.internal.RetryAfter;
import java.time.Duration;
import java.time.Instant;

/**
 * What one wait on one task decides after each poll: the task is done, it failed, the wait is out
 * of time, or the next poll comes after a delay ({@link PollSchedule}). The synchronous and the
 * asynchronous waiter both drive it, so they cannot disagree. Not thread-safe: a wait polls one
 * request at a time.
 */
final class TaskWait<T extends TaskView> {
  /** The least time a poll is given, even one sent at the wait's deadline. */
  static final Duration MIN_POLL_TIME = Duration.ofSeconds(1);

  private final String taskId;
  private final WaitOptions options;
  private final Instant deadline;
  private final PollSchedule schedule;
  private T last;
  private int polls;
  private int consecutiveErrors;

  TaskWait(String taskId, WaitOptions options) {
    this.taskId = taskId;
    this.options = options;
    this.deadline = options.clock().instant().plus(options.timeout());
    this.schedule = new PollSchedule(options);
  }

  /**
   * {@return whether a poll's failure counts as an unfinished poll (429, 5xx, I/O) rather than
   * ending the wait}
   */
  static boolean isTransient(Throwable failure) {
    return failure instanceof RateLimitException
        || failure instanceof ServerException
        || failure instanceof ApiIoException;
  }

  /**
   * {@return null when the polled task succeeded (it is {@link #last()}), else the delay before the
   * next poll} Throws TaskFailedException if it failed or was canceled, WaitTimeoutException past
   * the deadline.
   */
  Duration answered(Response<T> response) {
    polls++;
    last = response.body();
    consecutiveErrors = 0;
    options.progressListener().accept(last);
    TaskView.State state = last.state();
    if (state == TaskView.State.SUCCEEDED) {
      return null;
    }
    if (state.isTerminal()) {
      throw new TaskFailedException(last);
    }
    schedule.observe(options.clock().instant(), last);
    return next(
        RetryAfter.parse(response.headers().get("Retry-After"), options.clock()).orElse(null));
  }

  /**
   * {@return the delay before the next poll, after a poll failed with a transient error} Rethrows
   * the error past {@link WaitOptions#maxConsecutiveErrors()} in a row; throws WaitTimeoutException
   * past the deadline.
   */
  Duration failed(TaskClientException failure) {
    polls++;
    if (++consecutiveErrors > options.maxConsecutiveErrors()) {
      throw failure;
    }
    schedule.observeError();
    return next(retryAfter(failure, options));
  }

  private Duration next(Duration retryAfter) {
    Instant now = options.clock().instant();
    if (!now.isBefore(deadline)) {
      throw new WaitTimeoutException(taskId, options.timeout(), last, polls);
    }
    return schedule.next(now, deadline, last, retryAfter);
  }

  /**
   * {@return the {@code Retry-After} a failed poll asked for, read with the wait's clock, or null}
   */
  static Duration retryAfter(TaskClientException failure, WaitOptions options) {
    return failure instanceof ApiException api
        ? RetryAfter.parse(api.headers().get("Retry-After"), options.clock()).orElse(null)
        : null;
  }

  /**
   * {@return the options for the next poll: the wait's, the poll's time cut to what is left of the
   * wait}
   */
  RequestOptions pollOptions() {
    return withinDeadline(options, deadline);
  }

  /**
   * {@return the wait's request options with {@link RequestOptions#maxCallTime()} cut to the time
   * left until {@code deadline}} Never below {@link #MIN_POLL_TIME}, so that the poll sent at the
   * deadline can still complete: a wait ends at the latest that long after its timeout, however
   * slowly a poll's response arrives.
   */
  static RequestOptions withinDeadline(WaitOptions options, Instant deadline) {
    Duration untilDeadline = Duration.between(options.clock().instant(), deadline);
    Duration left = untilDeadline.compareTo(MIN_POLL_TIME) < 0 ? MIN_POLL_TIME : untilDeadline;
    RequestOptions polls = options.requestOptions();
    if (polls.maxCallTime().filter(max -> max.compareTo(left) <= 0).isPresent()) {
      return polls;
    }
    return polls.toBuilder().maxCallTime(left).build();
  }

  /** {@return the task as last polled, or null} */
  T last() {
    return last;
  }
}
