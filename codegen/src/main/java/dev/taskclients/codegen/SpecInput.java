package dev.taskclients.codegen;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the spec the generator was given, as the generator's own step would, with two differences:
 * a spec split over several files is bundled first ({@link MultiFileSpec}), so every relative
 * reference is resolved against the file that holds it; and the parser's validation messages are
 * ours to judge, so a refusal names our switch ({@link InvalidSpecException}) and {@code
 * lenientValidation} turns each message into a warning of the {@link GenerationReport} instead.
 *
 * <p>It runs inside the generator, first thing in {@link TaskclientsNormalizer}, and replaces the
 * content of the document the generator parsed; the generator's own validation is switched off
 * ({@code skipValidateSpec} in Maven, {@code setValidateSpec(false)} in {@link ClientGeneration})
 * because this one replaces it.
 */
final class SpecInput {
  /**
   * Validation problems {@link SpecRepairs} repairs: a path template variable no parameter
   * declares.
   */
  private static final java.util.regex.Pattern REPAIRED =
      java.util.regex.Pattern.compile(
          "Declared path parameter \\S+ needs to be defined as a path parameter");

  private SpecInput() {}

  /**
   * Reads a spec.
   *
   * @param inputSpec the spec as the generator was given it: a file path or a URL
   * @param lenient whether validation problems are warnings rather than a refusal
   * @param report where warnings go
   * @return the parsed document
   * @throws InvalidSpecException when the spec cannot be read, or has validation problems and
   *     {@code lenient} is off
   */
  static OpenAPI read(String inputSpec, boolean lenient, GenerationReport report) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveResponses(true);
    Path file = localFile(inputSpec);
    SwaggerParseResult result;
    if (file != null && MultiFileSpec.isMultiFile(file)) {
      String bundled;
      try {
        bundled = MultiFileSpec.bundle(file);
      } catch (IllegalArgumentException e) {
        throw new InvalidSpecException(inputSpec, List.of(e.getMessage()));
      }
      result = new OpenAPIParser().readContents(bundled, null, options);
    } else {
      result = new OpenAPIParser().readLocation(inputSpec, null, options);
    }
    List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
    if (result.getOpenAPI() == null) {
      throw new InvalidSpecException(
          inputSpec, messages.isEmpty() ? List.of("Swagger Parser cannot read it") : messages);
    }
    // A problem the generator repairs (and reports as a degradation) refuses nothing.
    List<String> blocking = messages.stream().filter(m -> !REPAIRED.matcher(m).find()).toList();
    if (!blocking.isEmpty() && !lenient) {
      throw new InvalidSpecException(inputSpec, blocking);
    }
    messages.forEach(report::validationWarning);
    return result.getOpenAPI();
  }

  /**
   * The spec's file, or null when it is a URL (a URL's relative references are the parser's to
   * resolve).
   */
  private static Path localFile(String inputSpec) {
    try {
      if (inputSpec.startsWith("file:")) {
        return Path.of(java.net.URI.create(inputSpec));
      }
      if (inputSpec.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*")
          && !inputSpec.matches("^[a-zA-Z]:[\\\\/].*")) {
        return null;
      }
      Path path = Path.of(inputSpec);
      return Files.isRegularFile(path) ? path : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * Makes a parsed document the generator's: the generator holds its own document object, so its
   * content is replaced field by field.
   *
   * @param target the generator's document
   * @param source what {@link #read} gave
   */
  static void replaceContent(OpenAPI target, OpenAPI source) {
    target.setOpenapi(source.getOpenapi());
    target.setSpecVersion(source.getSpecVersion());
    target.setInfo(source.getInfo());
    target.setExternalDocs(source.getExternalDocs());
    target.setServers(source.getServers());
    target.setSecurity(source.getSecurity());
    target.setTags(source.getTags());
    target.setPaths(source.getPaths());
    target.setComponents(source.getComponents());
    target.setExtensions(source.getExtensions());
    target.setWebhooks(source.getWebhooks());
    target.setJsonSchemaDialect(source.getJsonSchemaDialect());
  }
}
