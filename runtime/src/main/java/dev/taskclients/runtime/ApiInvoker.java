package dev.taskclients.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Sends {@link ApiRequest}s for a generated client and turns each response into a typed body or a
 * typed exception. Immutable and thread-safe.
 */
public final class ApiInvoker {
  private static final String REQUEST_ID_HEADER = "X-Request-Id";

  private final ClientConfig config;

  /**
   * Creates an invoker.
   *
   * @param config the client's configuration
   */
  public ApiInvoker(ClientConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /** @return the configuration this invoker sends with */
  public ClientConfig config() {
    return config;
  }

  /**
   * Sends a request and waits for its response.
   *
   * @param request the request
   * @param options per-call settings
   * @param responseType the body's class ({@code Void.class} for none)
   * @param <T> the body type
   * @return the response
   * @throws ApiException for an error status
   * @throws ApiIoException if the call could not complete
   * @throws InvalidResponseException if a success response cannot be read
   */
  public <T> Response<T> send(ApiRequest request, RequestOptions options, Class<T> responseType) {
    return send(request, options, type(responseType));
  }

  /**
   * Sends a request and waits for its response.
   *
   * @param request the request
   * @param options per-call settings
   * @param responseType the body's generic type
   * @param <T> the body type
   * @return the response
   */
  public <T> Response<T> send(ApiRequest request, RequestOptions options, TypeReference<T> responseType) {
    return send(request, options, config.objectMapper().getTypeFactory().constructType(responseType));
  }

  /**
   * Sends a request without blocking; failures complete the future with the exceptions
   * {@link #send(ApiRequest, RequestOptions, Class)} throws, not wrapped.
   *
   * @param request the request
   * @param options per-call settings
   * @param responseType the body's class
   * @param <T> the body type
   * @return the future response
   */
  public <T> CompletableFuture<Response<T>> sendAsync(ApiRequest request, RequestOptions options, Class<T> responseType) {
    return sendAsync(request, options, type(responseType));
  }

  /**
   * Sends a request without blocking.
   *
   * @param request the request
   * @param options per-call settings
   * @param responseType the body's generic type
   * @param <T> the body type
   * @return the future response
   */
  public <T> CompletableFuture<Response<T>> sendAsync(ApiRequest request, RequestOptions options, TypeReference<T> responseType) {
    return sendAsync(request, options, config.objectMapper().getTypeFactory().constructType(responseType));
  }

  private JavaType type(Class<?> responseType) {
    return config.objectMapper().getTypeFactory().constructType(Objects.requireNonNull(responseType, "responseType"));
  }

  private <T> Response<T> send(ApiRequest request, RequestOptions options, JavaType responseType) {
    HttpRequest http = toHttpRequest(request, options);
    HttpResponse<byte[]> response;
    try {
      response = config.httpClient().send(http, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw ioFailure(http, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiIoException(describe(http) + " was interrupted", e);
    }
    return read(request, options, response, responseType);
  }

  private <T> CompletableFuture<Response<T>> sendAsync(ApiRequest request, RequestOptions options, JavaType responseType) {
    HttpRequest http;
    try {
      http = toHttpRequest(request, options);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return config.httpClient().sendAsync(http, HttpResponse.BodyHandlers.ofByteArray())
        .handle((response, failure) -> {
          if (failure != null) {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            throw cause instanceof IOException
                ? ioFailure(http, (IOException) cause)
                : new ApiIoException(describe(http) + " failed: " + cause, cause);
          }
          return read(request, options, response, responseType);
        });
  }

  private HttpRequest toHttpRequest(ApiRequest request, RequestOptions options) {
    URI uri = request.absoluteUrl() != null ? underBaseUrl(request.absoluteUrl())
        : URI.create(config.baseUrl() + request.path() + (request.query().isEmpty() ? "" : "?" + request.query()));
    Duration timeout = options.timeout().orElse(config.requestTimeout());
    HttpRequest.Builder http = HttpRequest.newBuilder(uri).timeout(timeout)
        .header("Accept", "application/json")
        .header("User-Agent", config.userAgent());
    if (config.credential() != null) {
      http.header(config.credential().headerName(), config.credential().headerValue());
    }
    addAll(http, config.defaultHeaders());
    addAll(http, request.headers());
    addAll(http, options.headers());
    options.requestId().ifPresent(id -> http.setHeader(REQUEST_ID_HEADER, id));
    if (request.body().isPresent()) {
      http.header("Content-Type", "application/json");
      http.method(request.method(), HttpRequest.BodyPublishers.ofByteArray(serialize(request.body().get())));
    } else {
      http.method(request.method(), HttpRequest.BodyPublishers.noBody());
    }
    return http.build();
  }

  /** A followed link must stay on the API: same scheme, host and port, under the base path. */
  private URI underBaseUrl(URI url) {
    URI base = config.baseUrl();
    String basePath = base.getRawPath() == null ? "" : base.getRawPath();
    boolean sameOrigin = base.getScheme().equalsIgnoreCase(url.getScheme())
        && base.getHost().equalsIgnoreCase(url.getHost()) && base.getPort() == url.getPort();
    String path = url.getRawPath() == null ? "" : url.getRawPath();
    if (!sameOrigin || !(path.equals(basePath) || path.startsWith(basePath + "/"))) {
      throw new IllegalArgumentException("refusing to follow " + url.getScheme() + "://" + url.getRawAuthority() + path
          + ": it is not under the client's base URL " + base);
    }
    return url;
  }

  private static void addAll(HttpRequest.Builder http, Map<String, List<String>> headers) {
    headers.forEach((name, values) -> values.forEach(value -> http.header(name, value)));
  }

  private byte[] serialize(Object body) {
    try {
      return config.objectMapper().writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("request body of type " + body.getClass().getName() + " cannot be written as JSON: "
          + e.getOriginalMessage(), e);
    }
  }

  private <T> Response<T> read(ApiRequest request, RequestOptions options, HttpResponse<byte[]> response, JavaType responseType) {
    int status = response.statusCode();
    Map<String, List<String>> headers = response.headers().map();
    String requestId = response.headers().firstValue(REQUEST_ID_HEADER).orElse(options.requestId().orElse(null));
    byte[] body = response.body() == null ? new byte[0] : response.body();
    if (status >= 200 && status <= 299) {
      return new Response<>(status, headers, parseBody(status, body, responseType, requestId), requestId);
    }
    String raw = new String(body, StandardCharsets.UTF_8);
    throw ApiExceptions.forStatus(status, headers, raw, parseErrorBody(body, request.errorBodyType()), requestId);
  }

  private <T> T parseBody(int status, byte[] body, JavaType type, String requestId) {
    if (type.hasRawClass(Void.class)) {
      return null;
    }
    if (body.length == 0) {
      throw new InvalidResponseException("empty body, expected " + type.getRawClass().getSimpleName(), status, "", requestId, null);
    }
    try {
      return config.objectMapper().readValue(body, type);
    } catch (IOException | RuntimeException e) {
      // RuntimeException covers a model refusing its values (e.g. a required field missing).
      String what = e instanceof JsonProcessingException ? ((JsonProcessingException) e).getOriginalMessage() : e.getMessage();
      throw new InvalidResponseException("body is not a valid " + type.getRawClass().getSimpleName() + ": " + what,
          status, new String(body, StandardCharsets.UTF_8), requestId, e);
    }
  }

  /** The spec's error model when the body fits it, else the JSON tree, else null. */
  private Object parseErrorBody(byte[] body, Class<?> errorBodyType) {
    if (body.length == 0) {
      return null;
    }
    ObjectMapper mapper = config.objectMapper();
    if (errorBodyType != null) {
      try {
        return mapper.readValue(body, errorBodyType);
      } catch (IOException | RuntimeException notTheModel) {
        // Fall through: a proxy's page or an unexpected shape is still worth keeping.
      }
    }
    try {
      return mapper.readTree(body);
    } catch (IOException notJson) {
      return null;
    }
  }

  private ApiIoException ioFailure(HttpRequest http, IOException e) {
    if (e instanceof HttpTimeoutException) {
      return new ApiTimeoutException(describe(http) + " timed out after " + http.timeout().map(Duration::toString).orElse("?"), e);
    }
    return new ApiIoException(describe(http) + " failed: " + e, e);
  }

  /** Method and URL without the query; never a header. */
  private static String describe(HttpRequest http) {
    URI uri = http.uri();
    return http.method() + " " + uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath();
  }
}
