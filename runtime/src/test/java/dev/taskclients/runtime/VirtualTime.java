package dev.taskclients.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A clock that only moves when its sleeper sleeps, recording every delay: tests never sleep. */
public final class VirtualTime extends Clock {
  private Instant now = Instant.parse("2026-01-01T00:00:00Z");
  /** Every delay slept, in order. */
  public final List<Duration> sleeps = new ArrayList<>();

  /** Advances this clock instead of sleeping. */
  public final Sleeper sleeper = duration -> {
    sleeps.add(duration);
    now = now.plus(duration);
  };

  /** Starts at 2026-01-01T00:00:00Z with nothing slept. */
  public VirtualTime() {
  }

  /** @return the total time slept */
  public Duration elapsed() {
    return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
