package dev.taskclients.codegen.view;

/**
 * One step of a field path but the last: a local variable holding what a getter returned, checked
 * for null before the next step reads it.
 *
 * @param type the variable's Java type
 * @param variable its name
 * @param access what it is read from ({@code this.progress}, {@code progress.percent()})
 */
public record AccessStep(String type, String variable, String access) {}
