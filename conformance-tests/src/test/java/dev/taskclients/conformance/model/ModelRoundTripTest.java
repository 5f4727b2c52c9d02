package dev.taskclients.conformance.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.taskclients.runtime.Json;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every recorded payload parses into its generated model and writes back to the same JSON tree:
 * nothing lost, added or changed, explicit nulls kept, timestamps textually identical.
 */
class ModelRoundTripTest {
  private static final ObjectMapper MAPPER = Json.newObjectMapper();

  static Stream<Arguments> payloads() {
    return Stream.of(
        Arguments.of(
            "optexity",
            "request-sample.json",
            dev.taskclients.optexity.model.TaskStatusRequest.class),
        Arguments.of(
            "optexity",
            "request-example.json",
            dev.taskclients.optexity.model.TaskStatusRequest.class),
        Arguments.of(
            "optexity", "task-status-sample.json", dev.taskclients.optexity.model.TaskStatus.class),
        Arguments.of(
            "optexity", "task-completed.json", dev.taskclients.optexity.model.TaskStatus.class),
        Arguments.of(
            "optexity", "task-running.json", dev.taskclients.optexity.model.TaskStatus.class),
        Arguments.of(
            "optexity", "task-failed.json", dev.taskclients.optexity.model.TaskStatus.class),
        Arguments.of(
            "optexity", "error-400.json", dev.taskclients.optexity.model.ErrorResponse.class),
        Arguments.of(
            "optexity", "error-401.json", dev.taskclients.optexity.model.ErrorResponse.class),
        Arguments.of(
            "optexity", "error-404.json", dev.taskclients.optexity.model.ErrorResponse.class),
        Arguments.of(
            "optexity", "error-500.json", dev.taskclients.optexity.model.ErrorResponse.class),
        Arguments.of(
            "deepomatic", "task-success.json", dev.taskclients.deepomatic.model.Task.class),
        Arguments.of(
            "deepomatic", "task-list.json", dev.taskclients.deepomatic.model.TaskPage.class),
        Arguments.of("beatra", "task-sample.json", dev.taskclients.beatra.model.Task.class));
  }

  @ParameterizedTest(name = "{0}/{1} as {2}")
  @MethodSource("payloads")
  void recordedPayloadRoundTripsToTheSameTree(String api, String file, Class<?> model)
      throws Exception {
    String payload = RecordedPayloads.read(api, file);

    Object parsed = MAPPER.readValue(payload, model);
    String written = MAPPER.writeValueAsString(parsed);

    JsonNode expected = MAPPER.readTree(payload);
    assertEquals(
        expected, MAPPER.readTree(written), () -> api + "/" + file + " changed: " + written);
    // Parsing what we wrote gives an equal model: equals() sees every field.
    assertEquals(parsed, MAPPER.readValue(written, model));
  }
}
