package dev.taskclients.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenProperty;
import org.openapitools.codegen.model.ModelMap;
import org.openapitools.codegen.model.ModelsMap;
import org.openapitools.codegen.utils.ModelUtils;

/**
 * Turns each {@link Polymorphism.Poly} into what the union and parent templates need, as {@code x-tc-*}
 * vendor extensions on its model, and makes every member model implement it:
 * <ul>
 *   <li>{@code x-tc-union} / {@code x-tc-parent}: which template writes the model;
 *   <li>{@code x-tc-variants}: per variant its Java type, how to read it, its shape, its discriminator values;
 *   <li>{@code x-tc-permits}: the sealed interface's permitted subtypes;
 *   <li>{@code x-tc-accessors}: for a parent, the fields every variant shares (the interface's methods);
 *   <li>{@code x-tc-implements-clause}: on every model, its {@code implements} (or {@code extends}) clause.
 * </ul>
 * A member that is a generated class (a model, an enum, another polymorphic type) implements the
 * interface itself; any other member (a string, a list, an alias) gets a wrapper record nested in it.
 */
final class PolymorphicModels {
  private static final Pattern TYPE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");

  private final OpenAPI openAPI;
  private final TaskclientsJavaCodegen codegen;
  private final Map<String, CodegenModel> bySchemaName = new LinkedHashMap<>();
  /** The interfaces each model implements, by schema name (CodegenModel's hashCode walks recursive models). */
  private final Map<String, Set<String>> supertypes = new LinkedHashMap<>();
  private final Map<String, Polymorphism.Poly> polymorphic;

  private PolymorphicModels(OpenAPI openAPI, TaskclientsJavaCodegen codegen, Map<String, Polymorphism.Poly> polymorphic) {
    this.openAPI = openAPI;
    this.codegen = codegen;
    this.polymorphic = polymorphic;
  }

  /**
   * Describes every polymorphic model and the implements clause of every model.
   *
   * @param models all models, by schema name
   * @param polys the polymorphic schemas, by schema name
   * @param openAPI the spec
   * @param codegen the generator, for Java types and imports
   * @return the polymorphic types generated
   */
  static List<PolymorphicType> describe(Map<String, ModelsMap> models, Map<String, Polymorphism.Poly> polys,
      OpenAPI openAPI, TaskclientsJavaCodegen codegen) {
    PolymorphicModels described = new PolymorphicModels(openAPI, codegen, polys);
    models.forEach((name, map) -> {
      for (ModelMap modelMap : map.getModels()) {
        described.bySchemaName.put(name, modelMap.getModel());
      }
    });
    List<PolymorphicType> types = new ArrayList<>();
    polys.values().forEach(poly -> {
      CodegenModel model = described.bySchemaName.get(poly.name());
      if (model != null && !model.isAlias) {
        types.add(described.describe(poly, model));
      }
    });
    described.bySchemaName.values().forEach(described::implementsClause);
    return types;
  }

