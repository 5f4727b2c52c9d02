package dev.taskclients.codegen;

import dev.taskclients.codegen.view.JsonKind;
import dev.taskclients.codegen.view.ShapeView;
import dev.taskclients.codegen.view.VariantView;
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
 * Describes each {@link Polymorphism.Poly} as the union and parent templates need it, and which
 * interfaces each member model implements. A member that is a generated class (a model, an enum,
 * another polymorphic type) implements the interface itself; any other member (a string, a list, an
 * alias) gets a wrapper record nested in it.
 */
final class PolymorphicModels {
  private static final Pattern TYPE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");

  /**
   * One polymorphic model, described.
   *
   * @param poly the polymorphic schema
   * @param model its generator model
   * @param variants its variants, in the spec's order
   * @param permits the permitted subtypes, {@code Unknown} last
   * @param sharedFields for a parent: the fields every variant has with the same Java type; else
   *     empty
   * @param imports the types its variants need imported
   */
  record Described(
      Polymorphism.Poly poly,
      CodegenModel model,
      List<VariantView> variants,
      List<String> permits,
      List<CodegenProperty> sharedFields,
      Set<String> imports) {}

  /**
   * What describing found.
   *
   * @param types the polymorphic types generated, for tools
   * @param described each polymorphic model, by schema name
   * @param supertypes the interfaces each model implements, by schema name
   */
  record Found(
      List<PolymorphicType> types,
      Map<String, Described> described,
      Map<String, Set<String>> supertypes) {}

  /** A variant while it is being described: its type may still become qualified. */
  private static final class Draft {
    boolean model;
    String type;
    String wrapped;
    boolean collection;
    String readName;
    String token;
    ShapeView shape;
    String description;
    String tags;
    Schema<?> member;
    List<String> tagValues;
  }

  private final OpenAPI openAPI;
  private final TaskclientsJavaCodegen codegen;
  private final Map<String, CodegenModel> bySchemaName = new LinkedHashMap<>();

  /**
   * The interfaces each model implements, by schema name (CodegenModel's hashCode walks recursive
   * models).
   */
  private final Map<String, Set<String>> supertypes = new LinkedHashMap<>();

  private final Map<String, Polymorphism.Poly> polymorphic;

  /** Each polymorphic model's variants as drafted, by schema name, for the types tools read. */
  private final Map<String, List<Draft>> drafts = new LinkedHashMap<>();

  private PolymorphicModels(
      OpenAPI openAPI, TaskclientsJavaCodegen codegen, Map<String, Polymorphism.Poly> polymorphic) {
    this.openAPI = openAPI;
    this.codegen = codegen;
    this.polymorphic = polymorphic;
  }

  /**
   * Describes every polymorphic model and which interfaces each model implements.
   *
   * @param models all models, by schema name
   * @param polys the polymorphic schemas, by schema name
   * @param openAPI the spec
   * @param codegen the generator, for Java types and imports
   * @return what was found
   */
  static Found describe(
      Map<String, ModelsMap> models,
      Map<String, Polymorphism.Poly> polys,
      OpenAPI openAPI,
      TaskclientsJavaCodegen codegen) {
    PolymorphicModels described = new PolymorphicModels(openAPI, codegen, polys);
    models.forEach(
        (name, map) -> {
          for (ModelMap modelMap : map.getModels()) {
            described.bySchemaName.put(name, modelMap.getModel());
          }
        });
    List<PolymorphicType> types = new ArrayList<>();
    Map<String, Described> byName = new LinkedHashMap<>();
    polys
        .values()
        .forEach(
            poly -> {
              CodegenModel model = described.bySchemaName.get(poly.name());
              if (model != null && !model.isAlias) {
                Described one = described.describe(poly, model);
                byName.put(poly.name(), one);
                types.add(described.type(one));
              }
            });
    return new Found(types, byName, described.supertypes);
  }

