package dev.taskclients.corpus.comparison;

/**
 * One spec's result on one side, as a line of the results the script reads.
 *
 * @param label the spec's label
 * @param generated whether the generator wrote a client
 * @param compiled the compilation's verdict ({@code -} when it did not run)
 * @param generateMs how long generation took
 * @param compileMs how long compilation took
 */
record Outcome(
    String label,
    boolean generated,
    CountingCompiler.Compiled compiled,
    long generateMs,
    long compileMs) {
  private static final int MAX_PROBLEM = 300;

  /**
   * {@return label, generated, compiled, errors, generate ms, compile ms and first problem,
   * tab-separated}
   */
  String toTsv() {
    return String.join(
        "\t",
        label,
        generated ? "yes" : "no",
        compiled.verdict(),
        String.valueOf(compiled.failing()),
        String.valueOf(generateMs),
        String.valueOf(compileMs),
        cell(compiled.first()));
  }

  /**
   * A problem as a cell of the script's Markdown table: on one line, pipes escaped, at most 300
   * characters.
   *
   * @param text the problem, maybe null
   * @return the cell, {@code -} when empty
   */
  static String cell(String text) {
    String t = String.valueOf(text).replaceAll("\\s+", " ").replace("|", "\\|").trim();
    return t.isEmpty() ? "-" : t.length() > MAX_PROBLEM ? t.substring(0, MAX_PROBLEM) + "..." : t;
  }
}