  private PolymorphicType describe(Polymorphism.Poly poly, CodegenModel model) {
    List<Map<String, Object>> variants = new ArrayList<>();
    Set<String> nested = new LinkedHashSet<>(List.of("Unknown"));
    Set<String> seen = new LinkedHashSet<>();
    Set<String> imports = new TreeSet<>();
    List<CodegenModel> memberModels = new ArrayList<>();
    for (Schema<?> member : poly.members()) {
      String ref = Polymorphism.refName(member);
      CodegenModel target = ref == null ? null : bySchemaName.get(ref);
      Map<String, Object> variant = target != null && !target.isAlias
          ? modelVariant(target, model, memberModels) : wrapperVariant(member, nested, imports);
      if (variant == null || !seen.add((String) variant.get("type"))) {
        continue;
      }
      List<String> tags = new ArrayList<>();
      poly.tags().forEach((value, schemaName) -> {
        if (schemaName.equals(ref)) {
          tags.add("\"" + JavaText.stringLiteralBody(value) + "\"");
        }
      });
      variant.put("tags", tags.isEmpty() ? null : String.join(", ", tags));
      variant.put("member", member);
      variant.put("tagValues", poly.tags().entrySet().stream().filter(e -> e.getValue().equals(ref))
          .map(Map.Entry::getKey).collect(Collectors.toList()));
      variants.add(variant);
    }
    // A model variant named like a nested type is referred to by its qualified name.
    for (Map<String, Object> variant : variants) {
      if (Boolean.TRUE.equals(variant.get("isModel")) && nested.contains(variant.get("type"))) {
        String qualified = codegen.modelPackage() + "." + variant.get("type");
        variant.put("type", qualified);
        variant.put("ref", qualified);
      }
    }
    for (int i = 0; i < variants.size(); i++) {
      variants.get(i).put("index", i);
    }
    model.vendorExtensions.put(poly.parent() ? "x-tc-parent" : "x-tc-union", true);
    model.vendorExtensions.put("x-tc-variants", variants);
    model.vendorExtensions.put("x-tc-discriminator", poly.discriminator() == null ? null
        : JavaText.stringLiteralBody(poly.discriminator()));
    model.vendorExtensions.put("x-tc-discriminator-name", poly.discriminator());
    model.vendorExtensions.put("x-tc-has-tags", variants.stream().anyMatch(v -> v.get("tags") != null));
    // The permits clause comes before the body, where nested types are not in scope yet.
    List<String> permits = variants.stream().map(v -> Boolean.TRUE.equals(v.get("isModel")) ? (String) v.get("ref")
        : model.classname + "." + v.get("ref")).collect(Collectors.toList());
    permits.add(model.classname + ".Unknown");
    model.vendorExtensions.put("x-tc-permits", String.join(", ", permits));
    model.vendorExtensions.put("x-tc-variant-list", variants.stream()
        .map(v -> "{@link " + v.get("ref") + "}").collect(Collectors.joining(", ")));
    if (poly.parent()) {
      model.vendorExtensions.put("x-tc-accessors", sharedFields(model, memberModels));
      Map<String, Object> unknown = new LinkedHashMap<>(model.vendorExtensions);
      unknown.remove("x-tc-task-view");
      unknown.remove("x-tc-retry-advice");
      unknown.put("x-tc-implements-clause", " implements " + model.classname);
      // When the shape alone cannot tell the variants apart, Unknown's as… methods try each, as a union's do.
      unknown.put("x-tc-parent-unknown", true);
      imports.addAll(List.of("java.util.Optional", "dev.taskclients.runtime.Json"));
      model.vendorExtensions.put("x-tc-unknown", Map.of("classname", "Unknown", "vendorExtensions", unknown));
    } else {
      imports.addAll(List.of("com.fasterxml.jackson.annotation.JsonValue", "java.util.Objects", "java.util.Optional"));
    }
    imports.addAll(List.of("com.fasterxml.jackson.annotation.JsonCreator", "com.fasterxml.jackson.databind.JsonNode",
        "dev.taskclients.runtime.support.Unions"));
    if (variants.stream().anyMatch(v -> String.valueOf(v.get("shape")).contains("List.of"))) {
      imports.add("java.util.List");
    }
    if (variants.stream().anyMatch(v -> String.valueOf(v.get("shape")).contains("Map.of"))) {
      imports.add("java.util.Map");
    }
    @SuppressWarnings("unchecked")
    List<String> modelImports = (List<String>) model.vendorExtensions.getOrDefault("x-tc-imports", List.of());
    imports.add("jakarta.annotation.Nonnull");
    if (poly.parent()) {
      // The nested Unknown is a full model class: its imports too.
      imports.addAll(modelImports);
      imports.addAll(List.of("com.fasterxml.jackson.core.JsonParser", "com.fasterxml.jackson.databind.DeserializationContext",
          "com.fasterxml.jackson.databind.annotation.JsonDeserialize", "dev.taskclients.runtime.JsonModel",
          "dev.taskclients.runtime.JsonModelBuilder", "dev.taskclients.runtime.JsonModelReader", "jakarta.annotation.Nullable",
          "java.io.IOException", "java.util.Set"));
    }
    model.vendorExtensions.put("x-tc-union-imports", new ArrayList<>(imports));
    String interfaceName = codegen.modelPackage() + "." + model.classname;
    List<PolymorphicType.Variant> described = new ArrayList<>();
    for (Map<String, Object> variant : variants) {
      boolean isModel = Boolean.TRUE.equals(variant.get("isModel"));
      String type = (String) variant.get("type");
      @SuppressWarnings("unchecked")
      List<String> tagValues = (List<String>) variant.get("tagValues");
      described.add(new PolymorphicType.Variant(isModel ? (type.contains(".") ? type : codegen.modelPackage() + "." + type)
          : interfaceName + "$" + type, (Schema<?>) variant.get("member"), tagValues));
    }
    return new PolymorphicType(interfaceName, poly.name(), poly.parent(), poly.discriminator(), described,
        interfaceName + "$Unknown");
  }

