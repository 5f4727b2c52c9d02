package dev.taskclients.codegen.view;

import java.util.List;

/**
 * One file of the client's package ({@code api.mustache}): exactly one of the root client, a
 * sub-client or an operation's parameter class.
 *
 * @param packageName the client's package
 * @param imports the file's imports, sorted
 * @param root the root client, or null
 * @param subClient the sub-client, or null
 * @param paramsClass the parameter class, or null
 */
public record ClientFile(
    String packageName,
    List<String> imports,
    RootClientView root,
    SubClientView subClient,
    ParamsClassView paramsClass) {
  /** Keeps an unmodifiable copy. */
  public ClientFile {
    imports = List.copyOf(imports);
  }
}
