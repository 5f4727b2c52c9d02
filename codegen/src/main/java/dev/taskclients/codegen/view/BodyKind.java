package dev.taskclients.codegen.view;

/** How a request body is sent. */
public enum BodyKind {
  /** JSON, written from the typed value. */
  JSON,
  /** Text ({@code text/*}, XML): a {@code String}. */
  TEXT,
  /**
   * Base64 text of binary content: a {@code String} sent as its ASCII bytes with the body's media
   * type alone.
   */
  BASE64,
  /** Bytes: a {@code BinaryBody}. */
  BINARY,
  /** {@code application/x-www-form-urlencoded}: the operation's form fields. */
  FORM,
  /** {@code multipart/form-data}: the operation's form fields as parts. */
  MULTIPART
}
