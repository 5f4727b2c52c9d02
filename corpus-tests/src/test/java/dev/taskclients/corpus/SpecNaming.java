package dev.taskclients.corpus;

import java.util.Locale;
import java.util.Set;

/** Turns a spec's file name into the Java names its client is generated under. */
final class SpecNaming {
  private static final Set<String> KEYWORDS =
      Set.of(
          "abstract",
          "assert",
          "boolean",
          "break",
          "byte",
          "case",
          "catch",
          "char",
          "class",
          "const",
          "continue",
          "default",
          "do",
          "double",
          "else",
          "enum",
          "extends",
          "final",
          "finally",
          "float",
          "for",
          "goto",
          "if",
          "implements",
          "import",
          "instanceof",
          "int",
          "interface",
          "long",
          "native",
          "new",
          "package",
          "private",
          "protected",
          "public",
          "return",
          "short",
          "static",
          "strictfp",
          "super",
          "switch",
          "synchronized",
          "this",
          "throw",
          "throws",
          "transient",
          "try",
          "void",
          "volatile",
          "while",
          "true",
          "false",
          "null",
          "var",
          "record",
          "yield",
          "sealed",
          "permits",
          "exports",
          "module",
          "requires");

  private SpecNaming() {}

  /**
   * The file name without its extension.
   *
   * @param fileName e.g. {@code petstore-expanded.yaml}
   * @return e.g. {@code petstore-expanded}
   */
  static String stem(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  /**
   * A lower-case Java identifier for a package segment: {@code petstore-expanded.yaml} becomes
   * {@code petstore_expanded}.
   *
   * @param fileName the spec's file name
   * @return a valid package segment
   */
  static String packageSegment(String fileName) {
    String id = stem(fileName).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    if (id.isEmpty() || Character.isDigit(id.charAt(0))) {
      id = "_" + id;
    }
    return KEYWORDS.contains(id) ? id + "_" : id;
  }

  /**
   * UpperCamelCase of the file name: {@code petstore-expanded.yaml} becomes {@code
   * PetstoreExpanded}.
   *
   * @param fileName the spec's file name
   * @return a valid Java class name (prefixed with {@code Spec} when it would start with a digit)
   */
  static String clientName(String fileName) {
    StringBuilder name = new StringBuilder();
    for (String part : stem(fileName).split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    if (name.length() == 0 || Character.isDigit(name.charAt(0))) {
      name.insert(0, "Spec");
    }
    return name.toString();
  }
}
