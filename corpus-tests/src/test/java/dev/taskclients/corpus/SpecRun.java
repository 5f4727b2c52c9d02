package dev.taskclients.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.taskclients.codegen.ClientGeneration;
import dev.taskclients.codegen.GenerationReport;
import dev.taskclients.codegen.InvalidSpecException;
import dev.taskclients.codegen.UnsupportedSpecException;
import dev.taskclients.runtime.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openapitools.codegen.CodegenOperation;

/**
 * The gate's work on one spec, step by step: generate the client, compile it, then call each
 * operation once per documented response against WireMock and check both sides. Each step reports its
 * problems (empty when it passed); a step whose predecessor failed reports that instead of running.
 */
final class SpecRun implements AutoCloseable {
  private final CorpusSpec spec;
  private final Path workDir;
  private final ObjectMapper mapper = Json.newObjectMapper();
  private ClientGeneration.Result generated;
  private InProcessCompiler.Result compiled;
  private Exchanges exchanges;
  private final boolean examplesAsWritten;

  /**
   * Prepares the run of one spec.
   *
   * @param spec the spec
   * @param outputDir the gate's output folder; the spec's client goes to {@code <outputDir>/<spec folder>}
   */
  SpecRun(CorpusSpec spec, Path outputDir) {
    this(spec, outputDir, false);
  }

  /**
   * Prepares the run of one spec, choosing what to do with examples that do not fit their schemas.
   *
   * @param spec the spec
   * @param outputDir the gate's output folder; the spec's client goes to {@code <outputDir>/<spec folder>}
   * @param examplesAsWritten serve and send such examples anyway (a self-test of the checks), instead of
   *     passing them over for synthesized values as the gate does
   */
  SpecRun(CorpusSpec spec, Path outputDir, boolean examplesAsWritten) {
    this.spec = spec;
    this.workDir = outputDir.resolve(spec.folder());
    this.examplesAsWritten = examplesAsWritten;
  }

  /** @return the spec */
  CorpusSpec spec() {
    return spec;
  }

  /**
   * Generates the client into the spec's folder.
   *
   * @return the problems (the generator's refusal or failure), and how many files and operations it made
   */
  CheckResult generate() {
    Workspace.recreate(workDir);
    try {
      // Lenient: the gate checks clients, and every exchange is still validated against the spec; a vendor's
      // spec often carries validation problems that do not affect generation (each is in the report).
      generated = ClientGeneration.generate(spec.file(), workDir, spec.basePackage(), spec.clientName(), spec.label(),
          null, ClientGeneration.Options.lenient());
      GenerationReport report = generated.report();
      String detail = generated.files().size() + " file(s), " + generated.operations().size() + " operation(s), "
          + report.degradations().size() + " degradation(s), " + report.validationWarnings().size()
          + " validation problem(s) let through";
      return new CheckResult(generated.files().isEmpty() ? List.of("the generator wrote no file") : List.of(), detail);
    } catch (UnsupportedSpecException | InvalidSpecException e) {
      return CheckResult.of(List.of("the generator refused the spec: " + e.getMessage()));
    } catch (RuntimeException | LinkageError e) {
      return CheckResult.of(List.of("the generator failed: " + OutcomeChecks.describe(e)));
    }
  }

  /** @return whether {@link #generate()} succeeded */
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
    return new CheckResult(compiled.success() ? List.of() : List.of("the client does not compile: " + compiled.summary()),
        compiled.sourceFiles() + " source file(s)");
  }

  /**
   * Reads a value of each variant of each polymorphic type through its interface and writes it back.
   *
   * @return the problems, and how many types and values were checked
   */
  CheckResult variants() {
    if (!compiled()) {
      return CheckResult.of(List.of("not checked: the client did not compile"));
    }
    return VariantChecks.run(spec.file(), generated, workDir.resolve("classes"), mapper);
  }

  /** @return whether {@link #compile()} succeeded */
  boolean compiled() {
    return compiled != null && compiled.success();
  }

  /** @return how many operations were generated, or -1 when generation failed */
  int operationCount() {
    return generated == null ? -1 : generated.operations().size();
  }

  /**
   * The checks of the exchange step: each exercised documented response of each operation.
   *
   * @return the cases, in the generator's operation order; empty unless the client compiled
   */
  List<OperationCase> cases() {
    List<OperationCase> cases = new ArrayList<>();
    if (!compiled()) {
      return cases;
    }
    for (CodegenOperation op : generated.operations()) {
      OperationView operation = new OperationView(op);
      for (DocumentedResponse response : operation.responses()) {
        if (ResponsePlanner.exercised(response.status())) {
          cases.add(new OperationCase(operation, response));
        }
      }
    }
    return cases;
  }

  /**
   * Serves one documented response, calls the operation, and checks the exchange.
   *
   * @param c the case
   * @return the problems, and what was served
   */
  CheckResult exchange(OperationCase c) {
    try {
      if (exchanges == null) {
        exchanges = new Exchanges(spec.file(), workDir, workDir.resolve("classes"), generated, mapper, examplesAsWritten);
      }
      return exchanges.run(c);
    } catch (Exception | LinkageError e) {
      return CheckResult.of(List.of("the gate could not run the exchange: " + OutcomeChecks.describe(e)));
    }
  }

  @Override
  public void close() {
    if (exchanges != null) {
      exchanges.close();
      exchanges = null;
    }
  }
}
