package dev.taskclients.runtime.support;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A whole response as it arrived: status, headers and the body read within the size cap.
 *
 * <p>Why an asynchronous call takes its response from the body handler rather than from the future
 * {@code HttpClient.sendAsync} returns: that future hands its completion to {@code CompletableFuture}'s default async
 * executor, which on a machine with two cores or fewer starts a new thread for every task; ten thousand concurrent waits
 * would read their responses on as many short-lived threads. Taken here, the response is read on the runtime's bounded
 * HTTP pool instead.
 */
record Arrived(int status, HttpHeaders headers, byte[] body) {
  /**
   * {@return a body handler that notes in {@code headersArrived} when the headers come, reads the body within
   * {@code maxBytes} and completes {@code arrived} with the whole response once the body is read} A failed body is not
   * reported here: it fails the exchange's own future.
   */
  static HttpResponse.BodyHandler<byte[]> handler(long maxBytes, AtomicBoolean headersArrived,
      CompletableFuture<Arrived> arrived) {
    HttpResponse.BodyHandler<byte[]> limited = LimitedBody.handler(maxBytes);
    return info -> {
      headersArrived.set(true);
      HttpResponse.BodySubscriber<byte[]> body = limited.apply(info);
      body.getBody().thenAccept(bytes -> arrived.complete(new Arrived(info.statusCode(), info.headers(), bytes)));
      return body;
    };
  }
}
