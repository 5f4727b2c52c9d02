package dev.taskclients.conformance.suite;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import dev.taskclients.conformance.spec.SpecTree;
import dev.taskclients.runtime.Json;
import dev.taskclients.runtime.JsonModel;
import dev.taskclients.runtime.JsonModelReader;
import dev.taskclients.runtime.OpenEnum;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Checks every component schema of a spec against the generated class of that name: the same JSON
 * field names with the Java types the schema implies, the same documented enum values. A spec
 * edited without regenerating, or a template mapping a type wrongly, fails here.
 */
final class SpecModelAgreement {
  private SpecModelAgreement() {}

  static List<String> problems(String api, JsonNode specRoot) {
    List<String> out = new ArrayList<>();
    String modelPackage = "dev.taskclients." + api + ".model.";
    for (Map.Entry<String, JsonNode> entry :
        SpecTree.fields(specRoot.path("components").path("schemas"))) {
      String name = entry.getKey();
      JsonNode schema = entry.getValue();
      Class<?> type;
      try {
        type = Class.forName(modelPackage + name);
      } catch (ClassNotFoundException e) {
        if (!isFreeForm(schema)) {
          out.add(name + ": no generated class " + modelPackage + name);
        }
        continue;
      }
      if (schema.has("enum")) {
        checkEnum(name, schema, type, out);
      } else {
        checkModel(name, schema, type, out);
      }
    }
    return out;
  }

  private static void checkEnum(String name, JsonNode schema, Class<?> type, List<String> out) {
    if (!OpenEnum.class.isAssignableFrom(type)) {
      out.add(name + ": an enum in the spec, but " + type.getSimpleName() + " is not an OpenEnum");
      return;
    }
    List<String> documented = new ArrayList<>();
    schema.path("enum").forEach(v -> documented.add(v.asText()));
    try {
      List<?> known = (List<?>) type.getMethod("knownValues").invoke(null);
      List<String> values =
          known.stream()
              .map(v -> String.valueOf(((OpenEnum<?, ?>) v).value()))
              .collect(Collectors.toList());
      if (!values.equals(documented)) {
        out.add(name + ": spec lists " + documented + ", class knows " + values);
      }
    } catch (ReflectiveOperationException e) {
      out.add(name + ": knownValues() cannot be called: " + e);
    }
  }

  private static void checkModel(String name, JsonNode schema, Class<?> type, List<String> out) {
    if (!JsonModel.class.isAssignableFrom(type)) {
      out.add(name + ": " + type.getSimpleName() + " is not a JsonModel");
      return;
    }
    Map<String, String> expected = new TreeMap<>();
    SpecTree.fields(schema.path("properties"))
        .forEach(p -> expected.put(p.getKey(), javaType(p.getValue())));
    Map<String, String> actual = new TreeMap<>();
    // The fields the model reads from JSON, by JSON name, with their Java types: as the model's
    // reader declares them.
    JsonModelReader<?, ?> reader = reader(type);
    reader
        .fields()
        .forEach((field, javaType) -> actual.put(field, simpleName(javaType.toCanonical())));
    expected.forEach(
        (field, javaType) -> {
          if (!actual.containsKey(field)) {
            out.add(
                name
                    + "."
                    + field
                    + ": in the spec, but "
                    + type.getSimpleName()
                    + " has no such field");
          } else if (!actual.get(field).equals(javaType)) {
            out.add(
                name
                    + "."
                    + field
                    + ": the spec says "
                    + javaType
                    + ", "
                    + type.getSimpleName()
                    + " has "
                    + actual.get(field));
          }
        });
    actual.keySet().stream()
        .filter(field -> !expected.containsKey(field))
        .forEach(
            field ->
                out.add(
                    name + "." + field + ": in " + type.getSimpleName() + ", but not in the spec"));
  }

  /**
   * The Java type our templates give a property schema, as a simple name such as {@code
   * List<Task>}.
   */
  static String javaType(JsonNode schema) {
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      return ref.substring(ref.lastIndexOf('/') + 1);
    }
    switch (schema.path("type").asText("")) {
      case "string":
        return "date-time".equals(schema.path("format").asText()) ? "OffsetDateTime" : "String";
      case "integer":
        return "int64".equals(schema.path("format").asText()) ? "Long" : "Integer";
      case "number":
        return "BigDecimal";
      case "boolean":
        return "Boolean";
      case "array":
        return "List<" + javaType(schema.path("items")) + ">";
      case "object":
        JsonNode values = schema.path("additionalProperties");
        return "Map<String, "
            + (values.isObject() && values.size() > 0 ? javaType(values) : "JsonNode")
            + ">";
      default:
        return "JsonNode";
    }
  }

  private static boolean isFreeForm(JsonNode schema) {
    return "object".equals(schema.path("type").asText()) && !schema.has("properties");
  }

  /** The reader Jackson uses for a model class. */
  private static JsonModelReader<?, ?> reader(Class<?> type) {
    ObjectMapper mapper = Json.newObjectMapper();
    try {
      return (JsonModelReader<?, ?>)
          ((DefaultDeserializationContext) mapper.getDeserializationContext())
              .createInstance(mapper.getDeserializationConfig(), null, null)
              .findRootValueDeserializer(mapper.constructType(type));
    } catch (JsonMappingException e) {
      throw new IllegalStateException("no reader for " + type, e);
    }
  }

  private static String simpleName(String typeName) {
    return typeName
        .replaceAll("[a-z0-9_]+(\\.[a-z0-9_]+)*\\.([A-Z])", "$2")
        .replace(",", ", ")
        .replace(",  ", ", ");
  }
}
