package dev.taskclients.runtime;

import dev.taskclients.runtime.internal.Arguments;
import dev.taskclients.runtime.internal.Headers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Per-call settings: extra headers, a timeout, and the request id sent as {@code X-Request-Id}. */
public final class RequestOptions {
  /** No extra headers, the client's timeout, no request id. */
  public static final RequestOptions NONE = builder().build();

  /** Headers the client sets itself; letting a caller replace them would break auth or framing. */
  private static final Set<String> RESERVED =
      Set.of("authorization", "content-type", "content-length", "host");

  private final Map<String, List<String>> headers;
  private final Duration timeout;
  private final Duration callTimeout;
  private final Duration maxCallTime;
  private final String requestId;

  private RequestOptions(Builder builder) {
    this.headers = Headers.copy(builder.headers);
    this.timeout = builder.timeout;
    this.callTimeout = builder.callTimeout;
    this.maxCallTime = builder.maxCallTime;
    this.requestId = builder.requestId;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a new builder holding these options} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    headers.forEach((name, values) -> builder.headers.put(name, new ArrayList<>(values)));
    builder.timeout = timeout;
    builder.callTimeout = callTimeout;
    builder.maxCallTime = maxCallTime;
    builder.requestId = requestId;
    return builder;
  }

  /** {@return the extra headers: an unmodifiable, case-insensitive map from name to values} */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * {@return the timeout of each attempt of this call, if set, replacing the client's request
   * timeout}
   */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /**
   * {@return the overall time this call may take across retries, if set, replacing the client's
   * call timeout}
   */
  public Optional<Duration> callTimeout() {
    return Optional.ofNullable(callTimeout);
  }

  /**
   * {@return the most time this call may take whatever its timeouts say, if set} It cuts the call
   * timeout (and so each attempt's) when shorter; waiters set it on each poll so that a slow poll
   * cannot outlast the wait's own timeout.
   */
  public Optional<Duration> maxCallTime() {
    return Optional.ofNullable(maxCallTime);
  }

  /** {@return the request id sent as {@code X-Request-Id}, if set} */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RequestOptions o
        && headers.equals(o.headers)
        && Objects.equals(timeout, o.timeout)
        && Objects.equals(callTimeout, o.callTimeout)
        && Objects.equals(maxCallTime, o.maxCallTime)
        && Objects.equals(requestId, o.requestId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(headers, timeout, callTimeout, maxCallTime, requestId);
  }

  @Override
  public String toString() {
    return "RequestOptions[headers="
        + headers.keySet()
        + ", timeout="
        + timeout
        + ", callTimeout="
        + callTimeout
        + (maxCallTime == null ? "" : ", maxCallTime=" + maxCallTime)
        + ", requestId="
        + requestId
        + "]";
  }

  /** Builds {@link RequestOptions}, checking each argument as it is set. Not thread-safe. */
  public static final class Builder {
    private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private Duration timeout;
    private Duration callTimeout;
    private Duration maxCallTime;
    private String requestId;

    private Builder() {}

    /**
     * Sets the overall time this call may take across retries (positive), replacing the client's
     * call timeout.
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = Arguments.requirePositive(timeout, "callTimeout");
      return this;
    }

    /**
     * Adds a header to this call; throws IllegalArgumentException for a control character or a name
     * the client sets itself (Authorization, Content-Type, Content-Length, Host).
     */
    public Builder header(String name, String value) {
      Arguments.checkName(name);
      if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            "header '" + name + "' is set by the client and cannot be overridden");
      }
      Arguments.check(value, "value of header '" + name + "'");
      headers.computeIfAbsent(name, ignored -> new ArrayList<>()).add(value);
      return this;
    }

    /**
     * Sets how long each attempt of this call may take (positive), replacing the client's request
     * timeout.
     */
    public Builder timeout(Duration timeout) {
      this.timeout = Arguments.requirePositive(timeout, "timeout");
      return this;
    }

    /**
     * Sets the most time this call may take whatever its timeouts say (positive): it cuts the call
     * timeout, and so each attempt's, when shorter. For keeping a call within a deadline of your
     * own; waiters set it on each poll.
     */
    public Builder maxCallTime(Duration limit) {
      this.maxCallTime = Arguments.requirePositive(limit, "maxCallTime");
      return this;
    }

    /** Sets the request id sent as {@code X-Request-Id}, to trace this call on both sides. */
    public Builder requestId(String requestId) {
      this.requestId = Arguments.check(requestId, "requestId");
      return this;
    }

    /** {@return the immutable options} */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
