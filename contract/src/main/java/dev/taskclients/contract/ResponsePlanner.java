package dev.taskclients.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides what to serve for a documented response: the concrete status, the media type the client
 * prefers, the spec's example for it (else a value synthesized from its schema) and its headers.
 */
final class ResponsePlanner {
  /**
   * Bytes served for a binary body with no example: not valid UTF-8, so a lossy text decoding
   * shows.
   */
  static final byte[] BINARY_SAMPLE = {
    'c', 'o', 'r', 'p', 'u', 's', 0, (byte) 0xff, (byte) 0x80, '\n'
  };

  /**
   * Statuses tried, in order, for an error {@code default}: the first the operation does not
   * document.
   */
  private static final int[] UNDOCUMENTED_ERRORS = {500, 599, 418, 499, 550};

  private final SpecDocument spec;
  private final SchemaSampler sampler;
  private final SpecExamples examples;
  private final ObjectMapper mapper;

  /**
   * Creates a planner for one spec.
   *
   * @param spec the spec
   * @param sampler synthesizes bodies and header values
   * @param examples finds the spec's examples
   * @param mapper writes JSON bodies
   */
  ResponsePlanner(
      SpecDocument spec, SchemaSampler sampler, SpecExamples examples, ObjectMapper mapper) {
    this.spec = spec;
    this.sampler = sampler;
    this.examples = examples;
    this.mapper = mapper;
  }

  /**
   * Whether a documented status is one the gate exercises: informational (1xx) statuses are not.
   *
   * @param status the documented status
   * @return true unless it is 1xx
   */
  static boolean exercised(String status) {
    return !status.startsWith("1");
  }

  /**
   * Plans one response.
   *
   * @param operation the operation
   * @param documented the documented response
   * @return what to serve
   */
  ResponsePlan plan(GeneratedOperation operation, DocumentedResponse documented) {
    Set<String> statuses =
        operation.responses().stream()
            .map(r -> r.status().toUpperCase(Locale.ROOT))
            .collect(Collectors.toSet());
    int status = concreteStatus(documented, statuses);
    Operation raw = spec.operation(operation.specPath(), operation.httpMethod());
    ApiResponse response = spec.response(find(raw, documented.status()));
    Map<String, String> headers = headers(response);
    boolean noBodyAllowed =
        status == 204 || status == 205 || status == 304 || operation.httpMethod().equals("HEAD");
    if (noBodyAllowed
        || "NONE".equals(documented.kind())
        || response.getContent() == null
        || response.getContent().isEmpty()) {
      return new ResponsePlan(documented, status, null, null, null, null, headers, "no body");
    }
    BodyKind kind = BodyKind.valueOf(documented.kind());
    Map.Entry<String, MediaType> media = BodyKind.firstOf(response.getContent(), kind);
    if (media == null) {
      media = response.getContent().entrySet().iterator().next();
    }
    String contentType = kind.concrete(media.getKey());
    Optional<SpecExamples.Found> example = examples.of(media.getValue());
    String source =
        example
            .map(e -> "the spec's " + e.source())
            .orElse(
                examples.passedOver(media.getValue())
                    ? "synthesized from the schema (the spec's example does not fit it)"
                    : "synthesized from the schema");
    switch (kind) {
      case JSON:
        {
          JsonNode json =
              example.isPresent()
                  ? sampler.prune(
                      example.get().asJson(mapper).deepCopy(),
                      media.getValue().getSchema(),
                      SchemaSampler.Direction.RESPONSE)
                  : sampler.sample(media.getValue().getSchema(), SchemaSampler.Direction.RESPONSE);
          return new ResponsePlan(
              documented, status, contentType, write(json), json, null, headers, source);
        }
      case TEXT:
        {
          String text =
              example.isPresent()
                  ? example.get().asText()
                  : textOf(
                      sampler.sample(
                          media.getValue().getSchema(), SchemaSampler.Direction.RESPONSE));
          return new ResponsePlan(
              documented,
              status,
              contentType,
              text.getBytes(StandardCharsets.UTF_8),
              null,
              text,
              headers,
              source);
        }
      default:
        {
          byte[] bytes = example.isPresent() ? example.get().asBytes() : BINARY_SAMPLE.clone();
          return new ResponsePlan(
              documented, status, contentType, bytes, null, null, headers, source);
        }
    }
  }

  /**
   * The status served for a documented one: ranges and default become a concrete, undocumented
   * code.
   */
  static int concreteStatus(DocumentedResponse documented, Set<String> documentedStatuses) {
    String status = documented.status().toUpperCase(Locale.ROOT);
    if (status.equals("DEFAULT")) {
      if (documented.success()) {
        return 200;
      }
      for (int candidate : UNDOCUMENTED_ERRORS) {
        if (!covered(candidate, documentedStatuses)) {
          return candidate;
        }
      }
      return 599;
    }
    if (status.endsWith("XX")) {
      int base = (status.charAt(0) - '0') * 100;
      for (int candidate = base; candidate < base + 100; candidate++) {
        if (!documentedStatuses.contains(String.valueOf(candidate))) {
          return candidate;
        }
      }
      return base;
    }
    return Integer.parseInt(status);
  }

  private static boolean covered(int code, Set<String> documentedStatuses) {
    return documentedStatuses.contains(String.valueOf(code))
        || documentedStatuses.contains(code / 100 + "XX");
  }

  private static ApiResponse find(Operation operation, String status) {
    for (Map.Entry<String, ApiResponse> entry : operation.getResponses().entrySet()) {
      if (entry.getKey().equalsIgnoreCase(status)) {
        return entry.getValue();
      }
    }
    throw new IllegalArgumentException("the spec documents no response " + status);
  }

  private Map<String, String> headers(ApiResponse response) {
    Map<String, String> values = new LinkedHashMap<>();
    if (response.getHeaders() == null) {
      return values;
    }
    for (Map.Entry<String, Header> entry : response.getHeaders().entrySet()) {
      Header header = spec.header(entry.getValue());
      if (entry.getKey().equalsIgnoreCase("Content-Type")
          || header == null
          || header.getSchema() == null) {
        continue;
      }
      JsonNode value =
          header.getExample() != null
              ? mapper.valueToTree(header.getExample())
              : sampler.sample(header.getSchema(), SchemaSampler.Direction.RESPONSE);
      values.put(entry.getKey(), headerText(value));
    }
    return values;
  }

  /**
   * A header's value in the {@code simple} style: arrays comma-separated, objects as name,value
   * pairs.
   */
  static String headerText(JsonNode value) {
    if (value.isArray()) {
      return join(value.elements());
    }
    if (value.isObject()) {
      StringBuilder text = new StringBuilder();
      value
          .properties()
          .forEach(
              f ->
                  text.append(text.length() == 0 ? "" : ",")
                      .append(f.getKey())
                      .append(',')
                      .append(f.getValue().asText()));
      return text.toString();
    }
    return value.asText();
  }

  private static String join(Iterator<JsonNode> elements) {
    StringBuilder text = new StringBuilder();
    elements.forEachRemaining(e -> text.append(text.length() == 0 ? "" : ",").append(e.asText()));
    return text.toString();
  }

  private static String textOf(JsonNode value) {
    return value.isTextual() ? value.asText() : value.toString();
  }

  private byte[] write(JsonNode json) {
    try {
      return mapper.writeValueAsBytes(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
