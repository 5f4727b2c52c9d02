package dev.taskclients.corpus.comparison;

import dev.taskclients.corpus.CorpusSpec;
import java.nio.file.Path;

/**
 * A spec as a line of the list the script and both sides share: label, file, folder, package,
 * client name.
 */
final class SpecRows {
  private SpecRows() {}

  /**
   * The spec as a line.
   *
   * @param spec a spec
   * @return its tab-separated line
   */
  static String format(CorpusSpec spec) {
    return String.join(
        "\t",
        spec.label(),
        spec.file().toString(),
        spec.folder(),
        spec.basePackage(),
        spec.clientName());
  }

  /**
   * A line back as the spec.
   *
   * @param line a line {@link #format} wrote
   * @return the spec
   */
  static CorpusSpec parse(String line) {
    String[] fields = line.split("\t");
    if (fields.length != 5) {
      throw new IllegalArgumentException(
          "not label, file, folder, package and client name: " + line);
    }
    return new CorpusSpec(Path.of(fields[1]), fields[0], fields[2], fields[3], fields[4]);
  }
}
