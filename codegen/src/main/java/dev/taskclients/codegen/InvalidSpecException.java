package dev.taskclients.codegen;

import java.util.List;

/**
 * A spec that Swagger Parser reports problems with (a missing required field, a misspelt keyword,
 * an extension name it thinks reserved, a reference to nothing). Generation refuses it unless told
 * to go on: a vendor's spec often carries problems that do not affect generation, and its users
 * cannot fix it. The message names the switch, {@link #SWITCH}.
 */
public final class InvalidSpecException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** How to let the problems through, as the message says it. */
  static final String SWITCH =
      "when you cannot fix the spec (a vendor's, say), let generation go on with each problem "
          + "as a warning (listed in "
          + GenerationReport.FILE_NAME
          + "): with openapi-generator-maven-plugin, the additional "
          + "property lenientValidation=true (this project's clients: -Dtaskclients.lenientValidation=true); in code, "
          + "ClientGeneration.Options.lenient()";

  /** The parser's messages. */
  private final transient List<String> problems;

  /**
   * Creates the exception.
   *
   * @param spec the spec, as given to the generator
   * @param problems the parser's messages
   */
  InvalidSpecException(String spec, List<String> problems) {
    super(
        "taskclients-java cannot generate a client for "
            + spec
            + ": the spec has "
            + problems.size()
            + " validation problem(s):\n  - "
            + String.join("\n  - ", problems)
            + "\nFix them in the spec; or, "
            + SWITCH
            + ".");
    this.problems = List.copyOf(problems);
  }

  /**
   * @return the parser's messages, one per problem
   */
  public List<String> problems() {
    return problems;
  }
}
