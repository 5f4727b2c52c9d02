package dev.taskclients.conformance.waiting;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.taskclients.deepomatic.DeepomaticClient;
import dev.taskclients.deepomatic.model.Task;
import dev.taskclients.runtime.Json;
import dev.taskclients.runtime.RetryPolicy;
import dev.taskclients.runtime.TaskView;
import dev.taskclients.runtime.VirtualTime;
import dev.taskclients.runtime.WaitOptions;
import dev.taskclients.runtime.exception.InvalidResponseException;
import dev.taskclients.runtime.exception.TaskFailedException;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Deepomatic's multi-get: batched waiting (one request per round), paging through next links, links
 * it cannot follow.
 */
class DeepomaticBatchTest {
  private static final String TASKS = "/v0.7/tasks";
  private static final ObjectMapper JSON = Json.shared();

  private WireMockServer server;
  private DeepomaticClient client;
  private final VirtualTime time = new VirtualTime();

  @BeforeEach
  void start() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    client =
        DeepomaticClient.builder()
            .baseUrl(server.baseUrl() + "/v0.7")
            .apiKey("k")
            .retryPolicy(RetryPolicy.none())
            .build();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private WaitOptions waitOptions() {
    return WaitOptions.builder().clock(time).sleeper(time.sleeper()).random(() -> 0.5).build();
  }

  private static String task(String id, String status) {
    return "{\"id\":\""
        + id
        + "\",\"status\":\""
        + status
        + "\",\"error\":"
        + ("error".equals(status) ? "\"bad image\"" : "null")
        + ",\"data\":null}";
  }

  private static String page(List<String> tasks, String next) {
    return "{\"count\":"
        + tasks.size()
        + ",\"next\":"
        + (next == null ? "null" : "\"" + next + "\"")
        + ",\"previous\":null,\"results\":["
        + String.join(",", tasks)
        + "]}";
  }

  private void answer(String state, String nextState, String body) {
    var stub = get(urlPathEqualTo(TASKS)).inScenario("rounds").whenScenarioStateIs(state);
    server.stubFor(
        (nextState == null ? stub : stub.willSetStateTo(nextState))
            .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
  }

  private List<LoggedRequest> requests() {
    return server.findAll(getRequestedFor(urlPathEqualTo(TASKS)));
  }

  @Test
  void hundredTasksTakeOneRequestPerRoundAndFinishedOnesAreDropped() {
    List<String> ids = IntStream.range(0, 100).mapToObj(i -> "t" + i).collect(Collectors.toList());
    answer(
        STARTED,
        "round2",
        page(
            ids.stream()
                .map(id -> task(id, Integer.parseInt(id.substring(1)) < 60 ? "success" : "pending"))
                .collect(Collectors.toList()),
            null));
    answer(
        "round2",
        null,
        page(
            ids.subList(60, 100).stream()
                .map(id -> task(id, "success"))
                .collect(Collectors.toList()),
            null));

    List<Task> done = client.waitForAll(ids, waitOptions());

    assertEquals(
        ids, done.stream().map(Task::id).collect(Collectors.toList()), "in the order asked");
    assertEquals(2, requests().size(), "one request per poll round");
    assertEquals(100, requests().get(0).queryParameter("task_ids").values().size());
    assertEquals(
        ids.subList(60, 100),
        requests().get(1).queryParameter("task_ids").values(),
        "only the unfinished ids");
    assertEquals(List.of(Duration.ofMillis(500)), time.sleeps());
  }

  @Test
  void aFailedTaskIsReportedWithTheWholeBatch() {
    answer(STARTED, null, page(List.of(task("a", "success"), task("b", "error")), null));

    TaskFailedException e =
        assertThrows(
            TaskFailedException.class, () -> client.waitForAll(List.of("a", "b"), waitOptions()));

    assertEquals("b", e.task().id());
    assertEquals(
        List.of(TaskView.State.SUCCEEDED, TaskView.State.FAILED),
        e.batch().stream().map(TaskView::state).collect(Collectors.toList()));
  }

  @Test
  void pagesAreFetchedLazilyThroughNextLinks() {
    String next = server.baseUrl() + TASKS + "?task_ids=a&task_ids=b&task_ids=c&page=2";
    answer(STARTED, "page2", page(List.of(task("a", "success"), task("b", "pending")), next));
    answer("page2", null, page(List.of(task("c", "success")), null));

    Iterator<dev.taskclients.deepomatic.model.TaskPage> pages =
        client.getTasksPages(List.of("a", "b", "c")).iterator();
    pages.next();
    assertEquals(1, requests().size(), "the second page is not fetched before it is needed");
    assertTrue(pages.hasNext());
    assertEquals(2, requests().size());

    server.resetScenarios();
    List<String> all =
        client.getTasksAll(List.of("a", "b", "c")).map(Task::id).collect(Collectors.toList());

    assertEquals(List.of("a", "b", "c"), all);
    assertEquals("2", requests().get(requests().size() - 1).queryParameter("page").firstValue());
  }

  /** Answers the first page with {@code next} as this raw JSON value, and a request id. */
  private String answerWithNext(String nextJson) {
    String body =
        "{\"count\":2,\"next\":"
            + nextJson
            + ",\"previous\":null,\"results\":["
            + task("a", "success")
            + "]}";
    server.stubFor(
        get(urlPathEqualTo(TASKS))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withHeader("X-Request-Id", "req-page-1")
                    .withBody(body)));
    return body;
  }

