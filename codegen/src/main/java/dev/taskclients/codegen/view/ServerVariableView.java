package dev.taskclients.codegen.view;

import java.util.List;

/**
 * A server variable, set through a builder setter of its own.
 *
 * @param name the variable's name
 * @param setter the builder method that sets it
 * @param defaultValue its default
 * @param enumValues the values it allows; empty when any
 */
public record ServerVariableView(
    String name, String setter, String defaultValue, List<String> enumValues) {
  /** Keeps an unmodifiable copy. */
  public ServerVariableView {
    enumValues = List.copyOf(enumValues);
  }

  /** {@return whether the spec limits its values} */
  public boolean hasEnum() {
    return !enumValues.isEmpty();
  }
}
