package dev.taskclients.codegen;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Bundles an OpenAPI document for publishing: every Example Object that gives its payload by {@code
 * externalValue} gets it inline as {@code value} instead, so that tools which ignore {@code
 * externalValue} (mock servers, documentation viewers) show the real payloads. Everything else in
 * the document is kept as it is, in the same order.
 *
 * <p><b>Where it looks.</b> Only where the OpenAPI specification (3.0 and 3.1) allows an Example
 * Object: {@code components/examples}; the {@code examples} of parameters, headers and media types;
 * media types under request bodies, responses, parameters and headers (and the headers of their
 * encodings); reached from {@code paths}, {@code webhooks}, callbacks and every {@code components}
 * section holding those objects. A property named {@code externalValue} anywhere else (inside a
 * schema, an {@code example} or {@code value} payload, an {@code x-} extension) is data and is left
 * alone. A Reference Object ({@code $ref}) stays a reference; its target in {@code
 * components/examples} is inlined where it stands.
 *
 * <p><b>The payload.</b> {@code externalValue} is a URI reference relative to the spec's directory,
 * and must stay inside that directory tree (a URL with a scheme such as {@code http:}, an absolute
 * path or a {@code ..} leading out is refused). A file whose name ends in {@code .json} must hold
 * exactly one JSON value, which becomes the {@code value} (numbers kept exact, duplicate keys
 * refused); any other file must be UTF-8 text, which becomes a string {@code value}. Anything that
 * cannot be inlined is a {@link SpecBundleException} naming the example's JSON pointer and the
 * file; nothing is written then.
 *
 * <p><b>The output</b> is YAML, the same bytes on every run for the same input (key order as in the
 * source, every string double-quoted so no YAML reader takes {@code "2024-01-01"} or {@code "yes"}
 * for another type, {@code \n} line ends), written to a temporary file beside the target and moved
 * over it, so a reader never sees half a file.
 */
public final class SpecBundler {
  private static final Set<String> OPERATIONS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private static final ObjectMapper YAML =
      YAMLMapper.builder(
              YAMLFactory.builder()
                  .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                  .disable(YAMLGenerator.Feature.SPLIT_LINES)
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                  .build())
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private final Path baseDirectory;
  private final Path realBaseDirectory;

  private SpecBundler(Path baseDirectory) {
    this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
    Path real;
    try {
      real = this.baseDirectory.toRealPath();
    } catch (IOException e) {
      real = this.baseDirectory;
    }
    this.realBaseDirectory = real;
  }

  /**
   * Bundles a spec file into an output file: {@code SpecBundler <spec.yaml> <output.yaml>}.
   *
   * @param args the source spec's path and the output's path
   * @throws IOException when the output cannot be written
   * @throws SpecBundleException when the spec cannot be read or one of its examples cannot be
   *     inlined
   * @throws IllegalArgumentException when not given exactly two arguments
   */
  public static void main(String[] args) throws IOException {
    if (args == null || args.length != 2 || args[0].isBlank() || args[1].isBlank()) {
      throw new IllegalArgumentException(
          "usage: SpecBundler <source spec .yaml> <output .yaml>, got "
              + (args == null ? "null" : List.of(args)));
    }
    bundle(Path.of(args[0]), Path.of(args[1]));
  }

  /**
   * Reads a spec, inlines its external examples (relative to the spec's directory) and writes the
   * result as YAML, atomically: the output is either left as it was or replaced whole.
   *
   * @param spec the source spec (YAML or JSON)
   * @param output where to write the bundled spec; its directory is created when missing
   * @throws IOException when the output cannot be written
   * @throws SpecBundleException when the spec cannot be read or one of its examples cannot be
   *     inlined
   */
  public static void bundle(Path spec, Path output) throws IOException {
    Path absoluteSpec = spec.toAbsolutePath().normalize();
    JsonNode source = readSpec(absoluteSpec);
    byte[] yaml = toYaml(inline(source, absoluteSpec.getParent()));
    writeAtomically(output, yaml);
  }

  /**
   * Reads a spec file into a tree, with numbers kept exact and duplicate keys refused.
   *
   * @param spec the spec file (YAML or JSON)
   * @return its tree, an object
   * @throws SpecBundleException when the file cannot be read or is not a YAML mapping
   */
  public static JsonNode readSpec(Path spec) {
    JsonNode tree;
    try {
      tree = YAML.readTree(spec.toFile());
    } catch (IOException e) {
      throw new SpecBundleException("", spec.toString(), "cannot read it: " + e.getMessage(), e);
    }
    if (tree == null || !tree.isObject()) {
      throw new SpecBundleException(
          "", spec.toString(), "it is not a YAML mapping (an OpenAPI document)", null);
    }
    return tree;
  }

