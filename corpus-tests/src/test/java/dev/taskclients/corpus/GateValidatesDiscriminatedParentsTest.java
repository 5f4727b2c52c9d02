package dev.taskclients.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.taskclients.contract.OperationCase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Discriminated parents used again and again, one nested in another, are validated without the
 * validator following them in circles: the gate's renderings leave the discriminator keyword out
 * (its check is off, see the contract library's MockServer), and every exchange and variant of the
 * fixture passes.
 */
class GateValidatesDiscriminatedParentsTest {
  private static final Path OUTPUT = Workspace.outputDir().resolveSibling("corpus-self-test");

  @Test
  void everyExchangeAndVariantPassesAndTheRenderingHasNoDiscriminator() throws Exception {
    Path file =
        Path.of(
            GateValidatesDiscriminatedParentsTest.class
                .getResource("/self-test/discriminated-parents.yaml")
                .toURI());
    CorpusSpec spec =
        new CorpusSpec(
            file,
            "self-test/discriminated-parents.yaml",
            "discriminated_parents",
            "corpus.selftest.discriminated_parents",
            "DiscriminatedParents");
    try (SpecRun run = new SpecRun(spec, OUTPUT)) {
      assertEquals(List.of(), run.generate().problems());
      assertEquals(List.of(), run.compile().problems());
      assertEquals(List.of(), run.variants().problems());
      List<OperationCase> cases = run.cases();
      assertEquals(2, cases.size());
      for (OperationCase c : cases) {
        assertEquals(List.of(), run.exchange(c).problems(), c.operation());
      }
    }
    String rendering =
        Files.readString(
            OUTPUT.resolve("discriminated_parents").resolve("validated-as-openapi-3.0.yaml"));
    assertFalse(
        rendering.matches("(?s).*\\n\\s*discriminator:.*"), "the validator reads no discriminator");
  }
}
