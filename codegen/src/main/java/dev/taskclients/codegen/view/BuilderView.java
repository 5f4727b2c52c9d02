package dev.taskclients.codegen.view;

import java.util.List;

/**
 * The root client's builder: a setter per credential and per server variable.
 *
 * @param schemes the security schemes with a credential, in the spec's order
 * @param variables the server variables, each once
 * @param credentialHint what {@code build()} asks for when no credential is set and every operation
 *     needs one ({@code apiKey(...)}), else null
 * @param mutualTls whether the spec has a mutual TLS scheme, set on the HTTP client rather than the
 *     builder
 */
public record BuilderView(
    List<SecuritySchemeView> schemes,
    List<ServerVariableView> variables,
    String credentialHint,
    boolean mutualTls) {
  /** Keeps unmodifiable copies. */
  public BuilderView {
    schemes = List.copyOf(schemes);
    variables = List.copyOf(variables);
  }
}
