package dev.taskclients.conformance.suite;

import dev.taskclients.runtime.Response;
import java.util.Set;

/**
 * How the suite calls one API's operations through its generated client. Everything the suite
 * checks comes from the spec; a binding only says which client method an operationId is.
 */
interface ApiBinding {
  /**
   * @return the spec's name
   */
  String api();

  /**
   * @return the operationIds this binding can call; the suite fails for any other in the spec
   */
  Set<String> operations();

  /** Calls an operation with the raw-response view of the client built for {@code baseUrl}. */
  Response<?> call(String operationId, String baseUrl, CallInput input);

  /**
   * @return the header the credential travels in
   */
  String authHeader();

  /**
   * @return that header's expected value
   */
  String authValue();

  /**
   * @return the class error bodies are parsed into
   */
  Class<?> errorModel();

  /** A body valid for the API's error schema, for a documented status with no recorded payload. */
  String syntheticErrorBody(int status);
}
