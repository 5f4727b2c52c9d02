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
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.taskclients.runtime.exception.InvalidResponseException;
import dev.taskclients.runtime.support.ApiInvoker;
import dev.taskclients.runtime.support.ApiRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A followed {@code next} link is the same operation's request: every page carries the credentials
 * of its security requirement (header and query), the default headers, the user agent, the
 * operation's header and cookie parameters, and the caller's request id, extra headers and timeout;
 * and it is retried like the first page.
 */
class FollowedPagesTest {
  private static final String USER_AGENT =
      "taskclients-java/" + System.getProperty("taskclients.version");
  private static final RequestOptions OPTIONS =
      RequestOptions.builder()
          .requestId("req-9")
          .header("X-Extra", "e")
          .timeout(Duration.ofSeconds(20))
          .build();

  private WireMockServer server;
  private final VirtualTime time = new VirtualTime();

  @BeforeEach
  void start() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private ApiInvoker invoker(String baseUrl) {
    return TestClient.builder(baseUrl)
        .apiKey("k-1")
        .scheme("Query", Credential.apiKeyQuery("key", "q-1"))
        .defaultHeader("X-Team", "core")
        .retryPolicy(
            RetryPolicy.builder().clock(time).sleeper(time.sleeper()).random(() -> 0.5).build())
        .build()
        .invoker();
  }

  private static ApiRequest.Builder things() {
    return ApiRequest.builder("GET", "/things")
        .query("size", "2", "form", true)
        .header("X-Op", "op")
        .cookie("lang", "en")
        .expect("200", "JSON", ModelBasesTest.Thing.class)
        .security(TestClient.API_KEY, "Query")
        .safeToRetry(true);
  }

  /** Page {@code n} of three, its {@code note} linking to the next under {@code /api}. */
  private String page(int n) {
    return "{\"id\":\""
        + n
        + "\""
        + (n < 3 ? ",\"note\":\"" + server.baseUrl() + "/api/things?page=" + (n + 1) + "\"" : "")
        + "}";
  }

  private void serve(String state, String next, ResponseDefinitionBuilder answer) {
    server.stubFor(
        get(urlPathEqualTo("/api/things"))
            .inScenario("pages")
            .whenScenarioStateIs(state)
            .willSetStateTo(next)
            .willReturn(answer));
  }

  private static ResponseDefinitionBuilder json(String body) {
    return aResponse().withHeader("Content-Type", "application/json").withBody(body);
  }

  private void serveThreePages() {
    serve(STARTED, "2", json(page(1)));
    serve("2", "3", json(page(2)));
    serve("3", "done", json(page(3)));
  }

  /**
   * Asserts that every request the server received carried everything the call's first request
   * carried.
   */
  private void assertEveryRequestCarriedTheCall(int expected) {
    List<LoggedRequest> received = server.findAll(anyRequestedFor(anyUrl()));
    assertEquals(expected, received.size());
    for (LoggedRequest request : received) {
      String what = request.getUrl();
      assertEquals("k-1", request.getHeader("x-api-key"), what);
      assertEquals("q-1", request.queryParameter("key").firstValue(), what);
      assertEquals("core", request.getHeader("X-Team"), what);
      assertEquals(USER_AGENT, request.getHeader("User-Agent"), what);
      assertEquals("op", request.getHeader("X-Op"), what);
      assertEquals("lang=en", request.getHeader("Cookie"), what);
      assertEquals("req-9", request.getHeader("X-Request-Id"), what);
      assertEquals("e", request.getHeader("X-Extra"), what);
      assertEquals("application/json", request.getHeader("Accept"), what);
    }
  }

  private static List<String> ids(Iterable<ModelBasesTest.Thing> pages) {
    List<String> ids = new ArrayList<>();
    pages.forEach(page -> ids.add(page.toJsonMap().get("id").toString()));
    return ids;
  }

