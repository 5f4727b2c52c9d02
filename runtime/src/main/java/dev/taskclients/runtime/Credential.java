package dev.taskclients.runtime;

/**
 * A secret sent in one request header: an API key header or a bearer token. Its value is never
 * printed: {@link #toString()} and every exception message redact it.
 */
public final class Credential {
  private final String headerName;
  private final String headerValue;

  private Credential(String headerName, String headerValue) {
    this.headerName = headerName;
    this.headerValue = headerValue;
  }

  /**
   * A key sent as is in its own header, e.g. {@code x-api-key: <key>}.
   *
   * @param headerName the header's name
   * @param key the key
   * @return the credential
   * @throws IllegalArgumentException if either is blank or holds a control character
   */
  public static Credential apiKeyHeader(String headerName, String key) {
    return new Credential(Arguments.checkName(headerName), Arguments.checkSecret(key, "API key"));
  }

  /**
   * A token sent as {@code Authorization: Bearer <token>}.
   *
   * @param token the token
   * @return the credential
   * @throws IllegalArgumentException if it is blank or holds a control character
   */
  public static Credential bearer(String token) {
    return new Credential("Authorization", "Bearer " + Arguments.checkSecret(token, "bearer token"));
  }

  /**
   * Returns the header the secret travels in.
   *
   * @return the header name
   */
  public String headerName() {
    return headerName;
  }

  /**
   * Returns the header value, secret included. Only the transport should call this.
   *
   * @return the value
   */
  public String headerValue() {
    return headerValue;
  }

  /** Names the header, never the secret. */
  @Override
  public String toString() {
    return "Credential[" + headerName + "=****]";
  }
}
