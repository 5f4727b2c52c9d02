package dev.taskclients.codegen;

import com.google.common.collect.ImmutableMap;
import com.samskivert.mustache.Mustache;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.servers.Server;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openapitools.codegen.CodegenConstants;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.CodegenParameter;
import org.openapitools.codegen.CodegenProperty;
import org.openapitools.codegen.CodegenType;
import org.openapitools.codegen.languages.AbstractJavaCodegen;
import org.openapitools.codegen.model.ModelMap;
import org.openapitools.codegen.model.ModelsMap;
import org.openapitools.codegen.model.OperationsMap;
import org.openapitools.codegen.utils.CamelizeOption;
import org.openapitools.codegen.utils.StringUtils;

/**
 * The {@code taskclients-java} generator: OpenAPI Generator's Java type mapping and naming, our
 * templates only (packaged under {@code taskclients-java/}, the only place templates are looked up),
 * one client class per spec, and models. Before anything is written, {@link SpecSupport} refuses a
 * spec that uses a construct the templates cannot turn into compiling Java.
 *
 * <p>What the templates need beyond the generator's own variables is computed here and passed as
 * {@code x-tc-*} vendor extensions (see {@link OperationShape} and {@link ClientShape}).
 */
public class TaskclientsJavaCodegen extends AbstractJavaCodegen {
  /** The name to pass as {@code generatorName}. */
  public static final String NAME = "taskclients-java";
  /** Additional property: the client's name without the {@code Client} suffix, e.g. {@code Beatra}. */
  public static final String CLIENT_NAME = "clientName";
  /** Where the templates sit on the class path. */
  static final String TEMPLATES = "taskclients-java";

  /**
   * Simple names the generated code uses unqualified: a schema with one of these names would shadow
   * them (a model named {@code String} shadows {@code java.lang.String} in its package), so its class
   * gets the suffix {@code Model}.
   */
  private static final Set<String> TAKEN_TYPE_NAMES = Set.of(
      "Object", "String", "Integer", "Long", "Boolean", "Double", "Float", "Number", "Byte", "Short", "Character",
      "Void", "Class", "Enum", "Record", "Math", "System", "Thread", "Iterable", "Override", "Deprecated",
      "SuppressWarnings", "SafeVarargs", "FunctionalInterface", "Exception", "RuntimeException", "Error",
      "IllegalStateException", "IllegalArgumentException", "NullPointerException",
      "List", "Map", "Set", "Collection", "Objects", "Optional", "Stream", "Supplier", "UUID", "URI",
      "BigDecimal", "BigInteger", "OffsetDateTime", "LocalDate", "Duration", "CompletableFuture", "Type",
      "JsonNode", "TypeReference", "JsonProperty", "JsonCreator", "JsonDeserialize", "JsonPOJOBuilder", "Nullable",
      "Nonnull", "Generated", "Response", "RequestOptions", "ClientConfig", "ClientBuilder", "Credential",
      "ApiRequest", "ApiInvoker", "JsonModel", "JsonModelBuilder", "OpenEnum", "OpenValueEnum", "BinaryBody",
      "Pages", "TaskWaiter", "WaitOptions", "TaskView", "TaskShape", "Builder", "Known", "FieldWriter",
      "RawClient", "AsyncClient", "InputStream");

  private final List<CodegenOperation> generatedOperations = new ArrayList<>();
  private ClientShape clientShape;

  /** Sets up the templates and the defaults every taskclients client shares. */
  public TaskclientsJavaCodegen() {
    templateDir = TEMPLATES;
    embeddedTemplateDir = TEMPLATES;
    modelTemplateFiles.clear();
    modelTemplateFiles.put("model.mustache", ".java");
    apiTemplateFiles.clear();
    apiTemplateFiles.put("api.mustache", ".java");
    apiTestTemplateFiles.clear();
    modelTestTemplateFiles.clear();
    apiDocTemplateFiles.clear();
    modelDocTemplateFiles.clear();
    supportingFiles.clear();
    // allOf is merged into one model with every property; our models have no class hierarchy.
    supportsInheritance = false;
    dateLibrary = "java8";
    openApiNullable = false;
    useJakartaEe = true;
    hideGenerationTimestamp = true;
    apiNameSuffix = "Client";
    typeMapping.put("AnyType", "JsonNode");
    typeMapping.put("file", "BinaryBody");
    typeMapping.put("binary", "BinaryBody");
    importMapping.put("JsonNode", "com.fasterxml.jackson.databind.JsonNode");
    importMapping.put("BinaryBody", "dev.taskclients.runtime.BinaryBody");
    // Resolve inline enums into named enum models, so each gets our open-enum class.
    inlineSchemaOption.put("RESOLVE_INLINE_ENUMS", "true");
  }

