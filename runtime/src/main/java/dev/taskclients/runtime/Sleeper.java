package dev.taskclients.runtime;

import java.time.Duration;

/** Waits between polls; tests inject one that advances a virtual clock instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
  /** The real one: {@link Thread#sleep(long, int)}. */
  Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis(), (int) (duration.toNanos() % 1_000_000));

  /** Waits for the given time; throws InterruptedException if the thread is interrupted meanwhile. */
  void sleep(Duration duration) throws InterruptedException;
}
