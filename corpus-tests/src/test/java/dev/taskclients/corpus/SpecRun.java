package dev.taskclients.corpus;

import dev.taskclients.codegen.ClientGeneration;
import dev.taskclients.codegen.GenerationReport;
import dev.taskclients.codegen.InvalidSpecException;
import dev.taskclients.codegen.UnsupportedSpecException;
import dev.taskclients.contract.CheckResult;
import dev.taskclients.contract.ContractReport;
import dev.taskclients.contract.ContractTests;
import dev.taskclients.contract.OperationCase;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * The gate's work on one spec, step by step: generate the client, compile it, then hand it to the
 * contract tests ({@link ContractTests}, the library users run on their own specs), which call each
 * operation once per documented response against WireMock and check both sides, and read every
 * polymorphic variant. Each step reports its problems (empty when it passed); a step whose
 * predecessor failed reports that instead of running.
 */
final class SpecRun implements AutoCloseable {
  private final CorpusSpec spec;
  private final Path workDir;
  private final ContractReport report;
  private ClientGeneration.Result generated;
  private InProcessCompiler.Result compiled;
  private URLClassLoader classes;
  private ContractTests contract;
  private final boolean examplesAsWritten;

  /**
   * Prepares the run of one spec.
   *
   * @param spec the spec
   * @param outputDir the gate's output folder; the spec's client goes to {@code <outputDir>/<spec
   *     folder>}
   */
  SpecRun(CorpusSpec spec, Path outputDir) {
    this(spec, outputDir, false, null);
  }

  /**
   * Prepares the run of one spec, choosing what to do with examples that do not fit their schemas.
   *
   * @param spec the spec
   * @param outputDir the gate's output folder; the spec's client goes to {@code <outputDir>/<spec
   *     folder>}
   * @param examplesAsWritten serve and send such examples anyway (a self-test of the checks),
   *     instead of passing them over for synthesized values as the gate does
   * @param report where the contract checks are recorded, or null for a report of the run's own
   */
  SpecRun(CorpusSpec spec, Path outputDir, boolean examplesAsWritten, ContractReport report) {
    this.spec = spec;
    this.workDir = outputDir.resolve(spec.folder());
    this.examplesAsWritten = examplesAsWritten;
    this.report = report;
  }

  /**
   * @return the spec
   */
  CorpusSpec spec() {
    return spec;
  }

  /**
   * Generates the client into the spec's folder.
   *
   * @return the problems (the generator's refusal or failure), and how many files and operations it
   *     made
   */
  CheckResult generate() {
    Workspace.recreate(workDir);
    try {
      // Lenient: the gate checks clients, and every exchange is still validated against the spec; a
      // vendor's spec often carries validation problems that do not affect generation (each is in
      // the report).
      generated =
          ClientGeneration.generate(
              spec.file(),
              workDir,
              spec.basePackage(),
              spec.clientName(),
              spec.label(),
              null,
              ClientGeneration.Options.lenient());
      GenerationReport report = generated.report();
      String detail =
          generated.files().size()
              + " file(s), "
              + generated.operations().size()
              + " operation(s), "
              + report.degradations().size()
              + " degradation(s), "
              + report.validationWarnings().size()
              + " validation problem(s) let through";
      return new CheckResult(
          generated.files().isEmpty() ? List.of("the generator wrote no file") : List.of(), detail);
    } catch (UnsupportedSpecException | InvalidSpecException e) {
      return CheckResult.of(List.of("the generator refused the spec: " + e.getMessage()));
    } catch (RuntimeException | LinkageError e) {
      return CheckResult.failed("the generator failed", e);
    }
  }

  /**
   * @return what generation gave, or null before it ran or when it failed
   */
  ClientGeneration.Result result() {
    return generated;
  }

  /**
   * @return whether {@link #generate()} succeeded
   */
  boolean generated() {
    return generated != null && !generated.files().isEmpty();
  }

