package dev.taskclients.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Where the gate writes: each spec's folder is emptied before it is generated again. */
final class Workspace {
  /** System property: the gate's output folder (set by Surefire to {@code target/corpus}). */
  static final String OUTPUT_DIR = "corpus.output.dir";

  /** System property: the report file (set by Surefire to {@code target/corpus-report.md}). */
  static final String REPORT = "corpus.report";

  private Workspace() {}

  /**
   * @return the gate's output folder
   */
  static Path outputDir() {
    return Path.of(System.getProperty(OUTPUT_DIR, "target/corpus")).toAbsolutePath();
  }

  /**
   * @return where the report is written
   */
  static Path reportFile() {
    return Path.of(System.getProperty(REPORT, "target/corpus-report.md")).toAbsolutePath();
  }

  /**
   * Deletes a folder with everything in it, then creates it empty.
   *
   * @param dir the folder
   */
  static void recreate(Path dir) {
    try {
      if (Files.exists(dir)) {
        try (Stream<Path> files = Files.walk(dir)) {
          for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
            Files.delete(file);
          }
        }
      }
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot empty " + dir, e);
    }
  }
}
