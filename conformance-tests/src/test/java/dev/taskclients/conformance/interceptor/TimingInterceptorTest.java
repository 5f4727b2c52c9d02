package dev.taskclients.conformance.interceptor;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.taskclients.beatra.BeatraClient;
import dev.taskclients.runtime.Attempt;
import dev.taskclients.runtime.AttemptResult;
import dev.taskclients.runtime.Interceptor;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

/**
 * The README's interceptor example, run through beatra's generated client: every attempt is timed
 * by operation.
 */
class TimingInterceptorTest {
  @Test
  void theReadmesTimingInterceptorTimesEveryAttemptByOperation() {
    WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    try {
      server.stubFor(
          get(urlPathEqualTo("/v1/tasks/task_1"))
              .willReturn(
                  aResponse()
                      .withHeader("Content-Type", "application/json")
                      .withBody(
                          "{\"object\":\"task\",\"task_id\":\"task_1\",\"status\":\"queued\"}")));
      String apiKey = "k";
      List<String> operations = new java.util.concurrent.CopyOnWriteArrayList<>();

      // As in the README:
      Map<String, LongAdder> millis = new ConcurrentHashMap<>();
      BeatraClient client =
          BeatraClient.builder()
              .bearerToken(apiKey)
              .interceptor(
                  new Interceptor() {
                    @Override
                    public void afterAttempt(
                        Attempt attempt, HttpRequest request, AttemptResult result) {
                      millis
                          .computeIfAbsent(attempt.operation(), op -> new LongAdder())
                          .add(result.duration().toMillis());
                      operations.add(attempt.operation());
                    }
                  })
              .baseUrl(server.baseUrl())
              .build();

      client.getTask("task_1");
      client.async().getTask("task_1").join();

      assertEquals(List.of("GET /v1/tasks/{task_id}", "GET /v1/tasks/{task_id}"), operations);
      assertEquals(
          Map.of("GET /v1/tasks/{task_id}", millis.get("GET /v1/tasks/{task_id}")), millis);
      assertTrue(millis.get("GET /v1/tasks/{task_id}").sum() >= 0);
    } finally {
      server.stop();
    }
  }
}
