package dev.taskclients.codegen.view;

/**
 * The JSON type of a union variant that is no generated class; the runtime's {@code
 * Unions.JsonKind} has the same names.
 */
public enum JsonKind {
  /** A string. */
  TEXT,
  /** A whole number. */
  INTEGER,
  /** Any number. */
  NUMBER,
  /** A boolean. */
  BOOLEAN,
  /** An array. */
  ARRAY,
  /** An object. */
  OBJECT,
  /** Any value. */
  ANY
}
