package dev.taskclients.runtime.support;

import dev.taskclients.runtime.RequestOptions;
import dev.taskclients.runtime.Response;
import dev.taskclients.runtime.TaskView;
import dev.taskclients.runtime.WaitOptions;
import dev.taskclients.runtime.exception.ApiIoException;
import dev.taskclients.runtime.exception.TaskClientException;
import dev.taskclients.runtime.exception.TaskFailedException;
import dev.taskclients.runtime.exception.WaitTimeoutException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Polls tasks until they finish. Generated clients call it from {@code waitForCompletion} and
 * {@code waitForAll}, in both forms: the synchronous one sleeps between polls on the caller's
 * thread; the asynchronous one sends each poll asynchronously and schedules the next ({@link
 * dev.taskclients.runtime.Sleeper#after}), holding no thread while it waits. Both follow one set of
 * decisions (a wait's schedule, shared), so they poll alike and end alike.
 *
 * <p>Semantics: poll at once, then after each unfinished poll wait as the schedule chooses. A
 * succeeded task is returned; a failed or canceled one throws {@link TaskFailedException} with the
 * task attached. Transient errors (429, 5xx, I/O) count as unfinished polls, up to {@link
 * WaitOptions#maxConsecutiveErrors()} in a row; any other error (401, 404, ...) ends the wait at
 * once. Past the deadline {@link WaitTimeoutException} carries the last task seen; the last poll
 * lands at the deadline, never after. Every poll carries {@link WaitOptions#requestOptions()}, its
 * time cut to what is left of the wait ({@link RequestOptions#maxCallTime()}, at least one second),
 * so a poll whose response trickles cannot hold the wait past its timeout.
 */
public final class TaskWaiter {
  private TaskWaiter() {}

  /**
   * Waits for a task to finish, reading it with {@code poll} (the operation's raw call, given the
   * task id and {@link WaitOptions#requestOptions()}), and returns it succeeded. Throws
   * TaskFailedException if it failed or was canceled, WaitTimeoutException past the deadline,
   * ApiException for a non-transient error or the last transient one past the limit, ApiIoException
   * if interrupted (the flag stays set) or after too many I/O failures.
   *
   * @param <T> the task model
   * @param taskId the task
   * @param poll reads the task
   * @param options the wait's settings
   * @return the succeeded task
   */
  public static <T extends TaskView> T waitFor(
      String taskId, BiFunction<String, RequestOptions, Response<T>> poll, WaitOptions options) {
    TaskWait<T> wait = new TaskWait<>(taskId, options);
    while (true) {
      Duration delay;
      try {
        delay = wait.answered(poll.apply(taskId, wait.pollOptions()));
      } catch (TaskClientException e) {
        if (!TaskWait.isTransient(e) || Thread.currentThread().isInterrupted()) {
          throw e;
        }
        delay = wait.failed(e);
      }
      if (delay == null) {
        return wait.last();
      }
      pause(delay, options, "task " + taskId);
    }
  }

  /**
   * Waits as {@link #waitFor} does without holding a thread: {@code poll} sends each poll
   * asynchronously (the operation's async call with its whole response), and the delay before the
   * next is scheduled. The future fails with the exceptions {@link #waitFor} throws. {@code
   * cancel(true)} stops the schedule and cancels the poll in flight: no poll is sent after it.
   *
   * @param <T> the task model
   * @param taskId the task
   * @param poll sends one poll
   * @param options the wait's settings
   * @return a future of the succeeded task
   */
  public static <T extends TaskView> CompletableFuture<T> waitForAsync(
      String taskId,
      BiFunction<String, RequestOptions, CompletableFuture<Response<T>>> poll,
      WaitOptions options) {
    TaskWait<T> wait = new TaskWait<>(taskId, options);
    return AsyncLoop.<Response<T>, T>start(
        () -> poll.apply(taskId, wait.pollOptions()),
        (response, failure) -> {
          Duration delay;
          if (failure == null) {
            delay = wait.answered(response);
          } else if (TaskWait.isTransient(failure)) {
            delay = wait.failed((TaskClientException) failure);
          } else {
            throw AsyncLoop.rethrown(failure);
          }
          return delay == null ? AsyncLoop.Next.done(wait.last()) : AsyncLoop.Next.after(delay);
        },
        options.sleeper());
  }

  /**
   * Waits for many tasks with one multi-get per round: each round asks, page by page ({@code
   * pagesFor} the ids and {@link WaitOptions#requestOptions()}, {@code itemsOf} a page), for the
   * ids still unfinished and drops those that finished. Returns when every task has finished: the
   * tasks in the order of {@code taskIds} if all succeeded; otherwise throws {@link
   * TaskFailedException} for the first that failed, with every final task attached. The timeout
   * covers the whole batch.
   *
   * @param <P> the page model
   * @param <T> the task model
   * @param taskIds the tasks
   * @param pagesFor the pages of one multi-get, fetched as the iteration reaches them
   * @param itemsOf the tasks of a page (the page model's getter, e.g. {@code TaskPage::results});
   *     null is none
   * @param options the wait's settings
   * @return the succeeded tasks, in the order of {@code taskIds}
   */
  public static <P, T extends TaskView> List<T> waitForAll(
      Collection<String> taskIds,
      BiFunction<List<String>, RequestOptions, Iterable<P>> pagesFor,
      Function<P, List<T>> itemsOf,
      WaitOptions options) {
    BatchWait<T> wait = new BatchWait<>(taskIds, options);
    while (true) {
      wait.round();
      Duration delay;
      try {
        for (P page : pagesFor.apply(wait.pending(), wait.roundOptions())) {
          wait.seen(itemsOf.apply(page));
        }
        delay = wait.roundDone();
      } catch (TaskClientException e) {
        if (!TaskWait.isTransient(e) || Thread.currentThread().isInterrupted()) {
          throw e;
        }
        delay = wait.roundFailed(e);
      }
      if (delay == null) {
        return wait.result();
      }
      pause(delay, options, wait.pending().size() + " tasks");
    }
  }

  /**
   * Waits as {@link #waitForAll} does without holding a thread: {@code pagesFor} fetches every page
   * of one round asynchronously, and the delay before the next round is scheduled. The future fails
   * with the exceptions {@link #waitForAll} throws; {@code cancel(true)} stops the schedule and
   * cancels the round in flight.
   *
   * @param <P> the page model
   * @param <T> the task model
   * @param taskIds the tasks
   * @param pagesFor every page of one multi-get, as one future
   * @param itemsOf the tasks of a page (the page model's getter, e.g. {@code TaskPage::results});
   *     null is none
   * @param options the wait's settings
   * @return a future of the succeeded tasks, in the order of {@code taskIds}
   */
  public static <P, T extends TaskView> CompletableFuture<List<T>> waitForAllAsync(
      Collection<String> taskIds,
      BiFunction<List<String>, RequestOptions, CompletableFuture<List<P>>> pagesFor,
      Function<P, List<T>> itemsOf,
      WaitOptions options) {
    BatchWait<T> wait = new BatchWait<>(taskIds, options);
    return AsyncLoop.<List<P>, List<T>>start(
        () -> {
          wait.round();
          return pagesFor.apply(wait.pending(), wait.roundOptions());
        },
        (pages, failure) -> {
          Duration delay;
          if (failure == null) {
            pages.forEach(page -> wait.seen(itemsOf.apply(page)));
            delay = wait.roundDone();
          } else if (TaskWait.isTransient(failure)) {
            delay = wait.roundFailed((TaskClientException) failure);
          } else {
            throw AsyncLoop.rethrown(failure);
          }
          return delay == null ? AsyncLoop.Next.done(wait.result()) : AsyncLoop.Next.after(delay);
        },
        options.sleeper());
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
}
