package dev.taskclients.conformance.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tree walks that the spec checks and the conformance suite share. */
class SpecTreeTest {
  private static final String SPEC =
      String.join(
          "\n",
          "paths:",
          "  /tasks/{id}:",
          "    summary: not an operation",
          "    parameters: [{$ref: '#/components/parameters/Id'}]",
          "    get: {operationId: getTask}",
          "    delete: {operationId: deleteTask}",
          "components:",
          "  parameters:",
          "    Id: {$ref: '#/components/parameters/TaskId'}",
          "    TaskId: {name: id, in: path}",
          "    Shared: {$ref: 'common.yaml#/Id'}",
          "");

  private static JsonNode root() throws Exception {
    return new YAMLMapper().readTree(SPEC);
  }

  @Test
  void visitsOperationsOnlyWithTheirMethodUpperCase() throws Exception {
    List<String> seen = new ArrayList<>();
    SpecTree.forEachOperation(
        root(),
        (path, method, operation) ->
            seen.add(method + " " + path + " " + operation.path("operationId").asText()));
    assertEquals(List.of("GET /tasks/{id} getTask", "DELETE /tasks/{id} deleteTask"), seen);
  }

  @Test
  void followsLocalReferencesToTheEndAndLeavesOtherFilesAlone() throws Exception {
    JsonNode root = root();
    JsonNode parameter = root.at("/paths/~1tasks~1{id}/parameters/0");
    assertEquals("id", SpecTree.deref(root, parameter).path("name").asText());
    JsonNode shared = root.at("/components/parameters/Shared");
    assertEquals(shared, SpecTree.deref(root, shared));
  }

  @Test
  void fieldsKeepTheSpecsOrderAndAnythingButAnObjectHasNone() throws Exception {
    assertTrue(SpecTree.fields(null).isEmpty());
    assertTrue(SpecTree.fields(root().at("/paths/~1tasks~1{id}/parameters")).isEmpty());
    assertEquals(
        List.of("summary", "parameters", "get", "delete"),
        SpecTree.fields(root().at("/paths/~1tasks~1{id}")).stream()
            .map(Map.Entry::getKey)
            .toList());
  }

  @Test
  void namesTheApiAfterItsFile() {
    assertEquals("beatra", SpecTree.apiName(Path.of("specs", "beatra.yaml")));
  }
}