  /**
   * Returns a copy of a spec tree in which every Example Object's {@code externalValue} is
   * replaced, at the same position, by a {@code value} holding the file's content. The given tree
   * is not changed.
   *
   * @param spec the spec's tree, as read by {@link #readSpec(Path)}
   * @param baseDirectory the directory {@code externalValue}s are relative to (the spec's own)
   * @return the bundled copy
   * @throws SpecBundleException when an example cannot be inlined
   */
  public static JsonNode inline(JsonNode spec, Path baseDirectory) {
    if (spec == null || !spec.isObject()) {
      throw new SpecBundleException(
          "", String.valueOf(baseDirectory), "the spec is not an object", null);
    }
    ObjectNode copy = ((ObjectNode) spec).deepCopy();
    new SpecBundler(baseDirectory).document(copy);
    return copy;
  }

  /**
   * Writes a tree as YAML: key order kept, every string double-quoted, numbers written plainly, and
   * {@code \n} line ends, so the same tree gives the same bytes.
   *
   * @param tree the tree to write
   * @return its YAML, in UTF-8
   */
  public static byte[] toYaml(JsonNode tree) {
    try {
      return YAML.writeValueAsBytes(tree);
    } catch (IOException e) {
      throw new IllegalStateException("a JSON tree could not be written as YAML", e);
    }
  }

  // ---- walking the places where Example Objects can be ----

  private void document(ObjectNode root) {
    forEachNamed(root.get("paths"), "/paths", true, this::pathItem);
    forEachNamed(root.get("webhooks"), "/webhooks", true, this::pathItem);
    JsonNode components = root.get("components");
    if (components != null && components.isObject()) {
      forEachNamed(components.get("examples"), "/components/examples", false, this::example);
      forEachNamed(
          components.get("parameters"), "/components/parameters", false, this::parameterOrHeader);
      forEachNamed(
          components.get("headers"), "/components/headers", false, this::parameterOrHeader);
      forEachNamed(
          components.get("requestBodies"), "/components/requestBodies", false, this::requestBody);
      forEachNamed(components.get("responses"), "/components/responses", false, this::response);
      forEachNamed(components.get("callbacks"), "/components/callbacks", false, this::callback);
      forEachNamed(components.get("pathItems"), "/components/pathItems", false, this::pathItem);
    }
  }

  private void pathItem(JsonNode node, String pointer) {
    if (!node.isObject() || node.has("$ref")) {
      return;
    }
    forEachInList(node.get("parameters"), pointer + "/parameters", this::parameterOrHeader);
    for (Map.Entry<String, JsonNode> field : fields(node)) {
      if (OPERATIONS.contains(field.getKey())) {
        operation(field.getValue(), pointer + "/" + escape(field.getKey()));
      }
    }
  }

  private void operation(JsonNode node, String pointer) {
    if (!node.isObject()) {
      return;
    }
    forEachInList(node.get("parameters"), pointer + "/parameters", this::parameterOrHeader);
    JsonNode requestBody = node.get("requestBody");
    if (requestBody != null) {
      requestBody(requestBody, pointer + "/requestBody");
    }
    forEachNamed(node.get("responses"), pointer + "/responses", true, this::response);
    forEachNamed(node.get("callbacks"), pointer + "/callbacks", false, this::callback);
  }

  private void callback(JsonNode node, String pointer) {
    if (node.isObject() && !node.has("$ref")) {
      forEachNamed(node, pointer, true, this::pathItem);
    }
  }

  /**
   * Parameters and headers hold examples the same way: {@code examples} beside a schema, or {@code
   * content}.
   */
  private void parameterOrHeader(JsonNode node, String pointer) {
    if (node.isObject() && !node.has("$ref")) {
      forEachNamed(node.get("examples"), pointer + "/examples", false, this::example);
      content(node.get("content"), pointer + "/content");
    }
  }

  private void requestBody(JsonNode node, String pointer) {
    if (node.isObject() && !node.has("$ref")) {
      content(node.get("content"), pointer + "/content");
    }
  }

  private void response(JsonNode node, String pointer) {
    if (node.isObject() && !node.has("$ref")) {
      forEachNamed(node.get("headers"), pointer + "/headers", false, this::parameterOrHeader);
      content(node.get("content"), pointer + "/content");
    }
  }

  private void content(JsonNode node, String pointer) {
    forEachNamed(node, pointer, false, this::mediaType);
  }

  private void mediaType(JsonNode node, String pointer) {
    if (!node.isObject()) {
      return;
    }
    forEachNamed(node.get("examples"), pointer + "/examples", false, this::example);
    forEachNamed(
        node.get("encoding"),
        pointer + "/encoding",
        false,
        (encoding, at) -> {
          if (encoding.isObject()) {
            forEachNamed(encoding.get("headers"), at + "/headers", false, this::parameterOrHeader);
          }
        });
  }

  private void example(JsonNode node, String pointer) {
    if (!node.isObject() || node.has("$ref") || !node.has("externalValue")) {
      return;
    }
    ObjectNode example = (ObjectNode) node;
    JsonNode external = example.get("externalValue");
    String written = external.isTextual() ? external.asText() : external.toString();
    if (!external.isTextual()) {
      throw new SpecBundleException(
          pointer, written, "externalValue must be a string (a URI reference)", null);
    }
    if (example.has("value")) {
      throw new SpecBundleException(
          pointer,
          written,
          "the example has both value and externalValue, which OpenAPI forbids; keep one",
          null);
    }
    JsonNode value = load(pointer, written);
    List<Map.Entry<String, JsonNode>> entries = fields(example);
    example.removeAll();
    for (Map.Entry<String, JsonNode> entry : entries) {
      if (entry.getKey().equals("externalValue")) {
        example.set("value", value);
      } else {
        example.set(entry.getKey(), entry.getValue());
      }
    }
  }

