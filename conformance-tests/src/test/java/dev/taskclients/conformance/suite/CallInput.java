package dev.taskclients.conformance.suite;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The arguments a case calls an operation with. The ids hold characters that must be encoded, to
 * prove a path parameter stays one segment and list parameters repeat.
 *
 * @param taskId the value of a path parameter
 * @param taskIds the values of an array query parameter
 * @param requestId the request id sent as {@code X-Request-Id}
 * @param requestBody the request body, or null
 */
record CallInput(String taskId, List<String> taskIds, String requestId, JsonNode requestBody) {
  static final String TASK_ID = "task 1/ä?#";
  static final List<String> TASK_IDS = List.of("269999729", "id with space", "a&b=c");
  static final String REQUEST_ID = "conformance-req-1";
}
