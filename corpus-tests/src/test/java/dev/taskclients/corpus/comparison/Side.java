package dev.taskclients.corpus.comparison;

import dev.taskclients.corpus.CorpusSpec;
import java.nio.file.Path;

/** Whose generator a run measures, and how strictly its output is compiled. */
enum Side {
  /**
   * taskclients-codegen, compiled as the corpus gate compiles it: lint and doclint warnings are
   * errors.
   */
  OURS {
    @Override
    void generate(CorpusSpec spec, Path dir) {
      OursGenerator.generate(spec, dir);
    }
  },
  /**
   * OpenAPI Generator's stock {@code java} client, compiled as its own build would: warnings are
   * not counted.
   */
  STOCK {
    @Override
    void generate(CorpusSpec spec, Path dir) {
      StockGenerator.generate(spec.file(), dir);
    }
  };

  /**
   * Generates a client.
   *
   * @param spec the spec and its names
   * @param dir the output folder
   */
  abstract void generate(CorpusSpec spec, Path dir);

  /** {@return the side's name, the folder its clients are generated into} */
  String folder() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** {@return whether warnings fail the compilation, as they do for ours} */
  boolean strict() {
    return this == OURS;
  }
}
