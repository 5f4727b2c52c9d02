package dev.taskclients.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the spec's polymorphic schemas, each generated as a sealed interface:
 *
 * <ul>
 *   <li>a <em>union</em>: a schema that is {@code oneOf} or {@code anyOf} several members;
 *   <li>a <em>parent</em>: an object schema that two or more schemas extend through {@code allOf}
 *       (or one, when it has a discriminator), so code can take the parent and read its fields.
 * </ul>
 *
 * Looked for on components only: the generator has already moved inline unions into components.
 */
final class Polymorphism {
  private static final String COMPONENT_PREFIX = "#/components/schemas/";

  /**
   * One polymorphic schema.
   *
   * @param name the component's name
   * @param parent whether it is a parent (its members extend it) rather than a union
   * @param discriminator the discriminator property, or null
   * @param members the members, in the spec's order: the union's alternatives, or the parent's
   *     children
   * @param tags each discriminator value with the component it names, explicit mapping first
   */
  record Poly(
      String name,
      boolean parent,
      String discriminator,
      List<Schema<?>> members,
      Map<String, String> tags) {}

  private Polymorphism() {}

  /**
   * Every polymorphic component of a spec.
   *
   * @param openAPI the spec, after the generator's normalizer and inline-model resolution
   * @return the polymorphic schemas by component name, in the spec's order
   */
  @SuppressWarnings("rawtypes") // swagger-parser's types
  static Map<String, Poly> find(OpenAPI openAPI) {
    Map<String, Poly> found = new LinkedHashMap<>();
    if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
      return found;
    }
    Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
    Map<String, List<String>> children = children(schemas);
    schemas.forEach(
        (name, schema) -> {
          List<Schema> alternatives = alternatives(schema);
          Discriminator discriminator = schema.getDiscriminator();
          String property = discriminator == null ? null : discriminator.getPropertyName();
          if (alternatives != null) {
            List<Schema<?>> members = new ArrayList<>();
            alternatives.forEach(members::add);
            found.put(
                name,
                new Poly(
                    name,
                    false,
                    property,
                    members,
                    tags(discriminator, refNames(members), schemas)));
            return;
          }
          List<String> extending = children.getOrDefault(name, List.of());
          boolean objectLike = schema.getProperties() != null || "object".equals(schema.getType());
          if (objectLike && (extending.size() >= 2 || property != null && !extending.isEmpty())) {
            List<Schema<?>> members = new ArrayList<>();
            extending.forEach(child -> members.add(new Schema<>().$ref(COMPONENT_PREFIX + child)));
            Map<String, String> tags = tags(discriminator, extending, schemas);
            tags.values()
                .removeIf(
                    target ->
                        !extending.contains(target)); // only children have the parent's fields
            found.put(name, new Poly(name, true, property, members, tags));
          }
        });
    return found;
  }

  /** The alternatives of a union ({@code oneOf}, else {@code anyOf}), or null. */
  @SuppressWarnings("rawtypes") // swagger-parser's types
  private static List<Schema> alternatives(Schema<?> schema) {
    if (schema.getOneOf() != null && !schema.getOneOf().isEmpty()) {
      return schema.getOneOf();
    }
    return schema.getAnyOf() != null && !schema.getAnyOf().isEmpty() ? schema.getAnyOf() : null;
  }

  /** For each component, the components that list it directly in their {@code allOf}. */
  @SuppressWarnings("rawtypes") // swagger-parser's types
  private static Map<String, List<String>> children(Map<String, Schema> schemas) {
    Map<String, List<String>> children = new LinkedHashMap<>();
    schemas.forEach(
        (name, schema) -> {
          if (schema.getAllOf() == null) {
            return;
          }
          for (Object part : schema.getAllOf()) {
            String parent = refName((Schema<?>) part);
            if (parent != null && !parent.equals(name) && schemas.containsKey(parent)) {
              children.computeIfAbsent(parent, p -> new ArrayList<>()).add(name);
            }
          }
        });
    return children;
  }

  /**
   * Discriminator values: the mapping's, then each named member's own name (OpenAPI's implicit
   * mapping) or, when the member's discriminator property allows one value only ({@code type:
   * {enum: [track]}} in {@code TrackObject}), that value: the member's name could never appear in a
   * value that fits it.
   */
  @SuppressWarnings("rawtypes") // swagger-parser's types
  private static Map<String, String> tags(
      Discriminator discriminator, List<String> memberNames, Map<String, Schema> schemas) {
    Map<String, String> tags = new LinkedHashMap<>();
    if (discriminator == null || discriminator.getPropertyName() == null) {
      return tags;
    }
    Set<String> mapped = new LinkedHashSet<>();
    if (discriminator.getMapping() != null) {
      discriminator
          .getMapping()
          .forEach(
              (value, target) -> {
                String name =
                    target.startsWith(COMPONENT_PREFIX)
                        ? target.substring(COMPONENT_PREFIX.length())
                        : target.contains("/") ? null : target;
                if (name != null) {
                  tags.put(value, name);
                  mapped.add(name);
                }
              });
    }
    for (String member : memberNames) {
      if (!mapped.contains(member)) {
        Object only = onlyValue(schemas, schemas.get(member), discriminator.getPropertyName(), 0);
        String tag = only instanceof String value && !value.equals(member) ? value : member;
        tags.putIfAbsent(tag, member);
      }
    }
    return tags;
  }

  /**
   * The one value a schema's property allows (an enum of one, or a const), looking through allOf;
   * else null.
   */
  @SuppressWarnings("rawtypes") // swagger-parser's types
  static Object onlyValue(
      Map<String, Schema> schemas, Schema<?> schema, String property, int depth) {
    if (schema == null || depth > 10) {
      return null;
    }
    if (schema.get$ref() != null) {
      return onlyValue(schemas, schemas.get(refName(schema)), property, depth + 1);
    }
    if (schema.getProperties() != null && schema.getProperties().get(property) != null) {
      Schema<?> declared = schema.getProperties().get(property);
      if (declared.get$ref() != null) {
        declared = schemas.get(refName(declared));
      }
      if (declared == null) {
        return null;
      }
      if (declared.getConst() != null) {
        return declared.getConst();
      }
      return declared.getEnum() != null && declared.getEnum().size() == 1
          ? declared.getEnum().get(0)
          : null;
    }
    if (schema.getAllOf() != null) {
      for (Object part : schema.getAllOf()) {
        Object value = onlyValue(schemas, (Schema<?>) part, property, depth + 1);
        if (value != null) {
          return value;
        }
      }
    }
    return null;
  }

  private static List<String> refNames(List<Schema<?>> members) {
    List<String> names = new ArrayList<>();
    for (Schema<?> member : members) {
      String name = refName(member);
      if (name != null) {
        names.add(name);
      }
    }
    return names;
  }

  /**
   * The component a schema refers to.
   *
   * @param schema a schema
   * @return the component's name, or null when the schema is no reference to a component
   */
  static String refName(Schema<?> schema) {
    String ref = schema == null ? null : schema.get$ref();
    return ref != null && ref.startsWith(COMPONENT_PREFIX)
        ? ref.substring(COMPONENT_PREFIX.length())
        : null;
  }
}
