package dev.taskclients.corpus;

import dev.taskclients.contract.CheckResult;
import dev.taskclients.contract.ContractReport;
import dev.taskclients.contract.ContractTests;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The corpus gate: for every OpenAPI 3.0 and 3.1 spec of the corpus, one test that the generator
 * makes a client, one that it compiles warning-free, one that the client is laid out for a person
 * to find their way in (no file over {@value LayoutCheck#DEFAULT_MAX_LINES} lines, a root client of
 * accessors: {@link LayoutCheck}), one that it reads as if written by hand (no line over {@value
 * StyleCheck#MAX_COLUMNS} columns, no wildcard or unused import: {@link StyleCheck}), one that
 * every variant of every polymorphic type reads through its sealed interface and writes back
 * unchanged, and one per operation and documented response that the client calls the operation
 * correctly and reads that response correctly. Writes {@code target/corpus-report.md} and prints a
 * summary line per spec. A 3.1 spec's exchanges are validated against its 3.0 rendering. The checks
 * after compilation are the contract tests users run on their own specs ({@link ContractTests}).
 *
 * <p>Run it on any folder with {@code ./mvnw verify -pl corpus-tests -am
 * -Dcorpus.dir=/that/folder}. Every configured root must exist and hold a spec, else the whole
 * class fails ({@link CorpusDiscovery#discoverEvery}).
 */
class CorpusGateTest {
  private static CorpusDiscovery.Found found;
  private static ContractReport report;
  private static final List<SpecRun> RUNS = new ArrayList<>();

  @BeforeAll
  static void discover() {
    found = CorpusDiscovery.discoverEvery(CorpusDiscovery.configuredRoots());
    List<String> preamble =
        new ArrayList<>(
            List.of(
                "Every spec is generated, compiled (`--release 17 -Xlint:all "
                    + "-Xdoclint:all,-missing -Werror`) and each documented response of each operation is served by WireMock and "
                    + "read through the generated client, by the contract tests users run on their own specs (`taskclients-contract`).",
                "Corpus roots:\n"
                    + found.roots().stream()
                        .map(r -> "- `" + r + "`")
                        .collect(Collectors.joining("\n"))));
    if (!found.notes().isEmpty()) {
      preamble.add(
          "Notes:\n" + found.notes().stream().map(n -> "- " + n).collect(Collectors.joining("\n")));
    }
    report = new ContractReport("Corpus gate report", preamble);
  }

  @AfterAll
  static void writeReport() {
    if (report == null) {
      return; // discovery refused the roots: that failure is the report
    }
    RUNS.forEach(SpecRun::close);
    report.write(Workspace.reportFile());
    System.out.println("Corpus gate (" + Workspace.reportFile() + "):");
    found.notes().forEach(n -> System.out.println("  note: " + n));
    report.summaryLines().forEach(line -> System.out.println("  " + line));
  }

  @TestFactory
  Stream<DynamicNode> corpus() {
    return found.specs().stream().map(CorpusGateTest::specTests);
  }

  /**
   * A spec's tests. JUnit pulls them from the stream one at a time, running each before asking for
   * the next, so the per-operation tests are listed only after generation and compilation have run.
   */
  private static DynamicContainer specTests(CorpusSpec spec) {
    SpecRun run = new SpecRun(spec, Workspace.outputDir(), false, report);
    RUNS.add(run);
    report.spec(spec.label());
    Stream<DynamicNode> steps =
        Stream.of(
            check(spec, "-", "generate", run::generate),
            check(
                spec,
                "-",
                "compile",
                () -> {
                  report.operations(spec.label(), run.operationCount());
                  return run.compile();
                }),
            check(spec, "-", "layout", run::layout),
            check(spec, "-", "style", run::style),
            check(spec, "-", "variants", run::variants));
    Stream<DynamicNode> exchanges =
        Stream.of(run)
            .flatMap(
                r ->
                    r.cases().stream()
                        .map(c -> check(spec, c.operation(), c.status(), () -> r.exchange(c))));
    return DynamicContainer.dynamicContainer(
        spec.label(), Stream.concat(steps, exchanges).onClose(run::close));
  }

  private static DynamicTest check(
      CorpusSpec spec, String operation, String check, Supplier<CheckResult> checker) {
    return ContractTests.check(report, spec.label(), operation, check, checker);
  }
}
