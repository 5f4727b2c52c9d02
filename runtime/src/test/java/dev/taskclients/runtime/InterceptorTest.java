package dev.taskclients.runtime;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.taskclients.runtime.exception.ApiIoException;
import dev.taskclients.runtime.support.ApiInvoker;
import dev.taskclients.runtime.support.ApiRequest;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Interceptors see every attempt, retries included, in both views: the request before (to change)
 * and the result after.
 */
class InterceptorTest {
  private final VirtualTime time = new VirtualTime();
  private final List<String> seen = new CopyOnWriteArrayList<>();
  private WireMockServer server;

  @BeforeEach
  void start() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    // A 503 first, then the task: one call, two attempts.
    server.stubFor(
        get(urlPathEqualTo("/tasks/t1"))
            .inScenario("s")
            .whenScenarioStateIs(STARTED)
            .willSetStateTo("ok")
            .willReturn(aResponse().withStatus(503)));
    server.stubFor(
        get(urlPathEqualTo("/tasks/t1"))
            .inScenario("s")
            .whenScenarioStateIs("ok")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"id\":\"t1\"}")));
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  /** Adds a header to every attempt and records what it sees, in order. */
  private final Interceptor recording =
      new Interceptor() {
        @Override
        public HttpRequest beforeAttempt(Attempt attempt, HttpRequest request) {
          seen.add(
              "before "
                  + attempt.operation()
                  + " #"
                  + attempt.number()
                  + " "
                  + attempt.requestId().orElse("-"));
          return HttpRequest.newBuilder(request, (name, value) -> true)
              .header("X-Trace", "trace-" + attempt.number())
              .build();
        }

        @Override
        public void afterAttempt(Attempt attempt, HttpRequest request, AttemptResult result) {
          seen.add(
              "after #"
                  + attempt.number()
                  + " "
                  + result.statusCode().orElse(-1)
                  + (result.duration().isNegative() ? " negative" : ""));
        }
      };

  private ApiInvoker invoker(Interceptor... interceptors) {
    TestClient.Builder builder =
        TestClient.builder(server.baseUrl())
            .retryPolicy(
                RetryPolicy.builder()
                    .clock(time)
                    .sleeper(time.sleeper())
                    .random(() -> 0.5)
                    .build());
    for (Interceptor interceptor : interceptors) {
      builder.interceptor(interceptor);
    }
    return builder.build().invoker();
  }

  private static ApiRequest getTask() {
    return ApiRequest.builder("GET", "/tasks/{id}")
        .pathParam("id", "t1")
        .expect("200", "JSON", JsonNode.class)
        .safeToRetry(true)
        .build();
  }

  private static final RequestOptions TRACED = RequestOptions.builder().requestId("r-1").build();

  @Test
  void everyAttemptIsSeenBeforeAndAfterAndCarriesTheAddedHeader() {
    invoker(recording).send(getTask(), TRACED);

    assertEquals(
        List.of(
            "before GET /tasks/{id} #1 r-1",
            "after #1 503",
            "before GET /tasks/{id} #2 r-1",
            "after #2 200"),
        seen);
    server.verify(1, anyRequestedFor(anyUrl()).withHeader("X-Trace", equalTo("trace-1")));
    server.verify(1, anyRequestedFor(anyUrl()).withHeader("X-Trace", equalTo("trace-2")));
  }

  @Test
  void theAsyncViewIsSeenTheSameWay() throws Exception {
    invoker(recording).sendAsync(getTask(), TRACED).get(30, TimeUnit.SECONDS);

    assertEquals(
        List.of(
            "before GET /tasks/{id} #1 r-1",
            "after #1 503",
            "before GET /tasks/{id} #2 r-1",
            "after #2 200"),
        seen);
  }

  @Test
  void aFailedAttemptIsSeenWithItsFailure() {
    List<AttemptResult> results = new CopyOnWriteArrayList<>();
    ApiInvoker invoker =
        invoker(
            new Interceptor() {
              @Override
              public void afterAttempt(Attempt attempt, HttpRequest request, AttemptResult result) {
                results.add(result);
              }
            });
    server.stop();

    assertThrows(ApiIoException.class, () -> invoker.send(getTask(), RequestOptions.NONE));

    assertEquals(3, results.size(), "three attempts: the first and two retries");
    assertTrue(
        results.stream().allMatch(r -> r.failure().isPresent() && r.statusCode().isEmpty()),
        results.toString());
  }

  @Test
  void beforeAttemptFailingFailsTheCallAndAfterAttemptFailingIsIgnored() {
    IllegalStateException refused = new IllegalStateException("no tracing context");
    Interceptor strict =
        new Interceptor() {
          @Override
          public HttpRequest beforeAttempt(Attempt attempt, HttpRequest request) {
            throw refused;
          }
        };
    assertSame(
        refused,
        assertThrows(
            IllegalStateException.class,
            () -> invoker(strict).send(getTask(), RequestOptions.NONE)));
    assertEquals(0, server.findAll(anyRequestedFor(anyUrl())).size(), "nothing was sent");

    Interceptor broken =
        new Interceptor() {
          @Override
          public void afterAttempt(Attempt attempt, HttpRequest request, AttemptResult result) {
            throw new IllegalStateException("metrics backend down");
          }
        };
    assertEquals(200, invoker(broken, recording).send(getTask(), RequestOptions.NONE).statusCode());
    assertTrue(seen.contains("after #2 200"), "the next interceptor still ran: " + seen);
  }

  @Test
  void aClientsInterceptorsAreListedInItsConfig() {
    ClientConfig config =
        TestClient.builder(server.baseUrl()).interceptor(recording).build().config();

    assertEquals(List.of(recording), config.interceptors());
    assertThrows(
        NullPointerException.class, () -> TestClient.builder(server.baseUrl()).interceptor(null));
  }
}
