package dev.taskclients.conformance.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.taskclients.deepomatic.model.RecognitionData;
import dev.taskclients.deepomatic.model.Task;
import dev.taskclients.deepomatic.model.TaskPage;
import dev.taskclients.deepomatic.model.TaskState;
import dev.taskclients.runtime.Json;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Deepomatic's generated models: explicit nulls, free-form data, open enum, required fields. */
class DeepomaticModelTest {
  private static final ObjectMapper MAPPER = Json.newObjectMapper();

  @Test
  void explicitNullIsKeptApartFromAbsence() throws Exception {
    Task task =
        MAPPER.readValue(RecordedPayloads.read("deepomatic", "task-success.json"), Task.class);

    assertNull(task.error());
    assertTrue(task.has("error"), "error was sent as null");
    assertTrue(task.has("subtasks"), "subtasks was sent as null");

    Task withoutError = MAPPER.readValue("{\"id\":\"1\",\"status\":\"pending\"}", Task.class);
    assertFalse(withoutError.has("error"));
    assertEquals("{\"id\":\"1\",\"status\":\"pending\"}", MAPPER.writeValueAsString(withoutError));
  }

  @Test
  void pageCarriesTypedTasksAndConvertibleData() throws Exception {
    TaskPage page =
        MAPPER.readValue(RecordedPayloads.read("deepomatic", "task-list.json"), TaskPage.class);

    assertEquals(2, page.count());
    assertNull(page.next());
    Task second = page.results().get(1);
    assertEquals(TaskState.SUCCESS, second.status());
    assertEquals(OffsetDateTime.parse("2018-03-10T20:39:47.553246Z"), second.dateUpdated());

    RecognitionData data = MAPPER.convertValue(second.data(), RecognitionData.class);
    assertEquals("golden retriever", data.outputs().get(0).labels().predicted().get(0).labelName());
    assertEquals(
        new BigDecimal("0.952849746"), data.outputs().get(0).labels().predicted().get(0).score());
  }

  @Test
  void unknownStatusAndFieldSurviveARoundTrip() throws Exception {
    ObjectNode json =
        (ObjectNode) MAPPER.readTree(RecordedPayloads.read("deepomatic", "task-success.json"));
    json.put("status", "retrying");
    json.put("worker", "w-7");

    Task task = MAPPER.treeToValue(json, Task.class);

    assertFalse(task.status().isKnown());
    assertEquals("w-7", task.additionalProperty("worker").asText());
    assertEquals(json, MAPPER.readTree(MAPPER.writeValueAsString(task)));
  }

  @Test
  void missingRequiredFieldsAreNamedTogether() {
    Exception e =
        assertThrows(Exception.class, () -> MAPPER.readValue("{\"count\":1}", TaskPage.class));
    assertTrue(
        e.getMessage().contains("TaskPage is missing required field(s): results"), e.getMessage());

    IllegalStateException fromBuilder =
        assertThrows(IllegalStateException.class, () -> Task.builder().build());
    assertEquals("Task is missing required field(s): id, status", fromBuilder.getMessage());
  }
}
