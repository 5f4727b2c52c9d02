package dev.taskclients.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The examples a spec gives for a body or a parameter: {@code example}, else the first of {@code
 * examples} ({@code $ref}s followed). An {@code externalValue} is read from the file it names
 * relative to the spec, and ignored when there is no such file.
 */
final class SpecExamples {
  /**
   * An example as found: a JSON value, or the bytes of an external file.
   *
   * @param json the inline value, or null
   * @param bytes the external file's bytes, or null
   * @param source where it came from, for reports
   */
  record Found(JsonNode json, byte[] bytes, String source) {
    /**
     * The example as JSON.
     *
     * @param mapper parses an external file
     * @return the value
     * @throws IllegalArgumentException when an external file is not JSON
     */
    JsonNode asJson(ObjectMapper mapper) {
      if (json != null) {
        return json;
      }
      try {
        return mapper.readTree(bytes);
      } catch (IOException e) {
        throw new IllegalArgumentException(source + " is not JSON: " + e.getMessage(), e);
      }
    }

    /**
     * @return the example as text: a JSON string's value, another JSON value written out, or the
     *     file decoded as UTF-8
     */
    String asText() {
      if (json != null) {
        return json.isTextual() ? json.asText() : json.toString();
      }
      return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * @return the example as bytes: the file's bytes, or the text's UTF-8 bytes
     */
    byte[] asBytes() {
      return bytes != null ? bytes.clone() : asText().getBytes(StandardCharsets.UTF_8);
    }
  }

  private final SpecDocument spec;
  private final ObjectMapper mapper;
  private final ExampleFit fit;

  /**
   * Creates a finder.
   *
   * @param spec the spec (references and external files are resolved against it)
   * @param mapper turns Swagger Parser's example objects into JSON
   */
  SpecExamples(SpecDocument spec, ObjectMapper mapper) {
    this(spec, mapper, null);
  }

  /**
   * Creates a finder that passes over examples which do not fit their schema.
   *
   * @param spec the spec (references and external files are resolved against it)
   * @param mapper turns Swagger Parser's example objects into JSON
   * @param fit judges whether an example fits its schema; null takes every example
   */
  SpecExamples(SpecDocument spec, ObjectMapper mapper, ExampleFit fit) {
    this.spec = spec;
    this.mapper = mapper;
    this.fit = fit;
  }

  /**
   * The example of a media type.
   *
   * @param media the media type object
   * @return its example, if the spec gives one
   */
  Optional<Found> of(MediaType media) {
    if (media == null) {
      return Optional.empty();
    }
    return fitting(media.getExample(), media.getExamples(), media.getSchema());
  }

  /**
   * Whether a media type has examples, none of which fits its schema (so a value is synthesized
   * instead).
   *
   * @param media the media type object
   * @return true when every example given was passed over
   */
  boolean passedOver(MediaType media) {
    return media != null
        && fit != null
        && of(media).isEmpty()
        && (media.getExample() != null
            || media.getExamples() != null && !media.getExamples().isEmpty());
  }

  /**
   * The example of a parameter.
   *
   * @param parameter the parameter
   * @return its example, if the spec gives one
   */
  Optional<Found> of(Parameter parameter) {
    return fitting(parameter.getExample(), parameter.getExamples(), parameter.getSchema());
  }

  /**
   * The first example that fits its schema: {@code example}, else each of {@code examples} in
   * order. Vendors' examples do not always fit (an array where the schema says object): serving or
   * sending one would test the spec, not the client, so such an example is passed over, and the
   * gate synthesizes a value instead.
   */
  private Optional<Found> fitting(Object single, Map<String, Example> examples, Schema<?> schema) {
    List<Found> candidates = new ArrayList<>();
    if (single != null) {
      candidates.add(new Found(toJson(single), null, "example"));
    }
    if (examples != null) {
      for (Map.Entry<String, Example> entry : examples.entrySet()) {
        Example example = spec.example(entry.getValue());
        if (example == null) {
          continue;
        }
        if (example.getValue() != null) {
          candidates.add(new Found(toJson(example.getValue()), null, "examples." + entry.getKey()));
        } else if (example.getExternalValue() != null) {
          Path file = besideSpec(example.getExternalValue());
          if (file != null && Files.isRegularFile(file)) {
            candidates.add(
                new Found(
                    null,
                    read(file),
                    "examples." + entry.getKey() + " (" + example.getExternalValue() + ")"));
          }
        }
      }
    }
    return candidates.stream()
        .filter(found -> fit == null || fit.fits(found, schema, mapper))
        .findFirst();
  }

  /**
   * The file an externalValue names relative to the spec, or null when it is a URL or no valid
   * path.
   */
  private Path besideSpec(String externalValue) {
    if (externalValue.contains("://")) {
      return null;
    }
    try {
      return spec.file().toAbsolutePath().getParent().resolve(externalValue).normalize();
    } catch (java.nio.file.InvalidPathException e) {
      return null;
    }
  }

  private JsonNode toJson(Object value) {
    return value instanceof JsonNode node ? node : mapper.valueToTree(value);
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
