package dev.taskclients.runtime.support;

import dev.taskclients.runtime.internal.ApiExceptions;
import dev.taskclients.runtime.internal.ErrorMessages;
import dev.taskclients.runtime.internal.Headers;
import dev.taskclients.runtime.internal.HttpThreads;
import dev.taskclients.runtime.internal.RetryAfter;
import dev.taskclients.runtime.internal.Scheduler;
import dev.taskclients.runtime.internal.UrlEncoding;
import dev.taskclients.runtime.ApiException;
import dev.taskclients.runtime.ApiIoException;
import dev.taskclients.runtime.ApiTimeoutException;
import dev.taskclients.runtime.ClientConfig;
import dev.taskclients.runtime.Credential;
import dev.taskclients.runtime.InvalidResponseException;
import dev.taskclients.runtime.JsonModel;
import dev.taskclients.runtime.RequestOptions;
import dev.taskclients.runtime.Response;
import dev.taskclients.runtime.RetryPolicy;
import dev.taskclients.runtime.TaskClientException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * Sends {@link ApiRequest}s for a generated client and turns each response into a typed body or a typed exception.
 * Immutable and thread-safe.
 */
public final class ApiInvoker {
  private static final String REQUEST_ID_HEADER = "X-Request-Id";
  private final ClientConfig config;
  private final RequestSlots slots;
  /** Where asynchronous responses are read: the HTTP client's own executor, else the runtime's HTTP pool. */
  private final Executor responseExecutor;

  /** Creates an invoker that sends with this configuration. */
  public ApiInvoker(ClientConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.slots = new RequestSlots(config.maxConcurrentRequests());
    this.responseExecutor = config.httpClient().executor().orElse(HttpThreads.pool());
  }

