package dev.taskclients.runtime.support;

import dev.taskclients.runtime.RequestOptions;
import dev.taskclients.runtime.TaskView;
import dev.taskclients.runtime.WaitOptions;
import dev.taskclients.runtime.exception.TaskClientException;
import dev.taskclients.runtime.exception.TaskFailedException;
import dev.taskclients.runtime.exception.WaitTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a wait on many tasks decides after each round of multi-get pages: which ids are still
 * unfinished, and whether the next round comes after a delay, the batch is done, or it is out of
 * time. The synchronous and the asynchronous batch waiter both drive it. Not thread-safe: a batch
 * reads one round at a time.
 */
final class BatchWait<T extends TaskView> {
  private final Collection<String> taskIds;
  private final WaitOptions options;
  private final Instant deadline;
  private final PollSchedule schedule;
  private final Set<String> pending;
  private final Map<String, T> finished = new HashMap<>();
  private int rounds;
  private int consecutiveErrors;

  BatchWait(Collection<String> taskIds, WaitOptions options) {
    this.taskIds = taskIds;
    this.options = options;
    this.deadline = options.clock().instant().plus(options.timeout());
    this.schedule = new PollSchedule(options);
    this.pending = new LinkedHashSet<>(taskIds);
  }

  /** {@return the ids to ask for in the next round: those not yet finished, in the order given} */
  List<String> pending() {
    return List.copyOf(pending);
  }

  /**
   * {@return the options for the next round's requests, each cut to what is left of the wait (see
   * TaskWait)}
   */
  RequestOptions roundOptions() {
    return TaskWait.withinDeadline(options, deadline);
  }

  /** Starts a round. */
  void round() {
    rounds++;
  }

  /** Takes the tasks a page of this round holds (none when null: the page has no items field). */
  void seen(List<T> tasks) {
    if (tasks != null) {
      tasks.forEach(this::seen);
    }
  }

  /**
   * Takes one task a page of this round holds: reported to the listener, and no longer asked for if
   * it finished.
   */
  void seen(T task) {
    options.progressListener().accept(task);
    if (task.isTerminal() && pending.remove(task.id())) {
      finished.put(task.id(), task);
    }
  }

  /**
   * {@return null when every task has finished (see {@link #result()}), else the delay before the
   * next round}
   */
  Duration roundDone() {
    consecutiveErrors = 0;
    schedule.observe(options.clock().instant(), null);
    return pending.isEmpty() ? null : next(null);
  }

  /**
   * {@return the delay before the next round, after a round failed with a transient error} Rethrows
   * the error past {@link WaitOptions#maxConsecutiveErrors()} in a row.
   */
  Duration roundFailed(TaskClientException failure) {
    if (++consecutiveErrors > options.maxConsecutiveErrors()) {
      throw failure;
    }
    schedule.observeError();
    if (pending.isEmpty()) {
      return null;
    }
    return next(TaskWait.retryAfter(failure, options));
  }

  private Duration next(Duration retryAfter) {
    Instant now = options.clock().instant();
    if (!now.isBefore(deadline)) {
      throw new WaitTimeoutException(
          pending.size()
              + " of "
              + taskIds.size()
              + " tasks (first: "
              + pending.iterator().next()
              + ")",
          options.timeout(),
          null,
          rounds);
    }
    return schedule.next(now, deadline, null, retryAfter);
  }

  /**
   * {@return the tasks in the order of the ids given, once all finished} Throws TaskFailedException
   * for the first that did not succeed, with every final task attached.
   */
  List<T> result() {
    List<T> ordered = new ArrayList<>();
    new LinkedHashSet<>(taskIds).forEach(id -> ordered.add(finished.get(id)));
    for (T task : ordered) {
      if (task.state() != TaskView.State.SUCCEEDED) {
        throw new TaskFailedException(task, List.copyOf(ordered));
      }
    }
    return ordered;
  }
}
