package dev.taskclients.conformance.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.taskclients.conformance.spec.SpecTree;
import dev.taskclients.contract.JsonDiff;
import dev.taskclients.runtime.JsonModel;
import dev.taskclients.runtime.OpenEnum;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A response model must survive what an API adds without notice: a field it does not list, a value
 * its enums do not list, and an optional field left out. Each variant of a recorded payload must
 * parse and write back to the same JSON tree.
 */
final class ForwardCompatibility {
  static final String ADDED_FIELD = "x_conformance_added";
  static final String UNLISTED_VALUE = "x-conformance-unlisted";

  private ForwardCompatibility() {}

  static List<String> problems(ConformanceCase c) {
    Class<?> model = modelClass(c);
    ObjectNode payload = (ObjectNode) ConformanceSuiteTest.readTree(c.payloadText());
    List<String> problems = new ArrayList<>();

    ObjectNode added = payload.deepCopy();
    added.putObject(ADDED_FIELD).putArray("nested").add(1);
    roundTrip("an added unknown field", added, model, problems);

    Object typed = parse(payload, model);
    List<String> enumPointers = new ArrayList<>();
    findEnums(payload, typed, "", enumPointers);
    for (String pointer : enumPointers) {
      ObjectNode unlisted = payload.deepCopy();
      String parent = pointer.substring(0, pointer.lastIndexOf('/'));
      ((ObjectNode) unlisted.at(parent))
          .set(pointer.substring(pointer.lastIndexOf('/') + 1), TextNode.valueOf(UNLISTED_VALUE));
      roundTrip("an unlisted value at " + pointer, unlisted, model, problems);
    }

    JsonNode schema =
        SpecTree.deref(
            SpecTree.read(
                dev.taskclients.conformance.model.RecordedPayloads.specsDir()
                    .resolve(c.api() + ".yaml")),
            c.schema());
    List<String> required = new ArrayList<>();
    schema.path("required").forEach(r -> required.add(r.asText()));
    for (Iterator<String> names = payload.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!required.contains(name)) {
        ObjectNode without = payload.deepCopy();
        without.remove(name);
        roundTrip("optional field " + name + " absent", without, model, problems);
      }
    }
    return problems;
  }

  private static Class<?> modelClass(ConformanceCase c) {
    String ref = c.schema().path("$ref").asText();
    try {
      return Class.forName(
          "dev.taskclients." + c.api() + ".model." + ref.substring(ref.lastIndexOf('/') + 1));
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("no model class for " + ref, e);
    }
  }

  private static Object parse(JsonNode json, Class<?> model) {
    try {
      return ConformanceSuiteTest.MAPPER.treeToValue(json, model);
    } catch (Exception e) {
      throw new IllegalStateException("does not parse: " + e.getMessage(), e);
    }
  }

  private static void roundTrip(
      String variant, JsonNode json, Class<?> model, List<String> problems) {
    try {
      JsonNode written =
          ConformanceSuiteTest.readTree(ConformanceSuiteTest.write(parse(json, model)));
      if (!json.equals(written)) {
        problems.add(variant + ": round trip differs at " + JsonDiff.first(json, written));
      }
    } catch (RuntimeException e) {
      problems.add(variant + ": " + e.getMessage());
    }
  }

  /** JSON pointers of every value the model holds as an open enum. */
  private static void findEnums(JsonNode json, Object typed, String pointer, List<String> out) {
    if (typed instanceof OpenEnum) {
      out.add(pointer);
    } else if (typed instanceof JsonModel && json.isObject()) {
      for (Map.Entry<String, Object> field : ((JsonModel) typed).toJsonMap().entrySet()) {
        if (json.has(field.getKey())) {
          findEnums(
              json.get(field.getKey()), field.getValue(), pointer + "/" + field.getKey(), out);
        }
      }
    } else if (typed instanceof List && json.isArray()) {
      List<?> list = (List<?>) typed;
      for (int i = 0; i < list.size() && i < json.size(); i++) {
        findEnums(json.get(i), list.get(i), pointer + "/" + i, out);
      }
    }
  }
}
