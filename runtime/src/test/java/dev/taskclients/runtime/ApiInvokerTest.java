package dev.taskclients.runtime;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.taskclients.runtime.exception.ApiException;
import dev.taskclients.runtime.exception.ApiIoException;
import dev.taskclients.runtime.exception.ApiTimeoutException;
import dev.taskclients.runtime.exception.InvalidResponseException;
import dev.taskclients.runtime.exception.NotFoundException;
import dev.taskclients.runtime.exception.RateLimitException;
import dev.taskclients.runtime.exception.ServerException;
import dev.taskclients.runtime.support.ApiInvoker;
import dev.taskclients.runtime.support.ApiRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiInvokerTest {
  private static final String SECRET = "sk-test-secret";

  private WireMockServer server;
  private ApiInvoker invoker;

  @BeforeEach
  void start() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    invoker = TestClient.builder(server.baseUrl() + "/api").apiKey(SECRET).build().invoker();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private void answer(int status, String contentType, String body) {
    server.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", contentType)
                    .withHeader("X-Request-Id", "srv-7")
                    .withBody(body)));
  }

  private static ApiRequest get(String id) {
    return get(id, JsonNode.class);
  }

  /** The request as generated code describes an operation whose 2xx body is a {@code type}. */
  private static ApiRequest get(String id, Class<?> type) {
    return ApiRequest.builder("GET", "/tasks/{id}")
        .pathParam("id", id)
        .errorBodyType(JsonNode.class)
        .expect("2XX", "JSON", type)
        .security(TestClient.API_KEY)
        .build();
  }

  @Test
  void sendsTheDocumentedRequestAndParsesTheBody() {
    answer(200, "application/json", "{\"id\":\"t/1\",\"n\":2}");
    ApiRequest request =
        ApiRequest.builder("POST", "/call")
            .query("ids", List.of("a", "b"), "form", true)
            .header("X-Op", "1")
            .jsonBody(Map.of("task_id", "t/1"))
            .security(TestClient.API_KEY)
            .expect("200", "JSON", new TypeReference<Map<String, Object>>() {}.getType())
            .build();

    Response<Map<String, Object>> response =
        invoker.send(
            request, RequestOptions.builder().requestId("req-1").header("X-Extra", "e").build());

    assertEquals(Map.of("id", "t/1", "n", 2), response.body());
    assertEquals(200, response.statusCode());
    assertEquals(Optional.of("srv-7"), response.requestId());
    assertEquals(Optional.of("application/json"), response.header("content-type"));
    server.verify(
        postRequestedFor(urlEqualTo("/api/call?ids=a&ids=b"))
            .withHeader("x-api-key", equalTo(SECRET))
            .withHeader("Accept", equalTo("application/json"))
            .withHeader("Content-Type", equalTo("application/json"))
            .withHeader(
                "User-Agent",
                equalTo("taskclients-java/" + System.getProperty("taskclients.version")))
            .withHeader("X-Request-Id", equalTo("req-1"))
            .withHeader("X-Op", equalTo("1"))
            .withHeader("X-Extra", equalTo("e"))
            .withRequestBody(equalToJson("{\"task_id\":\"t/1\"}")));
  }

  @Test
  void defaultHeadersGoOnEveryRequest() {
    answer(200, "application/json", "{}");
    ApiInvoker withHeaders =
        TestClient.builder(server.baseUrl() + "/api")
            .apiKey(SECRET)
            .defaultHeader("X-Team", "core")
            .build()
            .invoker();

    withHeaders.send(get("t"), RequestOptions.NONE);

    server.verify(
        getRequestedFor(urlEqualTo("/api/tasks/t")).withHeader("X-Team", equalTo("core")));
  }

  @Test
  void pathParameterStaysOneSegmentOnTheWire() {
    answer(200, "application/json", "{}");

    invoker.send(get("../admin?x#y"), RequestOptions.NONE);

    server.verify(
        getRequestedFor(urlEqualTo("/api/tasks/..%2Fadmin%3Fx%23y"))
            .withHeader("Content-Type", absent()));
  }

  @ParameterizedTest
  @CsvSource({
    "400, BadRequestException", "401, UnauthorizedException", "403, ForbiddenException",
    "404, NotFoundException", "409, ConflictException", "422, UnprocessableEntityException",
    "429, RateLimitException", "500, ServerException", "503, ServerException",
    "302, UnexpectedStatusException", "418, UnexpectedStatusException"
  })
  void eachErrorStatusHasItsException(int status, String type) {
    answer(status, "application/json", "{\"error\":\"Task not found with ID: t1\"}");

    ApiException e =
        assertThrows(ApiException.class, () -> invoker.send(get("t1"), RequestOptions.NONE));

    assertEquals(type, e.getClass().getSimpleName());
    assertEquals(status, e.statusCode());
    assertEquals("Task not found with ID: t1", e.errorMessage());
    assertEquals(Optional.of("srv-7"), e.requestId());
    assertTrue(e.getMessage().startsWith("HTTP " + status), e.getMessage());
    assertTrue(
        e.getMessage().endsWith(": Task not found with ID: t1 (request-id: srv-7)"),
        e.getMessage());
  }

  @Test
  void messageReadsWellOnItsOwn() {
    answer(
        404,
        "application/json",
        "{\"error\":{\"code\":\"not_found\",\"message\":\"No task task_1\"}}");

    ApiException e =
        assertThrows(
            NotFoundException.class, () -> invoker.send(get("task_1"), RequestOptions.NONE));

    assertEquals("HTTP 404 Not Found: No task task_1 (request-id: srv-7)", e.getMessage());
    assertEquals("not_found", e.errorBody(JsonNode.class).orElseThrow().at("/error/code").asText());
  }

  @Test
  void rateLimitCarriesRetryAfter() {
    server.stubFor(
        any(anyUrl()).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "12")));

    RateLimitException e =
        assertThrows(RateLimitException.class, () -> invoker.send(get("t"), RequestOptions.NONE));

    assertEquals(Optional.of(Duration.ofSeconds(12)), e.retryAfter());
    assertNull(e.errorBody());
    assertEquals("HTTP 429 Too Many Requests", e.getMessage());
  }

  @Test
  void htmlErrorPageIsKeptRawAndSummarised() {
    answer(502, "text/html", "<html><body>Bad gateway</body></html>");

    ServerException e =
        assertThrows(ServerException.class, () -> invoker.send(get("t"), RequestOptions.NONE));

    assertNull(e.errorBody());
    assertEquals("<html><body>Bad gateway</body></html>", e.rawBody());
    assertTrue(e.getMessage().startsWith("HTTP 502 Bad Gateway: <html>"), e.getMessage());
  }

  @Test
  void unreadableSuccessBodiesBecomeInvalidResponseException() {
    String deep =
        "{\"a\":"
            + "[".repeat(Json.MAX_NESTING_DEPTH + 1)
            + "]".repeat(Json.MAX_NESTING_DEPTH + 1)
            + "}";
    String longNumber = "{\"a\":1" + "0".repeat(Json.MAX_NUMBER_LENGTH + 1) + "}";
    for (String body :
        new String[] {
          "", "{\"id\":", "{\"a\":1} trailing", "<html>oops</html>", "[1,2]", deep, longNumber
        }) {
      answer(200, "application/json", body);
      InvalidResponseException e =
          assertThrows(
              InvalidResponseException.class,
              () -> invoker.send(get("t", Map.class), RequestOptions.NONE),
              body);
      assertEquals(200, e.statusCode());
      assertEquals(body, e.rawBody());
      assertEquals(Optional.of("srv-7"), e.requestId());
    }
  }

  @Test
  void modelRefusingItsValuesIsAnInvalidResponse() {
    answer(200, "application/json", "{\"name\":\"x\"}");

    InvalidResponseException e =
        assertThrows(
            InvalidResponseException.class,
            () -> invoker.send(get("t", ModelBasesTest.Thing.class), RequestOptions.NONE));

    assertTrue(e.getMessage().contains("Thing is missing required field(s): id"), e.getMessage());
  }

  @Test
  void voidResponsesNeedNoBody() {
    answer(204, "application/json", "");

    assertNull(invoker.send(get("t", Void.class), RequestOptions.NONE).body());
  }

  @Test
  void connectionRefusedIsAnIoFailureWithoutSecrets() {
    String base = server.baseUrl();
    server.stop();

    ApiIoException e =
        assertThrows(ApiIoException.class, () -> invoker.send(get("t"), RequestOptions.NONE));

    assertTrue(e.getMessage().startsWith("GET " + base + "/api/tasks/t failed"), e.getMessage());
    assertFalse(e.getMessage().contains(SECRET));
  }

  @Test
  void slowResponseTimesOutAtThePerCallTimeout() {
    server.stubFor(
        any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{}").withFixedDelay(2_000)));

    ApiTimeoutException e =
        assertThrows(
            ApiTimeoutException.class,
            () ->
                invoker.send(
                    get("t"), RequestOptions.builder().timeout(Duration.ofMillis(200)).build()));

    assertTrue(e.getMessage().contains("timed out after PT0.2S"), e.getMessage());
  }

  @Test
  void asyncTwinCompletesAndFailsWithTheSameTypes() {
    answer(200, "application/json", "{\"ok\":true}");
    assertTrue(
        invoker
            .<JsonNode>sendAsync(get("t"), RequestOptions.NONE)
            .join()
            .body()
            .get("ok")
            .asBoolean());

    answer(404, "application/json", "{\"error\":\"gone\"}");
    CompletionException failed =
        assertThrows(
            CompletionException.class,
            () -> invoker.sendAsync(get("t"), RequestOptions.NONE).join());
    assertInstanceOf(NotFoundException.class, failed.getCause());

    server.stop();
    CompletionException io =
        assertThrows(
            CompletionException.class,
            () -> invoker.sendAsync(get("t"), RequestOptions.NONE).join());
    assertInstanceOf(ApiIoException.class, io.getCause());
  }

  @Test
  void responseMapsItsBodyAndPrintsNoHeaders() {
    Response<String> response =
        new Response<>(200, Map.of("Authorization", List.of("Bearer x")), "body", "r1");
    Response<Integer> mapped = response.map(String::length);
    assertEquals(4, mapped.body());
    assertEquals(Optional.of("r1"), mapped.requestId());
    assertEquals("Response[status=200, requestId=r1, body=body]", response.toString());
    assertEquals(Optional.empty(), response.header("X-Missing"));
  }

  @Test
  void badRequestArgumentsFailTheFutureInsteadOfThrowing() {
    ApiRequest unserializable =
        ApiRequest.builder("POST", "/x")
            .jsonBody(new Object())
            .expect("2XX", "JSON", JsonNode.class)
            .build();

    CompletionException e =
        assertThrows(
            CompletionException.class,
            () -> invoker.sendAsync(unserializable, RequestOptions.NONE).join());
    assertInstanceOf(IllegalArgumentException.class, e.getCause());
  }
}
