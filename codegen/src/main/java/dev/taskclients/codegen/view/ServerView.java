package dev.taskclients.codegen.view;

/**
 * A server the spec lists.
 *
 * @param url its URL, with {@code {name}} marking each variable
 */
public record ServerView(String url) {}
