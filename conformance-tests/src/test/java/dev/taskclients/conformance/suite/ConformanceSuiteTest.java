package dev.taskclients.conformance.suite;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.taskclients.conformance.model.RecordedPayloads;
import dev.taskclients.conformance.spec.SpecChecker;
import dev.taskclients.conformance.spec.SpecTree;
import dev.taskclients.contract.JsonDiff;
import dev.taskclients.contract.ValidatingListener;
import dev.taskclients.runtime.Json;
import dev.taskclients.runtime.Response;
import dev.taskclients.runtime.exception.ApiException;
import dev.taskclients.runtime.exception.BadRequestException;
import dev.taskclients.runtime.exception.ForbiddenException;
import dev.taskclients.runtime.exception.NotFoundException;
import dev.taskclients.runtime.exception.RateLimitException;
import dev.taskclients.runtime.exception.ServerException;
import dev.taskclients.runtime.exception.UnauthorizedException;
import dev.taskclients.runtime.exception.UnexpectedStatusException;
import dev.taskclients.runtime.internal.UrlEncoding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;

/**
 * The conformance suite: every operation × documented status × recorded payload of the three specs,
 * served by WireMock and fetched through the generated clients. Each run writes {@code
 * target/conformance-report.md}.
 */
class ConformanceSuiteTest {
  static final ObjectMapper MAPPER = Json.newObjectMapper();
  private static final Path REPORT = Path.of("target", "conformance-report.md");

  private static WireMockServer server;
  private static ValidatingListener validator;
  private static ConformanceReport report;

