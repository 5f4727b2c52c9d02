package dev.taskclients.codegen;

import com.google.common.collect.ImmutableMap;
import com.samskivert.mustache.Mustache;
import dev.taskclients.codegen.view.ClientFile;
import dev.taskclients.codegen.view.ModelFile;
import dev.taskclients.codegen.view.OperationView;
import dev.taskclients.codegen.view.PagesView;
import dev.taskclients.codegen.view.ParamsClassView;
import dev.taskclients.codegen.view.RootClientView;
import dev.taskclients.codegen.view.SubClientRef;
import dev.taskclients.codegen.view.SubClientView;
import dev.taskclients.codegen.view.TaskViewModel;
import dev.taskclients.codegen.view.ViewMethodView;
import dev.taskclients.codegen.view.WaiterView;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.servers.Server;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openapitools.codegen.CodegenConstants;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.CodegenParameter;
import org.openapitools.codegen.CodegenProperty;
import org.openapitools.codegen.CodegenType;
import org.openapitools.codegen.SupportingFile;
import org.openapitools.codegen.languages.AbstractJavaCodegen;
import org.openapitools.codegen.model.ModelMap;
import org.openapitools.codegen.model.ModelsMap;
import org.openapitools.codegen.model.OperationsMap;
import org.openapitools.codegen.utils.CamelizeOption;
import org.openapitools.codegen.utils.StringUtils;

/**
 * The {@code taskclients-java} generator: OpenAPI Generator's Java type mapping and naming, our
 * templates only (packaged under {@code taskclients-java/}, the only place templates are looked
 * up), one client per spec (with a sub-client per resource when the spec's operations name several
 * groups, and a class per operation's optional parameters: {@link ClientLayout}), and models. A
 * construct the templates cannot express degrades the smallest unit it touches (a parameter, a
 * body, a schema) to its most faithful generic form, never the whole spec ({@link SpecRepairs},
 * {@link OperationShape}); each degradation is listed in the {@link GenerationReport}.
 *
 * <p>The templates read nothing the generator computes but the records of {@link
 * dev.taskclients.codegen.view}: each file's data holds one under the key {@value #VIEW} ({@link
 * ClientFile} for the client's files, {@link ModelFile} for the models', {@link
 * dev.taskclients.codegen.view.SupportingView} for {@code module-info.java} and the report),
 * computed here from the generator's variables and the spec ({@link OperationShape}, {@link
 * OperationViews}, {@link ClientShape}, {@link ModelViews}, {@link PolymorphicModels}).
 *
 * <p>An OpenAPI 3.1 spec is first rewritten into its 3.0 form by {@link OpenApi31Downgrade}, run
 * from {@link TaskclientsNormalizer} before the generator's own normalizer; everything after reads
 * 3.0.
 */
public class TaskclientsJavaCodegen extends AbstractJavaCodegen {
  /** The name to pass as {@code generatorName}. */
  public static final String NAME = "taskclients-java";

  /**
   * Additional property: the client's name without the {@code Client} suffix, e.g. {@code Beatra}.
   */
  public static final String CLIENT_NAME = "clientName";

  /**
   * Additional property: the client's Java module name, e.g. {@code dev.taskclients.beatra}. When
   * set, a {@code module-info.java} is written (a supporting file, from {@code
   * module_info.mustache}); when not, the client is a plain class-path library, as the corpus gate
   * generates them.
   */
  public static final String MODULE_NAME = "moduleName";

  /**
   * Additional property: {@code true} lets a spec with validation problems through, each one a
   * warning in the {@link GenerationReport}; by default such a spec is refused ({@link
   * InvalidSpecException}).
   */
  public static final String LENIENT_VALIDATION = "lenientValidation";

  /** The key of each file's view record in the template data. */
  static final String VIEW = "tc";

  /** Where the templates sit on the class path. */
  static final String TEMPLATES = "taskclients-java";

  /**
   * The generator of the run going on in this thread, for {@link TaskclientsNormalizer}: OpenAPI
   * Generator creates the normalizer itself, by class name, and hands it nothing but the document
   * and its rules.
   */
  private static final ThreadLocal<TaskclientsJavaCodegen> ACTIVE = new ThreadLocal<>();

  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(TaskclientsJavaCodegen.class);

  /**
   * Simple names the generated code uses unqualified: a schema with one of these names would shadow
   * them (a model named {@code String} shadows {@code java.lang.String} in its package), so its
   * class gets the suffix {@code Model}.
   */
  private static final Set<String> TAKEN_TYPE_NAMES =
      Set.of(
          "Object",
          "String",
          "Integer",
          "Long",
          "Boolean",
          "Double",
          "Float",
          "Number",
          "Byte",
          "Short",
          "Character",
          "Void",
          "Class",
          "Enum",
          "Record",
          "Math",
          "System",
          "Thread",
          "Iterable",
          "Override",
          "Deprecated",
          "SuppressWarnings",
          "SafeVarargs",
          "FunctionalInterface",
          "Exception",
          "RuntimeException",
          "Error",
          "IllegalStateException",
          "IllegalArgumentException",
          "NullPointerException",
          "List",
          "Map",
          "Set",
          "Collection",
          "Objects",
          "Optional",
          "Stream",
          "Supplier",
          "UUID",
          "URI",
          "BigDecimal",
          "BigInteger",
          "OffsetDateTime",
          "LocalDate",
          "Duration",
          "CompletableFuture",
          "Type",
          "JsonNode",
          "TypeReference",
          "JsonProperty",
          "JsonCreator",
          "JsonDeserialize",
          "JsonPOJOBuilder",
          "Nullable",
          "Nonnull",
          "Generated",
          "Response",
          "RequestOptions",
          "ClientConfig",
          "ClientBuilder",
          "Credential",
          "ApiRequest",
          "ApiInvoker",
          "JsonModel",
          "JsonModelBuilder",
          "OpenEnum",
          "OpenEnumReader",
          "RetryAdvice",
          "BinaryBody",
          "Pages",
          "TaskWaiter",
          "WaitOptions",
          "TaskView",
          "STATES",
          "Builder",
          "Known",
          "FieldWriter",
          "RawClient",
          "AsyncClient",
          "InputStream",
          "Unknown",
          "Unions",
          "JsonValue",
          "JsonIgnore",
          "Reader",
          "JsonModelReader",
          "JsonParser",
          "DeserializationContext",
          "IOException",
          "JsonSerialize",
          // member types a model's Reader inherits (JsonModelReader, Jackson's JsonDeserializer),
          // which would shadow a model
          "ListedField",
          "None");

