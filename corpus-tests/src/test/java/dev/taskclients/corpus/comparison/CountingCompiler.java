package dev.taskclients.corpus.comparison;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources in-process with {@code --release 17 -proc:none}, strictly ({@code
 * -Xlint:all -Xdoclint:all,-missing -Werror}) for our side, and counts the problems that fail the
 * build.
 */
final class CountingCompiler {
  /**
   * What a compilation gave.
   *
   * @param verdict {@code yes} or {@code no}; {@code -} when nothing was compiled
   * @param failing how many diagnostics fail the build
   * @param first the first of them (or javac's output), {@code -} when it compiled
   */
  record Compiled(String verdict, int failing, String first) {}

  private CountingCompiler() {}

  /**
   * Compiles every {@code .java} file below a folder.
   *
   * @param src the generated sources
   * @param classes where the classes go
   * @param classPath the compile class path
   * @param strict whether warnings count, and fail the build, as errors
   * @return the verdict
   */
  static Compiled compile(Path src, Path classes, String classPath, boolean strict) {
    List<File> files = javaFiles(src);
    if (files.isEmpty()) {
      return new Compiled("no", 0, "no .java file generated");
    }
    List<String> options =
        new ArrayList<>(
            List.of(
                "--release",
                "17",
                "-proc:none",
                "-encoding",
                "UTF-8",
                "-Xmaxerrs",
                "100000",
                "-Xmaxwarns",
                "100000",
                "-cp",
                classPath,
                "-d",
                classes.toString()));
    if (strict) {
      options.addAll(List.of("-Xlint:all", "-Xdoclint:all,-missing", "-Werror"));
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> found = new DiagnosticCollector<>();
    StringWriter output = new StringWriter();
    boolean ok;
    try (StandardJavaFileManager fm =
        javac.getStandardFileManager(found, Locale.ROOT, StandardCharsets.UTF_8)) {
      Files.createDirectories(classes);
      ok =
          javac
              .getTask(output, fm, found, options, null, fm.getJavaFileObjectsFromFiles(files))
              .call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> failing =
        found.getDiagnostics().stream()
            .filter(d -> fails(d, strict))
            .map(d -> where(d, src) + d.getMessage(Locale.ROOT).lines().findFirst().orElse(""))
            .toList();
    String first = failing.isEmpty() ? output.toString() : failing.get(0);
    return new Compiled(ok ? "yes" : "no", failing.size(), ok ? "-" : first);
  }

  /**
   * Under -Werror each warning fails the build, so it counts; javac's own "warnings found" error
   * does not.
   */
  private static boolean fails(Diagnostic<? extends JavaFileObject> d, boolean strict) {
    return d.getKind() == Diagnostic.Kind.ERROR
        ? !"compiler.err.warnings.and.werror".equals(d.getCode())
        : strict
            && (d.getKind() == Diagnostic.Kind.WARNING
                || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING);
  }

  private static String where(Diagnostic<? extends JavaFileObject> d, Path src) {
    return d.getSource() == null
        ? ""
        : src.relativize(Path.of(d.getSource().toUri())) + ":" + d.getLineNumber() + ": ";
  }

  private static List<File> javaFiles(Path src) {
    if (!Files.isDirectory(src)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(src)) {
      return walk.filter(p -> p.toString().endsWith(".java")).sorted().map(Path::toFile).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
