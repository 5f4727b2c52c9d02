package dev.taskclients.conformance.parity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.taskclients.beatra.BeatraClient;
import dev.taskclients.deepomatic.DeepomaticClient;
import dev.taskclients.optexity.OptexityClient;
import dev.taskclients.optexity.model.TaskStatusRequest;
import dev.taskclients.runtime.RequestOptions;
import dev.taskclients.runtime.RetryPolicy;
import dev.taskclients.runtime.VirtualTime;
import dev.taskclients.runtime.WaitOptions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The request-parity matrix: for each of the three clients, built only through its generated
 * builder, every operation in every view (sync, async, raw), and every feature that sends more than
 * one request (pages, waits, the batch wait, a retry after 503 and after 429 with {@code
 * Retry-After}). The server answers 401 to any request lacking the credential and records every
 * request; each must carry the credential, the default header, the user agent, and the caller's
 * request id and extra header. A path that drops any of them fails its row.
 */
class RequestParityTest {
  private static final String KEY = "parity-key";
  private static final String USER_AGENT =
      "taskclients-java/" + System.getProperty("taskclients.version");
  private static final RequestOptions OPTIONS =
      RequestOptions.builder().requestId("parity-request").header("X-Extra", "extra").build();

  private static WireMockServer server;
  private static VirtualTime time;

  /** How one API's requests are authenticated. */
  private record Api(String name, String authHeader, String authValue) {}

  private static final Api OPTEXITY = new Api("optexity", "x-api-key", KEY);
  private static final Api DEEPOMATIC = new Api("deepomatic", "X-API-KEY", KEY);
  private static final Api BEATRA = new Api("beatra", "Authorization", "Bearer " + KEY);

  /** One row: what the server answers, what the client calls, and how many requests that takes. */
  private record Row(String name, Api api, Runnable serve, Call call, int requests) {}

  @FunctionalInterface
  private interface Call {
    void run() throws Exception;
  }

  @BeforeAll
  static void start() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @TestFactory
  Stream<DynamicTest> everyRequestCarriesTheCredentialAndTheCallersOptions() {
    List<Row> rows = new ArrayList<>();
    rows.addAll(optexity());
    rows.addAll(deepomatic());
    rows.addAll(beatra());
    return rows.stream()
        .map(row -> dynamicTest(row.api().name() + " " + row.name(), () -> check(row)));
  }

