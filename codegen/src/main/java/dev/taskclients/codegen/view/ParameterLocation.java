package dev.taskclients.codegen.view;

/** Where a parameter travels. */
public enum ParameterLocation {
  /** A variable of the path template. */
  PATH,
  /** A query parameter. */
  QUERY,
  /** A request header. */
  HEADER,
  /** A cookie. */
  COOKIE,
  /** A field of a form or multipart body. */
  FORM,
  /** The request body. */
  BODY;

  /**
   * {@return how a Javadoc names a parameter of this location: {@code path parameter}, {@code
   * header}, ...}
   */
  public String noun() {
    return switch (this) {
      case PATH -> "path parameter";
      case QUERY -> "query parameter";
      case HEADER -> "header";
      case COOKIE -> "cookie";
      case FORM -> "form field";
      case BODY -> "request body";
    };
  }
}