  /** A member that is a generated type: it implements the interface. */
  private Map<String, Object> modelVariant(CodegenModel target, CodegenModel poly, List<CodegenModel> memberModels) {
    if (target.name.equals(poly.name)) {
      return null; // a union listing itself
    }
    supertypes.computeIfAbsent(target.name, t -> new LinkedHashSet<>()).add(poly.classname);
    memberModels.add(target);
    Map<String, Object> variant = new LinkedHashMap<>();
    variant.put("isModel", true);
    variant.put("type", target.classname);
    variant.put("ref", target.classname);
    variant.put("read", "Unions.read(json, " + target.classname + ".class)");
    variant.put("tryRead", "Unions.tryRead(json, " + target.classname + ".class)");
    variant.put("shape", shape(target));
    variant.put("asName", "as" + target.classname);
    return variant;
  }

  /** A member that is no generated type (a string, a list, an alias): a record nested in the interface wraps it. */
  private Map<String, Object> wrapperVariant(Schema<?> member, Set<String> nested, Set<String> imports) {
    Schema<?> resolved = ModelUtils.getReferencedSchema(openAPI, member);
    Schema<?> unaliased = ModelUtils.unaliasSchema(openAPI, member, codegen.schemaMapping());
    String javaType = codegen.javaType(unaliased);
    String name = wrapperName(javaType);
    while (!nested.add(name)) {
      name = name + "Variant";
    }
    Matcher names = TYPE_NAME.matcher(javaType);
    while (names.find()) {
      String imported = codegen.importMapping().get(names.group());
      if (imported != null) {
        imports.add(imported);
      }
    }
    boolean generic = javaType.contains("<");
    if (generic) {
      imports.add("com.fasterxml.jackson.core.type.TypeReference");
    }
    String token = generic ? "new TypeReference<" + javaType + ">() {}" : javaType + ".class";
    Map<String, Object> variant = new LinkedHashMap<>();
    variant.put("isModel", false);
    variant.put("type", name);
    variant.put("ref", name);
    variant.put("wrapped", javaType);
    variant.put("isCollection", javaType.startsWith("List<") || javaType.startsWith("Set<") || javaType.startsWith("Map<"));
    variant.put("read", "new " + name + "(Unions.read(json, " + token + "))");
    variant.put("tryRead", "Unions.tryRead(json, " + token + ").map(" + name + "::new)");
    variant.put("shape", "Unions.kind(Unions.JsonKind." + kind(resolved == null ? member : resolved) + ")");
    variant.put("asName", "as" + name);
    variant.put("description", member.getDescription() != null ? member.getDescription()
        : resolved != null && resolved.getDescription() != null ? resolved.getDescription() : null);
    return variant;
  }

  /** {@code String} gives {@code StringValue}, {@code List<String>} gives {@code StringList}. */
  static String wrapperName(String javaType) {
    String type = javaType.replace(" ", "");
    for (String container : List.of("List", "Set")) {
      if (type.startsWith(container + "<") && type.endsWith(">")) {
        return elementName(type.substring(container.length() + 1, type.length() - 1)) + container;
      }
    }
    if (type.startsWith("Map<") && type.endsWith(">")) {
      return elementName(type.substring(type.indexOf(',') + 1, type.length() - 1)) + "Map";
    }
    return elementName(type) + "Value";
  }

  private static String elementName(String type) {
    if (type.contains("<")) {
      String wrapped = wrapperName(type);
      return wrapped.endsWith("Value") ? wrapped.substring(0, wrapped.length() - "Value".length()) : wrapped;
    }
    String simple = type.substring(type.lastIndexOf('.') + 1).replace("[]", "Array");
    return simple.isEmpty() ? "Json" : Character.toUpperCase(simple.charAt(0)) + simple.substring(1);
  }

  /** The JSON type of a schema that is no generated class. */
  private static String kind(Schema<?> schema) {
    String type = schema.getType();
    if (type == null && schema.getTypes() != null && schema.getTypes().size() == 1) {
      type = schema.getTypes().iterator().next();
    }
    if (type == null) {
      return schema.getItems() != null ? "ARRAY" : schema.getProperties() != null ? "OBJECT" : "ANY";
    }
    switch (type) {
      case "string":
        return "TEXT";
      case "integer":
        return "INTEGER";
      case "number":
        return "NUMBER";
      case "boolean":
        return "BOOLEAN";
      case "array":
        return "ARRAY";
      case "object":
        return "OBJECT";
      default:
        return "ANY";
    }
  }

