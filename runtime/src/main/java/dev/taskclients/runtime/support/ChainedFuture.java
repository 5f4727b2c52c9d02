package dev.taskclients.runtime.support;

import java.util.concurrent.CompletableFuture;

/**
 * The future of work done in steps (attempts and retry delays, polls and waits): cancelling it also
 * cancels the step in flight, so a cancelled call or wait sends nothing more.
 *
 * @param <T> the result
 */
class ChainedFuture<T> extends CompletableFuture<T> {
  /** The step in flight, cancelled with this future. */
  private volatile CompletableFuture<?> inFlight;

  @Override
  public boolean cancel(boolean mayInterruptIfRunning) {
    boolean cancelled = super.cancel(mayInterruptIfRunning);
    CompletableFuture<?> current = inFlight;
    if (current != null) {
      current.cancel(mayInterruptIfRunning);
    }
    return cancelled;
  }

  /**
   * Makes {@code step} the one in flight; returns false, having cancelled it, when this future is
   * already done (it was cancelled meanwhile), so the caller goes no further.
   */
  final boolean track(CompletableFuture<?> step) {
    inFlight = step;
    if (isDone()) {
      step.cancel(true);
      return false;
    }
    return true;
  }
}
