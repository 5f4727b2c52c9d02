package dev.taskclients.runtime;

import dev.taskclients.runtime.internal.Arguments;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;

/**
 * How to wait for a task: the delays between polls, the overall timeout, a progress listener, the
 * {@link RequestOptions} every poll is sent with, and the clock, sleeper and randomness (a
 * deliberate testing seam: a virtual clock and a sleeper that advances it make a wait instant in
 * your own tests). Defaults: first delay 500 ms, max delay 5 s, multiplier 1.5, jitter ±20 %,
 * timeout 10 min, up to 5 transient errors in a row, polls with {@link RequestOptions#NONE}.
 */
public final class WaitOptions {
  private static final WaitOptions DEFAULTS = builder().build();

  private final Duration firstDelay;
  private final Duration maxDelay;
  private final double multiplier;
  private final double jitter;
  private final Duration timeout;
  private final int maxConsecutiveErrors;
  private final Consumer<? super TaskView> progressListener;
  private final RequestOptions requestOptions;
  private final Clock clock;
  private final Sleeper sleeper;
  private final DoubleSupplier random;

  private WaitOptions(Builder b) {
    this.firstDelay = b.firstDelay;
    this.maxDelay = b.maxDelay;
    this.multiplier = b.multiplier;
    this.jitter = b.jitter;
    this.timeout = b.timeout;
    this.maxConsecutiveErrors = b.maxConsecutiveErrors;
    this.progressListener = b.progressListener;
    this.requestOptions = b.requestOptions;
    this.clock = b.clock;
    this.sleeper = b.sleeper;
    this.random = b.random;
  }

  /** {@return the defaults} */
  public static WaitOptions defaults() {
    return DEFAULTS;
  }

  /** {@return a builder holding the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the shortest delay between polls, and the first one} */
  public Duration firstDelay() {
    return firstDelay;
  }

  /** {@return the longest delay between polls (a {@code Retry-After} may ask for more)} */
  public Duration maxDelay() {
    return maxDelay;
  }

  /** {@return how much the delay grows after each unfinished poll} */
  public double multiplier() {
    return multiplier;
  }

  /** {@return the relative jitter applied to backoff delays, 0 to 1} */
  public double jitter() {
    return jitter;
  }

  /** {@return how long to wait in all before giving up} */
  public Duration timeout() {
    return timeout;
  }

  /** {@return how many transient errors in a row end the wait} */
  public int maxConsecutiveErrors() {
    return maxConsecutiveErrors;
  }

  /** {@return called with the task after every successful poll} */
  public Consumer<? super TaskView> progressListener() {
    return progressListener;
  }

  /**
   * {@return the options every poll is sent with: extra headers, per-attempt timeouts, request id}
   */
  public RequestOptions requestOptions() {
    return requestOptions;
  }

  /** {@return the clock deadlines are read from} */
  public Clock clock() {
    return clock;
  }

  /** {@return what waits between polls} */
  public Sleeper sleeper() {
    return sleeper;
  }

  /** {@return the source of jitter, uniform in [0, 1)} */
  public DoubleSupplier random() {
    return random;
  }

  @Override
  public String toString() {
    return "WaitOptions[firstDelay="
        + firstDelay
        + ", maxDelay="
        + maxDelay
        + ", multiplier="
        + multiplier
        + ", jitter="
        + jitter
        + ", timeout="
        + timeout
        + ", maxConsecutiveErrors="
        + maxConsecutiveErrors
        + ", requestOptions="
        + requestOptions
        + "]";
  }

  /** Builds {@link WaitOptions}, checking each argument as it is set. Not thread-safe. */
  public static final class Builder {
    private Duration firstDelay = Duration.ofMillis(500);
    private Duration maxDelay = Duration.ofSeconds(5);
    private double multiplier = 1.5;
    private double jitter = 0.2;
    private Duration timeout = Duration.ofMinutes(10);
    private int maxConsecutiveErrors = 5;
    private Consumer<? super TaskView> progressListener = task -> {};
    private RequestOptions requestOptions = RequestOptions.NONE;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.SYSTEM;
    private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();

    private Builder() {}

    /** Sets the first and shortest delay (positive). */
    public Builder firstDelay(Duration delay) {
      this.firstDelay = Arguments.requirePositive(delay, "firstDelay");
      return this;
    }

    /** Sets the longest delay (positive). */
    public Builder maxDelay(Duration delay) {
      this.maxDelay = Arguments.requirePositive(delay, "maxDelay");
      return this;
    }

    /** Sets the growth of the delay per unfinished poll (finite, at least 1). */
    public Builder multiplier(double multiplier) {
      if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
        throw new IllegalArgumentException(
            "multiplier must be a finite number >= 1, was " + multiplier);
      }
      this.multiplier = multiplier;
      return this;
    }

    /** Sets the relative jitter, from 0 (none) to 1. */
    public Builder jitter(double jitter) {
      if (!(jitter >= 0.0 && jitter <= 1.0)) {
        throw new IllegalArgumentException("jitter must be between 0 and 1, was " + jitter);
      }
      this.jitter = jitter;
      return this;
    }

    /** Sets how long to wait in all (positive). */
    public Builder timeout(Duration timeout) {
      this.timeout = Arguments.requirePositive(timeout, "timeout");
      return this;
    }

    /** Sets how many transient errors in a row the wait survives (0 or more). */
    public Builder maxConsecutiveErrors(int max) {
      if (max < 0) {
        throw new IllegalArgumentException("maxConsecutiveErrors must be >= 0, was " + max);
      }
      this.maxConsecutiveErrors = max;
      return this;
    }

    /** Sets what is called with the task after every successful poll. */
    public Builder progressListener(Consumer<? super TaskView> listener) {
      this.progressListener = Objects.requireNonNull(listener, "progressListener");
      return this;
    }

    /**
     * Sets the options every poll is sent with (default {@link RequestOptions#NONE}): extra
     * headers, a per-attempt timeout, a call timeout per poll, and the request id, which every poll
     * of this wait then carries.
     */
    public Builder requestOptions(RequestOptions options) {
      this.requestOptions = Objects.requireNonNull(options, "requestOptions");
      return this;
    }

    /**
     * Sets the clock deadlines are read from (a testing seam: a virtual one makes waits instant).
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets what waits between polls (a testing seam: one that advances a virtual clock instead of
     * sleeping).
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * Sets the jitter source, uniform in [0, 1) (a testing seam: a fixed one makes delays
     * predictable).
     */
    public Builder random(DoubleSupplier random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /**
     * {@return the immutable options} Throws IllegalArgumentException if maxDelay is below
     * firstDelay.
     */
    public WaitOptions build() {
      if (maxDelay.compareTo(firstDelay) < 0) {
        throw new IllegalArgumentException(
            "maxDelay " + maxDelay + " is shorter than firstDelay " + firstDelay);
      }
      return new WaitOptions(this);
    }
  }
}