  /**
   * Compiles what was generated.
   *
   * @return the problems: the compiler's diagnostics
   */
  CheckResult compile() {
    if (!generated()) {
      return CheckResult.of(List.of("not compiled: generation failed"));
    }
    compiled = InProcessCompiler.compile(generated.sourceRoot(), workDir.resolve("classes"));
    if (compiled.success()) {
      try {
        classes =
            new URLClassLoader(
                new URL[] {workDir.resolve("classes").toUri().toURL()},
                SpecRun.class.getClassLoader());
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException(e);
      }
    }
    return new CheckResult(
        compiled.success()
            ? List.of()
            : List.of("the client does not compile: " + compiled.summary()),
        compiled.sourceFiles() + " source file(s)");
  }

  /**
   * Checks that the generated code reads as if written by hand: no long line, no wildcard or unused
   * import, no stray blank line ({@link StyleCheck}).
   *
   * @return the offences, each naming its file and line
   */
  CheckResult style() {
    if (!generated()) {
      return CheckResult.of(List.of("not checked: generation failed"));
    }
    return StyleCheck.run(generated.sourceRoot());
  }

  /**
   * Checks that a person can find their way in the client: no file over the line limit, and a root
   * client whose public methods are its own, one accessor per sub-client and the operations no
   * sub-client holds ({@link LayoutCheck}).
   *
   * @return the problems, and the largest file and the root client's public methods
   */
  CheckResult layout() {
    return layout(LayoutCheck.maxLines());
  }

  /**
   * Checks the layout with a line limit of the caller's.
   *
   * @param maxLines the longest a generated file may be
   * @return the problems, and the largest file and the root client's public methods
   */
  CheckResult layout(int maxLines) {
    return layout(generated, maxLines);
  }

  /**
   * Checks the layout of the compiled client as a generation result describes it (a self-test may
   * change it).
   *
   * @param described what generation gave, or a changed copy
   * @param maxLines the longest a generated file may be
   * @return the problems, and the largest file and the root client's public methods
   */
  CheckResult layout(ClientGeneration.Result described, int maxLines) {
    if (!compiled()) {
      return CheckResult.of(List.of("not checked: the client did not compile"));
    }
    try {
      return LayoutCheck.run(described, classes, maxLines);
    } catch (ClassNotFoundException | RuntimeException | LinkageError e) {
      return CheckResult.failed("the layout could not be checked", e);
    }
  }

  /**
   * Reads a value of each variant of each polymorphic type through its interface and writes it
   * back.
   *
   * @return the problems, and how many types and values were checked
   */
  CheckResult variants() {
    if (!compiled()) {
      return CheckResult.of(List.of("not checked: the client did not compile"));
    }
    return contract().variants();
  }

  /** The contract tests of the compiled client, made once. */
  private ContractTests contract() {
    if (contract == null) {
      ContractTests.Builder builder =
          ContractTests.forSpec(spec.file())
              .generated(generated, classes, workDir)
              .label(spec.label())
              .examplesAsWritten(examplesAsWritten);
      contract = (report == null ? builder : builder.report(report)).build();
    }
    return contract;
  }

  /**
   * @return whether {@link #compile()} succeeded
   */
  boolean compiled() {
    return compiled != null && compiled.success();
  }

  /**
   * @return how many operations were generated, or -1 when generation failed
   */
  int operationCount() {
    return generated == null ? -1 : generated.operations().size();
  }

  /**
   * The checks of the exchange step: each exercised documented response of each operation.
   *
   * @return the cases, in the generator's operation order; empty unless the client compiled
   */
  List<OperationCase> cases() {
    return compiled() ? contract().cases() : List.of();
  }

  /**
   * Serves one documented response, calls the operation, and checks the exchange.
   *
   * @param c the case
   * @return the problems, and what was served
   */
  CheckResult exchange(OperationCase c) {
    return contract().exchange(c);
  }

  @Override
  public void close() {
    if (contract != null) {
      contract.close();
      contract = null;
    }
    if (classes != null) {
      try {
        classes.close();
      } catch (IOException e) {
        // Nothing to do: the classes are not needed any more.
      }
      classes = null;
    }
  }
}
