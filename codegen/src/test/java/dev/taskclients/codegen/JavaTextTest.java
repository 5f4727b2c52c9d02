package dev.taskclients.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Spec text cannot break the Java it is written into. */
class JavaTextTest {
  @Test
  void javadocTextCannotEndTheCommentStartATagOrAUnicodeEscape() {
    String escaped = JavaText.javadoc("a < b & c */ x\n@param y C:\\users");
    assertFalse(escaped.contains("*/"), escaped);
    assertFalse(escaped.contains("\\u"), escaped);
    assertEquals("a &lt; b &amp; c *&#47; x\n&#64;param y C:&#92;users", escaped);
  }

  @Test
  void anAtSignInsideALineIsAnEntityThatRendersTheSame() {
    // Wrapping may move it to a line's start, or to a later line of a {@return}, where javac would
    // read a tag.
    assertEquals("mail me&#64;example.com", JavaText.javadoc("mail me@example.com"));
  }

  @Test
  void stringLiteralsEscapeQuotesBackslashesAndControls() {
    assertEquals("a\\\"b\\\\c\\nd\\u0001", JavaText.stringLiteralBody("a\"b\\c\nd\u0001"));
  }

  @Test
  void aFieldsReaderTypeFollowsItsDeclaredJavaType() {
    assertEquals("type(String.class)", JavaText.typeExpression("String"));
    assertEquals("type(byte[].class)", JavaText.typeExpression("byte[]"));
    assertEquals("type(Pet.StringValue.class)", JavaText.typeExpression("Pet.StringValue"));
    assertEquals("list(type(Task.class))", JavaText.typeExpression("List<Task>"));
    assertEquals("set(type(String.class))", JavaText.typeExpression("Set<String>"));
    assertEquals(
        "map(list(map(type(Integer.class))))",
        JavaText.typeExpression("Map<String, List<Map<String, Integer>>>"));
    assertEquals(
        "list(list(type(java.math.BigDecimal.class)))",
        JavaText.typeExpression("java.util.List<List<java.math.BigDecimal>>"));
    assertThrows(IllegalArgumentException.class, () -> JavaText.typeExpression("Optional<String>"));
  }
}
