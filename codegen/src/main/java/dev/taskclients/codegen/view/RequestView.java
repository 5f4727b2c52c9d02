package dev.taskclients.codegen.view;

import java.util.List;

/**
 * What an operation's request is made of: the method and path, each parameter by where it travels,
 * the body, the documented responses, the media types accepted, the credentials and the server.
 *
 * @param method the HTTP method
 * @param path the path template the client calls (a spec key's query string or fragment repaired
 *     away)
 * @param specPath the operation's path key in the spec
 * @param pathParameters the path parameters, in the spec's order
 * @param queryParameters the query parameters
 * @param headerParameters the headers (the request-id header the runtime fills left out)
 * @param cookieParameters the cookies
 * @param formParameters the fields of a form or multipart body
 * @param constantQuery query parameters sent with a fixed value
 * @param body how the body is sent, or null when the operation sends none
 * @param responses every documented response, in the spec's order
 * @param accept the {@code Accept} header's media types, joined, or null
 * @param security the ways to authenticate, any one of which is sent; empty for an anonymous
 *     operation
 * @param server the operation's (or path's) own server URL, its variables at their defaults, or
 *     null
 * @param safeToRetry whether the spec marks it {@code x-taskclients-safe-to-retry}
 * @param errorModel the class error bodies of undocumented statuses are read into (the build's
 *     {@code errorModel}), or null
 */
public record RequestView(
    HttpMethod method,
    String path,
    String specPath,
    List<ParameterView> pathParameters,
    List<ParameterView> queryParameters,
    List<ParameterView> headerParameters,
    List<ParameterView> cookieParameters,
    List<ParameterView> formParameters,
    List<ConstantQueryView> constantQuery,
    BodyView body,
    List<ResponseView> responses,
    String accept,
    List<SecurityRequirementView> security,
    String server,
    boolean safeToRetry,
    String errorModel) {

  /** Keeps unmodifiable copies of the lists. */
  public RequestView {
    pathParameters = List.copyOf(pathParameters);
    queryParameters = List.copyOf(queryParameters);
    headerParameters = List.copyOf(headerParameters);
    cookieParameters = List.copyOf(cookieParameters);
    formParameters = List.copyOf(formParameters);
    constantQuery = List.copyOf(constantQuery);
    responses = List.copyOf(responses);
    security = List.copyOf(security);
  }

  /** {@return whether no credential is sent} */
  public boolean anonymous() {
    return security.isEmpty();
  }
}
