package dev.taskclients.corpus;

import java.util.List;

/**
 * What one check of the gate found.
 *
 * @param problems the problems, the first difference first; empty when the check passed
 * @param detail what was checked, for the report (e.g. what was served); may be empty
 */
record CheckResult(List<String> problems, String detail) {
  /**
   * A result with no detail.
   *
   * @param problems the problems
   * @return the result
   */
  static CheckResult of(List<String> problems) {
    return new CheckResult(problems, "");
  }

  /** @return whether the check passed */
  boolean passed() {
    return problems.isEmpty();
  }
}
