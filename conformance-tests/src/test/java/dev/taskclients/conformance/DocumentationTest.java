package dev.taskclients.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README is a front door for users (at most 300 lines); it and the maintainers' pages link only
 * to files that exist, and none of them narrates history by issue number (that is what the
 * CHANGELOG and the commits are for).
 */
class DocumentationTest {
  private static final Path ROOT =
      Path.of(System.getProperty("taskclients.specs.dir", "../specs")).getParent();
  private static final int README_MAX_LINES = 300;

  /**
   * A Markdown link or image to a relative target: {@code [text](path)} or {@code
   * [text](path#anchor)}.
   */
  private static final Pattern RELATIVE_LINK =
      Pattern.compile("\\]\\((?!https?:|mailto:|#)([^)#\\s]+)(#[^)]*)?\\)");

  private static final Pattern ISSUE_NUMBER = Pattern.compile("(?i)\\bissues? \\d+\\b");

  private static List<Path> pages() throws IOException {
    List<Path> pages =
        new ArrayList<>(
            List.of(
                ROOT.resolve("README.md"),
                ROOT.resolve("CONTRIBUTING.md"),
                ROOT.resolve("RELEASING.md")));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }

  @Test
  void theReadmeIsAtMostThreeHundredLines() throws IOException {
    long lines = Files.readAllLines(ROOT.resolve("README.md")).size();
    assertTrue(
        lines <= README_MAX_LINES,
        "README.md has "
            + lines
            + " lines; move maintainers' material to "
            + "CONTRIBUTING.md, RELEASING.md or docs/");
  }

  @Test
  void everyRelativeLinkResolves() throws IOException {
    List<String> broken = new ArrayList<>();
    for (Path page : pages()) {
      Matcher link = RELATIVE_LINK.matcher(Files.readString(page));
      while (link.find()) {
        if (!Files.exists(page.getParent().resolve(link.group(1)))) {
          broken.add(ROOT.relativize(page) + " -> " + link.group(1));
        }
      }
    }
    assertEquals(List.of(), broken);
  }

  @Test
  void noPageNarratesHistoryByIssueNumber() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path page : pages()) {
      List<String> lines = Files.readAllLines(page);
      for (int i = 0; i < lines.size(); i++) {
        if (ISSUE_NUMBER.matcher(lines.get(i)).find()) {
          found.add(ROOT.relativize(page) + ":" + (i + 1) + ": " + lines.get(i).strip());
        }
      }
    }
    assertEquals(List.of(), found, found.stream().collect(Collectors.joining("\n")));
  }
}
