package dev.taskclients.runtime.internal;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The runtime's one scheduler thread: asynchronous waits between polls and before retries are tasks
 * scheduled here, so no thread is held while a wait or retry is pending. One daemon thread, named
 * {@code taskclients-scheduler}; what runs when a delay ends is only the start of the next request,
 * which java.net.http takes over at once.
 */
public final class Scheduler {
  private static final ScheduledExecutorService SHARED = create();

  private Scheduler() {}

  private static ScheduledExecutorService create() {
    ScheduledThreadPoolExecutor executor =
        new ScheduledThreadPoolExecutor(
            1,
            runnable -> {
              Thread thread = new Thread(runnable, "taskclients-scheduler");
              thread.setDaemon(true);
              return thread;
            });
    // A cancelled wait leaves no task behind: ten thousand cancelled waits must not keep ten
    // thousand entries.
    executor.setRemoveOnCancelPolicy(true);
    return executor;
  }

  /** {@return the runtime's scheduler} */
  public static ScheduledExecutorService shared() {
    return SHARED;
  }

  /**
   * {@return a future completed on {@code scheduler} once {@code delay} has passed} Cancelling the
   * future removes the scheduled task.
   */
  public static CompletableFuture<Void> after(ScheduledExecutorService scheduler, Duration delay) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    ScheduledFuture<?> task =
        scheduler.schedule(
            () -> done.complete(null), Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
    done.whenComplete(
        (ignored, thrown) -> {
          if (done.isCancelled()) {
            task.cancel(false);
          }
        });
    return done;
  }
}
