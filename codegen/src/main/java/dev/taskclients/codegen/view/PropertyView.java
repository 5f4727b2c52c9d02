package dev.taskclients.codegen.view;

/**
 * One property of a model class: a field, its getter, its builder setter and its place in the
 * model's reader.
 *
 * @param name the Java name
 * @param jsonName the JSON name
 * @param javaType the Java type ({@code List<TaskWarning>})
 * @param readerType the expression building its Jackson type in the model's reader ({@code
 *     list(type(X.class))})
 * @param index its position among the model's properties, which the reader is indexed by
 * @param description the spec's description, or null
 * @param checkedRequired whether {@code build()} and parsing insist on it: required, neither
 *     read-only nor write-only
 * @param nullable whether JSON null is a value the spec allows
 * @param readOnly whether the spec marks it read-only: left out of request bodies
 * @param writeOnly whether the spec marks it write-only
 * @param deprecated whether the spec deprecates it
 * @param defaultValue the spec's default, as text, or null
 * @param dateTime whether it is a date-time, read keeping its text
 * @param container whether it is a list or map, copied when set
 */
public record PropertyView(
    String name,
    String jsonName,
    String javaType,
    String readerType,
    int index,
    String description,
    boolean checkedRequired,
    boolean nullable,
    boolean readOnly,
    boolean writeOnly,
    boolean deprecated,
    String defaultValue,
    boolean dateTime,
    boolean container) {

  /** {@return whether its getter is {@code @Nonnull}: checked as required and never JSON null} */
  public boolean nonnull() {
    return checkedRequired && !nullable;
  }
}