  @Override
  public CodegenType getTag() {
    return CodegenType.CLIENT;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public String getHelp() {
    return "Generates a taskclients Java client: immutable models, typed errors, sync/async/raw calls.";
  }

  @Override
  public void processOpts() {
    additionalProperties.putIfAbsent(CodegenConstants.HIDE_GENERATION_TIMESTAMP, true);
    additionalProperties.putIfAbsent(OPENAPI_NULLABLE, false);
    additionalProperties.putIfAbsent(USE_JAKARTA_EE, true);
    additionalProperties.putIfAbsent(DATE_LIBRARY, "java8");
    super.processOpts();
    // processOpts may point templateDir at a library folder; ours has none.
    templateDir = TEMPLATES;
    embeddedTemplateDir = TEMPLATES;
    supportingFiles.clear();
  }

  @Override
  public void preprocessOpenAPI(OpenAPI openAPI) {
    super.preprocessOpenAPI(openAPI);
    SpecSupport.check(openAPI);
    clientShape = ClientShape.of(openAPI, this);
    additionalProperties.putAll(clientShape.templateValues());
  }

  /** Every operation goes into one client named after the API, once, whatever its tags. */
  @Override
  public void addOperationToGroup(String tag, String resourcePath, Operation operation, CodegenOperation co,
      Map<String, List<CodegenOperation>> operations) {
    String group = clientName();
    for (CodegenOperation existing : operations.getOrDefault(group, List.of())) {
      if (existing.path.equals(co.path) && existing.httpMethod.equals(co.httpMethod)) {
        return;
      }
    }
    super.addOperationToGroup(group, resourcePath, operation, co, operations);
  }

  private String clientName() {
    Object name = additionalProperties.get(CLIENT_NAME);
    if (name != null && !name.toString().isBlank()) {
      return name.toString();
    }
    String title = openAPI != null && openAPI.getInfo() != null ? openAPI.getInfo().getTitle() : null;
    return StringUtils.camelize(sanitizeName(title == null || title.isBlank() ? "Api" : title));
  }

  @Override
  public CodegenOperation fromOperation(String path, String httpMethod, Operation operation, List<Server> servers) {
    CodegenOperation op = super.fromOperation(path, httpMethod, operation, servers);
    OperationShape.describe(op, operation, servers, openAPI, this);
    return op;
  }

  @Override
  public OperationsMap postProcessOperationsWithModels(OperationsMap objs, List<ModelMap> allModels) {
    OperationsMap processed = super.postProcessOperationsWithModels(objs, allModels);
    generatedOperations.addAll(processed.getOperations().getOperation());
    return processed;
  }

  @Override
  public ModelsMap postProcessModels(ModelsMap objs) {
    ModelsMap processed = super.postProcessModels(objs);
    for (ModelMap modelMap : processed.getModels()) {
      CodegenModel model = modelMap.getModel();
      for (CodegenProperty var : model.vars) {
        // A read-only field is absent from requests and a write-only one from responses, so neither
        // can be required in both directions: required is checked only for the others.
        var.vendorExtensions.put("x-tc-checked-required", var.required && !var.isReadOnly && !var.isWriteOnly);
      }
      model.vendorExtensions.put("x-tc-has-checked-required",
          model.vars.stream().anyMatch(v -> Boolean.TRUE.equals(v.vendorExtensions.get("x-tc-checked-required"))));
    }
    return processed;
  }

  @Override
  public String toModelName(String name) {
    String javaName = super.toModelName(name);
    return TAKEN_TYPE_NAMES.contains(javaName) ? javaName + "Model" : javaName;
  }

  /** {@code class} becomes {@code class_}: reads better than the generator's {@code _class}. */
  @Override
  public String escapeReservedWord(String name) {
    if (reservedWordsMappings().containsKey(name)) {
      return reservedWordsMappings().get(name);
    }
    return name + "_";
  }

  @Override
  protected ImmutableMap.Builder<String, Mustache.Lambda> addMustacheLambdas() {
    return super.addMustacheLambdas()
        .put("javadoc", (fragment, out) -> out.write(JavaText.javadoc(fragment.execute())))
        .put("javaString", (fragment, out) -> out.write(JavaText.stringLiteralBody(fragment.execute())));
  }

  /**
   * The operations generated in the last run, with every variable the templates saw; the corpus gate
   * reads them to call each operation.
   *
   * @return the operations, in the order they were generated
   */
  public List<CodegenOperation> generatedOperations() {
    return Collections.unmodifiableList(generatedOperations);
  }

  /**
   * The client-level facts of the last run: servers, security schemes and their builder setters.
   *
   * @return the shape, or null before a spec was processed
   */
  public ClientShape clientShape() {
    return clientShape;
  }

  /** Exposes the generator's type declaration to the shape helpers. */
  String javaType(io.swagger.v3.oas.models.media.Schema<?> schema) {
    return getTypeDeclaration(schema);
  }

  /** Exposes the generator's camel-casing to the shape helpers. */
  String lowerCamel(String name) {
    return StringUtils.camelize(sanitizeName(name), CamelizeOption.LOWERCASE_FIRST_LETTER);
  }

  /** Exposes the generator's camel-casing to the shape helpers. */
  String upperCamel(String name) {
    return StringUtils.camelize(sanitizeName(name));
  }

  /** A Java identifier for a name: camel case, a keyword escaped. */
  String identifier(String name) {
    String id = lowerCamel(name);
    if (id.isEmpty()) {
      return "value";
    }
    if (Character.isDigit(id.charAt(0))) {
      id = "_" + id;
    }
    return isReservedWord(id.toLowerCase(Locale.ROOT)) ? escapeReservedWord(id) : id;
  }

  /** Whether a parameter is the request-id header the runtime fills from RequestOptions. */
  static boolean isRequestIdHeader(CodegenParameter param) {
    return Boolean.TRUE.equals(param.vendorExtensions.get("x-taskclients-request-id"));
  }
}
