package dev.taskclients.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taskclients.codegen.ClientGeneration;
import dev.taskclients.codegen.view.OperationView;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The gate's layout check passes a client a person can find their way in, and fails one with a file
 * over the line limit or a root client with a public method that is neither its own, an accessor
 * nor an operation of its own.
 */
class GateChecksLayoutTest {
  private static final Path OUTPUT = Workspace.outputDir().resolveSibling("corpus-self-test");

  private static CorpusSpec multiTag() {
    Path spec =
        Path.of(
            System.getProperty(CorpusDiscovery.PROJECT_DIR, ".."),
            "specs",
            "corpus",
            "multi-tag.yaml");
    return new CorpusSpec(
        spec, "multi-tag.yaml", "layout-multi-tag", "corpus.selftest.layout", "MultiTag");
  }

  @Test
  void aGroupedClientPassesAndAFileOverTheLimitFails() throws Exception {
    try (SpecRun run = new SpecRun(multiTag(), OUTPUT)) {
      assertEquals(List.of(), run.generate().problems());
      assertEquals(List.of(), run.compile().problems());

      var passed = run.layout(LayoutCheck.DEFAULT_MAX_LINES);
      assertEquals(List.of(), passed.problems());
      assertTrue(
          passed.detail().contains("MultiTagClient: 25 public method(s), 15 sub-client(s)"),
          passed.detail());

      List<String> problems = run.layout(500).problems();
      assertEquals(1, problems.size(), problems.toString());
      assertTrue(
          problems.get(0).matches("PrintJobsClient\\.java has \\d+ lines, more than 500"),
          problems.get(0));
    }
  }

  @Test
  void aRootClientMethodTheLayoutDoesNotExplainFails() throws Exception {
    try (SpecRun run = new SpecRun(multiTag(), OUTPUT)) {
      assertEquals(List.of(), run.generate().problems());
      assertEquals(List.of(), run.compile().problems());
      // As if the billing operations were not the billing sub-client's: its accessor is then
      // unexplained.
      ClientGeneration.Result generated = run.result();
      List<OperationView> operations =
          generated.operations().stream()
              .map(
                  op ->
                      !"billing".equals(op.groupAccessor())
                          ? op
                          : new OperationView(
                              op.operationId(),
                              op.methodName(),
                              op.summary(),
                              op.description(),
                              op.deprecated(),
                              op.ownerClass(),
                              null,
                              op.required(),
                              op.paramsClass(),
                              op.optional(),
                              op.request(),
                              op.returnType(),
                              op.streamable(),
                              op.degradations(),
                              op.pages(),
                              op.waiter()))
              .toList();
      ClientGeneration.Result changed =
          new ClientGeneration.Result(
              generated.sourceRoot(),
              generated.apiPackage(),
              generated.clientClass(),
              generated.files(),
              operations,
              generated.client(),
              generated.polymorphicTypes(),
              generated.processedSpec(),
              generated.report());

      List<String> problems = run.layout(changed, LayoutCheck.DEFAULT_MAX_LINES).problems();
      assertTrue(
          problems.stream()
              .anyMatch(
                  p ->
                      p.startsWith(
                          "MultiTagClient has a public method that is neither an "
                              + "operation, an accessor nor its own: public corpus.selftest.layout.BillingClient")),
          problems.toString());
    }
  }
}
