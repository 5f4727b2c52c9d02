package dev.taskclients.corpus.comparison;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * The stock side: OpenAPI Generator's {@code java} client with the native library, Jackson and
 * Jakarta.
 */
final class StockGenerator {
  private StockGenerator() {}

  /**
   * What {@code openapi-generator-cli generate -g java --library native --skip-validate-spec} does
   * with these options, minus docs and tests: validation problems let through on both sides, since
   * generation is what is compared.
   *
   * @param spec the spec file
   * @param dir the output folder
   */
  static void generate(Path spec, Path dir) {
    CodegenConfigurator configurator =
        new CodegenConfigurator()
            .setGeneratorName("java")
            .setLibrary("native")
            .setInputSpec(spec.toString())
            .setOutputDir(dir.toString())
            .setValidateSpec(false)
            .setAdditionalProperties(
                new HashMap<>(
                    Map.of(
                        "useJakartaEe",
                        "true",
                        "serializationLibrary",
                        "jackson",
                        "hideGenerationTimestamp",
                        "true")));
    for (String property : List.of("apiTests", "modelTests", "apiDocs", "modelDocs")) {
      configurator.addGlobalProperty(property, "false");
    }
    new DefaultGenerator().opts(configurator.toClientOptInput()).generate();
  }
}
