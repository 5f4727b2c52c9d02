package dev.taskclients.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Long generated lines are wrapped as a person would wrap them; short ones are left as they are.
 */
class JavaLayoutTest {
  private static final String LONG = "x".repeat(60);

  @Test
  void aShortLineIsLeftAsItIs() {
    String source = "  public String id() { return id; }\n";

    assertEquals(source, JavaLayout.wrap(source));
  }

  @Test
  void anArgumentListBreaksAtItsShallowestCommasContinuingFourColumnsDeeper() {
    String line =
        "      super(Thing.class, field(\""
            + LONG
            + "\", type(String.class)), "
            + "field(\"b\", type(Integer.class)));";

    assertEquals(
        "      super(Thing.class, field(\""
            + LONG
            + "\", type(String.class)),\n"
            + "          field(\"b\", type(Integer.class)));",
        JavaLayout.wrap(line));
  }

  @Test
  void aOneLineMethodBecomesABlock() {
    String line =
        "    public Builder "
            + LONG
            + "(String value) { return mark(\""
            + LONG
            + "\", this.value = value); }";

    assertEquals(
        "    public Builder "
            + LONG
            + "(String value) {\n      return mark(\""
            + LONG
            + "\", this.value = value);\n    }",
        JavaLayout.wrap(line));
  }

  @Test
  void aOneLineJavadocBecomesABlockReflowedAtSpaces() {
    String line =
        "  /** {@return the value of {@code "
            + LONG
            + "}: a description long enough to need a second line.} */";

    assertEquals(
        "  /**\n   * {@return the value of {@code "
            + LONG
            + "}: a description long\n"
            + "   * enough to need a second line.}\n   */",
        JavaLayout.wrap(line));
  }

  @Test
  void aBlockTagContinuesFourColumnsDeeperAndNoLineStartsWithAnAt() {
    String line =
        "   * @param value "
            + LONG
            + " and then a word that starts with an at @sign, to be kept off the start";

    assertEquals(
        "   * @param value "
            + LONG
            + " and then a word that starts with an\n"
            + "   *     at @sign, to be kept off the start",
        JavaLayout.wrap(line));
  }

  @Test
  void aDescriptionsLinesGetTheirStars() {
    String source = "/**\n * <p>First line.\nSecond line.\n\n * @return it\n */\nint a;";

    assertEquals(
        "/**\n * <p>First line.\n * Second line.\n *\n * @return it\n */\nint a;",
        JavaLayout.wrap(source));
  }

  @Test
  void aDeclarationWhoseNamesAloneAreLongBreaksAfterItsAssignment() {
    String line =
        "  public static final " + LONG + " NEWEST = new " + LONG + "(\"newest\", Known.NEWEST);";

    assertEquals(
        "  public static final "
            + LONG
            + " NEWEST =\n      new "
            + LONG
            + "(\"newest\", Known.NEWEST);",
        JavaLayout.wrap(line));
  }

  @Test
  void aFieldWhoseTypeAndNameAloneAreLongBreaksBetweenThem() {
    String line = "  private final " + LONG + "Type " + LONG + ";";

    assertEquals("  private final " + LONG + "Type\n      " + LONG + ";", JavaLayout.wrap(line));
  }

  @Test
  void aStringLiteralIsNeverBroken() {
    String line = "    return \"" + LONG + ", " + LONG + "\";";

    assertEquals(line, JavaLayout.wrap(line));
  }
}