  /**
   * Member names a model or its builder already has (from {@code Object} and our base classes): a
   * property with one of these names gets the suffix {@code Value} ({@code builder} becomes {@code
   * builderValue()}).
   */
  private static final Set<String> TAKEN_MEMBER_NAMES =
      Set.of(
          "builder",
          "toBuilder",
          "build",
          "has",
          "additionalProperties",
          "additionalProperty",
          "removeAdditionalProperty",
          "toJsonMap",
          "writeFields",
          "mark",
          "copy",
          "requireFields",
          "isPresent",
          "equals",
          "hashCode",
          "toString",
          "getClass",
          "wait",
          "notify",
          "notifyAll",
          "clone",
          "finalize",
          "known",
          "isKnown",
          "value",
          "of",
          "knownValues",
          "fromJson");

  /** Parameter names the generated call methods use themselves. */
  private static final Set<String> TAKEN_PARAMETER_NAMES =
      Set.of("options", "params", "invoker", "raw", "async", "config", "request");

  /** The views of the operations generated in the last run, in the order they were generated. */
  private final List<OperationView> operationViews = new ArrayList<>();

  /**
   * Every operation once, in the order the generator offered them (an operation with two tags is
   * offered twice).
   */
  private final List<CodegenOperation> operations = new ArrayList<>();

  /**
   * What each operation the generator read needs (by identity: the generator's operations compare
   * by value).
   */
  private final Map<CodegenOperation, OperationShape> shapes = new IdentityHashMap<>();

  /** The group of each operation a sub-client holds. */
  private final Map<CodegenOperation, String> groupNames = new IdentityHashMap<>();

  /** Where the layout put each operation. */
  private final Map<CodegenOperation, OperationViews.Placement> placements =
      new IdentityHashMap<>();

  /** The view of each operation, once every operation is processed. */
  private final Map<CodegenOperation, OperationView> views = new IdentityHashMap<>();

  /** The generator's group key of each sub-client and parameter class, and the class it writes. */
  private final Map<String, String> keyClasses = new java.util.HashMap<>();

  private final Map<String, String> groupKeys = new java.util.LinkedHashMap<>();
  private final Map<String, CodegenOperation> paramsKeys = new java.util.HashMap<>();
  private final Set<String> modelClasses = new java.util.HashSet<>();

  /**
   * Every model, by class name, once the models are processed: pages and waiters resolve fields
   * through them.
   */
  private Map<String, CodegenModel> modelsByClass = Map.of();

  /** The imports the generator lists for each model's types, by schema name. */
  private final Map<String, List<String>> generatorImports = new java.util.HashMap<>();

  private ClientLayout layout;
  private List<ClientLayout.Group> groups = List.of();
  private boolean laidOut;
  private boolean operationsProcessed;
  private ClientShape clientShape;
  private Map<String, Polymorphism.Poly> polymorphic = Map.of();
  private final List<PolymorphicType> polymorphicTypes = new ArrayList<>();
  private GenerationReport report = new GenerationReport();

