package dev.taskclients.runtime;

import dev.taskclients.runtime.internal.Arguments;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * When a failed call is tried again. Defaults: up to 2 retries (3 attempts) of operations the spec
 * marks safe, after connection failures, timeouts and HTTP 408, 429, 500, 502, 503 and 504 (never
 * 501, 505 or another 4xx, nor after an error body that advises against it: see {@link
 * RetryAdvice}); the delay is the server's {@code Retry-After} (seconds or an HTTP date, capped at
 * 30 s), or else exponential backoff with full jitter: random in [0, min(8 s, 250 ms ×
 * 2^(retry-1))].
 */
public final class RetryPolicy {
  /** The statuses retried by default. */
  public static final Set<Integer> DEFAULT_RETRYABLE_STATUSES =
      Set.of(408, 429, 500, 502, 503, 504);

  private static final RetryPolicy DEFAULTS = builder().build();

  private final int maxRetries;
  private final Duration baseDelay;
  private final Duration maxDelay;
  private final Duration maxRetryAfter;
  private final Set<Integer> retryableStatuses;
  private final Clock clock;
  private final Sleeper sleeper;
  private final DoubleSupplier random;

  private RetryPolicy(Builder b) {
    this.maxRetries = b.maxRetries;
    this.baseDelay = b.baseDelay;
    this.maxDelay = b.maxDelay;
    this.maxRetryAfter = b.maxRetryAfter;
    this.retryableStatuses = Set.copyOf(b.retryableStatuses);
    this.clock = b.clock;
    this.sleeper = b.sleeper;
    this.random = b.random;
  }

  /** {@return the default policy} */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** {@return a policy that never retries} */
  public static RetryPolicy none() {
    return builder().maxRetries(0).build();
  }

  /** {@return a builder holding the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return retries after the first attempt (0: none)} */
  public int maxRetries() {
    return maxRetries;
  }

  /** {@return the statuses retried} */
  public Set<Integer> retryableStatuses() {
    return retryableStatuses;
  }

  /** {@return the clock deadlines and HTTP dates are read from} */
  public Clock clock() {
    return clock;
  }

  /** {@return what waits between attempts} */
  public Sleeper sleeper() {
    return sleeper;
  }

  /**
   * {@return the delay before retry {@code retry} (1-based): {@code retryAfter} (capped) if not
   * null, else backoff}
   */
  public Duration delay(int retry, Duration retryAfter) {
    if (retryAfter != null) {
      return retryAfter.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : retryAfter;
    }
    double ceiling = Math.min(maxDelay.toNanos(), baseDelay.toNanos() * Math.pow(2, retry - 1));
    return Duration.ofNanos((long) (ceiling * random.getAsDouble()));
  }

  @Override
  public String toString() {
    return "RetryPolicy[maxRetries="
        + maxRetries
        + ", baseDelay="
        + baseDelay
        + ", maxDelay="
        + maxDelay
        + ", maxRetryAfter="
        + maxRetryAfter
        + ", retryableStatuses="
        + retryableStatuses
        + "]";
  }

  /** Builds a {@link RetryPolicy}, checking each argument as it is set. Not thread-safe. */
  public static final class Builder {
    private int maxRetries = 2;
    private Duration baseDelay = Duration.ofMillis(250);
    private Duration maxDelay = Duration.ofSeconds(8);
    private Duration maxRetryAfter = Duration.ofSeconds(30);
    private Set<Integer> retryableStatuses = DEFAULT_RETRYABLE_STATUSES;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.SYSTEM;
    private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();

    private Builder() {}

    /** Sets the retries after the first attempt (0 or more; 0 disables them). */
    public Builder maxRetries(int retries) {
      if (retries < 0) {
        throw new IllegalArgumentException("maxRetries must be >= 0, was " + retries);
      }
      this.maxRetries = retries;
      return this;
    }

    /** Sets the backoff ceiling of the first retry (positive). */
    public Builder baseDelay(Duration delay) {
      this.baseDelay = Arguments.requirePositive(delay, "baseDelay");
      return this;
    }

    /** Sets the largest backoff ceiling (positive). */
    public Builder maxDelay(Duration delay) {
      this.maxDelay = Arguments.requirePositive(delay, "maxDelay");
      return this;
    }

    /** Sets the longest {@code Retry-After} honoured (positive); longer ones are cut to it. */
    public Builder maxRetryAfter(Duration cap) {
      this.maxRetryAfter = Arguments.requirePositive(cap, "maxRetryAfter");
      return this;
    }

    /** Sets the HTTP statuses to retry. */
    public Builder retryableStatuses(Set<Integer> statuses) {
      this.retryableStatuses = Set.copyOf(Objects.requireNonNull(statuses, "statuses"));
      return this;
    }

    /**
     * Sets the clock deadlines and HTTP dates are read from (a testing seam: a virtual one in your
     * tests).
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets what waits between attempts (a testing seam: one that advances a virtual clock instead
     * of sleeping).
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

    /** {@return the immutable policy} */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }
  }
}