  // ---- reading an external payload ----

  private JsonNode load(String pointer, String externalValue) {
    Path file = resolve(pointer, externalValue);
    byte[] bytes;
    try {
      if (!file.toRealPath().startsWith(realBaseDirectory)) {
        throw new SpecBundleException(
            pointer,
            externalValue,
            "the file "
                + file
                + " leads (through a link) out of the spec's directory "
                + realBaseDirectory,
            null);
      }
      if (Files.isDirectory(file)) {
        throw new SpecBundleException(
            pointer, externalValue, file + " is a directory, not a file", null);
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new SpecBundleException(
          pointer, externalValue, "the file " + file + " does not exist", e);
    } catch (IOException e) {
      throw new SpecBundleException(
          pointer, externalValue, "the file " + file + " cannot be read: " + e, e);
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      try {
        JsonNode value = JSON.readTree(bytes);
        if (value == null || value.isMissingNode()) {
          throw new SpecBundleException(
              pointer, externalValue, "the file " + file + " is empty, not JSON", null);
        }
        return value;
      } catch (IOException e) {
        throw new SpecBundleException(
            pointer,
            externalValue,
            "the file " + file + " is named .json but is not valid JSON: " + e.getMessage(),
            e);
      }
    }
    try {
      return TextNode.valueOf(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      throw new SpecBundleException(
          pointer,
          externalValue,
          "the file "
              + file
              + " is neither .json nor UTF-8 text, so it cannot be inlined as a value (binary examples"
              + " can only be given by externalValue)",
          e);
    }
  }

  /**
   * The file an externalValue names, refused when it is a URL or leads out of the base directory.
   */
  private Path resolve(String pointer, String externalValue) {
    if (externalValue.isEmpty()) {
      throw new SpecBundleException(pointer, externalValue, "externalValue is empty", null);
    }
    URI uri;
    try {
      uri = new URI(externalValue);
    } catch (URISyntaxException e) {
      throw new SpecBundleException(
          pointer,
          externalValue,
          "externalValue is not a valid URI reference ("
              + e.getReason()
              + "); percent-encode spaces and"
              + " other reserved characters",
          e);
    }
    if (uri.getScheme() != null || uri.getRawAuthority() != null) {
      throw new SpecBundleException(
          pointer,
          externalValue,
          "externalValue is an absolute URL; only files"
              + " relative to the spec's directory can be inlined (the build must not depend on the network)",
          null);
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new SpecBundleException(
          pointer,
          externalValue,
          "externalValue has a query or fragment; it must name a file relative to the spec",
          null);
    }
    String path = uri.getPath();
    if (path.isEmpty() || path.startsWith("/")) {
      throw new SpecBundleException(
          pointer,
          externalValue,
          "externalValue must be a path relative to the spec's directory " + baseDirectory,
          null);
    }
    Path file = baseDirectory.resolve(path).normalize();
    if (!file.startsWith(baseDirectory) || file.equals(baseDirectory)) {
      throw new SpecBundleException(
          pointer,
          externalValue,
          "externalValue leads out of the spec's directory " + baseDirectory + " (to " + file + ")",
          null);
    }
    return file;
  }

  // ---- writing ----

  private static void writeAtomically(Path output, byte[] content) throws IOException {
    Path target = output.toAbsolutePath().normalize();
    Path directory = target.getParent();
    Files.createDirectories(directory);
    Path temporary =
        directory.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW)) {
        out.write(content);
      }
      try {
        Files.move(
            temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  // ---- tree helpers ----

  private interface Visitor {
    void visit(JsonNode node, String pointer);
  }

  /**
   * Visits each value of a map-like object. Where the OpenAPI object allows extensions ({@code
   * skipExtensions}: Paths, Responses, Callback), {@code x-} keys are extensions, not entries.
   */
  private static void forEachNamed(
      JsonNode node, String pointer, boolean skipExtensions, Visitor visitor) {
    if (node == null || !node.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> field : fields(node)) {
      if (!(skipExtensions && field.getKey().startsWith("x-"))) {
        visitor.visit(field.getValue(), pointer + "/" + escape(field.getKey()));
      }
    }
  }

  private static void forEachInList(JsonNode node, String pointer, Visitor visitor) {
    if (node instanceof ArrayNode) {
      for (int i = 0; i < node.size(); i++) {
        visitor.visit(node.get(i), pointer + "/" + i);
      }
    }
  }

  private static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
    return new ArrayList<>(node.properties());
  }

  /**
   * One JSON pointer reference token (RFC 6901): {@code ~} as {@code ~0}, {@code /} as {@code ~1}.
   */
  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
