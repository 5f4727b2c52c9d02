package dev.taskclients.codegen.view;

/**
 * The operation that reads one task, polled by {@code waitForCompletion} ({@code
 * x-taskclients-waiter}).
 *
 * @param bodyType the request body's model when the task id travels in the body, else null (it is
 *     the path parameter)
 * @param taskIdSetter the body builder's setter of the task id, or null
 */
public record WaiterView(String bodyType, String taskIdSetter) {}
