package dev.taskclients.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.taskclients.runtime.exception.ApiTimeoutException;
import dev.taskclients.runtime.support.ApiInvoker;
import dev.taskclients.runtime.support.ApiRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A server that sends its headers at once and then the body a byte at a time: java.net.http's
 * request timeout stops at the headers, so the runtime bounds the body itself. Bounds asserted are
 * generous (the timeouts are a few hundred milliseconds, the bodies would take tens of seconds): no
 * race with the wall clock decides a result.
 */
class TricklingBodyTest {
  /** 51 bytes, like the task in the issue, one chunk each, spread over 51 seconds. */
  private static final String BODY =
      "{\"task_id\":\"t1\",\"status\":\"running\",\"note\":\"slow!!\"}";

  private static final Duration GENEROUS = Duration.ofSeconds(10);

  private TricklingServer server;

  @BeforeEach
  void start() throws IOException {
    server = TricklingServer.start(BODY, 0, Duration.ofSeconds(1));
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  private ApiInvoker invoker(RetryPolicy retries) {
    return TestClient.builder(server.baseUrl())
        .requestTimeout(Duration.ofMillis(300))
        .callTimeout(Duration.ofMillis(800))
        .retryPolicy(retries)
        .build()
        .invoker();
  }

  private static ApiRequest getTask() {
    return ApiRequest.builder("GET", "/tasks/{id}")
        .pathParam("id", "t1")
        .expect("200", "JSON", JsonNode.class)
        .safeToRetry(true)
        .build();
  }

  @Test
  void aTricklingBodyTimesOutTheAttemptNamingTheBody() {
    long started = System.nanoTime();
    ApiTimeoutException e =
        assertThrows(
            ApiTimeoutException.class,
            () -> invoker(RetryPolicy.none()).send(getTask(), RequestOptions.NONE));

    assertTrue(
        e.getMessage().endsWith("timed out after PT0.3S reading the response body"),
        e.getMessage());
    assertTrue(
        Duration.ofNanos(System.nanoTime() - started).compareTo(GENEROUS) < 0, "bounded, not 51 s");
  }

  @Test
  void retriesOfATricklingBodyEndAtTheCallDeadline() {
    long started = System.nanoTime();
    ApiTimeoutException e =
        assertThrows(
            ApiTimeoutException.class,
            () -> invoker(RetryPolicy.defaults()).send(getTask(), RequestOptions.NONE));

    assertTrue(
        Duration.ofNanos(System.nanoTime() - started).compareTo(GENEROUS) < 0,
        "bounded by the call deadline");
    assertTrue(e.getSuppressed().length >= 1, "an earlier attempt timed out and was retried");
    assertTrue(server.requests() >= 2);
  }

  @Test
  void theAsyncViewTimesOutTheSameWay() {
    long started = System.nanoTime();
    ExecutionException e =
        assertThrows(
            ExecutionException.class,
            () ->
                invoker(RetryPolicy.none())
                    .sendAsync(getTask(), RequestOptions.NONE)
                    .get(30, TimeUnit.SECONDS));

    assertInstanceOf(ApiTimeoutException.class, e.getCause());
    assertTrue(
        e.getCause().getMessage().endsWith("reading the response body"), e.getCause().getMessage());
    assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(GENEROUS) < 0);
  }

  @Test
  void aPerCallMaxCallTimeCutsTheAttempt() {
    ApiInvoker patient =
        TestClient.builder(server.baseUrl()).retryPolicy(RetryPolicy.none()).build().invoker();

    ApiTimeoutException e =
        assertThrows(
            ApiTimeoutException.class,
            () ->
                patient.send(
                    getTask(),
                    RequestOptions.builder().maxCallTime(Duration.ofMillis(300)).build()));

    assertTrue(e.getMessage().contains("timed out after PT0.3S"), e.getMessage());
  }

  @Test
  void aStalledDownloadFailsItsNextReadAfterTheIdleTimeout() throws IOException {
    server.close();
    server = TricklingServer.start(BODY, 10, null);
    ApiInvoker invoker =
        TestClient.builder(server.baseUrl())
            .streamIdleTimeout(Duration.ofMillis(300))
            .retryPolicy(RetryPolicy.none())
            .build()
            .invoker();
    ApiRequest download =
        ApiRequest.builder("GET", "/files/{id}")
            .pathParam("id", "f1")
            .expect("200", "BINARY", byte[].class)
            .build();

    try (InputStream body = invoker.sendStreaming(download, RequestOptions.NONE).body()) {
      assertEquals(
          BODY.substring(0, 10),
          new String(body.readNBytes(10), java.nio.charset.StandardCharsets.UTF_8),
          "what the server sent is read");
      long started = System.nanoTime();
      SocketTimeoutException e = assertThrows(SocketTimeoutException.class, body::read);

      assertTrue(e.getMessage().startsWith("no data arrived for PT0.3S"), e.getMessage());
      assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(GENEROUS) < 0);
    }
    assertEquals(
        false,
        Thread.currentThread().isInterrupted(),
        "the timer's interrupt does not leak to the caller");
  }
}
