package dev.taskclients.conformance.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Collects each case's outcome and writes {@code target/conformance-report.md}. */
final class ConformanceReport {
  /** One line of the matrix. */
  record Row(String api, String operation, String kind, String caseName, String firstDifference) {
    boolean passed() {
      return firstDifference == null;
    }
  }

  private final List<Row> rows = new ArrayList<>();

  synchronized void add(Row row) {
    rows.add(row);
  }

  synchronized void write(Path file) {
    StringBuilder md = new StringBuilder("# Conformance report\n\n");
    Map<String, int[]> perApi = new TreeMap<>();
    rows.forEach(r -> perApi.computeIfAbsent(r.api(), a -> new int[2])[r.passed() ? 0 : 1]++);
    md.append("| API | cases | passed | failed |\n|---|---:|---:|---:|\n");
    perApi.forEach(
        (api, n) ->
            md.append("| ")
                .append(api)
                .append(" | ")
                .append(n[0] + n[1])
                .append(" | ")
                .append(n[0])
                .append(" | ")
                .append(n[1])
                .append(" |\n"));
    md.append(
        "\n| API | operation | check | case | result | first difference |\n|---|---|---|---|---|---|\n");
    for (Row r : rows) {
      md.append("| ")
          .append(r.api())
          .append(" | ")
          .append(r.operation())
          .append(" | ")
          .append(r.kind())
          .append(" | ")
          .append(r.caseName())
          .append(" | ")
          .append(r.passed() ? "pass" : "**FAIL**")
          .append(" | ")
          .append(r.passed() ? "" : r.firstDifference().replace("|", "\\|").replace("\n", " "))
          .append(" |\n");
    }
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, md.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
