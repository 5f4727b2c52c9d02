package dev.taskclients.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps the lines of a generated Java file that are longer than {@value #MAX_COLUMNS} columns, as a
 * person would: Javadoc and line comments are reflowed at spaces; code breaks after the commas or
 * opening parentheses, or before the operators and {@code extends}/{@code implements}/{@code
 * throws}, of its shallowest nesting level, continuing 4 columns deeper; a one-line method becomes
 * a block. A comment's lines without their star (a spec's description of several lines) get one.
 * The templates lay out everything else; this only catches what a spec's names and descriptions
 * make long. A line that has no place to break (one word, one string literal) stays as it is.
 */
final class JavaLayout {
  /** The longest a line may be. */
  static final int MAX_COLUMNS = 120;

  private JavaLayout() {}

  /**
   * Wraps every line of a Java source longer than {@value #MAX_COLUMNS} columns.
   *
   * @param source the source, its lines separated by {@code \n}
   * @return the source with long lines wrapped
   */
  static String wrap(String source) {
    List<String> out = new ArrayList<>();
    String comment = null;
    for (String line : source.split("\n", -1)) {
      String content = line.strip();
      if (comment == null) {
        if (content.startsWith("/**") && !content.endsWith("*/")) {
          // A Javadoc opened on a line with text (a one-line comment holding a description of
          // several lines).
          comment = line.substring(0, line.indexOf("/**"));
          if (content.length() > 3) {
            out.add(comment + "/**");
            out.addAll(wrapLine(comment + " * " + content.substring(3).strip()));
            continue;
          }
        }
        out.addAll(wrapLine(line));
        continue;
      }
      boolean closes = content.endsWith("*/");
      String text = closes ? content.substring(0, content.length() - 2).strip() : content;
      if (text.startsWith("*")) {
        text = text.substring(1).strip();
      }
      // Each line of a comment starts with its star, a spec's description of several lines too; the
      // comment ends on a line of its own.
      if (!closes || !text.isEmpty()) {
        out.addAll(
            wrapLine(
                text.isEmpty() ? comment + " *" : comment + " * " + keepIndent(content, text)));
      }
      if (closes) {
        out.add(comment + " */");
        comment = null;
      }
    }
    return String.join("\n", out);
  }

  /**
   * The text of a comment line with the indentation it has after its star (a block tag's
   * continuation).
   */
  private static String keepIndent(String content, String text) {
    if (content.startsWith("* ")) {
      String afterStar = content.substring(2);
      return afterStar.substring(0, afterStar.length() - afterStar.stripLeading().length()) + text;
    }
    return text;
  }

  private static List<String> wrapLine(String line) {
    if (line.length() <= MAX_COLUMNS) {
      return List.of(line);
    }
    String content = line.stripLeading();
    String indent = line.substring(0, line.length() - content.length());
    if (content.startsWith("/**") && content.endsWith("*/") && content.length() > 5) {
      List<String> block = new ArrayList<>();
      block.add(indent + "/**");
      block.addAll(comment(indent + " * ", content.substring(3, content.length() - 2).strip()));
      block.add(indent + " */");
      return block;
    }
    if (content.startsWith("* ")) {
      return comment(indent + "* ", content.substring(2));
    }
    if (content.startsWith("// ")) {
      return comment(indent + "// ", content.substring(3));
    }
    return code(indent, content);
  }

  /**
   * Reflows one comment line at spaces. A block tag's text ({@code @param}, {@code @return}, ...)
   * and text that is already indented continue 4 columns deeper; no line starts with {@code @},
   * which would begin a block tag.
   */
  private static List<String> comment(String prefix, String text) {
    String body = text.stripLeading();
    String extra = text.substring(0, text.length() - body.length());
    String continuation =
        prefix + (body.startsWith("@") || !extra.isEmpty() ? extra.isEmpty() ? "    " : extra : "");
    List<String> lines = new ArrayList<>();
    String current = prefix + extra;
    String rest = body;
    while (current.length() + rest.length() > MAX_COLUMNS) {
      int room = MAX_COLUMNS - current.length();
      int at = -1;
      for (int i = Math.min(room, rest.length() - 1); i > 0; i--) {
        if (rest.charAt(i) == ' '
            && rest.charAt(i - 1) != ' '
            && i + 1 < rest.length()
            && rest.charAt(i + 1) != '@') {
          at = i;
          break;
        }
      }
      if (at < 0) {
        at = firstSpace(rest);
        if (at < 0) {
          break;
        }
      }
      lines.add(current + rest.substring(0, at).stripTrailing());
      current = continuation;
      rest = rest.substring(at).stripLeading();
      if (body.startsWith("{@return")) {
        // javac ends a {@return} that spans lines at an @ on a later line, even inside a word.
        rest = rest.replaceAll("(?<!\\{)@", "&#64;");
      }
    }
    lines.add(current + rest);
    return lines;
  }

  /** The first space after a word that does not come before {@code @}, or -1. */
  private static int firstSpace(String text) {
    for (int i = 1; i + 1 < text.length(); i++) {
      if (text.charAt(i) == ' ' && text.charAt(i - 1) != ' ' && text.charAt(i + 1) != '@') {
        return i;
      }
    }
    return -1;
  }

  /** The words a code line breaks before, at their level. */
  private static final String[] OPERATORS = {
    "+ ", "&& ", "|| ", "extends ", "implements ", "permits ", "throws "
  };

  /** How much less a break after an assignment's {@code =} is worth than one at the same level. */
  private static final int ASSIGNMENT = 50;

  /**
   * The level of a break between two words, such as a declaration's type and its name: the least
   * wanted.
   */
  private static final int TYPE_AND_NAME = 100;