  @Test
  void everyFollowedPageCarriesTheCredentialsHeadersAndOptions() {
    serveThreePages();

    Iterable<ModelBasesTest.Thing> pages =
        invoker(server.baseUrl() + "/api")
            .pages(things().build(), OPTIONS, ModelBasesTest.Thing::note, "note");

    assertEquals(List.of("1", "2", "3"), ids(pages));
    assertEveryRequestCarriedTheCall(3);
    assertEquals(
        "/api/things?page=2&key=q-1",
        server.findAll(anyRequestedFor(anyUrl())).get(1).getUrl(),
        "the link's own query, then the query credential");
  }

  @Test
  void everyPageFetchedAsynchronouslyCarriesTheSame() throws Exception {
    serveThreePages();

    List<ModelBasesTest.Thing> pages =
        invoker(server.baseUrl() + "/api")
            .pagesAsync(things().build(), OPTIONS, ModelBasesTest.Thing::note, "note")
            .get(30, TimeUnit.SECONDS);

    assertEquals(List.of("1", "2", "3"), ids(pages));
    assertEveryRequestCarriedTheCall(3);
  }

  @Test
  void aFollowedPageIsRetriedWithEverythingTheFirstCarried() {
    serve(STARTED, "2", json(page(1)));
    serve("2", "2-retry", aResponse().withStatus(503).withHeader("Retry-After", "2"));
    serve("2-retry", "3", json(page(2)));
    serve("3", "done", json(page(3)));

    assertEquals(
        List.of("1", "2", "3"),
        ids(
            invoker(server.baseUrl() + "/api")
                .pages(things().build(), OPTIONS, ModelBasesTest.Thing::note, "note")));

    assertEveryRequestCarriedTheCall(4);
    assertEquals(List.of(Duration.ofSeconds(2)), time.sleeps(), "the retry honoured Retry-After");
  }

  @Test
  void anUnfollowableLinkFailsTheAsyncPagesWithTheTypedException() {
    serve(
        STARTED,
        "done",
        json("{\"id\":\"1\",\"note\":\"https://elsewhere.example/api/things?page=2\"}"));

    ExecutionException e =
        assertThrows(
            ExecutionException.class,
            () ->
                invoker(server.baseUrl() + "/api")
                    .pagesAsync(things().build(), OPTIONS, ModelBasesTest.Thing::note, "note")
                    .get(30, TimeUnit.SECONDS));

    assertInstanceOf(InvalidResponseException.class, e.getCause());
    assertTrue(
        e.getCause().getMessage().contains("points outside the client's base URL"),
        e.getCause().getMessage());
    assertEquals(1, server.findAll(anyRequestedFor(anyUrl())).size());
  }

  @Test
  void linksAreFollowedUnderTheServerTheOperationWasSentTo() {
    String api = server.baseUrl() + "/api";
    String uploads = server.baseUrl() + "/uploads";
    ApiInvoker specDefaults =
        TestClient.forSpecServer(api)
            .apiKey("k-1")
            .scheme("Query", Credential.apiKeyQuery("key", "q-1"))
            .build()
            .invoker();
    ApiRequest first = things().server(uploads).build();
    server.stubFor(
        get(urlPathEqualTo("/uploads/things"))
            .withQueryParam("page", equalTo("2"))
            .willReturn(json("{\"id\":\"2\",\"note\":\"" + api + "/things?page=3\"}")));
    server.stubFor(
        get(urlPathEqualTo("/uploads/things"))
            .withQueryParam("size", equalTo("2"))
            .willReturn(json("{\"id\":\"1\",\"note\":\"" + uploads + "/things?page=2\"}")));

    java.util.Iterator<ModelBasesTest.Thing> pages =
        specDefaults.pages(first, OPTIONS, ModelBasesTest.Thing::note, "note").iterator();
    pages.next();
    pages.next();

    InvalidResponseException e =
        assertThrows(
            InvalidResponseException.class,
            pages::hasNext,
            "a link under the client's base URL but not under the operation's own server");
    assertTrue(
        e.getMessage().contains("points outside the client's base URL " + uploads), e.getMessage());
    server.verify(
        2,
        anyRequestedFor(urlPathEqualTo("/uploads/things")).withHeader("x-api-key", equalTo("k-1")));
  }
}
