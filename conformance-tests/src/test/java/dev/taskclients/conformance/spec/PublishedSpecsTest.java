package dev.taskclients.conformance.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taskclients.conformance.model.RecordedPayloads;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each client's published spec artifact (the {@code yaml}/{@code openapi} artifact this module
 * depends on, as a user would get it) is the source spec with every example inline; a missing or
 * stale one fails.
 */
class PublishedSpecsTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"optexity", "deepomatic", "beatra"})
  void thePublishedSpecIsTheSourceWithEveryExampleInline(String api) {
    Path artifact = PublishedSpecCheck.resolvedArtifact(api);
    assertNotNull(
        artifact,
        "the build did not pass the path of "
            + api
            + "-client's openapi artifact"
            + " (system property taskclients.published.spec."
            + api
            + "); run this test through Maven");
    assertTrue(
        artifact.getFileName().toString().matches(api + "-client-.+-openapi\\.yaml"),
        artifact.toString());
    Path source = RecordedPayloads.specsDir().resolve(api + ".yaml");
    assertEquals(List.of(), PublishedSpecCheck.problems(artifact, source));
  }

  // ---- the check fails on a missing or stale artifact ----

  private Path beatraArtifactCopy(UnaryOperator<String> edit) throws IOException {
    Path artifact = PublishedSpecCheck.resolvedArtifact("beatra");
    assertNotNull(artifact, "run this test through Maven");
    Path copy = dir.resolve("beatra-client-stale-openapi.yaml");
    String text = Files.readString(artifact);
    String edited = edit.apply(text);
    assertTrue(!edited.equals(text), "the edit must change the artifact");
    Files.writeString(copy, edited);
    return copy;
  }

  private static List<String> problemsOf(Path artifact) {
    return PublishedSpecCheck.problems(
        artifact, RecordedPayloads.specsDir().resolve("beatra.yaml"));
  }

  @Test
  void aMissingArtifactFails() {
    List<String> problems = problemsOf(dir.resolve("beatra-client-0-openapi.yaml"));
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("missing"), problems.toString());
  }

  @Test
  void anArtifactFromAnOlderSpecFails() throws IOException {
    List<String> problems =
        problemsOf(beatraArtifactCopy(t -> t.replace("\"Task Id.\"", "\"The task id.\"")));
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(
        problems.get(0).contains("beyond the examples") && problems.get(0).contains("Task Id."),
        problems.toString());
  }

  @Test
  void anArtifactWithAnOlderPayloadFails() throws IOException {
    List<String> problems =
        problemsOf(
            beatraArtifactCopy(t -> t.replaceFirst("task_id: \"[^\"]*\"", "task_id: \"old\"")));
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(
        problems
            .get(0)
            .contains(
                "examples/schemaSample: value is not the JSON of examples/beatra/task-sample.json"),
        problems.toString());
  }

  @Test
  void anUnbundledArtifactFails() throws IOException {
    Path source = RecordedPayloads.specsDir().resolve("beatra.yaml");
    Path copy = dir.resolve("beatra-client-unbundled-openapi.yaml");
    Files.copy(source, copy);
    List<String> problems = problemsOf(copy);
    assertTrue(
        problems.stream().anyMatch(p -> p.contains("externalValue left")), problems.toString());
    assertTrue(
        problems.stream()
            .anyMatch(p -> p.contains("no inlined value for examples/beatra/task-sample.json")),
        problems.toString());
  }

  @Test
  void anArtifactThatIsNoLongerValidOpenApiFails() throws IOException {
    List<String> problems =
        problemsOf(
            beatraArtifactCopy(
                t ->
                    t.replaceFirst(
                        "\\$ref: \"#/components/schemas/Task\"",
                        "\\$ref: \"#/components/schemas/Gone\"")));
    assertTrue(
        problems.stream().anyMatch(p -> p.contains("#/components/schemas/Gone")),
        problems.toString());
  }
}
