package dev.taskclients.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates an {@code application/x-www-form-urlencoded} request body against its schema with each
 * value typed by that schema. swagger-request-validator 2.44 types form values by guessing from
 * their text: a string field holding {@code +15017122661}, {@code true} or {@code null} is checked
 * as a number, a boolean or null, and a repeated field sent once as a string, so correct bodies
 * fail. The same validator judges the body here, after each field is given the JSON type its
 * property declares.
 */
final class FormBodyCheck {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final SpecDocument spec;
  private final ExampleFit fit;
  private final ObjectMapper mapper;

  /**
   * Creates the check.
   *
   * @param spec resolves the schema's references
   * @param fit the validator
   * @param mapper writes values
   */
  FormBodyCheck(SpecDocument spec, ExampleFit fit, ObjectMapper mapper) {
    this.spec = spec;
    this.fit = fit;
    this.mapper = mapper;
  }

  /**
   * Checks a form body.
   *
   * @param body the body as sent
   * @param schema the form's schema
   * @return the validator's findings, empty when the body fits
   */
  List<String> check(String body, Schema<?> schema) {
    Map<String, Schema<?>> properties = new LinkedHashMap<>();
    collect(schema, properties, 0);
    Map<String, List<String>> fields = new LinkedHashMap<>();
    if (body != null && !body.isEmpty()) {
      for (String pair : body.split("&")) {
        String[] parts = pair.split("=", 2);
        fields
            .computeIfAbsent(decode(parts[0]), k -> new ArrayList<>())
            .add(parts.length > 1 ? decode(parts[1]) : "");
      }
    }
    ObjectNode json = NODES.objectNode();
    fields.forEach(
        (name, values) -> json.set(name, typed(values, spec.schema(properties.get(name)))));
    List<String> problems = new ArrayList<>();
    fit.findings(json, schema, mapper)
        .forEach(f -> problems.add("OpenAPI validator (form body, typed by its schema): " + f));
    return problems;
  }

  @SuppressWarnings("rawtypes") // swagger-models' schema maps are raw
  private void collect(Schema<?> raw, Map<String, Schema<?>> properties, int depth) {
    Schema<?> schema = spec.schema(raw);
    if (schema == null || depth > 10) {
      return;
    }
    if (schema.getAllOf() != null) {
      for (Schema part : schema.getAllOf()) {
        collect(part, properties, depth + 1);
      }
    }
    if (schema.getProperties() != null) {
      schema.getProperties().forEach((name, property) -> properties.put(name, property));
    }
  }

  private JsonNode typed(List<String> values, Schema<?> schema) {
    String type = SchemaSampler.type(schema);
    if ("array".equals(type)) {
      ArrayNode array = NODES.arrayNode();
      Schema<?> items = spec.schema(schema.getItems());
      values.forEach(value -> array.add(scalar(value, items)));
      return array;
    }
    return scalar(values.get(values.size() - 1), schema);
  }

  private static JsonNode scalar(String value, Schema<?> schema) {
    String type = SchemaSampler.type(schema);
    try {
      if ("integer".equals(type)) {
        return NODES.numberNode(new BigInteger(value.trim()));
      }
      if ("number".equals(type)) {
        return NODES.numberNode(new BigDecimal(value.trim()));
      }
    } catch (NumberFormatException e) {
      return NODES.textNode(value); // not a number: the validator says so
    }
    if ("boolean".equals(type) && (value.equals("true") || value.equals("false"))) {
      return NODES.booleanNode(Boolean.parseBoolean(value));
    }
    return NODES.textNode(value);
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
