package dev.taskclients.contract;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.nio.file.Path;

/**
 * Whether a spec's example fits its schema, judged by the same validator (and the same relaxations)
 * that checks the exchanges, against the same rendering of the spec.
 */
final class ExampleFit {
  private final SchemaValidator validator;

  /** Each schema as judged, by identity: converting one costs a JSON round trip. */
  private final java.util.Map<Schema<?>, Schema<?>> adapted = new java.util.IdentityHashMap<>();

  /**
   * Creates the judge.
   *
   * @param rendering a rendering the exchanges are validated against (its components resolve
   *     references)
   */
  ExampleFit(Path rendering) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    OpenAPI openAPI =
        new OpenAPIV3Parser()
            .readLocation(rendering.toAbsolutePath().toString(), null, options)
            .getOpenAPI();
    this.validator = new SchemaValidator(openAPI, new MessageResolver(MockServer.VALIDATOR_LEVELS));
  }

  /**
   * Judges an example.
   *
   * @param example the example
   * @param schema its schema; null fits anything
   * @param mapper reads the example
   * @return true when the example fits, or is no JSON value (a file's bytes)
   */
  boolean fits(SpecExamples.Found example, Schema<?> schema, ObjectMapper mapper) {
    if (schema == null) {
      return true;
    }
    JsonNode value;
    try {
      value = example.asJson(mapper);
    } catch (RuntimeException e) {
      return true; // not JSON: bytes or text the schema does not describe as JSON
    }
    return fits(value, schema, mapper);
  }

  /**
   * Judges a value.
   *
   * @param value the value; null fits anything
   * @param schema its schema; null fits anything
   * @param mapper writes the value
   * @return true when the value fits (or the validator cannot judge it)
   */
  boolean fits(JsonNode value, Schema<?> schema, ObjectMapper mapper) {
    return value == null || schema == null || findings(value, schema, mapper).isEmpty();
  }

  /**
   * What the validator finds wrong with a value.
   *
   * @param value the value
   * @param schema its schema
   * @param mapper writes the value
   * @return the findings, each {@code <key>: <message>}; empty when the value fits (or cannot be
   *     judged)
   */
  java.util.List<String> findings(JsonNode value, Schema<?> schema, ObjectMapper mapper) {
    try {
      Schema<?> judged = adapted.computeIfAbsent(schema, ExampleFit::withoutDiscriminators);
      ValidationReport report =
          validator.validate(mapper.writeValueAsString(value), judged, "validation.example");
      return report.getMessages().stream()
          .filter(
              m ->
                  m.getLevel() == ValidationReport.Level.ERROR
                      && !m.getKey().endsWith("additionalProperties")
                      && !m.getKey().endsWith("discriminator"))
          .map(m -> m.getKey() + ": " + m.getMessage())
          .toList();
    } catch (Exception | StackOverflowError | com.google.common.util.concurrent.ExecutionError e) {
      return java.util.List
          .of(); // the validator cannot judge it: the exchange's own validation will
    }
  }

  /**
   * A copy of a schema without discriminators, as the renderings are written ({@link MockServer}):
   * the validator's discriminator check is off, and following a discriminated parent into a child
   * that extends it again recurses until the stack overflows.
   */
  private static Schema<?> withoutDiscriminators(Schema<?> schema) {
    JsonNode tree = io.swagger.v3.core.util.Json.mapper().valueToTree(schema);
    if (tree.findValue("discriminator") == null) {
      return schema; // nothing to take out; a round trip would type the untyped schemas in it
    }
    strip(tree);
    try {
      return io.swagger.v3.core.util.Json.mapper().treeToValue(tree, Schema.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return schema;
    }
  }

  private static void strip(JsonNode node) {
    if (node.isObject()) {
      ((com.fasterxml.jackson.databind.node.ObjectNode) node).remove("discriminator");
    }
    node.forEach(ExampleFit::strip);
  }
}