  /** Iterates every task: the first page's task arrives, then asking for more fails. */
  private InvalidResponseException iterationFails() {
    Iterator<Task> tasks = client.getTasksAll(List.of("a", "b")).iterator();
    assertEquals("a", tasks.next().id(), "the page carrying the link is still read");
    InvalidResponseException e = assertThrows(InvalidResponseException.class, tasks::hasNext);
    assertEquals(1, requests().size(), "the link is not followed");
    return e;
  }

  private void assertCarriesThePage(InvalidResponseException e, String body) throws Exception {
    assertEquals(200, e.statusCode());
    assertEquals(Optional.of("req-page-1"), e.requestId());
    assertEquals(JSON.readTree(body), JSON.readTree(e.rawBody()));
  }

  @Test
  void aNextLinkThatIsNotAUrlIsAnInvalidResponse() throws Exception {
    String body = answerWithNext("\"string\"");

    InvalidResponseException e = iterationFails();

    assertTrue(
        e.getMessage()
            .startsWith(
                "Invalid response to HTTP 200: TaskPage.next is not an absolute http(s) URL: "
                    + "\"string\" (request-id: req-page-1); body: "),
        e.getMessage());
    assertCarriesThePage(e, body);
    assertThrows(
        InvalidResponseException.class,
        () -> client.getTasksPages(List.of("a")).forEach(page -> {}));
  }

  @Test
  void aNextLinkOffTheApiIsAnInvalidResponseSoTheKeyNeverLeaves() throws Exception {
    String body = answerWithNext("\"https://attacker.example/v0.7/tasks?page=2\"");

    InvalidResponseException e = iterationFails();

    assertTrue(
        e.getMessage()
            .startsWith(
                "Invalid response to HTTP 200: TaskPage.next points outside the client's base URL "
                    + server.baseUrl()
                    + "/v0.7: \"https://attacker.example/v0.7/tasks?page=2\" (request-id: req-page-1)"),
        e.getMessage());
    assertCarriesThePage(e, body);
  }

  @Test
  void aNextLinkThatIsNotAStringIsAnInvalidResponse() throws Exception {
    answerWithNext("5");
    InvalidResponseException number = iterationFails();
    assertTrue(
        number.getMessage().contains("TaskPage.next is not an absolute http(s) URL: \"5\""),
        number.getMessage());

    answerWithNext("{\"href\":\"" + server.baseUrl() + TASKS + "?page=2\"}");
    InvalidResponseException object =
        assertThrows(InvalidResponseException.class, () -> client.getTasksPages(List.of("a")));
    assertTrue(
        object
            .getMessage()
            .startsWith("Invalid response to HTTP 200: body is not a valid TaskPage (at next): "),
        object.getMessage());
    assertTrue(object.getMessage().contains("\"next\":{\"href\":"), object.getMessage());
  }

  @Test
  void anEmptyNextLinkEndsThePages() {
    answerWithNext("\"\"");

    assertEquals(
        List.of("a"), client.getTasksAll(List.of("a")).map(Task::id).collect(Collectors.toList()));
    assertEquals(1, requests().size());
  }
}
