package dev.taskclients.contract;

/** One check of the contract: one documented response of one operation. */
public final class OperationCase {
  private final OperationView view;
  private final DocumentedResponse response;

  OperationCase(OperationView view, DocumentedResponse response) {
    this.view = view;
    this.response = response;
  }

  /** @return the operation, as the generator describes it */
  OperationView view() {
    return view;
  }

  /** @return the documented response */
  DocumentedResponse response() {
    return response;
  }

  /** @return the operation's name in reports: its operationId, else the generated method name */
  public String operation() {
    return view.name();
  }

  /** @return the documented status: {@code 200}, {@code 2XX}, {@code 404}, {@code default}, ... */
  public String status() {
    return response.status();
  }

  @Override
  public String toString() {
    return operation() + " " + status();
  }
}
