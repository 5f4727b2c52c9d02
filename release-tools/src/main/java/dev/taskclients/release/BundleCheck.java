package dev.taskclients.release;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.w3c.dom.Element;

/**
 * Checks a release repository (the unzipped Central Portal bundle) the way the Central Portal
 * validates a deployment, plus our own release rules. Signatures are verified by the calling script
 * with gpg.
 *
 * <p>Usage: {@code java -cp release-tools/target/classes dev.taskclients.release.BundleCheck <repo>
 * <version> published=<pom.xml>... unpublished=<pom.xml>... tool=<pom.xml>...}: the artifact ids of
 * the "published" POMs must all be in the repository, those of the "unpublished" ones (test
 * modules, build tools) must not; a "tool" (a published build tool whose own dependencies are not
 * modules) may be an automatic module with an Automatic-Module-Name. For every artifact it checks:
 *
 * <ul>
 *   <li>a POM with a resolved version (no {@code ${...}}), and, itself or through parents that are
 *       in the same repository, name, description, url, a license with name and url, a developer,
 *       and scm url and connection;
 *   <li>for a jar: the sources and Javadoc jars (not empty), a CycloneDX SBOM naming the artifact,
 *       and a named module (a module-info, or an Automatic-Module-Name for a tool jar whose
 *       dependencies are not modular), that exports no {@code internal} package to everyone;
 *   <li>for a generated client (a child of generated-clients-parent): its spec, classifier {@code
 *       openapi};
 *   <li>for every file: MD5 and SHA-1 checksums (SHA-256 and SHA-512 when present) that match, and
 *       a signature file.
 * </ul>
 *
 * Prints one line per artifact and every problem found; exits 1 if there is any.
 */
public final class BundleCheck {
  private final Path repo;
  private final String version;
  private final Set<String> tools;
  private final PrintStream out;
  private final List<String> problems = new ArrayList<>();
  private final Map<String, Element> pomsByArtifactId = new LinkedHashMap<>();
  private final ReleasePoms poms = new ReleasePoms(pomsByArtifactId, problems);

  private BundleCheck(Path repo, String version, Set<String> tools, PrintStream out) {
    this.repo = repo;
    this.version = version;
    this.tools = tools;
    this.out = out;
  }

  /**
   * Runs the checks; see the class comment for the arguments.
   *
   * @param args the repository, the version, then {@code published=}, {@code unpublished=} and
   *     {@code tool=} POMs
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println(
          "usage: BundleCheck <repo> <version> published=<pom.xml>... unpublished=<pom.xml>..."
              + " tool=<pom.xml>...");
      System.exit(2);
    }
    Map<String, List<String>> lists =
        Map.of(
            "published",
            new ArrayList<>(),
            "unpublished",
            new ArrayList<>(),
            "tool",
            new ArrayList<>());
    for (int i = 2; i < args.length; i++) {
      String[] kv = args[i].split("=", 2);
      List<String> list = lists.get(kv[0]);
      if (list == null || kv.length != 2) {
        throw new IllegalArgumentException("not published=, unpublished= or tool=: " + args[i]);
      }
      list.add(Poms.artifactIdOf(Path.of(kv[1])));
    }
    List<String> problems =
        check(
            Path.of(args[0]),
            args[1],
            lists.get("published"),
            lists.get("unpublished"),
            Set.copyOf(lists.get("tool")),
            System.out);
    problems.forEach(p -> System.out.println("PROBLEM: " + p));
    System.out.println(
        problems.isEmpty()
            ? "release repository: every check passed"
            : "release repository: " + problems.size() + " problem(s)");
    System.exit(problems.isEmpty() ? 0 : 1);
  }

  /**
   * Checks a release repository.
   *
   * @param repo the repository's root folder
   * @param version the released version
   * @param published the artifact ids that must be in it
   * @param unpublished the artifact ids that must not
   * @param tools the artifact ids that may be automatic modules
   * @param out where one line per artifact is printed
   * @return every problem found, empty when the repository passes
   * @throws IOException if a file cannot be read
   */
  static List<String> check(
      Path repo,
      String version,
      List<String> published,
      List<String> unpublished,
      Set<String> tools,
      PrintStream out)
      throws IOException {
    BundleCheck check = new BundleCheck(repo, version, tools, out);
    check.run(published, unpublished);
    return List.copyOf(check.problems);
  }

