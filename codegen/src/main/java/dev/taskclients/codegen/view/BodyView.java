package dev.taskclients.codegen.view;

/**
 * How an operation sends its request body.
 *
 * @param kind how it is encoded
 * @param contentType the media type it is sent as (a concrete one for a range the spec gives)
 * @param parameter the body's parameter; null for a form or multipart body, whose fields are
 *     parameters of their own
 */
public record BodyView(BodyKind kind, String contentType, ParameterView parameter) {
  /** {@return whether it is JSON} */
  public boolean json() {
    return kind == BodyKind.JSON;
  }

  /** {@return whether it is text} */
  public boolean text() {
    return kind == BodyKind.TEXT;
  }

  /** {@return whether it is base64 text sent as bytes} */
  public boolean base64() {
    return kind == BodyKind.BASE64;
  }

  /** {@return whether it is bytes} */
  public boolean binary() {
    return kind == BodyKind.BINARY;
  }

  /** {@return whether it is a form or multipart body, sent from the operation's form fields} */
  public boolean form() {
    return kind == BodyKind.FORM || kind == BodyKind.MULTIPART;
  }
}
