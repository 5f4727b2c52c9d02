package dev.taskclients.corpus.comparison;

import dev.taskclients.corpus.CorpusDiscovery;
import dev.taskclients.corpus.CorpusSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The driver of {@code scripts/compare-corpus-with-stock.sh}: lists the corpus, then generates and
 * compiles every spec with one generator, ours or OpenAPI Generator's stock {@code java} client, so
 * that both sides are timed the same way (one JVM per side, spec after spec, in-process). Its
 * commands, each writing tab-separated lines:
 *
 * <pre>
 * list SPECS_TSV ROOT...
 *     label, file, folder, package, client name (as the corpus gate names them)
 * ours|stock SPECS_TSV OUT_DIR CP_DIR RESULTS_TSV
 *     label, generated, compiled, errors, generate ms, compile ms, first problem
 * </pre>
 *
 * <p>{@code CP_DIR/<folder>} holds each spec's compile class path; {@code CP_DIR} {@code -}
 * generates only. The script runs the stock side with the stock generator's jar on the class path
 * and no taskclients code but this package's.
 */
public final class CorpusRun {
  private CorpusRun() {}

  /**
   * Runs one command; see the class comment.
   *
   * @param args the command and its arguments
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length >= 2 && args[0].equals("list")) {
      List<Path> roots = new ArrayList<>();
      for (int i = 2; i < args.length; i++) {
        roots.add(Path.of(args[i]));
      }
      Files.write(Path.of(args[1]), list(roots));
    } else if (args.length == 5 && (args[0].equals("ours") || args[0].equals("stock"))) {
      Side side = args[0].equals("ours") ? Side.OURS : Side.STOCK;
      Path classPaths = args[3].equals("-") ? null : Path.of(args[3]);
      List<String> results = new ArrayList<>();
      for (String line : Files.readAllLines(Path.of(args[1]))) {
        results.add(run(side, SpecRows.parse(line), Path.of(args[2]), classPaths).toTsv());
      }
      Files.write(Path.of(args[4]), results);
    } else {
      System.err.println(
          "usage: CorpusRun list SPECS_TSV ROOT...\n"
              + "       CorpusRun ours|stock SPECS_TSV OUT_DIR CP_DIR RESULTS_TSV");
      System.exit(2);
    }
  }

  /**
   * The corpus under the roots, one row per spec, named as the corpus gate names it; what is
   * skipped (a missing root, an unreadable file, another OpenAPI version) is printed on standard
   * error, since a comparison of what is there is still a comparison.
   *
   * @param roots the corpus folders
   * @return the rows, in the gate's order
   */
  static List<String> list(List<Path> roots) {
    CorpusDiscovery.Found found = CorpusDiscovery.discover(roots);
    found.notes().forEach(System.err::println);
    return found.specs().stream().map(SpecRows::format).toList();
  }

  /**
   * Generates one spec with one side's generator into {@code out/<side>/<folder>}, then compiles it
   * into {@code out/<side>-classes/<folder>} unless {@code classPaths} is null. A spec a generator
   * cannot handle is a result, not the end of the run.
   *
   * @param side whose generator
   * @param spec the spec and its names
   * @param out the scratch folder
   * @param classPaths the folder of each spec's compile class path, or null to generate only
   * @return what happened
   */
  static Outcome run(Side side, CorpusSpec spec, Path out, Path classPaths) throws IOException {
    Path dir = out.resolve(side.folder()).resolve(spec.folder());
    String problem = "-";
    boolean generated = true;
    long start = System.nanoTime();
    try {
      side.generate(spec, dir);
    } catch (
        Throwable
            e) { // whatever a generator throws is its result for this spec; the next spec still
      // runs
      generated = false;
      problem = e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    long generatedAt = System.nanoTime();
    CountingCompiler.Compiled compiled = new CountingCompiler.Compiled("-", 0, problem);
    if (generated && classPaths != null) {
      Path classPath = classPaths.resolve(spec.folder());
      compiled =
          CountingCompiler.compile(
              dir.resolve("src/main/java"),
              out.resolve(side.folder() + "-classes").resolve(spec.folder()),
              Files.exists(classPath) ? Files.readString(classPath).trim() : "",
              side.strict());
    }
    long end = System.nanoTime();
    return new Outcome(
        spec.label(),
        generated,
        compiled,
        (generatedAt - start) / 1_000_000,
        (end - generatedAt) / 1_000_000);
  }
}
