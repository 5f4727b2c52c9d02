package dev.taskclients.conformance.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.taskclients.contract.JsonDiff;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks the spec a client publishes ({@code <api>-client-<version>-openapi.yaml}, type {@code
 * yaml}, classifier {@code openapi}) against the source spec it was bundled from: it must parse
 * cleanly, hold no {@code externalValue}, and equal the source as a tree once each inlined {@code
 * value} is put back as the source's {@code externalValue}, every {@code value} being the JSON of
 * the file that named.
 */
final class PublishedSpecCheck {
  private static final ObjectMapper YAML = new YAMLMapper();
  private static final ObjectMapper JSON = new JsonMapper();

  private PublishedSpecCheck() {}

  /**
   * Returns the file Maven resolved for a client's published spec: conformance-tests depends on
   * each one, maven-dependency-plugin's {@code properties} goal names its path, and surefire passes
   * it on.
   *
   * @param api the API's name, as in {@code specs/<api>.yaml}
   * @return the artifact's path, or {@code null} when the build did not set it
   */
  static Path resolvedArtifact(String api) {
    String path = System.getProperty("taskclients.published.spec." + api);
    return path == null || path.isBlank() || path.startsWith("${") ? null : Path.of(path);
  }

  /**
   * Compares a published spec with its source.
   *
   * @param published the published artifact
   * @param source the source spec, whose {@code externalValue}s are relative to its directory
   * @return every problem found, empty when the artifact is current
   */
  static List<String> problems(Path published, Path source) {
    List<String> problems = new ArrayList<>();
    if (published == null || !Files.isRegularFile(published)) {
      problems.add(
          "no published spec at " + published + " (the client's openapi artifact is missing)");
      return problems;
    }
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    SwaggerParseResult parsed =
        new OpenAPIV3Parser().readLocation(published.toUri().toString(), null, options);
    if (parsed.getOpenAPI() == null) {
      problems.add(published.getFileName() + ": does not parse as OpenAPI");
    }
    if (parsed.getMessages() != null) {
      parsed.getMessages().forEach(m -> problems.add(published.getFileName() + ": " + m));
    }
    JsonNode bundled;
    JsonNode original;
    try {
      bundled = YAML.readTree(published.toFile());
      original = YAML.readTree(source.toFile());
    } catch (IOException e) {
      problems.add("cannot read " + published + " or " + source + ": " + e.getMessage());
      return problems;
    }
    List<String> left = new ArrayList<>();
    externalValues(bundled, "", left);
    left.forEach(pointer -> problems.add(pointer + ": externalValue left in the published spec"));

    List<String> external = new ArrayList<>();
    externalValues(original, "", external);
    if (external.isEmpty()) {
      problems.add(source.getFileName() + ": has no externalValue, so nothing shows the bundling");
    }
    ObjectNode undone = bundled.deepCopy();
    for (String pointer : external) {
      String examplePointer = pointer.substring(0, pointer.length() - "/externalValue".length());
      String file = original.at(pointer).asText();
      JsonNode example = undone.at(examplePointer);
      if (!example.isObject() || !example.has("value")) {
        problems.add(examplePointer + ": no inlined value for " + file);
        continue;
      }
      try {
        JsonNode payload = JSON.readTree(source.resolveSibling(file).toFile());
        if (!payload.equals(example.get("value"))) {
          problems.add(
              examplePointer
                  + ": value is not the JSON of "
                  + file
                  + ": "
                  + JsonDiff.first(payload, example.get("value")));
        }
      } catch (IOException e) {
        problems.add(examplePointer + ": cannot read " + file + ": " + e.getMessage());
      }
      restore((ObjectNode) example, file);
    }
    if (!original.equals(undone)) {
      problems.add(
          published.getFileName()
              + " differs from "
              + source.getFileName()
              + " beyond the examples: "
              + JsonDiff.first(original, undone));
    }
    return problems;
  }

  /** Puts {@code externalValue: file} back where {@code value} is, keeping the other fields. */
  private static void restore(ObjectNode example, String file) {
    List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(example.properties());
    example.removeAll();
    for (Map.Entry<String, JsonNode> field : fields) {
      if (field.getKey().equals("value")) {
        example.put("externalValue", file);
      } else {
        example.set(field.getKey(), field.getValue());
      }
    }
  }

  /** JSON pointers of every field named {@code externalValue} in a tree. */
  private static void externalValues(JsonNode node, String pointer, List<String> found) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String at = pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
        if (field.getKey().equals("externalValue")) {
          found.add(at);
        }
        externalValues(field.getValue(), at, found);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        externalValues(node.get(i), pointer + "/" + i, found);
      }
    }
  }
}
