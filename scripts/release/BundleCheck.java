import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks a release repository (the unzipped Central Portal bundle) the way the Central Portal validates a
 * deployment, plus our own release rules. Signatures are verified by the calling script with gpg.
 *
 * <p>Usage: {@code java BundleCheck.java <repo> <version> published=<pom.xml>... unpublished=<pom.xml>...
 * tool=<pom.xml>...}: the artifact ids of the "published" POMs must all be in the repository, those of the
 * "unpublished" ones (test modules) must not; a "tool" (a published build tool whose own dependencies are not
 * modules) may be an automatic module with an Automatic-Module-Name. For every artifact it checks:
 * <ul>
 *   <li>a POM with a resolved version (no {@code ${...}}), and, itself or through parents that are in the same
 *       repository, name, description, url, a license with name and url, a developer, and scm url and connection;
 *   <li>for a jar: the sources and Javadoc jars (not empty), a CycloneDX SBOM naming the artifact, and a named
 *       module (a module-info, or an Automatic-Module-Name for a tool jar whose dependencies are not modular), that
 *       exports no {@code internal} package to everyone;
 *   <li>for a generated client (a child of generated-clients-parent): its spec, classifier {@code openapi};
 *   <li>for every file: MD5 and SHA-1 checksums (SHA-256 and SHA-512 when present) that match, and a signature file.
 * </ul>
 * Prints one line per artifact and every problem found; exits 1 if there is any.
 */
public final class BundleCheck {
  private static final String[] REQUIRED_CHECKSUMS = {"md5", "sha1"};
  private static final String[] OPTIONAL_CHECKSUMS = {"sha256", "sha512"};

  private final Path repo;
  private final String version;
  private final List<String> problems = new ArrayList<>();
  private final Map<String, Element> pomsByArtifactId = new LinkedHashMap<>();
  private final List<String> tools = new ArrayList<>();

  private BundleCheck(Path repo, String version) {
    this.repo = repo;
    this.version = version;
  }

