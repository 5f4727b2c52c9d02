package dev.taskclients.codegen;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openapitools.codegen.ClientOptInput;
import org.openapitools.codegen.CodegenConstants;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;
import org.openapitools.codegen.config.GlobalSettings;

/**
 * Generates a client in-process with exactly the configuration the Maven build uses: for tools that
 * generate many specs in one JVM, such as the corpus gate.
 */
public final class ClientGeneration {
  /**
   * What one generation wrote and saw.
   *
   * @param sourceRoot the folder holding the generated {@code .java} files
   * @param apiPackage the client's package
   * @param clientClass the client's fully qualified class name
   * @param files every file written
   * @param operations the operations, with every variable the templates saw
   * @param client the client-level shape: servers, security schemes and their setters
   * @param polymorphicTypes the sealed interfaces written for polymorphic schemas
   * @param processedSpec the spec as generated: normalized, inline schemas moved into components
   */
  public record Result(Path sourceRoot, String apiPackage, String clientClass, List<File> files,
      List<CodegenOperation> operations, ClientShape client, List<PolymorphicType> polymorphicTypes,
      io.swagger.v3.oas.models.OpenAPI processedSpec) {
  }

  private ClientGeneration() {
  }

  /**
   * Generates a client.
   *
   * @param spec the OpenAPI document
   * @param outputDir where to write ({@code src/main/java} below it)
   * @param basePackage the client's package; models go to {@code basePackage.model}
   * @param clientName the client's name without the {@code Client} suffix
   * @param specLabel how the generated files' banner names the spec
   * @return what was generated
   * @throws UnsupportedSpecException if the spec uses a construct the templates cannot handle
   */
  public static Result generate(Path spec, Path outputDir, String basePackage, String clientName, String specLabel) {
    return generate(spec, outputDir, basePackage, clientName, specLabel, null);
  }

  /**
   * Generates a client that is a named Java module, as the Maven build generates the project's own clients.
   *
   * @param spec the OpenAPI document
   * @param outputDir where to write ({@code src/main/java} below it)
   * @param basePackage the client's package; models go to {@code basePackage.model}
   * @param clientName the client's name without the {@code Client} suffix
   * @param specLabel how the generated files' banner names the spec
   * @param moduleName the module to declare in {@code module-info.java}; {@code null} writes none
   * @return what was generated
   * @throws UnsupportedSpecException if the spec uses a construct the templates cannot handle
   */
  @SuppressWarnings("deprecation") // ClientOptInput.getConfig() is the only way to reach the config it built
  public static Result generate(Path spec, Path outputDir, String basePackage, String clientName, String specLabel,
      String moduleName) {
    Map<String, Object> properties = new java.util.HashMap<>(Map.of(
        TaskclientsJavaCodegen.CLIENT_NAME, clientName,
        "specFile", specLabel));
    if (moduleName != null) {
      properties.put(TaskclientsJavaCodegen.MODULE_NAME, moduleName);
    }
    CodegenConfigurator configurator = new CodegenConfigurator()
        .setGeneratorName(TaskclientsJavaCodegen.NAME)
        .setInputSpec(spec.toAbsolutePath().toString())
        .setOutputDir(outputDir.toAbsolutePath().toString())
        .setApiPackage(basePackage)
        .setModelPackage(basePackage + ".model")
        .setValidateSpec(true) // as the Maven build does: a broken spec fails with its problems listed
        .setAdditionalProperties(properties);
    configurator.addGlobalProperty("apis", "");
    configurator.addGlobalProperty("models", "");
    configurator.addGlobalProperty("apiTests", "false");
    configurator.addGlobalProperty("modelTests", "false");
    configurator.addGlobalProperty("apiDocs", "false");
    configurator.addGlobalProperty("modelDocs", "false");
    // The generator's settings outlive one run in this thread: set the supporting files every time.
    GlobalSettings.clearProperty(CodegenConstants.SUPPORTING_FILES);
    if (moduleName != null) {
      configurator.addGlobalProperty(CodegenConstants.SUPPORTING_FILES, "module-info.java");
    }
    ClientOptInput input = configurator.toClientOptInput();
    TaskclientsJavaCodegen codegen = (TaskclientsJavaCodegen) input.getConfig();
    DefaultGenerator generator = new DefaultGenerator();
    generator.setGenerateMetadata(false);
    List<File> files = generator.opts(input).generate();
    String clientClass = basePackage + "." + clientName + "Client";
    return new Result(outputDir.resolve("src/main/java"), basePackage, clientClass, files, codegen.generatedOperations(),
        codegen.clientShape(), codegen.polymorphicTypes(), codegen.processedSpec());
  }
}
