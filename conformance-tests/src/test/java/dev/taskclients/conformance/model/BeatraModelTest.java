package dev.taskclients.conformance.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.taskclients.beatra.model.Task;
import dev.taskclients.beatra.model.TaskState;
import dev.taskclients.runtime.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** beatra's generated models: the paused status, nested models, immutability, required fields. */
class BeatraModelTest {
  private static final ObjectMapper MAPPER = Json.newObjectMapper();

  @Test
  void pausedStatusParsesKeepsItsValueAndIsUnknown() throws Exception {
    ObjectNode json =
        (ObjectNode) MAPPER.readTree(RecordedPayloads.read("beatra", "task-sample.json"));
    json.put("status", "paused");
    json.put("priority", 5);

    Task task = MAPPER.treeToValue(json, Task.class);

    assertEquals("paused", task.status().value());
    assertFalse(task.status().isKnown());
    assertNotEquals(TaskState.QUEUED, task.status());
    assertEquals(TaskState.of("paused"), task.status());
    assertEquals(5, task.additionalProperty("priority").asInt());
    assertEquals(json, MAPPER.readTree(MAPPER.writeValueAsString(task)));
  }

  @Test
  void nestedValuesAreTyped() throws Exception {
    Task task = MAPPER.readValue(RecordedPayloads.read("beatra", "task-sample.json"), Task.class);

    assertEquals(TaskState.QUEUED, task.status());
    assertEquals(100, task.progress().percent());
    assertEquals("string", task.usage().lines().get(0).billedAmountCredits());
    assertEquals(Map.of("property1", "string", "property2", "string"), task.metadata());
    assertTrue(task.error().retryable());
    assertEquals("USD", task.billing().currency().value());
  }

  @Test
  void modelsAreImmutable() throws Exception {
    Task task = MAPPER.readValue(RecordedPayloads.read("beatra", "task-sample.json"), Task.class);

    assertThrows(UnsupportedOperationException.class, () -> task.warnings().clear());
    assertThrows(UnsupportedOperationException.class, () -> task.metadata().put("k", "v"));

    Task changed = task.toBuilder().status(TaskState.SUCCEEDED).warnings(List.of()).build();
    assertEquals(TaskState.QUEUED, task.status(), "toBuilder() copies; the original is unchanged");
    assertEquals(TaskState.SUCCEEDED, changed.status());
  }

  @Test
  void missingRequiredFieldsAreNamedTogether() {
    Exception e =
        assertThrows(Exception.class, () -> MAPPER.readValue("{\"model\":\"m\"}", Task.class));
    assertTrue(
        e.getMessage().contains("Task is missing required field(s): object, task_id, status"),
        e.getMessage());
  }
}
