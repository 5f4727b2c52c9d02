package dev.taskclients.conformance.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A spec read as a plain JSON tree, and the few ways the spec checks and the conformance suite walk
 * it: its operations, an object's fields, a local {@code $ref}. Both read the specs this way (not
 * through Swagger Parser) because they need the spec exactly as written, {@code externalValue} and
 * all.
 */
public final class SpecTree {
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

  /** How many {@code $ref}s in a row {@link #deref} follows, so that a cycle cannot hang a test. */
  private static final int MAX_HOPS = 16;

  /** What {@link #forEachOperation} calls for each operation. */
  @FunctionalInterface
  public interface OperationVisitor {
    /**
     * Visits one operation.
     *
     * @param path the path template, as the spec's {@code paths} key
     * @param method the HTTP method, upper case
     * @param operation the operation object
     */
    void visit(String path, String method, JsonNode operation);
  }

  private SpecTree() {}

  /**
   * Reads a spec.
   *
   * @param spec a YAML (or JSON) file
   * @return its tree
   * @throws UncheckedIOException if it cannot be read
   */
  public static JsonNode read(Path spec) {
    try {
      return YAML.readTree(spec.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + spec, e);
    }
  }

  /**
   * The API a spec describes, as its file is named: {@code specs/<api>.yaml}.
   *
   * @param spec the spec file
   * @return the file name without {@code .yaml}
   */
  public static String apiName(Path spec) {
    return spec.getFileName().toString().replaceFirst("\\.yaml$", "");
  }

  /**
   * Calls the visitor for every operation under {@code paths}, in the spec's order; other keys of a
   * path item ({@code parameters}, {@code summary}, ...) are not operations.
   *
   * @param root the spec's tree
   * @param visitor what to call
   */
  public static void forEachOperation(JsonNode root, OperationVisitor visitor) {
    for (Map.Entry<String, JsonNode> path : fields(root.path("paths"))) {
      for (Map.Entry<String, JsonNode> operation : fields(path.getValue())) {
        if (METHODS.contains(operation.getKey())) {
          visitor.visit(
              path.getKey(), operation.getKey().toUpperCase(Locale.ROOT), operation.getValue());
        }
      }
    }
  }

  /**
   * Follows a local {@code $ref} ({@code #/...}), and the {@code $ref} it lands on, up to 16; a
   * reference to another file, and a node without {@code $ref}, are returned as they are.
   *
   * @param root the spec's tree
   * @param node a node of it
   * @return the node the references lead to
   */
  public static JsonNode deref(JsonNode root, JsonNode node) {
    JsonNode current = node;
    for (int hops = 0; current.has("$ref") && hops < MAX_HOPS; hops++) {
      String ref = current.get("$ref").asText();
      if (!ref.startsWith("#/")) {
        return current;
      }
      current = root.at(ref.substring(1));
    }
    return current;
  }

  /**
   * An object's fields as a list, so that callers can loop with a for-each.
   *
   * @param node any node, or null
   * @return its fields in order; empty for null or a node that is not an object
   */
  public static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
    List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
    if (node != null && node.isObject()) {
      node.fields().forEachRemaining(entries::add);
    }
    return entries;
  }
}
