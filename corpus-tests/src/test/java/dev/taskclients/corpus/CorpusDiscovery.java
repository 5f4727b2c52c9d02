package dev.taskclients.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the corpus: every {@code *.yaml}, {@code *.yml} and {@code *.json} file under the corpus
 * roots whose top level declares {@code openapi: 3.0.x} or {@code openapi: 3.1.x}. An OpenAPI
 * document of another version (Swagger 2.0 has {@code swagger}, not {@code openapi}, and is not
 * one) is noted and skipped. {@link #discover} notes a missing root; the gate uses {@link
 * #discoverEvery}, which refuses one.
 */
public final class CorpusDiscovery {
  /** System property naming the folders to search instead of the default roots. */
  static final String CORPUS_DIR = "corpus.dir";

  /** System property naming the default roots (set by the module's Surefire configuration). */
  static final String DEFAULT_ROOTS = "corpus.roots";

  /** System property: the folder a relative {@code corpus.dir} is resolved against. */
  static final String PROJECT_DIR = "corpus.project.dir";

  private static final YAMLMapper YAML = new YAMLMapper();

  /**
   * What discovery found.
   *
   * @param roots the folders searched
   * @param specs the specs, in a stable order
   * @param notes what was skipped and why (missing roots, unreadable files)
   */
  public record Found(List<Path> roots, List<CorpusSpec> specs, List<String> notes) {}

  private CorpusDiscovery() {}

  /**
   * The roots to search: {@code -Dcorpus.dir} when given (several separated by the path separator,
   * relative ones against the project folder), else the default roots.
   *
   * @return the roots, normalized
   */
  static List<Path> configuredRoots() {
    String chosen = System.getProperty(CORPUS_DIR, "").trim();
    String roots = chosen.isEmpty() ? System.getProperty(DEFAULT_ROOTS, "").trim() : chosen;
    if (roots.isEmpty()) {
      // Outside Maven (an IDE run from the module folder): the same defaults, relative to it.
      roots =
          Path.of("..", "..", "shared", "corpus")
              + File.pathSeparator
              + Path.of("..", "specs", "corpus");
    }
    Path base = Path.of(System.getProperty(PROJECT_DIR, "."));
    List<Path> result = new ArrayList<>();
    for (String root : roots.split(File.pathSeparator)) {
      if (!root.isBlank()) {
        Path path = Path.of(root.trim());
        result.add((path.isAbsolute() ? path : base.resolve(path)).toAbsolutePath().normalize());
      }
    }
    return result;
  }

  /**
   * Searches the roots, each of which must exist and hold at least one spec: the gate proves the
   * corpus it is configured with, so a root that is not there (the shared corpus not cloned, a
   * mistyped {@code -Dcorpus.dir}) must fail the build rather than let it pass on fewer specs.
   *
   * @param roots the folders to search, recursively
   * @return the specs found
   * @throws IllegalStateException naming each missing or empty root and how to fix it
   */
  static Found discoverEvery(List<Path> roots) {
    List<String> problems = new ArrayList<>();
    roots.stream()
        .filter(root -> !Files.isDirectory(root))
        .forEach(root -> problems.add("corpus root " + root + " does not exist"));
    if (problems.isEmpty()) {
      Found found = discover(roots);
      roots.stream()
          .filter(root -> found.specs().stream().noneMatch(spec -> spec.file().startsWith(root)))
          .forEach(
              root -> problems.add("corpus root " + root + " holds no OpenAPI 3.0 or 3.1 spec"));
      if (problems.isEmpty()) {
        return found;
      }
    }
    throw new IllegalStateException(
        String.join("; ", problems)
            + ". The corpus gate tests every configured root. "
            + "The default roots are ../shared/corpus (clone this repository next to shared/) and specs/corpus; "
            + "-Dcorpus.dir=/a/folder (several separated by '"
            + File.pathSeparator
            + "') tests other folders instead.");
  }

  /**
   * Searches the roots, noting (not failing on) a root that does not exist.
   *
   * @param roots the folders to search, recursively
   * @return the specs found, named so that no two share an output folder
   */
  public static Found discover(List<Path> roots) {
    List<String> notes = new ArrayList<>();
    List<CorpusSpec> specs = new ArrayList<>();
    Set<String> folders = new HashSet<>();
    for (Path root : roots) {
      if (!Files.isDirectory(root)) {
        notes.add("corpus root " + root + " does not exist: skipped");
        continue;
      }
      for (Path file : candidates(root)) {
        String problem = notOpenApi30Or31(file);
        if (problem != null) {
          if (!problem.isEmpty()) {
            notes.add(root.relativize(file) + ": " + problem + ": skipped");
          }
          continue;
        }
        String fileName = file.getFileName().toString();
        String segment = SpecNaming.packageSegment(fileName);
        String folder = segment;
        for (int n = 2; !folders.add(folder); n++) {
          folder = segment + "_" + n;
        }
        specs.add(
            new CorpusSpec(
                file,
                root.relativize(file).toString().replace(File.separatorChar, '/'),
                folder,
                "corpus." + folder,
                SpecNaming.clientName(fileName)));
      }
    }
    return new Found(List.copyOf(roots), specs, notes);
  }

  private static List<Path> candidates(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .filter(
              f -> {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
              })
          .sorted(Comparator.comparing(Path::toString))
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
  }

  /**
   * Null when the file is an OpenAPI 3.0 or 3.1 document; empty when it is no OpenAPI document at
   * all (a recorded payload, say: skipped silently); else why an OpenAPI document is skipped.
   */
  private static String notOpenApi30Or31(Path file) {
    JsonNode top;
    try {
      top = YAML.readTree(file.toFile());
    } catch (IOException | RuntimeException e) {
      return "not readable as YAML or JSON (" + e.getClass().getSimpleName() + ")";
    }
    if (top == null || !top.isObject() || !top.has("openapi")) {
      return "";
    }
    String version = top.get("openapi").asText();
    return isSupported(version) ? null : "openapi " + version + " is neither 3.0.x nor 3.1.x";
  }

  /**
   * Whether a file declares OpenAPI 3.1.
   *
   * @param file a spec
   * @return true for {@code openapi: 3.1.x}; false for anything else, unreadable files included
   */
  static boolean isOpenApi31(Path file) {
    try {
      JsonNode top = YAML.readTree(file.toFile());
      return top != null
          && top.isObject()
          && top.has("openapi")
          && top.get("openapi").asText().startsWith("3.1");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * Whether the gate runs specs of an OpenAPI version.
   *
   * @param version the document's {@code openapi} value
   * @return true for 3.0.x and 3.1.x
   */
  static boolean isSupported(String version) {
    return version.startsWith("3.0") || version.startsWith("3.1");
  }
}
