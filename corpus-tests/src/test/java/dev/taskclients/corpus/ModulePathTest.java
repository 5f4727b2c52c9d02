package dev.taskclients.corpus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.taskclients.codegen.ClientGeneration;
import dev.taskclients.codegen.view.CredentialKind;
import dev.taskclients.codegen.view.SecuritySchemeView;
import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every spec of the shared corpus, generated as a user's modular build generates it (with a module
 * name), compiles as a named module against the runtime's module and runs in a module layer of its
 * own: its builder builds a client, and the runtime's JSON mapper reads each of its models (which
 * needs the model package opened to Jackson). Nothing in the runtime names the client's module.
 */
class ModulePathTest {
  /**
   * The modules a generated client reads: the runtime and the libraries it requires transitively.
   */
  private static final List<String> MODULE_JARS =
      List.of(
          "taskclients-runtime",
          "runtime/target/classes",
          "jackson-databind",
          "jackson-core",
          "jackson-annotations",
          "jackson-datatype-jsr310",
          "jakarta.annotation-api");

  private static List<Path> modulePath() {
    return Arrays.stream(InProcessCompiler.classPath().split(File.pathSeparator))
        .filter(
            entry ->
                MODULE_JARS.stream()
                    .anyMatch(name -> entry.replace(File.separatorChar, '/').contains(name)))
        .map(Path::of)
        .collect(Collectors.toList());
  }

  @TestFactory
  Stream<DynamicTest> everySharedCorpusSpecRunsAsANamedModule() {
    Path shared =
        Path.of(System.getProperty("corpus.project.dir", ".."))
            .resolve("../shared/corpus")
            .normalize();
    List<CorpusSpec> specs = CorpusDiscovery.discoverEvery(List.of(shared)).specs();
    return specs.stream().map(spec -> dynamicTest(spec.label(), () -> check(spec)));
  }

  private static void check(CorpusSpec spec) throws Exception {
    Path dir = Workspace.outputDir().resolveSibling("corpus-modules").resolve(spec.folder());
    Workspace.recreate(dir);
    String module = spec.basePackage();
    ClientGeneration.Result generated =
        ClientGeneration.generate(
            spec.file(),
            dir,
            spec.basePackage(),
            spec.clientName(),
            spec.label(),
            module,
            ClientGeneration.Options.lenient());
    assertTrue(
        Files.exists(generated.sourceRoot().resolve("module-info.java")),
        "module-info.java is generated");

    List<Path> modulePath = modulePath();
    InProcessCompiler.Result compiled =
        InProcessCompiler.compileAsModule(
            generated.sourceRoot(), dir.resolve("classes"), modulePath);
    assertTrue(compiled.success(), "does not compile as a named module: " + compiled.summary());

    List<Path> layerPath = new ArrayList<>(modulePath);
    layerPath.add(dir.resolve("classes"));
    Configuration resolved =
        ModuleLayer.boot()
            .configuration()
            .resolve(
                ModuleFinder.of(layerPath.toArray(Path[]::new)), ModuleFinder.of(), Set.of(module));
    ModuleLayer layer =
        ModuleLayer.boot()
            .defineModulesWithOneLoader(resolved, ClassLoader.getPlatformClassLoader());
    ClassLoader loader = layer.findLoader(module);

    Class<?> client = loader.loadClass(generated.clientClass());
    Object builder = client.getMethod("builder").invoke(null);
    builder
        .getClass()
        .getMethod("baseUrl", String.class)
        .invoke(builder, "https://api.example.com");
    for (SecuritySchemeView scheme : generated.client().schemes()) {
      if (scheme.kind() == CredentialKind.BASIC) {
        builder
            .getClass()
            .getMethod(scheme.setter(), String.class, String.class)
            .invoke(builder, "user", "password");
      } else {
        builder.getClass().getMethod(scheme.setter(), String.class).invoke(builder, "credential");
      }
    }
    Object built = builder.getClass().getMethod("build").invoke(builder);
    assertTrue(built.toString().startsWith(client.getSimpleName() + "["), built.toString());

    // The layer has its own runtime and Jackson (classes of their own): the mapper is called
    // reflectively.
    Object mapper =
        loader.loadClass("dev.taskclients.runtime.Json").getMethod("shared").invoke(null);
    Method readValue = mapper.getClass().getMethod("readValue", String.class, Class.class);
    for (Path model : modelFiles(generated)) {
      String name =
          generated
              .sourceRoot()
              .relativize(model)
              .toString()
              .replace(File.separatorChar, '.')
              .replaceAll("\\.java$", "");
      Class<?> type = loader.loadClass(name);
      if (type.isInterface() || type.isEnum() || !Modifier.isPublic(type.getModifiers())) {
        continue;
      }
      try {
        readValue.invoke(mapper, "{}", type);
      } catch (InvocationTargetException e) {
        // A model may refuse {} (required fields): only a module boundary in the way is a failure
        // here.
        assertFalse(causedByAccess(e), name + " cannot be read on the module path: " + e);
      }
    }
  }

  private static List<Path> modelFiles(ClientGeneration.Result generated)
      throws java.io.IOException {
    Path models =
        generated
            .sourceRoot()
            .resolve(generated.apiPackage().replace('.', File.separatorChar))
            .resolve("model");
    if (!Files.isDirectory(models)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(models)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  private static boolean causedByAccess(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof IllegalAccessException
          || t instanceof java.lang.reflect.InaccessibleObjectException
          || String.valueOf(t.getMessage()).matches("(?s).*does not \"?(opens|exports).*")) {
        return true;
      }
    }
    return false;
  }
}
