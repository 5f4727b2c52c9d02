package dev.taskclients.runtime;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.taskclients.runtime.support.ApiInvoker;
import dev.taskclients.runtime.support.ApiRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * One client shared by 32 threads for 10,000 calls against WireMock: no errors, every response
 * matched to its own request (the server echoes each call's request id and task id), and the
 * client's threads and memory stay bounded. Bounded in count; prints its duration.
 */
class LoadTest {
  private static final int THREADS = 32;
  private static final int CALLS = 10_000;

  /** Threads the client runs: java.net.http's own (selector, any workers) and our bounded pool. */
  private static int clientThreads() {
    return (int)
        Thread.getAllStackTraces().keySet().stream()
            .filter(
                t ->
                    t.getName().startsWith("HttpClient-")
                        || t.getName().startsWith("taskclients-http-"))
            .count();
  }

  @Test
  void thirtyTwoThreadsTenThousandCallsNoErrorsNoMixUps() throws Exception {
    WireMockServer server =
        new WireMockServer(
            options()
                .dynamicPort()
                .bindAddress("127.0.0.1")
                .globalTemplating(true)
                .containerThreads(THREADS + 8));
    server.start();
    try {
      server.stubFor(
          get(urlPathMatching("/tasks/.*"))
              .willReturn(
                  aResponse()
                      .withStatus(200)
                      .withHeader("Content-Type", "application/json")
                      .withHeader("X-Request-Id", "{{request.headers.X-Request-Id}}")
                      .withBody("{\"task_id\":\"{{request.pathSegments.[1]}}\"}")));
      ApiInvoker invoker = TestClient.builder(server.baseUrl()).bearerToken("k").build().invoker();
      Runtime runtime = Runtime.getRuntime();
      System.gc();
      long heapBefore = runtime.totalMemory() - runtime.freeMemory();
      // Earlier tests' clients leave selector threads behind in this JVM: measure growth from here.
      int clientThreadsBefore = clientThreads();
      AtomicInteger peakClientThreads = new AtomicInteger();
      AtomicInteger mixUps = new AtomicInteger();

      long started = System.nanoTime();
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      List<Future<?>> calls = new ArrayList<>();
      for (int i = 0; i < CALLS; i++) {
        String id = "task-" + i;
        calls.add(
            pool.submit(
                () -> {
                  Response<JsonNode> response =
                      invoker.send(
                          ApiRequest.builder("GET", "/tasks/{id}")
                              .pathParam("id", id)
                              .safeToRetry(true)
                              .expect("200", "JSON", JsonNode.class)
                              .security(TestClient.BEARER)
                              .build(),
                          RequestOptions.builder().requestId("req-" + id).build());
                  if (!id.equals(response.body().get("task_id").asText())
                      || !("req-" + id).equals(response.requestId().orElse(""))) {
                    mixUps.incrementAndGet();
                  }
                  if (id.endsWith("00")) {
                    peakClientThreads.accumulateAndGet(clientThreads(), Math::max);
                  }
                }));
      }
      for (Future<?> call : calls) {
        call.get(); // rethrows any error
      }
      pool.shutdown();
      long millis = (System.nanoTime() - started) / 1_000_000;
      System.gc();
      long heapGrowth = runtime.totalMemory() - runtime.freeMemory() - heapBefore;

      System.out.printf(
          "load: %d calls on %d threads in %d ms, 0 errors, %d mix-ups, HTTP client threads %d -> peak %d, heap %+d KiB%n",
          CALLS,
          THREADS,
          millis,
          mixUps.get(),
          clientThreadsBefore,
          peakClientThreads.get(),
          heapGrowth / 1024);
      assertEquals(0, mixUps.get());
      assertTrue(
          peakClientThreads.get() - clientThreadsBefore <= 10,
          "HTTP client threads grew from "
              + clientThreadsBefore
              + " to "
              + peakClientThreads.get());
      assertTrue(heapGrowth < 64L * 1024 * 1024, "heap grew by " + heapGrowth / 1024 + " KiB");
    } finally {
      server.stop();
    }
  }
}
