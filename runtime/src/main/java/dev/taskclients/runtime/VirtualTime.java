package dev.taskclients.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Virtual time for tests of code that waits or retries: a clock that moves only when its {@link
 * #sleeper()} is asked to sleep, recording every delay, so a ten-minute wait runs at once and its
 * schedule can be asserted. Give both to {@link WaitOptions.Builder#clock} and {@link
 * WaitOptions.Builder#sleeper} (and to {@link RetryPolicy.Builder}'s) in your tests; never in
 * production code. Starts at 2026-01-01T00:00:00Z. Thread-safe.
 *
 * <pre>{@code
 * VirtualTime time = new VirtualTime();
 * Task done = client.waitForCompletion("task_123",
 *     WaitOptions.builder().clock(time).sleeper(time.sleeper()).build());
 * assertEquals(List.of(Duration.ofMillis(500)), time.sleeps());
 * }</pre>
 */
public final class VirtualTime extends Clock {
  private Instant now = Instant.parse("2026-01-01T00:00:00Z");
  private final List<Duration> sleeps = new ArrayList<>();
  private final Sleeper sleeper = this::advance;

  /** Starts at 2026-01-01T00:00:00Z, nothing slept yet. */
  public VirtualTime() {}

  private synchronized void advance(Duration duration) {
    sleeps.add(duration);
    now = now.plus(duration);
  }

  /** {@return the sleeper that advances this clock instead of sleeping, recording each delay} */
  public Sleeper sleeper() {
    return sleeper;
  }

  /** {@return every delay slept so far, in order} */
  public synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  /** {@return the total time slept so far} */
  public synchronized Duration elapsed() {
    return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
  }

  @Override
  public synchronized Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  /** {@return this clock: virtual time has one zone, UTC} */
  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public String toString() {
    return "VirtualTime[" + instant() + "]";
  }
}
