package dev.taskclients.sample;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The released beatra client, as an application gets it: the README's sample runs on the class path and on the
 * module path (each in its own JVM), the runtime's internal package is out of the application's reach at run time
 * and at compile time, and every taskclients artifact came from the release repository.
 */
class ReleaseConsumerTest {
  private static final String SAMPLE = "dev.taskclients.sample.ReadmeSample";
  private static final String CHECK = "dev.taskclients.sample.InternalAccessCheck";
  private static final String MODULE = "dev.taskclients.sample";
  /** What the README's sample prints against the stubs below, then the async result the skeleton prints. */
  private static final List<String> SAMPLE_OUTPUT = List.of(
      "done: {text=\"hi\"}",
      "200 req-42",
      "HTTP 404 Not Found: Task not found (request-id: req-404)",
      "async: succeeded");

  private final List<String> dependencies = readDependencies();
  private final Path classes = Path.of(property("consumer.classes"));
  private WireMockServer server;

  @TempDir
  Path scratch;

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("system property " + name + " is not set (run through Maven)");
    }
    return value;
  }

  private static List<String> readDependencies() {
    try {
      String text = Files.readString(Path.of(property("consumer.runtimeClasspathFile"))).strip();
      return Arrays.asList(text.split(File.pathSeparator));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @BeforeEach
  void start() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    String task = "{\"object\":\"task\",\"task_id\":\"task_123\",\"status\":\"succeeded\",\"output\":{\"text\":\"hi\"}}";
    server.stubFor(get(urlPathEqualTo("/v1/tasks/task_123"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
            .withHeader("X-Request-Id", "req-42").withBody(task)));
    server.stubFor(get(urlPathEqualTo("/v1/tasks/missing"))
        .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
            .withHeader("X-Request-Id", "req-404")
            .withBody("{\"error\":{\"code\":\"not_found\",\"message\":\"Task not found\",\"retryable\":false}}")));
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void theReadmeSampleRunsOnTheClassPath() throws Exception {
    Run run = java("-cp", path(classes), SAMPLE, server.baseUrl(), "sk-test");

    assertEquals(0, run.exitCode, run.output);
    assertEquals(SAMPLE_OUTPUT, run.lines(), run.output);
    verifyTheSamplesRequests();
  }

  @Test
  void theReadmeSampleRunsOnTheModulePath() throws Exception {
    Run run = java("--module-path", path(classes), "-m", MODULE + "/" + SAMPLE, server.baseUrl(), "sk-test");

    assertEquals(0, run.exitCode, run.output);
    assertEquals(SAMPLE_OUTPUT, run.lines(), run.output);
    verifyTheSamplesRequests();
  }

  @Test
  void onTheModulePathTheInternalPackageIsNeitherExportedNorCallable() throws Exception {
    Run run = java("--module-path", path(classes), "-m", MODULE + "/" + CHECK);

    assertEquals(0, run.exitCode, run.output);
    assertEquals(List.of(
        "ok: modules: dev.taskclients.sample, dev.taskclients.beatra, dev.taskclients.runtime",
        "ok: dev.taskclients.runtime exported to dev.taskclients.sample",
        "ok: dev.taskclients.runtime.internal not exported to dev.taskclients.sample",
        "ok: dev.taskclients.runtime.internal not exported to everyone",
        "ok: dev.taskclients.runtime.internal not exported to dev.taskclients.beatra",
        "ok: dev.taskclients.runtime.support exported to everyone",
        "ok: reflective call into dev.taskclients.runtime.internal: IllegalAccessException",
        "ok: setAccessible on dev.taskclients.runtime.internal: InaccessibleObjectException"), run.lines(), run.output);
  }

  @Test
  void aModuleCannotCompileAgainstTheInternalPackage() throws Exception {
    Compilation internal = compileProbe("import dev.taskclients.runtime.internal.*;",
        "UrlEncoding.pathSegment(\"a b\");");
    assertFalse(internal.succeeded, "a module importing the internal package compiled: " + internal.messages);
    assertTrue(internal.messages.stream().anyMatch(m -> m.contains("package dev.taskclients.runtime.internal is not visible")
        && m.contains("does not export it")), String.join("\n", internal.messages));

    Compilation api = compileProbe("import dev.taskclients.runtime.*;",
        "RequestOptions.builder().requestId(\"r\").build();");
    assertTrue(api.succeeded, "the same module using the public package must compile: " + api.messages);
  }

  @Test
  void everyTaskclientsArtifactCameFromTheReleaseRepository() throws Exception {
    String version = property("taskclients.version");
    Path localRepo = Path.of(property("consumer.localRepository"));
    Path releaseRepo = Path.of(URI.create(property("release.repo.url")));
    Path ours = localRepo.resolve("dev/taskclients");

    List<Path> jars = dependencies.stream().map(Path::of).filter(p -> p.startsWith(ours)).collect(Collectors.toList());
    assertEquals(List.of("beatra-client-" + version + ".jar", "taskclients-runtime-" + version + ".jar"),
        jars.stream().map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList()),
        "the released client and runtime, from the local repository: " + dependencies);
    for (Path jar : jars) {
      Path released = releaseRepo.resolve(localRepo.relativize(jar).toString());
      assertTrue(Files.exists(released), jar + " is not in the release repository " + releaseRepo);
      assertEquals(-1L, Files.mismatch(jar, released), jar + " differs from the released " + released);
    }
    // Every dev.taskclients file Maven fetched (jars, POMs, parents, the BOM) names the release repository as its origin.
    List<String> origins = new ArrayList<>();
    try (Stream<Path> files = Files.walk(ours)) {
      for (Path tracking : files.filter(p -> p.getFileName().toString().equals("_remote.repositories"))
          .collect(Collectors.toList())) {
        Files.readAllLines(tracking).stream().filter(l -> !l.startsWith("#") && !l.isBlank())
            .forEach(l -> origins.add(ours.relativize(tracking.getParent()) + "/" + l));
      }
    }
    assertFalse(origins.isEmpty(), "no dev.taskclients artifact was downloaded into " + localRepo);
    List<String> elsewhere = origins.stream().filter(l -> !l.endsWith(">taskclients-release="))
        .collect(Collectors.toList());
    assertEquals(List.of(), elsewhere, "dev.taskclients files from somewhere other than taskclients-release");
    assertTrue(origins.stream().anyMatch(l -> l.startsWith("taskclients-bom/" + version + "/")), "the BOM: " + origins);
  }

  private void verifyTheSamplesRequests() {
    server.verify(3, getRequestedFor(urlPathEqualTo("/v1/tasks/task_123"))
        .withHeader("Authorization", equalTo("Bearer sk-test")));
    server.verify(1, getRequestedFor(urlPathEqualTo("/v1/tasks/task_123"))
        .withHeader("X-Request-Id", equalTo("req-42")));
    server.verify(1, getRequestedFor(urlPathEqualTo("/v1/tasks/missing")));
  }

  /** The consumer's run-time dependencies, then {@code first}, as a path. */
  private String path(Path first) {
    List<String> entries = new ArrayList<>(dependencies);
    entries.add(first.toString());
    return String.join(File.pathSeparator, entries);
  }

  private record Run(int exitCode, String output) {
    List<String> lines() {
      return output.lines().collect(Collectors.toList());
    }
  }

  /** Runs this JVM's java with these arguments; output and errors together. */
  private Run java(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElseThrow());
    command.addAll(List.of(args));
    Path output = Files.createTempFile(scratch, "run", ".txt");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      throw new AssertionError("no exit within 60 s: " + command + "\n" + Files.readString(output));
    }
    return new Run(process.exitValue(), Files.readString(output));
  }

  private record Compilation(boolean succeeded, List<String> messages) {
  }

  /** Compiles a module {@code probe} requiring only the beatra client, against the consumer's module path. */
  private Compilation compileProbe(String imports, String statement) throws IOException {
    Path src = Files.createDirectories(scratch.resolve("probe-" + Math.abs(imports.hashCode())));
    Path pkg = Files.createDirectories(src.resolve("probe"));
    Path moduleInfo = Files.writeString(src.resolve("module-info.java"),
        "module probe {\n  requires dev.taskclients.beatra;\n}\n");
    Path probe = Files.writeString(pkg.resolve("Probe.java"), "package probe;\n\n" + imports + "\n\n"
        + "final class Probe {\n  void run() {\n    " + statement + "\n  }\n}\n");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      List<String> options = List.of("--release", "17", "-Xlint:all", "-Werror", "--module-path",
          String.join(File.pathSeparator, dependencies), "-d", scratch.resolve("out-" + src.getFileName()).toString());
      boolean ok = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjects(moduleInfo, probe)).call();
      List<String> messages = diagnostics.getDiagnostics().stream()
          .map((Diagnostic<? extends JavaFileObject> d) -> d.getKind() + ": " + d.getMessage(Locale.ROOT))
          .collect(Collectors.toList());
      return new Compilation(ok, messages);
    }
  }
}