  /**
   * A place a code line may break: the next line starts at {@code next}; the line before ends at
   * {@code end}.
   */
  private record Break(int end, int next, int depth) {}

  private static List<String> code(String indent, String content) {
    Scan scan = Scan.of(content);
    List<String> lines = new ArrayList<>();
    if (scan.comment >= 0) {
      // A trailing comment goes on its own line above the code it explains.
      lines.addAll(comment(indent + "// ", content.substring(scan.comment + 2).strip()));
      lines.addAll(code(indent, content.substring(0, scan.comment).stripTrailing()));
      return lines;
    }
    if (scan.oneLineBody >= 0) {
      lines.addAll(code(indent, content.substring(0, scan.oneLineBody + 1)));
      lines.addAll(
          code(indent + "  ", content.substring(scan.oneLineBody + 2, content.length() - 2)));
      lines.add(indent + "}");
      return lines;
    }
    String continuation = indent + "    ";
    String current = indent;
    int start = 0;
    while (current.length() + content.length() - start > MAX_COLUMNS) {
      Break chosen = choose(scan.breaks, start, current.length());
      if (chosen == null) {
        break;
      }
      lines.add(current + content.substring(start, chosen.end()));
      current = continuation;
      start = chosen.next();
    }
    lines.add(current + content.substring(start));
    return lines;
  }

  /**
   * The break that keeps the line within the limit at the shallowest level the rest of the line
   * breaks at, the last such; at a deeper level when none at that level fits; the first at all when
   * none fits.
   */
  private static Break choose(List<Break> breaks, int start, int column) {
    List<Break> after = breaks.stream().filter(b -> b.end() > start).toList();
    if (after.isEmpty()) {
      return null;
    }
    int deepest = after.stream().mapToInt(Break::depth).max().orElseThrow();
    for (int depth = after.stream().mapToInt(Break::depth).min().orElseThrow();
        depth <= deepest;
        depth++) {
      Break last = null;
      for (Break b : after) {
        if (b.depth() == depth && column + b.end() - start <= MAX_COLUMNS) {
          last = b;
        }
      }
      if (last != null) {
        return last;
      }
    }
    return after.get(0);
  }

  /** What a code line holds outside its string and character literals. */
  private static final class Scan {
    private final List<Break> breaks = new ArrayList<>();

    /** Where a trailing {@code //} comment starts, or -1. */
    private int comment = -1;

    /** Where the {@code {} of a one-line method's body is, or -1. */
    private int oneLineBody = -1;

    static Scan of(String line) {
      Scan scan = new Scan();
      int depth = 0;
      int firstBrace = -1;
      int braces = 0;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c == '"' || c == '\'') {
          i = endOfLiteral(line, i);
          continue;
        }
        if (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
          scan.comment = i;
          return scan;
        }
        switch (c) {
          case '(' -> {
            depth++;
            if (i + 1 < line.length() && line.charAt(i + 1) != ')') {
              scan.breaks.add(new Break(i + 1, i + 1, depth));
            }
          }
          case '[' -> depth++;
          case ')', ']' -> depth--;
          case '{' -> {
            braces++;
            if (depth == 0
                && firstBrace < 0
                && i > 0
                && line.charAt(i - 1) == ' '
                && i + 1 < line.length()
                && line.charAt(i + 1) == ' ') {
              firstBrace = i;
            }
            depth++;
          }
          case '}' -> depth--;
          case '<' -> {
            if (i > 0
                && Character.isJavaIdentifierPart(line.charAt(i - 1))
                && i + 1 < line.length()
                && (Character.isUpperCase(line.charAt(i + 1)) || line.charAt(i + 1) == '?')) {
              depth++;
            }
          }
          case '>' -> {
            if (i > 0 && line.charAt(i - 1) != '-' && line.charAt(i - 1) != ' ') {
              depth--;
            }
          }
          case ',' -> {
            if (i + 1 < line.length() && line.charAt(i + 1) == ' ') {
              scan.breaks.add(new Break(i + 1, i + 2, depth));
            }
          }
          case ' ' -> {
            for (String operator : OPERATORS) {
              if (line.startsWith(operator, i + 1) && i > 0 && line.charAt(i - 1) != ' ') {
                scan.breaks.add(new Break(i, i + 1, depth));
              }
            }
            // Last resorts, for a declaration whose names alone are long: after an assignment's
            // "=", then between two words (a declaration's type and its name).
            if (line.startsWith("= ", i + 1)) {
              scan.breaks.add(new Break(i + 2, i + 3, depth + ASSIGNMENT));
            }
            if (i > 0
                && (line.charAt(i - 1) == '>' || Character.isJavaIdentifierPart(line.charAt(i - 1)))
                && i + 1 < line.length()
                && (Character.isJavaIdentifierStart(line.charAt(i + 1))
                    || line.charAt(i + 1) == '@')) {
              scan.breaks.add(new Break(i, i + 1, depth + TYPE_AND_NAME));
            }
          }
          default -> {}
        }
      }
      if (firstBrace > 0
          && braces == 1
          && line.endsWith(" }")
          && line.charAt(firstBrace - 1) == ' '
          && line.charAt(firstBrace - 2) == ')'
          && line.substring(firstBrace + 1, line.length() - 2).strip().endsWith(";")) {
        scan.oneLineBody = firstBrace;
      }
      return scan;
    }

    /** The index of the quote that closes the literal opened at {@code open}. */
    private static int endOfLiteral(String line, int open) {
      char quote = line.charAt(open);
      for (int i = open + 1; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          return i;
        }
      }
      return line.length();
    }
  }
}
