package dev.taskclients.runtime;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A successful response: status, headers, request id and the parsed body.
 *
 * @param <T> the body's type
 */
public final class Response<T> {
  private final int statusCode;
  private final Map<String, List<String>> headers;
  private final T body;
  private final String requestId;

  /**
   * Creates a response.
   *
   * @param statusCode the HTTP status
   * @param headers the response headers (copied; looked up case-insensitively)
   * @param body the parsed body
   * @param requestId the request id, or null
   */
  public Response(int statusCode, Map<String, List<String>> headers, T body, String requestId) {
    this.statusCode = statusCode;
    Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    this.headers = Collections.unmodifiableMap(copy);
    this.body = body;
    this.requestId = requestId;
  }

  /** @return the HTTP status */
  public int statusCode() {
    return statusCode;
  }

  /** @return the headers, looked up case-insensitively */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * Returns the first value of a header.
   *
   * @param name the header name, in any case
   * @return the value, if the header is present
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** @return the parsed body */
  public T body() {
    return body;
  }

  /** @return the {@code X-Request-Id} the server answered with, else the one sent, if any */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /**
   * Returns this response with its body transformed.
   *
   * @param mapper transforms the body
   * @param <U> the new body type
   * @return a new response
   */
  public <U> Response<U> map(Function<? super T, ? extends U> mapper) {
    return new Response<>(statusCode, headers, mapper.apply(body), requestId);
  }

  @Override
  public String toString() {
    return "Response[status=" + statusCode + ", requestId=" + requestId + ", body=" + body + "]";
  }
}
