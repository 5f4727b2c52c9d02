package dev.taskclients.codegen;

import dev.taskclients.codegen.view.EnumConstantView;
import dev.taskclients.codegen.view.ModelClassView;
import dev.taskclients.codegen.view.ModelFile;
import dev.taskclients.codegen.view.OpenEnumView;
import dev.taskclients.codegen.view.PolymorphicView;
import dev.taskclients.codegen.view.PropertyView;
import dev.taskclients.codegen.view.TaskViewModel;
import dev.taskclients.codegen.view.ViewMethodView;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenProperty;

/**
 * Turns each model, once the generator and our mappings ({@link TaskMapping}, {@link
 * RetryAdviceMapping}, {@link PolymorphicModels}) have processed every model, into the {@link
 * ModelFile} its template reads.
 */
final class ModelViews {
  /**
   * Property extension, internal to the generator: the spec's default of a property, as text (see
   * fromProperty).
   */
  static final String SPEC_DEFAULT = "x-tc-default";

  private final String modelPackage;
  private final PolymorphicModels.Found polymorphic;
  private final Map<String, TaskViewModel> taskViews;
  private final Map<String, ViewMethodView> retryAdvice;
  private final Map<String, List<String>> generatorImports;
  private final Map<String, String> knownTypes;

  /**
   * @param modelPackage the model package
   * @param polymorphic the polymorphic models and the interfaces each model implements
   * @param taskViews how each task model implements {@code TaskView}, by schema name
   * @param retryAdvice how each error model implements {@code RetryAdvice}, by schema name
   * @param generatorImports the imports the generator lists for each model's types, by schema name
   * @param knownTypes the import of each simple type name the generator maps ({@code BigDecimal},
   *     ...)
   */
  ModelViews(
      String modelPackage,
      PolymorphicModels.Found polymorphic,
      Map<String, TaskViewModel> taskViews,
      Map<String, ViewMethodView> retryAdvice,
      Map<String, List<String>> generatorImports,
      Map<String, String> knownTypes) {
    this.knownTypes = knownTypes;
    this.modelPackage = modelPackage;
    this.polymorphic = polymorphic;
    this.taskViews = taskViews;
    this.retryAdvice = retryAdvice;
    this.generatorImports = generatorImports;
  }

  /**
   * The file of one model.
   *
   * @param model the model
   * @return its view
   */
  ModelFile file(CodegenModel model) {
    PolymorphicModels.Described described = polymorphic.described().get(model.name);
    List<String> modelImports = generatorImports.getOrDefault(model.name, List.of());
    if (model.isEnum) {
      return new ModelFile(modelPackage, enumImports(model), null, openEnum(model), null, null);
    }
    if (described != null) {
      PolymorphicView view = polymorphicView(model, described);
      Set<String> imports = new TreeSet<>(described.imports());
      if (view.parent()) {
        // The nested Unknown is a full model class: its imports too.
        imports.addAll(modelImports);
        imports.addAll(CLASS_IMPORTS);
        imports.add(NULLABLE);
        // A parent's records are its Unknown alone: @Nonnull only marks what is checked as
        // required.
        if (view.accessors().stream().noneMatch(PropertyView::nonnull)
            && (view.unknown() == null
                || view.unknown().properties().stream().noneMatch(PropertyView::nonnull))) {
          imports.remove(NONNULL);
        }
      }
      return new ModelFile(
          modelPackage,
          new ArrayList<>(imports),
          null,
          null,
          view.parent() ? null : view,
          view.parent() ? view : null);
    }
    ModelClassView view = modelClass(model);
    Set<String> imports = new TreeSet<>(CLASS_IMPORTS);
    // The types the class declares: its fields, and the view methods' results and steps.
    view.properties().forEach(p -> typeImports(p.javaType(), imports));
    List<ViewMethodView> methods = new ArrayList<>();
    if (view.taskView() != null) {
      imports.add("java.util.Map");
      methods.addAll(view.taskView().accessors());
    }
    if (view.retryAdvice() != null) {
      methods.add(view.retryAdvice());
    }
    for (ViewMethodView method : methods) {
      typeImports(method.type(), imports);
      method.steps().forEach(step -> typeImports(step.type(), imports));
    }
    // Getters, setters and view accessors carry the nullness annotations.
    if (!view.properties().isEmpty() || view.taskView() != null || view.retryAdvice() != null) {
      imports.add(NULLABLE);
    }
    if (view.properties().stream().anyMatch(PropertyView::nonnull)) {
      imports.add(NONNULL);
    }
    return new ModelFile(modelPackage, new ArrayList<>(imports), view, null, null, null);
  }

  /**
   * Adds the import of each type a Java type expression names ({@code Map<String,
   * OffsetDateTime>}), if any.
   */
  private void typeImports(String javaType, Set<String> imports) {
    Matcher name = TYPE_NAME.matcher(javaType);
    while (name.find()) {
      String imported = knownTypes.get(name.group());
      if (imported != null) {
        imports.add(imported);
      }
    }
  }

  private static final Pattern TYPE_NAME =
      Pattern.compile("(?<![\\w.$])[A-Za-z_$][\\w$]*(?![\\w.$])");
  private static final String NULLABLE = "jakarta.annotation.Nullable";
  private static final String NONNULL = "jakarta.annotation.Nonnull";

