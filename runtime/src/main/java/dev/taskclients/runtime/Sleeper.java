package dev.taskclients.runtime;

import dev.taskclients.runtime.internal.Scheduler;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Waits between polls and between retries: {@link #sleep} on the caller's thread for synchronous
 * calls, {@link #after} without holding any thread for asynchronous ones. A deliberate testing
 * seam: a sleeper that advances a virtual clock instead of sleeping makes waits and retries instant
 * in your own tests.
 */
@FunctionalInterface
public interface Sleeper {
  /**
   * The real one: {@link Thread#sleep(long, int)}, and for asynchronous waits a task scheduled on
   * the runtime's one scheduler thread ({@code taskclients-scheduler}, a daemon).
   */
  Sleeper SYSTEM = on(Scheduler.shared());

  /**
   * Waits for the given time on the calling thread.
   *
   * @param duration how long
   * @throws InterruptedException if the thread is interrupted meanwhile
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * {@return a future completed once {@code duration} has passed} Cancelling it cancels the wait.
   * This default sleeps on the calling thread and returns a completed future, which suits a virtual
   * clock; a real sleeper schedules instead, as {@link #SYSTEM} and {@link #on} do.
   *
   * @param duration how long
   */
  default CompletableFuture<Void> after(Duration duration) {
    try {
      sleep(duration);
      return CompletableFuture.completedFuture(null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * {@return a real sleeper whose asynchronous waits are scheduled on {@code scheduler}} For
   * applications that run their own scheduled executor; what runs after each wait (the next
   * request) runs on it too, briefly.
   *
   * @param scheduler where asynchronous waits are scheduled
   */
  static Sleeper on(ScheduledExecutorService scheduler) {
    Objects.requireNonNull(scheduler, "scheduler");
    return new Sleeper() {
      @Override
      public void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis(), (int) (duration.toNanos() % 1_000_000));
      }

      @Override
      public CompletableFuture<Void> after(Duration duration) {
        return Scheduler.after(scheduler, duration);
      }

      @Override
      public String toString() {
        return "Sleeper[" + scheduler + "]";
      }
    };
  }
}
