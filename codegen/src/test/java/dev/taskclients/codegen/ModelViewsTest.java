package dev.taskclients.codegen;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code x-taskclients-task} and {@code x-taskclients-retryable} become methods reading typed
 * getters, and a path the model cannot give is refused when generating, naming the schema and the
 * path.
 */
class ModelViewsTest {
  private static final String JOB =
      "openapi: 3.0.3\ninfo: {title: Jobs, version: '1'}\n"
          + "paths:\n  /jobs/{id}:\n    get:\n      operationId: getJob\n      parameters:\n"
          + "        - {name: id, in: path, required: true, schema: {type: string}}\n"
          + "      responses:\n"
          + "        '200': {description: The job., content: {application/json: {schema: {$ref: '#/components/schemas/Job'}}}}\n"
          + "        '503': {description: Busy., content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}}\n"
          + "components:\n  schemas:\n"
          + "    Job:\n      type: object\n      x-taskclients-task:\n        idField: job_id\n        statusField: phase\n"
          + "        progressField: report.done\n        errorField: report.failure.text\n        etaField: ETA\n"
          + "        states: [{value: waiting, state: PENDING}, {value: done, state: SUCCEEDED}]\n"
          + "      properties:\n        job_id: {type: integer, format: int64}\n"
          + "        phase: {type: string, enum: [waiting, done]}\n"
          + "        state: {type: string, description: A property named like TaskView's state().}\n"
          + "        report: {$ref: '#/components/schemas/Report'}\n"
          + "        ETA: {type: string, format: date-time}\n"
          + "    Report:\n      type: object\n      properties:\n        done: {type: number, format: double}\n"
          + "        failure: {type: object, properties: {text: {type: string}}}\n"
          + "    Problem:\n      type: object\n      x-taskclients-retryable: detail.again\n      properties:\n"
          + "        detail: {type: object, properties: {again: {type: boolean}}}\n";

  @TempDir Path dir;

  private Path generate(String yaml) throws Exception {
    Path spec = Files.writeString(dir.resolve("spec.yaml"), yaml);
    return ClientGeneration.generate(spec, dir.resolve("out"), "gen.jobs", "Jobs", "jobs.yaml")
        .sourceRoot()
        .resolve("gen/jobs/model");
  }

  @Test
  void aTaskModelReadsEachViewFieldThroughItsGetters() throws Exception {
    String job = Files.readString(generate(JOB).resolve("Job.java"));

    assertTrue(job.contains("implements dev.taskclients.runtime.TaskView"), job);
    assertTrue(
        job.contains(
            "public @Nullable String id() {\n    return this.jobId == null ? null : String.valueOf(this.jobId);"),
        "an int64 id as text");
    assertTrue(
        job.contains(
            "Report report = this.report;\n    if (report == null) {\n      return null;\n    }\n"
                + "    return report.done() == null ? null : report.done().intValue();"),
        "a double percent, null-safe");
    assertTrue(
        job.contains("ReportFailure failure = report.failure();"), "a nested object, step by step");
    assertTrue(
        job.contains(
            "public @Nullable OffsetDateTime estimatedCompletion() {\n    return this.ETA;"),
        job);
    assertTrue(
        job.contains("public @Nullable String stateValue()"),
        "state() is TaskView's: the property is renamed");
    assertTrue(job.contains("Map.entry(\"waiting\", State.PENDING)"), job);
  }

  @Test
  void anErrorModelWithRetryAdviceReadsItsBoolean() throws Exception {
    String problem = Files.readString(generate(JOB).resolve("Problem.java"));

    assertTrue(problem.contains("implements dev.taskclients.runtime.RetryAdvice"), problem);
    assertTrue(problem.contains("public @Nullable Boolean retryAdvised() {"), problem);
    assertTrue(problem.contains("return detail.again();"), problem);
  }

  @Test
  void aPathToNoPropertyIsRefusedNamingSchemaAndPath() {
    UnsupportedSpecException e =
        assertThrows(
            UnsupportedSpecException.class,
            () ->
                generate(
                    JOB.replace(
                        "errorField: report.failure.text", "errorField: report.failure.message")));

    assertTrue(
        e.getMessage().contains("components.schemas.Job.x-taskclients-task"), e.getMessage());
    assertTrue(e.getMessage().contains("errorField 'report.failure.message'"), e.getMessage());
    assertTrue(e.getMessage().contains("has no property 'message'"), e.getMessage());
  }

  @Test
  void aFieldOfTheWrongTypeIsRefused() {
    UnsupportedSpecException eta =
        assertThrows(
            UnsupportedSpecException.class,
            () ->
                generate(
                    JOB.replace("ETA: {type: string, format: date-time}", "ETA: {type: string}")));
    assertTrue(
        eta.getMessage()
            .contains("etaField 'ETA' is a String; it must be a string of format date-time"),
        eta.getMessage());

    UnsupportedSpecException advice =
        assertThrows(
            UnsupportedSpecException.class,
            () -> generate(JOB.replace("again: {type: boolean}", "again: {type: string}")));
    assertTrue(
        advice.getMessage().contains("components.schemas.Problem.x-taskclients-retryable"),
        advice.getMessage());
    assertTrue(
        advice.getMessage().contains("'detail.again' is a String; it must be a boolean"),
        advice.getMessage());
  }

  @Test
  void aTaskWithoutItsIdOrStatusIsRefused() {
    UnsupportedSpecException e =
        assertThrows(
            UnsupportedSpecException.class,
            () -> generate(JOB.replace("        statusField: phase\n", "")));

    assertTrue(e.getMessage().contains("statusField is missing"), e.getMessage());
  }
}
