package dev.taskclients.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which files discovery takes for specs, and that the gate refuses a configured root it cannot
 * test.
 */
class CorpusDiscoveryTest {
  @TempDir Path dir;

  /**
   * A folder of files, each written by its name: a spec, a payload, a Swagger 2.0 or a future
   * OpenAPI document.
   */
  private Path root(String name, String... files) throws IOException {
    Path root = Files.createDirectories(dir.resolve(name));
    for (String file : files) {
      String text =
          file.startsWith("swagger")
              ? "swagger: '2.0'\n"
              : file.startsWith("payload")
                  ? "{\"id\": 1}\n"
                  : "openapi: "
                      + (file.startsWith("future") ? "4.0.0" : "3.0.3")
                      + "\ninfo: {title: t, version: '1'}\n";
      Files.writeString(root.resolve(file), text);
    }
    return root;
  }

  @Test
  void takesOpenApi30And31DocumentsAndNotesOtherOpenApiVersions() throws IOException {
    Path root = root("corpus", "pets.yaml", "payload.json", "swagger.yaml", "future.yaml");
    CorpusDiscovery.Found found = CorpusDiscovery.discoverEvery(List.of(root));
    assertEquals(List.of("pets.yaml"), found.specs().stream().map(CorpusSpec::label).toList());
    assertEquals(
        List.of("future.yaml: openapi 4.0.0 is neither 3.0.x nor 3.1.x: skipped"), found.notes());
  }

  @Test
  void aMissingRootFailsTheGateNamingItAndTheFix() throws IOException {
    Path present = root("present", "pets.yaml");
    Path missing = dir.resolve("shared").resolve("corpus");
    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class,
            () -> CorpusDiscovery.discoverEvery(List.of(present, missing)));
    String message = refused.getMessage();
    assertTrue(message.startsWith("corpus root " + missing + " does not exist"), message);
    assertTrue(
        message.contains("clone this repository next to shared/")
            && message.contains("-Dcorpus.dir="),
        message);
    assertTrue(!message.contains(present.toString()), "names only the missing root: " + message);
  }

  @Test
  void aRootWithoutAnySpecFailsTheGate() throws IOException {
    Path specs = root("specs", "pets.yaml");
    Path payloads = root("payloads", "payload.json", "swagger.yaml");
    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class,
            () -> CorpusDiscovery.discoverEvery(List.of(specs, payloads)));
    assertTrue(
        refused
            .getMessage()
            .startsWith("corpus root " + payloads + " holds no OpenAPI 3.0 or 3.1 spec"),
        refused.getMessage());
  }

  @Test
  void plainDiscoveryNotesAMissingRootForToolsThatCompareWhatIsThere() throws IOException {
    Path present = root("present", "pets.yaml");
    Path missing = dir.resolve("missing");
    CorpusDiscovery.Found found = CorpusDiscovery.discover(List.of(present, missing));
    assertEquals(1, found.specs().size());
    assertEquals(List.of("corpus root " + missing + " does not exist: skipped"), found.notes());
  }
}
