package dev.taskclients.contract;

import dev.taskclients.codegen.MediaKind;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Map;

/**
 * How a body is read or sent, decided by the generator's own {@link MediaKind} (the gate must serve
 * what the client prefers), with what the gate adds: picking an entry of a kind, and a concrete
 * media type for a declared range.
 */
enum BodyKind {
  /** JSON: the typed model. */
  JSON,
  /** {@code application/x-www-form-urlencoded}. */
  FORM,
  /** {@code multipart/*}. */
  MULTIPART,
  /** Text or XML: a {@code String}. */
  TEXT,
  /** Bytes: a {@code byte[]} (responses) or a {@code BinaryBody} (requests). */
  BINARY;

  /**
   * The kind of a media type.
   *
   * @param mediaType e.g. {@code application/json; charset=utf-8}
   * @param schema its schema (decides an unknown media type), may be null
   * @return the kind
   */
  static BodyKind of(String mediaType, Schema<?> schema) {
    return valueOf(MediaKind.of(mediaType, schema).name());
  }

  /**
   * The first media type of a content map that is of a kind.
   *
   * @param content the content map (may be null)
   * @param kind the kind wanted
   * @return the entry, or null when none is of that kind
   */
  static Map.Entry<String, MediaType> firstOf(Content content, BodyKind kind) {
    if (content == null) {
      return null;
    }
    for (Map.Entry<String, MediaType> entry : content.entrySet()) {
      if (of(entry.getKey(), entry.getValue().getSchema()) == kind) {
        return entry;
      }
    }
    return null;
  }

  /**
   * A concrete media type to put in a Content-Type header for a media range the spec declares.
   *
   * @param declared e.g. {@code image/*} or {@code *}{@code /*}
   * @return e.g. {@code image/png}; the declared type itself when it is concrete
   */
  String concrete(String declared) {
    String type = declared.split(";", 2)[0].trim();
    if (type.equals("*/*")) {
      return this == JSON
          ? "application/json"
          : this == TEXT ? "text/plain" : "application/octet-stream";
    }
    if (type.endsWith("/*")) {
      String major = type.substring(0, type.length() - 2);
      return major
          + "/"
          + (major.equals("image") ? "png" : major.equals("text") ? "plain" : "octet-stream");
    }
    return declared;
  }
}
