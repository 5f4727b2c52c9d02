package dev.taskclients.codegen.view;

import java.util.List;

/**
 * A polymorphic schema as a sealed interface: a union ({@code oneOf}/{@code anyOf}, {@code
 * model_union.mustache}) or a parent other schemas extend ({@code model_parent.mustache}).
 *
 * @param className the interface
 * @param name the schema's name, for Javadoc
 * @param description the schema's description, or null
 * @param parent whether it is a parent (rather than a union)
 * @param discriminator the discriminator property's JSON name, or null
 * @param variants its variants, in the spec's order
 * @param permits the permitted subtypes, {@code Unknown} last
 * @param extendsClause its {@code extends} clause with a leading space (an interface it is a
 *     variant of), or empty
 * @param accessors for a parent: the fields every variant shares, the interface's methods; else
 *     empty
 * @param unknown for a parent: its nested {@code Unknown} class; else null
 */
public record PolymorphicView(
    String className,
    String name,
    String description,
    boolean parent,
    String discriminator,
    List<VariantView> variants,
    List<String> permits,
    String extendsClause,
    List<PropertyView> accessors,
    ModelClassView unknown) {
  /** Keeps unmodifiable copies. */
  public PolymorphicView {
    variants = List.copyOf(variants);
    permits = List.copyOf(permits);
    accessors = List.copyOf(accessors);
  }

  /** {@return whether some variant has discriminator values} */
  public boolean hasTags() {
    return variants.stream().anyMatch(v -> v.tags() != null);
  }

  /** {@return the variants that are records nested in the interface} */
  public List<VariantView> nestedVariants() {
    return variants.stream().filter(v -> !v.model()).toList();
  }
}
