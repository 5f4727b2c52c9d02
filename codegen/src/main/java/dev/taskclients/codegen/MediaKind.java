package dev.taskclients.codegen;

import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Locale;
import java.util.Map;

/**
 * How a body travels, decided from its media type (and, for an unknown media type, its schema): the
 * few shapes the runtime knows how to send and read. Public so that tools checking generated
 * clients (the corpus gate) classify media types exactly as the generator does.
 */
public enum MediaKind {
  /** JSON, read into and written from the typed model. */
  JSON,
  /** {@code application/x-www-form-urlencoded}. */
  FORM,
  /** {@code multipart/form-data}. */
  MULTIPART,
  /** Text ({@code text/*}, XML): a {@link String}. */
  TEXT,
  /** Bytes ({@code application/octet-stream}, {@code image/*}, ...). */
  BINARY;

  /** Preference when a body offers several media types: the most typed first. */
  private static final MediaKind[] RESPONSE_PREFERENCE = {JSON, TEXT, BINARY};

  /**
   * The kind of a media type.
   *
   * @param mediaType e.g. {@code application/json; charset=utf-8}
   * @param schema its schema, which decides a media type of no known kind; may be null
   * @return the kind
   */
  public static MediaKind of(String mediaType, Schema<?> schema) {
    String type = mediaType.toLowerCase(Locale.ROOT).split(";", 2)[0].trim();
    if (type.equals("application/json") || type.endsWith("+json") || type.equals("text/json")) {
      return JSON;
    }
    if (type.equals("application/x-www-form-urlencoded")) {
      return FORM;
    }
    if (type.startsWith("multipart/")) {
      return MULTIPART;
    }
    if (type.startsWith("text/") || type.endsWith("/xml") || type.endsWith("+xml")) {
      return TEXT;
    }
    boolean binarySchema =
        schema == null
            || "string".equals(schema.getType())
                && ("binary".equals(schema.getFormat()) || "byte".equals(schema.getFormat()));
    if (binarySchema || !type.equals("*/*")) {
      return BINARY;
    }
    // "*/*" with a structured schema: the server means JSON.
    return JSON;
  }

  /** The media type a response is read as: JSON if offered, else text, else bytes. */
  static Map.Entry<String, MediaType> preferredResponse(Content content) {
    for (MediaKind kind : RESPONSE_PREFERENCE) {
      for (Map.Entry<String, MediaType> entry : content.entrySet()) {
        if (of(entry.getKey(), entry.getValue().getSchema()) == kind) {
          return entry;
        }
      }
    }
    return null;
  }
}
