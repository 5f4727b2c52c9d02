package dev.taskclients.release;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Finds the uploaded file in a {@code multipart/form-data} body, which is all the stand-in portal
 * needs of it.
 */
final class MultipartBody {
  private static final byte[] HEADERS_END = "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

  private MultipartBody() {}

  /**
   * The content of the first part that carries a file name.
   *
   * @param body the request body
   * @param boundary the boundary from the {@code Content-Type} header
   * @return the file's bytes, or null when no part carries a file name
   */
  static byte[] filePart(byte[] body, String boundary) {
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    int start = indexOf(body, delimiter, 0);
    while (start >= 0) {
      int headersEnd = indexOf(body, HEADERS_END, start);
      int next = indexOf(body, delimiter, start + delimiter.length);
      if (headersEnd < 0 || next < 0) {
        return null;
      }
      String headers = new String(body, start, headersEnd - start, StandardCharsets.ISO_8859_1);
      if (headers.contains("filename=")) {
        return Arrays.copyOfRange(
            body, headersEnd + HEADERS_END.length, next - 2); // the part ends with CRLF
      }
      start = next;
    }
    return null;
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = from; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
