package dev.taskclients.codegen.view;

/**
 * The class of one operation's optional parameters, in a file of its own.
 *
 * @param operation the operation; its {@code paramsClass} is this class's name and {@code optional}
 *     its parameters
 */
public record ParamsClassView(OperationView operation) {}
