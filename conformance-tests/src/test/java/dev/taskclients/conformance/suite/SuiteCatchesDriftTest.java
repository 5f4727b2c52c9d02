package dev.taskclients.conformance.suite;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.taskclients.conformance.model.RecordedPayloads;
import dev.taskclients.conformance.spec.SpecChecker;
import dev.taskclients.conformance.spec.SpecTree;
import dev.taskclients.contract.ValidatingListener;
import dev.taskclients.runtime.ClientBuilder;
import dev.taskclients.runtime.Credential;
import dev.taskclients.runtime.RequestOptions;
import dev.taskclients.runtime.Response;
import dev.taskclients.runtime.support.ApiInvoker;
import dev.taskclients.runtime.support.ApiRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The suite's checks fail, and say where, when a spec, a model or a client drifts. */
class SuiteCatchesDriftTest {
  private static final Path SPECS = RecordedPayloads.specsDir();

  private WireMockServer server;
  private ValidatingListener validator;

  @BeforeEach
  void start() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    validator = new ValidatingListener();
    server.addMockServiceRequestListener(validator);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private static ObjectNode beatraTaskProperties(JsonNode root) {
    return (ObjectNode) root.at("/components/schemas/Task/properties");
  }

  private static List<String> containing(List<String> problems, String text) {
    return problems.stream().filter(p -> p.contains(text)).toList();
  }

  @Test
  void renamedPropertyInASpecIsCaught() {
    JsonNode root = SpecTree.read(SPECS.resolve("beatra.yaml"));
    ObjectNode properties = beatraTaskProperties(root);
    properties.set("taskId", properties.remove("task_id"));

    List<String> problems = SpecModelAgreement.problems("beatra", root);

    assertEquals(
        List.of(
            "Task.taskId: in the spec, but Task has no such field",
            "Task.task_id: in Task, but not in the spec"),
        containing(problems, "Task.task"));
  }

  @Test
  void payloadFieldTheModelDoesNotTypeIsCaught() throws Exception {
    ObjectNode payload =
        (ObjectNode)
            ConformanceSuiteTest.readTree(RecordedPayloads.read("beatra", "task-sample.json"));
    payload.set("taskId", payload.get("task_id"));
    Object model =
        ConformanceSuiteTest.MAPPER.treeToValue(payload, dev.taskclients.beatra.model.Task.class);

    assertEquals(
        List.of("$.taskId: not a field of Task (kept only as an unlisted property)"),
        ModelWalker.differences(payload, model));
  }

  @Test
  void wrongTypeInASpecIsCaught() {
    JsonNode root = SpecTree.read(SPECS.resolve("beatra.yaml"));
    ((ObjectNode) root.at("/components/schemas/TaskProgress/properties/percent"))
        .put("type", "string")
        .remove("format");

    assertEquals(
        List.of("TaskProgress.percent: the spec says String, TaskProgress has Integer"),
        SpecModelAgreement.problems("beatra", root));
    JsonNode payload =
        ConformanceSuiteTest.readTree(RecordedPayloads.read("beatra", "task-sample.json"));
    JsonNode schema =
        root.at("/paths/~1v1~1tasks~1{task_id}/get/responses/200/content/application~1json/schema");
    assertTrue(
        SpecChecker.validate(root, schema, payload).stream()
            .anyMatch(m -> m.getMessage().contains("percent")),
        "the recorded 100 is no longer valid");
  }

  @Test
  void requestMissingItsAuthHeaderIsCaught() throws Exception {
    validator.use(SPECS.resolve("optexity.yaml"));
    server.stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.any(
                com.github.tomakehurst.wiremock.client.WireMock.anyUrl())
            .willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.okJson(
                    "{\"success\":true,\"task_id\":\"t\",\"status\":\"running\"}")));

    HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/inference/call"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"task_id\":\"t\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertTrue(
        validator.problems().stream().anyMatch(p -> p.contains("security")),
        validator.problems().toString());
  }

  @Test
  void clientSendingAWrongPathIsCaught() {
    ConformanceCase getTask =
        ConformanceCatalog.discover(SPECS.resolve("deepomatic.yaml")).stream()
            .filter(c -> c.operationId().equals("getTask") && c.status() == 200)
            .findFirst()
            .orElseThrow();
    ApiBinding typo =
        new Bindings.Deepomatic() {
          @Override
          public Response<?> call(String operationId, String baseUrl, CallInput input) {
            // A client the way the templates build one, calling a path the spec does not have.
            ApiInvoker invoker =
                new WrongPathClientBuilder().baseUrl(baseUrl).apiKey(Bindings.KEY).invoker();
            ApiRequest request =
                ApiRequest.builder("GET", "/task/{id}")
                    .pathParam("id", input.taskId())
                    .expect("200", "JSON", JsonNode.class)
                    .security("apiKey")
                    .build();
            return invoker.send(
                request, RequestOptions.builder().requestId(input.requestId()).build());
          }
        };

    List<String> problems =
        ConformanceSuiteTest.runCase(
            server, validator, SPECS.resolve("deepomatic.yaml"), getTask, null, typo);

    assertEquals(
        1,
        containing(
                problems,
                "request path: expected /v0.7/tasks/task%201%2F%C3%A4%3F%23, sent /v0.7/task/")
            .size(),
        problems.toString());
    assertTrue(
        containing(problems, "OpenAPI validator").stream().anyMatch(p -> p.contains("path")),
        problems.toString());
  }

  @Test
  void operationWithoutABindingFailsCoverage(@TempDir Path dir) throws Exception {
    String spec =
        Files.readString(SPECS.resolve("optexity.yaml"))
            .replace(
                "paths:\n",
                """
        paths:
          /api/v1/inference/cancel:
            post:
              operationId: cancelTask
              summary: Cancel a task
              responses:
                '204':
                  description: Canceled.
        """);
    Path copy = dir.resolve("optexity.yaml");
    Files.writeString(copy, spec);
    Path examples = Files.createDirectories(dir.resolve("examples/optexity"));
    try (var files = Files.list(SPECS.resolve("examples/optexity"))) {
      for (Path file : files.toList()) {
        Files.copy(file, examples.resolve(file.getFileName()));
      }
    }

    assertEquals(
        List.of("operation cancelTask of optexity.yaml has no binding: the suite cannot call it"),
        ConformanceSuiteTest.coverage(copy));
    assertTrue(
        ConformanceCatalog.discover(copy).stream()
            .anyMatch(c -> c.operationId().equals("cancelTask")),
        "the new operation becomes a case, which fails until it is bound");
    assertEquals(Set.of("getTaskStatus"), Bindings.ALL.get("optexity").operations());
  }

  /**
   * The builder of a hand-made client shaped like Deepomatic's generated one, whose call takes a
   * wrong path.
   */
  private static final class WrongPathClientBuilder extends ClientBuilder<WrongPathClientBuilder> {
    WrongPathClientBuilder() {
      super(
          "WrongPathClient",
          List.of("https://api.deepomatic.com/v0.7"),
          java.util.Map.of(),
          "apiKey(...)");
    }

    WrongPathClientBuilder apiKey(String key) {
      return credential("apiKey", Credential.apiKeyHeader("X-API-KEY", key));
    }

    ApiInvoker invoker() {
      return new ApiInvoker(buildConfig());
    }
  }
}
