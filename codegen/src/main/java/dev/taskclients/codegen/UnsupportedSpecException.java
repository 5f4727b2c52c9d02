package dev.taskclients.codegen;

/**
 * A spec uses a construct from which nothing correct can be generated, not even in a more generic
 * form (constructs the templates cannot type degrade instead: see {@link GenerationReport}). Thrown
 * before any file is written, naming where in the spec the construct is and what to change. Today
 * only a security scheme of a type OpenAPI does not define gets here.
 */
public final class UnsupportedSpecException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param location where in the spec, as a JSON-pointer-like path (e.g. {@code
   *     paths./pets.get.parameters.limit})
   * @param construct what is not supported, and what to do instead
   */
  public UnsupportedSpecException(String location, String construct) {
    super(
        "taskclients-java cannot generate a client for this spec: at "
            + location
            + ": "
            + construct);
  }
}
