package dev.taskclients.runtime;

import dev.taskclients.runtime.internal.Headers;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
   * Creates a response; the headers are copied, to be looked up case-insensitively; the request id
   * may be null.
   */
  public Response(int statusCode, Map<String, List<String>> headers, T body, String requestId) {
    this.statusCode = statusCode;
    this.headers = Headers.copy(headers);
    this.body = body;
    this.requestId = requestId;
  }

  /** {@return the HTTP status} */
  public int statusCode() {
    return statusCode;
  }

  /** {@return the headers, looked up case-insensitively} */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** {@return the first value of a header, by its name in any case, if present} */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** {@return the parsed body} */
  public T body() {
    return body;
  }

  /** {@return the {@code X-Request-Id} the server answered with, else the one sent, if any} */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** {@return a new response, this one with its body transformed by {@code mapper}} */
  public <U> Response<U> map(Function<? super T, ? extends U> mapper) {
    return new Response<>(statusCode, headers, mapper.apply(body), requestId);
  }

  @Override
  public String toString() {
    return "Response[status=" + statusCode + ", requestId=" + requestId + ", body=" + body + "]";
  }
}
