package dev.taskclients.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import java.util.Map;
import org.openapitools.codegen.OpenAPINormalizer;

/**
 * OpenAPI Generator's normalizer with one step before its own: {@link OpenApi31Downgrade} rewrites
 * an OpenAPI 3.1 spec into its 3.0 form. It has to run here, not in {@link
 * TaskclientsJavaCodegen#preprocessOpenAPI}: the generator calls that only after the normalizer and
 * its inline-model step, by which time a type-less {@code const} is already an any-type schema and
 * the webhooks' inline schemas are already models. The generator loads this class by name ({@code
 * NORMALIZER_CLASS}, set by {@link TaskclientsJavaCodegen}).
 *
 * <p>Before both, inside a generation run, it has the generator read the spec again through {@link
 * SpecInput}: a spec split over files is bundled, and validation problems are judged by our rules.
 */
public class TaskclientsNormalizer extends OpenAPINormalizer {
  /** The generator whose run this is, or null for a normalizer used on its own. */
  private final TaskclientsJavaCodegen codegen;

  /**
   * Creates the normalizer; the generator's signature.
   *
   * @param openAPI the spec
   * @param inputRules the normalizer rules in force
   */
  public TaskclientsNormalizer(OpenAPI openAPI, Map<String, String> inputRules) {
    super(openAPI, inputRules);
    this.codegen = TaskclientsJavaCodegen.active(inputRules);
  }

  @Override
  protected void normalize() {
    if (codegen != null && !codegen.prepareInput(openAPI)) {
      return; // refused: the generator throws the refusal next (exceptions thrown here are only
      // logged)
    }
    SpecRepairs.schemas(openAPI, codegen != null ? codegen.report() : new GenerationReport());
    super.normalize();
  }
}
