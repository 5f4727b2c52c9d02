package dev.taskclients.codegen.view;

/**
 * A security scheme with a credential to send, and the client builder's setter for it.
 *
 * @param name the scheme's name in the spec
 * @param setter the builder method that takes the credential
 * @param kind what credential it asks for
 * @param keyName the header, query parameter or cookie an API key is sent as, else null
 * @param description the spec's description, or null
 */
public record SecuritySchemeView(
    String name, String setter, CredentialKind kind, String keyName, String description) {
  /** {@return whether it is an API key in a header} */
  public boolean apiKeyHeader() {
    return kind == CredentialKind.API_KEY_HEADER;
  }

  /** {@return whether it is an API key in the query} */
  public boolean apiKeyQuery() {
    return kind == CredentialKind.API_KEY_QUERY;
  }

  /** {@return whether it is an API key in a cookie} */
  public boolean apiKeyCookie() {
    return kind == CredentialKind.API_KEY_COOKIE;
  }

  /** {@return whether it is an HTTP bearer token} */
  public boolean bearer() {
    return kind == CredentialKind.BEARER;
  }

  /** {@return whether it is HTTP basic credentials} */
  public boolean basic() {
    return kind == CredentialKind.BASIC;
  }

  /** {@return whether it is an OAuth 2 or OpenID Connect access token} */
  public boolean accessToken() {
    return kind == CredentialKind.ACCESS_TOKEN;
  }

  /** {@return whether it is a whole {@code Authorization} value} */
  public boolean authorization() {
    return kind == CredentialKind.AUTHORIZATION;
  }
}
