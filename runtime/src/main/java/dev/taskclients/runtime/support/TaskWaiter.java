package dev.taskclients.runtime.support;

import dev.taskclients.runtime.internal.RetryAfter;
import dev.taskclients.runtime.ApiException;
import dev.taskclients.runtime.ApiIoException;
import dev.taskclients.runtime.RateLimitException;
import dev.taskclients.runtime.RequestOptions;
import dev.taskclients.runtime.Response;
import dev.taskclients.runtime.ServerException;
import dev.taskclients.runtime.TaskClientException;
import dev.taskclients.runtime.TaskFailedException;
import dev.taskclients.runtime.TaskView;
import dev.taskclients.runtime.WaitOptions;
import dev.taskclients.runtime.WaitTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Polls a task until it finishes. Generated clients call it from {@code waitForCompletion}.
 *
 * <p>Semantics: poll at once, then after each unfinished poll wait as {@link PollSchedule} chooses. A succeeded task
 * is returned; a failed or canceled one throws {@link TaskFailedException} with the task attached. Transient errors
 * (429, 5xx, I/O) count as unfinished polls, up to {@link WaitOptions#maxConsecutiveErrors()} in a row; any other
 * error (401, 404, ...) ends the wait at once. Past the deadline {@link WaitTimeoutException} carries the last task
 * seen; the last poll lands at the deadline, never after. An interrupt ends the wait promptly with the interrupt flag
 * kept set.
 */
public final class TaskWaiter {
  /** Runs asynchronous waits; daemon threads, so a forgotten wait never blocks JVM exit. */
  private static final ExecutorService ASYNC = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "taskclients-waiter");
    thread.setDaemon(true);
    return thread;
  });

  private TaskWaiter() {
  }

  /**
   * Waits for a task to finish, reading it with {@code poll} (the operation's raw call, given the task id and
   * {@link WaitOptions#requestOptions()}, so every poll carries them), and returns it succeeded. Throws TaskFailedException
   * if it failed or was canceled, WaitTimeoutException past the deadline, ApiException for a non-transient error or
   * the last transient one past the limit, ApiIoException if interrupted (the flag stays set) or after too many I/O
   * failures.
   */
  public static <T extends TaskView> T waitFor(String taskId, BiFunction<String, RequestOptions, Response<T>> poll,
      WaitOptions options) {
    Instant deadline = options.clock().instant().plus(options.timeout());
    PollSchedule schedule = new PollSchedule(options);
    T last = null;
    int polls = 0;
    int consecutiveErrors = 0;
    while (true) {
      Duration retryAfter = null;
      polls++;
      try {
        Response<T> response = poll.apply(taskId, options.requestOptions());
        last = response.body();
        consecutiveErrors = 0;
        options.progressListener().accept(last);
        TaskView.State state = last.state();
        if (state == TaskView.State.SUCCEEDED) {
          return last;
        }
        if (state.isTerminal()) {
          throw new TaskFailedException(last);
        }
        retryAfter = RetryAfter.parse(response.headers().get("Retry-After"), options.clock()).orElse(null);
        schedule.observe(options.clock().instant(), last);
      } catch (RateLimitException | ServerException | ApiIoException e) {
        retryAfter = transientFailure(e, ++consecutiveErrors, options, schedule);
      }
      Instant now = options.clock().instant();
      if (!now.isBefore(deadline)) {
        throw new WaitTimeoutException(taskId, options.timeout(), last, polls);
      }
      pause(schedule.next(now, deadline, last, retryAfter), options, "task " + taskId);
    }
  }

  /**
   * Counts a transient failure as an unfinished poll, or rethrows it: when the thread was interrupted, or past
   * {@link WaitOptions#maxConsecutiveErrors()} in a row. Returns the {@code Retry-After} the API asked for, or null.
   */
  private static Duration transientFailure(TaskClientException e, int consecutiveErrors, WaitOptions options,
      PollSchedule schedule) {
    if (Thread.currentThread().isInterrupted() || consecutiveErrors > options.maxConsecutiveErrors()) {
      throw e;
    }
    schedule.observeError();
    return e instanceof ApiException api
        ? RetryAfter.parse(api.headers().get("Retry-After"), options.clock()).orElse(null) : null;
  }

  /** Sleeps between polls; an interrupt ends the wait with the flag kept set. */
  private static void pause(Duration delay, WaitOptions options, String what) {
    try {
      options.sleeper().sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiIoException("Waiting for " + what + " was interrupted", e);
    }
  }

  /**
   * Waits for many tasks with one multi-get per round: each round asks, page by page ({@code pagesFor} the ids and
   * {@link WaitOptions#requestOptions()}, {@code itemsOf} a page), for the ids still unfinished and drops those that finished. Returns when every task has
   * finished: the tasks in the order of {@code taskIds} if all succeeded; otherwise throws
   * {@link TaskFailedException} for the first that failed, with every final task attached. The timeout covers the
   * whole batch.
   */
  public static <P, T extends TaskView> List<T> waitForAll(Collection<String> taskIds,
      BiFunction<List<String>, RequestOptions, Iterable<P>> pagesFor, Function<P, List<T>> itemsOf,
      WaitOptions options) {
    Instant deadline = options.clock().instant().plus(options.timeout());
    PollSchedule schedule = new PollSchedule(options);
    Set<String> pending = new LinkedHashSet<>(taskIds);
    Map<String, T> finished = new HashMap<>();
    int rounds = 0;
    int consecutiveErrors = 0;
    while (!pending.isEmpty()) {
      rounds++;
      Duration retryAfter = null;
      try {
        for (P page : pagesFor.apply(List.copyOf(pending), options.requestOptions())) {
          for (T task : itemsOf.apply(page)) {
            options.progressListener().accept(task);
            if (task.isTerminal() && pending.remove(task.id())) {
              finished.put(task.id(), task);
            }
          }
        }
        consecutiveErrors = 0;
        schedule.observe(options.clock().instant(), null);
      } catch (RateLimitException | ServerException | ApiIoException e) {
        retryAfter = transientFailure(e, ++consecutiveErrors, options, schedule);
      }
      if (pending.isEmpty()) {
        break;
      }
      Instant now = options.clock().instant();
      if (!now.isBefore(deadline)) {
        throw new WaitTimeoutException(pending.size() + " of " + taskIds.size() + " tasks (first: "
            + pending.iterator().next() + ")", options.timeout(), null, rounds);
      }
      pause(schedule.next(now, deadline, null, retryAfter), options, pending.size() + " tasks");
    }
    List<T> ordered = new ArrayList<>();
    new LinkedHashSet<>(taskIds).forEach(id -> ordered.add(finished.get(id)));
    for (T task : ordered) {
      if (task.state() != TaskView.State.SUCCEEDED) {
        throw new TaskFailedException(task, List.copyOf(ordered));
      }
    }
    return ordered;
  }

  /**
   * Waits as {@link #waitFor} on a background thread; the future fails with the exceptions it throws.
   * {@code cancel(true)} on the future interrupts the wait, which then stops promptly.
   */
  public static <T extends TaskView> CompletableFuture<T> waitForAsync(String taskId,
      BiFunction<String, RequestOptions, Response<T>> poll, WaitOptions options) {
    AtomicReference<Thread> worker = new AtomicReference<>();
    CompletableFuture<T> result = new CompletableFuture<>() {
      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        boolean canceled = super.cancel(mayInterruptIfRunning);
        Thread running = worker.get();
        if (canceled && running != null) {
          running.interrupt();
        }
        return canceled;
      }
    };
    ASYNC.execute(() -> {
      worker.set(Thread.currentThread());
      try {
        if (!result.isDone()) {
          result.complete(waitFor(taskId, poll, options));
        }
      } catch (RuntimeException | Error e) {
        result.completeExceptionally(e);
      } finally {
        worker.set(null);
        Thread.interrupted(); // a pooled thread must not carry the interrupt into its next task
      }
    });
    return result;
  }
}
