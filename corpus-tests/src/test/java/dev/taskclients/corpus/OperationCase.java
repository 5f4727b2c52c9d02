package dev.taskclients.corpus;

/**
 * One check of the gate: one documented response of one operation.
 *
 * @param operation the operation
 * @param response the documented response
 */
record OperationCase(OperationView operation, DocumentedResponse response) {
}
