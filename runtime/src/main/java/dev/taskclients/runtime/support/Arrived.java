package dev.taskclients.runtime.support;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A whole response as it arrived: status, headers and the body read within the size cap.
 *
 * <p>Why an asynchronous call takes its response from the body handler rather than from the future
 * {@code HttpClient.sendAsync} returns: that future hands its completion to {@code
 * CompletableFuture}'s default async executor, which on a machine with two cores or fewer starts a
 * new thread for every task. Taken here, the response is read, decoded and handed on on the
 * runtime's bounded HTTP pool, and nothing of ours runs on those threads. (The JDK still starts one
 * per response there, for its own empty completion step: it ends at once, so ten thousand
 * concurrent waits peak at a few dozen threads, but the start is not ours to avoid.)
 */
record Arrived(int status, HttpHeaders headers, byte[] body) {
  /**
   * {@return a body handler that notes in {@code headersArrived} when the headers come, reads the
   * body within {@code maxBytes} and completes {@code arrived} with the whole response once the
   * body is read} A failed body is not reported here: it fails the exchange's own future.
   */
  static HttpResponse.BodyHandler<byte[]> handler(
      long maxBytes, AtomicBoolean headersArrived, CompletableFuture<Arrived> arrived) {
    HttpResponse.BodyHandler<byte[]> limited = LimitedBody.handler(maxBytes);
    return info -> {
      headersArrived.set(true);
      HttpResponse.BodySubscriber<byte[]> body = limited.apply(info);
      body.getBody()
          .thenAccept(
              bytes -> arrived.complete(new Arrived(info.statusCode(), info.headers(), bytes)));
      return body;
    };
  }
}