  /** What every model class's reader, builder and field list use. */
  private static final List<String> CLASS_IMPORTS =
      List.of(
          "com.fasterxml.jackson.core.JsonParser",
          "com.fasterxml.jackson.databind.DeserializationContext",
          "com.fasterxml.jackson.databind.annotation.JsonDeserialize",
          "dev.taskclients.runtime.JsonModel",
          "dev.taskclients.runtime.JsonModelBuilder",
          "dev.taskclients.runtime.JsonModelReader",
          "java.io.IOException",
          "java.util.Set");

  private static List<String> enumImports(CodegenModel model) {
    boolean strings = "String".equals(model.dataType);
    List<String> imports = new ArrayList<>();
    imports.add(
        strings
            ? "com.fasterxml.jackson.databind.annotation.JsonDeserialize"
            : "com.fasterxml.jackson.annotation.JsonCreator");
    imports.add("dev.taskclients.runtime.OpenEnum");
    if (strings) {
      imports.add("dev.taskclients.runtime.OpenEnumReader");
    }
    if ("BigDecimal".equals(model.dataType)) {
      imports.add("java.math.BigDecimal");
    }
    imports.addAll(List.of("java.util.List", "java.util.Map"));
    imports.sort(null);
    return imports;
  }

  private ModelClassView modelClass(CodegenModel model) {
    return new ModelClassView(
        model.classname,
        model.name,
        model.unescapedDescription,
        model.isDeprecated,
        properties(model.vars),
        implementsClause(model, false),
        List.of(),
        taskViews.get(model.name),
        retryAdvice.get(model.name));
  }

  @SuppressWarnings("unchecked") // the generator's allowableValues holds enumVars as a list of maps
  private OpenEnumView openEnum(CodegenModel model) {
    List<EnumConstantView> constants = new ArrayList<>();
    Object enumVars = model.allowableValues == null ? null : model.allowableValues.get("enumVars");
    if (enumVars instanceof List<?> list) {
      for (Object entry : list) {
        Map<String, Object> constant = (Map<String, Object>) entry;
        constants.add(
            new EnumConstantView(
                String.valueOf(constant.get("name")), String.valueOf(constant.get("value"))));
      }
    }
    return new OpenEnumView(
        model.classname,
        model.unescapedDescription,
        model.dataType,
        constants,
        implementsClause(model, false));
  }

  private PolymorphicView polymorphicView(
      CodegenModel model, PolymorphicModels.Described described) {
    boolean parent = described.poly().parent();
    ModelClassView unknown =
        parent
            ? new ModelClassView(
                "Unknown",
                model.name,
                model.unescapedDescription,
                model.isDeprecated,
                properties(model.vars),
                " implements " + model.classname,
                described.variants(),
                null,
                null)
            : null;
    List<PropertyView> accessors = new ArrayList<>();
    for (CodegenProperty var : described.sharedFields()) {
      accessors.add(property(var, identityIndex(model.vars, var)));
    }
    return new PolymorphicView(
        model.classname,
        model.name,
        model.unescapedDescription,
        parent,
        described.poly().discriminator(),
        described.variants(),
        described.permits(),
        implementsClause(model, true),
        accessors,
        unknown);
  }

  private static int identityIndex(List<CodegenProperty> vars, CodegenProperty var) {
    for (int i = 0; i < vars.size(); i++) {
      if (vars.get(i) == var) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A model's {@code implements} clause (an interface's {@code extends} clause), with a leading
   * space; or empty.
   */
  private String implementsClause(CodegenModel model, boolean isInterface) {
    Set<String> types =
        new LinkedHashSet<>(polymorphic.supertypes().getOrDefault(model.name, Set.of()));
    if (!isInterface && taskViews.containsKey(model.name)) {
      types.add("dev.taskclients.runtime.TaskView");
    }
    if (!isInterface && retryAdvice.containsKey(model.name)) {
      types.add("dev.taskclients.runtime.RetryAdvice");
    }
    return types.isEmpty()
        ? ""
        : (isInterface ? " extends " : " implements ") + String.join(", ", types);
  }

  private static List<PropertyView> properties(List<CodegenProperty> vars) {
    List<PropertyView> properties = new ArrayList<>();
    for (int i = 0; i < vars.size(); i++) {
      properties.add(property(vars.get(i), i));
    }
    return properties;
  }

  /**
   * A property as the templates read it.
   *
   * @param var the generator's property
   * @param index its position among the model's properties
   * @return the view
   */
  static PropertyView property(CodegenProperty var, int index) {
    // A read-only field is absent from requests and a write-only one from responses, so neither can
    // be required in both directions: required is checked only for the others.
    boolean checked = var.required && !var.isReadOnly && !var.isWriteOnly;
    Object specDefault = var.vendorExtensions.get(SPEC_DEFAULT);
    return new PropertyView(
        var.name,
        var.baseName,
        var.datatypeWithEnum,
        JavaText.typeExpression(var.datatypeWithEnum),
        index,
        var.unescapedDescription,
        checked,
        var.isNullable,
        var.isReadOnly,
        var.isWriteOnly,
        Boolean.TRUE.equals(var.deprecated),
        specDefault == null ? null : specDefault.toString(),
        var.isDateTime,
        var.isArray || var.isMap);
  }
}
