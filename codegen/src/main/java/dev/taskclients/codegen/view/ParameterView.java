package dev.taskclients.codegen.view;

/**
 * One parameter of an operation's methods: a positional argument when required, a setter of the
 * operation's parameter class when optional.
 *
 * @param name the Java name ({@code taskId})
 * @param jsonName the name on the wire ({@code task_id}); {@code body} for a request body
 * @param javaType the Java type ({@code List<String>})
 * @param location where it travels
 * @param style how its value is written
 * @param explode whether an array or object is written one name-value pair per item
 * @param required whether it is a positional argument (else a setter of the parameter class)
 * @param description the spec's description, or null when the spec gives none
 */
public record ParameterView(
    String name,
    String jsonName,
    String javaType,
    ParameterLocation location,
    ParameterStyle style,
    boolean explode,
    boolean required,
    String description) {

  /** {@return how a Javadoc names where it travels: {@code path parameter}, {@code header}, ...} */
  public String locationNoun() {
    return location.noun();
  }

  /** {@return whether it is the request body} */
  public boolean isBody() {
    return location == ParameterLocation.BODY;
  }

  /** {@return whether it is a field of a form or multipart body} */
  public boolean isFormField() {
    return location == ParameterLocation.FORM;
  }
}
