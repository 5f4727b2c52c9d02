package dev.taskclients.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The README's "Generate a client for your own API" shows the files of {@code examples/petstore}
 * verbatim: each block after {@code <!-- example:NAME -->} equals the region of an example file
 * between {@code readme:NAME:start} and {@code readme:NAME:end}, indentation aside. CI builds that
 * project, so the README shows a build that works.
 */
class ExampleSnippetsTest {
  private static final Path ROOT =
      Path.of(System.getProperty("taskclients.specs.dir", "../specs")).getParent();
  private static final Pattern README_BLOCK =
      Pattern.compile("<!-- example:([a-z-]+) -->\\R```[a-z]*\\R(.*?)\\R```", Pattern.DOTALL);

  @TestFactory
  Stream<DynamicTest> everyReadmeSnippetIsTheExamplesFile() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    Matcher blocks = README_BLOCK.matcher(readme);
    List<DynamicTest> tests = new java.util.ArrayList<>();
    while (blocks.find()) {
      String name = blocks.group(1);
      String shown = blocks.group(2);
      tests.add(
          dynamicTest(
              name,
              () ->
                  assertEquals(
                      unindented(region(name)),
                      unindented(shown),
                      "README's example:"
                          + name
                          + " differs from the example project's readme:"
                          + name
                          + " region")));
    }
    assertFalse(tests.isEmpty(), "the README shows no example snippet");
    return tests.stream();
  }

  /**
   * The lines between the markers {@code readme:NAME:start} and {@code readme:NAME:end} of the one
   * file holding them.
   */
  private static String region(String name) throws IOException {
    String start = "readme:" + name + ":start";
    String end = "readme:" + name + ":end";
    try (Stream<Path> files = Files.walk(ROOT.resolve("examples"))) {
      List<Path> holders =
          files
              .filter(Files::isRegularFile)
              .filter(f -> !f.toString().contains("/target/"))
              .filter(f -> read(f).contains(start))
              .collect(Collectors.toList());
      assertEquals(1, holders.size(), "files marking " + start + ": " + holders);
      List<String> lines = read(holders.get(0)).lines().collect(Collectors.toList());
      int from = indexOf(lines, start) + 1;
      int to = indexOf(lines, end);
      return String.join("\n", lines.subList(from, to));
    }
  }

  private static int indexOf(List<String> lines, String marker) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(marker)) {
        return i;
      }
    }
    throw new AssertionError("no line marks " + marker);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text with the indentation all its lines share removed. */
  private static String unindented(String text) {
    List<String> lines = text.lines().collect(Collectors.toList());
    int common =
        lines.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    return lines.stream()
        .map(l -> l.length() >= common ? l.substring(common) : l.strip())
        .collect(Collectors.joining("\n"))
        .strip();
  }
}
