package dev.taskclients.codegen.view;

/**
 * One variant of a sealed interface: a generated class that implements it, or a record nested in it
 * that wraps a value of another type (a string, a list).
 *
 * @param model whether it is a generated class (a model, an enum, another polymorphic type)
 * @param type its name: the class, or the nested record ({@code StringValue}); qualified when a
 *     nested type has its simple name
 * @param wrapped for a nested record: the Java type it wraps; else null
 * @param collection whether the wrapped type is a list, set or map, copied unmodifiable
 * @param index its position, which {@code Unions.choose} answers with
 * @param tags the discriminator values naming it, each a Java string literal, joined by commas;
 *     null when none
 * @param read the expression reading it from {@code json}
 * @param tryRead the expression trying to read it from {@code json}, giving an {@code Optional}
 * @param shape how its JSON looks
 * @param asName the name of the {@code Unknown} method that tries it ({@code asCat})
 * @param description for a nested record: the member schema's description, or null
 */
public record VariantView(
    boolean model,
    String type,
    String wrapped,
    boolean collection,
    int index,
    String tags,
    String read,
    String tryRead,
    ShapeView shape,
    String asName,
    String description) {
  /** {@return the variant as the interface's {@code permits} clause names it} */
  public String ref() {
    return type;
  }
}
