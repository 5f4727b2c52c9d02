package dev.taskclients.codegen.view;

/**
 * How a parameter's value is written (OpenAPI's {@code style}); {@link #wireName()} is what the
 * runtime takes.
 */
public enum ParameterStyle {
  /** {@code form}: the default of query parameters, cookies and form fields. */
  FORM("form"),
  /** {@code simple}: the default of path parameters and headers. */
  SIMPLE("simple"),
  /** {@code spaceDelimited}. */
  SPACE_DELIMITED("spaceDelimited"),
  /** {@code pipeDelimited}. */
  PIPE_DELIMITED("pipeDelimited"),
  /** {@code deepObject}. */
  DEEP_OBJECT("deepObject"),
  /** {@code label}: written into the path template by the generator (see SpecRepairs). */
  LABEL("label"),
  /** {@code matrix}: written into the path template by the generator (see SpecRepairs). */
  MATRIX("matrix");

  private final String wireName;

  ParameterStyle(String wireName) {
    this.wireName = wireName;
  }

  /**
   * {@return the style as OpenAPI spells it, which the runtime's {@code ApiRequest.Builder.query}
   * takes}
   */
  public String wireName() {
    return wireName;
  }

  /**
   * The style a spec names, or the default of a location.
   *
   * @param name OpenAPI's name of the style, or null when the spec gives none
   * @param location where the parameter travels
   * @return the style
   * @throws IllegalArgumentException for a name OpenAPI does not define
   */
  public static ParameterStyle of(String name, ParameterLocation location) {
    if (name == null) {
      return location == ParameterLocation.QUERY
              || location == ParameterLocation.COOKIE
              || location == ParameterLocation.FORM
          ? FORM
          : SIMPLE;
    }
    for (ParameterStyle style : values()) {
      if (style.wireName.equals(name)) {
        return style;
      }
    }
    throw new IllegalArgumentException("no parameter style " + name);
  }
}