  /**
   * A refusal found while the normalizer ran, which swallows exceptions: thrown by {@link
   * #preprocessOpenAPI}.
   */
  private RuntimeException refusal;

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
    // A free-form object is any JSON: a tree keeps it exactly, numbers and nulls included.
    typeMapping.put("object", "JsonNode");
    typeMapping.put("file", "BinaryBody");
    typeMapping.put("binary", "BinaryBody");
    importMapping.put("JsonNode", "com.fasterxml.jackson.databind.JsonNode");
    importMapping.put("BinaryBody", "dev.taskclients.runtime.BinaryBody");
    // Resolve inline enums into named enum models, so each gets our open-enum class.
    inlineSchemaOption.put("RESOLVE_INLINE_ENUMS", "true");
    // Our normalizer first rewrites an OpenAPI 3.1 spec into its 3.0 form (see OpenApi31Downgrade).
    openapiNormalizer.put("NORMALIZER_CLASS", TaskclientsNormalizer.class.getName());
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
    // The banner names the spec: as the build labels it (specFile), else by the input spec's file
    // name.
    Object specFile = additionalProperties.get("specFile");
    if ((specFile == null || specFile.toString().isBlank()) && getInputSpec() != null) {
      additionalProperties.put(
          "specFile", java.nio.file.Path.of(getInputSpec()).getFileName().toString());
    }
    // Operation method names are made unique across the client once every operation is known
    // (layOut), not per generator group: a sub-client's file may be written before the root
    // client's.
    addSuffixToDuplicateOperationNicknames = false;
    // errorModel (the type of error bodies of undocumented statuses) is optional.
    Object errorModel = additionalProperties.get("errorModel");
    if (errorModel != null && errorModel.toString().isBlank()) {
      additionalProperties.remove("errorModel");
    }
    // processOpts may point templateDir at a library folder; ours has none.
    templateDir = TEMPLATES;
    embeddedTemplateDir = TEMPLATES;
    // The only supporting file we write; any other would come from a bundled template.
    supportingFiles.clear();
    Object moduleName = additionalProperties.get(MODULE_NAME);
    if (moduleName != null && !moduleName.toString().isBlank()) {
      supportingFiles.add(
          new SupportingFile("module_info.mustache", sourceFolder, "module-info.java"));
    } else {
      additionalProperties.remove(MODULE_NAME);
    }
    supportingFiles.add(
        new SupportingFile("generation_report.mustache", "", GenerationReport.FILE_NAME));
    report = new GenerationReport();
    refusal = null;
    ACTIVE.set(this);
  }

  /**
   * The generator whose run is going on in this thread, if it is the one whose normalizer rules
   * these are.
   *
   * @param rules the rules the normalizer was given
   * @return the generator, or null (a normalizer used on its own)
   */
  static TaskclientsJavaCodegen active(Map<String, String> rules) {
    TaskclientsJavaCodegen codegen = ACTIVE.get();
    return codegen != null && codegen.openapiNormalizer() == rules ? codegen : null;
  }

  /**
   * Reads the spec again the way {@link SpecInput} does, and makes the result the document being
   * generated; called by the normalizer before anything else looks at the document. A refusal is
   * kept for {@link #preprocessOpenAPI}, since the generator logs and ignores what a normalizer
   * throws.
   *
   * @param openAPI the generator's document
   * @return false when the spec is refused
   */
  boolean prepareInput(OpenAPI openAPI) {
    try {
      SpecInput.replaceContent(
          openAPI, SpecInput.read(getInputSpec(), lenientValidation(), report));
      return true;
    } catch (RuntimeException e) {
      refusal = e;
      return false;
    }
  }

  private boolean lenientValidation() {
    Object value = additionalProperties.get(LENIENT_VALIDATION);
    return value != null && Boolean.parseBoolean(value.toString().trim());
  }

  /**
   * @return what this run degraded, and the validation problems it let through
   */
  public GenerationReport report() {
    return report;
  }

  /**
   * Gives the supporting files their view: which packages exist (a spec may have no operations or
   * no models) and what the report lists.
   */
  @Override
  @SuppressWarnings("unchecked") // the generator's bundle holds these types under these keys
  public Map<String, Object> postProcessSupportingFileData(Map<String, Object> objs) {
    Map<String, Object> data = super.postProcessSupportingFileData(objs);
    List<ModelMap> models = (List<ModelMap>) data.getOrDefault("models", List.of());
    data.put(
        VIEW,
        report.view(
            !operationViews.isEmpty(), models.stream().anyMatch(m -> !m.getModel().isAlias)));
    // The one line a build prints about what it degraded; the details are in the report.
    if (report.degradations().isEmpty() && report.validationWarnings().isEmpty()) {
      LOG.info(report.summaryLine());
    } else {
      LOG.warn(report.summaryLine());
    }
    ACTIVE.remove();
    return data;
  }

  @Override
  public void preprocessOpenAPI(OpenAPI openAPI) {
    if (refusal != null) {
      throw refusal;
    }
    super.preprocessOpenAPI(openAPI);
    SpecRepairs.paths(openAPI, report);
    keepSpecModelNames(openAPI);
    polymorphic = Polymorphism.find(openAPI);
    layout = ClientLayout.of(openAPI);
    clientShape = ClientShape.of(openAPI, this);
  }

  private static boolean isUnion(io.swagger.v3.oas.models.media.Schema<?> schema) {
    return schema.getOneOf() != null && !schema.getOneOf().isEmpty()
        || schema.getAnyOf() != null && !schema.getAnyOf().isEmpty();
  }

  /**
   * A reference to a model the spec defines is that model, even when the schema's name is one the
   * generator maps to a type of its own ({@code DateTime} to {@code OffsetDateTime}, {@code URI},
   * {@code UUID}, {@code ByteArray}, {@code AnyType}, {@code file}, ...); a reference to a
   * primitive alias stays its type.
   */
  @Override
  @SuppressWarnings("rawtypes") // the generator's signature
  public String getSchemaType(io.swagger.v3.oas.models.media.Schema schema) {
    if (schema != null && schema.get$ref() != null && openAPI != null) {
      io.swagger.v3.oas.models.media.Schema unaliased = unaliasSchema(schema);
      if (unaliased.get$ref() != null) {
        String name = org.openapitools.codegen.utils.ModelUtils.getSimpleRef(unaliased.get$ref());
        if (typeMapping.containsKey(name) && !schemaMapping.containsKey(name)) {
          return toModelName(name);
        }
      }
    }
    return super.getSchemaType(schema);
  }

  @Override
  @SuppressWarnings("rawtypes") // the generator's signature
  public String getTypeDeclaration(io.swagger.v3.oas.models.media.Schema schema) {
    // An inline union the generator left inline (a parameter's schema, say) is read as a JSON tree:
    // exact and lossless.
    return schema != null && schema.get$ref() == null && isUnion(schema)
        ? "JsonNode"
        : super.getTypeDeclaration(schema);
  }

  /**
   * Lays the operations out in the generator's groups, each of which becomes a file: every
   * operation, once whatever its tags (the generator offers an operation once per tag), goes into
   * the group of the root client, named after the API (the file exists whenever there is an
   * operation; its template writes only the operations no sub-client holds); an operation of a
   * grouped client also goes into its sub-client's group; and one with optional parameters into a
   * group of its own, its parameter class. Two operations may share a path and method once their
   * spec keys' fragments are dropped ({@code /files/{id}#add_link}), so an operation is known by
   * its spec key. See {@link ClientLayout}.
   */
  @Override
  public void addOperationToGroup(
      String tag,
      String resourcePath,
      Operation operation,
      CodegenOperation co,
      Map<String, List<CodegenOperation>> groups) {
    for (CodegenOperation existing : operations) {
      if (shapes.get(existing).specPath().equals(shapes.get(co).specPath())
          && existing.httpMethod.equals(co.httpMethod)) {
        return;
      }
    }
    if (laidOut) {
      throw new IllegalStateException(
          "an operation was offered after the client's classes were named: " + co.operationId);
    }
    super.addOperationToGroup(clientName(), resourcePath, operation, co, groups);
    operations.add(co);
    String group = layout.subClientOf(operation);
    if (group != null) {
      groupNames.put(co, group);
      String key = groupKeys.computeIfAbsent(group, g -> "group " + (groupKeys.size() + 1));
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(co);
    }
    if (OperationShape.hasOptionalParameters(co)) {
      String key = "params " + (paramsKeys.size() + 1);
      paramsKeys.put(key, co);
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(co);
    }
  }

  /**
   * The class a group of {@link #addOperationToGroup} writes: the root client, a sub-client or a
   * parameter class.
   */
  @Override
  public String toApiName(String name) {
    if (name.equals(clientName())
        || groupKeys.containsValue(name)
        || paramsKeys.containsKey(name)) {
      layOut();
    }
    String className = keyClasses.get(name);
    return className != null ? className : super.toApiName(name);
  }

  /**
   * Names what {@link #addOperationToGroup} laid out, once every operation is known and before any
   * file is written: operation method names unique across the client (the generator's rule, {@code
   * name_1}, in its order), the sub-clients ({@link ClientLayout#name}), each operation's parameter
   * class, the class that holds it and, for a sub-client's, the root client's accessor.
   */
  private void layOut() {
    if (laidOut || operations.isEmpty()) {
      return;
    }
    laidOut = true;
    List<CodegenOperation> ordered = operationsInGeneratorOrder();
    Set<String> seen = new java.util.HashSet<>();
    int counter = 0;
    for (CodegenOperation op : ordered) {
      String name = op.nickname;
      while (seen.contains(op.nickname)) {
        op.nickname = name + "_" + ++counter;
      }
      seen.add(op.nickname);
    }
    String rootClass = super.toApiName(clientName());
    Set<String> rootMethods = new java.util.HashSet<>();
    for (CodegenOperation op : operations) {
      if (!groupNames.containsKey(op)) {
        rootMethods.add(op.nickname);
        if (shapes.get(op).streamable()) {
          rootMethods.add(op.nickname + "AsStream");
        }
        if (op.vendorExtensions.containsKey("x-taskclients-pages")) {
          rootMethods.addAll(List.of(op.nickname + "Pages", op.nickname + "All", "waitForAll"));
        }
        if (op.vendorExtensions.containsKey("x-taskclients-waiter")) {
          rootMethods.add("waitForCompletion");
        }
      }
    }
    Set<String> takenClasses = new java.util.HashSet<>(modelClasses);
    takenClasses.add(rootClass);
    groups =
        groupKeys.isEmpty()
            ? List.of()
            : layout.name(groupKeys.keySet(), rootMethods, takenClasses);
    Map<String, ClientLayout.Group> byName = new java.util.HashMap<>();
    Set<String> classes = new java.util.HashSet<>();
    takenClasses.forEach(c -> classes.add(c.toLowerCase(Locale.ROOT)));
    ClientLayout.NESTED_CLASSES.forEach(c -> classes.add(c.toLowerCase(Locale.ROOT)));
    for (ClientLayout.Group group : groups) {
      byName.put(group.name(), group);
      keyClasses.put(groupKeys.get(group.name()), group.className());
      classes.add(group.className().toLowerCase(Locale.ROOT));
    }
    for (CodegenOperation op : ordered) {
      ClientLayout.Group group = byName.get(groupNames.get(op));
      String paramsClass =
          OperationShape.hasOptionalParameters(op)
              ? ClientLayout.paramsClass(op.nickname, classes)
              : null;
      placements.put(
          op,
          new OperationViews.Placement(
              group == null ? rootClass : group.className(),
              group == null ? null : group.accessor(),
              paramsClass));
    }
    paramsKeys.forEach((key, op) -> keyClasses.put(key, placements.get(op).paramsClass()));
  }

  /** The operations in the order the generator sorts a group: by operationId, stable. */
  private List<CodegenOperation> operationsInGeneratorOrder() {
    List<CodegenOperation> ordered = new ArrayList<>(operations);
    ordered.sort(
        java.util.Comparator.comparing(
            op -> op.operationId,
            java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
    return ordered;
  }

  /**
   * A model the spec defines is always the generated class: a schema named like a type the
   * generator maps to a JDK class ({@code Timestamp} to {@code java.sql.Timestamp}, {@code Date},
   * {@code File}, ...) would otherwise silently become that class.
   */
  private void keepSpecModelNames(OpenAPI openAPI) {
    if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
      return;
    }
    for (String name : openAPI.getComponents().getSchemas().keySet()) {
      String javaName = toModelName(name);
      if (!javaName.equals("JsonNode") && !javaName.equals("BinaryBody")) {
        importMapping.remove(javaName);
      }
    }
    // A name the generator maps to a type of its own (DateTime, URI, UUID, ByteArray, AnyType,
    // file, ...) would be neither generated nor referred to: the schema gets another key, and its
    // class the name it would have had.
    @SuppressWarnings("rawtypes") // swagger-models' schema map is raw
    Map<String, io.swagger.v3.oas.models.media.Schema> schemas =
        openAPI.getComponents().getSchemas();
    Map<String, String> renamed = new java.util.HashMap<>();
    for (String name : schemas.keySet()) {
      if (typeMapping.containsKey(name) && !schemaMapping.containsKey(name)) {
        String key = name + "Model";
        while (schemas.containsKey(key) || typeMapping.containsKey(key)) {
          key = key + "_";
        }
        // The generator's own toModelName answers the mapped type for such a name: camel-case it
        // here. A class name that is itself mapped (DateTime) would be mapped again where it is
        // used: it gets the suffix.
        String className = upperCamel(name);
        boolean taken =
            TAKEN_TYPE_NAMES.contains(className)
                || typeMapping.containsKey(className)
                || isReservedWord(className.toLowerCase(Locale.ROOT));
        modelNameMapping().put(key, taken ? className + "Model" : className);
        renamed.put(name, key);
      }
    }
    if (!renamed.isEmpty()) {
      @SuppressWarnings("rawtypes") // swagger-models' schema map is raw
      Map<String, io.swagger.v3.oas.models.media.Schema> rekeyed = new java.util.LinkedHashMap<>();
      schemas.forEach((name, schema) -> rekeyed.put(renamed.getOrDefault(name, name), schema));
      openAPI.getComponents().setSchemas(rekeyed);
      SpecRepairs.renameSchemaReferences(openAPI, renamed);
    }
    distinctClassNames(openAPI.getComponents().getSchemas().keySet());
  }

  /**
   * Two schemas whose names make one class name ({@code ClassificationTemplate}, and the inline
   * enum of a property {@code $template} of {@code Classification}) would write one file over the
   * other: the schema named exactly like the class keeps it, the others get a number. Compared
   * ignoring case, as a file system may.
   */
  private void distinctClassNames(java.util.Set<String> schemaNames) {
    Map<String, List<String>> byClass = new java.util.LinkedHashMap<>();
    for (String name : schemaNames) {
      byClass
          .computeIfAbsent(toModelName(name).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(name);
    }
    java.util.Set<String> taken = new java.util.HashSet<>(byClass.keySet());
    for (List<String> names : byClass.values()) {
      if (names.size() < 2) {
        continue;
      }
      String owner =
          names.stream().filter(n -> n.equals(toModelName(n))).findFirst().orElse(names.get(0));
      for (String name : names) {
        if (name.equals(owner)) {
          continue;
        }
        String base = toModelName(name);
        String className = base;
        for (int n = 2; !taken.add(className.toLowerCase(Locale.ROOT)); n++) {
          className = base + n;
        }
        modelNameMapping().put(name, className);
      }
    }
  }

  private String clientName() {
    Object name = additionalProperties.get(CLIENT_NAME);
    if (name != null && !name.toString().isBlank()) {
      return name.toString();
    }
    String title =
        openAPI != null && openAPI.getInfo() != null ? openAPI.getInfo().getTitle() : null;
    return StringUtils.camelize(sanitizeName(title == null || title.isBlank() ? "Api" : title));
  }

  @Override
  public CodegenOperation fromOperation(
      String path, String httpMethod, Operation operation, List<Server> servers) {
    CodegenOperation op = super.fromOperation(path, httpMethod, operation, servers);
    // The spec's path key names the operation (reports, the gate); the path called may differ
    // (SpecRepairs).
    Object called =
        operation.getExtensions() == null ? null : operation.getExtensions().get(SpecRepairs.PATH);
    if (called != null) {
      op.path = called.toString();
    }
    blankTextIsNone(op, httpMethod);
    OperationShape shape = OperationShape.describe(op, path, operation, servers, openAPI, this);
    shape.degradations(
        report.of(httpMethod, path).stream()
            .map(d -> d.construct() + " (" + d.location() + "): " + d.generated())
            .collect(Collectors.toList()));
    shapes.put(op, shape);
    return op;
  }

  /**
   * Empty or blank text in the spec is no text: an empty description would give the Javadoc an
   * empty paragraph ({@code <p>} alone fails doclint), an empty summary a sentence of one full
   * stop. An operation without a summary is summed up by its description's first sentence, else by
   * its method and path.
   */
  private static void blankTextIsNone(CodegenOperation op, String httpMethod) {
    if (op.unescapedNotes != null && op.unescapedNotes.isBlank()) {
      op.unescapedNotes = null;
      op.notes = null;
    }
    if (op.summary == null || op.summary.isBlank()) {
      String sentence = op.notes == null ? null : firstSentence(op.notes);
      op.summary =
          sentence != null
              ? sentence
              : "Calls " + httpMethod.toUpperCase(Locale.ROOT) + " " + op.path;
    }
    for (CodegenParameter param : op.allParams) {
      if (param.unescapedDescription != null && param.unescapedDescription.isBlank()) {
        param.unescapedDescription = null;
        param.description = null;
      }
    }
  }

  /**
   * The first sentence of a text (up to the first full stop followed by a space, or the first
   * line), or null.
   */
  private static String firstSentence(String text) {
    String line = text.strip().split("\\R", 2)[0].strip();
    int stop = line.indexOf(". ");
    String sentence =
        stop > 0
            ? line.substring(0, stop)
            : line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    return sentence.isBlank() || sentence.length() > 200 ? null : sentence;
  }

  /**
   * The generator's view of security schemes, which our templates do not read (ClientShape does):
   * mutual TLS left out, since the generator logs it as an unknown type, an ERROR line for nothing
   * wrong.
   */
  @Override
  public List<org.openapitools.codegen.CodegenSecurity> fromSecurity(
      Map<String, io.swagger.v3.oas.models.security.SecurityScheme> schemes) {
    if (schemes == null) {
      return super.fromSecurity(null);
    }
    Map<String, io.swagger.v3.oas.models.security.SecurityScheme> withoutMutualTls =
        new java.util.LinkedHashMap<>(schemes);
    withoutMutualTls.values().removeIf(ClientShape::isMutualTls);
    return super.fromSecurity(withoutMutualTls);
  }

  /**
   * Gives each group's file its view ({@link ClientFile}): the root client, a sub-client or a
   * parameter class. Every operation is processed once, by the first group that gets here, before
   * any file is written.
   */
  @Override
  public OperationsMap postProcessOperationsWithModels(
      OperationsMap objs, List<ModelMap> allModels) {
    layOut();
    processOperations(allModels);
    String className = objs.getOperations().getClassname();
    List<CodegenOperation> held = objs.getOperations().getOperation();
    boolean params =
        paramsKeys.keySet().stream().anyMatch(key -> className.equals(keyClasses.get(key)));
    ClientLayout.Group group =
        groups.stream().filter(g -> g.className().equals(className)).findFirst().orElse(null);
    // The model package exists only when some model is written (aliases are not).
    Set<String> models =
        allModels.stream()
            .map(ModelMap::getModel)
            .filter(m -> !m.isAlias)
            .map(m -> m.classname)
            .collect(Collectors.toSet());
    ClientImports imports = new ClientImports(importMapping(), models, modelPackage());
    ClientFile file;
    if (params) {
      OperationView op = views.get(held.get(0));
      file =
          new ClientFile(
              apiPackage(),
              imports.parameters(op.optional()).sorted(),
              null,
              null,
              new ParamsClassView(op));
    } else if (group != null) {
      List<OperationView> ops = held.stream().map(views::get).toList();
      file =
          new ClientFile(
              apiPackage(),
              imports.subClient().operations(ops).sorted(),
              null,
              new SubClientView(
                  className,
                  JavaText.javadoc(group.name()).replace("{@", "{&#64;"),
                  group.description(),
                  super.toApiName(clientName()),
                  group.accessor(),
                  ops),
              null);
    } else {
      List<OperationView> own =
          held.stream().filter(op -> !groupNames.containsKey(op)).map(views::get).toList();
      objs.getOperations()
          .setOperation(
              held.stream().filter(op -> !groupNames.containsKey(op)).collect(Collectors.toList()));
      List<SubClientRef> subClients =
          groups.stream()
              .map(
                  g ->
                      new SubClientRef(
                          g.accessor(),
                          g.className(),
                          JavaText.javadoc(g.name()).replace("{@", "{&#64;"),
                          g.description() == null ? null : summary(g.description())))
              .toList();
      imports.root(clientShape.builder()).operations(own);
      file =
          new ClientFile(
              apiPackage(),
              imports.sorted(),
              new RootClientView(
                  className,
                  text("appName"),
                  text("version"),
                  text("unescapedAppDescription"),
                  !groups.isEmpty(),
                  subClients,
                  own,
                  clientShape.defaultBaseUrl(),
                  clientShape.servers(),
                  clientShape.builder()),
              null,
              null);
    }
    objs.put(VIEW, file);
    return objs;
  }

  private String text(String property) {
    Object value = additionalProperties.get(property);
    return value == null ? null : value.toString();
  }

  /**
   * The generator's processing of each operation, once, and what ours adds: each operation's view.
   */
  private void processOperations(List<ModelMap> allModels) {
    if (operationsProcessed) {
      return;
    }
    operationsProcessed = true;
    List<CodegenOperation> ordered = operationsInGeneratorOrder();
    OperationsMap all = new OperationsMap();
    org.openapitools.codegen.model.OperationMap map =
        new org.openapitools.codegen.model.OperationMap();
    map.setOperation(ordered);
    all.setOperation(map);
    all.setImports(new ArrayList<>());
    super.postProcessOperationsWithModels(all, allModels);
    Object errorModel = additionalProperties.get("errorModel");
    for (CodegenOperation op : ordered) {
      OperationView view =
          OperationViews.of(
              op,
              shapes.get(op),
              placements.get(op),
              errorModel == null ? null : errorModel.toString(),
              pages(op),
              waiter(op, allModels));
      views.put(op, view);
      operationViews.add(view);
    }
  }

  /**
   * A paged operation's {@code x-taskclients-pages}: the page's link and items, read through its
   * getters.
   */
  private PagesView pages(CodegenOperation op) {
    Object extension = op.vendorExtensions.get(PagesMapping.EXTENSION);
    if (extension == null) {
      return null;
    }
    String where =
        "paths."
            + shapes.get(op).specPath()
            + "."
            + op.httpMethod.toLowerCase(Locale.ROOT)
            + "."
            + PagesMapping.EXTENSION;
    return new PagesMapping(modelsByClass)
        .map(
            extension,
            shapes.get(op).returnType(),
            where,
            this::toModelName,
            OperationViews.truthy(op.vendorExtensions.get("x-taskclients-batch-waiter")));
  }

  /** A description as one sentence for a summary line: its first sentence, its lines joined. */
  private static String summary(String description) {
    String text = description.strip().replaceAll("\\s+", " ");
    int stop = text.indexOf(". ");
    String sentence =
        stop > 0
            ? text.substring(0, stop)
            : text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    return JavaText.javadoc(sentence).replace("{@", "{&#64;");
  }

  /**
   * What {@code waitForCompletion} polls ({@code x-taskclients-waiter}). A waiter whose task id
   * travels in the request body ({@code taskIdIn: body, taskIdName: ...}) builds each poll's body
   * through the body's model: its builder setter for that property.
   */
  private static WaiterView waiter(CodegenOperation op, List<ModelMap> allModels) {
    Object extension = op.vendorExtensions.get("x-taskclients-waiter");
    if (!OperationViews.truthy(extension)) {
      return null;
    }
    if (!(extension instanceof Map<?, ?> waiter)
        || !"body".equals(waiter.get("taskIdIn"))
        || op.bodyParam == null) {
      return new WaiterView(op.bodyParam == null ? null : op.bodyParam.dataType, null);
    }
    String where =
        "paths." + op.path + "." + op.httpMethod.toLowerCase(Locale.ROOT) + ".x-taskclients-waiter";
    Object taskIdName = waiter.get("taskIdName");
    CodegenModel body =
        allModels.stream()
            .map(ModelMap::getModel)
            .filter(model -> model.classname.equals(op.bodyParam.dataType))
            .findFirst()
            .orElseThrow(
                () ->
                    new UnsupportedSpecException(
                        where,
                        "the task id travels in the body, so the body must be a model with a property '"
                            + taskIdName
                            + "'"));
    CodegenProperty property =
        body.vars.stream()
            .filter(var -> var.baseName.equals(taskIdName))
            .findFirst()
            .orElseThrow(
                () ->
                    new UnsupportedSpecException(
                        where,
                        "taskIdName '"
                            + taskIdName
                            + "' is not a property of the request body "
                            + body.name
                            + "; name one of its properties"));
    return new WaiterView(op.bodyParam.dataType, property.name);
  }

  /**
   * Keeps the spec's own default (the generator's defaultValue is a Java initializer, e.g. {@code
   * new HashMap<>()}).
   */
  @Override
  @SuppressWarnings("rawtypes") // the generator's signature
  public CodegenProperty fromProperty(
      String name,
      io.swagger.v3.oas.models.media.Schema p,
      boolean required,
      boolean schemaIsFromAdditionalProperties) {
    CodegenProperty property =
        super.fromProperty(name, p, required, schemaIsFromAdditionalProperties);
    if (property != null && p != null && p.getDefault() != null) {
      // Carried on the property itself, which the generator copies when it merges models.
      property.vendorExtensions.put(ModelViews.SPEC_DEFAULT, String.valueOf(p.getDefault()));
    }
    return property;
  }

  /**
   * Gives each model's file its view ({@link ModelFile}), once every model is known: a task model
   * implements {@code TaskView} and an error model that says whether to retry {@code RetryAdvice}
   * through its getters, and a polymorphic schema is a sealed interface its members implement.
   */
  @Override
  public Map<String, ModelsMap> postProcessAllModels(Map<String, ModelsMap> objs) {
    Map<String, ModelsMap> processed = super.postProcessAllModels(objs);
    // A class of the client's package would hide a model class of that name there: the layout
    // avoids these.
    processed
        .values()
        .forEach(
            models ->
                models.getModels().stream()
                    .map(ModelMap::getModel)
                    .filter(model -> !model.isAlias)
                    .forEach(model -> modelClasses.add(model.classname)));
    Map<String, CodegenModel> byClass = new java.util.HashMap<>();
    processed
        .values()
        .forEach(
            models ->
                models.getModels().forEach(m -> byClass.put(m.getModel().classname, m.getModel())));
    modelsByClass = byClass;
    // A polymorphic type is an interface, which implements neither TaskView nor RetryAdvice.
    TaskMapping tasks = new TaskMapping(byClass);
    RetryAdviceMapping advice = new RetryAdviceMapping(byClass);
    Map<String, TaskViewModel> taskViews = new java.util.HashMap<>();
    Map<String, ViewMethodView> retryAdvice = new java.util.HashMap<>();
    byClass.values().stream()
        .filter(model -> !polymorphic.containsKey(model.name))
        .forEach(
            model -> {
              if (model.vendorExtensions.containsKey(TaskMapping.EXTENSION)) {
                taskViews.put(model.name, tasks.map(model));
                addTypeImport(model, "java.util.Map");
                addTypeImport(model, "java.time.OffsetDateTime");
              }
              if (model.vendorExtensions.containsKey(RetryAdviceMapping.EXTENSION)) {
                retryAdvice.put(model.name, advice.map(model));
              }
            });
    PolymorphicModels.Found found =
        PolymorphicModels.describe(processed, polymorphic, openAPI, this);
    polymorphicTypes.addAll(found.types());
    ModelViews modelViews =
        new ModelViews(
            modelPackage(), found, taskViews, retryAdvice, generatorImports, importMapping());
    processed
        .values()
        .forEach(
            models ->
                models.getModels().forEach(m -> models.put(VIEW, modelViews.file(m.getModel()))));
    return processed;
  }

  /** Adds a type to a model's imports (sorted), unless it is there. */
  private void addTypeImport(CodegenModel model, String type) {
    List<String> imports = generatorImports.computeIfAbsent(model.name, k -> new ArrayList<>());
    if (!imports.contains(type)) {
      imports.add(type);
      imports.sort(null);
    }
  }

  @Override
  public ModelsMap postProcessModels(ModelsMap objs) {
    ModelsMap processed = super.postProcessModels(objs);
    // Only the imports of the types fields use; the generator also lists annotation libraries we do
    // not use.
    List<String> imports =
        processed.getImports().stream()
            .map(entry -> entry.get("import"))
            .filter(TaskclientsJavaCodegen::isTypeImport)
            .sorted()
            .distinct()
            .collect(Collectors.toList());
    for (ModelMap modelMap : processed.getModels()) {
      CodegenModel model = modelMap.getModel();
      if (model.unescapedDescription != null && model.unescapedDescription.isBlank()) {
        model.unescapedDescription = null;
        model.description = null;
      }
      model.vars.stream()
          .filter(v -> v.unescapedDescription != null && v.unescapedDescription.isBlank())
          .forEach(
              v -> {
                v.unescapedDescription = null;
                v.description = null;
              });
      generatorImports.put(model.name, new ArrayList<>(imports));
      model.vars.forEach(TaskclientsJavaCodegen::keepPlainTypeForUnresolvedEnum);
    }
    return processed;
  }

  /**
   * An inline enum the generator did not move into an enum model (one inside an inline object of an
   * {@code allOf} part) would be typed as a nested {@code XEnum} class, which our templates never
   * write: it keeps its plain type ({@code String}, {@code List<String>}) so the client compiles
   * and the value round-trips; the documented values stay in the spec.
   */
  private static void keepPlainTypeForUnresolvedEnum(CodegenProperty var) {
    boolean inlineEnum = var.isEnum || var.mostInnerItems != null && var.mostInnerItems.isEnum;
    if (inlineEnum && var.datatypeWithEnum != null && !var.datatypeWithEnum.equals(var.dataType)) {
      var.datatypeWithEnum = var.dataType;
    }
  }

  /** Imports the generator lists for default values or for libraries other generators use. */
  private static final Set<String> UNUSED_IMPORTS =
      Set.of(
          "java.util.ArrayList",
          "java.util.Arrays",
          "java.util.HashMap",
          "java.util.HashSet",
          "java.util.LinkedHashMap",
          "java.util.LinkedHashSet",
          "java.util.Objects",
          "java.util.Set",
          "java.io.IOException");

  private static boolean isTypeImport(String qualifiedName) {
    return qualifiedName != null
        && !UNUSED_IMPORTS.contains(qualifiedName)
        && (qualifiedName.startsWith("java.")
            || qualifiedName.equals("com.fasterxml.jackson.databind.JsonNode")
            || qualifiedName.startsWith("dev.taskclients.runtime."));
  }

  @Override
  public String toModelName(String name) {
    if (schemaMapping.containsKey(name)) {
      return schemaMapping.get(name);
    }
    if (name.equals("JsonNode") || name.equals("BinaryBody")) {
      return name; // a type we map schemas to, not a schema's name
    }
    String javaName = super.toModelName(name);
    return TAKEN_TYPE_NAMES.contains(javaName) ? javaName + "Model" : javaName;
  }

  @Override
  public String toVarName(String name) {
    String javaName = super.toVarName(name);
    return TAKEN_MEMBER_NAMES.contains(javaName) ? javaName + "Value" : javaName;
  }

  @Override
  public String toParamName(String name) {
    String javaName = super.toParamName(name);
    return TAKEN_PARAMETER_NAMES.contains(javaName) ? javaName + "Value" : javaName;
  }

  /**
   * {@code class} becomes {@code class_}, {@code 2fa} becomes {@code _2fa}: reads better than the
   * generator's {@code _class}.
   */
  @Override
  public String escapeReservedWord(String name) {
    if (reservedWordsMappings().containsKey(name)) {
      return reservedWordsMappings().get(name);
    }
    // The generator also escapes names that start with a digit; only a prefix makes those legal.
    return !name.isEmpty() && Character.isDigit(name.charAt(0)) ? "_" + name : name + "_";
  }

  @Override
  protected ImmutableMap.Builder<String, Mustache.Lambda> addMustacheLambdas() {
    return super.addMustacheLambdas()
        .put("javadoc", (fragment, out) -> out.write(JavaText.javadoc(fragment.execute())))
        .put(
            "javaString",
            (fragment, out) -> out.write(JavaText.stringLiteralBody(fragment.execute())))
        .put("indent", (fragment, out) -> out.write(JavaText.indent(fragment.execute())))
        .put("layout", (fragment, out) -> out.write(JavaLayout.wrap(fragment.execute())));
  }

  /**
   * The operations generated in the last run, as the templates saw them; the corpus gate and the
   * contract tests read them to call each operation.
   *
   * @return the operations, in the order they were generated
   */
  public List<OperationView> operations() {
    return Collections.unmodifiableList(operationViews);
  }

  /**
   * The polymorphic types (sealed interfaces) of the last run.
   *
   * @return the types, in the spec's order
   */
  public List<PolymorphicType> polymorphicTypes() {
    return Collections.unmodifiableList(polymorphicTypes);
  }

  /**
   * The spec as the last run processed it: normalized, inline schemas moved into components.
   *
   * @return the spec, or null before a spec was processed
   */
  public OpenAPI processedSpec() {
    return openAPI;
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
