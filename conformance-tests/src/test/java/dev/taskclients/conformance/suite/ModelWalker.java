package dev.taskclients.conformance.suite;

import com.fasterxml.jackson.databind.JsonNode;
import dev.taskclients.runtime.JsonModel;
import dev.taskclients.runtime.OpenEnum;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Walks a JSON payload against the typed model parsed from it and lists every value the model does
 * not carry in a typed field: missing, different, or only kept as an unlisted property (which means
 * the spec and the generated code disagree on a name).
 */
final class ModelWalker {
  private ModelWalker() {}

  static List<String> differences(JsonNode json, Object typed) {
    List<String> out = new ArrayList<>();
    walk(json, typed, "$", out);
    return out;
  }

  private static void walk(JsonNode json, Object typed, String at, List<String> out) {
    if (json == null || json.isNull()) {
      if (typed != null && !(typed instanceof JsonNode && ((JsonNode) typed).isNull())) {
        out.add(at + ": JSON null, model holds " + typed);
      }
      return;
    }
    if (typed == null) {
      out.add(at + ": model holds null, JSON has " + json);
    } else if (typed instanceof JsonModel) {
      walkModel(json, (JsonModel) typed, at, out);
    } else if (typed instanceof OpenEnum) {
      expect(
          json.isTextual()
              && json.asText().equals(String.valueOf(((OpenEnum<?, ?>) typed).value())),
          json,
          typed,
          at,
          out);
    } else if (typed instanceof String) {
      expect(json.isTextual() && json.asText().equals(typed), json, typed, at, out);
    } else if (typed instanceof OffsetDateTime) {
      expect(
          json.isTextual() && sameInstant(json.asText(), (OffsetDateTime) typed),
          json,
          typed,
          at,
          out);
    } else if (typed instanceof Integer || typed instanceof Long) {
      expect(
          json.isIntegralNumber() && json.longValue() == ((Number) typed).longValue(),
          json,
          typed,
          at,
          out);
    } else if (typed instanceof BigDecimal) {
      expect(
          json.isNumber() && json.decimalValue().compareTo((BigDecimal) typed) == 0,
          json,
          typed,
          at,
          out);
    } else if (typed instanceof Boolean) {
      expect(json.isBoolean() && json.booleanValue() == (Boolean) typed, json, typed, at, out);
    } else if (typed instanceof List) {
      walkList(json, (List<?>) typed, at, out);
    } else if (typed instanceof Map) {
      walkMap(json, (Map<?, ?>) typed, at, out);
    } else if (typed instanceof JsonNode) {
      expect(json.equals(typed), json, typed, at, out);
    } else {
      out.add(at + ": unexpected Java type " + typed.getClass().getName());
    }
  }

  private static void walkModel(JsonNode json, JsonModel model, String at, List<String> out) {
    if (!json.isObject()) {
      out.add(
          at + ": JSON " + json.getNodeType() + " parsed into " + model.getClass().getSimpleName());
      return;
    }
    Map<String, Object> typed = model.toJsonMap();
    for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String child = at + "." + field.getKey();
      if (model.additionalProperties().containsKey(field.getKey())) {
        out.add(
            child
                + ": not a field of "
                + model.getClass().getSimpleName()
                + " (kept only as an unlisted property)");
      } else if (!typed.containsKey(field.getKey())) {
        out.add(child + ": missing from " + model.getClass().getSimpleName());
      } else {
        walk(field.getValue(), typed.get(field.getKey()), child, out);
      }
    }
    typed.keySet().stream()
        .filter(name -> !json.has(name))
        .forEach(name -> out.add(at + "." + name + ": added by the model, absent from the JSON"));
  }

  private static void walkList(JsonNode json, List<?> typed, String at, List<String> out) {
    if (!json.isArray() || json.size() != typed.size()) {
      out.add(at + ": JSON " + json + " is not a list of " + typed.size());
      return;
    }
    for (int i = 0; i < typed.size(); i++) {
      walk(json.get(i), typed.get(i), at + "[" + i + "]", out);
    }
  }

  private static void walkMap(JsonNode json, Map<?, ?> typed, String at, List<String> out) {
    if (!json.isObject() || json.size() != typed.size()) {
      out.add(at + ": JSON " + json + " is not a map of " + typed.size());
      return;
    }
    typed.forEach((key, value) -> walk(json.get(String.valueOf(key)), value, at + "." + key, out));
  }

  private static boolean sameInstant(String text, OffsetDateTime typed) {
    try {
      return OffsetDateTime.parse(text).equals(typed);
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static void expect(
      boolean same, JsonNode json, Object typed, String at, List<String> out) {
    if (!same) {
      out.add(
          at
              + ": JSON "
              + json
              + ", model holds "
              + typed
              + " ("
              + typed.getClass().getSimpleName()
              + ")");
    }
  }
}
