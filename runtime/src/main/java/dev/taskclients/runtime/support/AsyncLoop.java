package dev.taskclients.runtime.support;

import dev.taskclients.runtime.Sleeper;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * A wait run without holding a thread: each step (a poll, or a round of pages) is an asynchronous
 * call; when it ends, {@code decide} either finishes the wait or names the delay before the next
 * step, which the sleeper schedules. This future is the wait's result. Cancelling it stops the
 * schedule and cancels the step or delay in flight, so no request is sent after the cancellation.
 *
 * @param <X> what a step answers
 * @param <R> the wait's result
 */
final class AsyncLoop<X, R> extends ChainedFuture<R> {
  /**
   * What happens after a step: the result ({@code delay} null) or the delay before the next step.
   */
  record Next<R>(Duration delay, R result) {
    static <R> Next<R> done(R result) {
      return new Next<>(null, result);
    }

    static <R> Next<R> after(Duration delay) {
      return new Next<>(delay, null);
    }
  }

  private final Supplier<CompletableFuture<X>> step;
  private final BiFunction<X, Throwable, Next<R>> decide;
  private final Sleeper sleeper;

  private AsyncLoop(
      Supplier<CompletableFuture<X>> step,
      BiFunction<X, Throwable, Next<R>> decide,
      Sleeper sleeper) {
    this.step = step;
    this.decide = decide;
    this.sleeper = sleeper;
  }

  /**
   * {@return the wait, started now} {@code decide} gets each step's answer, or its failure
   * unwrapped (never a {@link CompletionException}); what it throws fails the wait.
   */
  static <X, R> AsyncLoop<X, R> start(
      Supplier<CompletableFuture<X>> step,
      BiFunction<X, Throwable, Next<R>> decide,
      Sleeper sleeper) {
    AsyncLoop<X, R> loop = new AsyncLoop<>(step, decide, sleeper);
    loop.runStep();
    return loop;
  }

  private void runStep() {
    CompletableFuture<X> call;
    try {
      call = step.get();
    } catch (RuntimeException | Error e) {
      completeExceptionally(e);
      return;
    }
    if (!track(call)) {
      return;
    }
    call.whenComplete(
        (answer, thrown) -> {
          if (isDone()) {
            return;
          }
          Next<R> next;
          try {
            next = decide.apply(answer, thrown == null ? null : unwrap(thrown));
          } catch (RuntimeException | Error e) {
            completeExceptionally(e);
            return;
          }
          if (next.delay() == null) {
            complete(next.result());
            return;
          }
          CompletableFuture<Void> pause = sleeper.after(next.delay());
          if (track(pause)) {
            pause.whenComplete(
                (ignored, failed) -> {
                  if (failed != null) {
                    completeExceptionally(unwrap(failed));
                  } else if (!isDone()) {
                    runStep();
                  }
                });
          }
        });
  }

  /** {@return a step's failure as something {@code decide} can throw to fail the wait with it} */
  static RuntimeException rethrown(Throwable failure) {
    if (failure instanceof RuntimeException runtime) {
      return runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    return new CompletionException(failure);
  }

  private static Throwable unwrap(Throwable thrown) {
    return thrown instanceof CompletionException && thrown.getCause() != null
        ? thrown.getCause()
        : thrown;
  }
}
