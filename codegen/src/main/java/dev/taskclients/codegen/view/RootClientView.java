package dev.taskclients.codegen.view;

import java.util.List;

/**
 * The root client, named after the API: its servers, builder and sub-clients, and the operations no
 * sub-client holds.
 *
 * @param className the class
 * @param title the API's title
 * @param version the API's version, or null
 * @param description the API's description
 * @param grouped whether the operations are grouped into sub-clients
 * @param subClients the sub-clients, in the spec's order of tags
 * @param operations the operations it holds itself
 * @param defaultBaseUrl the first server's URL, its variables at their defaults
 * @param servers the servers, the default first
 * @param builder its builder
 */
public record RootClientView(
    String className,
    String title,
    String version,
    String description,
    boolean grouped,
    List<SubClientRef> subClients,
    List<OperationView> operations,
    String defaultBaseUrl,
    List<ServerView> servers,
    BuilderView builder) {
  /** Keeps unmodifiable copies. */
  public RootClientView {
    subClients = List.copyOf(subClients);
    operations = List.copyOf(operations);
    servers = List.copyOf(servers);
  }

  /** {@return whether it holds operations, and so has the raw and asynchronous views} */
  public boolean holdsOperations() {
    return !operations.isEmpty();
  }

  /** {@return whether one of its operations is paged, so that it keeps the invoker} */
  public boolean holdsPages() {
    return operations.stream().anyMatch(op -> op.pages() != null);
  }
}
