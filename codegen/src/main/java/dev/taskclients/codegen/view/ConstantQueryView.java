package dev.taskclients.codegen.view;

/**
 * A query parameter sent with every call with a fixed value: a query string in the spec's path
 * template ({@code /search?kind=user}).
 *
 * @param name the parameter's name
 * @param value its value
 */
public record ConstantQueryView(String name, String value) {}
