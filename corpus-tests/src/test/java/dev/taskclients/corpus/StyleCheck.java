package dev.taskclients.corpus;

import dev.taskclients.contract.CheckResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The gate's {@code style} check: generated code reads as if written by hand. In every {@code
 * .java} file under a source root, no line is longer than {@value #MAX_COLUMNS} columns (unless a
 * single word on it is too long to fit any line: {@link #unbreakable}), no import is a wildcard or
 * unused (its simple name occurs nowhere else in the file as a word, Javadoc included), imports are
 * sorted, and no blank line follows another, an opening brace, or comes before a closing one. Each
 * offence is named by file and line.
 */
final class StyleCheck {
  /** The longest a generated line may be. */
  static final int MAX_COLUMNS = 120;

  /**
   * The length from which a word is a spec's name no line of normal width can hold with its
   * context.
   */
  static final int UNBREAKABLE_WORD = 80;

  private static final Pattern IMPORT =
      Pattern.compile("import\\s+(static\\s+)?([\\w.]+(\\.\\*)?)\\s*;\\s*");

  private StyleCheck() {}

  /**
   * Whether a long line holds a word no wrapping can fit: a spec's name, path or URL of at least
   * {@value #UNBREAKABLE_WORD} characters (Twilio's 95-character schema names), which a person
   * could not wrap either.
   */
  static boolean unbreakable(String line) {
    for (String word : line.strip().split(" ")) {
      if (word.length() >= UNBREAKABLE_WORD) {
        return true;
      }
    }
    return false;
  }

  /**
   * Checks every Java file under a source root.
   *
   * @param sourceRoot the folder holding the generated {@code .java} files
   * @return the offences, one per file and line, and how many files were read
   */
  static CheckResult run(Path sourceRoot) {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sourceRoot)) {
      files =
          walk.filter(f -> f.toString().endsWith(".java")).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> problems = new ArrayList<>();
    for (Path file : files) {
      try {
        problems.addAll(offences(sourceRoot.relativize(file).toString(), Files.readString(file)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new CheckResult(problems, files.size() + " file(s)");
  }

  /**
   * The offences of one file.
   *
   * @param name the file's name in the messages
   * @param text its content
   * @return one message per offence, {@code name:line: what}
   */
  static List<String> offences(String name, String text) {
    List<String> problems = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    List<Integer> importLines = new ArrayList<>();
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String where = name + ":" + (i + 1) + ": ";
      if (line.length() > MAX_COLUMNS && !unbreakable(line)) {
        problems.add(where + "line of " + line.length() + " columns, more than " + MAX_COLUMNS);
      }
      boolean last = i == lines.length - 1;
      if (line.isBlank() && !last) {
        if (i > 0 && lines[i - 1].isBlank()) {
          problems.add(where + "a second blank line");
        } else if (i > 0 && lines[i - 1].stripTrailing().endsWith("{")) {
          problems.add(where + "a blank line after an opening brace");
        } else if (i + 1 < lines.length && lines[i + 1].strip().startsWith("}")) {
          problems.add(where + "a blank line before a closing brace");
        }
      }
      if (IMPORT.matcher(line).matches()) {
        importLines.add(i);
      } else if (!line.startsWith("package ")) {
        body.append(line).append('\n');
      }
    }
    String previous = null;
    for (int i : importLines) {
      var matcher = IMPORT.matcher(lines[i]);
      matcher.matches();
      String imported = matcher.group(2);
      String where = name + ":" + (i + 1) + ": ";
      if (imported.endsWith(".*")) {
        problems.add(where + "wildcard import " + imported);
      } else {
        String simple = imported.substring(imported.lastIndexOf('.') + 1);
        if (!Pattern.compile("(?<![\\w$])" + Pattern.quote(simple) + "(?![\\w$])")
            .matcher(body)
            .find()) {
          problems.add(where + "unused import " + imported);
        }
      }
      if (previous != null && previous.compareTo(imported) > 0) {
        problems.add(
            where + "import " + imported + " is not in sorted order (after " + previous + ")");
      }
      previous = imported;
    }
    return problems;
  }
}
