package dev.taskclients.codegen.view;

import java.util.Locale;

/** An operation's HTTP method; a template writes it as its name ({@code GET}). */
public enum HttpMethod {
  /** {@code GET}. */
  GET,
  /** {@code PUT}. */
  PUT,
  /** {@code POST}. */
  POST,
  /** {@code DELETE}. */
  DELETE,
  /** {@code OPTIONS}. */
  OPTIONS,
  /** {@code HEAD}. */
  HEAD,
  /** {@code PATCH}. */
  PATCH,
  /** {@code TRACE}. */
  TRACE;

  /**
   * The method of a name in any case.
   *
   * @param name e.g. {@code get}
   * @return the method
   * @throws IllegalArgumentException for a name that is no HTTP method OpenAPI knows
   */
  public static HttpMethod of(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
