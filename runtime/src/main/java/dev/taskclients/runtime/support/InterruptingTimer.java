package dev.taskclients.runtime.support;

import dev.taskclients.runtime.internal.Scheduler;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Bounds a blocking operation of the calling thread: when the time is up and the operation has not
 * ended, the thread is interrupted, which makes java.net.http cancel its exchange (closing the
 * connection) and throw. Used where java.net.http has no timeout of its own: a synchronous
 * attempt's body (its request timeout stops at the headers) and each read of a streamed body. The
 * interrupt it raises never outlives the operation: {@link #stop()} clears it.
 */
final class InterruptingTimer {
  private final Thread thread = Thread.currentThread();
  private final ScheduledFuture<?> task;
  private boolean stopped;
  private boolean fired;

  /** Starts timing the calling thread's operation. */
  InterruptingTimer(Duration limit) {
    this.task =
        Scheduler.shared().schedule(this::fire, Math.max(0, limit.toNanos()), TimeUnit.NANOSECONDS);
  }

  private synchronized void fire() {
    if (!stopped) {
      fired = true;
      thread.interrupt();
    }
  }

  /**
   * {@return whether the time ran out} Ends the timing; call it from the timed thread as soon as
   * the operation ends (again in a finally block is harmless). The interrupt the timer raised is
   * cleared.
   */
  synchronized boolean stop() {
    stopped = true;
    task.cancel(false);
    if (fired) {
      Thread.interrupted();
    }
    return fired;
  }
}