  /**
   * Sends a request and waits for its response, each status's body read as its documented status says
   * ({@link ApiRequest.Builder#expect}); throws ApiException for an error status, ApiIoException if the call could not
   * complete, InvalidResponseException if a success response cannot be read.
   */
  public <T> Response<T> send(ApiRequest request, RequestOptions options) {
    Call call = new Call(request, options);
    while (true) {
      HttpRequest http = toHttpRequest(request, options, call.attemptTimeout());
      long started = System.nanoTime();
      TaskClientException failure;
      try {
        HttpResponse<byte[]> response = sendInSlot(http, LimitedBody.handler(config.maxResponseBytes()));
        logAttempt(http, call, started, response.statusCode(), null);
        return read(request, options, response);
      } catch (IOException e) {
        failure = ioFailure(http, options, e);
        logAttempt(http, call, started, -1, failure);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw call.finish(new ApiIoException(describe(http) + " was interrupted", e));
      } catch (ApiException e) {
        failure = e;
      } catch (InvalidResponseException e) {
        throw call.finish(e);
      }
      Duration delay = call.retryDelay(failure);
      if (delay == null) {
        throw call.finish(failure);
      }
      try {
        config.retryPolicy().sleeper().sleep(delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw call.finish(new ApiIoException(describe(http) + " was interrupted while waiting to retry", e));
      }
    }
  }

  /** Sends as {@link #send} does, without blocking; failures complete the future with the same exceptions. */
  public <T> CompletableFuture<Response<T>> sendAsync(ApiRequest request, RequestOptions options) {
    Call call;
    try {
      call = new Call(request, options);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    ChainedFuture<Response<T>> result = new ChainedFuture<>();
    attemptAsync(call, result);
    return result;
  }

  /**
   * Sends a request and answers once status and headers arrive, the body a stream that refuses to read past the size
   * cap (close it). For large downloads; never retried, since a half-read stream cannot be replayed. Throws
   * ApiException for an error status (its body read, within the cap), ApiIoException if the call fails.
   */
  public Response<InputStream> sendStreaming(ApiRequest request, RequestOptions options) {
    Call call = new Call(request, options);
    HttpRequest http = toHttpRequest(request, options, call.attemptTimeout());
    long started = System.nanoTime();
    HttpResponse<InputStream> response;
    try {
      response = sendInSlot(http, info -> new TimedBodyStream(config.streamIdleTimeout()));
    } catch (IOException e) {
      throw ioFailure(http, options, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiIoException(describe(http) + " was interrupted", e);
    }
    logAttempt(http, call, started, response.statusCode(), null);
    InputStream body = LimitedBody.capped(response.body(), config.maxResponseBytes(), response.statusCode());
    int status = response.statusCode();
    if (status >= 200 && status <= 299) {
      return new Response<>(status, Headers.of(response.headers()), body, requestId(response.headers(), options));
    }
    byte[] bytes;
    try (InputStream in = body) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw ioFailure(http, options, e);
    }
    throw error(request, status, Headers.of(response.headers()), bytes, requestId(response.headers(), options));
  }

  /**
   * Sends the first request of a paged operation and returns its pages, fetching each further page only when the
   * iteration reaches it: from the previous page's {@code linkField} (see {@link Pages#nextLink}), as this operation's
   * request ({@link ApiRequest#follow}) with the same {@code options}, so every page carries the same credential,
   * headers, timeouts and request id. Throws as {@link #send} does for the first page; later pages throw when the
   * iteration reaches them.
   */
  public <P extends JsonModel> Iterable<P> pages(ApiRequest first, RequestOptions options, String linkField) {
    Response<P> firstPage = send(first, options);
    URI base = URI.create(baseFor(first));
    return Pages.iterate(firstPage, page -> Pages.nextLink(page, linkField, base, config.objectMapper()),
        link -> send(first.follow(link), options));
  }

  /**
   * Sends a paged operation without blocking and completes with every page, in order, each further page requested as
   * {@link #pages} does once the one before it has arrived. Fails with the first exception any page's call fails with,
   * or with the {@link InvalidResponseException} of a link that cannot be followed.
   */
  public <P extends JsonModel> CompletableFuture<List<P>> pagesAsync(ApiRequest first, RequestOptions options,
      String linkField) {
    URI base;
    try {
      base = URI.create(baseFor(first));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return Pages.collectAsync(this.<P>sendAsync(first, options),
        page -> Pages.nextLink(page, linkField, base, config.objectMapper()),
        link -> sendAsync(first.follow(link), options));
  }

  private JavaType javaType(Type type) {
    return config.objectMapper().getTypeFactory().constructType(type);
  }

  /**
   * Sends and waits in one of the client's request slots (see {@link RequestSlots}), the whole exchange (headers and
   * body) bounded by the attempt's timeout: java.net.http's own request timeout stops at the headers, so a timer
   * interrupts the attempt if the body is still arriving (an {@link AttemptTimeout}); the exchange is then cancelled
   * and its connection closed.
   */
  private <B> HttpResponse<B> sendInSlot(HttpRequest http, HttpResponse.BodyHandler<B> body)
      throws IOException, InterruptedException {
    slots.acquireBlocking();
    AtomicBoolean headersArrived = new AtomicBoolean();
    InterruptingTimer timer = new InterruptingTimer(http.timeout().orElse(config.requestTimeout()));
    try {
      return config.httpClient().send(http, info -> {
        headersArrived.set(true);
        return body.apply(info);
      });
    } catch (IOException | InterruptedException e) {
      if (timer.stop()) {
        AttemptTimeout timeout = new AttemptTimeout(headersArrived.get());
        timeout.initCause(e);
        throw timeout;
      }
      throw e;
    } finally {
      timer.stop();
      slots.release();
    }
  }

  /** The {@code X-Request-Id} the server answered with, else the one sent. */
  private static String requestId(HttpHeaders headers, RequestOptions options) {
    String answered = Headers.first(headers, REQUEST_ID_HEADER);
    return answered != null ? answered : options.requestId().orElse(null);
  }

  /**
   * Sends one attempt without blocking and completes {@code result} with its outcome, or schedules the retry
   * ({@link dev.taskclients.runtime.Sleeper#after}): no thread is held while a retry is pending, and cancelling
   * {@code result} cancels the attempt or delay in flight.
   */
  private <T> void attemptAsync(Call call, ChainedFuture<Response<T>> result) {
    CompletableFuture<Void> turn = slots.acquire();
    if (!result.track(turn)) {
      if (turn.isDone() && !turn.isCompletedExceptionally()) {
        slots.release();
      }
      return;
    }
    turn.whenComplete((granted, gaveUp) -> {
      if (gaveUp == null) {
        sendAttempt(call, result);
      }
    });
  }

  /** Sends one attempt in the slot just taken, giving the slot back when the exchange ends. */
  private <T> void sendAttempt(Call call, ChainedFuture<Response<T>> result) {
    HttpRequest http;
    try {
      http = toHttpRequest(call.request, call.options, call.attemptTimeout());
    } catch (RuntimeException e) {
      slots.release();
      result.completeExceptionally(e);
      return;
    }
    long started = System.nanoTime();
    CompletableFuture<Arrived> arrived = new CompletableFuture<>();
    AtomicBoolean headersArrived = new AtomicBoolean();
    CompletableFuture<HttpResponse<byte[]>> exchange = config.httpClient().sendAsync(http,
        Arrived.handler(config.maxResponseBytes(), headersArrived, arrived));
    // Failures come only through the exchange's future; a whole response, through the handler.
    exchange.whenComplete((ignored, thrown) -> {
      if (thrown != null) {
        arrived.completeExceptionally(thrown);
      }
    });
    // java.net.http's request timeout stops at the headers: this one bounds the body too, and cancels the exchange.
    ScheduledFuture<?> timer = Scheduler.shared().schedule(() -> {
      if (arrived.completeExceptionally(new AttemptTimeout(headersArrived.get()))) {
        exchange.cancel(true);
      }
    }, http.timeout().orElse(config.requestTimeout()).toNanos(), TimeUnit.NANOSECONDS);
    arrived.whenComplete((ignored, thrown) -> timer.cancel(false));
    if (!result.track(exchange)) {
      arrived.whenComplete((ignored, thrown) -> slots.release());
      return;
    }
    arrived.whenCompleteAsync((response, thrown) -> {
      slots.release();
      TaskClientException failure;
      if (thrown == null) {
        logAttempt(http, call, started, response.status(), null);
        try {
          result.complete(this.<T>read(call.request, call.options, response));
          return;
        } catch (ApiException e) {
          failure = e;
        } catch (RuntimeException e) {
          result.completeExceptionally(call.finish(e));
          return;
        }
      } else {
        Throwable cause =
            thrown instanceof CompletionException && thrown.getCause() != null ? thrown.getCause() : thrown;
        failure = cause instanceof IOException io
            ? ioFailure(http, call.options, io)
            : new ApiIoException(describe(http) + " failed: " + cause, cause);
        logAttempt(http, call, started, -1, failure);
      }
      Duration delay = result.isDone() ? null : call.retryDelay(failure);
      if (delay == null) {
        result.completeExceptionally(call.finish(failure));
        return;
      }
      CompletableFuture<Void> pause = config.retryPolicy().sleeper().after(delay);
      if (result.track(pause)) {
        pause.whenComplete((ignored, interrupted) -> {
          if (interrupted != null) {
            result.completeExceptionally(call.finish(
                new ApiIoException(describe(http) + " was interrupted while waiting to retry", interrupted)));
          } else {
            attemptAsync(call, result);
          }
        });
      }
    }, responseExecutor);
  }

  /** One call across its attempts: its deadline, the failures so far, and whether to try again. */
  private final class Call {
    final ApiRequest request;
    final RequestOptions options;
    final Instant deadline;
    final List<TaskClientException> failures = new ArrayList<>();
    int attempt = 1;

    Call(ApiRequest request, RequestOptions options) {
      this.request = request;
      this.options = options;
      Duration callTimeout = options.callTimeout().orElse(config.callTimeout());
      Duration limit = options.maxCallTime().filter(max -> max.compareTo(callTimeout) < 0).orElse(callTimeout);
      this.deadline = config.retryPolicy().clock().instant().plus(limit);
    }

    /** The attempt's timeout: the per-attempt one, cut short by the call's deadline. */
    Duration attemptTimeout() {
      Duration perAttempt = options.timeout().orElse(config.requestTimeout());
      // What is left of the call, in whole milliseconds (rounded up, at least one), so messages read PT0.3S.
      long leftMillis = Math.max(1, (Duration.between(config.retryPolicy().clock().instant(), deadline).toNanos()
          + 999_999) / 1_000_000);
      Duration left = Duration.ofMillis(leftMillis);
      return perAttempt.compareTo(left) > 0 ? left : perAttempt;
    }

    /** The delay before trying again, or null when this failure ends the call. */
    Duration retryDelay(TaskClientException failure) {
      RetryPolicy policy = config.retryPolicy();
      if (!request.safeToRetry() || attempt > policy.maxRetries() || Thread.currentThread().isInterrupted()
          || !isRetryable(failure, policy)) {
        return null;
      }
      Duration retryAfter = failure instanceof ApiException api
          ? RetryAfter.parse(api.headers().get("Retry-After"), policy.clock()).orElse(null) : null;
      Duration delay = policy.delay(attempt, retryAfter);
      if (!policy.clock().instant().plus(delay).isBefore(deadline)) {
        return null;
      }
      failures.add(failure);
      attempt++;
      return delay;
    }

    /** The exception that ends the call, with every earlier failed attempt attached as suppressed. */
    <E extends RuntimeException> E finish(E last) {
      failures.stream().filter(earlier -> earlier != last).forEach(last::addSuppressed);
      return last;
    }
  }

  private static boolean isRetryable(TaskClientException failure, RetryPolicy policy) {
    return failure instanceof ApiIoException || failure instanceof ApiException e
        && policy.retryableStatuses().contains(e.statusCode()) && !ErrorMessages.saysNotRetryable(e.errorBody());
  }

  private void logAttempt(HttpRequest http, Call call, long startedNanos, int status, TaskClientException failure) {
    System.Logger logger = config.logger();
    if (!logger.isLoggable(System.Logger.Level.DEBUG)) {
      return;
    }
    long millis = (System.nanoTime() - startedNanos) / 1_000_000;
    String requestId = call.options.requestId().orElse("-");
    logger.log(System.Logger.Level.DEBUG, () -> http.method() + " " + http.uri().getRawPath()
        + (status >= 0 ? " -> " + status : " -> failed: " + failure.getMessage())
        + " (attempt " + call.attempt + ", " + millis + " ms, request-id: " + requestId + ")");
  }

  private HttpRequest toHttpRequest(ApiRequest request, RequestOptions options, Duration timeout) {
    List<Credential> credentials = credentialsFor(request);
    String query = request.query();
    List<String> cookies = request.cookies();
    for (Credential credential : credentials) {
      if (credential.location() == Credential.Location.QUERY) {
        query = (query.isEmpty() ? "" : query + "&") + UrlEncoding.queryComponent(credential.headerName()) + "="
            + UrlEncoding.queryComponent(credential.headerValue());
      } else if (credential.location() == Credential.Location.COOKIE) {
        cookies = new ArrayList<>(cookies);
        cookies.add(credential.headerName() + "=" + UrlEncoding.queryComponent(credential.headerValue()));
      }
    }
    String base = baseFor(request);
    URI uri = request.absoluteUrl() != null ? underBase(request.absoluteUrl(), base, query)
        : URI.create(base + request.path() + (query.isEmpty() ? "" : "?" + query));
    HttpRequest.Builder http = HttpRequest.newBuilder(uri).timeout(timeout)
        .header("Accept", request.accept() == null ? "application/json" : request.accept())
        .header("User-Agent", config.userAgent());
    for (Credential credential : credentials) {
      if (credential.location() == Credential.Location.HEADER) {
        http.header(credential.headerName(), credential.headerValue());
      }
    }
    addAll(http, config.defaultHeaders());
    addAll(http, request.headers());
    addAll(http, options.headers());
    if (!cookies.isEmpty()) {
      http.header("Cookie", String.join("; ", cookies));
    }
    options.requestId().ifPresent(id -> http.setHeader(REQUEST_ID_HEADER, id));
    RequestBodies.Encoded body = RequestBodies.encode(request, config.objectMapper());
    if (body != null) {
      http.header("Content-Type", body.contentType());
    }
    return http.method(request.method(), body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build();
  }

  /** The operation's own server when the spec gives one and no base URL was set, else the base URL. */
  private String baseFor(ApiRequest request) {
    if (request.server() != null && config.operationServers()) {
      URI server = URI.create(request.server());
      if (server.isAbsolute()) {
        String text = server.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
      }
    }
    return config.baseUrl().toString();
  }

  /**
   * The credentials to send: those of the first of the request's security requirements whose schemes all have a
   * credential; none when the operation takes none ({@code security: []}) or the spec has no security at all.
   */
  private List<Credential> credentialsFor(ApiRequest request) {
    if (request.anonymous() || request.security().isEmpty()) {
      return List.of();
    }
    Map<String, Credential> named = config.credentials();
    for (List<String> requirement : request.security()) {
      if (named.keySet().containsAll(requirement)) {
        if (requirement.size() == 1) { // the usual case, without a stream: this runs on every call
          return List.of(named.get(requirement.get(0)));
        }
        return requirement.stream().map(named::get).collect(Collectors.toList());
      }
    }
    throw new IllegalStateException(request.method() + " " + request.pathTemplate() + " needs a credential for "
        + String.join(" or ", request.security().stream().map(r -> String.join(" + ", r)).toArray(String[]::new))
        + ": set it on the client's builder");
  }

  /**
   * A followed link, with {@code query} (its own query plus any credential sent in the query), if it stays under the
   * base URL its operation is sent to. Links from a response are checked before (see {@link Pages#nextLink}), so one
   * refused here was passed in by the caller: an IllegalArgumentException.
   */
  private static URI underBase(URI link, String base, String query) {
    URI baseUrl = URI.create(base);
    if (!isUnderBaseUrl(link, baseUrl)) {
      throw new IllegalArgumentException("refusing to follow " + link.getScheme() + "://" + link.getRawAuthority()
          + Objects.toString(link.getRawPath(), "") + ": it is not under the client's base URL " + baseUrl);
    }
    return URI.create(link.getScheme() + "://" + link.getRawAuthority() + Objects.toString(link.getRawPath(), "")
        + (query.isEmpty() ? "" : "?" + query));
  }

  /** {@return whether an absolute URL is under a base URL: same scheme, host and port, its path at or below the base's} */
  static boolean isUnderBaseUrl(URI url, URI base) {
    String basePath = base.getRawPath() == null ? "" : base.getRawPath();
    boolean sameOrigin = base.getScheme().equalsIgnoreCase(url.getScheme())
        && base.getHost().equalsIgnoreCase(url.getHost()) && base.getPort() == url.getPort();
    String path = url.getRawPath() == null ? "" : url.getRawPath();
    return sameOrigin && (path.equals(basePath) || path.startsWith(basePath + "/"));
  }

  private static void addAll(HttpRequest.Builder http, Map<String, List<String>> headers) {
    headers.forEach((name, values) -> values.forEach(value -> http.header(name, value)));
  }

  private <T> Response<T> read(ApiRequest request, RequestOptions options, HttpResponse<byte[]> response) {
    return read(request, options, new Arrived(response.statusCode(), response.headers(), response.body()));
  }

  private <T> Response<T> read(ApiRequest request, RequestOptions options, Arrived response) {
    int status = response.status();
    Map<String, List<String>> headers = Headers.of(response.headers());
    String requestId = requestId(response.headers(), options);
    byte[] body = response.body() == null ? new byte[0] : response.body();
    if (status >= 200 && status <= 299) {
      ApiRequest.Expected expected = request.expected(status);
      if (expected == null) {
        return new Response<>(status, headers, null, requestId);
      }
      return new Response<>(status, headers, this.<T>readExpected(expected, status, body, requestId), requestId);
    }
    throw error(request, status, headers, body, requestId);
  }

  @SuppressWarnings("unchecked") // the generated call declares T as the type of its success statuses
  private <T> T readExpected(ApiRequest.Expected expected, int status, byte[] body, String requestId) {
    return switch (expected.kind()) {
      case "NONE" -> null;
      case "TEXT" -> (T) new String(body, StandardCharsets.UTF_8);
      case "BINARY" -> (T) body;
      default -> parseBody(status, body, javaType(expected.type()), requestId);
    };
  }

  private ApiException error(ApiRequest request, int status, Map<String, List<String>> headers, byte[] body,
      String requestId) {
    ApiRequest.Expected expected = request.expected(status);
    Type errorType = expected != null && expected.kind().equals("JSON") && expected.type() != null
        ? expected.type() : request.errorBodyType();
    Object errorBody = parseErrorBody(body, errorType == null ? null : javaType(errorType));
    return ApiExceptions.forStatus(status, headers, new String(body, StandardCharsets.UTF_8), errorBody, requestId);
  }

  private <T> T parseBody(int status, byte[] body, JavaType type, String requestId) {
    if (type.hasRawClass(Void.class)) {
      return null;
    }
    if (body.length == 0) {
      throw new InvalidResponseException(
          "empty body, expected " + type.getRawClass().getSimpleName(), status, "", requestId, null);
    }
    try {
      return config.objectMapper().readValue(body, type);
    } catch (IOException | RuntimeException e) {
      // RuntimeException covers a model refusing its values (e.g. a required field missing).
      String what = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
      String at = e instanceof JsonMappingException mapping ? jsonPath(mapping.getPath()) : "";
      throw new InvalidResponseException("body is not a valid " + type.getRawClass().getSimpleName()
          + (at.isEmpty() ? "" : " (at " + at + ")") + ": " + what,
          status, new String(body, StandardCharsets.UTF_8), requestId, e);
    }
  }

  /** Where in the body a value was refused, by JSON names and indexes ({@code results[0].status}); empty at the root. */
  static String jsonPath(List<JsonMappingException.Reference> path) {
    StringBuilder text = new StringBuilder();
    for (JsonMappingException.Reference step : path) {
      if (step.getFieldName() != null) {
        text.append(text.length() == 0 ? "" : ".").append(step.getFieldName());
      } else if (step.getIndex() >= 0) {
        text.append('[').append(step.getIndex()).append(']');
      }
    }
    return text.toString();
  }

  /** The spec's error model when the body fits it, else the JSON tree, else null. */
  private Object parseErrorBody(byte[] body, JavaType errorBodyType) {
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

  private TaskClientException ioFailure(HttpRequest http, RequestOptions options, IOException e) {
    LimitedBody.TooLargeException tooLarge = causeOfType(e, LimitedBody.TooLargeException.class);
    if (tooLarge != null) {
      return new InvalidResponseException(
          tooLarge.getMessage(), tooLarge.status, "", options.requestId().orElse(null), e);
    }
    if (e instanceof HttpTimeoutException) {
      String part = e instanceof AttemptTimeout ? e.getMessage() : "waiting for the response headers";
      return new ApiTimeoutException(describe(http) + " timed out after "
          + http.timeout().map(Duration::toString).orElse("?") + " " + part, e);
    }
    return new ApiIoException(describe(http) + " failed: " + e, e);
  }

  private static <X extends Throwable> X causeOfType(Throwable thrown, Class<X> type) {
    Throwable t = thrown;
    while (t != null && !type.isInstance(t)) {
      t = t.getCause();
    }
    return type.cast(t);
  }

  /** Method and URL without the query; never a header. */
  private static String describe(HttpRequest http) {
    URI uri = http.uri();
    return http.method() + " " + uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath();
  }
}