  private Described describe(Polymorphism.Poly poly, CodegenModel model) {
    List<Draft> drafts = new ArrayList<>();
    Set<String> nested = new LinkedHashSet<>(List.of("Unknown"));
    Set<String> seen = new LinkedHashSet<>();
    Set<String> imports = new TreeSet<>();
    List<CodegenModel> memberModels = new ArrayList<>();
    for (Schema<?> member : poly.members()) {
      String ref = Polymorphism.refName(member);
      CodegenModel target = ref == null ? null : bySchemaName.get(ref);
      Draft variant =
          target != null && !target.isAlias
              ? modelVariant(target, model, memberModels)
              : wrapperVariant(member, nested, imports);
      if (variant == null || !seen.add(variant.type)) {
        continue;
      }
      List<String> tags = new ArrayList<>();
      poly.tags()
          .forEach(
              (value, schemaName) -> {
                if (schemaName.equals(ref)) {
                  tags.add("\"" + JavaText.stringLiteralBody(value) + "\"");
                }
              });
      variant.tags = tags.isEmpty() ? null : String.join(", ", tags);
      variant.member = member;
      variant.tagValues =
          poly.tags().entrySet().stream()
              .filter(e -> e.getValue().equals(ref))
              .map(Map.Entry::getKey)
              .collect(Collectors.toList());
      drafts.add(variant);
    }
    // A model variant named like a nested type is referred to by its qualified name.
    for (Draft variant : drafts) {
      if (variant.model && nested.contains(variant.type)) {
        variant.type = codegen.modelPackage() + "." + variant.type;
      }
    }
    List<VariantView> variants = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      String read =
          d.model
              ? "Unions.read(json, " + d.readName + ".class)"
              : "new " + d.type + "(Unions.read(json, " + d.token + "))";
      String tryRead =
          d.model
              ? "Unions.tryRead(json, " + d.readName + ".class)"
              : "Unions.tryRead(json, " + d.token + ").map(" + d.type + "::new)";
      variants.add(
          new VariantView(
              d.model,
              d.type,
              d.wrapped,
              d.collection,
              i,
              d.tags,
              read,
              tryRead,
              d.shape,
              "as" + d.readName,
              d.description));
    }
    // The permits clause comes before the body, where nested types are not in scope yet.
    List<String> permits =
        variants.stream()
            .map(v -> v.model() ? v.type() : model.classname + "." + v.type())
            .collect(Collectors.toCollection(ArrayList::new));
    permits.add(model.classname + ".Unknown");
    if (poly.parent()) {
      imports.addAll(List.of("java.util.Optional", "dev.taskclients.runtime.Json"));
    } else {
      imports.addAll(
          List.of(
              "com.fasterxml.jackson.annotation.JsonValue",
              "java.util.Objects",
              "java.util.Optional"));
    }
    imports.addAll(
        List.of(
            "com.fasterxml.jackson.annotation.JsonCreator",
            "com.fasterxml.jackson.databind.JsonNode",
            "dev.taskclients.runtime.support.Unions"));
    if (variants.stream().anyMatch(v -> v.shape().byProperties())) {
      imports.add("java.util.List");
      imports.add("java.util.Map");
    }
    imports.add("jakarta.annotation.Nonnull");
    List<CodegenProperty> shared = poly.parent() ? sharedFields(model, memberModels) : List.of();
    Described described = new Described(poly, model, variants, permits, shared, imports);
    this.drafts.put(poly.name(), drafts);
    return described;
  }

  /** The polymorphic type a tool reads. */
  private PolymorphicType type(Described described) {
    String interfaceName = codegen.modelPackage() + "." + described.model().classname;
    List<PolymorphicType.Variant> variants = new ArrayList<>();
    for (Draft d : drafts.get(described.poly().name())) {
      variants.add(
          new PolymorphicType.Variant(
              d.model
                  ? (d.type.contains(".") ? d.type : codegen.modelPackage() + "." + d.type)
                  : interfaceName + "$" + d.type,
              d.member,
              d.tagValues));
    }
    Polymorphism.Poly poly = described.poly();
    return new PolymorphicType(
        interfaceName,
        poly.name(),
        poly.parent(),
        poly.discriminator(),
        variants,
        interfaceName + "$Unknown");
  }

  /** A member that is a generated type: it implements the interface. */
  private Draft modelVariant(
      CodegenModel target, CodegenModel poly, List<CodegenModel> memberModels) {
    if (target.name.equals(poly.name)) {
      return null; // a union listing itself
    }
    supertypes.computeIfAbsent(target.name, t -> new LinkedHashSet<>()).add(poly.classname);
    memberModels.add(target);
    Draft variant = new Draft();
    variant.model = true;
    variant.type = target.classname;
    variant.readName = target.classname;
    variant.shape = shape(target);
    return variant;
  }

  /**
   * A member that is no generated type (a string, a list, an alias): a record nested in the
   * interface wraps it.
   */
  private Draft wrapperVariant(Schema<?> member, Set<String> nested, Set<String> imports) {
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
    Draft variant = new Draft();
    variant.model = false;
    variant.type = name;
    variant.readName = name;
    variant.wrapped = javaType;
    variant.collection =
        javaType.startsWith("List<") || javaType.startsWith("Set<") || javaType.startsWith("Map<");
    variant.token = generic ? "new TypeReference<" + javaType + ">() {}" : javaType + ".class";
    variant.shape = ShapeView.of(kind(resolved == null ? member : resolved));
    variant.description =
        member.getDescription() != null
            ? member.getDescription()
            : resolved != null && resolved.getDescription() != null
                ? resolved.getDescription()
                : null;
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
      return wrapped.endsWith("Value")
          ? wrapped.substring(0, wrapped.length() - "Value".length())
          : wrapped;
    }
    String simple = type.substring(type.lastIndexOf('.') + 1).replace("[]", "Array");
    return simple.isEmpty()
        ? "Json"
        : Character.toUpperCase(simple.charAt(0)) + simple.substring(1);
  }

  /** The JSON type of a schema that is no generated class. */
  private static JsonKind kind(Schema<?> schema) {
    String type = schema.getType();
    if (type == null && schema.getTypes() != null && schema.getTypes().size() == 1) {
      type = schema.getTypes().iterator().next();
    }
    if (type == null) {
      return schema.getItems() != null
          ? JsonKind.ARRAY
          : schema.getProperties() != null ? JsonKind.OBJECT : JsonKind.ANY;
    }
    return switch (type) {
      case "string" -> JsonKind.TEXT;
      case "integer" -> JsonKind.INTEGER;
      case "number" -> JsonKind.NUMBER;
      case "boolean" -> JsonKind.BOOLEAN;
      case "array" -> JsonKind.ARRAY;
      case "object" -> JsonKind.OBJECT;
      default -> JsonKind.ANY;
    };
  }

  /**
   * How a generated type's JSON looks: an object's required, declared and single-valued properties.
   */
  private ShapeView shape(CodegenModel target) {
    Polymorphism.Poly nestedPoly = polymorphic.get(target.name);
    if (nestedPoly != null && nestedPoly.parent()) {
      // A parent among the variants (a parent of parents): an object with its own fields required
      // and every field of its children declared, so a value of one of its children is told from a
      // sibling variant.
      List<String> required = new ArrayList<>();
      Set<String> declared = new LinkedHashSet<>();
      for (CodegenProperty var : target.vars) {
        if (var.required && !var.isReadOnly && !var.isWriteOnly) {
          required.add(var.baseName);
        }
      }
      boolean open = declaredFields(target, declared, new LinkedHashSet<>());
      return ShapeView.object(required, open ? null : new ArrayList<>(declared), List.of());
    }
    if (nestedPoly != null) {
      return ShapeView.of(JsonKind.ANY);
    }
    if (target.isEnum) {
      return ShapeView.of(
          "String".equals(target.dataType)
              ? JsonKind.TEXT
              : "Integer".equals(target.dataType) || "Long".equals(target.dataType)
                  ? JsonKind.INTEGER
                  : JsonKind.NUMBER);
    }
    List<String> required = new ArrayList<>();
    List<String> declared = new ArrayList<>();
    List<ShapeView.FixedValue> fixed = new ArrayList<>();
    for (CodegenProperty var : target.vars) {
      declared.add(var.baseName);
      if (var.required && !var.isReadOnly && !var.isWriteOnly) {
        required.add(var.baseName);
      }
      Object values = var.allowableValues == null ? null : var.allowableValues.get("values");
      if (values instanceof List<?> list && list.size() == 1 && list.get(0) != null) {
        fixed.add(new ShapeView.FixedValue(var.baseName, String.valueOf(list.get(0))));
      }
    }
    boolean open = target.getAdditionalProperties() != null || target.isAdditionalPropertiesTrue;
    return ShapeView.object(required, open ? null : declared, fixed);
  }

  /**
   * Collects the fields a model and (for a parent) its children declare; true when one of them is
   * open.
   */
  private boolean declaredFields(CodegenModel model, Set<String> declared, Set<String> visited) {
    if (!visited.add(model.name)) {
      return false;
    }
    boolean open = model.getAdditionalProperties() != null || model.isAdditionalPropertiesTrue;
    for (CodegenProperty var : model.vars) {
      declared.add(var.baseName);
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

  /**
   * The parent's fields that every variant has with the same Java type: the interface's methods.
   */
  private static List<CodegenProperty> sharedFields(
      CodegenModel parent, List<CodegenModel> members) {
    List<CodegenProperty> shared = new ArrayList<>();
    for (CodegenProperty var : parent.vars) {
      boolean everywhere =
          members.stream()
              .allMatch(
                  member ->
                      member.vars.stream()
                          .anyMatch(
                              v ->
                                  v.name.equals(var.name)
                                      && v.datatypeWithEnum.equals(var.datatypeWithEnum)));
      if (everywhere) {
        shared.add(var);
      }
    }
    return shared;
  }
}