  /** How a generated type's JSON looks: an object's required, declared and single-valued properties. */
  private String shape(CodegenModel target) {
    Polymorphism.Poly nestedPoly = polymorphic.get(target.name);
    if (nestedPoly != null && nestedPoly.parent()) {
      // A parent among the variants (a parent of parents): an object with its own fields required and every
      // field of its children declared, so a value of one of its children is told from a sibling variant.
      List<String> required = new ArrayList<>();
      Set<String> declared = new LinkedHashSet<>();
      for (CodegenProperty var : target.vars) {
        if (var.required && !var.isReadOnly && !var.isWriteOnly) {
          required.add("\"" + JavaText.stringLiteralBody(var.baseName) + "\"");
        }
      }
      boolean open = declaredFields(target, declared, new LinkedHashSet<>());
      return "Unions.object(" + listOf(required) + ", " + (open ? "null" : listOf(new ArrayList<>(declared)))
          + ", Map.of())";
    }
    if (nestedPoly != null) {
      return "Unions.kind(Unions.JsonKind.ANY)";
    }
    if (target.isEnum) {
      return "Unions.kind(Unions.JsonKind." + ("String".equals(target.dataType) ? "TEXT"
          : "Integer".equals(target.dataType) || "Long".equals(target.dataType) ? "INTEGER" : "NUMBER") + ")";
    }
    List<String> required = new ArrayList<>();
    List<String> declared = new ArrayList<>();
    List<String> fixed = new ArrayList<>();
    for (CodegenProperty var : target.vars) {
      String name = "\"" + JavaText.stringLiteralBody(var.baseName) + "\"";
      declared.add(name);
      if (var.required && !var.isReadOnly && !var.isWriteOnly) {
        required.add(name);
      }
      Object values = var.allowableValues == null ? null : var.allowableValues.get("values");
      if (values instanceof List<?> list && list.size() == 1 && list.get(0) != null) {
        fixed.add(name);
        fixed.add("\"" + JavaText.stringLiteralBody(String.valueOf(list.get(0))) + "\"");
      }
    }
    boolean open = target.getAdditionalProperties() != null || target.isAdditionalPropertiesTrue;
    return "Unions.object(" + listOf(required) + ", " + (open ? "null" : listOf(declared)) + ", "
        + (fixed.isEmpty() ? "Map.of()" : "Map.of(" + String.join(", ", fixed) + ")") + ")";
  }

  /** Collects the fields a model and (for a parent) its children declare; true when one of them is open. */
  private boolean declaredFields(CodegenModel model, Set<String> declared, Set<String> visited) {
    if (!visited.add(model.name)) {
      return false;
    }
    boolean open = model.getAdditionalProperties() != null || model.isAdditionalPropertiesTrue;
    for (CodegenProperty var : model.vars) {
      declared.add("\"" + JavaText.stringLiteralBody(var.baseName) + "\"");
    }
    Polymorphism.Poly poly = polymorphic.get(model.name);
    if (poly != null) {
      if (!poly.parent()) {
        return true; // a union: any shape
      }
      for (Schema<?> member : poly.members()) {
        CodegenModel child = bySchemaName.get(Polymorphism.refName(member));
        open |= child == null || declaredFields(child, declared, visited);
      }
    }
    return open;
  }

  private static String listOf(List<String> items) {
    return "List.of(" + String.join(", ", items) + ")";
  }

  /** The parent's fields that every variant has with the same Java type: the interface's methods. */
  private static List<CodegenProperty> sharedFields(CodegenModel parent, List<CodegenModel> members) {
    List<CodegenProperty> shared = new ArrayList<>();
    for (CodegenProperty var : parent.vars) {
      boolean everywhere = members.stream().allMatch(member -> member.vars.stream()
          .anyMatch(v -> v.name.equals(var.name) && v.datatypeWithEnum.equals(var.datatypeWithEnum)));
      if (everywhere) {
        shared.add(var);
      }
    }
    return shared;
  }

  /** Sets a model's {@code implements} clause (an interface's {@code extends} clause). */
  private void implementsClause(CodegenModel model) {
    Set<String> types = new LinkedHashSet<>(supertypes.getOrDefault(model.name, Set.of()));
    boolean isInterface = model.vendorExtensions.containsKey("x-tc-union") || model.vendorExtensions.containsKey("x-tc-parent");
    if (!isInterface && model.vendorExtensions.containsKey("x-tc-task-view")) {
      types.add("dev.taskclients.runtime.TaskView");
    }
    if (!isInterface && model.vendorExtensions.containsKey("x-tc-retry-advice")) {
      types.add("dev.taskclients.runtime.RetryAdvice");
    }
    model.vendorExtensions.put("x-tc-implements-clause", types.isEmpty() ? ""
        : (isInterface ? " extends " : " implements ") + String.join(", ", types));
  }
}
