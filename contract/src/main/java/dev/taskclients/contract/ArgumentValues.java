package dev.taskclients.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.taskclients.codegen.view.ParameterLocation;
import dev.taskclients.codegen.view.ParameterView;
import io.swagger.v3.oas.models.media.Encoding;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Decides the value of each argument of a call, spec-side: the spec's example for a parameter or
 * body when it gives one, else a value synthesized from its schema (read-only properties left out
 * of bodies), and bytes for a file or binary body.
 */
final class ArgumentValues {
  /**
   * One argument's value.
   *
   * @param json the value as JSON (converted to the parameter's Java type), or null for a file
   * @param bytes a file's or binary body's bytes, else null
   * @param contentType a file's or binary body's media type, else null
   * @param filename a file's name, else null
   */
  record Value(JsonNode json, byte[] bytes, String contentType, String filename) {
    /**
     * @return whether the value is a file or binary body
     */
    boolean isBinary() {
      return bytes != null;
    }
  }

  private final SpecDocument spec;
  private final SchemaSampler sampler;
  private final SpecExamples examples;
  private final ObjectMapper mapper;

  /**
   * Creates the values of one spec.
   *
   * @param spec the spec
   * @param sampler synthesizes values
   * @param examples finds the spec's examples
   * @param mapper reads examples
   */
  ArgumentValues(
      SpecDocument spec, SchemaSampler sampler, SpecExamples examples, ObjectMapper mapper) {
    this.spec = spec;
    this.sampler = sampler;
    this.examples = examples;
    this.mapper = mapper;
  }

  /**
   * The value of one parameter.
   *
   * @param operation the operation
   * @param param the parameter
   * @return its value
   */
  Value of(GeneratedOperation operation, ParameterView param) {
    if (param.location() == ParameterLocation.BODY) {
      return body(operation);
    }
    if (param.location() == ParameterLocation.FORM) {
      return formField(operation, param);
    }
    String in = param.location().name().toLowerCase(java.util.Locale.ROOT);
    Parameter parameter =
        spec.parameters(operation.specPath(), operation.httpMethod()).stream()
            .filter(p -> in.equals(p.getIn()) && param.jsonName().equals(p.getName()))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no " + in + " parameter " + param.jsonName() + " in the spec"));
    Optional<SpecExamples.Found> example = examples.of(parameter);
    JsonNode value = example.isPresent() ? example.get().asJson(mapper) : null;
    if (value == null
        || value.isNull()
        || param.location() == ParameterLocation.PATH && value.asText().isEmpty()) {
      // A path parameter must not be empty: an empty example is replaced like a missing one.
      value = sampler.sample(parameter.getSchema(), SchemaSampler.Direction.REQUEST);
    }
    return new Value(value, null, null, null);
  }

  private Value body(GeneratedOperation operation) {
    Map.Entry<String, MediaType> media = bodyMedia(operation);
    Schema<?> schema = media.getValue().getSchema();
    BodyKind decided = operation.bodyKind();
    BodyKind kind = decided != null ? decided : BodyKind.of(media.getKey(), schema);
    Optional<SpecExamples.Found> example = examples.of(media.getValue());
    switch (kind) {
      case BINARY:
        return new Value(
            null,
            example.map(SpecExamples.Found::asBytes).orElse(ResponsePlanner.BINARY_SAMPLE.clone()),
            kind.concrete(media.getKey()),
            "corpus.bin");
      case TEXT:
        JsonNode sample = sampler.sample(schema, SchemaSampler.Direction.REQUEST);
        return new Value(
            TextNode.valueOf(
                example
                    .map(SpecExamples.Found::asText)
                    .orElse(sample.isTextual() ? sample.asText() : sample.toString())),
            null,
            null,
            null);
      default:
        JsonNode value =
            example.isPresent()
                ? sampler.prune(
                    example.get().asJson(mapper).deepCopy(),
                    schema,
                    SchemaSampler.Direction.REQUEST)
                : sampler.sample(schema, SchemaSampler.Direction.REQUEST);
        return new Value(value, null, null, null);
    }
  }

  private Value formField(GeneratedOperation operation, ParameterView param) {
    Map.Entry<String, MediaType> media = bodyMedia(operation);
    Schema<?> schema = spec.schema(media.getValue().getSchema());
    Schema<?> property =
        schema == null || schema.getProperties() == null
            ? null
            : schema.getProperties().get(param.jsonName());
    Schema<?> resolved = spec.schema(property);
    Schema<?> items = resolved == null ? null : spec.schema(resolved.getItems());
    boolean file =
        param.javaType() != null && param.javaType().contains("BinaryBody")
            || isBinary(resolved)
            || isBinary(items);
    if (file) {
      Encoding encoding =
          media.getValue().getEncoding() == null
              ? null
              : media.getValue().getEncoding().get(param.jsonName());
      String contentType =
          encoding != null && encoding.getContentType() != null
              ? encoding.getContentType().split(",")[0].trim()
              : "application/octet-stream";
      return new Value(
          null,
          ResponsePlanner.BINARY_SAMPLE.clone(),
          BodyKind.BINARY.concrete(contentType),
          "corpus.bin");
    }
    Optional<SpecExamples.Found> example = examples.of(media.getValue());
    JsonNode fromExample = null;
    if (example.isPresent()) {
      try {
        fromExample = example.get().asJson(mapper).get(param.jsonName());
      } catch (IllegalArgumentException e) {
        // An example that is not JSON (a form written out as text, say) gives no field value.
      }
    }
    return new Value(
        fromExample != null
            ? fromExample
            : sampler.sample(property, SchemaSampler.Direction.REQUEST),
        null,
        null,
        null);
  }

  private static boolean isBinary(Schema<?> schema) {
    return schema != null
        && "string".equals(SchemaSampler.type(schema))
        && "binary".equals(schema.getFormat());
  }

  /** The request body's media type the client sends (the generator's choice), else its first. */
  private Map.Entry<String, MediaType> bodyMedia(GeneratedOperation operation) {
    RequestBody body =
        spec.requestBody(
            spec.operation(operation.specPath(), operation.httpMethod()).getRequestBody());
    if (body == null || body.getContent() == null || body.getContent().isEmpty()) {
      throw new IllegalArgumentException(
          "the operation has a body parameter but the spec no request body");
    }
    String chosen = operation.bodyContentType();
    for (Map.Entry<String, MediaType> entry : body.getContent().entrySet()) {
      if (chosen != null
          && entry.getKey().toLowerCase(Locale.ROOT).equals(chosen.toLowerCase(Locale.ROOT))) {
        return entry;
      }
    }
    return body.getContent().entrySet().iterator().next();
  }
}
