package dev.taskclients.codegen;

import dev.taskclients.codegen.view.OperationView;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openapitools.codegen.ClientOptInput;
import org.openapitools.codegen.CodegenConstants;
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
   * @param operations the operations, as the templates saw them
   * @param client the client-level shape: servers, security schemes and their setters
   * @param polymorphicTypes the sealed interfaces written for polymorphic schemas
   * @param processedSpec the spec as generated: normalized, inline schemas moved into components
   * @param report what was generated in a more generic form than the spec describes, and the
   *     validation problems let through; also written to {@code <outputDir>/generation-report.md}
   */
  public record Result(
      Path sourceRoot,
      String apiPackage,
      String clientClass,
      List<File> files,
      List<OperationView> operations,
      ClientShape client,
      List<PolymorphicType> polymorphicTypes,
      io.swagger.v3.oas.models.OpenAPI processedSpec,
      GenerationReport report) {}

  /**
   * How to generate: what a Maven build sets as the plugin's configuration, for generating
   * in-process the same way.
   *
   * @param lenientValidation let a spec with validation problems through, each one a warning in the
   *     report (a vendor's spec whose problems do not affect generation, and which its users cannot
   *     fix); by default such a spec is refused with {@link InvalidSpecException}
   * @param modelPackage the models' package, or null for the client's package + {@code .model}
   * @param typeMappings OpenAPI type or format to Java type, as the plugin's {@code typeMappings}
   * @param nameMappings property name to Java name, as the plugin's {@code nameMappings}
   */
  public record Options(
      boolean lenientValidation,
      String modelPackage,
      Map<String, String> typeMappings,
      Map<String, String> nameMappings) {
    /** Copies the mappings, so the options stay as given. */
    public Options {
      typeMappings = Map.copyOf(typeMappings);
      nameMappings = Map.copyOf(nameMappings);
    }

    /**
     * @return the defaults: a spec with validation problems is refused; models in the client's
     *     package + .model
     */
    public static Options defaults() {
      return new Options(false, null, Map.of(), Map.of());
    }

    /**
     * @return options that let validation problems through as warnings
     */
    public static Options lenient() {
      return defaults().withLenientValidation(true);
    }

    /**
     * @param lenient whether validation problems are let through as warnings
     * @return these options with that setting
     */
    public Options withLenientValidation(boolean lenient) {
      return new Options(lenient, modelPackage, typeMappings, nameMappings);
    }

    /**
     * @param packageName the models' package
     * @return these options with that package
     */
    public Options withModelPackage(String packageName) {
      return new Options(lenientValidation, packageName, typeMappings, nameMappings);
    }

    /**
     * @param mappings OpenAPI type or format to Java type
     * @return these options with those type mappings
     */
    public Options withTypeMappings(Map<String, String> mappings) {
      return new Options(lenientValidation, modelPackage, mappings, nameMappings);
    }

    /**
     * @param mappings property name to Java name
     * @return these options with those name mappings
     */
    public Options withNameMappings(Map<String, String> mappings) {
      return new Options(lenientValidation, modelPackage, typeMappings, mappings);
    }
  }

  private ClientGeneration() {}

  /**
   * Generates a client.
   *
   * @param spec the OpenAPI document
   * @param outputDir where to write ({@code src/main/java} below it)
   * @param basePackage the client's package; models go to {@code basePackage.model}
   * @param clientName the client's name without the {@code Client} suffix
   * @param specLabel how the generated files' banner names the spec
   * @return what was generated
   * @throws UnsupportedSpecException if nothing correct can be generated from the spec
   * @throws InvalidSpecException if the spec has validation problems
   */
  public static Result generate(
      Path spec, Path outputDir, String basePackage, String clientName, String specLabel) {
    return generate(spec, outputDir, basePackage, clientName, specLabel, null);
  }

  /**
   * Generates a client that is a named Java module, as the Maven build generates the project's own
   * clients.
   *
   * @param spec the OpenAPI document
   * @param outputDir where to write ({@code src/main/java} below it)
   * @param basePackage the client's package; models go to {@code basePackage.model}
   * @param clientName the client's name without the {@code Client} suffix
   * @param specLabel how the generated files' banner names the spec
   * @param moduleName the module to declare in {@code module-info.java}; {@code null} writes none
   * @return what was generated
   * @throws UnsupportedSpecException if nothing correct can be generated from the spec
   * @throws InvalidSpecException if the spec has validation problems
   */
  public static Result generate(
      Path spec,
      Path outputDir,
      String basePackage,
      String clientName,
      String specLabel,
      String moduleName) {
    return generate(
        spec, outputDir, basePackage, clientName, specLabel, moduleName, Options.defaults());
  }

  /**
   * Generates a client with options.
   *
   * @param spec the OpenAPI document (the root file of a spec split over several files)
   * @param outputDir where to write ({@code src/main/java} below it, {@code generation-report.md}
   *     in it)
   * @param basePackage the client's package; models go to {@code basePackage.model}
   * @param clientName the client's name without the {@code Client} suffix
   * @param specLabel how the generated files' banner names the spec
   * @param moduleName the module to declare in {@code module-info.java}; {@code null} writes none
   * @param options how to generate
   * @return what was generated
   * @throws UnsupportedSpecException if nothing correct can be generated from the spec
   * @throws InvalidSpecException if the spec has validation problems and the options do not let
   *     them through
   */
  @SuppressWarnings(
      "deprecation") // ClientOptInput.getConfig() is the only way to reach the config it built
  public static Result generate(
      Path spec,
      Path outputDir,
      String basePackage,
      String clientName,
      String specLabel,
      String moduleName,
      Options options) {
    Map<String, Object> properties =
        new java.util.HashMap<>(
            Map.of(
                TaskclientsJavaCodegen.CLIENT_NAME,
                clientName,
                TaskclientsJavaCodegen.LENIENT_VALIDATION,
                String.valueOf(options.lenientValidation()),
                "specFile",
                specLabel));
    if (moduleName != null) {
      properties.put(TaskclientsJavaCodegen.MODULE_NAME, moduleName);
    }
    CodegenConfigurator configurator =
        new CodegenConfigurator()
            .setGeneratorName(TaskclientsJavaCodegen.NAME)
            .setInputSpec(spec.toAbsolutePath().toString())
            .setOutputDir(outputDir.toAbsolutePath().toString())
            .setApiPackage(basePackage)
            .setModelPackage(
                options.modelPackage() != null ? options.modelPackage() : basePackage + ".model")
            // The generator validates the spec itself (SpecInput), naming the switch that lets
            // problems through.
            .setValidateSpec(false)
            .setAdditionalProperties(properties);
    options.typeMappings().forEach(configurator::addTypeMapping);
    options.nameMappings().forEach(configurator::addNameMapping);
    configurator.addGlobalProperty("apis", "");
    configurator.addGlobalProperty("models", "");
    configurator.addGlobalProperty("apiTests", "false");
    configurator.addGlobalProperty("modelTests", "false");
    configurator.addGlobalProperty("apiDocs", "false");
    configurator.addGlobalProperty("modelDocs", "false");
    // The generator's settings outlive one run in this thread: set the supporting files every time.
    GlobalSettings.clearProperty(CodegenConstants.SUPPORTING_FILES);
    configurator.addGlobalProperty(
        CodegenConstants.SUPPORTING_FILES,
        moduleName != null
            ? "module-info.java," + GenerationReport.FILE_NAME
            : GenerationReport.FILE_NAME);
    ClientOptInput input = configurator.toClientOptInput();
    TaskclientsJavaCodegen codegen = (TaskclientsJavaCodegen) input.getConfig();
    DefaultGenerator generator = new DefaultGenerator();
    generator.setGenerateMetadata(false);
    List<File> files;
    try {
      files = generator.opts(input).generate();
    } catch (RuntimeException e) {
      throw refusalIn(e);
    }
    String clientClass = basePackage + "." + clientName + "Client";
    return new Result(
        outputDir.resolve("src/main/java"),
        basePackage,
        clientClass,
        files,
        codegen.operations(),
        codegen.clientShape(),
        codegen.polymorphicTypes(),
        codegen.processedSpec(),
        codegen.report());
  }

  /**
   * The generator wraps what an operation's processing throws ("Could not generate api file"): a
   * refusal found there is thrown as itself, so callers see the same exception, naming the spec
   * location, wherever it was found.
   */
  private static RuntimeException refusalIn(RuntimeException thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof UnsupportedSpecException refusal) {
        return refusal;
      }
    }
    return thrown;
  }
}
