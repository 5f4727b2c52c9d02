package dev.taskclients.codegen;

import dev.taskclients.codegen.view.AccessStep;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenProperty;

/**
 * Resolves a field path a spec extension gives in JSON names joined by dots ({@code
 * error.retryable}) to the getters a model reads it through, so that generated code reads typed
 * fields instead of looking JSON names up at run time.
 */
final class FieldPath {
  /**
   * A resolved path.
   *
   * @param steps the steps before the last property, each null-checked
   * @param property the last property
   * @param access the expression reading the last property from the last step
   * @param getters the Java names of the getters along the path, the last property's included
   */
  record Resolved(
      List<AccessStep> steps, CodegenProperty property, String access, List<String> getters) {}

  private final Map<String, CodegenModel> models;

  /**
   * @param models every model of the spec, by class name
   */
  FieldPath(Map<String, CodegenModel> models) {
    this.models = models;
  }

  /**
   * Resolves a path from a model.
   *
   * @param model the model the path starts at
   * @param path JSON property names joined by dots
   * @param where the extension's location in the spec, for a refusal
   * @param key the extension's key holding the path, for a refusal
   * @return the getters to read it through
   * @throws UnsupportedSpecException when a name is not a property of the object before it
   */
  Resolved resolve(CodegenModel model, String path, String where, String key) {
    List<AccessStep> steps = new ArrayList<>();
    List<String> getters = new ArrayList<>();
    Set<String> names = new HashSet<>();
    CodegenModel owner = model;
    String from = null;
    String[] parts = path.split("\\.", -1);
    for (int i = 0; ; i++) {
      CodegenProperty var = property(owner, parts[i]);
      if (var == null) {
        throw new UnsupportedSpecException(
            where, key + " '" + path + "': " + owner.name + " has no property '" + parts[i] + "'");
      }
      String access = from == null ? "this." + var.name : from + "." + var.name + "()";
      getters.add(var.name);
      if (i == parts.length - 1) {
        return new Resolved(steps, var, access, getters);
      }
      CodegenModel next = var.complexType == null ? null : models.get(var.complexType);
      if (next == null || next.isEnum || next.vars.isEmpty()) {
        throw new UnsupportedSpecException(
            where,
            key
                + " '"
                + path
                + "': '"
                + parts[i]
                + "' is not an object with "
                + "properties, so '"
                + parts[i + 1]
                + "' cannot be read from it");
      }
      String variable = unique(var.name, names);
      steps.add(new AccessStep(var.datatypeWithEnum, variable, access));
      from = variable;
      owner = next;
    }
  }

  private static CodegenProperty property(CodegenModel owner, String jsonName) {
    return owner.vars.stream().filter(v -> v.baseName.equals(jsonName)).findFirst().orElse(null);
  }

  private static String unique(String name, Set<String> taken) {
    String candidate = name;
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = name + n;
    }
    return candidate;
  }
}
