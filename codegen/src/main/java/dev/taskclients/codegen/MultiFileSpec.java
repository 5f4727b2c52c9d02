package dev.taskclients.codegen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bundles an OpenAPI document split over several files into one document, resolving every relative
 * {@code $ref} against the file that holds it, as the OpenAPI specification says.
 *
 * <p>Why our own: Swagger Parser resolves some relative references against the root document's
 * folder instead of the referring file's (a parameter {@code $ref: 'parameters.yml#/id'} in a path
 * item that lives in {@code resources/items/}, say), so a spec split over folders loses parameters
 * and ends in errors that have nothing to do with it. Bundled first, the parser sees one file and
 * no relative reference at all.
 *
 * <p>What the bundle holds:
 *
 * <ul>
 *   <li>a schema reached through an external reference becomes a component, {@code
 *       #/components/schemas/<name>}, named as Swagger Parser names it: after the last segment of
 *       the reference's JSON pointer, else after the file ({@code models/droplet.yml} becomes
 *       {@code droplet}); a name already taken gets {@code _2}, {@code _3}, .... Each file and
 *       pointer becomes one component however many references lead to it, so recursive schemas stay
 *       finite;
 *   <li>a root component that is nothing but an external reference takes that schema's content
 *       under its own name;
 *   <li>path items, operations' parameters, request bodies, responses, headers, examples, links and
 *       callbacks reached through external references are copied where they are referenced;
 *   <li>a reference back into the root document ({@code ../openapi.yaml#/components/...}) becomes a
 *       local one; a relative {@code externalValue} is rewritten against the root document's
 *       folder.
 * </ul>
 *
 * A reference to a URL with a scheme ({@code https:}) is left as it is: generation reads no
 * network.
 */
public final class MultiFileSpec {
  private static final ObjectMapper YAML = new YAMLMapper();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> OPERATIONS =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  /** Keywords whose value is one schema. */
  private static final List<String> SCHEMA_KEYWORDS =
      List.of(
          "items",
          "not",
          "additionalProperties",
          "contains",
          "propertyNames",
          "if",
          "then",
          "else",
          "unevaluatedItems",
          "unevaluatedProperties",
          "additionalItems");

  /** Keywords whose value is a list of schemas. */
  private static final List<String> SCHEMA_LIST_KEYWORDS =
      List.of("allOf", "oneOf", "anyOf", "prefixItems");

  /** Keywords whose value is a map of schemas. */
  private static final List<String> SCHEMA_MAP_KEYWORDS =
      List.of("properties", "patternProperties", "dependentSchemas", "$defs", "definitions");

  private final Path root;
  private final Map<Path, JsonNode> files = new HashMap<>();
  private final ObjectNode document;
  private final ObjectNode schemas;

  /** Hoisted schemas by file and pointer ({@code file#pointer}), to their component name. */
  private final Map<String, String> hoisted = new HashMap<>();

  private final Set<String> names = new HashSet<>();

  /** Non-schema references being copied, to stop a reference cycle. */
  private final Deque<String> copying = new ArrayDeque<>();

  private MultiFileSpec(Path root) {
    this.root = root.toAbsolutePath().normalize();
    this.document = (ObjectNode) read(this.root).deepCopy();
    ObjectNode components =
        document.has("components") && document.get("components").isObject()
            ? (ObjectNode) document.get("components")
            : document.putObject("components");
    this.schemas =
        components.has("schemas") && components.get("schemas").isObject()
            ? (ObjectNode) components.get("schemas")
            : components.putObject("schemas");
    schemas.fieldNames().forEachRemaining(names::add);
  }

  /**
   * Whether a spec refers to other files: only then does it need {@link #bundle(Path)}.
   *
   * @param spec the root document
   * @return true when some {@code $ref} in it points outside it (and is no URL)
   * @throws IllegalArgumentException when the file cannot be read as YAML or JSON
   */
  public static boolean isMultiFile(Path spec) {
    return hasExternalRef(readTree(spec));
  }

  private static boolean hasExternalRef(JsonNode node) {
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (ref != null && ref.isTextual() && isFileRef(ref.asText())) {
        return true;
      }
      for (Iterator<JsonNode> values = node.elements(); values.hasNext(); ) {
        if (hasExternalRef(values.next())) {
          return true;
        }
      }
    } else if (node.isArray()) {
      for (JsonNode item : node) {
        if (hasExternalRef(item)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A reference into another file: neither local ({@code #...}) nor a URL with a scheme. */
  private static boolean isFileRef(String ref) {
    return !ref.startsWith("#") && !ref.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")
        || ref.startsWith("file:");
  }

  /**
   * Bundles a spec split over files into one document.
   *
   * @param spec the root document
   * @return the bundled document, as JSON text (which every YAML reader reads too)
   * @throws IllegalArgumentException when a file cannot be read or a reference points to nothing
   */
  public static String bundle(Path spec) {
    MultiFileSpec bundler = new MultiFileSpec(spec);
    bundler.walkDocument();
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(bundler.document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the bundle of " + spec, e);
    }
  }

  private void walkDocument() {
    // A root component that only points elsewhere takes the target's content under its own name,
    // and every other reference to that target leads to it.
    Map<String, Path> componentBase = new HashMap<>();
    for (String name : iterable(schemas.fieldNames())) {
      JsonNode schema = schemas.get(name);
      String ref = refOf(schema);
      if (ref != null && schema.size() == 1 && isFileRef(ref)) {
        Target target = target(ref, root);
        if (!isRootComponent(target) && !hoisted.containsKey(target.key())) {
          hoisted.put(target.key(), name);
          schemas.set(name, copyObject(target));
          componentBase.put(name, target.file());
        }
      }
    }
    forEachValue(document.get("paths"), (key, item) -> pathItem(item, root));
    forEachValue(document.get("webhooks"), (key, item) -> pathItem(item, root));
    JsonNode components = document.get("components");
    for (String name : iterable(schemas.fieldNames())) {
      Path base = componentBase.get(name);
      if (base != null || !hoisted.containsValue(name)) {
        schema(schemas.get(name), base == null ? root : base);
      }
    }
    forEachValue(components.get("parameters"), (key, p) -> parameter(p, root));
    forEachValue(components.get("responses"), (key, r) -> response(r, root));
    forEachValue(components.get("requestBodies"), (key, b) -> requestBody(b, root));
    forEachValue(components.get("headers"), (key, h) -> header(h, root));
    forEachValue(components.get("examples"), (key, e) -> example(e, root));
    forEachValue(components.get("links"), (key, l) -> inlineRef(l, root));
    forEachValue(components.get("callbacks"), (key, c) -> callback(c, root));
    forEachValue(components.get("pathItems"), (key, i) -> pathItem(i, root));
  }

  private interface Visitor {
    void visit(String key, JsonNode value);
  }

  private static void forEachValue(JsonNode map, Visitor visitor) {
    if (map != null && map.isObject()) {
      for (String key : iterable(map.fieldNames())) {
        visitor.visit(key, map.get(key));
      }
    }
  }

  private static <T> Iterable<T> iterable(Iterator<T> iterator) {
    List<T> copy = new java.util.ArrayList<>();
    iterator.forEachRemaining(copy::add);
    return copy;
  }

  private static String refOf(JsonNode node) {
    JsonNode ref = node == null || !node.isObject() ? null : node.get("$ref");
    return ref != null && ref.isTextual() ? ref.asText() : null;
  }

  /**
   * A non-schema object given by reference: copied in place of the reference when the reference
   * leads outside the root document (or is local to another file); returns the file its content now
   * comes from.
   */
  private Path inlineRef(JsonNode node, Path base) {
    String ref = refOf(node);
    if (ref == null || ref.startsWith("#") && base.equals(root)) {
      return base;
    }
    if (!ref.startsWith("#") && !isFileRef(ref)) {
      return base; // a URL: left as it is
    }
    Target target = target(ref, base);
    if (isRootComponent(target)) {
      ((ObjectNode) node).put("$ref", "#" + target.pointer());
      return base;
    }
    if (copying.contains(target.key())) {
      throw new IllegalArgumentException("reference cycle through " + target.key());
    }
    ObjectNode content = copyObject(target);
    ObjectNode object = (ObjectNode) node;
    object.remove("$ref");
    // Siblings of the reference (a 3.1 summary or description) win over the target's own.
    content
        .properties()
        .forEach(
            field -> {
              if (!object.has(field.getKey())) {
                object.set(field.getKey(), field.getValue());
              }
            });
    copying.push(target.key());
    Path file = inlineRef(object, target.file()); // the target may itself be a reference
    copying.pop();
    return file;
  }

  private void pathItem(JsonNode item, Path base) {
    if (item == null || !item.isObject()) {
      return;
    }
    Path file = inlineRef(item, base);
    each(item.get("parameters"), p -> parameter(p, file));
    for (String method : OPERATIONS) {
      JsonNode operation = item.get(method);
      if (operation != null && operation.isObject()) {
        Path operationFile = inlineRef(operation, file);
        each(operation.get("parameters"), p -> parameter(p, operationFile));
        requestBody(operation.get("requestBody"), operationFile);
        forEachValue(operation.get("responses"), (code, r) -> response(r, operationFile));
        forEachValue(operation.get("callbacks"), (name, c) -> callback(c, operationFile));
      }
    }
  }

  private void callback(JsonNode callback, Path base) {
    if (callback != null && callback.isObject()) {
      Path file = inlineRef(callback, base);
      forEachValue(callback, (expression, item) -> pathItem(item, file));
    }
  }

  private static void each(JsonNode list, java.util.function.Consumer<JsonNode> action) {
    if (list != null && list.isArray()) {
      list.forEach(action);
    }
  }

  private void parameter(JsonNode parameter, Path base) {
    if (parameter != null && parameter.isObject()) {
      Path file = inlineRef(parameter, base);
      schema(parameter.get("schema"), file);
      content(parameter.get("content"), file);
      forEachValue(parameter.get("examples"), (name, e) -> example(e, file));
    }
  }

  private void requestBody(JsonNode body, Path base) {
    if (body != null && body.isObject()) {
      content(body.get("content"), inlineRef(body, base));
    }
  }

  private void response(JsonNode response, Path base) {
    if (response != null && response.isObject()) {
      Path file = inlineRef(response, base);
      forEachValue(response.get("headers"), (name, h) -> header(h, file));
      content(response.get("content"), file);
      forEachValue(response.get("links"), (name, l) -> inlineRef(l, file));
    }
  }

  private void header(JsonNode header, Path base) {
    if (header != null && header.isObject()) {
      Path file = inlineRef(header, base);
      schema(header.get("schema"), file);
      content(header.get("content"), file);
      forEachValue(header.get("examples"), (name, e) -> example(e, file));
    }
  }

  private void content(JsonNode content, Path base) {
    forEachValue(
        content,
        (mediaType, media) -> {
          if (media.isObject()) {
            schema(media.get("schema"), base);
            forEachValue(media.get("examples"), (name, e) -> example(e, base));
            forEachValue(
                media.get("encoding"),
                (part, encoding) ->
                    forEachValue(encoding.get("headers"), (name, h) -> header(h, base)));
          }
        });
  }

  private void example(JsonNode example, Path base) {
    if (example == null || !example.isObject()) {
      return;
    }
    Path file = inlineRef(example, base);
    JsonNode external = example.get("externalValue");
    if (external != null
        && external.isTextual()
        && !file.equals(root)
        && isFileRef(external.asText())
        && !external.asText().startsWith("/")) {
      Path payload = file.getParent().resolve(decode(external.asText())).normalize();
      ((ObjectNode) example)
          .put(
              "externalValue",
              root.getParent()
                  .relativize(payload)
                  .toString()
                  .replace(java.io.File.separatorChar, '/'));
    }
  }

  private void schema(JsonNode schema, Path base) {
    if (schema == null || !schema.isObject()) {
      return;
    }
    String ref = refOf(schema);
    if (ref != null) {
      if (ref.startsWith("#") && base.equals(root)) {
        // local to the root document: nothing to do
      } else if (ref.startsWith("#") || isFileRef(ref)) {
        Target target = target(ref, base);
        ((ObjectNode) schema)
            .put(
                "$ref",
                isRootComponent(target)
                    ? "#" + target.pointer()
                    : "#/components/schemas/" + hoist(target));
      }
    }
    for (String keyword : SCHEMA_KEYWORDS) {
      schema(schema.get(keyword), base);
    }
    for (String keyword : SCHEMA_LIST_KEYWORDS) {
      each(schema.get(keyword), member -> schema(member, base));
    }
    for (String keyword : SCHEMA_MAP_KEYWORDS) {
      forEachValue(schema.get(keyword), (name, member) -> schema(member, base));
    }
  }

  /**
   * The component name of an external schema, made (and its content walked) the first time it is
   * seen.
   */
  private String hoist(Target target) {
    String existing = hoisted.get(target.key());
    if (existing != null) {
      return existing;
    }
    String name = uniqueName(target.name());
    hoisted.put(target.key(), name);
    ObjectNode content = copyObject(target);
    schemas.set(name, content);
    schema(content, target.file());
    return name;
  }

  private String uniqueName(String wanted) {
    String base = wanted.replaceAll("[^A-Za-z0-9._-]", "_");
    if (base.isEmpty()) {
      base = "Schema";
    }
    String name = base;
    for (int n = 2; !names.add(name); n++) {
      name = base + "_" + n;
    }
    return name;
  }

  /** Where a reference leads: a file and a JSON pointer in it. */
  private record Target(Path file, String pointer) {
    String key() {
      return file + "#" + pointer;
    }

    /**
     * The component name Swagger Parser would give: the pointer's last segment, else the file's
     * name.
     */
    String name() {
      if (!pointer.isEmpty() && !pointer.equals("/")) {
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        return last.replace("~1", "/").replace("~0", "~");
      }
      String fileName = file.getFileName().toString();
      int dot = fileName.indexOf('.');
      return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
  }

  private Target target(String ref, Path base) {
    int hash = ref.indexOf('#');
    String filePart = hash < 0 ? ref : ref.substring(0, hash);
    String pointer = hash < 0 ? "" : decode(ref.substring(hash + 1));
    Path file;
    if (filePart.isEmpty()) {
      file = base;
    } else if (filePart.startsWith("file:")) {
      file = Path.of(URI.create(filePart)).toAbsolutePath().normalize();
    } else {
      file = base.getParent().resolve(decode(filePart)).toAbsolutePath().normalize();
    }
    return new Target(file, pointer);
  }

  private static String decode(String text) {
    return text.indexOf('%') < 0
        ? text
        : URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /** A pointer into the root document's own components: referred to locally. */
  private boolean isRootComponent(Target target) {
    return target.file().equals(root) && target.pointer().startsWith("/components/");
  }

  private ObjectNode copyObject(Target target) {
    JsonNode node = read(target.file()).at(target.pointer().isEmpty() ? "" : target.pointer());
    if (node.isMissingNode()) {
      throw new IllegalArgumentException(
          "$ref '"
              + root.getParent().relativize(target.file())
              + "#"
              + target.pointer()
              + "' points to nothing");
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException(
          "$ref '"
              + root.getParent().relativize(target.file())
              + "#"
              + target.pointer()
              + "' points to a "
              + node.getNodeType()
              + ", not an object");
    }
    return node.deepCopy();
  }

  private JsonNode read(Path file) {
    return files.computeIfAbsent(file, MultiFileSpec::readTree);
  }

  private static JsonNode readTree(Path file) {
    try {
      JsonNode node = YAML.readTree(Files.readString(file));
      return node == null ? JsonNodeFactory.instance.objectNode() : node;
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(
          "cannot read " + file + " as YAML or JSON: " + e.getMessage(), e);
    }
  }
}
