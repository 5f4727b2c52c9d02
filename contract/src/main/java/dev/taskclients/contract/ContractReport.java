package dev.taskclients.contract;

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
 * Collects every check's outcome and writes a Markdown report a person reads: a summary per spec
 * (generated? compiled? operations, checks passed and failed), then a table of spec × operation ×
 * check with the first difference of each failure and what was served. Thread-safe.
 */
public final class ContractReport {
  /**
   * One check's outcome.
   *
   * @param spec the spec's label
   * @param operation the operation, or {@code -} for a spec-level step
   * @param check {@code generate}, {@code compile} or a documented status
   * @param detail what was checked (what was served, say), may be empty
   * @param firstProblem the first difference, or null when the check passed
   */
  public record Row(
      String spec, String operation, String check, String detail, String firstProblem) {
    /**
     * @return whether the check passed
     */
    public boolean passed() {
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

  private final String title;
  private final List<String> preamble;
  private final Map<String, SpecSummary> specs = new LinkedHashMap<>();
  private final List<Row> rows = new ArrayList<>();

  /**
   * Starts a report.
   *
   * @param title the report's heading
   * @param preamble paragraphs printed under the heading (what was checked, where the specs came
   *     from)
   */
  public ContractReport(String title, List<String> preamble) {
    this.title = title;
    this.preamble = List.copyOf(preamble);
  }

  /**
   * Registers a spec, so it is listed even if none of its checks ran.
   *
   * @param spec the spec's label
   */
  public synchronized void spec(String spec) {
    specs.putIfAbsent(spec, new SpecSummary());
  }

  /**
   * Records a check.
   *
   * @param row the outcome
   */
  public synchronized void add(Row row) {
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
  public synchronized void operations(String spec, int count) {
    specs.computeIfAbsent(spec, s -> new SpecSummary()).operations = count;
  }

  /**
   * @return one line per spec: generated? compiled? operations, checks passed/failed
   */
  public synchronized List<String> summaryLines() {
    List<String> lines = new ArrayList<>();
    specs.forEach(
        (spec, s) ->
            lines.add(
                spec
                    + ": generated "
                    + s.generated
                    + ", compiled "
                    + s.compiled
                    + ", operations "
                    + (s.operations < 0 ? "-" : String.valueOf(s.operations))
                    + ", checks passed "
                    + s.passed
                    + ", failed "
                    + s.failed));
    return lines;
  }

  /**
   * Writes the report.
   *
   * @param file where to write it
   */
  public synchronized void write(Path file) {
    StringBuilder md = new StringBuilder("# ").append(title).append("\n\n");
    preamble.forEach(paragraph -> md.append(paragraph).append("\n\n"));
    long passed = rows.stream().filter(Row::passed).count();
    md.append("## Summary\n\n")
        .append(specs.size())
        .append(" spec(s), ")
        .append(rows.size())
        .append(" check(s): ")
        .append(passed)
        .append(" passed, ")
        .append(rows.size() - passed)
        .append(" failed.\n\n");
    // Generated and compiled are the gate's own steps: a report of a client built elsewhere leaves
    // them out.
    boolean steps =
        specs.values().stream().anyMatch(s -> !s.generated.equals("-") || !s.compiled.equals("-"));
    md.append(
        steps
            ? "| Spec | Generated | Compiled | Operations | Passed | Failed |\n|---|---|---|---|---|---|\n"
            : "| Spec | Operations | Passed | Failed |\n|---|---|---|---|\n");
    specs.forEach(
        (spec, s) ->
            md.append("| ")
                .append(cell(spec))
                .append(" | ")
                .append(steps ? s.generated + " | " + s.compiled + " | " : "")
                .append(s.operations < 0 ? "-" : String.valueOf(s.operations))
                .append(" | ")
                .append(s.passed)
                .append(" | ")
                .append(s.failed)
                .append(" |\n"));
    md.append(
            "\n## Checks\n\n| Spec | Operation | Check | Result | First difference | Served / made |\n")
        .append("|---|---|---|---|---|---|\n");
    for (Row row : rows) {
      md.append("| ")
          .append(cell(row.spec()))
          .append(" | ")
          .append(cell(row.operation()))
          .append(" | ")
          .append(cell(row.check()))
          .append(" | ")
          .append(row.passed() ? "pass" : "**FAIL**")
          .append(" | ")
          .append(row.passed() ? "" : cell(row.firstProblem()))
          .append(" | ")
          .append(cell(row.detail()))
          .append(" |\n");
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
