package dev.taskclients.codegen.view;

/**
 * A sub-client as the root client holds it: a field and an accessor.
 *
 * @param accessor the root client's method returning it
 * @param className its class
 * @param label the group's name, escaped for Javadoc
 * @param summary the first sentence of the group's description, escaped for Javadoc, or null
 */
public record SubClientRef(String accessor, String className, String label, String summary) {}
