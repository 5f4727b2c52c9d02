package dev.taskclients.codegen.view;

/**
 * One documented response of an operation and how the client reads its body.
 *
 * @param status {@code 200}, {@code 2XX}, {@code 404}, {@code default}, ...
 * @param kind how the body is read
 * @param javaType the Java type the body is read into ({@code Pet}, {@code List<Pet>}, {@code
 *     Void})
 * @param success whether the client answers it with a value (2xx, or {@code default} when the
 *     operation documents no 2xx) rather than an exception
 * @param description the spec's description of the response, escaped as the generator escapes text,
 *     or null
 */
public record ResponseView(
    String status, ResponseKind kind, String javaType, boolean success, String description) {
  /**
   * {@return whether the Java type is generic, so that it needs a {@code TypeReference} rather than
   * a class literal}
   */
  public boolean generic() {
    return javaType.contains("<");
  }
}
