package dev.taskclients.runtime;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.taskclients.runtime.exception.ApiException;
import dev.taskclients.runtime.exception.ApiIoException;
import dev.taskclients.runtime.exception.InvalidResponseException;
import dev.taskclients.runtime.exception.ServerException;
import dev.taskclients.runtime.support.ApiInvoker;
import dev.taskclients.runtime.support.ApiRequest;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The retry policy, timeouts, the body cap and logging, against WireMock; delays on a virtual
 * clock.
 */
class RetryAndFaultsTest {
  private static final String SECRET = "sk-retry-secret";

  private WireMockServer server;
  private final VirtualTime time = new VirtualTime();
  private final List<String> logLines = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private RetryPolicy.Builder policy() {
    return RetryPolicy.builder().clock(time).sleeper(time.sleeper()).random(() -> 0.5);
  }

  private ApiInvoker invoker(RetryPolicy policy) {
    return TestClient.builder(server.baseUrl())
        .bearerToken(SECRET)
        .retryPolicy(policy)
        .logger(new RecordingLogger(logLines))
        .requestTimeout(Duration.ofSeconds(5))
        .build()
        .invoker();
  }

  private static ApiRequest safeGet() {
    return ApiRequest.builder("GET", "/tasks/{id}")
        .pathParam("id", "t1")
        .safeToRetry(true)
        .expect("2XX", "JSON", JsonNode.class)
        .security(TestClient.BEARER)
        .build();
  }

  /** Answers successive requests with the given responses; the last one repeats. */
  private void answers(List<ResponseDefinitionBuilder> responses) {
    for (int i = 0; i < responses.size(); i++) {
      var step = any(anyUrl()).inScenario("s").whenScenarioStateIs(i == 0 ? STARTED : "s" + i);
      server.stubFor(
          (i < responses.size() - 1 ? step.willSetStateTo("s" + (i + 1)) : step)
              .willReturn(responses.get(i)));
    }
  }

