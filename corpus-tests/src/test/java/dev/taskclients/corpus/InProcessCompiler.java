package dev.taskclients.corpus;

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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources in-process with the JDK's compiler, as strictly as the project
 * compiles its own code: {@code --release 17 -Xlint:all -Werror -proc:none}, with Javadoc checked
 * as the published clients' Javadoc jars are ({@code -Xdoclint:all,-missing}), against the test
 * class path.
 */
final class InProcessCompiler {
  /** How many diagnostics a failure message shows. */
  static final int SHOWN_DIAGNOSTICS = 20;

  /**
   * What a compilation gave.
   *
   * @param success whether every file compiled without error or warning
   * @param diagnostics every diagnostic, formatted {@code File.java:line: kind: message}
   * @param classesDir where the classes were written
   * @param sourceFiles how many source files were compiled
   */
  record Result(boolean success, List<String> diagnostics, Path classesDir, int sourceFiles) {
    /**
     * @return a failure message: the count and the first {@value #SHOWN_DIAGNOSTICS} diagnostics
     */
    String summary() {
      String shown =
          diagnostics.stream().limit(SHOWN_DIAGNOSTICS).collect(Collectors.joining("\n  "));
      return diagnostics.size()
          + " diagnostic(s)"
          + (diagnostics.size() > SHOWN_DIAGNOSTICS ? ", the first " + SHOWN_DIAGNOSTICS : "")
          + ":\n  "
          + shown;
    }
  }

  private InProcessCompiler() {}

  /**
   * Compiles every {@code .java} file below a folder.
   *
   * @param sourceRoot the generated sources
   * @param classesDir where to write classes (emptied first)
   * @return the result
   */
  static Result compile(Path sourceRoot, Path classesDir) {
    return compile(sourceRoot, classesDir, List.of("-classpath", classPath()));
  }

  /**
   * Compiles every {@code .java} file below a folder, {@code module-info.java} included, as a named
   * module against a module path, as a user's modular build compiles a generated client.
   *
   * @param sourceRoot the generated sources
   * @param classesDir where to write classes (emptied first)
   * @param modulePath the modules it may read
   * @return the result
   */
  static Result compileAsModule(Path sourceRoot, Path classesDir, List<Path> modulePath) {
    return compile(
        sourceRoot,
        classesDir,
        List.of(
            "--module-path",
            modulePath.stream()
                .map(Path::toString)
                .collect(Collectors.joining(File.pathSeparator))));
  }

  private static Result compile(Path sourceRoot, Path classesDir, List<String> path) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new IllegalStateException("no Java compiler in this runtime: run the tests on a JDK");
    }
    List<File> sources = javaFiles(sourceRoot);
    if (sources.isEmpty()) {
      return new Result(
          false, List.of("no .java file was generated below " + sourceRoot), classesDir, 0);
    }
    Workspace.recreate(classesDir);
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options =
        new ArrayList<>(
            List.of(
                "--release",
                "17",
                "-Xlint:all",
                "-Xdoclint:all,-missing",
                "-Werror",
                "-proc:none",
                "-encoding",
                "UTF-8",
                "-d",
                classesDir.toString()));
    options.addAll(path);
    StringWriter output = new StringWriter();
    boolean success;
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      success =
          compiler
              .getTask(
                  output,
                  files,
                  diagnostics,
                  options,
                  null,
                  files.getJavaFileObjectsFromFiles(sources))
              .call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> found = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      found.add(format(d, sourceRoot));
    }
    if (!output.toString().isBlank()) {
      found.add(output.toString().trim());
    }
    return new Result(success, found, classesDir, sources.size());
  }

  /**
   * The class path the tests run with: Surefire's test class path when it gives one, else the
   * JVM's.
   *
   * @return a class path string
   */
  static String classPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank()
        ? surefire
        : System.getProperty("java.class.path");
  }

  private static String format(Diagnostic<? extends JavaFileObject> d, Path sourceRoot) {
    String where =
        d.getSource() == null
            ? ""
            : sourceRoot.relativize(Path.of(d.getSource().toUri()))
                + ":"
                + d.getLineNumber()
                + ": ";
    return where + d.getKind() + ": " + d.getMessage(Locale.ROOT).replace('\n', ' ');
  }

  private static List<File> javaFiles(Path root) {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .sorted()
          .map(Path::toFile)
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
