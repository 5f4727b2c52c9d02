package dev.taskclients.runtime.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.taskclients.runtime.RequestOptions;
import dev.taskclients.runtime.TestClient;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The invoker's own check on a followed link: links from a response are checked by {@link
 * Pages#nextLink} before, so this is the last line of defence that a link never takes the
 * credential off the API.
 */
class FollowTest {
  private WireMockServer server;
  private ApiInvoker invoker;

  @BeforeEach
  void start() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    invoker = TestClient.builder(server.baseUrl() + "/api").apiKey("k").build().invoker();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private static ApiRequest get(String id) {
    return ApiRequest.builder("GET", "/tasks/{id}")
        .pathParam("id", id)
        .expect("2XX", "JSON", JsonNode.class)
        .security(TestClient.API_KEY)
        .build();
  }

  private void answer(int status, String contentType, String body) {
    server.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", contentType)
                    .withBody(body)));
  }

  @Test
  void followedLinksMustStayUnderTheBaseUrl() {
    answer(200, "application/json", "{\"page\":2}");

    assertEquals(
        2,
        invoker
            .<JsonNode>send(
                get("t").follow(URI.create(server.baseUrl() + "/api/tasks?page=2")),
                RequestOptions.NONE)
            .body()
            .get("page")
            .asInt());
    for (String elsewhere :
        new String[] {
          "https://evil.example/api/tasks",
          server.baseUrl() + "/admin",
          server.baseUrl() + "/apix/tasks",
          "https://127.0.0.1:" + server.port() + "/api/tasks"
        }) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> invoker.send(get("t").follow(URI.create(elsewhere)), RequestOptions.NONE),
              elsewhere);
      assertTrue(e.getMessage().startsWith("refusing to follow"), e.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> get("t").follow(URI.create("/relative")));
    assertEquals(1, server.getAllServeEvents().size());
  }
}
