package dev.taskclients.conformance.deadline;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taskclients.beatra.BeatraClient;
import dev.taskclients.runtime.ApiTimeoutException;
import dev.taskclients.runtime.RequestOptions;
import dev.taskclients.runtime.TricklingServer;
import dev.taskclients.runtime.WaitOptions;
import dev.taskclients.runtime.WaitTimeoutException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * beatra's client, built as users build it, against a server that sends the headers at once and the task a byte per
 * second: every view fails with {@link ApiTimeoutException} within its per-attempt timeout and call deadline, and a
 * wait keeps its own timeout. The timeouts are a tenth of the scenario (3 s per attempt, 8 s in all), and the
 * bounds asserted generous: the body would take almost a minute.
 */
class DeadlineTest {
  private static final String TASK = "{\"object\":\"task\",\"task_id\":\"task_1\",\"status\":\"running\"}";
  private static final Duration GENEROUS = Duration.ofSeconds(10);

  private TricklingServer server;
  private BeatraClient client;

  @BeforeEach
  void start() throws IOException {
    server = TricklingServer.start(TASK, 0, Duration.ofSeconds(1));
    client = BeatraClient.builder().baseUrl(server.baseUrl()).bearerToken("k")
        .requestTimeout(Duration.ofMillis(300)).callTimeout(Duration.ofMillis(800)).build();
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  /** Asserts that what started at {@code started} (nanoTime) has ended well before the body would have. */
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
    ApiTimeoutException e = assertThrows(ApiTimeoutException.class,
        () -> client.withRawResponse().getTask("task_1", RequestOptions.NONE));

    assertBounded(started);
    assertTrue(e.getMessage().contains("reading the response body"), e.getMessage());
  }

  @Test
  void theAsyncViewFailsTheSameWay() {
    long started = System.nanoTime();
    ExecutionException e = assertThrows(ExecutionException.class,
        () -> client.async().getTask("task_1").get(30, TimeUnit.SECONDS));

    assertBounded(started);
    assertInstanceOf(ApiTimeoutException.class, e.getCause());
  }

  @Test
  void aWaitKeepsItsOwnTimeoutWhenAPollTrickles() {
    BeatraClient patient = BeatraClient.builder().baseUrl(server.baseUrl()).bearerToken("k").build();

    long started = System.nanoTime();
    WaitTimeoutException e = assertThrows(WaitTimeoutException.class, () ->
        patient.waitForCompletion("task_1", WaitOptions.builder().timeout(Duration.ofMillis(1500)).build()));

    assertBounded(started);
    assertTrue(e.getMessage().contains("did not finish within PT1.5S"), e.getMessage());
  }
}