  /** Runs the checks; see the class comment for the arguments. */
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: java BundleCheck.java <repo> <version> published=<pom.xml>... unpublished=<pom.xml>..."
          + " tool=<pom.xml>...");
      System.exit(2);
    }
    BundleCheck check = new BundleCheck(Path.of(args[0]), args[1]);
    List<String> published = new ArrayList<>();
    List<String> unpublished = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      String[] kv = args[i].split("=", 2);
      List<String> list = switch (kv[0]) {
        case "published" -> published;
        case "unpublished" -> unpublished;
        case "tool" -> check.tools;
        default -> throw new IllegalArgumentException("not published=, unpublished= or tool=: " + args[i]);
      };
      list.add(artifactIdOf(Path.of(kv[1])));
    }
    check.run(published, unpublished);
    check.problems.forEach(p -> System.out.println("PROBLEM: " + p));
    System.out.println(check.problems.isEmpty() ? "release repository: every check passed"
        : "release repository: " + check.problems.size() + " problem(s)");
    System.exit(check.problems.isEmpty() ? 0 : 1);
  }

  private void run(List<String> published, List<String> unpublished) throws Exception {
    List<Path> versionDirs;
    try (Stream<Path> files = Files.walk(repo)) {
      versionDirs = files.filter(Files::isDirectory).filter(d -> d.getFileName().toString().equals(version)).sorted()
          .toList();
    }
    for (Path dir : versionDirs) {
      String artifactId = dir.getParent().getFileName().toString();
      Path pom = dir.resolve(artifactId + "-" + version + ".pom");
      if (!Files.isRegularFile(pom)) {
        problems.add(artifactId + ": no POM");
        continue;
      }
      pomsByArtifactId.put(artifactId, parse(pom));
    }
    for (String artifactId : published) {
      if (!pomsByArtifactId.containsKey(artifactId)) {
        problems.add(artifactId + ": not in the release repository");
      }
    }
    for (String artifactId : unpublished) {
      if (pomsByArtifactId.containsKey(artifactId)) {
        problems.add(artifactId + ": a test module, yet published");
      }
    }
    for (Path dir : versionDirs) {
      checkArtifact(dir, dir.getParent().getFileName().toString());
    }
  }

  private void checkArtifact(Path dir, String artifactId) throws Exception {
    Element pom = pomsByArtifactId.get(artifactId);
    if (pom == null) {
      return;
    }
    String base = artifactId + "-" + version;
    String pomText = Files.readString(dir.resolve(base + ".pom"));
    if (pomText.contains("${revision}") || !version.equals(text(pom, "version", parentOf(pom)))) {
      problems.add(artifactId + ": the POM's version is not resolved to " + version);
    }
    for (String element : List.of("name", "description", "url")) {
      if (inherited(pom, element) == null) {
        problems.add(artifactId + ": no <" + element + "> in the POM or its parents");
      }
    }
    requireNested(artifactId, pom, "licenses", "license", List.of("name", "url"));
    requireNested(artifactId, pom, "developers", "developer", List.of("name"));
    Element scm = inheritedElement(pom, "scm");
    if (scm == null || child(scm, "url") == null || child(scm, "connection") == null) {
      problems.add(artifactId + ": no <scm> with url and connection in the POM or its parents");
    }
    String packaging = child(pom, "packaging") == null ? "jar" : child(pom, "packaging").getTextContent().trim();
    List<String> kinds = new ArrayList<>(List.of(".pom"));
    if (packaging.equals("jar")) {
      kinds.addAll(List.of(".jar", "-sources.jar", "-javadoc.jar", "-cyclonedx.json"));
      checkJar(artifactId, dir.resolve(base + ".jar"));
      requireEntries(artifactId, dir.resolve(base + "-sources.jar"), ".java");
      requireEntries(artifactId, dir.resolve(base + "-javadoc.jar"), "index.html");
      Path sbom = dir.resolve(base + "-cyclonedx.json");
      if (Files.isRegularFile(sbom)
          && !Files.readString(sbom).contains("pkg:maven/" + groupOf(pom) + "/" + artifactId + "@" + version)) {
        problems.add(artifactId + ": the SBOM does not name pkg:maven/" + groupOf(pom) + "/" + artifactId + "@" + version);
      }
      Element parent = parentOf(pom);
      if (parent != null && "generated-clients-parent".equals(text(parent, "artifactId", null))) {
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
        if (!isChecksumOrSignature(name)) {
          checkChecksums(artifactId, file);
          if (!Files.isRegularFile(dir.resolve(name + ".asc"))) {
            problems.add(artifactId + ": " + name + " is not signed");
          }
        }
      }
    }
    System.out.printf("%-26s %-4s %s%n", artifactId, packaging, String.join(" ", kinds));
  }

  /** A jar must be a named module that keeps its internal packages to itself or to named friends. */
  private void checkJar(String artifactId, Path jar) throws IOException {
    if (!Files.isRegularFile(jar)) {
      return;
    }
    String automaticName;
    try (JarFile file = new JarFile(jar.toFile())) {
      automaticName = file.getManifest() == null ? null
          : file.getManifest().getMainAttributes().getValue("Automatic-Module-Name");
    }
    ModuleReference module = ModuleFinder.of(jar).findAll().stream().findFirst().orElse(null);
    if (module == null) {
      problems.add(artifactId + ": the jar is not a module");
      return;
    }
    ModuleDescriptor descriptor = module.descriptor();
    if (descriptor.isAutomatic() && !(tools.contains(artifactId) && automaticName != null)) {
      problems.add(artifactId + (tools.contains(artifactId) ? ": neither a module-info nor an Automatic-Module-Name"
          : ": no module-info"));
    }
    for (ModuleDescriptor.Exports export : descriptor.exports()) {
      if (export.source().contains(".internal") && !export.isQualified()) {
        problems.add(artifactId + ": exports " + export.source() + " to everyone");
      }
    }
    System.out.printf("%-26s module %s%s%n", artifactId, descriptor.name(), descriptor.isAutomatic() ? " (automatic)" : "");
  }

  private void requireEntries(String artifactId, Path jar, String suffix) throws IOException {
    if (!Files.isRegularFile(jar)) {
      return;
    }
    try (JarFile file = new JarFile(jar.toFile())) {
      if (file.stream().noneMatch(e -> e.getName().endsWith(suffix))) {
        problems.add(artifactId + ": " + jar.getFileName() + " has no " + suffix + " entry");
      }
    }
  }

  private void checkChecksums(String artifactId, Path file) throws IOException, NoSuchAlgorithmException {
    byte[] content = Files.readAllBytes(file);
    for (String algorithm : REQUIRED_CHECKSUMS) {
      checkChecksum(artifactId, file, content, algorithm, true);
    }
    for (String algorithm : OPTIONAL_CHECKSUMS) {
      checkChecksum(artifactId, file, content, algorithm, false);
    }
  }

  private void checkChecksum(String artifactId, Path file, byte[] content, String algorithm, boolean required)
      throws IOException, NoSuchAlgorithmException {
    Path sum = file.resolveSibling(file.getFileName() + "." + algorithm);
    if (!Files.isRegularFile(sum)) {
      if (required) {
        problems.add(artifactId + ": no " + algorithm + " checksum for " + file.getFileName());
      }
      return;
    }
    String javaName = switch (algorithm) {
      case "md5" -> "MD5";
      case "sha1" -> "SHA-1";
      case "sha256" -> "SHA-256";
      default -> "SHA-512";
    };
    String expected = HexFormat.of().formatHex(MessageDigest.getInstance(javaName).digest(content));
    String recorded = Files.readString(sum).trim().split("\\s+")[0];
    if (!expected.equalsIgnoreCase(recorded)) {
      problems.add(artifactId + ": the " + algorithm + " checksum of " + file.getFileName() + " does not match");
    }
  }

  private static boolean isChecksumOrSignature(String name) {
    return Stream.concat(Stream.of(REQUIRED_CHECKSUMS), Stream.of(OPTIONAL_CHECKSUMS)).anyMatch(a -> name.endsWith("." + a))
        || name.endsWith(".asc");
  }

  private void requireNested(String artifactId, Element pom, String list, String item, List<String> fields) {
    Element container = inheritedElement(pom, list);
    Element first = container == null ? null : child(container, item);
    if (first == null || fields.stream().anyMatch(f -> child(first, f) == null)) {
      problems.add(artifactId + ": no <" + item + "> with " + String.join(" and ", fields) + " in the POM or its parents");
    }
  }

  /** {@return the element's text, from this POM or the nearest parent POM in the repository that has it} */
  private String inherited(Element pom, String name) {
    Element element = inheritedElement(pom, name);
    return element == null || element.getTextContent().isBlank() ? null : element.getTextContent().trim();
  }

  private Element inheritedElement(Element pom, String name) {
    for (Element current = pom; current != null; current = parentPom(current)) {
      Element element = child(current, name);
      if (element != null) {
        return element;
      }
    }
    return null;
  }

  /** {@return the parent's POM when the parent is one of ours; a problem when it is ours but not published} */
  private Element parentPom(Element pom) {
    Element parent = parentOf(pom);
    if (parent == null) {
      return null;
    }
    String parentId = text(parent, "artifactId", null);
    Element parentPom = pomsByArtifactId.get(parentId);
    if (parentPom == null && groupOf(pom).equals(text(parent, "groupId", null))) {
      String problem = text(pom, "artifactId", null) + ": its parent " + parentId + " is not in the release repository";
      if (!problems.contains(problem)) {
        problems.add(problem);
      }
    }
    return parentPom;
  }

  private static Element parentOf(Element pom) {
    return child(pom, "parent");
  }

  private static String groupOf(Element pom) {
    String own = text(pom, "groupId", null);
    return own != null ? own : text(parentOf(pom), "groupId", null);
  }

  private static String text(Element element, String name, Element fallback) {
    Element child = element == null ? null : child(element, name);
    if (child == null) {
      return fallback == null ? null : text(fallback, name, null);
    }
    return child.getTextContent().trim();
  }

  private static Element child(Element element, String name) {
    for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element e && e.getTagName().equals(name)) {
        return e;
      }
    }
    return null;
  }

  private static Element parse(Path pom) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try (InputStream in = Files.newInputStream(pom)) {
      Document document = factory.newDocumentBuilder().parse(in);
      return document.getDocumentElement();
    }
  }

  private static String artifactIdOf(Path pomXml) throws Exception {
    String id = text(parse(pomXml), "artifactId", null);
    if (id == null) {
      throw new IllegalArgumentException(pomXml + " names no artifactId");
    }
    return id;
  }
}