  @BeforeAll
  static void start() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    validator = new ValidatingListener();
    server.addMockServiceRequestListener(validator);
    server.start();
    report = new ConformanceReport();
  }

  @AfterAll
  static void stop() {
    server.stop();
    report.write(REPORT);
  }

  @TestFactory
  Stream<DynamicNode> everySpec() {
    return SpecChecker.specs(RecordedPayloads.specsDir()).stream()
        .map(
            spec -> {
              String api = SpecTree.apiName(spec);
              List<DynamicNode> nodes = new ArrayList<>();
              nodes.add(
                  check(
                      api, "-", "coverage", "every operation has a binding", () -> coverage(spec)));
              nodes.add(
                  check(
                      api,
                      "-",
                      "spec vs model",
                      "every schema matches its class",
                      () -> SpecModelAgreement.problems(api, SpecTree.read(spec))));
              for (ConformanceCase c : ConformanceCatalog.discover(spec)) {
                nodes.add(
                    check(
                        api,
                        c.operationId(),
                        c.isSuccess() ? "response" : "error status",
                        c.label(),
                        () ->
                            runCase(
                                spec,
                                c,
                                c.requestExamples().isEmpty()
                                    ? null
                                    : c.requestExamples().get(0).payloadText())));
                if (c.isSuccess() && c.payloadText() != null) {
                  nodes.add(
                      check(
                          api,
                          c.operationId(),
                          "forward compatibility",
                          c.label(),
                          () -> ForwardCompatibility.problems(c)));
                }
              }
              for (ConformanceCase c : ConformanceCatalog.discover(spec)) {
                if (c.isSuccess() && c.exampleName() != null && !c.requestExamples().isEmpty()) {
                  for (ConformanceCase.RequestExample example : c.requestExamples()) {
                    nodes.add(
                        check(
                            api,
                            c.operationId(),
                            "request body",
                            example.file(),
                            () -> runCase(spec, c, example.payloadText())));
                  }
                  break;
                }
              }
              return DynamicContainer.dynamicContainer(api, nodes);
            });
  }

  /** Runs a check, records its outcome in the report, and fails with its first difference. */
  private static DynamicTest check(
      String api, String operation, String kind, String name, Supplier<List<String>> problems) {
    return DynamicTest.dynamicTest(
        kind + ": " + name,
        () -> {
          List<String> found;
          try {
            found = problems.get();
          } catch (RuntimeException | AssertionError e) {
            found = List.of("threw " + e);
          }
          report.add(
              new ConformanceReport.Row(
                  api, operation, kind, name, found.isEmpty() ? null : found.get(0)));
          if (!found.isEmpty()) {
            throw new AssertionFailedError(
                api
                    + " "
                    + operation
                    + " "
                    + kind
                    + " "
                    + name
                    + ":\n  - "
                    + String.join("\n  - ", found));
          }
        });
  }

  static List<String> coverage(Path spec) {
    ApiBinding binding = Bindings.ALL.get(SpecTree.apiName(spec));
    if (binding == null) {
      return List.of(spec.getFileName() + " has no ApiBinding: add one to Bindings");
    }
    return ConformanceCatalog.operationIds(spec).stream()
        .filter(id -> !binding.operations().contains(id))
        .map(
            id ->
                "operation "
                    + id
                    + " of "
                    + spec.getFileName()
                    + " has no binding: the suite cannot call it")
        .collect(Collectors.toList());
  }

  /** Serves the case's response, calls the operation through the client, and checks both sides. */
  static List<String> runCase(Path spec, ConformanceCase c, String requestBody) {
    return runCase(server, validator, spec, c, requestBody, Bindings.ALL.get(c.api()));
  }

  static List<String> runCase(
      WireMockServer server,
      ValidatingListener validator,
      Path spec,
      ConformanceCase c,
      String requestBody,
      ApiBinding binding) {
    List<String> problems = new ArrayList<>();
    server.resetAll();
    validator.use(spec);
    String body =
        c.payloadText() != null
            ? c.payloadText()
            : c.isSuccess() ? null : binding.syntheticErrorBody(c.status());
    var response =
        aResponse().withStatus(c.status()).withHeader("X-Request-Id", CallInput.REQUEST_ID);
    if (c.mediaType() != null) {
      response.withHeader("Content-Type", c.mediaType());
    }
    if (body != null) {
      response.withBody(body);
    }
    server.stubFor(any(anyUrl()).willReturn(response));
    CallInput input =
        new CallInput(
            CallInput.TASK_ID,
            CallInput.TASK_IDS,
            CallInput.REQUEST_ID,
            requestBody == null ? null : readTree(requestBody));
    String baseUrl = server.baseUrl() + c.basePath();
    try {
      Response<?> result = binding.call(c.operationId(), baseUrl, input);
      if (!c.isSuccess()) {
        problems.add("HTTP " + c.status() + " returned " + result.body() + " instead of throwing");
      } else {
        problems.addAll(checkBody(spec, c, result));
      }
    } catch (ApiException e) {
      problems.addAll(
          c.isSuccess()
              ? List.of("HTTP " + c.status() + " threw " + e)
              : checkError(c, binding, e, body));
    }
    problems.addAll(
        RequestCheck.problems(
            c,
            binding,
            input,
            server.findAll(
                com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(anyUrl()))));
    validator.problems().forEach(p -> problems.add("OpenAPI validator: " + p));
    return problems;
  }

  private static List<String> checkBody(Path spec, ConformanceCase c, Response<?> result) {
    List<String> problems = new ArrayList<>();
    JsonNode payload = readTree(c.payloadText());
    problems.addAll(ModelWalker.differences(payload, result.body()));
    JsonNode written = readTree(write(result.body()));
    if (!payload.equals(written)) {
      problems.add("re-serialized JSON differs: " + JsonDiff.first(payload, written));
    }
    SpecChecker.validate(SpecTree.read(spec), c.schema(), payload)
        .forEach(m -> problems.add("payload does not fit its schema: " + m.getMessage()));
    if (!CallInput.REQUEST_ID.equals(result.requestId().orElse(null))) {
      problems.add(
          "response request id " + result.requestId() + ", expected " + CallInput.REQUEST_ID);
    }
    return problems;
  }

  private static final Map<Integer, Class<? extends ApiException>> EXCEPTIONS =
      Map.of(
          400,
          BadRequestException.class,
          401,
          UnauthorizedException.class,
          403,
          ForbiddenException.class,
          404,
          NotFoundException.class,
          429,
          RateLimitException.class);

  private static List<String> checkError(
      ConformanceCase c, ApiBinding binding, ApiException e, String body) {
    List<String> problems = new ArrayList<>();
    Class<? extends ApiException> expected =
        c.status() >= 500
            ? ServerException.class
            : EXCEPTIONS.getOrDefault(c.status(), UnexpectedStatusException.class);
    if (!expected.isInstance(e)) {
      problems.add(
          "HTTP "
              + c.status()
              + " threw "
              + e.getClass().getSimpleName()
              + ", expected "
              + expected.getSimpleName());
    }
    if (e.statusCode() != c.status()) {
      problems.add("exception status " + e.statusCode() + ", expected " + c.status());
    }
    if (!binding.errorModel().isInstance(e.errorBody())) {
      problems.add(
          "error body " + e.errorBody() + " is not a " + binding.errorModel().getSimpleName());
    } else if (!readTree(body).equals(readTree(write(e.errorBody())))) {
      problems.add(
          "error body lost data: "
              + JsonDiff.first(readTree(body), readTree(write(e.errorBody()))));
    }
    if (!CallInput.REQUEST_ID.equals(e.requestId().orElse(null))) {
      problems.add("exception request id " + e.requestId() + ", expected " + CallInput.REQUEST_ID);
    }
    String message = e.getMessage();
    if (!message.startsWith("HTTP " + c.status())
        || e.errorMessage() == null
        || !message.contains(e.errorMessage())
        || !message.endsWith("(request-id: " + CallInput.REQUEST_ID + ")")) {
      problems.add("message does not read well on its own: " + message);
    }
    return problems;
  }

  static JsonNode readTree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (Exception e) {
      throw new IllegalArgumentException("not JSON: " + json, e);
    }
  }

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalArgumentException("cannot write " + value, e);
    }
  }

  /** The encoded path a case must be requested at. */
  static String expectedPath(ConformanceCase c, CallInput input) {
    String path = c.pathTemplate();
    for (ConformanceCase.Parameter p : c.parameters()) {
      if (p.in().equals("path")) {
        path = path.replace("{" + p.name() + "}", UrlEncoding.pathSegment(input.taskId()));
      }
    }
    return c.basePath() + path;
  }
}
