package dev.taskclients.codegen.view;

import java.util.List;

/**
 * One operation: the methods a client, its raw and asynchronous views, and its parameter class have
 * for it.
 *
 * @param operationId the spec's {@code operationId}, or null when it gives none
 * @param methodName the Java method's name, unique in the client
 * @param summary one sentence for the Javadoc's first line (from the spec's summary, its
 *     description, or the method and path), escaped as the generator escapes text
 * @param description the spec's description, or null
 * @param deprecated whether the spec deprecates it
 * @param ownerClass the class holding it: the root client or a sub-client
 * @param groupAccessor the root client's accessor of the sub-client holding it, or null when the
 *     root holds it
 * @param required the positional parameters, in order (the request-id header the runtime fills
 *     never among them)
 * @param paramsClass the class of its optional parameters, or null when it has none
 * @param optional the optional parameters, each a setter of {@code paramsClass}
 * @param request what its request is made of
 * @param returnType the Java type a call answers with: the one type of its 2xx bodies, {@code
 *     Object} when they differ, {@code Void} when there is none
 * @param streamable whether every 2xx body is bytes, so it also has an {@code AsStream} method
 * @param degradations what was generated in a more generic form than the spec describes, one
 *     sentence each
 * @param pages its paging, or null
 * @param waiter what {@code waitForCompletion} polls, or null
 */
public record OperationView(
    String operationId,
    String methodName,
    String summary,
    String description,
    boolean deprecated,
    String ownerClass,
    String groupAccessor,
    List<ParameterView> required,
    String paramsClass,
    List<ParameterView> optional,
    RequestView request,
    String returnType,
    boolean streamable,
    List<String> degradations,
    PagesView pages,
    WaiterView waiter) {

  /** Keeps unmodifiable copies of the lists. */
  public OperationView {
    required = List.copyOf(required);
    optional = List.copyOf(optional);
    degradations = List.copyOf(degradations);
  }

  /**
   * {@return whether a call answers with nothing ({@code void}, {@code Void} in futures and
   * responses)}
   */
  public boolean returnsVoid() {
    return returnType.equals("Void");
  }

  /**
   * {@return the documented responses that are not successes, for the Javadoc's {@code @throws}}
   */
  public List<ResponseView> errors() {
    return request.responses().stream().filter(r -> !r.status().startsWith("2")).toList();
  }

  /**
   * {@return whether the successful responses' bodies differ in type, so that a call answers {@code
   * Object}}
   */
  public boolean mixedSuccess() {
    return request.responses().stream()
            .filter(ResponseView::success)
            .map(ResponseView::javaType)
            .filter(t -> !t.equals("Void"))
            .distinct()
            .count()
        > 1;
  }
}
