package dev.taskclients.codegen.view;

import java.util.List;

/**
 * How a variant's JSON looks, which the runtime's {@code Unions.choose} matches a value against
 * when no discriminator names the variant: a JSON type, or an object's required, declared and
 * single-valued properties.
 *
 * @param kind the JSON type
 * @param byProperties whether an object is matched by its properties ({@code Unions.object}), not
 *     by its type alone
 * @param required for an object: the properties it must have (JSON names)
 * @param declared for an object: every property it declares, or null when it takes any (an open
 *     object)
 * @param fixed for an object: properties that allow one value only, with that value
 */
public record ShapeView(
    JsonKind kind,
    boolean byProperties,
    List<String> required,
    List<String> declared,
    List<FixedValue> fixed) {
  /**
   * A property that allows one value only.
   *
   * @param name its JSON name
   * @param value the value, as text
   */
  public record FixedValue(String name, String value) {}

  /** Keeps unmodifiable copies. */
  public ShapeView {
    required = List.copyOf(required);
    declared = declared == null ? null : List.copyOf(declared);
    fixed = List.copyOf(fixed);
  }

  /**
   * An object matched by its properties.
   *
   * @param required the properties it must have
   * @param declared every property it declares, or null when it takes any
   * @param fixed properties that allow one value only
   * @return the shape
   */
  public static ShapeView object(
      List<String> required, List<String> declared, List<FixedValue> fixed) {
    return new ShapeView(JsonKind.OBJECT, true, required, declared, fixed);
  }

  /**
   * A shape that is a JSON type alone.
   *
   * @param kind the type
   * @return the shape
   */
  public static ShapeView of(JsonKind kind) {
    return new ShapeView(kind, false, List.of(), List.of(), List.of());
  }

  /** {@return whether an object takes properties it does not declare} */
  public boolean open() {
    return declared == null;
  }
}