  private static ResponseDefinitionBuilder status(int status) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"ok\":" + (status < 300) + "}");
  }

  private int requests() {
    return server.findAll(anyRequestedFor(anyUrl())).size();
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 429, 500, 502, 503, 504})
  void retryableStatusesAreRetriedWithFullJitterBackoff(int status) {
    answers(List.of(status(status), status(status), status(200)));

    Response<JsonNode> response = invoker(policy().build()).send(safeGet(), RequestOptions.NONE);

    assertEquals(200, response.statusCode());
    assertEquals(3, requests());
    // random 0.5 of [0, 250 ms] then of [0, 500 ms]
    assertEquals(List.of(Duration.ofMillis(125), Duration.ofMillis(250)), time.sleeps());
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 409, 422, 501, 505})
  void otherStatusesAreNotRetried(int status) {
    answers(List.of(status(status), status(200)));

    assertThrows(
        ApiException.class, () -> invoker(policy().build()).send(safeGet(), RequestOptions.NONE));
    assertEquals(1, requests());
  }

  @Test
  void giveUpAfterTheLastAttemptWithEarlierFailuresSuppressed() {
    answers(List.of(status(503)));

    ServerException e =
        assertThrows(
            ServerException.class,
            () -> invoker(policy().build()).send(safeGet(), RequestOptions.NONE));

    assertEquals(3, requests(), "3 attempts by default");
    assertEquals(2, e.getSuppressed().length);
    assertInstanceOf(ServerException.class, e.getSuppressed()[0]);
  }

  @Test
  void anUnreadableAnswerAfterARetryKeepsTheEarlierFailure() {
    answers(List.of(status(503), aResponse().withStatus(200).withBody("{\"broken\":")));

    InvalidResponseException e =
        assertThrows(
            InvalidResponseException.class,
            () -> invoker(policy().build()).send(safeGet(), RequestOptions.NONE));

    assertEquals(1, e.getSuppressed().length);
    assertInstanceOf(ServerException.class, e.getSuppressed()[0]);
  }

  @Test
  void zeroRetriesDisablesAndUnsafeOperationsAreNeverRetried() {
    answers(List.of(status(503), status(200)));
    assertThrows(
        ServerException.class,
        () -> invoker(RetryPolicy.none()).send(safeGet(), RequestOptions.NONE));
    assertEquals(1, requests());

    server.resetAll();
    answers(List.of(status(503), status(200)));
    ApiRequest unsafe =
        ApiRequest.builder("POST", "/tasks")
            .jsonBody(java.util.Map.of("a", 1))
            .expect("2XX", "JSON", JsonNode.class)
            .build();
    assertThrows(
        ServerException.class, () -> invoker(policy().build()).send(unsafe, RequestOptions.NONE));
    assertEquals(1, requests());
  }

  @Test
  void retryAfterInSecondsOrAsADateIsHonouredAndCapped() {
    String inTenSeconds =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            time.instant().plusSeconds(10).atOffset(ZoneOffset.UTC));
    answers(
        List.of(
            status(429).withHeader("Retry-After", "3"),
            status(503).withHeader("Retry-After", inTenSeconds),
            status(200)));

    invoker(policy().maxRetries(3).build()).send(safeGet(), RequestOptions.NONE);

    // The date is an instant: after the first 3 s retry delay, 7 s of the 10 remain.
    assertEquals(List.of(Duration.ofSeconds(3), Duration.ofSeconds(7)), time.sleeps());

    server.resetAll();
    answers(
        List.of(
            status(503).withHeader("Retry-After", "3600"),
            status(503).withHeader("Retry-After", "soon"),
            status(200)));
    invoker(policy().maxRetryAfter(Duration.ofSeconds(20)).build())
        .send(safeGet(), RequestOptions.NONE);
    assertEquals(
        List.of(Duration.ofSeconds(20), Duration.ofMillis(250)),
        time.sleeps().subList(2, 4),
        "capped, then garbage falls back to backoff");
  }

  /**
   * An error body that says whether to retry, as an error model with {@code
   * x-taskclients-retryable} is.
   */
  public record Advice(Boolean retryable) implements RetryAdvice {
    @Override
    public Boolean retryAdvised() {
      return retryable;
    }
  }

  private static ApiRequest safeGetWithAdvice() {
    return ApiRequest.builder("GET", "/tasks/{id}")
        .pathParam("id", "t1")
        .safeToRetry(true)
        .expect("2XX", "JSON", JsonNode.class)
        .expect("503", "JSON", Advice.class)
        .security(TestClient.BEARER)
        .build();
  }

  private static ResponseDefinitionBuilder unavailable(String body) {
    return aResponse()
        .withStatus(503)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  @Test
  void anErrorBodyAdvisingAgainstARetryIsNotRetried() {
    answers(List.of(unavailable("{\"retryable\":false}"), status(200)));

    ServerException e =
        assertThrows(
            ServerException.class,
            () -> invoker(policy().build()).send(safeGetWithAdvice(), RequestOptions.NONE));
    assertEquals(new Advice(false), e.errorBody());
    assertEquals(1, requests());
  }

  @Test
  void anErrorBodyAdvisingARetryOrSayingNothingIsRetried() {
    answers(List.of(unavailable("{\"retryable\":true}"), unavailable("{}"), status(200)));

    assertEquals(
        200, invoker(policy().build()).send(safeGetWithAdvice(), RequestOptions.NONE).statusCode());
    assertEquals(3, requests());
  }

  @Test
  void noFieldNameIsAssumedWhereTheSpecDeclaresNone() {
    // An error body without a RetryAdvice type: its "retryable" is the API's own business, not a
    // retry rule.
    answers(
        List.of(unavailable("{\"error\":{\"retryable\":false},\"retryable\":false}"), status(200)));

    assertEquals(200, invoker(policy().build()).send(safeGet(), RequestOptions.NONE).statusCode());
    assertEquals(2, requests());
  }

  @Test
  void noRetryWouldLandPastTheCallDeadline() {
    answers(List.of(status(503).withHeader("Retry-After", "20"), status(200)));

    assertThrows(
        ServerException.class,
        () ->
            invoker(policy().build())
                .send(
                    safeGet(),
                    RequestOptions.builder().callTimeout(Duration.ofSeconds(10)).build()));
    assertEquals(1, requests());
    assertEquals(List.of(), time.sleeps());
  }

  @ParameterizedTest
  @EnumSource(
      value = Fault.class,
      names = {
        "CONNECTION_RESET_BY_PEER",
        "EMPTY_RESPONSE",
        "MALFORMED_RESPONSE_CHUNK",
        "RANDOM_DATA_THEN_CLOSE"
      })
  void transportFaultsAreRetriedThenSucceed(Fault fault) {
    answers(List.of(aResponse().withFault(fault), status(200)));

    Response<JsonNode> response = invoker(policy().build()).send(safeGet(), RequestOptions.NONE);

    assertEquals(200, response.statusCode());
    // java.net.http resends an idempotent GET by itself after a reset or empty response; then our
    // policy never sees the fault. Either way exactly one extra request reaches the server.
    assertEquals(2, requests(), "the fault, then one resend");
    assertTrue(time.sleeps().size() <= 1, "at most one retry delay of ours: " + time.sleeps());
  }

  @ParameterizedTest
  @EnumSource(
      value = Fault.class,
      names = {
        "CONNECTION_RESET_BY_PEER",
        "EMPTY_RESPONSE",
        "MALFORMED_RESPONSE_CHUNK",
        "RANDOM_DATA_THEN_CLOSE"
      })
  void persistentFaultsSurfaceAsApiIoExceptionAfterEveryAttempt(Fault fault) {
    answers(List.of(aResponse().withFault(fault)));

    ApiIoException e =
        assertThrows(
            ApiIoException.class,
            () -> invoker(policy().build()).send(safeGet(), RequestOptions.NONE));

    assertEquals(2, time.sleeps().size(), "3 attempts of ours");
    assertEquals(2, e.getSuppressed().length);
    int sent = requests();
    assertTrue(
        sent >= 3 && sent <= 6, "3 attempts, each resent at most once by java.net.http: " + sent);
    assertFalse(e.getMessage().contains(SECRET));
  }

  @Test
  void slowResponsesTimeOutPerAttemptAndAreRetried() {
    answers(List.of(status(200).withFixedDelay(1_500), status(200)));
    Supplier<Response<JsonNode>> call =
        () ->
            invoker(policy().build())
                .send(safeGet(), RequestOptions.builder().timeout(Duration.ofMillis(300)).build());

    assertEquals(200, call.get().statusCode());
    assertEquals(List.of(Duration.ofMillis(125)), time.sleeps());
  }

  @Test
  void bodyOverTheCapIsRefusedAndNotRetried() {
    answers(List.of(aResponse().withStatus(200).withBody("x".repeat(5_000)), status(200)));
    ApiInvoker small =
        TestClient.builder(server.baseUrl())
            .bearerToken(SECRET)
            .retryPolicy(policy().build())
            .maxResponseBytes(1_000)
            .build()
            .invoker();

    InvalidResponseException e =
        assertThrows(
            InvalidResponseException.class, () -> small.send(safeGet(), RequestOptions.NONE));

    assertTrue(e.getMessage().contains("larger than the 1000-byte limit"), e.getMessage());
    assertEquals(1, requests());
  }

  @Test
  void asyncCallsRetryTheSameWay() {
    answers(List.of(status(503), status(200)));
    assertEquals(
        200,
        invoker(policy().build()).sendAsync(safeGet(), RequestOptions.NONE).join().statusCode());
    assertEquals(2, requests());

    server.resetAll();
    answers(List.of(status(503)));
    CompletionException e =
        assertThrows(
            CompletionException.class,
            () -> invoker(policy().build()).sendAsync(safeGet(), RequestOptions.NONE).join());
    assertInstanceOf(ServerException.class, e.getCause());
    assertEquals(2, e.getCause().getSuppressed().length);
  }

  @Test
  void oneDebugLinePerAttemptAndNoSecretInIt() {
    answers(List.of(status(503), status(200)));

    invoker(policy().build()).send(safeGet(), RequestOptions.builder().requestId("req-9").build());

    assertEquals(2, logLines.size(), logLines.toString());
    assertTrue(
        logLines.get(0).matches("GET /tasks/t1 -> 503 \\(attempt 1, \\d+ ms, request-id: req-9\\)"),
        logLines.get(0));
    assertTrue(logLines.get(1).startsWith("GET /tasks/t1 -> 200 (attempt 2, "), logLines.get(1));
    assertTrue(logLines.stream().noneMatch(line -> line.contains(SECRET)));
  }
}
