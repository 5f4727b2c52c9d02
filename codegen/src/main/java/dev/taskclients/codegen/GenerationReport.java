package dev.taskclients.codegen;

import dev.taskclients.codegen.view.SupportingView;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one generation run could not generate as the spec describes it, and what it generated
 * instead.
 *
 * <p>The rule: <b>degrade the smallest unit, never the whole spec</b>. A construct the templates
 * cannot express turns one parameter, one body, one response or one schema into its most faithful
 * generic form ({@code byte[]}/{@code BinaryBody}, {@code String}, {@code JsonNode}), and each such
 * step is a {@link Degradation} here: logged as a warning with its spec location when it happens,
 * noted in the Javadoc of the affected method, listed in {@value #FILE_NAME} beside the generated
 * code, and counted in one summary line at the end of the run. Spec validation problems let through
 * with {@code lenientValidation} are listed too.
 */
public final class GenerationReport {
  /** The file, written beside the generated code ({@code <output>/generation-report.md}). */
  public static final String FILE_NAME = "generation-report.md";

  private static final Logger LOGGER = LoggerFactory.getLogger(GenerationReport.class);

  /**
   * One construct generated in a more generic form than the spec describes.
   *
   * @param location where in the spec, e.g. {@code paths./images.put.requestBody}
   * @param construct what the spec has there
   * @param generated what was generated instead, and how to use it
   * @param operation the affected operation as {@code METHOD path} (the spec's path key), or null
   *     when the degradation is not one operation's (a schema, say)
   */
  public record Degradation(String location, String construct, String generated, String operation) {
    /**
     * @return the degradation in one line, as the log and the report print it
     */
    public String describe() {
      return location + ": " + construct + "; generated " + generated;
    }
  }

  private final List<Degradation> degradations = new ArrayList<>();
  private final List<String> validationWarnings = new ArrayList<>();

  /**
   * Records a degradation and logs it as a warning.
   *
   * @param location where in the spec
   * @param construct what the spec has there
   * @param generated what was generated instead
   * @param operation the affected operation as {@code METHOD path}, or null
   */
  void degrade(String location, String construct, String generated, String operation) {
    Degradation degradation = new Degradation(location, construct, generated, operation);
    if (!degradations.contains(degradation)) {
      degradations.add(degradation);
      LOGGER.warn("taskclients-java degraded {}", degradation.describe());
    }
  }

  /**
   * Records a spec validation problem let through (one the generator repairs, or any with {@code
   * lenientValidation}), and logs it.
   *
   * @param message the validator's message
   */
  void validationWarning(String message) {
    validationWarnings.add(message);
    LOGGER.warn("taskclients-java: spec validation problem let through: {}", message);
  }

  /**
   * @return every degradation, in the order they happened
   */
  public List<Degradation> degradations() {
    return Collections.unmodifiableList(degradations);
  }

  /**
   * @return the spec validation problems let through: repaired ones, and with {@code
   *     lenientValidation} all
   */
  public List<String> validationWarnings() {
    return Collections.unmodifiableList(validationWarnings);
  }

  /**
   * The degradations of one operation, for its Javadoc.
   *
   * @param method the HTTP method, any case
   * @param path the spec's path key
   * @return the degradations, in order
   */
  List<Degradation> of(String method, String path) {
    String key = operationKey(method, path);
    return degradations.stream().filter(d -> key.equals(d.operation())).toList();
  }

  /**
   * How a degradation names its operation.
   *
   * @param method the HTTP method, any case
   * @param path the spec's path key
   * @return {@code METHOD path}
   */
  static String operationKey(String method, String path) {
    return method.toUpperCase(Locale.ROOT) + " " + path;
  }

  /**
   * @return the one line the build prints at the end of a run
   */
  public String summaryLine() {
    if (degradations.isEmpty() && validationWarnings.isEmpty()) {
      return "taskclients-java: every construct generated as the spec describes it ("
          + FILE_NAME
          + ")";
    }
    return "taskclients-java: "
        + degradations.size()
        + " construct(s) generated in a more generic form, "
        + validationWarnings.size()
        + " spec validation problem(s) let through; each is listed in "
        + FILE_NAME;
  }

  /**
   * What {@code generation_report.mustache} reads, with the module's packages {@code
   * module_info.mustache} reads.
   *
   * @param hasClient whether the client package exists
   * @param hasModels whether the model package exists
   * @return the supporting files' view
   */
  SupportingView view(boolean hasClient, boolean hasModels) {
    List<SupportingView.DegradationRow> rows =
        degradations.stream()
            .map(
                d ->
                    new SupportingView.DegradationRow(
                        markdownCell(d.location()),
                        markdownCell(d.construct()),
                        markdownCell(d.generated())))
            .toList();
    return new SupportingView(
        hasClient,
        hasModels,
        rows,
        validationWarnings.stream().map(GenerationReport::markdownCell).toList());
  }

  /** Text for one cell of a Markdown table: one line, no unescaped pipe. */
  private static String markdownCell(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ").trim();
  }
}
