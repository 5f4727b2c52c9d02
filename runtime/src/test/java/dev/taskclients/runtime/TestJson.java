package dev.taskclients.runtime;

import com.fasterxml.jackson.databind.JsonNode;

/** Parses JSON text in tests. */
final class TestJson {
  private TestJson() {}

  static JsonNode tree(String json) {
    try {
      return Json.shared().readTree(json);
    } catch (Exception e) {
      throw new IllegalArgumentException(json, e);
    }
  }
}
