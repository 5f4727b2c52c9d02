package dev.taskclients.conformance.suite;

import static dev.taskclients.conformance.spec.SpecTree.apiName;
import static dev.taskclients.conformance.spec.SpecTree.deref;
import static dev.taskclients.conformance.spec.SpecTree.fields;
import static dev.taskclients.conformance.spec.SpecTree.forEachOperation;
import static dev.taskclients.conformance.spec.SpecTree.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.taskclients.conformance.suite.ConformanceCase.Parameter;
import dev.taskclients.conformance.suite.ConformanceCase.RequestExample;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Discovers, from a spec alone, every operation × documented status × recorded example: the list of
 * cases the suite must prove. Nothing is listed by hand, so a new operation, status or payload in a
 * spec becomes a new case (and fails until the client and its binding handle it).
 */
final class ConformanceCatalog {
  private ConformanceCatalog() {}

  /** The operationIds a spec declares. */
  static List<String> operationIds(Path spec) {
    List<String> ids = new ArrayList<>();
    forEachOperation(
        read(spec), (path, method, operation) -> ids.add(operation.path("operationId").asText()));
    return ids;
  }

  static List<ConformanceCase> discover(Path spec) {
    JsonNode root = read(spec);
    String api = apiName(spec);
    String servers = root.path("servers").path(0).path("url").asText("");
    String basePath = servers.isEmpty() ? "" : URI.create(servers).getRawPath();
    List<ConformanceCase> cases = new ArrayList<>();
    forEachOperation(
        root,
        (path, method, operation) -> {
          List<Parameter> parameters = new ArrayList<>();
          for (JsonNode p : operation.path("parameters")) {
            JsonNode param = deref(root, p);
            parameters.add(
                new Parameter(
                    param.path("name").asText(),
                    param.path("in").asText(),
                    "array".equals(param.path("schema").path("type").asText()),
                    param.path("x-taskclients-request-id").asBoolean(false)));
          }
          List<RequestExample> requestExamples = new ArrayList<>();
          for (Map.Entry<String, JsonNode> media :
              fields(deref(root, operation.path("requestBody")).path("content"))) {
            for (Map.Entry<String, JsonNode> example : fields(media.getValue().path("examples"))) {
              String file = deref(root, example.getValue()).path("externalValue").asText();
              requestExamples.add(new RequestExample(file, readFile(spec, file)));
            }
          }
          for (Map.Entry<String, JsonNode> response : fields(operation.path("responses"))) {
            if (!response.getKey().matches("\\d{3}")) {
              continue;
            }
            int status = Integer.parseInt(response.getKey());
            JsonNode content = deref(root, response.getValue()).path("content");
            boolean any = false;
            for (Map.Entry<String, JsonNode> media : fields(content)) {
              JsonNode schema = media.getValue().path("schema");
              for (Map.Entry<String, JsonNode> example :
                  fields(media.getValue().path("examples"))) {
                String file = deref(root, example.getValue()).path("externalValue").asText();
                cases.add(
                    new ConformanceCase(
                        api,
                        operation.path("operationId").asText(),
                        method,
                        basePath,
                        path,
                        parameters,
                        status,
                        media.getKey(),
                        example.getKey(),
                        file,
                        readFile(spec, file),
                        schema,
                        requestExamples));
                any = true;
              }
              if (!any) {
                cases.add(
                    new ConformanceCase(
                        api,
                        operation.path("operationId").asText(),
                        method,
                        basePath,
                        path,
                        parameters,
                        status,
                        media.getKey(),
                        null,
                        null,
                        null,
                        schema,
                        requestExamples));
                any = true;
              }
            }
            if (!any) {
              cases.add(
                  new ConformanceCase(
                      api,
                      operation.path("operationId").asText(),
                      method,
                      basePath,
                      path,
                      parameters,
                      status,
                      null,
                      null,
                      null,
                      null,
                      null,
                      requestExamples));
            }
          }
        });
    return cases;
  }

  private static String readFile(Path spec, String relative) {
    try {
      return Files.readString(spec.resolveSibling(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "recorded payload " + relative + " of " + spec.getFileName() + " cannot be read", e);
    }
  }
}
