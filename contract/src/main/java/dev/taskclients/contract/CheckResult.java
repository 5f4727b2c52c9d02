package dev.taskclients.contract;

import java.util.List;

/**
 * What one check of the contract found.
 *
 * @param problems the problems, the first difference first; empty when the check passed
 * @param detail what was checked, for the report (e.g. what was served); may be empty
 */
public record CheckResult(List<String> problems, String detail) {
  /**
   * A result with no detail.
   *
   * @param problems the problems
   * @return the result
   */
  public static CheckResult of(List<String> problems) {
    return new CheckResult(problems, "");
  }

  /**
   * A result naming what a step threw: its type, where, its message and its causes', shortened for
   * a report.
   *
   * @param what what failed, e.g. {@code the generator failed}
   * @param thrown what it threw
   * @return the result
   */
  public static CheckResult failed(String what, Throwable thrown) {
    return of(List.of(what + ": " + OutcomeChecks.describe(thrown)));
  }

  /**
   * @return whether the check passed
   */
  public boolean passed() {
    return problems.isEmpty();
  }
}
