package dev.taskclients.release;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;

/**
 * What a published jar must be: a named module that keeps its internal packages to itself, and not
 * empty.
 */
final class JarChecks {
  private JarChecks() {}

  /**
   * Checks that a jar is a named module (a module-info; for a tool whose dependencies are not
   * modules, an Automatic-Module-Name is enough) that exports no {@code internal} package to
   * everyone. A missing jar is reported elsewhere, as a missing file.
   *
   * @param artifactId the artifact, named in problems
   * @param jar the jar
   * @param tool whether the artifact is such a tool
   * @param problems where to add what is wrong
   * @param out where the module's name is printed
   * @throws IOException if the jar cannot be read
   */
  static void checkModule(
      String artifactId, Path jar, boolean tool, List<String> problems, PrintStream out)
      throws IOException {
    if (!Files.isRegularFile(jar)) {
      return;
    }
    String automaticName;
    try (JarFile file = new JarFile(jar.toFile())) {
      automaticName =
          file.getManifest() == null
              ? null
              : file.getManifest().getMainAttributes().getValue("Automatic-Module-Name");
    }
    ModuleReference module = ModuleFinder.of(jar).findAll().stream().findFirst().orElse(null);
    if (module == null) {
      problems.add(artifactId + ": the jar is not a module");
      return;
    }
    ModuleDescriptor descriptor = module.descriptor();
    if (descriptor.isAutomatic() && !(tool && automaticName != null)) {
      problems.add(
          artifactId
              + (tool
                  ? ": neither a module-info nor an Automatic-Module-Name"
                  : ": no module-info"));
    }
    for (ModuleDescriptor.Exports export : descriptor.exports()) {
      if (export.source().contains(".internal") && !export.isQualified()) {
        problems.add(artifactId + ": exports " + export.source() + " to everyone");
      }
    }
    out.printf(
        "%-26s module %s%s%n",
        artifactId, descriptor.name(), descriptor.isAutomatic() ? " (automatic)" : "");
  }

  /**
   * Checks that a jar holds at least one entry with a suffix (a sources jar some {@code .java}, a
   * Javadoc jar its {@code index.html}).
   *
   * @param artifactId the artifact, named in problems
   * @param jar the jar; a missing one is reported elsewhere
   * @param suffix what some entry's name must end with
   * @param problems where to add what is wrong
   * @throws IOException if the jar cannot be read
   */
  static void requireEntries(String artifactId, Path jar, String suffix, List<String> problems)
      throws IOException {
    if (!Files.isRegularFile(jar)) {
      return;
    }
    try (JarFile file = new JarFile(jar.toFile())) {
      if (file.stream().noneMatch(e -> e.getName().endsWith(suffix))) {
        problems.add(artifactId + ": " + jar.getFileName() + " has no " + suffix + " entry");
      }
    }
  }
}
