package dev.taskclients.codegen.view;

import java.util.List;

/**
 * A sub-client: the operations of one group, in a class of its own that the root client creates
 * once.
 *
 * @param className the class
 * @param label the group's name, escaped for Javadoc
 * @param description the descriptions of the group's tags, or null
 * @param rootClass the root client's class
 * @param accessor the root client's accessor returning it
 * @param operations its operations
 */
public record SubClientView(
    String className,
    String label,
    String description,
    String rootClass,
    String accessor,
    List<OperationView> operations) {
  /** Keeps an unmodifiable copy. */
  public SubClientView {
    operations = List.copyOf(operations);
  }

  /** {@return whether one of its operations is paged, so that it keeps the invoker} */
  public boolean holdsPages() {
    return operations.stream().anyMatch(op -> op.pages() != null);
  }
}
