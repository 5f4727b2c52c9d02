package dev.taskclients.codegen.view;

import java.util.List;

/**
 * One way to authenticate an operation: security schemes sent together (mutual TLS left out: it is
 * the HTTP client's). An empty list sends no credential.
 *
 * @param schemes the schemes' names in the spec
 */
public record SecurityRequirementView(List<String> schemes) {
  /** Keeps an unmodifiable copy. */
  public SecurityRequirementView {
    schemes = List.copyOf(schemes);
  }
}
