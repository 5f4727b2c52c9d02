package dev.taskclients.conformance.waiting;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.taskclients.beatra.BeatraClient;
import dev.taskclients.beatra.model.Task;
import dev.taskclients.runtime.RetryPolicy;
import dev.taskclients.runtime.Sleeper;
import dev.taskclients.runtime.WaitOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Asynchronous waits, through beatra's generated client as users call it: many at once hold no
 * thread each, and a cancelled wait sends no further poll.
 */
class AsyncWaitTest {
  /** The runtime's own threads: the HTTP pool and the scheduler. */
  private static Set<String> runtimeThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .map(Thread::getName)
        .filter(name -> name.startsWith("taskclients-"))
        .collect(Collectors.toSet());
  }

  @Test
  void fiveHundredConcurrentWaitsRunOnTheRuntimesFewThreads() throws Exception {
    int waits = 500;
    Map<String, AtomicInteger> polls = new ConcurrentHashMap<>();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
    ExecutorService serverThreads = Executors.newFixedThreadPool(2);
    server.setExecutor(serverThreads);
    // Each task: the first poll gets a 503 (retried by the client after Retry-After: 0), then
    // running, then succeeded.
    server.createContext("/v1/tasks/", exchange -> answer(exchange, polls));
    server.start();
    try {
      BeatraClient client =
          BeatraClient.builder()
              .baseUrl("http://127.0.0.1:" + server.getAddress().getPort())
              .bearerToken("k")
              .build();
      WaitOptions options =
          WaitOptions.builder()
              .firstDelay(Duration.ofMillis(5))
              .maxDelay(Duration.ofMillis(20))
              .timeout(Duration.ofMinutes(2))
              .build();

      List<CompletableFuture<Task>> pending = new ArrayList<>();
      for (int i = 0; i < waits; i++) {
        pending.add(client.async().waitForCompletion("task-" + i, options));
      }
      Set<String> whileWaiting = runtimeThreads();
      CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);

      for (CompletableFuture<Task> wait : pending) {
        assertEquals("succeeded", wait.join().status().value());
      }
      assertEquals(
          waits * 4,
          polls.values().stream().mapToInt(AtomicInteger::get).sum(),
          "every task: a 503, its retry, then running and succeeded");
      Set<String> afterwards = runtimeThreads();
      // At most the HTTP pool's eight threads and the one scheduler, however many waits: none per
      // wait or per retry.
      assertTrue(whileWaiting.size() <= 9, whileWaiting.toString());
      assertTrue(afterwards.size() <= 9, afterwards.toString());
      assertTrue(afterwards.contains("taskclients-scheduler"), afterwards.toString());
    } finally {
      server.stop(0);
      serverThreads.shutdownNow();
    }
  }

  private static void answer(HttpExchange exchange, Map<String, AtomicInteger> polls)
      throws IOException {
    String path = exchange.getRequestURI().getPath();
    String id = path.substring(path.lastIndexOf('/') + 1);
    int poll = polls.computeIfAbsent(id, ignored -> new AtomicInteger()).incrementAndGet();
    if (poll == 1) {
      exchange.getResponseHeaders().add("Retry-After", "0");
      exchange.sendResponseHeaders(503, -1);
      exchange.close();
      return;
    }
    String status = poll >= 4 ? "succeeded" : "running";
    byte[] body =
        ("{\"object\":\"task\",\"task_id\":\"" + id + "\",\"status\":\"" + status + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Test
  void aCancelledWaitSendsNoFurtherPoll() throws Exception {
    WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    try {
      server.stubFor(
          get(urlPathEqualTo("/v1/tasks/task_1"))
              .willReturn(
                  aResponse()
                      .withHeader("Content-Type", "application/json")
                      .withBody(
                          "{\"object\":\"task\",\"task_id\":\"task_1\",\"status\":\"running\"}")));
      List<CompletableFuture<Void>> pauses = new ArrayList<>();
      CompletableFuture<Void> firstPause = new CompletableFuture<>();
      // A sleeper that only records the pause it is asked for: the test decides when, if ever, it
      // ends.
      Sleeper recording =
          new Sleeper() {
            @Override
            public void sleep(Duration duration) {
              throw new AssertionError("an asynchronous wait never sleeps on a thread");
            }

            @Override
            public synchronized CompletableFuture<Void> after(Duration duration) {
              CompletableFuture<Void> pause = new CompletableFuture<>();
              pauses.add(pause);
              firstPause.complete(null);
              return pause;
            }
          };
      BeatraClient client =
          BeatraClient.builder()
              .baseUrl(server.baseUrl())
              .bearerToken("k")
              .retryPolicy(RetryPolicy.none())
              .build();

      CompletableFuture<Task> wait =
          client
              .async()
              .waitForCompletion("task_1", WaitOptions.builder().sleeper(recording).build());
      firstPause.get(30, TimeUnit.SECONDS);
      assertTrue(wait.cancel(true));

      // The wait's thread may still be between asking for the pause and holding it: it cancels the
      // pause once it does.
      assertThrows(
          CancellationException.class,
          () -> pauses.get(0).get(30, TimeUnit.SECONDS),
          "the scheduled poll was cancelled");
      assertThrows(CancellationException.class, wait::join);
      assertEquals(
          1,
          server.findAll(getRequestedFor(urlPathEqualTo("/v1/tasks/task_1"))).size(),
          "one poll before the cancel, none after");
      assertEquals(1, pauses.size());
    } finally {
      server.stop();
    }
  }
}
