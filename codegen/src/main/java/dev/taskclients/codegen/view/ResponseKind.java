package dev.taskclients.codegen.view;

/**
 * How the runtime reads a response body; a template writes it as its name, which the runtime takes.
 */
public enum ResponseKind {
  /** JSON, read into the typed value. */
  JSON,
  /** Text: a {@code String}. */
  TEXT,
  /** Bytes: a {@code byte[]}. */
  BINARY,
  /** No body. */
  NONE
}
