package dev.taskclients.corpus.comparison;

import dev.taskclients.codegen.ClientGeneration;
import dev.taskclients.corpus.CorpusSpec;
import java.nio.file.Path;

/**
 * Our side. A class of its own, so that the stock side's JVM, whose class path has no
 * taskclients-codegen, never loads it.
 */
final class OursGenerator {
  private OursGenerator() {}

  /**
   * Generates a client as the corpus gate does, with validation problems let through as on the
   * stock side: generation is what is compared.
   *
   * @param spec the spec and its names
   * @param dir the output folder
   */
  static void generate(CorpusSpec spec, Path dir) {
    ClientGeneration.generate(
        spec.file(),
        dir,
        spec.basePackage(),
        spec.clientName(),
        spec.label(),
        null,
        ClientGeneration.Options.lenient());
  }
}
