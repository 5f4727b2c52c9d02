package dev.taskclients.runtime.support;

import dev.taskclients.runtime.Attempt;
import dev.taskclients.runtime.AttemptResult;
import dev.taskclients.runtime.ClientConfig;
import dev.taskclients.runtime.Interceptor;
import dev.taskclients.runtime.internal.Headers;
import dev.taskclients.runtime.internal.HttpThreads;
import dev.taskclients.runtime.internal.Scheduler;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends one attempt: in one of the client's request slots ({@link RequestSlots}), with the whole
 * exchange, headers and body, bounded by the request's timeout (java.net.http's own stops at the
 * headers), and with every interceptor (the attempt log first, then the client's) seeing the
 * request before and the result after. Asynchronous responses are read on the HTTP pool.
 */
final class Transport {
  private final ClientConfig config;
  private final RequestSlots slots;
  private final List<Interceptor> interceptors;

  /**
   * Where asynchronous responses are read: the HTTP client's own executor, else the runtime's HTTP
   * pool.
   */
  private final Executor responseExecutor;

  Transport(ClientConfig config) {
    this.config = config;
    this.slots = new RequestSlots(config.maxConcurrentRequests());
    List<Interceptor> all = new ArrayList<>();
    all.add(new AttemptLog(config));
    all.addAll(config.interceptors());
    this.interceptors = List.copyOf(all);
    this.responseExecutor = config.httpClient().executor().orElse(HttpThreads.pool());
  }

  /**
   * Sends and waits; throws IOException (an {@link AttemptTimeout} when out of time) or
   * InterruptedException.
   */
  Arrived send(Attempt attempt, HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<byte[]> response =
        sendBlocking(attempt, request, LimitedBody.handler(config.maxResponseBytes()));
    return new Arrived(response.statusCode(), response.headers(), response.body());
  }

  /**
   * Sends and answers once the headers arrive, the body a stream whose reads each wait at most the
   * client's {@code streamIdleTimeout}; the attempt's timeout bounds the headers only, since the
   * stream's time is the caller's.
   */
  HttpResponse<InputStream> stream(Attempt attempt, HttpRequest request)
      throws IOException, InterruptedException {
    return sendBlocking(attempt, request, info -> new TimedBodyStream(config.streamIdleTimeout()));
  }

  private <B> HttpResponse<B> sendBlocking(
      Attempt attempt, HttpRequest request, HttpResponse.BodyHandler<B> body)
      throws IOException, InterruptedException {
    slots.acquireBlocking();
    try {
      HttpRequest http = beforeAttempt(attempt, request);
      long started = System.nanoTime();
      AtomicBoolean headersArrived = new AtomicBoolean();
      // At the timeout the sending thread is interrupted: HttpClient.send then cancels the exchange
      // and throws.
      InterruptingTimer timer = new InterruptingTimer(timeoutOf(http));
      try {
        HttpResponse<B> response =
            config
                .httpClient()
                .send(
                    http,
                    info -> {
                      headersArrived.set(true);
                      return body.apply(info);
                    });
        timer.stop();
        afterAttempt(
            attempt,
            http,
            AttemptResult.answered(
                response.statusCode(), Headers.of(response.headers()), since(started)));
        return response;
      } catch (IOException | InterruptedException e) {
        Exception failure = e;
        if (timer.stop()) {
          AttemptTimeout timeout = new AttemptTimeout(headersArrived.get());
          timeout.initCause(e);
          failure = timeout;
        }
        afterAttempt(attempt, http, AttemptResult.failed(failure, since(started)));
        if (failure instanceof IOException io) {
          throw io;
        }
        throw (InterruptedException) failure;
      } finally {
        timer.stop();
      }
    } finally {
      slots.release();
    }
  }

  /**
   * {@return the response, whole, once it has arrived} Sent once a slot is free; completed on the
   * HTTP pool, or failed with what {@link #send} would throw. Cancelling it gives up the slot's
   * place or cancels the exchange.
   */
  CompletableFuture<Arrived> sendAsync(Attempt attempt, HttpRequest request) {
    ChainedFuture<Arrived> result = new ChainedFuture<>();
    CompletableFuture<Void> turn = slots.acquire();
    if (!result.track(turn)) {
      return result;
    }
    turn.whenComplete(
        (granted, gaveUp) -> {
          if (gaveUp == null) {
            exchange(attempt, request, result);
          }
        });
    return result;
  }

  /** Sends in the slot just taken, giving the slot back when the exchange ends, however it ends. */
  private void exchange(Attempt attempt, HttpRequest request, ChainedFuture<Arrived> result) {
    HttpRequest http;
    try {
      http = beforeAttempt(attempt, request);
    } catch (RuntimeException e) {
      slots.release();
      result.completeExceptionally(e);
      return;
    }
    long started = System.nanoTime();
    CompletableFuture<Arrived> arrived = new CompletableFuture<>();
    AtomicBoolean headersArrived = new AtomicBoolean();
    CompletableFuture<HttpResponse<byte[]>> exchange =
        config
            .httpClient()
            .sendAsync(http, Arrived.handler(config.maxResponseBytes(), headersArrived, arrived));
    // Failures come only through the exchange's future; a whole response, through the handler (see
    // Arrived).
    exchange.whenComplete(
        (ignored, thrown) -> {
          if (thrown != null) {
            arrived.completeExceptionally(thrown);
          }
        });
    ScheduledFuture<?> timer =
        Scheduler.shared()
            .schedule(
                () -> {
                  if (arrived.completeExceptionally(new AttemptTimeout(headersArrived.get()))) {
                    exchange.cancel(true);
                  }
                },
                timeoutOf(http).toNanos(),
                TimeUnit.NANOSECONDS);
    arrived.whenComplete(
        (ignored, thrown) -> {
          timer.cancel(false);
          slots.release();
        });
    if (!result.track(exchange)) {
      return;
    }
    arrived.whenCompleteAsync(
        (response, thrown) -> {
          Duration took = since(started);
          if (thrown == null) {
            afterAttempt(
                attempt,
                http,
                AttemptResult.answered(response.status(), Headers.of(response.headers()), took));
            result.complete(response);
          } else {
            afterAttempt(attempt, http, AttemptResult.failed(thrown, took));
            result.completeExceptionally(thrown);
          }
        },
        responseExecutor);
  }

  private Duration timeoutOf(HttpRequest http) {
    return http.timeout().orElse(config.requestTimeout());
  }

  private static Duration since(long startedNanos) {
    return Duration.ofNanos(System.nanoTime() - startedNanos);
  }

  private HttpRequest beforeAttempt(Attempt attempt, HttpRequest request) {
    HttpRequest http = request;
    for (Interceptor interceptor : interceptors) {
      http = interceptor.beforeAttempt(attempt, http);
      if (http == null) {
        throw new IllegalStateException(interceptor + " returned no request from beforeAttempt");
      }
    }
    return http;
  }

  private void afterAttempt(Attempt attempt, HttpRequest request, AttemptResult result) {
    for (Interceptor interceptor : interceptors) {
      try {
        interceptor.afterAttempt(attempt, request, result);
      } catch (RuntimeException e) {
        config
            .logger()
            .log(System.Logger.Level.WARNING, interceptor + ".afterAttempt threw; ignored", e);
      }
    }
  }
}
