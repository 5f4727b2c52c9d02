package dev.taskclients.codegen;

/**
 * A spec cannot be bundled by {@link SpecBundler}: the spec itself cannot be read, or an Example
 * Object's {@code externalValue} cannot be inlined. The message names the example's JSON pointer
 * and the file, and says what is wrong.
 */
public final class SpecBundleException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String pointer;
  private final String file;

  /**
   * Creates the exception.
   *
   * @param pointer the JSON pointer (RFC 6901) of the Example Object in the spec, or {@code ""} for
   *     the whole document
   * @param file the file concerned: the {@code externalValue} as written, or the spec's path
   * @param problem what is wrong, and what to do about it
   * @param cause the underlying failure, or {@code null}
   */
  public SpecBundleException(String pointer, String file, String problem, Throwable cause) {
    super(message(pointer, file, problem), cause);
    this.pointer = pointer;
    this.file = file;
  }

  private static String message(String pointer, String file, String problem) {
    String where = pointer.isEmpty() ? "the spec" : "the example at " + pointer;
    return "cannot bundle " + where + " (" + file + "): " + problem;
  }

  /**
   * Returns where in the spec the failing Example Object is.
   *
   * @return its JSON pointer, or {@code ""} when the spec as a whole could not be read
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns the file concerned.
   *
   * @return the {@code externalValue} as written in the spec, or the spec's own path
   */
  public String file() {
    return file;
  }
}
