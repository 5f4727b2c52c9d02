package dev.taskclients.codegen.view;

import java.util.List;

/**
 * An open enum ({@code model_open_enum.mustache}).
 *
 * @param className the class
 * @param description the schema's description, or null
 * @param valueType the Java type of its values ({@code String}, {@code Integer}, ...)
 * @param constants the documented values, in the spec's order
 * @param implementsClause its {@code implements} clause with a leading space (a union it is a
 *     variant of), or empty
 */
public record OpenEnumView(
    String className,
    String description,
    String valueType,
    List<EnumConstantView> constants,
    String implementsClause) {
  /** Keeps an unmodifiable copy. */
  public OpenEnumView {
    constants = List.copyOf(constants);
  }

  /** {@return whether its values are strings, read by an {@code OpenEnumReader}} */
  public boolean stringValues() {
    return valueType.equals("String");
  }
}
