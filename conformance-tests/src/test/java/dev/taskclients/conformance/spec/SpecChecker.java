package dev.taskclients.conformance.spec;

import static dev.taskclients.conformance.spec.SpecTree.deref;
import static dev.taskclients.conformance.spec.SpecTree.fields;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The checks every spec must pass, each returning the problems it finds (empty when the spec is
 * fine), so the same code runs against the real specs and against broken fixtures.
 *
 * <p>Specs follow the layout {@code <dir>/<api>.yaml} with payloads in {@code
 * <dir>/examples/<api>/*.json}, attached through {@code externalValue} paths relative to the spec.
 */
public final class SpecChecker {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern JAVA_METHOD_NAME = Pattern.compile("[a-z][A-Za-z0-9]*");
  private static final JsonSchemaFactory SCHEMAS =
      JsonSchemaFactory.getInstance(
          SpecVersion.VersionFlag.V4,
          builder ->
              builder
                  .metaSchema(OpenApi30.getInstance())
                  .defaultMetaSchemaIri(OpenApi30.getInstance().getIri()));
  private static final SchemaValidatorsConfig VALIDATION =
      SchemaValidatorsConfig.builder()
          .formatAssertionsEnabled(true)
          .nullableKeywordEnabled(true)
          .build();

  private SpecChecker() {}

  /** One example attached to a media type: where it is, its payload, and the schema it must fit. */
  record AttachedExample(
      String location, String externalValue, JsonNode payload, JsonNode schema) {}

  /** The specs in a folder, by file name. */
  public static List<Path> specs(Path specsDir) {
    try (Stream<Path> files = Files.list(specsDir)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".yaml"))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Swagger Parser's messages for the fully resolved spec; none is allowed. */
  static List<String> parseProblems(Path spec) {
    SwaggerParseResult result = parse(spec);
    List<String> problems =
        new ArrayList<>(result.getMessages() == null ? List.of() : result.getMessages());
    if (result.getOpenAPI() == null) {
      problems.add("the spec could not be read as OpenAPI");
    }
    return problems;
  }

  static SwaggerParseResult parse(Path spec) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    return new OpenAPIV3Parser().readLocation(spec.toUri().toString(), null, options);
  }

  /** Every operation has a unique lowerCamelCase operationId and a summary. */
  static List<String> operationProblems(Path spec) {
    OpenAPI api = parse(spec).getOpenAPI();
    if (api == null || api.getPaths() == null) {
      return List.of("no paths to check");
    }
    List<String> problems = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    api.getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, operation) -> {
                          String where = method + " " + path;
                          String id = operation.getOperationId();
                          if (id == null || !JAVA_METHOD_NAME.matcher(id).matches()) {
                            problems.add(
                                where
                                    + ": operationId must be a lowerCamelCase Java method name, was "
                                    + id);
                          } else if (!seen.add(id)) {
                            problems.add(where + ": operationId " + id + " is used twice");
                          }
                          if (isBlank(operation)) {
                            problems.add(where + ": summary is missing");
                          }
                        }));
    return problems;
  }

  private static boolean isBlank(Operation operation) {
    return operation.getSummary() == null || operation.getSummary().isBlank();
  }

  /** Every example attached to a request body or response, with its payload and schema. */
  static List<AttachedExample> examples(Path spec) {
    JsonNode root = SpecTree.read(spec);
    List<AttachedExample> found = new ArrayList<>();
    SpecTree.forEachOperation(
        root,
        (path, method, operation) -> {
          String where = method + " " + path;
          JsonNode body = deref(root, operation.path("requestBody"));
          collect(spec, root, where + " request", body.path("content"), found);
          for (Map.Entry<String, JsonNode> response : fields(operation.path("responses"))) {
            collect(
                spec,
                root,
                where + " " + response.getKey(),
                deref(root, response.getValue()).path("content"),
                found);
          }
        });
    return found;
  }

  private static void collect(
      Path spec, JsonNode root, String where, JsonNode content, List<AttachedExample> found) {
    for (Map.Entry<String, JsonNode> media : fields(content)) {
      JsonNode schema = media.getValue().path("schema");
      String at = where + " " + media.getKey();
      if (media.getValue().has("example")) {
        found.add(
            new AttachedExample(at + " example", null, media.getValue().get("example"), schema));
      }
      for (Map.Entry<String, JsonNode> example : fields(media.getValue().path("examples"))) {
        JsonNode resolved = deref(root, example.getValue());
        String external = resolved.path("externalValue").asText(null);
        JsonNode payload = external != null ? readPayload(spec, external) : resolved.get("value");
        found.add(
            new AttachedExample(
                at + " example '" + example.getKey() + "'", external, payload, schema));
      }
    }
  }

  /** Every attached example exists and validates against its media type's schema. */
  static List<String> exampleProblems(Path spec) {
    JsonNode root = SpecTree.read(spec);
    List<String> problems = new ArrayList<>();
    for (AttachedExample example : examples(spec)) {
      if (example.payload() == null) {
        problems.add(
            example.location()
                + ": no payload (missing file "
                + example.externalValue()
                + " or no value)");
        continue;
      }
      for (ValidationMessage message : validate(root, example.schema(), example.payload())) {
        problems.add(
            example.location()
                + (example.externalValue() == null ? "" : " (" + example.externalValue() + ")")
                + ": "
                + message.getMessage());
      }
    }
    return problems;
  }

  /** Validates a payload against a schema of the spec, resolving $refs within the spec. */
  public static Set<ValidationMessage> validate(
      JsonNode specRoot, JsonNode schema, JsonNode payload) {
    ObjectNode document = JSON.createObjectNode();
    document.setAll((ObjectNode) schema.deepCopy());
    document.set("components", specRoot.path("components").deepCopy());
    JsonSchema compiled = SCHEMAS.getSchema(document, VALIDATION);
    return compiled.validate(payload);
  }

  /** Payload files under {@code examples/<api>/} that the api's spec does not reference. */
  static List<String> orphanPayloads(Path spec) {
    String api = SpecTree.apiName(spec);
    Path folder = spec.resolveSibling("examples").resolve(api);
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    Set<Path> referenced =
        examples(spec).stream()
            .filter(e -> e.externalValue() != null)
            .map(e -> spec.resolveSibling(e.externalValue()).normalize())
            .collect(Collectors.toSet());
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(Path::normalize)
          .filter(f -> !referenced.contains(f))
          .map(
              f ->
                  "examples/"
                      + api
                      + "/"
                      + f.getFileName()
                      + " is referenced by no example of "
                      + spec.getFileName())
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode readPayload(Path spec, String externalValue) {
    Path file = spec.resolveSibling(externalValue).normalize();
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new IllegalStateException(externalValue + " is not valid JSON: " + e.getMessage(), e);
    }
  }
}
