package dev.taskclients.runtime.support;

import dev.taskclients.runtime.TaskView;
import dev.taskclients.runtime.WaitOptions;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Chooses the delay before the next poll. Where the API says when the task will finish (an
 * estimated completion time, or progress rising at a measurable rate), the next poll is aimed at
 * that moment; otherwise the delay grows exponentially with jitter. Either way it stays within
 * [first delay, max delay], a {@code Retry-After} is honoured, and no delay passes the deadline.
 */
final class PollSchedule {
  private final WaitOptions options;
  private int unfinishedPolls;
  private Instant firstProgressAt;
  private int firstProgress = -1;

  PollSchedule(WaitOptions options) {
    this.options = options;
  }

  /** Records a poll that found the task unfinished. */
  void observe(Instant now, TaskView task) {
    unfinishedPolls++;
    Integer percent = task == null ? null : task.progressPercent();
    if (percent != null && firstProgress < 0) {
      firstProgress = percent;
      firstProgressAt = now;
    }
  }

  /** Records a poll that failed with a transient error. */
  void observeError() {
    unfinishedPolls++;
  }

  Duration next(Instant now, Instant deadline, TaskView last, Duration retryAfter) {
    Duration delay = estimateRemaining(now, last);
    delay = delay != null ? clamp(delay) : clamp(backoff());
    if (retryAfter != null && retryAfter.compareTo(delay) > 0) {
      delay = retryAfter;
    }
    Duration untilDeadline = Duration.between(now, deadline);
    return delay.compareTo(untilDeadline) > 0 ? untilDeadline : delay;
  }

  private Duration backoff() {
    double growth = Math.pow(options.multiplier(), Math.max(0, unfinishedPolls - 1));
    double base = Math.min(options.maxDelay().toNanos(), options.firstDelay().toNanos() * growth);
    double spread = 1 - options.jitter() + 2 * options.jitter() * options.random().getAsDouble();
    return Duration.ofNanos((long) (base * spread));
  }

  /** Time left by the API's own estimate, or by the progress rate seen so far; null if unknown. */
  private Duration estimateRemaining(Instant now, TaskView last) {
    if (last == null) {
      return null;
    }
    OffsetDateTime eta = last.estimatedCompletion();
    if (eta != null && eta.toInstant().isAfter(now)) {
      return Duration.between(now, eta.toInstant());
    }
    Integer percent = last.progressPercent();
    if (percent == null || firstProgress < 0 || percent <= firstProgress || percent >= 100) {
      return null;
    }
    double elapsedNanos = Duration.between(firstProgressAt, now).toNanos();
    double nanosPerPercent = elapsedNanos / (percent - firstProgress);
    return Duration.ofNanos((long) (nanosPerPercent * (100 - percent)));
  }

  private Duration clamp(Duration delay) {
    if (delay.compareTo(options.firstDelay()) < 0) {
      return options.firstDelay();
    }
    return delay.compareTo(options.maxDelay()) > 0 ? options.maxDelay() : delay;
  }
}
