package dev.taskclients.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taskclients.contract.CheckResult;
import dev.taskclients.contract.OperationCase;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The gate fails, and says why, when a spec cannot give a working client: it cannot silently pass
 * everything.
 */
class GateCatchesBrokenSpecsTest {
  private static final Path OUTPUT = Workspace.outputDir().resolveSibling("corpus-self-test");

  private static CorpusSpec fixture(String fileName) throws URISyntaxException {
    Path file =
        Path.of(GateCatchesBrokenSpecsTest.class.getResource("/self-test/" + fileName).toURI());
    return new CorpusSpec(
        file,
        "self-test/" + fileName,
        SpecNaming.packageSegment(fileName),
        "corpus.selftest." + SpecNaming.packageSegment(fileName),
        SpecNaming.clientName(fileName));
  }

  @Test
  void aResponseNoClientCanReadFailsItsCaseOnly() throws Exception {
    // Served as written: by default the gate passes over an example that does not fit (the next
    // test).
    try (SpecRun run = new SpecRun(fixture("response-does-not-fit.yaml"), OUTPUT, true, null)) {
      assertEquals(List.of(), run.generate().problems());
      assertEquals(List.of(), run.compile().problems());
      Map<String, List<String>> problems =
          run.cases().stream()
              .collect(Collectors.toMap(c -> c.status(), c -> run.exchange(c).problems()));

      assertEquals(List.of(), problems.get("404"), "the well-formed error response passes");
      List<String> ok = problems.get("200");
      assertFalse(ok.isEmpty(), "a 200 body that does not fit its schema must fail the case");
      assertTrue(
          ok.get(0)
              .startsWith(
                  "HTTP 200 threw instead of returning the Thing: InvalidResponseException"),
          ok.get(0));
      assertTrue(
          ok.stream().anyMatch(p -> p.startsWith("OpenAPI validator: ") && p.contains("/id")),
          "the validator names the field that does not fit: " + ok);
    }
  }

  @Test
  void anExampleThatDoesNotFitItsSchemaIsPassedOverForASynthesizedValue() throws Exception {
    try (SpecRun run = new SpecRun(fixture("response-does-not-fit.yaml"), OUTPUT)) {
      assertEquals(List.of(), run.generate().problems());
      assertEquals(List.of(), run.compile().problems());
      OperationCase ok =
          run.cases().stream().filter(c -> c.status().equals("200")).findFirst().orElseThrow();
      CheckResult result = run.exchange(ok);

      assertEquals(List.of(), result.problems());
      assertTrue(result.detail().contains("the spec's example does not fit"), result.detail());
    }
  }

  @Test
  void aSpecTheGeneratorRefusesFailsGenerationWithTheGeneratorsReason() throws Exception {
    try (SpecRun run = new SpecRun(fixture("refused.yaml"), OUTPUT)) {
      List<String> problems = run.generate().problems();

      assertEquals(1, problems.size(), problems.toString());
      assertTrue(
          problems.get(0).contains("refused") && problems.get(0).contains("missing/thing.yaml"),
          problems.get(0));
      assertEquals(List.of("not compiled: generation failed"), run.compile().problems());
      assertEquals(List.of(), run.cases(), "no operation is exercised without a compiled client");
    }
  }
}
