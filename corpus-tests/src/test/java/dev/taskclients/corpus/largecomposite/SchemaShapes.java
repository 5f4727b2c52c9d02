package dev.taskclients.corpus.largecomposite;

import static dev.taskclients.corpus.largecomposite.OrderedMaps.l;
import static dev.taskclients.corpus.largecomposite.OrderedMaps.m;
import static dev.taskclients.corpus.largecomposite.OrderedMaps.mo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The schema shapes the spec is written with, as ordered maps. */
final class SchemaShapes {
  private static final String SCHEMAS = "#/components/schemas/";

  /**
   * Leaves the discriminator off the four CRUD parents (Step, Artifact, Runner, Policy), which are
   * then told apart by their children's required properties: a workaround, set it to false to write
   * the construct back and see the failure. swagger-request-validator 2.44.9 leaves a {@code
   * _discriminatorValidation} entry in the cached schema tree that holds the child schema inside
   * itself; once enough other schemas have been validated, checking the same parent again overflows
   * the stack (HTTP 500 from the gate's WireMock). A parent validated in one operation only is
   * safe: Widget and ImportSource keep their discriminators.
   */
  private static final boolean PARENT_DISCRIMINATORS_OFF_ON_CRUD = true;

  private SchemaShapes() {}

  /** A string schema. */
  static Map<String, Object> str(String description) {
    return m("type", "string", "description", description);
  }

  /** A string schema with a format. */
  static Map<String, Object> str(String description, String format) {
    return m("type", "string", "format", format, "description", description);
  }

  /** A nullable string schema. */
  static Map<String, Object> nstr(String description) {
    return m("type", "string", "nullable", true, "description", description);
  }

  /** A date-time string schema. */
  static Map<String, Object> dateTime(String description) {
    return str(description, "date-time");
  }

  /** An integer schema. */
  static Map<String, Object> integer(String description) {
    return m("type", "integer", "description", description);
  }

  /** A number schema. */
  static Map<String, Object> number(String description) {
    return m("type", "number", "description", description);
  }

  /** A boolean schema. */
  static Map<String, Object> bool(String description) {
    return m("type", "boolean", "description", description);
  }

  /** A string enum schema. */
  static Map<String, Object> en(String description, String... values) {
    return m("type", "string", "enum", l((Object[]) values), "description", description);
  }

  /** A reference to a component schema. */
  static Map<String, Object> ref(String name) {
    return m("$ref", SCHEMAS + name);
  }

  /**
   * A reference with a description beside it (which OpenAPI 3.0 tools may ignore; documentation
   * only).
   */
  static Map<String, Object> ref(String name, String description) {
    return m("$ref", SCHEMAS + name, "description", description);
  }

  /** An array schema. */
  static Map<String, Object> arr(String description, Object items) {
    return m("type", "array", "description", description, "items", items);
  }

  /** A map schema: an object of any keys whose values have one schema. */
  static Map<String, Object> mapOf(String description, Object values) {
    return m("type", "object", "description", description, "additionalProperties", values);
  }

  /** The names of required properties. */
  static List<String> req(String... names) {
    return Arrays.asList(names);
  }

  /** An object schema; no {@code required} when none is. */
  static Map<String, Object> obj(
      String description, List<String> required, Map<String, Object> properties) {
    return mo(
        "type",
        "object",
        "description",
        description,
        "required",
        required.isEmpty() ? null : new ArrayList<Object>(required),
        "properties",
        properties);
  }

  /** An object variant with a single-valued discriminator property first. */
  static Map<String, Object> tagged(
      String description,
      String property,
      String value,
      List<String> required,
      Map<String, Object> properties) {
    List<String> all = new ArrayList<>();
    all.add(property);
    all.addAll(required);
    Map<String, Object> props = new LinkedHashMap<>();
    props.put(property, en("Always " + value + ".", value));
    props.putAll(properties);
    return obj(description, all, props);
  }

  /** A child extending a parent through allOf, with its own required properties. */
  static Map<String, Object> extend(
      String description, String parent, List<String> required, Map<String, Object> properties) {
    return m(
        "description",
        description,
        "allOf",
        l(
            ref(parent),
            obj("The fields only this kind of " + parent + " has.", required, properties)));
  }

  /** A {@code oneOf} of the variants, no discriminator. */
  static Map<String, Object> oneOf(String description, Object... variants) {
    return m("description", description, "oneOf", l(variants));
  }

  /** An {@code anyOf} of the variants. */
  static Map<String, Object> anyOf(String description, Object... variants) {
    return m("description", description, "anyOf", l(variants));
  }

  /**
   * A component oneOf with a discriminator whose mapping lists every variant: value, schema, value,
   * schema...
   */
  static Map<String, Object> mapped(String description, String property, String... pairs) {
    List<Object> variants = new ArrayList<>();
    for (int i = 1; i < pairs.length; i += 2) {
      Map<String, Object> variant = ref(pairs[i]);
      if (!variants.contains(variant)) {
        variants.add(variant);
      }
    }
    return withDiscriminator(m("description", description, "oneOf", variants), property, pairs);
  }

  /**
   * Adds a discriminator; pairs (value, schema, ...) give a mapping, none leaves the schema names
   * as values.
   */
  static Map<String, Object> withDiscriminator(
      Map<String, Object> schema, String property, String... pairs) {
    Map<String, Object> mapping = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      mapping.put(pairs[i], SCHEMAS + pairs[i + 1]);
    }
    schema.put(
        "discriminator",
        mo("propertyName", property, "mapping", mapping.isEmpty() ? null : mapping));
    return schema;
  }

  /**
   * A CRUD parent's discriminator, unless {@link #PARENT_DISCRIMINATORS_OFF_ON_CRUD} leaves it off.
   */
  static Map<String, Object> crudParent(
      Map<String, Object> schema, String property, String... pairs) {
    return PARENT_DISCRIMINATORS_OFF_ON_CRUD ? schema : withDiscriminator(schema, property, pairs);
  }

  /** A copy of the schema that also allows null ({@code nullable: true} after its type). */
  static Map<String, Object> nullable(Map<String, Object> schema) {
    Map<String, Object> copy = new LinkedHashMap<>();
    for (Map.Entry<String, Object> entry : schema.entrySet()) {
      copy.put(entry.getKey(), entry.getValue());
      if (entry.getKey().equals("type")
          || entry.getKey().equals("description") && !schema.containsKey("type")) {
        copy.put("nullable", true);
      }
    }
    return copy;
  }

  /** A page: items of a type and the next page's cursor. */
  static Map<String, Object> page(String description, String itemsDescription, Object items) {
    return obj(
        description,
        req("items"),
        m(
            "items", arr(itemsDescription, items),
            "next", nstr("The cursor of the next page, null on the last page.")));
  }

  /** The first map with the second map's entries put over it. */
  static Map<String, Object> merge(Map<String, Object> first, Map<String, Object> second) {
    Map<String, Object> merged = new LinkedHashMap<>(first);
    merged.putAll(second);
    return merged;
  }
}
