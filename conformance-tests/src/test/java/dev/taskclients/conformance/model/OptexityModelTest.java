package dev.taskclients.conformance.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.taskclients.optexity.model.TaskState;
import dev.taskclients.optexity.model.TaskStatus;
import dev.taskclients.optexity.model.TaskStatusRequest;
import dev.taskclients.runtime.Json;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Optexity's generated models: typed values, open enum, unknown fields, required fields. */
class OptexityModelTest {
  private static final ObjectMapper MAPPER = Json.newObjectMapper();

  @Test
  void runningTaskCarriesTypedValues() throws Exception {
    TaskStatus task =
        MAPPER.readValue(RecordedPayloads.read("optexity", "task-running.json"), TaskStatus.class);

    assertEquals(Boolean.TRUE, task.success());
    assertEquals("task_987654321", task.taskId());
    assertEquals(TaskState.RUNNING, task.status());
    assertEquals(75, task.progress());
    assertEquals(OffsetDateTime.parse("2024-01-15T11:02:30Z"), task.estimatedCompletion());
    assertNull(task.completedAt(), "absent field reads as null");
  }

  @Test
  void unknownStatusAndFieldSurviveARoundTrip() throws Exception {
    ObjectNode json =
        (ObjectNode) MAPPER.readTree(RecordedPayloads.read("optexity", "task-completed.json"));
    json.put("status", "archived");
    json.putObject("billing").put("credits", 3);

    TaskStatus task = MAPPER.treeToValue(json, TaskStatus.class);

    assertFalse(task.status().isKnown());
    assertEquals("archived", task.status().value());
    assertTrue(task.status().known().isEmpty());
    assertEquals(3, task.additionalProperty("billing").get("credits").asInt());
    assertEquals(json, MAPPER.readTree(MAPPER.writeValueAsString(task)));
  }

  @Test
  void missingRequiredFieldsAreNamedTogether() {
    IllegalStateException fromBuilder =
        assertThrows(IllegalStateException.class, () -> TaskStatus.builder().goal("g").build());
    assertEquals(
        "TaskStatus is missing required field(s): success, task_id, status",
        fromBuilder.getMessage());

    Exception fromJson =
        assertThrows(
            Exception.class,
            () -> MAPPER.readValue("{\"goal\":\"g\",\"success\":true}", TaskStatus.class));
    assertTrue(
        fromJson.getMessage().contains("TaskStatus is missing required field(s): task_id, status"),
        fromJson.getMessage());
  }

  @Test
  void requestBodyIsBuiltAndWritten() throws Exception {
    TaskStatusRequest request = TaskStatusRequest.builder().taskId("task_123456789").build();

    assertEquals(
        MAPPER.readTree(RecordedPayloads.read("optexity", "request-example.json")),
        MAPPER.readTree(MAPPER.writeValueAsString(request)));
    assertEquals(request, request.toBuilder().build());
    assertEquals("TaskStatusRequest{task_id=task_123456789}", request.toString());
  }
}
