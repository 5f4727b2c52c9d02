package dev.taskclients.conformance.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each check of {@link SpecChecker} fails on a spec or payload broken in the way it guards against.
 */
class SpecCheckerCatchesBrokenSpecsTest {

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(
        SpecCheckerCatchesBrokenSpecsTest.class
            .getResource("/broken/" + name + "/demo.yaml")
            .toURI());
  }

  private static List<String> matching(List<String> problems, String text) {
    return problems.stream().filter(p -> p.contains(text)).collect(Collectors.toList());
  }

  @Test
  void unresolvedReferenceIsAParseProblem() throws Exception {
    List<String> problems = SpecChecker.parseProblems(fixture("unresolved-ref"));

    assertFalse(matching(problems, "#/components/schemas/Thing").isEmpty(), problems.toString());
  }

  @Test
  void missingOrMalformedOperationIdAndSummaryAreReported() throws Exception {
    List<String> problems = SpecChecker.operationProblems(fixture("no-operation-id"));

    assertEquals(
        List.of(
            "GET /things: operationId must be a lowerCamelCase Java method name, was null",
            "GET /things: summary is missing",
            "POST /things: operationId must be a lowerCamelCase Java method name, was Create_Thing",
            "POST /things: summary is missing"),
        problems);
  }

  @Test
  void invalidPayloadsFailAndTheValidOnePasses() throws Exception {
    List<String> problems = SpecChecker.exampleProblems(fixture("bad-payloads"));

    assertTrue(matching(problems, "'valid'").isEmpty(), "the valid payload passes: " + problems);
    assertFalse(
        matching(problems, "wrong-type.json").isEmpty(),
        "a string where an integer belongs: " + problems);
    assertFalse(matching(problems, "bad-date.json").isEmpty(), "an invalid date-time: " + problems);
    assertFalse(
        matching(problems, "missing-required.json").isEmpty(),
        "a missing required field: " + problems);
    assertFalse(
        matching(problems, "unexpected-null.json").isEmpty(),
        "null in a non-nullable field: " + problems);
    assertEquals(
        1,
        matching(problems, "missing file examples/demo/not-there.json").size(),
        problems.toString());
  }

  @Test
  void payloadNoSpecReferencesIsNamed() throws Exception {
    assertEquals(
        List.of("examples/demo/orphan.json is referenced by no example of demo.yaml"),
        SpecChecker.orphanPayloads(fixture("bad-payloads")));
  }
}
