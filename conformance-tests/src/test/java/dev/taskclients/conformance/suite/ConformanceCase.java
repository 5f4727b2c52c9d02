package dev.taskclients.conformance.suite;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One documented interaction to prove: an operation answering one status, with a recorded payload
 * when the spec attaches one ({@code payloadFile} is null for a status documented without one).
 *
 * @param api the spec's name, e.g. {@code beatra}
 * @param operationId the operation
 * @param method the HTTP method, upper case
 * @param basePath the path of the spec's server, e.g. {@code /v0.7}, or empty
 * @param pathTemplate the operation's path
 * @param parameters the operation's parameters, as the spec declares them
 * @param status the documented status
 * @param mediaType the response's media type, or null for a status without content
 * @param exampleName the example's name in the spec, or null
 * @param payloadFile the recorded payload's path relative to the spec, or null
 * @param payloadText the recorded payload as stored, or null
 * @param schema the response schema node from the raw spec, or null
 * @param requestExamples the operation's request-body examples (file, payload), possibly empty
 */
record ConformanceCase(
    String api,
    String operationId,
    String method,
    String basePath,
    String pathTemplate,
    List<Parameter> parameters,
    int status,
    String mediaType,
    String exampleName,
    String payloadFile,
    String payloadText,
    JsonNode schema,
    List<RequestExample> requestExamples) {

  /** A declared parameter: where it goes and whether it is an array. */
  record Parameter(String name, String in, boolean array, boolean requestIdExtension) {}

  /** A recorded request body. */
  record RequestExample(String file, String payloadText) {}

  boolean isSuccess() {
    return status >= 200 && status <= 299;
  }

  /**
   * A readable name, e.g. {@code beatra getTask 200 schemaSample
   * (examples/beatra/task-sample.json)}.
   */
  String label() {
    return api
        + " "
        + operationId
        + " "
        + status
        + (exampleName == null
            ? " (no recorded payload)"
            : " " + exampleName + " (" + payloadFile + ")");
  }
}
