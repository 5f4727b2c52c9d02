package dev.taskclients.codegen.view;

import java.util.List;

/**
 * One file of the model package ({@code model.mustache}): exactly one of a model class, an open
 * enum, a union or a parent.
 *
 * @param packageName the model package
 * @param imports the file's imports, sorted
 * @param modelClass the model class, or null
 * @param openEnum the open enum, or null
 * @param union the union, or null
 * @param parent the parent, or null
 */
public record ModelFile(
    String packageName,
    List<String> imports,
    ModelClassView modelClass,
    OpenEnumView openEnum,
    PolymorphicView union,
    PolymorphicView parent) {
  /** Keeps an unmodifiable copy. */
  public ModelFile {
    imports = List.copyOf(imports);
  }
}
