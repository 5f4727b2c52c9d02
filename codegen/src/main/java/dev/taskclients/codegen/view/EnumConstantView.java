package dev.taskclients.codegen.view;

/**
 * One documented value of an open enum.
 *
 * @param name the constant's name
 * @param literal the value as a Java literal ({@code "queued"}, {@code 3})
 */
public record EnumConstantView(String name, String literal) {}
