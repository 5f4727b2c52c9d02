package dev.taskclients.conformance.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.taskclients.conformance.model.RecordedPayloads;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The real specs pass every check of {@link SpecChecker}; a failure lists every problem found. */
class SpecChecksTest {
  private static final List<Path> SPECS = SpecChecker.specs(RecordedPayloads.specsDir());

  @Test
  void theThreeSpecsAreChecked() {
    assertEquals(
        List.of("beatra.yaml", "deepomatic.yaml", "optexity.yaml"),
        SPECS.stream().map(p -> p.getFileName().toString()).toList());
  }

  @TestFactory
  Stream<DynamicTest> specParsesFullyResolvedWithoutMessages() {
    return perSpec("parses with no messages", SpecChecker::parseProblems);
  }

  @TestFactory
  Stream<DynamicTest> everyOperationHasOperationIdAndSummary() {
    return perSpec("operationIds and summaries", SpecChecker::operationProblems);
  }

  @TestFactory
  Stream<DynamicTest> everyExampleValidatesAgainstItsSchema() {
    return perSpec("examples validate", SpecChecker::exampleProblems);
  }

  @TestFactory
  Stream<DynamicTest> everyRecordedPayloadIsReferenced() {
    return perSpec("no orphan payload", SpecChecker::orphanPayloads);
  }

  @TestFactory
  Stream<DynamicTest> everySpecHasRecordedExamples() {
    return SPECS.stream()
        .map(
            spec ->
                DynamicTest.dynamicTest(
                    spec.getFileName() + ": has examples",
                    () -> assertFalse(SpecChecker.examples(spec).isEmpty())));
  }

  private static Stream<DynamicTest> perSpec(String check, Function<Path, List<String>> problems) {
    return SPECS.stream()
        .map(
            spec ->
                DynamicTest.dynamicTest(
                    spec.getFileName() + ": " + check,
                    () ->
                        assertEquals(
                            List.of(),
                            problems.apply(spec),
                            spec.getFileName() + " fails '" + check + "'")));
  }
}
