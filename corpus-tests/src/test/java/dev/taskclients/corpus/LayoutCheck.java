package dev.taskclients.corpus;

import dev.taskclients.codegen.ClientGeneration;
import dev.taskclients.codegen.view.OperationView;
import dev.taskclients.contract.CheckResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The gate's {@code layout} check: a client a person can find their way in. No generated file is
 * longer than the limit (property {@value #MAX_LINES_PROPERTY}, default {@value #DEFAULT_MAX_LINES}
 * lines), and the root client's public methods are its builder, {@code config()}, {@code
 * toString()}, one accessor per sub-client (returning that sub-client) and the operations no
 * sub-client holds, with their {@code async()} and {@code withRawResponse()} views; nothing else.
 */
final class LayoutCheck {
  /** The system property that sets the longest a generated file may be, in lines. */
  static final String MAX_LINES_PROPERTY = "corpus.maxFileLines";

  /** The longest a generated file may be by default, in lines. */
  static final int DEFAULT_MAX_LINES = 3000;

  private LayoutCheck() {}

  /**
   * @return the configured limit of lines per generated file
   */
  static int maxLines() {
    String value = System.getProperty(MAX_LINES_PROPERTY, "").trim();
    return value.isEmpty() ? DEFAULT_MAX_LINES : Integer.parseInt(value);
  }

  /**
   * Checks the files and the root client of a compiled client.
   *
   * @param generated what generation gave
   * @param classes a class loader that has the compiled client
   * @param maxLines the longest a generated file may be
   * @return the problems, and the largest file and the root client's public methods
   * @throws ClassNotFoundException when the root client was not compiled
   */
  static CheckResult run(ClientGeneration.Result generated, ClassLoader classes, int maxLines)
      throws ClassNotFoundException {
    List<String> problems = new ArrayList<>();
    Map<Path, Long> lines = lines(generated.sourceRoot());
    lines.forEach(
        (file, count) -> {
          if (count > maxLines) {
            problems.add(file.getFileName() + " has " + count + " lines, more than " + maxLines);
          }
        });
    Map.Entry<Path, Long> largest =
        lines.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(null);

    Class<?> root = Class.forName(generated.clientClass(), false, classes);
    Map<String, String> subClients = new LinkedHashMap<>();
    Set<String> rootOperations = new TreeSet<>();
    for (OperationView op : generated.operations()) {
      if (op.groupAccessor() != null) {
        subClients.put(op.groupAccessor(), op.ownerClass());
      } else {
        rootOperations.addAll(methodsOf(op));
      }
    }
    Set<String> own = new TreeSet<>(Set.of("builder", "config", "toString"));
    if (!rootOperations.isEmpty()) {
      own.addAll(Set.of("async", "withRawResponse"));
    }
    List<Method> methods =
        Stream.of(root.getDeclaredMethods())
            .filter(m -> Modifier.isPublic(m.getModifiers()))
            .sorted(Comparator.comparing(Method::getName))
            .collect(Collectors.toList());
    int notOperations = 0;
    for (Method method : methods) {
      String name = method.getName();
      if (rootOperations.contains(name)) {
        continue;
      }
      notOperations++;
      if (subClients.containsKey(name)) {
        if (method.getParameterCount() != 0
            || !method.getReturnType().getSimpleName().equals(subClients.get(name))) {
          problems.add(
              root.getSimpleName()
                  + "."
                  + name
                  + " is not the accessor of "
                  + subClients.get(name)
                  + ": "
                  + method.toGenericString());
        }
      } else if (!own.contains(name)) {
        problems.add(
            root.getSimpleName()
                + " has a public method that is neither an operation, an accessor nor its "
                + "own: "
                + method.toGenericString());
      }
    }
    for (String accessor : subClients.keySet()) {
      if (methods.stream().noneMatch(m -> m.getName().equals(accessor))) {
        problems.add(
            root.getSimpleName()
                + " has no accessor "
                + accessor
                + "() of "
                + subClients.get(accessor));
      }
    }
    if (notOperations > subClients.size() + own.size()) {
      problems.add(
          root.getSimpleName()
              + " has "
              + notOperations
              + " public methods besides operations, more than its "
              + subClients.size()
              + " sub-client(s) and "
              + own.size()
              + " of its own");
    }
    String detail =
        "largest file "
            + (largest == null
                ? "none"
                : largest.getKey().getFileName() + " (" + largest.getValue() + " lines)")
            + ", "
            + lines.size()
            + " file(s); "
            + root.getSimpleName()
            + ": "
            + methods.size()
            + " public method(s), "
            + subClients.size()
            + " sub-client(s)";
    return new CheckResult(problems, detail);
  }

  /** The public methods a root client has for an operation it holds itself. */
  private static List<String> methodsOf(OperationView op) {
    List<String> names = new ArrayList<>(List.of(op.methodName()));
    if (op.streamable()) {
      names.add(op.methodName() + "AsStream");
    }
    if (op.pages() != null) {
      names.addAll(List.of(op.methodName() + "Pages", op.methodName() + "All"));
      if (op.pages().batchWaiter()) {
        names.add("waitForAll");
      }
    }
    if (op.waiter() != null) {
      names.add("waitForCompletion");
    }
    return names;
  }

  /** Lines of each generated Java file. */
  private static Map<Path, Long> lines(Path sourceRoot) {
    Map<Path, Long> lines = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(sourceRoot)) {
      for (Path file :
          files.filter(f -> f.toString().endsWith(".java")).sorted().collect(Collectors.toList())) {
        try (Stream<String> text = Files.lines(file)) {
          lines.put(file, text.count());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }
}
