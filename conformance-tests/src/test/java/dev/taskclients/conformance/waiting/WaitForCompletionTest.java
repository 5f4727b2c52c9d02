package dev.taskclients.conformance.waiting;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import dev.taskclients.beatra.BeatraClient;
import dev.taskclients.deepomatic.DeepomaticClient;
import dev.taskclients.optexity.OptexityClient;
import dev.taskclients.runtime.RetryPolicy;
import dev.taskclients.runtime.TaskView;
import dev.taskclients.runtime.VirtualTime;
import dev.taskclients.runtime.WaitOptions;
import dev.taskclients.runtime.exception.NotFoundException;
import dev.taskclients.runtime.exception.TaskFailedException;
import dev.taskclients.runtime.exception.WaitTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * waitForCompletion, generated from each spec's x-taskclients-task and x-taskclients-waiter, run
 * against WireMock scenarios on a virtual clock: every request counted, every delay asserted.
 */
class WaitForCompletionTest {
  private static final String BEATRA_PATH = "/v1/tasks/task_1";

  private WireMockServer server;
  private final VirtualTime time = new VirtualTime();
  private final List<String> progress = new ArrayList<>();

  @BeforeEach
  void start() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private WaitOptions.Builder waitOptions() {
    return WaitOptions.builder()
        .clock(time)
        .sleeper(time.sleeper())
        .random(() -> 0.5)
        .progressListener(task -> progress.add(task.rawStatus() + ":" + task.progressPercent()));
  }

  /** Retries run on the same virtual clock, so their delays are recorded with the waiter's. */
  private RetryPolicy retries() {
    return RetryPolicy.builder().clock(time).sleeper(time.sleeper()).random(() -> 0.5).build();
  }

  private BeatraClient beatra() {
    return BeatraClient.builder()
        .baseUrl(server.baseUrl())
        .bearerToken("k")
        .retryPolicy(retries())
        .build();
  }

  private static String beatraTask(String status, Integer percent) {
    return "{\"object\":\"task\",\"task_id\":\"task_1\",\"status\":\""
        + status
        + "\""
        + (percent == null ? "" : ",\"progress\":{\"percent\":" + percent + "}")
        + ("failed".equals(status)
            ? ",\"error\":{\"code\":\"bad_input\",\"message\":\"Input was empty\"}"
            : "")
        + "}";
  }

  private static ResponseDefinitionBuilder json(String body) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  /** Answers successive requests with the given responses; the last one repeats. */
  private void lifecycle(
      Function<String, MappingBuilder> request,
      String url,
      List<ResponseDefinitionBuilder> answers) {
    for (int i = 0; i < answers.size(); i++) {
      ScenarioMappingBuilder step =
          request.apply(url).inScenario("life").whenScenarioStateIs(i == 0 ? STARTED : "step" + i);
      if (i < answers.size() - 1) {
        step = step.willSetStateTo("step" + (i + 1));
      }
      server.stubFor(step.willReturn(answers.get(i)));
    }
  }

  @Test
  void beatraQueuedRunningSucceeded() {
    lifecycle(
        getTo(),
        BEATRA_PATH,
        List.of(
            json(beatraTask("queued", null)),
            json(beatraTask("running", 40)),
            json(beatraTask("running", 80)),
            json(beatraTask("succeeded", 100))));

    dev.taskclients.beatra.model.Task done =
        beatra().waitForCompletion("task_1", waitOptions().build());

    assertEquals("succeeded", done.status().value());
    server.verify(4, getRequestedFor(urlPathEqualTo(BEATRA_PATH)));
    assertEquals(
        List.of(Duration.ofMillis(500), Duration.ofMillis(750), Duration.ofMillis(500)),
        time.sleeps());
    assertEquals(List.of("queued:null", "running:40", "running:80", "succeeded:100"), progress);
  }

  @Test
  void beatraFailedAndCanceledAreThrownWithTheTask() {
    lifecycle(
        getTo(),
        BEATRA_PATH,
        List.of(json(beatraTask("running", 10)), json(beatraTask("failed", 10))));

    TaskFailedException failed =
        assertThrows(
            TaskFailedException.class,
            () -> beatra().waitForCompletion("task_1", waitOptions().build()));
    assertEquals("Task task_1 failed (status 'failed'): Input was empty", failed.getMessage());
    assertEquals("bad_input", ((dev.taskclients.beatra.model.Task) failed.task()).error().code());
    server.verify(2, getRequestedFor(urlPathEqualTo(BEATRA_PATH)));

    server.resetAll();
    lifecycle(getTo(), BEATRA_PATH, List.of(json(beatraTask("canceled", null))));
    assertEquals(
        TaskView.State.CANCELED,
        assertThrows(
                TaskFailedException.class,
                () -> beatra().waitForCompletion("task_1", waitOptions().build()))
            .state());
  }

  @Test
  void beatraNeverFinishingTimesOutAtTheDeadline() {
    lifecycle(getTo(), BEATRA_PATH, List.of(json(beatraTask("running", 5))));

    WaitTimeoutException e =
        assertThrows(
            WaitTimeoutException.class,
            () ->
                beatra()
                    .waitForCompletion(
                        "task_1", waitOptions().timeout(Duration.ofSeconds(20)).build()));

    assertEquals(Duration.ofSeconds(20), time.elapsed());
    assertEquals(5, e.lastSeen().progressPercent());
    server.verify(time.sleeps().size() + 1, getRequestedFor(urlPathEqualTo(BEATRA_PATH)));
  }

