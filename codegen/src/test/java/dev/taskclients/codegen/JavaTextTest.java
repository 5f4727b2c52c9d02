package dev.taskclients.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
  void anAtSignInsideALineStaysReadable() {
    assertEquals("mail me@example.com", JavaText.javadoc("mail me@example.com"));
  }

  @Test
  void stringLiteralsEscapeQuotesBackslashesAndControls() {
    assertEquals("a\\\"b\\\\c\\nd\\u0001", JavaText.stringLiteralBody("a\"b\\c\nd\u0001"));
  }
}
