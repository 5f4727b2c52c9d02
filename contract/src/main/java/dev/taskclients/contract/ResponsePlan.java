package dev.taskclients.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * What WireMock serves for one documented response of one operation, and what the client must make
 * of it.
 *
 * @param documented the documented response
 * @param status the concrete status served ({@code 2XX} becomes 200, {@code default} 200 or an
 *     undocumented error)
 * @param contentType the Content-Type served, or null when no body is served
 * @param body the body bytes, or null for none
 * @param json the body as JSON when it is JSON, else null
 * @param text the body as text when it is text, else null
 * @param headers the documented response headers, with values fitting their schemas
 * @param bodySource where the body came from: the spec's example (which one) or a value synthesized
 *     from the schema
 */
record ResponsePlan(
    DocumentedResponse documented,
    int status,
    String contentType,
    byte[] body,
    JsonNode json,
    String text,
    Map<String, String> headers,
    String bodySource) {

  /**
   * @return whether the client must answer with a value rather than throw
   */
  boolean success() {
    return documented.success();
  }

  /**
   * @return how the client reads the body; {@code NONE} when none is served
   */
  String kind() {
    return body == null ? "NONE" : documented.kind();
  }
}
