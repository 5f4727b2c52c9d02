package dev.taskclients.runtime;

import java.net.http.HttpRequest;

/**
 * Sees every attempt a client makes, for tracing, metrics or headers of your own: {@link
 * #beforeAttempt} gets the HTTP request about to be sent and returns the one to send; {@link
 * #afterAttempt} gets how it ended, with its duration. Retries are attempts too, and so are the
 * pages a paged call follows and every poll of a wait. Add interceptors with the client builder's
 * {@code interceptor(..)}; they run in the order added. They are called from the threads that send
 * and complete requests, concurrently for concurrent calls: keep them thread-safe and quick. An
 * exception thrown by {@code beforeAttempt} fails the call; one thrown by {@code afterAttempt} is
 * logged and ignored.
 *
 * <p>For example, the time of every attempt by operation:
 *
 * <pre>{@code
 * Map<String, LongAdder> millis = new ConcurrentHashMap<>();
 * BeatraClient client = BeatraClient.builder().bearerToken(key)
 *     .interceptor(new Interceptor() {
 *       public void afterAttempt(Attempt attempt, HttpRequest request, AttemptResult result) {
 *         millis.computeIfAbsent(attempt.operation(), op -> new LongAdder()).add(result.duration().toMillis());
 *       }
 *     })
 *     .build();
 * }</pre>
 */
public interface Interceptor {
  /**
   * Called before each attempt is sent.
   *
   * @param attempt which call and which attempt of it
   * @param request the request about to be sent; {@code HttpRequest.newBuilder(request, (name,
   *     value) -> true)} copies it to change
   * @return the request to send: this one by default
   */
  default HttpRequest beforeAttempt(Attempt attempt, HttpRequest request) {
    return request;
  }

  /**
   * Called when an attempt has ended: its response has arrived whole, or it failed.
   *
   * @param attempt which call and which attempt of it
   * @param request the request sent
   * @param result its status and headers, or its failure, and how long it took
   */
  default void afterAttempt(Attempt attempt, HttpRequest request, AttemptResult result) {}
}