  private void run(List<String> published, List<String> unpublished) throws IOException {
    List<Path> versionDirs;
    try (Stream<Path> files = Files.walk(repo)) {
      versionDirs =
          files
              .filter(Files::isDirectory)
              .filter(d -> d.getFileName().toString().equals(version))
              .sorted()
              .toList();
    }
    for (Path dir : versionDirs) {
      String artifactId = dir.getParent().getFileName().toString();
      Path pom = dir.resolve(artifactId + "-" + version + ".pom");
      if (!Files.isRegularFile(pom)) {
        problems.add(artifactId + ": no POM");
        continue;
      }
      pomsByArtifactId.put(artifactId, Poms.parse(pom));
    }
    for (String artifactId : published) {
      if (!poms.contains(artifactId)) {
        problems.add(artifactId + ": not in the release repository");
      }
    }
    for (String artifactId : unpublished) {
      if (poms.contains(artifactId)) {
        problems.add(artifactId + ": a test module, yet published");
      }
    }
    for (Path dir : versionDirs) {
      checkArtifact(dir, dir.getParent().getFileName().toString());
    }
  }

  private void checkArtifact(Path dir, String artifactId) throws IOException {
    Element pom = poms.get(artifactId);
    if (pom == null) {
      return;
    }
    String base = artifactId + "-" + version;
    checkMetadata(artifactId, pom, Files.readString(dir.resolve(base + ".pom")));
    String packaging =
        Poms.child(pom, "packaging") == null ? "jar" : Poms.text(pom, "packaging", null);
    List<String> kinds = new ArrayList<>(List.of(".pom"));
    if (packaging.equals("jar")) {
      kinds.addAll(List.of(".jar", "-sources.jar", "-javadoc.jar", "-cyclonedx.json"));
      JarChecks.checkModule(
          artifactId, dir.resolve(base + ".jar"), tools.contains(artifactId), problems, out);
      JarChecks.requireEntries(artifactId, dir.resolve(base + "-sources.jar"), ".java", problems);
      JarChecks.requireEntries(
          artifactId, dir.resolve(base + "-javadoc.jar"), "index.html", problems);
      checkSbom(artifactId, pom, dir.resolve(base + "-cyclonedx.json"));
      Element parent = Poms.parentOf(pom);
      if (parent != null
          && "generated-clients-parent".equals(Poms.text(parent, "artifactId", null))) {
        kinds.add("-openapi.yaml");
      }
    }
    for (String kind : kinds) {
      Path file = dir.resolve(base + kind);
      if (!Files.isRegularFile(file) || Files.size(file) == 0) {
        problems.add(artifactId + ": missing or empty " + file.getFileName());
      }
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (!Checksums.isChecksumOrSignature(name)) {
          Checksums.check(artifactId, file, problems);
          if (!Files.isRegularFile(dir.resolve(name + ".asc"))) {
            problems.add(artifactId + ": " + name + " is not signed");
          }
        }
      }
    }
    out.printf("%-26s %-4s %s%n", artifactId, packaging, String.join(" ", kinds));
  }

  /**
   * The POM's version is resolved, and it has, itself or through our published parents, what
   * Central requires.
   */
  private void checkMetadata(String artifactId, Element pom, String pomText) {
    if (pomText.contains("${revision}")
        || !version.equals(Poms.text(pom, "version", Poms.parentOf(pom)))) {
      problems.add(artifactId + ": the POM's version is not resolved to " + version);
    }
    for (String element : List.of("name", "description", "url")) {
      if (poms.inherited(pom, element) == null) {
        problems.add(artifactId + ": no <" + element + "> in the POM or its parents");
      }
    }
    requireNested(artifactId, pom, "licenses", "license", List.of("name", "url"));
    requireNested(artifactId, pom, "developers", "developer", List.of("name"));
    Element scm = poms.inheritedElement(pom, "scm");
    if (scm == null || Poms.child(scm, "url") == null || Poms.child(scm, "connection") == null) {
      problems.add(artifactId + ": no <scm> with url and connection in the POM or its parents");
    }
  }

  private void requireNested(
      String artifactId, Element pom, String list, String item, List<String> fields) {
    Element container = poms.inheritedElement(pom, list);
    Element first = container == null ? null : Poms.child(container, item);
    if (first == null || fields.stream().anyMatch(f -> Poms.child(first, f) == null)) {
      problems.add(
          artifactId
              + ": no <"
              + item
              + "> with "
              + String.join(" and ", fields)
              + " in the POM or its parents");
    }
  }

  private void checkSbom(String artifactId, Element pom, Path sbom) throws IOException {
    String purl = "pkg:maven/" + Poms.groupOf(pom) + "/" + artifactId + "@" + version;
    if (Files.isRegularFile(sbom) && !Files.readString(sbom).contains(purl)) {
      problems.add(artifactId + ": the SBOM does not name " + purl);
    }
  }
}
