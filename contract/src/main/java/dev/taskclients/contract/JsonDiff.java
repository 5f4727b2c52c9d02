package dev.taskclients.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;

/** Names the first place two JSON trees differ, as a JSON pointer with both values. */
public final class JsonDiff {
  private JsonDiff() {}

  /**
   * Finds the first difference between two JSON trees, walking objects in the expected tree's field
   * order and arrays by index.
   *
   * @param expected the tree that should have come out
   * @param actual the tree that did (may be null)
   * @return {@code "<pointer>: expected <value>, got <value>"} (or {@code ..., absent} / {@code not
   *     expected, got ...}) for the first difference, or {@code "no difference"} when the trees are
   *     equal
   */
  public static String first(JsonNode expected, JsonNode actual) {
    String at = find(expected, actual, "");
    return at == null ? "no difference" : at;
  }

  private static String find(JsonNode expected, JsonNode actual, String pointer) {
    if (expected.equals(actual)) {
      return null;
    }
    if (expected.isObject() && actual != null && actual.isObject()) {
      for (Iterator<String> names = expected.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!actual.has(name)) {
          return pointer + "/" + name + ": expected " + expected.get(name) + ", absent";
        }
        String inner = find(expected.get(name), actual.get(name), pointer + "/" + name);
        if (inner != null) {
          return inner;
        }
      }
      for (Iterator<String> names = actual.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!expected.has(name)) {
          return pointer + "/" + name + ": not expected, got " + actual.get(name);
        }
      }
    }
    if (expected.isArray()
        && actual != null
        && actual.isArray()
        && expected.size() == actual.size()) {
      for (int i = 0; i < expected.size(); i++) {
        String inner = find(expected.get(i), actual.get(i), pointer + "/" + i);
        if (inner != null) {
          return inner;
        }
      }
    }
    return (pointer.isEmpty() ? "/" : pointer) + ": expected " + expected + ", got " + actual;
  }
}
