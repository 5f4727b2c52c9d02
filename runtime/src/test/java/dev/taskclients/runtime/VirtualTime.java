package dev.taskclients.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A clock that only moves when its sleeper sleeps, recording every delay: tests never sleep. */
final class VirtualTime extends Clock {
  private Instant now = Instant.parse("2026-01-01T00:00:00Z");
  final List<Duration> sleeps = new ArrayList<>();

  final Sleeper sleeper = duration -> {
    sleeps.add(duration);
    now = now.plus(duration);
  };

  Duration elapsed() {
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
