package dev.taskclients.codegen;

import io.swagger.v3.oas.models.media.Schema;
import java.util.List;

/**
 * A polymorphic type a generation wrote (a sealed interface), for tools that check it: the corpus
 * gate reads a value of each variant through it.
 *
 * @param className the interface's binary class name
 * @param schemaName the component it was generated from
 * @param parent whether it is a parent several models extend (rather than a {@code oneOf}/{@code
 *     anyOf})
 * @param discriminator the discriminator property, or null
 * @param variants the variants, in the spec's order
 * @param unknownClassName the binary class name of its {@code Unknown} variant
 */
public record PolymorphicType(
    String className,
    String schemaName,
    boolean parent,
    String discriminator,
    List<Variant> variants,
    String unknownClassName) {

  /**
   * One variant.
   *
   * @param className its binary class name (a model, or a record nested in the interface)
   * @param schema the member schema, as the generator saw it (references resolve in the processed
   *     spec)
   * @param tags the discriminator values naming it (empty when none)
   */
  public record Variant(String className, Schema<?> schema, List<String> tags) {}
}
