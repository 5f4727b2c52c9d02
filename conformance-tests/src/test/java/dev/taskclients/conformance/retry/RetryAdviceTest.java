package dev.taskclients.conformance.retry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.taskclients.beatra.BeatraClient;
import dev.taskclients.beatra.model.ErrorResponse;
import dev.taskclients.optexity.OptexityClient;
import dev.taskclients.optexity.model.TaskStatusRequest;
import dev.taskclients.runtime.RetryPolicy;
import dev.taskclients.runtime.VirtualTime;
import dev.taskclients.runtime.exception.ServerException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An error body advises against a retry only where the spec says where (beatra's {@code
 * x-taskclients-retryable: error.retryable}); an API whose spec declares no such field is retried
 * whatever its error body holds.
 */
class RetryAdviceTest {
  private static final String ADVISED_AGAINST =
      "{\"error\":{\"code\":\"quota_exceeded\",\"message\":\"over quota\",\"retryable\":false}}";

  private WireMockServer server;
  private final VirtualTime time = new VirtualTime();

  @BeforeEach
  void start() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    server.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(503)
                    .withHeader("Content-Type", "application/json")
                    .withBody(ADVISED_AGAINST)));
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private RetryPolicy retries() {
    return RetryPolicy.builder().clock(time).sleeper(time.sleeper()).random(() -> 0.5).build();
  }

  @Test
  void beatraDoesNotRetryWhatItsErrorBodyAdvisesAgainst() {
    BeatraClient client =
        BeatraClient.builder()
            .baseUrl(server.baseUrl())
            .bearerToken("sk-test")
            .retryPolicy(retries())
            .build();

    ServerException e = assertThrows(ServerException.class, () -> client.getTask("task_1"));

    assertEquals(Boolean.FALSE, e.errorBody(ErrorResponse.class).orElseThrow().retryAdvised());
    assertEquals(1, server.findAll(anyRequestedFor(anyUrl())).size());
    assertEquals(0, time.sleeps().size());
  }

  @Test
  void beatraRetriesWhenItsErrorBodyAllowsIt() {
    server.resetAll();
    server.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(503)
                    .withHeader("Content-Type", "application/json")
                    .withBody(ADVISED_AGAINST.replace("false", "true"))));
    BeatraClient client =
        BeatraClient.builder()
            .baseUrl(server.baseUrl())
            .bearerToken("sk-test")
            .retryPolicy(retries())
            .build();

    assertThrows(ServerException.class, () -> client.getTask("task_1"));

    assertEquals(
        3, server.findAll(anyRequestedFor(anyUrl())).size(), "the default policy's 3 attempts");
  }

  @Test
  void optexityDeclaresNoAdviceSoTheSameBodyIsRetried() {
    OptexityClient client =
        OptexityClient.builder()
            .baseUrl(server.baseUrl())
            .apiKey("ok-test")
            .retryPolicy(retries())
            .build();

    ServerException e =
        assertThrows(
            ServerException.class,
            () -> client.getTaskStatus(TaskStatusRequest.builder().taskId("t1").build()));

    assertFalse(e.getSuppressed().length == 0, "earlier attempts are attached");
    assertEquals(3, server.findAll(anyRequestedFor(anyUrl())).size());
  }
}
