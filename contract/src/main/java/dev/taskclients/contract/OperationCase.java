package dev.taskclients.contract;

/**
 * One check of the contract: one documented response of one operation, or, for an operation marked
 * {@code x-taskclients-pages}, following its pages.
 */
public final class OperationCase {
  private final GeneratedOperation view;
  private final DocumentedResponse response;
  private final boolean pages;

  OperationCase(GeneratedOperation view, DocumentedResponse response, boolean pages) {
    this.view = view;
    this.response = response;
    this.pages = pages;
  }

  /**
   * @return whether this case follows pages (served with {@code response}) rather than checking one
   *     exchange
   */
  boolean pages() {
    return pages;
  }

  /**
   * @return the operation, as the generator describes it
   */
  GeneratedOperation view() {
    return view;
  }

  /**
   * @return the documented response
   */
  DocumentedResponse response() {
    return response;
  }

  /**
   * @return the operation's name in reports: its operationId, else the generated method name
   */
  public String operation() {
    return view.name();
  }

  /**
   * @return the check: the documented status ({@code 200}, {@code 2XX}, {@code 404}, {@code
   *     default}, ...) or {@code pages}
   */
  public String status() {
    return pages ? "pages" : response.status();
  }

  @Override
  public String toString() {
    return operation() + " " + status();
  }
}
