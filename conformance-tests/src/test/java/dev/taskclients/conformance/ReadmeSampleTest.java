package dev.taskclients.conformance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.taskclients.beatra.model.Task;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The README's sample is the code in {@link ReadmeSample}, and it runs. */
class ReadmeSampleTest {
  private static final String START = "readme-sample:start";
  private static final String END = "readme-sample:end";

  private WireMockServer server;

  @BeforeEach
  void start() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void readmeShowsTheSampleVerbatim() throws Exception {
    Path root = Path.of(System.getProperty("taskclients.specs.dir", "../specs")).getParent();
    String readme = Files.readString(root.resolve("README.md"));
    String source =
        Files.readString(Path.of("src/test/java/dev/taskclients/conformance/ReadmeSample.java"));

    assertTrue(
        readme.contains(between(source)), "README.md must show ReadmeSample's code verbatim");
  }

  @Test
  void sampleRunsAgainstTheApi() {
    String task =
        "{\"object\":\"task\",\"task_id\":\"task_123\",\"status\":\"succeeded\",\"output\":{\"text\":\"hi\"}}";
    server.stubFor(
        get(urlPathEqualTo("/v1/tasks/task_123"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withHeader("X-Request-Id", "req-42")
                    .withBody(task)));
    server.stubFor(
        get(urlPathEqualTo("/v1/tasks/missing"))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"error\":{\"code\":\"not_found\",\"message\":\"Task not found\",\"retryable\":false}}")));

    Task done = ReadmeSample.run(server.baseUrl(), "sk-test");

    assertEquals("succeeded", done.status().value());
    server.verify(
        3,
        getRequestedFor(urlPathEqualTo("/v1/tasks/task_123"))
            .withHeader("Authorization", equalTo("Bearer sk-test")));
    server.verify(
        1,
        getRequestedFor(urlPathEqualTo("/v1/tasks/task_123"))
            .withHeader("X-Request-Id", equalTo("req-42")));
    server.verify(1, getRequestedFor(urlPathEqualTo("/v1/tasks/missing")));
  }

  /** The lines between the markers, with the method body's indentation removed. */
  private static String between(String source) {
    String indent = "    ";
    int start = source.indexOf('\n', source.indexOf(START)) + 1;
    int end = source.lastIndexOf('\n', source.indexOf(END));
    return source
        .substring(start, end)
        .lines()
        .map(line -> line.startsWith(indent) ? line.substring(indent.length()) : line.strip())
        .collect(Collectors.joining("\n"));
  }
}
