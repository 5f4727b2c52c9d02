package dev.taskclients.release;

import static dev.taskclients.release.ReleaseRepositoryFixture.PARENT;
import static dev.taskclients.release.ReleaseRepositoryFixture.RUNTIME;
import static dev.taskclients.release.ReleaseRepositoryFixture.VERSION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A repository that passes every check, then one broken thing at a time, each caught and named. */
class BundleCheckTest {
  @TempDir Path scratch;
  private ReleaseRepositoryFixture repo;
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

  @BeforeEach
  void writeValidRepository() throws IOException {
    repo =
        new ReleaseRepositoryFixture(Files.createDirectories(scratch.resolve("repo")))
            .writeValid(scratch);
  }

  private List<String> check(List<String> published, List<String> unpublished, Set<String> tools)
      throws IOException {
    return BundleCheck.check(
        repo.root(),
        VERSION,
        published,
        unpublished,
        tools,
        new PrintStream(printed, true, StandardCharsets.UTF_8));
  }

  private List<String> check() throws IOException {
    return check(List.of(PARENT, RUNTIME), List.of("corpus-tests"), Set.of());
  }

  @Test
  void aCompleteRepositoryPassesAndEachArtifactIsListed() throws IOException {
    assertEquals(List.of(), check());
    String lines = printed.toString(StandardCharsets.UTF_8);
    assertTrue(
        lines.contains(String.format("%-26s module dev.taskclients.runtime%n", RUNTIME)), lines);
    String kinds = ".pom .jar -sources.jar -javadoc.jar -cyclonedx.json";
    assertTrue(lines.contains(String.format("%-26s jar  %s%n", RUNTIME, kinds)), lines);
    assertTrue(lines.contains(String.format("%-26s pom  .pom%n", PARENT)), lines);
  }

  @Test
  void aFileWithoutSignatureIsRejected() throws IOException {
    Files.delete(ReleaseRepositoryFixture.sibling(repo.file(RUNTIME, ".jar"), ".asc"));
    assertEquals(List.of(RUNTIME + ": " + RUNTIME + "-1.0.0.jar is not signed"), check());
  }

  @Test
  void aMissingOrWrongChecksumIsRejected() throws IOException {
    Files.delete(ReleaseRepositoryFixture.sibling(repo.file(RUNTIME, "-sources.jar"), ".sha1"));
    Files.writeString(
        ReleaseRepositoryFixture.sibling(repo.file(RUNTIME, ".pom"), ".md5"), "0".repeat(32));
    assertEquals(
        List.of(
            RUNTIME + ": no sha1 checksum for " + RUNTIME + "-1.0.0-sources.jar",
            RUNTIME + ": the md5 checksum of " + RUNTIME + "-1.0.0.pom does not match"),
        check());
  }

  @Test
  void anOptionalChecksumIsCheckedWhenPresent() throws IOException {
    Path jar = repo.file(RUNTIME, ".jar");
    Files.writeString(
        ReleaseRepositoryFixture.sibling(jar, ".sha256"),
        ReleaseRepositoryFixture.digest("SHA-256", Files.readAllBytes(jar)));
    assertEquals(List.of(), check());

    Files.writeString(
        ReleaseRepositoryFixture.sibling(repo.file(RUNTIME, ".pom"), ".sha512"), "f".repeat(128));
    assertEquals(
        List.of(RUNTIME + ": the sha512 checksum of " + RUNTIME + "-1.0.0.pom does not match"),
        check());
  }

  @Test
  void aPomFieldMissingFromThePomAndItsParentsIsRejected() throws IOException {
    repo.write(
        PARENT, ".pom", ReleaseRepositoryFixture.parentPom(false).getBytes(StandardCharsets.UTF_8));
    assertEquals(
        List.of(
            PARENT + ": no <scm> with url and connection in the POM or its parents",
            RUNTIME + ": no <scm> with url and connection in the POM or its parents"),
        check());
  }

  @Test
  void metadataFromAParentThatIsNotPublishedDoesNotCount() throws IOException {
    for (String kind : List.of("", ".md5", ".sha1", ".asc")) {
      Files.delete(Path.of(repo.file(PARENT, ".pom") + kind));
    }
    List<String> problems = check(List.of(RUNTIME), List.of(), Set.of());
    assertTrue(
        problems.contains(RUNTIME + ": its parent " + PARENT + " is not in the release repository"),
        problems.toString());
    assertTrue(
        problems.contains(RUNTIME + ": no <name> in the POM or its parents"), problems.toString());
  }

  @Test
  void anUnresolvedVersionIsRejected() throws IOException {
    repo.write(
        RUNTIME,
        ".pom",
        ReleaseRepositoryFixture.childPom("${revision}").getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(RUNTIME + ": the POM's version is not resolved to 1.0.0"), check());
  }

  @Test
  void whatShouldBePublishedIsAndWhatShouldNotIsNot() throws IOException {
    assertEquals(
        List.of(
            "beatra-client: not in the release repository",
            RUNTIME + ": a test module, yet published"),
        check(List.of(PARENT, "beatra-client"), List.of(RUNTIME), Set.of()));
  }

  @Test
  void aJarMustBeANamedModuleThatKeepsItsInternalPackage() throws IOException {
    repo.write(
        RUNTIME,
        ".jar",
        ReleaseRepositoryFixture.moduleJar(
            scratch,
            "dev.taskclients.runtime",
            List.of("dev.taskclients.runtime", "dev.taskclients.runtime.internal"),
            null));
    assertEquals(
        List.of(RUNTIME + ": exports dev.taskclients.runtime.internal to everyone"), check());

    repo.write(
        RUNTIME,
        ".jar",
        ReleaseRepositoryFixture.moduleJar(
            scratch, null, List.of("dev.taskclients.runtime"), "dev.taskclients.runtime"));
    assertEquals(List.of(RUNTIME + ": no module-info"), check());
    assertEquals(
        List.of(),
        check(List.of(PARENT, RUNTIME), List.of(), Set.of(RUNTIME)),
        "a tool may be an automatic module with an Automatic-Module-Name");
  }

  @Test
  void emptySourcesAndJavadocAndAnSbomNamingAnotherArtifactAreRejected() throws IOException {
    repo.write(
        RUNTIME, "-sources.jar", ReleaseRepositoryFixture.jar(Map.of("README.txt", "none"), null));
    repo.write(
        RUNTIME, "-javadoc.jar", ReleaseRepositoryFixture.jar(Map.of("README.txt", "none"), null));
    repo.write(
        RUNTIME,
        "-cyclonedx.json",
        "{\"purl\": \"pkg:maven/dev.taskclients/other@1.0.0\"}".getBytes(StandardCharsets.UTF_8));
    assertEquals(
        List.of(
            RUNTIME + ": " + RUNTIME + "-1.0.0-sources.jar has no .java entry",
            RUNTIME + ": " + RUNTIME + "-1.0.0-javadoc.jar has no index.html entry",
            RUNTIME + ": the SBOM does not name pkg:maven/dev.taskclients/" + RUNTIME + "@1.0.0"),
        check());
  }

  @Test
  void aMissingJarIsNamed() throws IOException {
    for (String kind : List.of("", ".md5", ".sha1", ".asc")) {
      Files.delete(Path.of(repo.file(RUNTIME, "-javadoc.jar") + kind));
    }
    assertEquals(
        List.of(RUNTIME + ": missing or empty " + RUNTIME + "-1.0.0-javadoc.jar"), check());
  }
}
