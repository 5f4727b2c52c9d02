package dev.taskclients.codegen.view;

/**
 * A documented status value and the common state it means.
 *
 * @param value the value as the API sends it, escaped for a Java string literal
 * @param state the {@code TaskView.State} constant
 */
public record TaskStateView(String value, String state) {}
