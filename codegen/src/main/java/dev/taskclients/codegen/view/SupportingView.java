package dev.taskclients.codegen.view;

import java.util.List;

/**
 * What the supporting files read: {@code module_info.mustache} (which packages the module exports)
 * and {@code generation_report.mustache} (what was generated in a more generic form).
 *
 * @param hasClient whether the client package exists (a spec may have no operations)
 * @param hasModels whether the model package exists (a spec may have no models)
 * @param degradations each construct generated in a more generic form, one row of the report's
 *     table
 * @param validationWarnings the spec validation problems let through, each escaped for Markdown
 */
public record SupportingView(
    boolean hasClient,
    boolean hasModels,
    List<DegradationRow> degradations,
    List<String> validationWarnings) {
  /**
   * One row of the report's table of degradations, each cell escaped for Markdown.
   *
   * @param location where in the spec
   * @param construct what the spec has there
   * @param generated what was generated instead
   */
  public record DegradationRow(String location, String construct, String generated) {}

  /** Keeps unmodifiable copies. */
  public SupportingView {
    degradations = List.copyOf(degradations);
    validationWarnings = List.copyOf(validationWarnings);
  }

  /** {@return how many constructs were generated in a more generic form} */
  public int degradationCount() {
    return degradations.size();
  }

  /** {@return whether something was generated in a more generic form} */
  public boolean hasDegradations() {
    return !degradations.isEmpty();
  }

  /** {@return whether spec validation problems were let through} */
  public boolean hasWarnings() {
    return !validationWarnings.isEmpty();
  }

  /** {@return how many spec validation problems were let through} */
  public int warningCount() {
    return validationWarnings.size();
  }

  /** {@return whether everything was generated as the spec describes it} */
  public boolean clean() {
    return degradations.isEmpty() && validationWarnings.isEmpty();
  }
}
