package dev.taskclients.runtime.internal;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encodes path segments and query components, so that no value (a task id such as {@code
 * ../admin} or {@code a/b?c#d}) can change which path a request goes to or add a parameter.
 */
public final class UrlEncoding {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private UrlEncoding() {}

  /**
   * Percent-encodes every byte of the value's UTF-8 form but RFC 3986's unreserved {@code A-Z a-z
   * 0-9 - . _ ~}; throws NullPointerException for null, IllegalArgumentException for empty, {@code
   * .} or {@code ..}, which no encoding keeps from being read as a path step.
   */
  public static String pathSegment(String value) {
    if (value == null) {
      throw new NullPointerException("path parameter must not be null");
    }
    if (value.isEmpty() || value.equals(".") || value.equals("..")) {
      throw new IllegalArgumentException(
          "path parameter must not be empty, '.' or '..', was '" + value + "'");
    }
    return percentEncode(value);
  }

  /**
   * Percent-encodes a query name or value the same way: space as {@code %20}, not {@code +}; {@code
   * & = # +} too.
   */
  public static String queryComponent(String value) {
    return percentEncode(value);
  }

  private static String percentEncode(String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(bytes.length + 8);
    for (byte b : bytes) {
      int c = b & 0xFF;
      boolean unreserved =
          c >= 'a' && c <= 'z'
              || c >= 'A' && c <= 'Z'
              || c >= '0' && c <= '9'
              || c == '-'
              || c == '.'
              || c == '_'
              || c == '~';
      if (unreserved) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return out.toString();
  }
}