  @Test
  void beatraUnavailableMidwayIsRetriedHonouringRetryAfter() {
    lifecycle(
        getTo(),
        BEATRA_PATH,
        List.of(
            json(beatraTask("running", 10)),
            aResponse()
                .withStatus(503)
                .withHeader("Retry-After", "2")
                .withHeader("Content-Type", "application/json")
                .withBody(
                    "{\"error\":{\"code\":\"unavailable\",\"message\":\"busy\",\"retryable\":true}}"),
            json(beatraTask("succeeded", 100))));

    beatra().waitForCompletion("task_1", waitOptions().build());

    server.verify(3, getRequestedFor(urlPathEqualTo(BEATRA_PATH)));
    // The waiter's first delay, then the client's retry of the 503 after its Retry-After.
    assertEquals(List.of(Duration.ofMillis(500), Duration.ofSeconds(2)), time.sleeps());
  }

  @Test
  void beatraNotFoundEndsTheWaitAtOnce() {
    server.stubFor(
        get(urlPathEqualTo(BEATRA_PATH))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"error\":{\"code\":\"not_found\",\"message\":\"No task task_1\",\"retryable\":false}}")));

    assertThrows(
        NotFoundException.class, () -> beatra().waitForCompletion("task_1", waitOptions().build()));

    server.verify(1, getRequestedFor(urlPathEqualTo(BEATRA_PATH)));
    assertEquals(List.of(), time.sleeps());
  }

  @Test
  void optexityPollsByPostAndAimsAtTheEstimatedCompletion() {
    String running =
        "{\"success\":true,\"task_id\":\"task_9\",\"status\":\"running\",\"progress\":75,"
            + "\"estimated_completion\":\""
            + time.instant().plusSeconds(3)
            + "\"}";
    String done =
        "{\"success\":true,\"task_id\":\"task_9\",\"status\":\"completed\",\"result\":\"ok\"}";
    lifecycle(
        url -> post(urlPathEqualTo(url)),
        "/api/v1/inference/call",
        List.of(json(running), json(done)));
    OptexityClient client =
        OptexityClient.builder()
            .baseUrl(server.baseUrl())
            .apiKey("k")
            .retryPolicy(retries())
            .build();

    assertEquals("ok", client.waitForCompletion("task_9", waitOptions().build()).result());

    server.verify(
        2,
        postRequestedFor(urlPathEqualTo("/api/v1/inference/call"))
            .withRequestBody(equalToJson("{\"task_id\":\"task_9\"}")));
    assertEquals(List.of(Duration.ofSeconds(3)), time.sleeps());
  }

  @Test
  void deepomaticBacksOffWithoutProgressAndReportsErrors() {
    String pending = "{\"id\":\"42\",\"status\":\"pending\",\"error\":null,\"data\":null}";
    String error = "{\"id\":\"42\",\"status\":\"error\",\"error\":\"No face found\",\"data\":null}";
    lifecycle(getTo(), "/v0.7/tasks/42", List.of(json(pending), json(pending), json(error)));
    DeepomaticClient client =
        DeepomaticClient.builder()
            .baseUrl(server.baseUrl() + "/v0.7")
            .apiKey("k")
            .retryPolicy(retries())
            .build();

    TaskFailedException e =
        assertThrows(
            TaskFailedException.class, () -> client.waitForCompletion("42", waitOptions().build()));

    assertEquals("No face found", e.task().errorMessage());
    assertEquals(List.of(Duration.ofMillis(500), Duration.ofMillis(750)), time.sleeps());
  }

  @Test
  void asyncTwinWaitsTheSameWay() {
    lifecycle(
        getTo(),
        BEATRA_PATH,
        List.of(json(beatraTask("running", 50)), json(beatraTask("succeeded", 100))));

    var done = beatra().async().waitForCompletion("task_1", waitOptions().build()).join();

    assertEquals("succeeded", done.status().value());
    server.verify(2, getRequestedFor(urlPathEqualTo(BEATRA_PATH)));
  }

  @Test
  void oneTaskViewForAllThreeApis() {
    lifecycle(getTo(), BEATRA_PATH, List.of(json(beatraTask("succeeded", 100))));
    lifecycle(getTo(), "/v0.7/tasks/42", List.of(json("{\"id\":\"42\",\"status\":\"success\"}")));

    List<TaskView> done =
        List.of(
            beatra().waitForCompletion("task_1", waitOptions().build()),
            DeepomaticClient.builder()
                .baseUrl(server.baseUrl() + "/v0.7")
                .apiKey("k")
                .retryPolicy(retries())
                .build()
                .waitForCompletion("42", waitOptions().build()));

    for (TaskView task : done) {
      assertSame(TaskView.State.SUCCEEDED, task.state());
      assertTrue(task.isTerminal());
    }
    assertEquals(List.of("task_1", "42"), done.stream().map(TaskView::id).toList());
  }

  private static Function<String, MappingBuilder> getTo() {
    return url -> get(urlPathEqualTo(url));
  }
}
