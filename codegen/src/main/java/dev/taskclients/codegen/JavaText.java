package dev.taskclients.codegen;

import java.util.ArrayList;
import java.util.List;

/** Makes spec text safe inside generated Java: Javadoc comments and string literals. */
final class JavaText {
  private JavaText() {}

  /**
   * Escapes text for a Javadoc comment: HTML special characters become entities (so a description
   * such as {@code a < b & c} renders as written and passes doclint), a {@code *}{@code /} can no
   * longer end the comment, an {@code @} cannot start a block tag or end an inline one, and a
   * backslash cannot start a Unicode escape.
   */
  static String javadoc(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        // Not only at a line's start: wrapping may move a word there, and javac ends a {@return}
        // that spans lines at any @ on a later line.
        case '@' -> out.append("&#64;");
        // javac reads a backslash followed by u as a Unicode escape, even inside a comment.
        case '\\' -> out.append("&#92;");
        case '/' -> out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Escapes text to sit between the quotes of a Java string literal. */
  static String stringLiteralBody(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * The expression that builds a field's Jackson type in a model reader ({@code JsonModelReader}'s
   * {@code type}, {@code list}, {@code set}, {@code map}) from the field's declared Java type:
   * {@code List<Map<String, Integer>>} becomes {@code list(map(type(Integer.class)))}. Throws
   * IllegalArgumentException for a generic type the templates never declare.
   */
  static String typeExpression(String javaType) {
    String type = javaType.trim();
    int open = type.indexOf('<');
    if (open < 0) {
      return "type(" + type + ".class)";
    }
    String raw = type.substring(0, open).trim();
    List<String> arguments = new ArrayList<>();
    int depth = 0;
    int start = open + 1;
    for (int i = start; i < type.length(); i++) {
      char c = type.charAt(i);
      if (c == '<') {
        depth++;
      } else if (c == '>' && depth > 0) {
        depth--;
      } else if (c == ',' && depth == 0 || c == '>') {
        arguments.add(type.substring(start, i).trim());
        start = i + 1;
      }
    }
    return switch (raw) {
      case "List", "java.util.List" -> "list(" + typeExpression(arguments.get(0)) + ")";
      case "Set", "java.util.Set" -> "set(" + typeExpression(arguments.get(0)) + ")";
      case "Map", "java.util.Map" ->
          "map(" + typeExpression(arguments.get(arguments.size() - 1)) + ")";
      default -> throw new IllegalArgumentException("no reader type for " + javaType);
    };
  }

  /**
   * Indents every line that is not blank by two spaces (a nested class); blank lines become empty.
   */
  static String indent(String text) {
    StringBuilder out = new StringBuilder(text.length() + 256);
    for (String line : text.split("\n", -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      if (!line.isBlank()) {
        out.append("  ").append(line);
      }
    }
    return out.toString();
  }
}
