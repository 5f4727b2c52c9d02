package dev.taskclients.runtime;

import java.time.Duration;

/** Argument checks for durations. */
final class Durations {
  private Durations() {
  }

  static Duration requirePositive(Duration duration, String what) {
    if (duration == null) {
      throw new NullPointerException(what + " must not be null");
    }
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(what + " must be positive, was " + duration);
    }
    return duration;
  }
}
