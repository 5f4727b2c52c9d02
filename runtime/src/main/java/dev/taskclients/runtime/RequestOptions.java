package dev.taskclients.runtime;

import dev.taskclients.runtime.internal.Arguments;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
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
  private static final Set<String> RESERVED = Set.of("authorization", "content-type", "content-length", "host");

  private final Map<String, List<String>> headers;
  private final Duration timeout;
  private final Duration callTimeout;
  private final String requestId;

  private RequestOptions(Builder builder) {
    Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    builder.headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    this.headers = Collections.unmodifiableMap(copy);
    this.timeout = builder.timeout;
    this.callTimeout = builder.callTimeout;
    this.requestId = builder.requestId;
  }

  /**
   * Starts an empty builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding these options.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    headers.forEach((name, values) -> builder.headers.put(name, new ArrayList<>(values)));
    builder.timeout = timeout;
    builder.callTimeout = callTimeout;
    builder.requestId = requestId;
    return builder;
  }

  /**
   * Returns the extra headers.
   *
   * @return an unmodifiable, case-insensitive map from name to values
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * Returns the timeout for this call, replacing the client's request timeout.
   *
   * @return the timeout, if set
   */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /**
   * Returns the overall time this call may take across retries, replacing the client's call timeout.
   *
   * @return the call timeout, if set
   */
  public Optional<Duration> callTimeout() {
    return Optional.ofNullable(callTimeout);
  }

  /**
   * Returns the request id sent as {@code X-Request-Id}.
   *
   * @return the id, if set
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RequestOptions
        && headers.equals(((RequestOptions) other).headers)
        && Objects.equals(timeout, ((RequestOptions) other).timeout)
        && Objects.equals(callTimeout, ((RequestOptions) other).callTimeout)
        && Objects.equals(requestId, ((RequestOptions) other).requestId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(headers, timeout, callTimeout, requestId);
  }

  @Override
  public String toString() {
    return "RequestOptions[headers=" + headers.keySet() + ", timeout=" + timeout + ", callTimeout=" + callTimeout + ", requestId=" + requestId + "]";
  }

  /** Builds {@link RequestOptions}, checking each argument as it is set. Not thread-safe. */
  public static final class Builder {
    private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private Duration timeout;
    private Duration callTimeout;
    private String requestId;

    private Builder() {
    }

    /**
     * Sets the overall time this call may take across retries, replacing the client's call timeout.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = Arguments.requirePositive(timeout, "callTimeout");
      return this;
    }

    /**
     * Adds a header to this call.
     *
     * @param name the header name; not one the client sets itself (Authorization, Content-Type,
     *     Content-Length, Host)
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException for a reserved name or a control character
     */
    public Builder header(String name, String value) {
      Arguments.checkName(name);
      if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("header '" + name + "' is set by the client and cannot be overridden");
      }
      Arguments.check(value, "value of header '" + name + "'");
      headers.computeIfAbsent(name, ignored -> new ArrayList<>()).add(value);
      return this;
    }

    /**
     * Sets how long each attempt of this call may take, replacing the client's request timeout.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      this.timeout = Arguments.requirePositive(timeout, "timeout");
      return this;
    }

    /**
     * Sets the request id sent as {@code X-Request-Id}, to trace this call on both sides.
     *
     * @param requestId the id
     * @return this builder
     */
    public Builder requestId(String requestId) {
      this.requestId = Arguments.check(requestId, "requestId");
      return this;
    }

    /**
     * Builds the immutable options.
     *
     * @return the options
     */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