  private static void check(Row row) throws Exception {
    server.resetAll();
    time = new VirtualTime();
    // Any request without the credential gets 401; the stubs each row adds match only requests
    // carrying it.
    server.stubFor(
        any(anyUrl())
            .atPriority(10)
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"error\":\"no credential\"}")));
    row.serve().run();

    row.call().run();

    List<ServeEvent> events = new ArrayList<>(server.getAllServeEvents());
    Collections.reverse(events); // WireMock lists the newest first
    assertEquals(row.requests(), events.size(), "requests sent");
    for (int i = 0; i < events.size(); i++) {
      LoggedRequest request = events.get(i).getRequest();
      LoggedResponse response = events.get(i).getResponse();
      String which =
          "request "
              + (i + 1)
              + " of "
              + events.size()
              + ": "
              + request.getMethod()
              + " "
              + request.getUrl();
      assertEquals(
          row.api().authValue(), request.getHeader(row.api().authHeader()), which + ": credential");
      assertEquals("parity", request.getHeader("X-Team"), which + ": default header");
      assertEquals(USER_AGENT, request.getHeader("User-Agent"), which + ": user agent");
      assertEquals("parity-request", request.getHeader("X-Request-Id"), which + ": request id");
      assertEquals("extra", request.getHeader("X-Extra"), which + ": extra header");
      assertEquals(true, response.getStatus() != 401, which + ": answered " + response.getStatus());
    }
  }

  private static RetryPolicy retries() {
    return RetryPolicy.builder().clock(time).sleeper(time.sleeper()).random(() -> 0.5).build();
  }

  private static WaitOptions waits() {
    return WaitOptions.builder()
        .clock(time)
        .sleeper(time.sleeper())
        .random(() -> 0.5)
        .requestOptions(OPTIONS)
        .build();
  }

  private static <T> T await(CompletableFuture<T> future) throws Exception {
    return future.get(30, TimeUnit.SECONDS);
  }

  private static ResponseDefinitionBuilder json(String body) {
    return aResponse().withHeader("Content-Type", "application/json").withBody(body);
  }

  /**
   * Stubs {@code request}, for requests carrying {@code api}'s credential, as answers given in turn
   * (the last repeats).
   */
  private static void answers(
      Api api, Supplier<MappingBuilder> request, List<ResponseDefinitionBuilder> answers) {
    for (int i = 0; i < answers.size(); i++) {
      String state = i == 0 ? STARTED : "answer-" + i;
      ScenarioMappingBuilder stub =
          request
              .get()
              .withHeader(api.authHeader(), equalTo(api.authValue()))
              .atPriority(1)
              .inScenario("answers")
              .whenScenarioStateIs(state);
      if (i + 1 < answers.size()) {
        stub = stub.willSetStateTo("answer-" + (i + 1));
      }
      server.stubFor(stub.willReturn(answers.get(i)));
    }
  }

  /**
   * A row for each of the retry features: 503 then the answer, and 429 with Retry-After then the
   * answer.
   */
  private static List<Row> retried(
      Api api,
      String name,
      Supplier<MappingBuilder> request,
      ResponseDefinitionBuilder answer,
      Call call) {
    return List.of(
        new Row(
            name + " retried after 503",
            api,
            () -> answers(api, request, List.of(aResponse().withStatus(503), answer)),
            call,
            2),
        new Row(
            name + " retried after 429 with Retry-After",
            api,
            () ->
                answers(
                    api,
                    request,
                    List.of(aResponse().withStatus(429).withHeader("Retry-After", "3"), answer)),
            call,
            2));
  }

  // --- Optexity: one POST, safe to retry, waited on through its body ---

  private static final String OPTEXITY_PATH = "/api/v1/inference/call";

  private static String optexityTask(String status) {
    return "{\"success\":true,\"task_id\":\"t-1\",\"status\":\"" + status + "\"}";
  }

  private static OptexityClient optexityClient() {
    return OptexityClient.builder()
        .baseUrl(server.baseUrl())
        .apiKey(KEY)
        .defaultHeader("X-Team", "parity")
        .retryPolicy(retries())
        .build();
  }

  private static List<Row> optexity() {
    Supplier<MappingBuilder> call = () -> post(urlPathEqualTo(OPTEXITY_PATH));
    TaskStatusRequest body = TaskStatusRequest.builder().taskId("t-1").build();
    ResponseDefinitionBuilder running = json(optexityTask("running"));
    List<Row> rows = new ArrayList<>();
    List<Call> views =
        List.of(
            () -> optexityClient().getTaskStatus(body, OPTIONS),
            () -> await(optexityClient().async().getTaskStatus(body, OPTIONS)),
            () -> optexityClient().withRawResponse().getTaskStatus(body, OPTIONS));
    List<String> names = List.of("sync", "async", "raw");
    for (int v = 0; v < views.size(); v++) {
      Call view = views.get(v);
      rows.add(
          new Row(
              "getTaskStatus " + names.get(v),
              OPTEXITY,
              () -> answers(OPTEXITY, call, List.of(running)),
              view,
              1));
      rows.addAll(retried(OPTEXITY, "getTaskStatus " + names.get(v), call, running, view));
    }
    List<ResponseDefinitionBuilder> lifecycle = List.of(running, json(optexityTask("completed")));
    rows.add(
        new Row(
            "waitForCompletion",
            OPTEXITY,
            () -> answers(OPTEXITY, call, lifecycle),
            () -> optexityClient().waitForCompletion("t-1", waits()),
            2));
    rows.add(
        new Row(
            "async waitForCompletion",
            OPTEXITY,
            () -> answers(OPTEXITY, call, lifecycle),
            () -> await(optexityClient().async().waitForCompletion("t-1", waits())),
            2));
    return rows;
  }

  // --- Deepomatic: one task, several tasks in pages, waits on one and on a batch ---

  private static String deepomaticTask(String id, String status) {
    return "{\"id\":\"" + id + "\",\"status\":\"" + status + "\",\"error\":null,\"data\":null}";
  }

  /** Page {@code n} of three of one round, holding one task, linking to the next page. */
  private static ResponseDefinitionBuilder deepomaticPage(int n, String status) {
    String id = List.of("a", "b", "c").get(n - 1);
    String next =
        n < 3
            ? "\""
                + server.baseUrl()
                + "/v0.7/tasks?task_ids=a&task_ids=b&task_ids=c&page="
                + (n + 1)
                + "\""
            : "null";
    return json(
        "{\"count\":3,\"next\":"
            + next
            + ",\"previous\":null,\"results\":["
            + deepomaticTask(id, status)
            + "]}");
  }

  private static List<ResponseDefinitionBuilder> deepomaticRound(String status) {
    return List.of(deepomaticPage(1, status), deepomaticPage(2, status), deepomaticPage(3, status));
  }

  private static DeepomaticClient deepomaticClient() {
    return DeepomaticClient.builder()
        .baseUrl(server.baseUrl() + "/v0.7")
        .apiKey(KEY)
        .defaultHeader("X-Team", "parity")
        .retryPolicy(retries())
        .build();
  }

  private static List<Row> deepomatic() {
    Supplier<MappingBuilder> one = () -> get(urlPathMatching("/v0.7/tasks/[^/]+"));
    Supplier<MappingBuilder> many = () -> get(urlPathEqualTo("/v0.7/tasks"));
    List<String> ids = List.of("a", "b", "c");
    ResponseDefinitionBuilder task = json(deepomaticTask("a", "success"));
    ResponseDefinitionBuilder page = deepomaticPage(3, "success");
    List<Row> rows = new ArrayList<>();
    List<String> names = List.of("sync", "async", "raw");
    List<Call> getTask =
        List.of(
            () -> deepomaticClient().getTask("a", OPTIONS),
            () -> await(deepomaticClient().async().getTask("a", OPTIONS)),
            () -> deepomaticClient().withRawResponse().getTask("a", OPTIONS));
    List<Call> getTasks =
        List.of(
            () -> deepomaticClient().getTasks(ids, OPTIONS),
            () -> await(deepomaticClient().async().getTasks(ids, OPTIONS)),
            () -> deepomaticClient().withRawResponse().getTasks(ids, OPTIONS));
    for (int v = 0; v < names.size(); v++) {
      rows.add(
          new Row(
              "getTask " + names.get(v),
              DEEPOMATIC,
              () -> answers(DEEPOMATIC, one, List.of(task)),
              getTask.get(v),
              1));
      rows.addAll(retried(DEEPOMATIC, "getTask " + names.get(v), one, task, getTask.get(v)));
      rows.add(
          new Row(
              "getTasks " + names.get(v),
              DEEPOMATIC,
              () -> answers(DEEPOMATIC, many, List.of(page)),
              getTasks.get(v),
              1));
      rows.addAll(retried(DEEPOMATIC, "getTasks " + names.get(v), many, page, getTasks.get(v)));
    }
    Runnable threePages = () -> answers(DEEPOMATIC, many, deepomaticRound("success"));
    rows.add(
        new Row(
            "getTasksPages, three pages",
            DEEPOMATIC,
            threePages,
            () -> assertEquals(3, count(deepomaticClient().getTasksPages(ids, OPTIONS))),
            3));
    rows.add(
        new Row(
            "getTasksAll, three pages",
            DEEPOMATIC,
            threePages,
            () -> assertEquals(3, deepomaticClient().getTasksAll(ids, OPTIONS).count()),
            3));
    rows.add(
        new Row(
            "async getTasksPages, three pages",
            DEEPOMATIC,
            threePages,
            () ->
                assertEquals(
                    3, await(deepomaticClient().async().getTasksPages(ids, OPTIONS)).size()),
            3));
    rows.add(
        new Row(
            "async getTasksAll, three pages",
            DEEPOMATIC,
            threePages,
            () ->
                assertEquals(3, await(deepomaticClient().async().getTasksAll(ids, OPTIONS)).size()),
            3));
    List<ResponseDefinitionBuilder> pageRetried =
        new ArrayList<>(
            List.of(
                deepomaticPage(1, "success"),
                aResponse().withStatus(503),
                deepomaticPage(2, "success"),
                deepomaticPage(3, "success")));
    rows.add(
        new Row(
            "getTasksAll, a followed page retried after 503",
            DEEPOMATIC,
            () -> answers(DEEPOMATIC, many, pageRetried),
            () -> assertEquals(3, deepomaticClient().getTasksAll(ids, OPTIONS).count()),
            4));
    List<ResponseDefinitionBuilder> lifecycle =
        List.of(json(deepomaticTask("a", "pending")), json(deepomaticTask("a", "success")));
    rows.add(
        new Row(
            "waitForCompletion",
            DEEPOMATIC,
            () -> answers(DEEPOMATIC, one, lifecycle),
            () -> deepomaticClient().waitForCompletion("a", waits()),
            2));
    rows.add(
        new Row(
            "async waitForCompletion",
            DEEPOMATIC,
            () -> answers(DEEPOMATIC, one, lifecycle),
            () -> await(deepomaticClient().async().waitForCompletion("a", waits())),
            2));
    List<ResponseDefinitionBuilder> twoRounds = new ArrayList<>(deepomaticRound("pending"));
    twoRounds.addAll(deepomaticRound("success"));
    rows.add(
        new Row(
            "waitForAll, two rounds of three pages",
            DEEPOMATIC,
            () -> answers(DEEPOMATIC, many, twoRounds),
            () -> assertEquals(3, deepomaticClient().waitForAll(ids, waits()).size()),
            6));
    rows.add(
        new Row(
            "async waitForAll, two rounds of three pages",
            DEEPOMATIC,
            () -> answers(DEEPOMATIC, many, twoRounds),
            () ->
                assertEquals(3, await(deepomaticClient().async().waitForAll(ids, waits())).size()),
            6));
    return rows;
  }

  private static int count(Iterable<?> pages) {
    int n = 0;
    for (Object ignored : pages) {
      n++;
    }
    return n;
  }

  // --- beatra: one task, waited on ---

  private static String beatraTask(String status) {
    return "{\"object\":\"task\",\"task_id\":\"task_1\",\"status\":\""
        + status
        + "\",\"capability\":\"c\","
        + "\"model\":\"m\",\"created_at\":\"2026-01-01T00:00:00Z\"}";
  }

  private static BeatraClient beatraClient() {
    return BeatraClient.builder()
        .baseUrl(server.baseUrl())
        .bearerToken(KEY)
        .defaultHeader("X-Team", "parity")
        .retryPolicy(retries())
        .build();
  }

  private static List<Row> beatra() {
    Supplier<MappingBuilder> one = () -> get(urlPathEqualTo("/v1/tasks/task_1"));
    ResponseDefinitionBuilder queued = json(beatraTask("queued"));
    List<Row> rows = new ArrayList<>();
    List<String> names = List.of("sync", "async", "raw");
    List<Call> getTask =
        List.of(
            () -> beatraClient().getTask("task_1", OPTIONS),
            () -> await(beatraClient().async().getTask("task_1", OPTIONS)),
            () -> beatraClient().withRawResponse().getTask("task_1", OPTIONS));
    for (int v = 0; v < names.size(); v++) {
      rows.add(
          new Row(
              "getTask " + names.get(v),
              BEATRA,
              () -> answers(BEATRA, one, List.of(queued)),
              getTask.get(v),
              1));
      rows.addAll(retried(BEATRA, "getTask " + names.get(v), one, queued, getTask.get(v)));
    }
    List<ResponseDefinitionBuilder> lifecycle = List.of(queued, json(beatraTask("succeeded")));
    rows.add(
        new Row(
            "waitForCompletion",
            BEATRA,
            () -> answers(BEATRA, one, lifecycle),
            () -> beatraClient().waitForCompletion("task_1", waits()),
            2));
    rows.add(
        new Row(
            "async waitForCompletion",
            BEATRA,
            () -> answers(BEATRA, one, lifecycle),
            () -> await(beatraClient().async().waitForCompletion("task_1", waits())),
            2));
    return rows;
  }
}
