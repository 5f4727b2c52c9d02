package dev.taskclients.conformance.deadline;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.taskclients.beatra.BeatraClient;
import dev.taskclients.runtime.RequestOptions;
import dev.taskclients.runtime.WaitOptions;
import dev.taskclients.runtime.exception.ApiTimeoutException;
import dev.taskclients.runtime.exception.WaitTimeoutException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * beatra's client, built as users build it, against a server that sends the headers at once and the
 * task a byte per second: every view fails with {@link ApiTimeoutException} within its per-attempt
 * timeout and call deadline, and a wait keeps its own timeout. The timeouts are a tenth of the
 * issue's scenario (3 s per attempt, 8 s in all), and the bounds asserted generous: the body would
 * take almost a minute.
 */
class DeadlineTest {
  private static final String TASK =
      "{\"object\":\"task\",\"task_id\":\"task_1\",\"status\":\"running\"}";
  private static final Duration GENEROUS = Duration.ofSeconds(10);

  private HttpServer server;
  private ScheduledExecutorService trickle;
  private String baseUrl;
  private BeatraClient client;

  /**
   * Answers every request with its headers (and the body's length) at once, then the task one byte
   * a second.
   */
  @BeforeEach
  void start() throws IOException {
    trickle = Executors.newSingleThreadScheduledExecutor();
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] body = TASK.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          AtomicInteger next = new AtomicInteger();
          trickle.scheduleAtFixedRate(
              () -> {
                try {
                  exchange.getResponseBody().write(body[next.getAndIncrement()]);
                  exchange.getResponseBody().flush();
                } catch (IOException | ArrayIndexOutOfBoundsException ended) {
                  exchange.close();
                  throw new IllegalStateException("this body is over", ended); // ends this schedule
                }
              },
              1,
              1,
              TimeUnit.SECONDS);
        });
    server.start();
    baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
    client =
        BeatraClient.builder()
            .baseUrl(baseUrl)
            .bearerToken("k")
            .requestTimeout(Duration.ofMillis(300))
            .callTimeout(Duration.ofMillis(800))
            .build();
  }

  @AfterEach
  void stop() {
    trickle.shutdownNow();
    server.stop(0);
  }

  /**
   * Asserts that what started at {@code started} (nanoTime) has ended well before the body would
   * have.
   */
  private static void assertBounded(long started) {
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    assertTrue(took.compareTo(GENEROUS) < 0, "took " + took);
  }

  @Test
  void theSyncCallFailsWithinItsDeadline() {
    long started = System.nanoTime();
    ApiTimeoutException e = assertThrows(ApiTimeoutException.class, () -> client.getTask("task_1"));

    assertBounded(started);
    assertTrue(e.getMessage().contains("reading the response body"), e.getMessage());
  }

  @Test
  void theRawViewFailsTheSameWay() {
    long started = System.nanoTime();
    ApiTimeoutException e =
        assertThrows(
            ApiTimeoutException.class,
            () -> client.withRawResponse().getTask("task_1", RequestOptions.NONE));

    assertBounded(started);
    assertTrue(e.getMessage().contains("reading the response body"), e.getMessage());
  }

  @Test
  void theAsyncViewFailsTheSameWay() {
    long started = System.nanoTime();
    ExecutionException e =
        assertThrows(
            ExecutionException.class,
            () -> client.async().getTask("task_1").get(30, TimeUnit.SECONDS));

    assertBounded(started);
    assertInstanceOf(ApiTimeoutException.class, e.getCause());
  }

  @Test
  void aWaitKeepsItsOwnTimeoutWhenAPollTrickles() {
    BeatraClient patient = BeatraClient.builder().baseUrl(baseUrl).bearerToken("k").build();

    long started = System.nanoTime();
    WaitTimeoutException e =
        assertThrows(
            WaitTimeoutException.class,
            () ->
                patient.waitForCompletion(
                    "task_1", WaitOptions.builder().timeout(Duration.ofMillis(1500)).build()));

    assertBounded(started);
    assertTrue(e.getMessage().contains("did not finish within PT1.5S"), e.getMessage());
  }
}
