package dev.taskclients.codegen;

import dev.taskclients.codegen.view.ViewMethodView;
import java.util.Map;
import org.openapitools.codegen.CodegenModel;

/**
 * Turns an error schema's {@code x-taskclients-retryable} (the path of a boolean field, e.g. {@code
 * error.retryable}) into the Java an error model implements {@code RetryAdvice} with: the client
 * does not retry a request whose error body says {@code false} there. Only specs that declare such
 * a field get this behaviour; no field name is assumed.
 */
final class RetryAdviceMapping {
  /** The extension on an error schema. */
  static final String EXTENSION = "x-taskclients-retryable";

  /** The method {@code RetryAdvice} declares. */
  static final String METHOD = "retryAdvised";

  private final FieldPath paths;

  /**
   * @param models every model of the spec, by class name
   */
  RetryAdviceMapping(Map<String, CodegenModel> models) {
    this.paths = new FieldPath(models);
  }

  /**
   * Describes the model's {@code retryAdvised()}; a property of that name is renamed first.
   *
   * @param model a model whose schema has {@value #EXTENSION}
   * @return the method the model's template renders
   * @throws UnsupportedSpecException when the path names no boolean field
   */
  ViewMethodView map(CodegenModel model) {
    String where = "components.schemas." + model.name + "." + EXTENSION;
    Object path = model.vendorExtensions.get(EXTENSION);
    if (!(path instanceof String text) || text.isBlank()) {
      throw new UnsupportedSpecException(
          where, "it must be the path of a boolean field, e.g. error.retryable");
    }
    model.vars.stream()
        .filter(var -> var.name.equals(METHOD))
        .forEach(var -> var.name = METHOD + "Value");
    FieldPath.Resolved field = paths.resolve(model, text, where, EXTENSION);
    if (!"Boolean".equals(field.property().datatypeWithEnum)) {
      throw new UnsupportedSpecException(
          where,
          "'" + text + "' is a " + field.property().datatypeWithEnum + "; it must be a boolean");
    }
    return new ViewMethodView("Boolean", METHOD, field.steps(), field.access());
  }
}
