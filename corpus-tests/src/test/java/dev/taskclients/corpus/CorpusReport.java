package dev.taskclients.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects every check's outcome and writes {@code corpus-report.md}: one summary line per spec, then a
 * table of spec × operation × check with the first difference of each failure.
 */
final class CorpusReport {
  /**
   * One check's outcome.
   *
   * @param spec the spec's label
   * @param operation the operation, or {@code -} for a spec-level step
   * @param check {@code generate}, {@code compile} or a documented status
   * @param detail what was checked (what was served, say), may be empty
   * @param firstProblem the first difference, or null when the check passed
   */
  record Row(String spec, String operation, String check, String detail, String firstProblem) {
    boolean passed() {
      return firstProblem == null;
    }
  }

  /** A spec's summary. */
  private static final class SpecSummary {
    String generated = "-";
    String compiled = "-";
    int operations = -1;
    int passed;
    int failed;
  }

  private final List<Path> roots;
  private final List<String> notes;
  private final Map<String, SpecSummary> specs = new LinkedHashMap<>();
  private final List<Row> rows = new ArrayList<>();

  /**
   * Starts a report.
   *
   * @param roots the corpus roots searched
   * @param notes what discovery skipped and why
   */
  CorpusReport(List<Path> roots, List<String> notes) {
    this.roots = List.copyOf(roots);
    this.notes = List.copyOf(notes);
  }

  /**
   * Registers a spec, so it is listed even if none of its checks ran.
   *
   * @param spec the spec's label
   */
  synchronized void spec(String spec) {
    specs.putIfAbsent(spec, new SpecSummary());
  }

  /**
   * Records a check.
   *
   * @param row the outcome
   */
  synchronized void add(Row row) {
    rows.add(row);
    SpecSummary summary = specs.computeIfAbsent(row.spec(), s -> new SpecSummary());
    if (row.passed()) {
      summary.passed++;
    } else {
      summary.failed++;
    }
    if (row.check().equals("generate")) {
      summary.generated = row.passed() ? "yes" : "no";
    } else if (row.check().equals("compile")) {
      summary.compiled = row.passed() ? "yes" : "no";
    }
  }

  /**
   * Records how many operations a spec's client has.
   *
   * @param spec the spec's label
   * @param count the number of operations, or -1 when unknown
   */
  synchronized void operations(String spec, int count) {
    specs.computeIfAbsent(spec, s -> new SpecSummary()).operations = count;
  }

  /** @return one line per spec: generated? compiled? operations, checks passed/failed */
  synchronized List<String> summaryLines() {
    List<String> lines = new ArrayList<>();
    specs.forEach((spec, s) -> lines.add(spec + ": generated " + s.generated + ", compiled " + s.compiled
        + ", operations " + (s.operations < 0 ? "-" : String.valueOf(s.operations))
        + ", checks passed " + s.passed + ", failed " + s.failed));
    return lines;
  }

  /**
   * Writes the report.
   *
   * @param file where to write it
   */
  synchronized void write(Path file) {
    StringBuilder md = new StringBuilder("# Corpus gate report\n\n");
    md.append("Every spec is generated, compiled (`--release 17 -Xlint:all -Werror`) and each documented response ")
        .append("of each operation is served by WireMock and read through the generated client.\n\n");
    md.append("Corpus roots:\n");
    roots.forEach(r -> md.append("- `").append(r).append("`\n"));
    if (!notes.isEmpty()) {
      md.append("\nNotes:\n");
      notes.forEach(n -> md.append("- ").append(n).append('\n'));
    }
    long passed = rows.stream().filter(Row::passed).count();
    md.append("\n## Summary\n\n").append(specs.size()).append(" spec(s), ").append(rows.size()).append(" check(s): ")
        .append(passed).append(" passed, ").append(rows.size() - passed).append(" failed.\n\n");
    md.append("| Spec | Generated | Compiled | Operations | Passed | Failed |\n|---|---|---|---|---|---|\n");
    specs.forEach((spec, s) -> md.append("| ").append(cell(spec)).append(" | ").append(s.generated).append(" | ")
        .append(s.compiled).append(" | ").append(s.operations < 0 ? "-" : String.valueOf(s.operations)).append(" | ")
        .append(s.passed).append(" | ").append(s.failed).append(" |\n"));
    md.append("\n## Checks\n\n| Spec | Operation | Check | Result | First difference | Served / made |\n")
        .append("|---|---|---|---|---|---|\n");
    for (Row row : rows) {
      md.append("| ").append(cell(row.spec())).append(" | ").append(cell(row.operation())).append(" | ")
          .append(cell(row.check())).append(" | ").append(row.passed() ? "pass" : "**FAIL**").append(" | ")
          .append(row.passed() ? "" : cell(row.firstProblem())).append(" | ").append(cell(row.detail())).append(" |\n");
    }
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, md, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static String cell(String text) {
    String flat = text.replace("\r", "").replace("\n", " ").replace("|", "\\|");
    return flat.length() > 400 ? flat.substring(0, 400) + "..." : flat;
  }
}
