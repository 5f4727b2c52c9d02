package dev.taskclients.runtime.support;

import dev.taskclients.runtime.ClientConfig;
import dev.taskclients.runtime.Response;
import dev.taskclients.runtime.exception.ApiException;
import dev.taskclients.runtime.exception.ApiIoException;
import dev.taskclients.runtime.exception.InvalidResponseException;
import dev.taskclients.runtime.exception.TaskClientException;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Makes a call's attempts, synchronously or asynchronously: each one encoded ({@link
 * RequestEncoder}), sent ({@link Transport}) and decoded ({@link ResponseDecoder}), and tried again
 * while {@link Call} says so, after the delay it names: slept for a synchronous call, scheduled
 * ({@link dev.taskclients.runtime.Sleeper#after}) for an asynchronous one, which holds no thread
 * meanwhile and stops when its future is cancelled.
 */
final class Retrying {
  private final ClientConfig config;
  private final RequestEncoder encoder;
  private final Transport transport;
  private final ResponseDecoder decoder;

  Retrying(
      ClientConfig config, RequestEncoder encoder, Transport transport, ResponseDecoder decoder) {
    this.config = config;
    this.encoder = encoder;
    this.transport = transport;
    this.decoder = decoder;
  }

  /**
   * {@return the call's response} Throws the typed exception of its last failed attempt, earlier
   * ones suppressed.
   */
  <T> Response<T> send(Call call) {
    while (true) {
      HttpRequest http = encoder.encode(call.request, call.options, call.attemptTimeout());
      TaskClientException failure;
      try {
        return decoder.decode(call.request, call.options, transport.send(call.attempt(), http));
      } catch (IOException e) {
        failure = decoder.failure(http, call.options, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw call.finish(
            new ApiIoException(RequestEncoder.describe(http) + " was interrupted", e));
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
        throw call.finish(
            new ApiIoException(
                RequestEncoder.describe(http) + " was interrupted while waiting to retry", e));
      }
    }
  }

  /**
   * Makes the call's next attempt asynchronously, completing {@code result} with the call's
   * outcome.
   */
  <T> void sendAsync(Call call, ChainedFuture<Response<T>> result) {
    HttpRequest http;
    try {
      http = encoder.encode(call.request, call.options, call.attemptTimeout());
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
      return;
    }
    CompletableFuture<Arrived> attempt = transport.sendAsync(call.attempt(), http);
    if (!result.track(attempt)) {
      return;
    }
    attempt.whenComplete(
        (response, thrown) -> {
          TaskClientException failure;
          if (thrown == null) {
            try {
              result.complete(decoder.decode(call.request, call.options, response));
              return;
            } catch (ApiException e) {
              failure = e;
            } catch (RuntimeException e) {
              result.completeExceptionally(call.finish(e));
              return;
            }
          } else {
            failure = decoder.failure(http, call.options, thrown);
          }
          Duration delay = result.isDone() ? null : call.retryDelay(failure);
          if (delay == null) {
            result.completeExceptionally(call.finish(failure));
            return;
          }
          CompletableFuture<Void> pause = config.retryPolicy().sleeper().after(delay);
          if (result.track(pause)) {
            pause.whenComplete(
                (ignored, interrupted) -> {
                  if (interrupted != null) {
                    result.completeExceptionally(
                        call.finish(
                            new ApiIoException(
                                RequestEncoder.describe(http)
                                    + " was interrupted while waiting to retry",
                                interrupted)));
                  } else {
                    sendAsync(call, result);
                  }
                });
          }
        });
  }
}
