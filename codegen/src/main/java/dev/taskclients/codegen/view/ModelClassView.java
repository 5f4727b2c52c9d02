package dev.taskclients.codegen.view;

import java.util.List;

/**
 * An immutable model class ({@code model_class.mustache}): a top-level model, or a parent's nested
 * {@code Unknown}.
 *
 * @param className the class
 * @param name the schema's name, for Javadoc
 * @param description the schema's description, or null
 * @param deprecated whether the spec deprecates it
 * @param properties its properties, in the spec's order
 * @param implementsClause its {@code implements} clause with a leading space, or empty
 * @param variants for a parent's {@code Unknown}: the parent's variants, each an {@code as…}
 *     method; else empty
 * @param taskView how it implements {@code TaskView}, or null
 * @param retryAdvice how it implements {@code RetryAdvice}, or null
 */
public record ModelClassView(
    String className,
    String name,
    String description,
    boolean deprecated,
    List<PropertyView> properties,
    String implementsClause,
    List<VariantView> variants,
    TaskViewModel taskView,
    ViewMethodView retryAdvice) {
  /** Keeps unmodifiable copies. */
  public ModelClassView {
    properties = List.copyOf(properties);
    variants = List.copyOf(variants);
  }

  /** {@return whether it has properties} */
  public boolean hasProperties() {
    return !properties.isEmpty();
  }

  /** {@return the properties {@code build()} insists on} */
  public List<PropertyView> requiredProperties() {
    return properties.stream().filter(PropertyView::checkedRequired).toList();
  }

  /** {@return whether {@code build()} insists on some property} */
  public boolean hasRequiredProperties() {
    return properties.stream().anyMatch(PropertyView::checkedRequired);
  }

  /** {@return the read-only properties, left out of request bodies} */
  public List<PropertyView> readOnlyProperties() {
    return properties.stream().filter(PropertyView::readOnly).toList();
  }

  /** {@return whether some property is read-only} */
  public boolean hasReadOnlyProperties() {
    return properties.stream().anyMatch(PropertyView::readOnly);
  }
}
