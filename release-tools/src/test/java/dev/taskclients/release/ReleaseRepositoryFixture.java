package dev.taskclients.release;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A small release repository that passes every check, as the release build lays it out: a parent
 * POM with the metadata, and a module jar with its sources, Javadoc, SBOM, checksums and
 * signatures. Tests break one thing each.
 */
final class ReleaseRepositoryFixture {
  static final String GROUP = "dev.taskclients";
  static final String VERSION = "1.0.0";
  static final String PARENT = "taskclients-parent";
  static final String RUNTIME = "taskclients-runtime";

  private final Path root;

  ReleaseRepositoryFixture(Path root) {
    this.root = root;
  }

  /** {@return the repository's root folder} */
  Path root() {
    return root;
  }

  /** {@return the folder of an artifact's files} */
  Path dir(String artifactId) {
    return root.resolve(GROUP.replace('.', '/')).resolve(artifactId).resolve(VERSION);
  }

  /** {@return one of an artifact's files: kind is ".pom", ".jar", "-sources.jar", ...} */
  Path file(String artifactId, String kind) {
    return dir(artifactId).resolve(artifactId + "-" + VERSION + kind);
  }

  /** Writes the parent and the runtime, each file checksummed and "signed". */
  ReleaseRepositoryFixture writeValid(Path scratch) throws IOException {
    write(PARENT, ".pom", parentPom(true).getBytes(StandardCharsets.UTF_8));
    write(RUNTIME, ".pom", childPom(VERSION).getBytes(StandardCharsets.UTF_8));
    write(
        RUNTIME,
        ".jar",
        moduleJar(scratch, "dev.taskclients.runtime", List.of("dev.taskclients.runtime"), null));
    write(
        RUNTIME,
        "-sources.jar",
        jar(Map.of("dev/taskclients/runtime/Api.java", "class Api {}"), null));
    write(RUNTIME, "-javadoc.jar", jar(Map.of("index.html", "<html></html>"), null));
    write(
        RUNTIME,
        "-cyclonedx.json",
        ("{\"metadata\": {\"component\": {\"purl\": \"pkg:maven/"
                + GROUP
                + "/"
                + RUNTIME
                + "@"
                + VERSION
                + "?type=jar\"}}}")
            .getBytes(StandardCharsets.UTF_8));
    return this;
  }

  /**
   * Writes (or replaces) an artifact file with its MD5 and SHA-1 checksums and a signature file.
   */
  void write(String artifactId, String kind, byte[] content) throws IOException {
    Path file = file(artifactId, kind);
    Files.createDirectories(file.getParent());
    Files.write(file, content);
    Files.writeString(sibling(file, ".md5"), digest("MD5", content));
    Files.writeString(sibling(file, ".sha1"), digest("SHA-1", content) + "  " + file.getFileName());
    Files.writeString(sibling(file, ".asc"), "-----BEGIN PGP SIGNATURE-----\n");
  }

  static Path sibling(Path file, String suffix) {
    return file.resolveSibling(file.getFileName() + suffix);
  }

  static String digest(String algorithm, byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The parent's POM: all the metadata Central requires, or all but {@code <scm>}. */
  static String parentPom(boolean withScm) {
    return "<project><modelVersion>4.0.0</modelVersion><groupId>"
        + GROUP
        + "</groupId><artifactId>"
        + PARENT
        + "</artifactId><version>"
        + VERSION
        + "</version><packaging>pom</packaging>"
        + "<name>taskclients</name><description>Typed clients.</description><url>https://taskclients.dev</url>"
        + "<licenses><license><name>Apache-2.0</name><url>https://www.apache.org/licenses/LICENSE-2.0</url></license>"
        + "</licenses><developers><developer><name>Maintainers</name></developer></developers>"
        + (withScm
            ? "<scm><url>https://example.com/scm</url>"
                + "<connection>scm:git:https://example.com/scm.git</connection></scm>"
            : "")
        + "</project>";
  }

  /** The runtime's POM, which inherits the metadata; {@code version} as written in it. */
  static String childPom(String version) {
    return "<project><modelVersion>4.0.0</modelVersion><parent><groupId>"
        + GROUP
        + "</groupId><artifactId>"
        + PARENT
        + "</artifactId><version>"
        + version
        + "</version></parent><artifactId>"
        + RUNTIME
        + "</artifactId></project>";
  }

  /**
   * A jar compiled from a module-info that exports the packages, each with one class; with a
   * manifest giving an Automatic-Module-Name and no module-info when {@code module} is null.
   */
  static byte[] moduleJar(Path scratch, String module, List<String> packages, String automaticName)
      throws IOException {
    Path src = Files.createTempDirectory(scratch, "src");
    Path classes = Files.createTempDirectory(scratch, "classes");
    if (module != null) {
      Files.writeString(
          src.resolve("module-info.java"),
          "module "
              + module
              + " {\n"
              + packages.stream().map(p -> "  exports " + p + ";\n").reduce("", String::concat)
              + "}\n");
    }
    for (String p : packages) {
      Path dir = Files.createDirectories(src.resolve(p.replace('.', '/')));
      Files.writeString(dir.resolve("Api.java"), "package " + p + ";\npublic class Api {}\n");
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> args;
    try (Stream<Path> files = Files.walk(src)) {
      args =
          Stream.concat(
                  Stream.of("-d", classes.toString()),
                  files.filter(f -> f.toString().endsWith(".java")).map(Path::toString))
              .toList();
    }
    assertTrue(
        javac.run(null, null, null, args.toArray(String[]::new)) == 0,
        "the fixture's classes compile");
    Map<String, byte[]> entries;
    try (Stream<Path> files = Files.walk(classes)) {
      entries =
          files
              .filter(Files::isRegularFile)
              .collect(
                  Collectors.toMap(
                      f -> classes.relativize(f).toString().replace('\\', '/'),
                      ReleaseRepositoryFixture::read));
    }
    return jarOfBytes(entries, automaticName);
  }

  /** A jar of text entries. */
  static byte[] jar(Map<String, String> entries, String automaticName) throws IOException {
    return jarOfBytes(
        entries.entrySet().stream()
            .collect(
                Collectors.toMap(
                    Map.Entry::getKey, e -> e.getValue().getBytes(StandardCharsets.UTF_8))),
        automaticName);
  }

  private static byte[] jarOfBytes(Map<String, byte[]> entries, String automaticName)
      throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    if (automaticName != null) {
      manifest.getMainAttributes().putValue("Automatic-Module-Name", automaticName);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
      for (Map.Entry<String, byte[]> entry : new TreeMap<>(entries).entrySet()) {
        out.putNextEntry(new JarEntry(entry.getKey()));
        out.write(entry.getValue());
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
